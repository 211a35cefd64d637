// Backups of the open register: make one (copy, check, manifest, rotate) and list them.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupList, BackupReason } from '../../../shared/contract';
import { DomainError } from '../errors';
import { isOpenRegisterFile } from '../files/export';
import { retentionService } from '../retention/retention.service';
import type { RegisterKey } from '../register/cipher';
import type { Session } from '../session';
import { stockholmDate } from '../session';
import {
  backupFilePath,
  backupRoot,
  isFolder,
  registerBackupFolder,
  registerBaseName,
  removeQuietly,
  writeFailure,
  type BackupEnv,
} from './backup-folder';
import { backupIo, inspectCopy, manifestPath, MANIFEST_FORMAT, readCounts, readManifest, writeManifest } from './backup-file';
import { backupLags, goneBy, longestLag, rotate } from './rotation';

/** What the automatic triggers remember per open register (`session.use(backupState)`). */
export interface BackupState {
  /** When the last backup was made or tried (core clock, ms); null: not yet in this session. */
  lastAttemptAt: number | null;
  /** Something changed since the last backup that succeeded. */
  dirty: boolean;
  /** An automatic backup is scheduled and has not run yet. */
  pending: boolean;
}

export const backupState = (_session: Session): BackupState => ({ lastAttemptAt: null, dirty: false, pending: false });

/** Temp files of a copy cut short (a crash) that are older than this are cleared at the next backup. */
const STALE_TEMP_MS = 60 * 60_000;

/** Migration backups next to the register: "<name> (säkerhetskopia schema 3 2026-01-15-09-00-00).forteckna" (db/open.ts). */
function migrationBackupPattern(registerPath: string): RegExp {
  const base = registerBaseName(registerPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${base} \\(säkerhetskopia schema \\d+ (\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})-(\\d{2})-(\\d{2})\\)\\.forteckna$`, 'u');
}

function fileEntries(
  folder: string,
  nativeBinding: string | undefined,
  pick: (name: string) => string | null,
  key: RegisterKey | null = null,
): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const knownAt = pick(name);
    if (knownAt === null) continue;
    const file = path.join(folder, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const manifest = readManifest(file);
    // A manifest whose size no longer matches describes another file: trust neither.
    if (manifest && manifest.bytes === stat.size) {
      entries.push({
        path: file,
        fileName: name,
        at: manifest.at,
        bytes: stat.size,
        counts: manifest.counts,
        verified: manifest.verified,
        reason: manifest.reason,
      });
    } else {
      entries.push({
        path: file,
        fileName: name,
        at: knownAt || stat.mtime.toISOString(),
        bytes: stat.size,
        counts: readCounts(file, nativeBinding, key),
        verified: false,
        reason: knownAt ? 'migration' : null,
      });
    }
  }
  return entries;
}

/** The backups in the register's own folder (the rotated ones). */
const isOwnBackupName = (name: string) => name.endsWith('.forteckna') && !name.startsWith('.');

function ownBackups(folder: string, nativeBinding?: string, key: RegisterKey | null = null): BackupEntry[] {
  return fileEntries(folder, nativeBinding, (name) => (isOwnBackupName(name) ? '' : null), key);
}

/** The copies db/open.ts took before migrating, next to the register file. */
function migrationBackups(registerPath: string, nativeBinding?: string, key: RegisterKey | null = null): BackupEntry[] {
  const pattern = migrationBackupPattern(registerPath);
  return fileEntries(
    path.dirname(registerPath),
    nativeBinding,
    (name) => {
      const m = pattern.exec(name);
      return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : null;
    },
    key,
  );
}

/**
 * Every backup file of the open register: the rotated ones and the migration copies beside it. By
 * name only (no manifest read, no file opened): it runs on every open of an encrypted register.
 */
export function backupFilesOf(session: Session, env: BackupEnv): string[] {
  const migration = migrationBackupPattern(session.path);
  return [
    ...filesNamed(registerBackupFolder(backupRoot(env).root, session.path), isOwnBackupName),
    ...filesNamed(path.dirname(session.path), (name) => migration.test(name)),
  ];
}

function filesNamed(folder: string, pick: (name: string) => boolean): string[] {
  try {
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && pick(entry.name))
      .map((entry) => path.join(folder, entry.name));
  } catch {
    return [];
  }
}

const newestFirst = (a: BackupEntry, b: BackupEntry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

function ruleLags(session: Session): (string | null)[] {
  return session
    .use(retentionService)
    .list()
    .map((r) => r.backupLag);
}

/**
 * Deletes what the rotation does not keep (rotation.ts) in the register's folder; and, when a rule
 * has a backup lag, migration backups past it too, since they hold purged data as well.
 */
function applyRotation(session: Session, folder: string, today: string, nativeBinding?: string): void {
  const lags = backupLags(ruleLags(session));
  const { prune } = rotate(ownBackups(folder, nativeBinding), today, lags);
  const expiredMigrations = lags.length
    ? migrationBackups(session.path, nativeBinding).filter((b) => (goneBy(stockholmDate(new Date(b.at)), lags) ?? '9999') <= today)
    : [];
  for (const backup of [...prune, ...expiredMigrations]) {
    // Whatever the folders hold, the rotation never deletes the register that is open.
    if (isOpenRegisterFile(backup.path, session.path)) continue;
    removeQuietly(manifestPath(backup.path));
    removeQuietly(backup.path);
  }
}

function clearStaleTemps(folder: string, now: number): void {
  for (const name of fs.readdirSync(folder)) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    const file = path.join(folder, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_TEMP_MS) removeQuietly(file);
    } catch {
      // gone meanwhile
    }
  }
}

/** The register's backup folder, created when missing; a chosen root that is gone is an error, never created. */
function ensureFolder(session: Session, env: BackupEnv): string {
  const { root, custom } = backupRoot(env);
  if (custom && !isFolder(root)) {
    throw new DomainError('FILE_NOT_FOUND', `The backup folder ${root} does not exist or is not connected.`, {
      folder: root,
      problem: 'folderMissing',
    });
  }
  const folder = registerBackupFolder(root, session.path);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw writeFailure(error, custom ? root : path.dirname(root));
  }
  return folder;
}

/**
 * A verified backup of the open register: VACUUM INTO a temp file, PRAGMA integrity_check of the
 * copy, rename into place, then the manifest; then rotation. A copy that fails its check is deleted
 * (BACKUP_FAILED). File-system failures are FILE_NOT_FOUND or NOT_WRITABLE (writeFailure).
 */
export function takeBackup(session: Session, env: BackupEnv, reason: Exclude<BackupReason, 'migration'>): BackupEntry {
  const state = session.use(backupState);
  const now = env.now();
  state.lastAttemptAt = now.getTime();
  const folder = ensureFolder(session, env);
  const target = backupFilePath(folder, session.path, now);
  const temp = path.join(folder, `.${path.basename(target)}.tmp`);
  try {
    clearStaleTemps(folder, Date.now());
    backupIo.vacuumInto(session.db, temp);
  } catch (error) {
    removeQuietly(temp);
    // A long read holds the connection (an export streaming rows) or a transaction is open: not a failure, just not now.
    if (/busy executing|within a transaction/i.test((error as Error).message)) {
      throw new DomainError('LOCKED', 'The register is busy; the backup runs in a moment.', { folder, problem: 'busy' });
    }
    throw writeFailure(error, folder);
  }
  // VACUUM INTO kept the register's key and salt: the copy is encrypted as the register is.
  const check = inspectCopy(temp, env.nativeBinding, session.key);
  if (!check.ok) {
    removeQuietly(temp);
    throw new DomainError(
      'BACKUP_FAILED',
      `The backup of ${path.basename(session.path)} failed its check (${check.detail}) and was deleted.`,
      { folder, problem: 'unverified' },
    );
  }
  // The copy is complete from here on: changes made after this point make the register dirty again.
  state.dirty = false;
  let bytes: number;
  // A free name when chosen; never onto a file that appeared there since, least of all the open
  // register (checked outside the try below, whose clean-up would delete that file).
  if (fs.existsSync(target) || isOpenRegisterFile(target, session.path)) {
    removeQuietly(temp);
    state.dirty = true;
    throw new DomainError('FILE_EXISTS', `${target} already exists; the backup was not saved over it.`, { folder, problem: 'exists' });
  }
  try {
    fs.renameSync(temp, target);
    bytes = fs.statSync(target).size;
    writeManifest(target, {
      format: MANIFEST_FORMAT,
      at: now.toISOString(),
      bytes,
      counts: check.counts,
      verified: true,
      reason,
      source: session.path,
      schemaVersion: check.schemaVersion,
    });
  } catch (error) {
    state.dirty = true;
    for (const file of [temp, target, manifestPath(target)]) removeQuietly(file);
    throw writeFailure(error, folder);
  }
  try {
    applyRotation(session, folder, stockholmDate(now), env.nativeBinding);
  } catch {
    // The backup itself is good; what the rotation could not delete now goes at the next one.
  }
  return {
    path: target,
    fileName: path.basename(target),
    at: now.toISOString(),
    bytes,
    counts: check.counts,
    verified: true,
    reason,
  };
}

/** The open register's backups, newest first, with where they go and when purged data leaves them. */
export function listBackups(session: Session, env: BackupEnv): BackupList {
  const { root, custom } = backupRoot(env);
  const folder = registerBackupFolder(root, session.path);
  const available = isFolder(custom ? root : env.dataFolder);
  const backups = [
    ...(available ? ownBackups(folder, env.nativeBinding, session.key) : []),
    ...migrationBackups(session.path, env.nativeBinding, session.key),
  ].sort(newestFirst);
  const today = stockholmDate(env.now());
  const lags = ruleLags(session);
  return {
    folder,
    root,
    customRoot: custom,
    available,
    lastBackupAt: backups.find((b) => b.verified)?.at ?? null,
    longestBackupLag: longestLag(lags, today),
    purgedGoneBy: goneBy(today, backupLags(lags)),
    backups,
  };
}

/** The backup file's own entry (manifest or file facts), e.g. for a restore; null when it is not a file. */
export function describeBackupFile(file: string, nativeBinding?: string, key: RegisterKey | null = null): BackupEntry | null {
  const folder = path.dirname(file);
  const name = path.basename(file);
  const migration = /\(säkerhetskopia schema \d+ (\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})\)\.forteckna$/u.exec(name);
  const at = migration ? `${migration[1]}-${migration[2]}-${migration[3]}T${migration[4]}:${migration[5]}:${migration[6]}.000Z` : '';
  return fileEntries(folder, nativeBinding, (n) => (n === name ? at : null), key)[0] ?? null;
}
