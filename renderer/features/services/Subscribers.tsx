import { Anchor, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Service } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { useCall } from '../../ui/useCall';

/** The customers subscribed to the service, with links to them; ended and future subscriptions on request. */
export function Subscribers({ service }: { service: Service }) {
  const { t } = useTranslation();
  const { data: subs, error } = useCall('subscriptions.list', { serviceId: service.id });
  const [showEnded, setShowEnded] = useState(false);

  const active = subs?.filter((s) => s.active) ?? [];
  const other = subs?.filter((s) => !s.active) ?? [];
  const shown = showEnded ? [...active, ...other] : active;
  return (
    <Card withBorder padding="md" role="region" aria-label={t('services.subscribersTitle')}>
      <Text fw={600} mb={4}>
        {t('services.subscribersTitle')}
      </Text>
      {error ? (
        <ErrorLine message={t(errorKey(error))} />
      ) : !subs ? (
        <Loader size="sm" />
      ) : (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('services.activeSubscribers', { count: active.length })}
          </Text>
          {shown.map((s) => (
            <Group key={s.id} justify="space-between" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={paths.customers.one(s.customerId)} size="sm" truncate>
                {s.customerName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {s.active
                  ? t('subscriptions.since', { date: formatDate(s.startDate) })
                  : s.endDate
                    ? t('subscriptions.endedOn', { date: formatDate(s.endDate) })
                    : t('subscriptions.startsOn', { date: formatDate(s.startDate) })}
              </Text>
            </Group>
          ))}
          {other.length > 0 && (
            <Anchor component="button" type="button" size="xs" onClick={() => setShowEnded((v) => !v)} ta="left">
              {showEnded ? t('services.hideEnded') : t('services.showEnded', { count: other.length })}
            </Anchor>
          )}
        </Stack>
      )}
    </Card>
  );
}
