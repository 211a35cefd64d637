import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, type RegisterKey } from '../register/cipher';
import type { Db } from './types';

/**
 * Copies the open database to `target` with VACUUM INTO (works for encrypted files too, unlike
 * the backup API) and checks the copy's integrity before anyone relies on it.
 */
export function backupVerified(db: Db, target: string, key: RegisterKey | null = null): string {
  if (fs.existsSync(target)) throw new Error(`Backup target ${target} already exists`);
  db.prepare('VACUUM INTO ?').run(target);
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    if (key) applyKey(copy, key, false); // the copy keeps the register's key and salt
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`Backup ${target} failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
  return target;
}
