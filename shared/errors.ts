import type { DataKind } from './contract/common';

// Stable error codes that cross the boundary. Hosts and the renderer switch on these, never on
// message text.
export const ERROR_CODES = [
  'INVALID_INPUT', // input failed validation; `issues` says which field and why
  'NOT_FOUND', // the record does not exist
  'FILE_NOT_FOUND', // the register file does not exist (moved, deleted, unplugged drive)
  'CONFLICT', // someone else changed the row since it was read; `details.current` holds it
  'IN_USE', // the record is still used elsewhere; `details` says where (InUseDetails)
  'LOCKED', // the register is open elsewhere (`details.holder`: who, where, since when) or busy
  'READ_ONLY', // the register is open read-only (locked by someone else, damaged, or asked for): changes are refused
  'DAMAGED', // the register file is damaged; `details.newestBackup` names the newest verified backup, if any
  'NO_REGISTER', // a method needs an open register and none is open
  'NEWER_VERSION', // the file was written by a newer Förteckna
  'NOT_A_REGISTER', // the file is not a Förteckna register (or is damaged)
  'PASSWORD_REQUIRED', // the register is encrypted: open it again with its password; `details` is a LockedRegister
  'WRONG_PASSWORD', // the password does not open the file; `details.retryAfterMs` says how long to wait before the next try
  'FILE_EXISTS', // refusing to overwrite an existing file
  'NOT_WRITABLE', // a file or folder cannot be written: disk full, read-only, no permission
  'INVALID_PATH', // a path the file system refuses: too long, characters it does not allow, a file where a folder should be
  'BACKUP_FAILED', // a backup copy failed its integrity check and was deleted
  'IMPORT_INVALID', // an import file cannot be read; `details.problems` lists { path, message } per problem
  'CANCELLED', // a long task was cancelled by the user
  'UNSUPPORTED', // the host cannot do this (e.g. native dialogs in browser mode)
  'UNKNOWN_METHOD',
  'INTERNAL', // anything unexpected; details are logged, never sent
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One validation problem: `message` is a message key from shared/messages.ts. */
export interface Issue {
  path: (string | number)[];
  message: string;
  params?: Record<string, string | number>;
}

/** One record that uses another; `kind` names its list, as data.changed does. */
export interface UsedBy {
  kind: DataKind;
  id: number;
  name: string;
}

/**
 * Where an IN_USE record is used: `messageKey` and `params` say it in words (shared/messages.ts),
 * `usedBy` names the records when the service knows them.
 */
export interface InUseDetails {
  messageKey: string;
  params: Record<string, number>;
  usedBy?: UsedBy[];
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
