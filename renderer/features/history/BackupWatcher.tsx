import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useLang } from '../../ui/lang';

/**
 * Tells the user when an automatic backup failed (`backups.failed`): the register itself is fine,
 * but the copies are not being made. Stays until closed, since it asks for something to be done.
 */
export function BackupWatcher() {
  const { t } = useTranslation();
  const lang = useLang();
  useEffect(
    () =>
      api().on('backups.failed', (failure) => {
        notifications.show({
          id: `backups-failed-${failure.code}`,
          color: 'red',
          title: t('backups.failedTitle'),
          message: failure.message[lang],
          autoClose: false,
        });
      }),
    [t, lang],
  );
  return null;
}
