import type { TFunction } from 'i18next';
import { errorKey, isApiError } from '../app/api';

interface RefusalDetails {
  reason?: string;
  messageKey?: string;
  message?: string;
  params?: Record<string, unknown>;
  current?: unknown;
}

function refusal(error: unknown): RefusalDetails | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  return (error.error.details as RefusalDetails | undefined) ?? null;
}

/**
 * The text for a failed call. A refusal because the record is in use (CONFLICT with
 * `details.messageKey`) says why, e.g. "Kategorin används på 3 ställen …".
 */
export function failureText(t: TFunction, error: unknown): string {
  const details = refusal(error);
  if (details?.messageKey) return t(details.messageKey, details.params ?? {});
  return t(errorKey(error));
}

/**
 * A delete the core refused because something still uses the record (CONFLICT with
 * `details.reason: 'inUse'`): the message to show. Null for any other failure (e.g. a stale revision).
 */
export function inUseMessage(t: TFunction, error: unknown, fallbackKey: string): string | null {
  const details = refusal(error);
  if (details?.reason !== 'inUse') return null;
  const key = details.messageKey ?? details.message ?? fallbackKey;
  return t(key, { ...(details.params ?? {}), defaultValue: t(fallbackKey) });
}

/** The record's latest version carried by a CONFLICT, if any. */
export function conflictCurrent<T>(error: unknown): T | null {
  return (refusal(error)?.current as T | undefined) ?? null;
}
