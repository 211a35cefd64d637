import { Alert, Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconBuilding, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodOutput, Organisation } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { useAppState } from '../../app/state';
import { PageHeader } from '../../ui/PageHeader';

type Info = MethodOutput<'register.info'>;

/** Översikt: who the register belongs to, what it holds, what to do next. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { register } = useAppState();
  const [org, setOrg] = useState<Organisation | null>(null);
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    Promise.all([call('organisation.get', {}), call('register.info', {})])
      .then(([o, i]) => {
        if (!alive) return;
        setOrg(o);
        setInfo(i);
      })
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, []);

  return (
    <Stack>
      <PageHeader title={t('area.dashboard')} description={org?.name ?? register?.organisationName} />
      {error ? <Alert color="red">{t(errorKey(error))}</Alert> : null}
      {org && !org.complete && (
        <Alert color="yellow" icon={<IconInfoCircle size={20} />} title={t('dashboard.profileTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('dashboard.profileText')}</Text>
            <Button component={Link} to="/organisation" size="xs" leftSection={<IconBuilding size={14} />}>
              {t('dashboard.fillProfile')}
            </Button>
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard label={t('dashboard.customers')} value={info?.counts.customers} to="/kunder" linkText={t('dashboard.toCustomers')} />
        <StatCard label={t('dashboard.contactPersons')} value={info?.counts.contactPersons} to="/kunder" linkText={t('dashboard.toCustomers')} />
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('dashboard.file')}
          </Text>
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            {register?.path}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('dashboard.schema', { version: info?.schemaVersion ?? '' })}
          </Text>
        </Card>
      </SimpleGrid>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          {t('dashboard.nextTitle')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('dashboard.nextText')}
        </Text>
      </Card>
    </Stack>
  );
}

function StatCard({ label, value, to, linkText }: { label: string; value: number | undefined; to: string; linkText: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {value === undefined ? <Skeleton h={32} w={60} my={4} /> : <Text fz={28} fw={600}>{value}</Text>}
      <Group>
        <Anchor component={Link} to={to} size="sm">
          {linkText}
        </Anchor>
      </Group>
    </Card>
  );
}
