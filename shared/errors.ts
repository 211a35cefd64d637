// Stable error codes that cross the boundary. Hosts and the renderer switch on these, never on
// message text.
export const ERROR_CODES = [
  'INVALID_INPUT', // input failed validation; `issues` says which field and why
  'NOT_FOUND', // the record does not exist
  'FILE_NOT_FOUND', // the register file does not exist (moved, deleted, unplugged drive)
  'CONFLICT', // someone else changed the row since it was read; `details.current` holds it
  'LOCKED', // the register is open elsewhere or busy
  'NO_REGISTER', // a method needs an open register and none is open
  'NEWER_VERSION', // the file was written by a newer Förteckna
  'NOT_A_REGISTER', // the file is not a Förteckna register (or is damaged)
  'FILE_EXISTS', // refusing to overwrite an existing file
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

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
