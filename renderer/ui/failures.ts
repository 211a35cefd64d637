import type { TFunction } from 'i18next';
import type { InUseDetails } from '../../shared/errors';
import { errorKey, isApiError } from '../app/api';

/** The where-used details of an IN_USE refusal, or null for any other failure. */
function inUseDetails(error: unknown): Partial<InUseDetails> | null {
  if (!isApiError(error, 'IN_USE')) return null;
  return (error.error.details as Partial<InUseDetails> | undefined) ?? {};
}

/**
 * The text for a failed call. A refusal because the record is in use (IN_USE) says why,
 * e.g. "Kategorin används på 3 ställen …".
 */
export function failureText(t: TFunction, error: unknown): string {
  // IN_USE and other refusals that say why in words carry a message key.
  const details = isApiError(error) ? (error.error.details as Partial<InUseDetails> | undefined) : undefined;
  if (details?.messageKey) return t(details.messageKey, details.params ?? {});
  return t(errorKey(error));
}

/**
 * A delete the core refused because something still uses the record (IN_USE): the message to
 * show. Null for any other failure (e.g. a stale revision).
 */
export function inUseMessage(t: TFunction, error: unknown, fallbackKey: string): string | null {
  const details = inUseDetails(error);
  if (!details) return null;
  return t(details.messageKey ?? fallbackKey, { ...(details.params ?? {}), defaultValue: t(fallbackKey) });
}

/** The record's latest version carried by a CONFLICT, if any. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  return (error.error.details as { current?: T } | undefined)?.current ?? null;
}
