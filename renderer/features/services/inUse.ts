import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';

interface RefusalDetails {
  reason?: string;
  messageKey?: string;
  message?: string;
  params?: Record<string, unknown>;
  current?: unknown;
}

/**
 * A delete the core refused because something still uses the record (CONFLICT with
 * `details.reason: 'inUse'`): the message to show. Null for any other failure (e.g. a stale revision).
 */
export function inUseMessage(t: TFunction, error: unknown, fallbackKey: string): string | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  const details = error.error.details as RefusalDetails | undefined;
  if (details?.reason !== 'inUse') return null;
  const key = details.messageKey ?? details.message ?? fallbackKey;
  return t(key, { ...(details.params ?? {}), defaultValue: t(fallbackKey) });
}

/** The record's latest version carried by a CONFLICT, if any. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!isApiError(error, 'CONFLICT')) return null;
  return ((error.error.details as RefusalDetails | undefined)?.current as T | undefined) ?? null;
}
