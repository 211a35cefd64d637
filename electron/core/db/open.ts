import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { formatMessage } from '../../../shared/messages';
import { DomainError } from '../errors';
import { applyKey, type RegisterKey } from '../register/cipher';
import { isDamage } from './sqlite-errors';
import type { Db } from './types';
import { backupVerified } from './backup';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';

/** Marks a SQLite file as a Förteckna register ("FÖRT" in ASCII-ish: 0x46D6_5254). */
export const APPLICATION_ID = 0x46d65254;

const REQUIRED_PRAGMAS: [string, string | number][] = [
  ['journal_mode', 'wal'],
  ['synchronous', 2], // FULL: an acknowledged write survives power loss
  ['foreign_keys', 1],
  ['busy_timeout', 5000],
  ['secure_delete', 1], // deleted personal data is overwritten, not left in free pages
  ['trusted_schema', 0],
];

function setAndAssertPragmas(db: Db): void {
  for (const [name, value] of REQUIRED_PRAGMAS) {
    const setTo = name === 'journal_mode' ? 'WAL' : String(value);
    db.pragma(`${name} = ${setTo}`);
    const actual = db.pragma(name, { simple: true });
    if (String(actual).toLowerCase() !== String(value)) {
      throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${String(value)}`);
    }
  }
}

export interface OpenOptions {
  /** Create the file if it does not exist (a new register). */
  create?: boolean;
  /** Stamp for the backup file name taken before a migration. */
  now?: Date;
  /** Native addon to load instead of the one in node_modules (see CorePorts.nativeBinding). */
  nativeBinding?: string;
  /** Test hook: run these migrations instead of the real list. */
  migrationList?: readonly Migration[];
  /**
   * Open without changing the file: no migration (a file that needs one is refused), no
   * application id stamped. The caller sets `query_only` once its TEMP setup is done.
   */
  readOnly?: boolean;
  /**
   * Run PRAGMA quick_check during the open when the file is at most this big (bytes); a bigger
   * file is checked after the open, off the hot path (register/integrity.ts). Default 0: never here.
   */
  quickCheckMaxBytes?: number;
  /** The key of an encrypted register (register/cipher.ts); with `create`, the new file is encrypted with it. */
  key?: RegisterKey | null;
}

/** Opens (or creates) a register file: pragmas asserted, schema migrated to the latest version. */
export function openRegisterDb(filePath: string, options: OpenOptions = {}): Db {
  const list = options.migrationList ?? migrations;
  const latest = options.migrationList ? list.length : LATEST_SCHEMA_VERSION;
  const exists = fs.existsSync(filePath);
  if (!exists && !options.create) throw new DomainError('FILE_NOT_FOUND', `The file ${filePath} does not exist.`);
  if (exists && options.create) throw new DomainError('FILE_EXISTS', `The file ${filePath} already exists.`);
  if (exists && fs.statSync(filePath).isDirectory()) throw new DomainError('NOT_A_REGISTER', `${filePath} is a folder.`);
  if (!exists) fs.mkdirSync(path.dirname(filePath), { recursive: true });

  let db: Db;
  try {
    db = new Database(filePath, { fileMustExist: exists, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    throw new DomainError('NOT_A_REGISTER', `Could not open ${filePath}: ${(error as Error).message}`);
  }
  try {
    const key = options.key ?? null;
    if (key) applyKey(db, key, !exists || fs.statSync(filePath).size === 0);
    identify(db, filePath, exists, options.readOnly === true, key !== null);
    setAndAssertPragmas(db);
    // Sorts and TEMP tables stay in memory: SQLite's temp files would hold the data unencrypted.
    if (key) db.pragma('temp_store = MEMORY');
    // Read-only opens check in the session instead: a damaged file still opens read-only.
    if (exists && !options.readOnly && checksInline(filePath, options.quickCheckMaxBytes)) {
      const problems = quickCheck(db);
      if (problems.length) throw damaged(filePath, problems);
    }
    if (options.readOnly) refuseMigration(db, filePath, latest);
    else migrate(db, filePath, list, latest, options.now ?? new Date(), options.key ?? null);
    return db;
  } catch (error) {
    db.close();
    // A page the open had to read is damaged (the header itself was fine: identify got through).
    if (isDamage(error)) throw damaged(filePath, [(error as Error).message]);
    throw error;
  }
}

/** Whether `filePath` is small enough for quick_check during the open. */
export function checksInline(filePath: string, maxBytes: number | undefined): boolean {
  return maxBytes !== undefined && maxBytes > 0 && fileSize(filePath) <= maxBytes;
}

function fileSize(filePath: string): number {
  try {
    return fs.statSync(filePath).size + (fs.existsSync(`${filePath}-wal`) ? fs.statSync(`${filePath}-wal`).size : 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** PRAGMA quick_check: empty when the file is sound, else what it found (first lines). */
export function quickCheck(db: Db): string[] {
  try {
    const rows = db.pragma('quick_check(20)') as { quick_check: string }[];
    const lines = rows.map((r) => r.quick_check);
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (error) {
    if (isDamage(error)) return [(error as Error).message];
    throw error;
  }
}

export function damaged(filePath: string, problems: string[]): DomainError {
  return new DomainError('DAMAGED', `${path.basename(filePath)} is damaged: ${problems[0] ?? 'integrity check failed'}`, {
    path: path.resolve(filePath),
    problems: problems.slice(0, 20),
    newestBackup: null,
  });
}

function refuseMigration(db: Db, filePath: string, latest: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) migrate(db, filePath, [], latest, new Date()); // NEWER_VERSION
  if (current < latest) {
    throw new DomainError('READ_ONLY', formatMessage('e.READ_ONLY.needsUpgrade', 'en'), {
      messageKey: 'e.READ_ONLY.needsUpgrade',
      params: {},
      fileVersion: current,
      appVersion: latest,
    });
  }
}

function identify(db: Db, filePath: string, existed: boolean, readOnly: boolean, keyed: boolean): void {
  let appId: number;
  let version: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch {
    // With a key, an unreadable first page means the key is wrong (SQLCipher cannot tell more).
    if (keyed) throw new DomainError('WRONG_PASSWORD', `The password does not open ${path.basename(filePath)}.`);
    throw new DomainError('NOT_A_REGISTER', `${filePath} is not a Förteckna register (not a database file).`);
  }
  const tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  const blank = appId === 0 && version === 0 && tableCount === 0;
  if (blank) {
    if (existed && (readOnly || fs.statSync(filePath).size > 0)) {
      throw new DomainError('NOT_A_REGISTER', `${filePath} is an empty database, not a Förteckna register.`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    return;
  }
  if (appId !== APPLICATION_ID) {
    throw new DomainError('NOT_A_REGISTER', `${filePath} is a database made by another program, not a Förteckna register.`);
  }
}

function migrate(db: Db, filePath: string, list: readonly Migration[], latest: number, now: Date, key: RegisterKey | null = null): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new DomainError(
      'NEWER_VERSION',
      `${path.basename(filePath)} was saved by a newer version of Förteckna (schema ${current}; this version knows ${latest}). Update Förteckna to open it.`,
      { fileVersion: current, appVersion: latest },
    );
  }
  if (current === latest) return;
  if (current > 0) backupVerified(db, backupPathBeforeMigration(filePath, current, now), key);
  for (const migration of list.slice(current)) {
    // One transaction per migration: a crash leaves the file at the old or the new version.
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

export function backupPathBeforeMigration(filePath: string, version: number, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const base = path.basename(filePath, path.extname(filePath));
  return path.join(path.dirname(filePath), `${base} (säkerhetskopia schema ${version} ${stamp}).forteckna`);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the migrations after the file's version, each in its own transaction, without the backup
 * openRegisterDb takes: for a register file that is still being built (a portable import creates
 * its file at the version of the data, fills it, then brings it up to date with this).
 */
export function migrateNewFile(db: Db, list: readonly Migration[] = migrations): void {
  for (const migration of list.slice(schemaVersion(db))) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
