// File-system failures a user can cause (a folder without permission, a full disk, a name too
// long for the file system, a "folder" that is a file) in clear codes instead of INTERNAL.
// Dispatch maps every error that is not a DomainError through fileFailure.
import path from 'node:path';
import type { ErrorCode } from '../../../shared/errors';
import { formatMessage } from '../../../shared/messages';
import { DomainError } from '../errors';

/** What a failed write says to a user: its folder is gone, the disk is full, or it may not be written. */
export type WriteProblem = 'folderMissing' | 'diskFull' | 'notWritable';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
// EBUSY/EPERM/ETXTBSY: on Windows also a file kept open by another program (Excel).
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'EBUSY', 'EIO', 'ETXTBSY', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_CANTOPEN']);

const codeOf = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? '');

/** The problem behind a file-system or SQLite error; null for anything else (a programming error stays INTERNAL). */
export function writeProblemOf(error: unknown): WriteProblem | null {
  const code = codeOf(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folderMissing';
  if (DISK_FULL.has(code)) return 'diskFull';
  if (NOT_WRITABLE.has(code) || code.startsWith('SQLITE_IOERR')) return 'notWritable';
  return null;
}

// Our hidden temp files (files/export.ts tempPathBeside): a user knows the file they asked for.
const TEMP = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp(?:-wal|-shm|-journal)?$/;

/** The path a user asked for behind a path in an error (a temp file of ours names its target). */
function shownPath(filePath: string): string {
  const name = path.basename(filePath);
  const temp = TEMP.exec(name);
  return temp ? path.join(path.dirname(filePath), temp[1]!) : filePath;
}

/** The path a Node error is about: the destination of a rename or copy, else its path. */
function pathOf(error: unknown): string | null {
  const e = error as { dest?: unknown; path?: unknown };
  const p = typeof e.dest === 'string' ? e.dest : typeof e.path === 'string' ? e.path : null;
  // A NUL or other control character shown as is would garble the message.
  return p === null ? null : shownPath(p).replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
}

/** Why a path is refused, as a message key under `e.<CODE>.` (shared/messages.ts). */
export type PathProblem =
  'notWritable' | 'diskFull' | 'inUse' | 'missing' | 'notFolder' | 'isFolder' | 'exists' | 'tooLong' | 'badCharacters' | 'invalid';

const CODES: Record<PathProblem, ErrorCode> = {
  notWritable: 'NOT_WRITABLE',
  diskFull: 'NOT_WRITABLE',
  inUse: 'NOT_WRITABLE',
  missing: 'FILE_NOT_FOUND',
  notFolder: 'INVALID_PATH',
  isFolder: 'INVALID_PATH',
  exists: 'FILE_EXISTS',
  tooLong: 'INVALID_PATH',
  badCharacters: 'INVALID_PATH',
  invalid: 'INVALID_PATH',
};

/**
 * A refused path as a DomainError: `details.messageKey` (with `params.path`) says what is wrong and
 * what to do, in the user's language; `details.problem` is the same for scripts.
 */
export function pathError(problem: PathProblem, filePath: string | null, detail?: string): DomainError {
  const code = CODES[problem];
  const messageKey = `e.${code}.${problem}`;
  const params = { path: filePath ?? '' };
  return new DomainError(code, formatMessage(messageKey, 'en', params), {
    messageKey,
    params,
    path: filePath,
    problem,
    ...(detail ? { detail } : {}),
  });
}

/** The problem behind a Node file-system error code, or null when it is not one a user causes. */
function problemOf(error: unknown): PathProblem | null {
  const code = codeOf(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EIO':
      return 'notWritable';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'inUse';
    case 'ENOENT':
      return 'missing';
    case 'ENOTDIR':
      return 'notFolder';
    case 'EISDIR':
      return 'isFolder';
    case 'EEXIST':
    case 'ENOTEMPTY':
      return 'exists';
    case 'ENAMETOOLONG':
      return 'tooLong';
    case 'EINVAL':
    case 'ELOOP':
      return 'invalid';
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      // Only a path with a NUL in it; any other bad argument is a bug.
      return /null bytes/i.test((error as Error).message ?? '') ? 'badCharacters' : null;
    default:
      return null;
  }
}

/** A file-system failure a user can cause (bad path, full disk, no permission) as a clear error; null otherwise. */
export function fileFailure(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const problem = problemOf(error);
  if (problem === null) return null;
  // A NUL-byte error names no path (Node refuses the argument before any system call).
  return pathError(problem, problem === 'badCharacters' ? null : pathOf(error), (error as Error).message);
}
