import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../ui/useCall';

/** On the purge screen: when what is purged today will have left the backups too. */
export function PurgedGoneBy() {
  const { t } = useTranslation();
  const list = useCall('backups.list', {}, { reloadOn: ['backups', 'retentionRules'] }).data;
  // Nothing to say until the backups answer (or when they cannot be listed).
  if (!list) return null;
  return (
    <Text size="sm" c="dimmed" maw={760} data-testid="purged-gone-by">
      {list.purgedGoneBy ? t('backups.purgedGoneBy', { date: list.purgedGoneBy }) : t('backups.purgedGoneByRotation')}
    </Text>
  );
}
