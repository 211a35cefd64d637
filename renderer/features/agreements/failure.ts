import type { TFunction } from 'i18next';
import { isApiError } from '../../app/api';
import { failureText } from '../../ui/failures';

/**
 * One line for a failed call: the first INVALID_INPUT issue in words (e.g. "Filen är för stor …"),
 * otherwise the error code's text.
 */
export function failureLine(t: TFunction, error: unknown): string {
  if (isApiError(error, 'INVALID_INPUT')) {
    const issue = error.error.issues?.[0];
    if (issue) return t(issue.message, issue.params ?? {});
  }
  return failureText(t, error);
}
