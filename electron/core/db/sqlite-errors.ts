import { formatMessage } from '../../../shared/messages';
import { DomainError } from '../errors';

// SQLite failures that a user or the file system causes, not a bug: another program holding the
// file, a damaged file, a write to a register that is open read-only. Dispatch maps every
// non-DomainError through here, so none of them reaches the caller as INTERNAL.

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** SQLITE_CORRUPT, SQLITE_CORRUPT_INDEX, SQLITE_NOTADB …: the file (or a page of it) is damaged. */
export function isDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** A SQLite failure that is not a bug (busy, locked, damaged file) as a clear error; null otherwise. */
export function sqliteFailure(error: unknown): DomainError | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    // Another connection held the file longer than busy_timeout: nothing was written, try again.
    return new DomainError('LOCKED', formatMessage('e.LOCKED.busy', 'en'), { messageKey: 'e.LOCKED.busy', params: {}, busy: true });
  }
  if (isDamage(error)) return new DomainError('DAMAGED', formatMessage('e.DAMAGED', 'en'), { detail: (error as Error).message });
  // Plain SQLITE_READONLY: the session is read-only (query_only) or the file is write-protected.
  if (code === 'SQLITE_READONLY') return new DomainError('READ_ONLY', formatMessage('e.READ_ONLY', 'en'));
  // SQLITE_READONLY_DBMOVED, _DIRECTORY, _CANTINIT …: the file or its folder cannot be written now.
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_FULL' ||
    code.startsWith('SQLITE_IOERR')
  ) {
    return new DomainError('NOT_WRITABLE', formatMessage('e.NOT_WRITABLE', 'en'), { detail: (error as Error).message });
  }
  return null;
}
