// Writing an exported document: where it goes (the given path, the host's save dialog, or a free
// name in <dataFolder>/Export/) and how (a temp file renamed into place, so a reader never sees
// half a file). Never onto a register: not the open one (nor its -wal/-shm, under any spelling of
// its path), not any .forteckna file, not any other SQLite database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { formatMessage } from '../../../shared/messages';
import { DomainError, invalidField } from '../errors';
import { fileKind } from '../register/cipher';
import type { CorePorts } from '../ports';
import { fileFailure, pathError, type PathProblem } from './file-errors';

export const EXPORT_FOLDER = 'Export';

/** A name every file system accepts: no path separators, reserved characters or trailing dots. */
export function safeExportName(name: string): string {
  // Not path.extname/basename: an organisation name may contain "/" and must not be cut there.
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? '';
  const base = name
    .slice(0, name.length - ext.length)
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${base || 'Export'}${ext}`;
}

/** A file name that does not exist yet in `folder`: "name.docx", "name (2).docx"… */
export function freeFileName(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const base = path.basename(fileName, ext);
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? fileName : `${base} (${n})${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** The open register, for the save-target guard; null when none is open. */
export interface SaveContext {
  ports: Pick<CorePorts, 'dialogs' | 'dataFolder'>;
  currentSession(): { path: string } | null;
}

// A register, the files SQLite keeps beside it, and its owner lock (register/owner-lock.ts).
const REGISTER_NAME = /\.forteckna(?:-wal|-shm|-journal|\.lock)?$/i;
const SIDECARS = ['-wal', '-shm', '-journal', '.lock'] as const;
/** The longest file name (in bytes) the common file systems take. */
const NAME_MAX = 255;

function statOrNull(filePath: string): fs.Stats | null {
  try {
    return fs.statSync(filePath);
  } catch {
    return null;
  }
}

/** The path with its folder's symlinks and `..` resolved, for comparing two spellings of one file. */
function canonical(filePath: string): string {
  const resolved = path.resolve(filePath);
  try {
    return path.join(fs.realpathSync.native(path.dirname(resolved)), path.basename(resolved));
  } catch {
    return resolved;
  }
}

/**
 * An existing SQLite database: plain by its header, encrypted by its looks (register/cipher.ts
 * fileKind), either by a -wal/-shm beside it.
 */
function isDatabase(filePath: string): boolean {
  const stat = statOrNull(filePath);
  if (!stat?.isFile()) return false;
  if (statOrNull(`${filePath}-wal`) || statOrNull(`${filePath}-shm`)) return true;
  const kind = fileKind(filePath);
  // fileKind calls an empty file 'plain' (for the open to judge); there is no database in it.
  return kind === 'encrypted' || (kind === 'plain' && stat.size > 0);
}

/**
 * Is `target` a register file, or one of the open register's? A name ending in .forteckna (any
 * case, with or without -wal/-shm/-journal), the open register or its sidecars under any spelling
 * (same canonical path, ignoring case; or the same file by device and inode: a hard link, a
 * symlink), or an existing SQLite database under another name.
 */
export function isRegisterTarget(target: string, registerPath: string | null): boolean {
  if (REGISTER_NAME.test(path.basename(target))) return true;
  if (registerPath !== null && isOpenRegisterFile(target, registerPath)) return true;
  return isDatabase(target);
}

/**
 * Is `target` the open register or one of its -wal/-shm/-journal/.lock, under any spelling: the same
 * canonical path ignoring case, or the same file by device and inode (a hard link, a symlink)?
 */
export function isOpenRegisterFile(target: string, registerPath: string): boolean {
  const family = [registerPath, ...SIDECARS.map((suffix) => `${registerPath}${suffix}`)];
  const key = canonical(target).toLowerCase();
  if (family.some((file) => canonical(file).toLowerCase() === key)) return true;
  const stat = statOrNull(target);
  return (
    stat !== null &&
    family.some((file) => {
      const other = statOrNull(file);
      return other !== null && other.dev === stat.dev && other.ino === stat.ino;
    })
  );
}

/** INVALID_INPUT on `field` (`v.path.register`): a save may never write over a register. */
export function registerTargetError(target: string, field = 'path'): DomainError {
  const message = `${formatMessage('e.INVALID_INPUT', 'en')} ${field}: ${formatMessage('v.path.register', 'en')}`;
  return new DomainError(
    'INVALID_INPUT',
    message,
    { messageKey: 'v.path.register', params: { path: target }, path: target, problem: 'register' },
    [{ path: [field], message: 'v.path.register' }],
  );
}

/** Refuses a save target that is a register (isRegisterTarget). */
export function assertNotRegister(target: string, registerPath: string | null, field = 'path'): void {
  if (isRegisterTarget(target, registerPath)) throw registerTargetError(target, field);
}

/** The open register's path, if any (the guard compares against it). */
export const openRegisterPath = (ctx: Pick<SaveContext, 'currentSession'>) => ctx.currentSession()?.path ?? null;

/**
 * A folder to write into, checked before any work: it exists and is a folder (INVALID_INPUT
 * `v.folderMissing` on `field` otherwise), and may be written (NOT_WRITABLE, INVALID_PATH).
 */
export function checkedFolder(folder: string, field: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw invalidField([field], 'v.folderMissing');
    throw fileFailure(error) ?? error;
  }
  if (!stat.isDirectory()) throw invalidField([field], 'v.folderMissing');
  // A file created and removed again: unlike access(W_OK), this also finds a read-only mount, an
  // ACL, a folder that refuses even root (and a share that only claims to be writable).
  const probe = tempPathBeside(path.join(folder, 'probe'));
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
  } catch (error) {
    throw writeFailureAt(error, folder);
  }
  removeQuietly(probe);
  return folder;
}

/**
 * Where to write: `given` when set (its folder must exist: INVALID_INPUT on `path` otherwise),
 * else the host's save dialog (null when the user cancels), else a free name in the export folder.
 * Never a register (INVALID_INPUT `v.path.register`), never a name too long for the file system
 * (INVALID_PATH), never a folder that cannot be written (NOT_WRITABLE): all found before the work.
 */
export async function resolveExportTarget(ctx: SaveContext, given: string | undefined, suggestedName: string): Promise<string | null> {
  const { ports } = ctx;
  const fileName = safeExportName(suggestedName);
  let target: string;
  if (given !== undefined) {
    target = path.resolve(given);
  } else if (ports.dialogs?.chooseExportPath) {
    const chosen = await ports.dialogs.chooseExportPath(fileName);
    if (chosen === null) return null;
    target = path.resolve(chosen);
  } else {
    const folder = path.join(ports.dataFolder, EXPORT_FOLDER);
    fs.mkdirSync(folder, { recursive: true });
    return freeFileName(folder, fileName);
  }
  if (/[\u0000-\u001f\u007f]/.test(target)) throw invalidField(['path'], 'v.path.characters');
  if (Buffer.byteLength(path.basename(target)) > NAME_MAX) throw pathError('tooLong', target);
  assertNotRegister(target, openRegisterPath(ctx));
  checkedFolder(path.dirname(target), 'path');
  if (statOrNull(target)?.isDirectory()) throw pathError('isFolder', target);
  return target;
}

/** A hidden temp file beside `target`, renamed into place once written: a reader never sees half a file. */
export function tempPathBeside(target: string): string {
  // A long target name must leave room for the temp's own parts within the file system's limit.
  let base = path.basename(target);
  while (Buffer.byteLength(base) > 120) base = Array.from(base).slice(0, -1).join('');
  return path.join(path.dirname(target), `.${base}.${process.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`);
}

/**
 * Renames a finished temp file onto `target`; the guard runs again here, since a file may have
 * appeared at `target` since it was chosen (another window, another program).
 */
export function renameIntoPlace(temp: string, target: string, registerPath: string | null): void {
  assertNotRegister(target, registerPath);
  fs.renameSync(temp, target);
}

/** A file-system failure while writing `target` (or its temp) as a clear error naming `target`. */
export function writeFailureAt(error: unknown, target: string): unknown {
  if (error instanceof DomainError) return error;
  const failure = fileFailure(error);
  if (failure === null) return error;
  const problem = (failure.details as { problem: PathProblem }).problem;
  return problem === 'badCharacters' ? failure : pathError(problem, target, error instanceof Error ? error.message : undefined);
}

/** Removes a temp file of ours; one that is gone or cannot be removed now is left (stale-temps.ts clears it later). */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // not ours to fail the call over
  }
}

/** Writes the bytes via a temp file in the same folder and a rename; returns the size. */
export function writeFileAtomic(target: string, data: Uint8Array | string, registerPath: string | null): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathBeside(target);
  try {
    // 'wx': the temp is ours alone, never an existing file.
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    renameIntoPlace(temp, target, registerPath);
  } catch (error) {
    removeQuietly(temp);
    throw writeFailureAt(error, target);
  }
  return bytes.byteLength;
}
