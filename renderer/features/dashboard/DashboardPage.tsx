import { Alert, Anchor, Button, Card, Group, RingProgress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MethodOutput } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { PageHeader } from '../../ui/PageHeader';
import { useCall } from '../../ui/useCall';

type Summary = MethodOutput<'completeness.summary'>;

/** Översikt: who the register belongs to, what it holds, what to do next. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { register } = useAppState();
  // Each reloads after a change in the register; the summary on its own, so the overview still
  // shows the rest if it cannot be computed.
  const { data: org, error: orgError } = useCall('organisation.get', {}, { reloadOn: ['organisation'] });
  const { data: info, error: infoError } = useCall('register.info', {});
  const { data: summary } = useCall('completeness.summary', {});
  const error = orgError ?? infoError;

  return (
    <Stack>
      <PageHeader title={t('area.dashboard')} description={org?.name ?? register?.organisationName} />
      {error ? <Alert color="red">{t(errorKey(error))}</Alert> : null}
      {org && !org.complete && (
        <Alert color="yellow" icon={<IconInfoCircle size={20} />} title={t('dashboard.profileTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('dashboard.profileText')}</Text>
            <Button component={Link} to={paths.organisation} size="xs" leftSection={<IconBuilding size={14} />}>
              {t('dashboard.fillProfile')}
            </Button>
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatCard
          label={t('dashboard.customers')}
          value={info?.counts.customers}
          to={paths.customers.list}
          linkText={t('dashboard.toCustomers')}
        />
        <StatCard
          label={t('dashboard.contactPersons')}
          value={info?.counts.contactPersons}
          to={paths.customers.list}
          linkText={t('dashboard.toCustomers')}
        />
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
      <Title order={2} size="h4" fw={600} mt="xs">
        {t('overview.registerTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <CompletenessCard summary={summary} />
        <StatCard
          label={t('overview.activities')}
          value={info?.counts.activities}
          to={paths.activities.list}
          linkText={t('overview.toActivities')}
        />
        <StatCard
          label={t('overview.services')}
          value={info?.counts.services}
          to={paths.services.list}
          linkText={t('overview.toServices')}
        />
        <StatCard
          label={t('overview.subscriptions')}
          value={info?.counts.subscriptions}
          to={paths.processorRegister}
          linkText={t('overview.toProcessorRegister')}
        />
        <StatCard
          label={t('overview.subprocessors')}
          value={info?.counts.subprocessors}
          to={paths.subprocessors.list}
          linkText={t('overview.toSubprocessors')}
        />
        <StatCard label={t('overview.systems')} value={info?.counts.systems} to={paths.systems.list} linkText={t('overview.toSystems')} />
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
      {value === undefined ? (
        <Skeleton h={32} w={60} my={4} />
      ) : (
        <Text fz={28} fw={600}>
          {value}
        </Text>
      )}
      <Group>
        <Anchor component={Link} to={to} size="sm">
          {linkText}
        </Anchor>
      </Group>
    </Card>
  );
}

/** The register-wide completeness score, with the activities and services behind it. */
function CompletenessCard({ summary }: { summary: Summary | undefined }) {
  const { t } = useTranslation();
  const score = summary ? Math.round(summary.score) : 0;
  const color = score >= 100 ? 'teal' : score >= 60 ? 'yellow' : 'orange';
  return (
    <Card withBorder padding="md" role="region" aria-label={t('overview.completeness')}>
      <Text size="sm" c="dimmed">
        {t('overview.completeness')}
      </Text>
      <Group gap="md" wrap="nowrap" mt={4}>
        {summary ? (
          <RingProgress
            size={76}
            thickness={8}
            roundCaps
            sections={[{ value: score, color }]}
            label={
              <Text ta="center" fw={700} size="sm" data-testid="completeness-score">
                {score} %
              </Text>
            }
          />
        ) : (
          <Skeleton circle h={76} w={76} />
        )}
        <Stack gap={2} style={{ minWidth: 0 }}>
          {summary ? (
            <>
              <Anchor component={Link} to={paths.activities.list} size="sm">
                {t('overview.activitiesComplete', { complete: summary.activities.complete, total: summary.activities.total })}
              </Anchor>
              <Anchor component={Link} to={paths.services.list} size="sm">
                {t('overview.servicesComplete', { complete: summary.services.complete, total: summary.services.total })}
              </Anchor>
            </>
          ) : (
            <Skeleton h={14} w={180} />
          )}
          <Text size="xs" c="dimmed">
            {t('overview.completenessHelp')}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
