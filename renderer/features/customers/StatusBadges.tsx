import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerStatus } from '../../../shared/contract';

export function StatusBadges({ status, archived }: { status: CustomerStatus; archived: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color={status === 'active' ? 'teal' : 'gray'} size="sm">
        {t(`status.${status}`)}
      </Badge>
      {archived && (
        <Badge variant="outline" color="orange" size="sm">
          {t('status.archived')}
        </Badge>
      )}
    </Group>
  );
}
