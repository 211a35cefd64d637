import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../shared/contract';

/** Badge colour per agreement status (one version). */
export const AGREEMENT_STATUS_COLOR: Record<AgreementStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  signed: 'teal',
  terminated: 'dark',
  superseded: 'gray',
};

/** The status of one agreement version, and "Inaktuellt" beside it when the register has moved on. */
export function AgreementStatusBadge({ status, outOfDate }: { status: AgreementStatus; outOfDate: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Badge
        variant={status === 'superseded' || status === 'terminated' ? 'outline' : 'light'}
        color={AGREEMENT_STATUS_COLOR[status]}
        size="sm"
      >
        {t(`agreements.status.${status}`)}
      </Badge>
      {outOfDate && <OutOfDateBadge />}
    </Group>
  );
}

export function OutOfDateBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('agreements.outOfDateHelp')} multiline w={260} withArrow>
      <Badge variant="light" color="orange" size="sm">
        {t('agreements.outOfDate')}
      </Badge>
    </Tooltip>
  );
}
