import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { failureText } from './failures';

export function notifySuccess(message: string, title?: string, autoClose = 4000): void {
  notifications.show({ color: 'teal', message, autoClose, ...(title ? { title } : {}) });
}

/** A friendly line for a failed call: what the core said in words (which file, which record), never internals. */
export function notifyError(t: TFunction, error: unknown): void {
  if (!(error instanceof Error) || error.name !== 'ApiError') console.error(error);
  notifications.show({ color: 'red', title: t('common.error'), message: failureText(t, error), autoClose: 8000 });
}
