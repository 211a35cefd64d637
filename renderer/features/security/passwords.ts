import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { MIN_PASSWORD_LENGTH, newPassword } from '../../../shared/contract';
import { isApiError } from '../../app/api';
import { failureText } from '../../ui/failures';

/** A new password and its repetition, as typed. */
export interface NewPasswordValues {
  password: string;
  repeat: string;
}

export const emptyNewPassword: NewPasswordValues = { password: '', repeat: '' };

/** What is wrong with a chosen password (the shared schema, then the repetition); null when fine. */
export function newPasswordErrors(t: TFunction, { password, repeat }: NewPasswordValues): { password?: string; repeat?: string } | null {
  const checked = newPassword.safeParse(password);
  if (!checked.success) {
    const key = checked.error.issues[0]?.message ?? 'v.invalid';
    return { password: t(key.startsWith('v.') ? key : 'v.invalid', { min: MIN_PASSWORD_LENGTH, max: 1024 }) };
  }
  if (password !== repeat) return { repeat: t('v.password.mismatch') };
  return null;
}

/**
 * The text for a refused password: WRONG_PASSWORD says it in the core's words (its message key,
 * e.g. "Vänta 4 s"), INVALID_INPUT names the field's problem, anything else as usual.
 */
export function passwordFailureText(t: TFunction, error: unknown): string {
  if (isApiError(error, 'INVALID_INPUT')) {
    const issue = error.error.issues?.[0];
    if (issue)
      return t(issue.message.startsWith('v.') ? issue.message : 'v.invalid', { min: MIN_PASSWORD_LENGTH, max: 1024, ...issue.params });
  }
  return failureText(t, error);
}

/** How long the core wants before the next try (WRONG_PASSWORD's `retryAfterMs`), or 0. */
export function retryAfterMs(error: unknown): number {
  if (!isApiError(error, 'WRONG_PASSWORD')) return 0;
  const wait = (error.error.details as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  return typeof wait === 'number' && wait > 0 ? wait : 0;
}

/** Whole seconds left until `until` (a Date.now() time), re-rendering as they pass; 0 once it is over. */
export function useCountdown(until: number | null): number {
  const left = () => (until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    const tick = () => setSeconds(until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    tick();
    if (until === null || until <= Date.now()) return;
    const timer = setInterval(() => {
      tick();
      if (until <= Date.now()) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}
