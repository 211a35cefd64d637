// Adding, changing and removing a register's password. SQLite cannot re-encrypt a file in WAL
// mode, and re-encrypting in place would leave a half-converted file after a crash. So the
// register is copied (VACUUM INTO), the copy is switched out of WAL, re-encrypted, switched back
// and checked, and only then renamed over the original: a crash at any moment leaves either the
// old file with the old password or the new file with the new one. Every backup of the register
// is converted the same way, one verified copy at a time, so that no backup keeps the data
// readable after a password is added, and all of them open with the current password.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { RegisterInfo } from '../../../shared/contract';
import { backupFilesOf } from '../backups/backups.service';
import { backupEnv } from '../backups/backups.handlers';
import { manifestPath, openCopy, readManifest, writeManifest } from '../backups/backup-file';
import { APPLICATION_ID } from '../db/open';
import type { Db } from '../db/types';
import { DomainError } from '../errors';
import { tempPathBeside } from '../files/export';
import type { BackupEnv } from '../backups/backup-folder';
import type { HandlerContext } from '../handlers';
import type { Session } from '../session';
import { applyKey, deriveKey, fileKind, passwordOpens, rekey, saltOf, type RegisterKey } from './cipher';
import { announceOpened } from './register-file';

/** Test hook: runs between the steps of a password change (the kill test stops the process there). */
export const rekeySteps = { reached(_step: 'copying' | 'verified' | 'swapped' | 'backup'): void {} };

/**
 * Writes `db`'s database to `target` encrypted with `to` (plain when null) and verifies it: it
 * opens with `to`, passes integrity_check and is a register. `from` is the key `db` was opened with.
 */
export function convertedCopy(db: Db, target: string, from: RegisterKey | null, to: RegisterKey | null, journal: 'wal' | 'delete'): void {
  db.prepare('VACUUM INTO ?').run(target);
  try {
    const copy = new Database(target, { fileMustExist: true });
    try {
      if (from) applyKey(copy, from, false);
      copy.pragma('journal_mode = DELETE');
      rekey(copy, to);
      if (journal === 'wal') copy.pragma('journal_mode = WAL');
    } finally {
      copy.close();
    }
    verify(target, to);
    // verify's read-only open made these for the WAL-mode copy; they would outlive the rename.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true });
    throw error;
  }
}

function verify(file: string, key: RegisterKey | null): void {
  if (key ? fileKind(file) !== 'encrypted' || saltOf(file) !== key.salt : fileKind(file) !== 'plain') {
    throw new Error(`The converted copy ${path.basename(file)} is not encrypted as asked`);
  }
  const copy = openCopy(file, undefined, key);
  try {
    const appId = copy.pragma('application_id', { simple: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (appId !== APPLICATION_ID || integrity !== 'ok') {
      throw new Error(`The converted copy ${path.basename(file)} failed its check: ${String(integrity)}`);
    }
  } finally {
    copy.close();
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** One backup converted from `from` to `to` (a backup under another key is left as it is). */
function convertBackup(file: string, from: RegisterKey | null, to: RegisterKey | null, nativeBinding?: string): boolean {
  const kind = fileKind(file);
  const fits = from ? kind === 'encrypted' && saltOf(file) === from.salt : kind === 'plain';
  if (!fits) return false;
  const temp = tempPathBeside(file);
  const source = openCopy(file, nativeBinding, from);
  try {
    convertedCopy(source, temp, from, to, 'delete');
  } finally {
    source.close();
  }
  const manifest = readManifest(file);
  // Its date, should the manifest not follow (a crash): a backup without one is dated by its file.
  const { atime, mtime } = fs.statSync(file);
  fs.utimesSync(temp, atime, mtime);
  fs.renameSync(temp, file);
  if (manifest) writeManifest(file, { ...manifest, bytes: fs.statSync(file).size });
  else fs.rmSync(manifestPath(file), { force: true });
  return true;
}

/**
 * Encrypts the plain backups of an encrypted register with its key: what a password change cut
 * short left (the register was swapped, some backups not yet). Nothing to do, and cheap, otherwise.
 */
export function encryptPlainBackups(session: Session, env: BackupEnv, onError: (error: unknown) => void): void {
  if (!session.key) return;
  for (const file of backupFilesOf(session, env)) {
    try {
      if (fileKind(file) === 'plain') convertBackup(file, null, session.key, env.nativeBinding);
    } catch (error) {
      onError(error);
    }
  }
}

export interface PasswordChange {
  currentPassword?: string;
  password: string | null;
  remember?: boolean;
}

/** register.setPassword: the open register (and its backups) under a new password, or none. */
export async function setRegisterPassword(ctx: HandlerContext, change: PasswordChange): Promise<RegisterInfo> {
  const session = ctx.session();
  if (session.readOnly()) throw new DomainError('READ_ONLY', 'The register is open read-only; its password cannot be changed.');
  const from = session.key;
  if (from) {
    if (change.currentPassword === undefined || !(await passwordOpens(change.currentPassword, from))) {
      throw new DomainError('WRONG_PASSWORD', 'The current password is not correct.', {
        path: session.path,
        fileName: path.basename(session.path),
        retryAfterMs: 0,
        messageKey: 'e.WRONG_PASSWORD.current',
        params: {},
      });
    }
  }
  const wasRemembered = from !== null && ctx.keyStore.isRemembered(from.salt);
  if (!from && change.password === null) return announceOpened(ctx, session);
  const to = change.password === null ? null : await deriveKey(change.password);

  return ctx.tasks.run(to ? 'Lösenord' : 'Ta bort lösenord', async (task) => {
    // The integrity worker reads the file: the swap waits for it.
    await ctx.integrityChecked();
    const env = backupEnv(ctx);
    const backups = backupFilesOf(session, env);
    const total = backups.length + 1;
    const temp = tempPathBeside(session.path);
    rekeySteps.reached('copying');
    try {
      convertedCopy(session.db, temp, from, to, 'wal');
    } catch (error) {
      if (/busy executing|within a transaction/i.test((error as Error).message)) {
        throw new DomainError('LOCKED', 'The register is busy; try again in a moment.', { messageKey: 'e.LOCKED.busy', params: {} });
      }
      throw error;
    }
    rekeySteps.reached('verified');
    const reopened = ctx.replaceRegisterFile(temp, to);
    rekeySteps.reached('swapped');
    task.progress(1, total);

    if (from) ctx.keyStore.forget(from.salt);
    if (to && (change.remember ?? wasRemembered)) ctx.keyStore.remember(to);
    for (const [index, file] of backups.entries()) {
      try {
        convertBackup(file, from, to, ctx.ports.nativeBinding);
      } catch {
        // A changed or removed password: this backup keeps the old one. A new password: a backup
        // left in plain text would defeat it, so it goes.
        if (!from && to) for (const gone of [file, manifestPath(file)]) fs.rmSync(gone, { force: true });
      }
      rekeySteps.reached('backup');
      task.progress(index + 2, total);
    }
    return announceOpened(ctx, reopened);
  });
}
