// Restore: a backup becomes a NEW register file (never an overwrite), which is then opened.
import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_EXTENSION, type RestoredRegister } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Db } from '../db/types';
import { DomainError } from '../errors';
import type { HandlerContext } from '../handlers';
import { announceOpened, removeRegisterFile } from '../register/register-file';
import type { Session } from '../session';
import { fileStamp, freeRegisterPath, isFolder, registerBaseName, writeFailure } from './backup-folder';
import { deriveKey, fileKind, saltOf, type RegisterKey } from '../register/cipher';
import { inspectCopy, openCopy, readManifest } from './backup-file';
import { describeBackupFile } from './backups.service';
import { backupWords } from './backups.words';

const MIGRATION_NAME = / \(säkerhetskopia schema \d+ [\d-]+\)$/u;

function withExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(REGISTER_EXTENSION) ? filePath : `${filePath}${REGISTER_EXTENSION}`;
}

/**
 * The register the backup was made of: its manifest's source, or for a migration backup the file
 * next to it, or else the open register; null when none is known.
 */
function originalOf(backupFile: string, open: Session | null): string | null {
  const source = readManifest(backupFile)?.source;
  if (source) return source;
  const base = registerBaseName(backupFile);
  if (MIGRATION_NAME.test(base)) return path.join(path.dirname(backupFile), `${base.replace(MIGRATION_NAME, '')}${REGISTER_EXTENSION}`);
  return open?.path ?? null;
}

/** Where the restored file goes: the explicit target (which must not exist) or a free name next to the original. */
function targetFor(backupFile: string, at: string, given: string | undefined, ctx: HandlerContext, language: Language): string {
  if (given !== undefined) {
    const target = withExtension(path.resolve(given));
    if (fs.existsSync(target)) throw new DomainError('FILE_EXISTS', `${target} already exists. Choose another name.`);
    if (!isFolder(path.dirname(target))) {
      throw new DomainError('FILE_NOT_FOUND', `The folder ${path.dirname(target)} does not exist.`, { folder: path.dirname(target) });
    }
    return target;
  }
  const original = originalOf(backupFile, ctx.currentSession());
  const folder = original && isFolder(path.dirname(original)) ? path.dirname(original) : ctx.ports.dataFolder;
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw writeFailure(error, folder);
  }
  const base = original ? registerBaseName(original) : registerBaseName(backupFile);
  const stamp = fileStamp(new Date(at), false);
  return freeRegisterPath(folder, `${base} (${backupWords[language].restored(stamp)})`);
}

/**
 * The key of an encrypted backup: the open register's or a remembered one when it fits, else
 * derived from `password` and tried (WRONG_PASSWORD, with the same growing pause as unlocking).
 * Null for a plain backup.
 */
async function backupKey(ctx: HandlerContext, source: string, password: string | undefined): Promise<RegisterKey | null> {
  if (fileKind(source) !== 'encrypted') return null;
  const salt = saltOf(source);
  const own = ctx.currentSession()?.key ?? null;
  if (own?.salt === salt) return own;
  const remembered = ctx.keyStore.recall(salt);
  if (remembered) return remembered;
  if (password === undefined) {
    throw new DomainError('PASSWORD_REQUIRED', `The backup ${path.basename(source)} is password-protected: give its password.`, {
      path: source,
      fileName: path.basename(source),
      retryAfterMs: 0,
    });
  }
  ctx.unlock.refuseWhilePausing(source);
  const key = await deriveKey(password, salt);
  let probe: Db | null = null;
  try {
    probe = openCopy(source, ctx.ports.nativeBinding, key);
    probe.pragma('application_id', { simple: true });
  } catch {
    throw ctx.unlock.wrongPassword(source);
  } finally {
    probe?.close();
  }
  ctx.unlock.unlocked(source);
  return key;
}

/**
 * Checks the backup (a register, passes integrity_check), writes it as a new file with VACUUM INTO
 * (a consistent copy even of a live register with a WAL, and SQLite refuses a target that exists),
 * opens it, and says which file is now open.
 */
export async function restoreBackup(
  ctx: HandlerContext,
  input: { path: string; target?: string; password?: string },
): Promise<RestoredRegister> {
  const source = path.resolve(input.path);
  if (!fs.existsSync(source)) throw new DomainError('FILE_NOT_FOUND', `The backup ${source} does not exist.`);
  if (isFolder(source)) throw new DomainError('NOT_A_REGISTER', `${source} is a folder, not a backup.`);
  const nativeBinding = ctx.ports.nativeBinding;
  const key = await backupKey(ctx, source, input.password);
  const check = inspectCopy(source, nativeBinding, key);
  if (!check.ok) {
    throw new DomainError(
      'NOT_A_REGISTER',
      check.problem === 'damaged'
        ? `The backup ${path.basename(source)} is damaged (${check.detail}).`
        : `${path.basename(source)} is not a Förteckna register.`,
    );
  }
  const entry = describeBackupFile(source, nativeBinding, key);
  const at = entry?.at ?? fs.statSync(source).mtime.toISOString();
  const target = targetFor(source, at, input.target, ctx, ctx.settings.stored().language);

  let db: Db | null = null;
  try {
    // From an encrypted backup the copy keeps its key: the restored register is encrypted too.
    db = openCopy(source, nativeBinding, key);
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    // Only what this call wrote is removed; a file that appeared meanwhile is someone else's.
    if (!/exists/i.test((error as Error).message)) removeRegisterFile(target);
    throw writeFailure(error, path.dirname(target));
  } finally {
    db?.close();
  }

  let session: Session;
  try {
    session = ctx.openRegister(target, { key });
  } catch (error) {
    removeRegisterFile(target);
    throw error;
  }
  // The restored register's history says where it came from.
  session.recordEvent('restore', path.basename(source));
  const info = announceOpened(ctx, session);
  return { ...info, restoredFrom: { path: source, fileName: path.basename(source), at } };
}
