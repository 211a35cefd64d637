import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_OVERDUE_DAYS, type CustomerAgreementStatus, type CustomerStatus } from '../../../shared/contract';
import { useCall } from '../../ui/useCall';

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

const AGREEMENT_COLOR: Record<CustomerAgreementStatus, { color: string; variant: 'light' | 'outline' }> = {
  none: { color: 'red', variant: 'outline' },
  draft: { color: 'gray', variant: 'light' },
  sent: { color: 'blue', variant: 'light' },
  overdue: { color: 'red', variant: 'light' },
  signed: { color: 'teal', variant: 'light' },
  outOfDate: { color: 'orange', variant: 'light' },
};

/**
 * After how many days a sent PUB-avtal not signed is overdue: the register's setting (the
 * default until it has answered). Read once per list, not per badge.
 */
export function useSentAgreementDays(): number {
  const { data } = useCall('attention.getSettings', {}, { reloadOn: ['attention'] });
  return data?.sentAgreementDays ?? AGREEMENT_OVERDUE_DAYS;
}

/** Where the customer's PUB-avtal stands; the tooltip says which version and since when. */
export function AgreementBadge({
  agreement,
  days,
}: {
  agreement: { status: CustomerAgreementStatus; version: number | null; since: string | null };
  /** The register's reminder days (useSentAgreementDays). */
  days: number;
}) {
  const { t } = useTranslation();
  const { status, version, since } = agreement;
  const { color, variant } = AGREEMENT_COLOR[status];
  const help = t(`agreements.customer.${status}Help`, {
    version: version ?? '',
    since: since?.slice(0, 10) ?? '',
    days,
  });
  return (
    <Tooltip label={help} multiline w={260} withArrow openDelay={300}>
      <Badge variant={variant} color={color} size="sm">
        {t(`agreements.customer.${status}`)}
      </Badge>
    </Tooltip>
  );
}
