// Writing an exported document: where it goes (the given path, the host's save dialog, or a free
// name in <dataFolder>/Export/) and how (a temp file renamed into place, so a reader never sees
// half a file).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { invalidField } from '../errors';
import type { CorePorts } from '../ports';

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

/**
 * Where to write: `given` when set (its folder must exist: INVALID_INPUT on `path` otherwise),
 * else the host's save dialog (null when the user cancels), else a free name in the export folder.
 */
export async function resolveExportTarget(
  ports: Pick<CorePorts, 'dialogs' | 'dataFolder'>,
  given: string | undefined,
  suggestedName: string,
): Promise<string | null> {
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
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw invalidField(['path'], 'v.folderMissing');
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw invalidField(['path'], 'v.invalid');
  return target;
}

/** A hidden temp file beside `target`, renamed into place once written: a reader never sees half a file. */
export const tempPathBeside = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`);

/** What a failed write says to a user: its folder is gone, the disk is full, or it may not be written. */
export type WriteProblem = 'folderMissing' | 'diskFull' | 'notWritable';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
// EBUSY/EPERM/ETXTBSY: on Windows also a file kept open by another program (Excel).
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'EBUSY', 'EIO', 'ETXTBSY', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_CANTOPEN']);

/** The problem behind a file-system or SQLite error; null for anything else (a programming error stays INTERNAL). */
export function writeProblemOf(error: unknown): WriteProblem | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folderMissing';
  if (DISK_FULL.has(code)) return 'diskFull';
  if (NOT_WRITABLE.has(code) || code.startsWith('SQLITE_IOERR')) return 'notWritable';
  return null;
}

/** Writes the bytes via a temp file in the same folder and a rename; returns the size. */
export function writeFileAtomic(target: string, data: Uint8Array | string): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathBeside(target);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return bytes.byteLength;
}
