import type { DomainError } from '../errors';

/** A SQLite failure that is not a bug (busy, locked, damaged file) as a clear error; null otherwise. */
export function sqliteFailure(_error: unknown): DomainError | null {
  return null;
}
