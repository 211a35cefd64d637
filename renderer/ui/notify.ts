import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorKey } from '../app/api';

export function notifySuccess(message: string, title?: string, autoClose = 4000): void {
  notifications.show({ color: 'teal', message, autoClose, ...(title ? { title } : {}) });
}

/** A friendly line for a failed call: the stable error code's text, never internals. */
export function notifyError(t: TFunction, error: unknown): void {
  if (!(error instanceof Error) || error.name !== 'ApiError') console.error(error);
  notifications.show({ color: 'red', title: t('common.error'), message: t(errorKey(error)), autoClose: 8000 });
}
