// Where a register's backups live, what they are called, and file-system failures in words a
// user can act on (a folder gone, a full disk) instead of INTERNAL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_EXTENSION } from '../../../shared/contract';
import { DomainError } from '../errors';
import { writeProblemOf } from '../files/file-errors';

/** The default root, inside the app's data folder. */
export const DEFAULT_BACKUP_FOLDER = 'Säkerhetskopior';

/** What the backups need from the host, outside the register: folders, the clock, the driver. */
export interface BackupEnv {
  dataFolder: string;
  /** The folder chosen in the settings (settings.backupFolder); null for the default. */
  chosenFolder: string | null;
  now(): Date;
  /** Passed to every Database opened here (see CorePorts.nativeBinding). */
  nativeBinding?: string;
}

export function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** The root all registers' backup folders go in. */
export function backupRoot(env: BackupEnv): { root: string; custom: boolean } {
  return env.chosenFolder
    ? { root: path.resolve(env.chosenFolder), custom: true }
    : { root: path.join(env.dataFolder, DEFAULT_BACKUP_FOLDER), custom: false };
}

/** A name part any file system takes (FAT on a USB disk, an SMB share): no reserved characters. */
function cleanName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || 'Register'
  );
}

/** The register's file name without ".forteckna". */
export function registerBaseName(registerPath: string): string {
  return path.basename(registerPath, path.extname(registerPath));
}

/**
 * `<root>/<register name> <first 8 hex of sha256(resolved path)>`: the name for people, the hash
 * so that two registers called the same in different folders never share backups.
 */
export function registerBackupFolder(root: string, registerPath: string): string {
  const hash = crypto.createHash('sha256').update(path.resolve(registerPath)).digest('hex').slice(0, 8);
  return path.join(root, `${cleanName(registerBaseName(registerPath))} ${hash}`);
}

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-02 10.30.15" (Swedish local time; dots, since ":" is not allowed in Windows file names). */
export function fileStamp(instant: Date, withSeconds = true): string {
  const parts = Object.fromEntries(STOCKHOLM_TIME.formatToParts(instant).map((p) => [p.type, p.value]));
  const time = withSeconds ? `${parts.hour}.${parts.minute}.${parts.second}` : `${parts.hour}.${parts.minute}`;
  return `${parts.year}-${parts.month}-${parts.day} ${time}`;
}

/** A path in `folder` that does not exist yet: "<base>.forteckna", "<base> (2).forteckna", … */
export function freeRegisterPath(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${n === 1 ? base : `${base} (${n})`}${REGISTER_EXTENSION}`);
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.json`)) return candidate;
  }
}

/** The name of a backup made at `at`: "<register name> 2026-12-02 10.30.15.forteckna". */
export function backupFilePath(folder: string, registerPath: string, at: Date): string {
  return freeRegisterPath(folder, `${cleanName(registerBaseName(registerPath))} ${fileStamp(at)}`);
}

/**
 * A file-system or SQLite failure while writing in `folder` as a DomainError with a clear code:
 * FILE_NOT_FOUND (the folder is gone), NOT_WRITABLE (`details.problem` diskFull or notWritable).
 * Anything else is returned as it is (a programming error stays INTERNAL).
 */
export function writeFailure(error: unknown, folder: string): unknown {
  if (error instanceof DomainError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  // SQLite cannot open a file in a folder that is not there: the folder is missing, not read-only.
  const problem = code === 'SQLITE_CANTOPEN' && !isFolder(folder) ? 'folderMissing' : writeProblemOf(error);
  if (problem === 'folderMissing') {
    return new DomainError('FILE_NOT_FOUND', `The folder ${folder} does not exist or is not connected.`, { folder, problem });
  }
  if (problem === 'diskFull') return new DomainError('NOT_WRITABLE', `The disk holding ${folder} is full.`, { folder, problem });
  if (problem === 'notWritable') return new DomainError('NOT_WRITABLE', `${folder} cannot be written to (${code}).`, { folder, problem });
  return error;
}

/** Deletes a file we wrote, ignoring one that is already gone or cannot be removed now. */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // A locked file (Windows) goes at the next rotation.
  }
}
