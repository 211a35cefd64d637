// Restore: a backup becomes a NEW register file (never an overwrite), which is then opened.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { REGISTER_EXTENSION, type RestoredRegister } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Db } from '../db/types';
import { DomainError } from '../errors';
import type { HandlerContext } from '../handlers';
import { registerInfoOf, removeRegisterFile } from '../register/register-file';
import type { Session } from '../session';
import { fileStamp, freeRegisterPath, isFolder, registerBaseName, writeFailure } from './backup-folder';
import { inspectCopy, readManifest } from './backup-file';
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
 * Checks the backup (a register, passes integrity_check), writes it as a new file with VACUUM INTO
 * (a consistent copy even of a live register with a WAL, and SQLite refuses a target that exists),
 * opens it, and says which file is now open.
 */
export function restoreBackup(ctx: HandlerContext, input: { path: string; target?: string }): RestoredRegister {
  const source = path.resolve(input.path);
  if (!fs.existsSync(source)) throw new DomainError('FILE_NOT_FOUND', `The backup ${source} does not exist.`);
  if (isFolder(source)) throw new DomainError('NOT_A_REGISTER', `${source} is a folder, not a backup.`);
  const nativeBinding = ctx.ports.nativeBinding;
  const check = inspectCopy(source, nativeBinding);
  if (!check.ok) {
    throw new DomainError(
      'NOT_A_REGISTER',
      check.problem === 'damaged'
        ? `The backup ${path.basename(source)} is damaged (${check.detail}).`
        : `${path.basename(source)} is not a Förteckna register.`,
    );
  }
  const entry = describeBackupFile(source, nativeBinding);
  const at = entry?.at ?? fs.statSync(source).mtime.toISOString();
  const target = targetFor(source, at, input.target, ctx, ctx.settings.stored().language);

  let db: Db | null = null;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
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
    session = ctx.openRegister(target);
  } catch (error) {
    removeRegisterFile(target);
    throw error;
  }
  // The restored register's history says where it came from.
  session.recordEvent('restore', path.basename(source));
  const info = registerInfoOf(session);
  ctx.emit('settings.changed', ctx.settings.rememberOpened(info.path, info.organisationName));
  ctx.emit('register.opened', info);
  return { ...info, restoredFrom: { path: source, fileName: path.basename(source), at } };
}
