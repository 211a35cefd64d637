import type { DomainError } from '../errors';

/** A file-system failure a user can cause (bad path, full disk, no permission) as a clear error; null otherwise. */
export function fileFailure(_error: unknown): DomainError | null {
  return null;
}
