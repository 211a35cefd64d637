import type { ErrorCode, InUseDetails, Issue, UsedBy } from '../../shared/errors';
import { formatMessage } from '../../shared/messages';

/** An expected failure with a stable code; dispatch sends it to the caller as is. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
    readonly issues?: Issue[],
  ) {
    super(message ?? formatMessage(`e.${code}`, 'en'));
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);

export const conflict = (current: unknown) => new DomainError('CONFLICT', formatMessage('e.CONFLICT', 'en'), { current });

/** A delete refused because the record is still used: `messageKey` says where in words, `usedBy` by name when known. */
export function inUse(messageKey: string, params: Record<string, number> = {}, usedBy?: UsedBy[]): DomainError {
  const details: InUseDetails = { messageKey, params, ...(usedBy ? { usedBy } : {}) };
  return new DomainError('IN_USE', formatMessage(messageKey, 'en', params), details);
}

/** A single-field validation failure raised by a service (e.g. a rule that needs the database). */
export const invalidField = (path: (string | number)[], message: string, params?: Issue['params']) =>
  new DomainError('INVALID_INPUT', formatMessage('e.INVALID_INPUT', 'en'), undefined, [{ path, message, ...(params ? { params } : {}) }]);
