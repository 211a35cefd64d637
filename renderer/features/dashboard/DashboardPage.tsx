import { Alert, Anchor, Box, Button, Card, Grid, Group, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconBuilding, IconChevronRight, IconInfoCircle, IconSettings } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttentionKind, AttentionList as List } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { PageHeader } from '../../ui/PageHeader';
import { useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';
import { ReminderSettingsDialog } from './AttentionDialogs';
import { AttentionList, HORIZONS, type Horizon } from './AttentionList';
import { CalendarButton } from './CalendarButton';
import { NotificationToggle } from './NotificationToggle';
import { OverviewCharts } from './OverviewCharts';

type Counts = Record<string, number>;

// Remembered per register while the app runs, so that coming back from an item shows the list as it was.
let remembered: { path: string; horizon: Horizon; kinds: AttentionKind[] } | null = null;

/** Översikt: what needs doing and where it is done, then what the register holds. */
export function DashboardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { register } = useAppState();
  const path = register?.path ?? '';
  const [view, setViewState] = useState(() =>
    remembered?.path === path ? remembered : { path, horizon: 30 as Horizon, kinds: [] as AttentionKind[] },
  );
  const setView = (patch: Partial<{ horizon: Horizon; kinds: AttentionKind[] }>) =>
    setViewState((v) => {
      const next = { ...v, ...patch, path };
      remembered = next;
      return next;
    });
  const [settingsOpen, setSettingsOpen] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  // Each reloads after a change in the register (the list is derived from all of it).
  const attention = useCall('attention.list', { horizonDays: view.horizon, lang }, { keepPrevious: true });
  const { data: org, error: orgError } = useCall('organisation.get', {}, { reloadOn: ['organisation'] });
  const { data: info, error: infoError } = useCall('register.info', {});
  const error = orgError ?? infoError;
  const list = attention.data;
  // What is overdue has now been seen: the desktop reminder notifies only what becomes overdue later.
  const overdueShown = list
    ? list.items
        .filter((i) => i.severity === 'overdue')
        .map((i) => i.key)
        .join('\n')
    : null;
  useEffect(() => {
    if (overdueShown !== null) call('attention.markSeen', {}).catch(() => undefined);
  }, [overdueShown, path]);
  // The list says what the profile lacks (organisation.profile); the alert only where it does not.
  const profileInList = list ? [...list.items, ...list.dismissed].some((i) => i.kind === 'organisation.profile') : false;
  const showProfileAlert = org !== undefined && !org.complete && (list !== undefined || attention.error !== null) && !profileInList;

  const showKinds = (kinds: AttentionKind[]) => {
    setView({ kinds });
    listRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  return (
    <Stack>
      <PageHeader
        title={t('area.dashboard')}
        description={org?.name ?? register?.organisationName}
        actions={
          <>
            <CalendarButton />
            <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setSettingsOpen(true)}>
              {t('attention.settings')}
            </Button>
          </>
        }
      />
      {error ? <Alert color="red">{t(errorKey(error))}</Alert> : null}
      {showProfileAlert && (
        <Alert color="yellow" icon={<IconInfoCircle size={20} />} title={t('dashboard.profileTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('dashboard.profileText')}</Text>
            <Button component={Link} to={paths.organisation} size="xs" leftSection={<IconBuilding size={14} />}>
              {t('dashboard.fillProfile')}
            </Button>
          </Stack>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Box ref={listRef} style={{ scrollMarginTop: 72 }}>
            <AttentionList
              list={list}
              error={attention.error}
              reload={attention.reload}
              horizon={HORIZONS.includes(view.horizon) ? view.horizon : 30}
              onHorizon={(horizon) => setView({ horizon })}
              kinds={view.kinds}
              onKinds={(kinds) => setView({ kinds })}
            />
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <RegisterFigures counts={info?.counts} list={list} onShow={showKinds} />
        </Grid.Col>
      </Grid>
      <OverviewCharts />
      {settingsOpen && <ReminderSettingsDialog onClose={() => setSettingsOpen(false)} extra={<NotificationToggle />} />}
    </Stack>
  );
}

interface Figure {
  key: string;
  label: string;
  value: number | undefined;
  detail?: string;
  to: string;
  /** The attention kinds that belong to this part of the register. */
  kinds: readonly AttentionKind[];
}

/**
 * What the register holds, part by part: each figure opens its list, and what waits in that part
 * ("3 att göra") narrows the list beside it to those items.
 */
function RegisterFigures({
  counts,
  list,
  onShow,
}: {
  counts: Counts | undefined;
  list: List | undefined;
  onShow: (kinds: AttentionKind[]) => void;
}) {
  const { t } = useTranslation();
  const n = (k: string) => counts?.[k];
  const figures: Figure[] = [
    {
      key: 'activities',
      label: t('dashboard.card.activities'),
      value: n('activities'),
      to: paths.activities.list,
      kinds: ['activity.review', 'activity.incomplete'],
    },
    {
      key: 'customers',
      label: t('dashboard.card.customers'),
      value: n('customers'),
      to: paths.customers.list,
      kinds: ['agreement.missing', 'agreement.unsigned', 'agreement.outOfDate', 'agreement.ending'],
    },
    { key: 'services', label: t('dashboard.card.services'), value: n('services'), to: paths.services.list, kinds: ['service.incomplete'] },
    {
      key: 'subscriptions',
      label: t('dashboard.card.subscriptions'),
      value: n('subscriptions'),
      detail: t('dashboard.card.subscriptionsHelp'),
      to: paths.processorRegister,
      kinds: [],
    },
    {
      key: 'subprocessors',
      label: t('dashboard.card.subprocessors'),
      value: n('subprocessors'),
      to: paths.subprocessors.list,
      kinds: ['subprocessor.transfer', 'subprocessor.agreementMissing', 'changeNotice.deadline', 'changeNotice.objection'],
    },
    { key: 'systems', label: t('dashboard.card.systems'), value: n('systems'), to: paths.systems.list, kinds: [] },
    {
      key: 'requests',
      label: t('dashboard.card.requests'),
      value: counts ? (n('requests') ?? 0) + (n('breaches') ?? 0) : undefined,
      detail: counts
        ? `${t('dashboard.card.requestCount', { count: n('requests') ?? 0 })}, ${t('dashboard.card.breachCount', { count: n('breaches') ?? 0 })}`
        : undefined,
      to: paths.requests.list,
      kinds: ['request.deadline', 'breach.clock'],
    },
    {
      key: 'retention',
      label: t('dashboard.card.retention'),
      value: n('retentionRules'),
      detail: t('dashboard.card.retentionHelp'),
      to: paths.retention,
      kinds: ['purge.due', 'legalHold.review'],
    },
  ];
  return (
    <Stack component="section" aria-labelledby="register-figures" gap="xs">
      <div>
        <Title order={2} size="h3" fw={600} id="register-figures">
          {t('dashboard.registerTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.registerHelp')}
        </Text>
      </div>
      <Card withBorder padding={0}>
        {figures.map((f, i) => (
          <FigureRow key={f.key} figure={f} list={list} onShow={onShow} first={i === 0} />
        ))}
      </Card>
    </Stack>
  );
}

function FigureRow({
  figure: f,
  list,
  onShow,
  first,
}: {
  figure: Figure;
  list: List | undefined;
  onShow: (kinds: AttentionKind[]) => void;
  first: boolean;
}) {
  const { t } = useTranslation();
  const waiting = list ? f.kinds.filter((k) => (list.byKind[k] ?? 0) > 0) : [];
  const toDo = list ? waiting.reduce((sum, k) => sum + (list.byKind[k] ?? 0), 0) : 0;
  return (
    <Group
      wrap="nowrap"
      gap="sm"
      px="md"
      py={8}
      align="center"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-default-border)' }}
      data-figure={f.key}
    >
      <Stack gap={0} align="flex-start" style={{ flex: 1, minWidth: 0 }}>
        <Anchor component={Link} to={f.to} size="sm" fw={500}>
          {f.label}
        </Anchor>
        {f.detail ? (
          <Text size="xs" c="dimmed">
            {f.detail}
          </Text>
        ) : null}
        {f.kinds.length > 0 && list ? (
          toDo > 0 ? (
            <UnstyledButton onClick={() => onShow(waiting)} aria-label={t('dashboard.toDoFor', { label: f.label })}>
              <Group gap={2}>
                <Text size="xs" c="orange.8" fw={600}>
                  {t('dashboard.toDo', { count: toDo })}
                </Text>
                <IconChevronRight size={12} color="var(--mantine-color-orange-8)" />
              </Group>
            </UnstyledButton>
          ) : (
            <Text size="xs" c="teal.8">
              {t('dashboard.nothingToDo')}
            </Text>
          )
        ) : null}
      </Stack>
      {f.value === undefined ? (
        <Skeleton h={24} w={40} />
      ) : (
        <Text fz={22} fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {f.value}
        </Text>
      )}
    </Group>
  );
}
