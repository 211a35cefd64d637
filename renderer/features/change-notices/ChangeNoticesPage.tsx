import { Badge, Button, Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconMailPlus, IconTemplate } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ChangeNoticeSummary } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { NameCell } from '../../ui/cells';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { useCall } from '../../ui/useCall';
import { changeLine, NoticeStateBadge, servicesLine } from './notice-ui';

type Filter = 'open' | 'all';
// Kept while the app runs, so that going back from a notice shows the list as it was.
let rememberedFilter: Filter = 'open';

/** The counts of one notice: sent of affected, open objections, customers still open. */
export function NoticeCounts({ notice }: { notice: ChangeNoticeSummary }) {
  const { t } = useTranslation();
  const { counts } = notice;
  return (
    <Stack gap={2}>
      <Text size="sm">{t('changeNotices.counts', { sent: counts.sent, affected: counts.affected })}</Text>
      <Group gap={4}>
        {counts.objected > 0 && (
          <Badge size="sm" variant="light" color="red" style={{ textTransform: 'none' }}>
            {t('changeNotices.countsObjected', { count: counts.objected })}
          </Badge>
        )}
        {counts.open > 0 && (
          <Text size="xs" c="dimmed">
            {t('changeNotices.countsOpen', { count: counts.open })}
          </Text>
        )}
        {counts.noAgreement > 0 && (
          <Badge size="sm" variant="light" color="orange" leftSection={<IconAlertTriangle size={12} />} style={{ textTransform: 'none' }}>
            {t('changeNotices.noAgreement')}: {counts.noAgreement}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/** "Ändringar av underbiträden": every change notice, open ones first (the core's order). */
export function ChangeNoticesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filter, setFilterState] = useState<Filter>(rememberedFilter);
  const setFilter = (next: Filter) => {
    rememberedFilter = next;
    setFilterState(next);
  };
  const { data: list, error } = useCall('changeNotices.list', { open: filter === 'open' }, { keepPrevious: true });

  const columns = useMemo<ColumnDef<ChangeNoticeSummary, unknown>[]>(
    () => [
      {
        id: 'change',
        header: t('changeNotices.col.change'),
        size: 300,
        cell: ({ row: { original: n } }) => <NameCell name={changeLine(t, n)} detail={servicesLine(t, n)} />,
      },
      { id: 'state', header: t('changeNotices.col.state'), size: 120, cell: (c) => <NoticeStateBadge state={c.row.original.state} /> },
      { id: 'counts', header: t('changeNotices.col.counts'), size: 220, cell: (c) => <NoticeCounts notice={c.row.original} /> },
      {
        id: 'nextDeadline',
        header: t('changeNotices.col.nextDeadline'),
        size: 120,
        cell: (c) => formatDate(c.row.original.nextDeadline),
      },
      {
        id: 'effectiveDate',
        header: t('changeNotices.col.effective'),
        size: 120,
        cell: (c) => formatDate(c.row.original.effectiveDate),
      },
    ],
    [t],
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.changeNotices')}
        description={list ? t('changeNotices.count', { count: list.length }) : ' '}
        actions={
          <>
            <Button component={Link} to={paths.changeNotices.letter} variant="default" leftSection={<IconTemplate size={16} />}>
              {t('changeNotices.toLetter')}
            </Button>
            <Button onClick={() => void navigate(paths.changeNotices.new)} leftSection={<IconMailPlus size={16} />}>
              {t('changeNotices.new')}
            </Button>
          </>
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('changeNotices.intro')}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="change-notice-filter">
          {t('changeNotices.filter')}
        </Text>
        <SegmentedControl
          role="radiogroup"
          aria-labelledby="change-notice-filter"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={(['open', 'all'] as const).map((f) => ({ value: f, label: t(`changeNotices.filter.${f}`) }))}
          w="fit-content"
        />
      </Stack>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {list === undefined ? (
        !error && (
          <Center p="xl">
            <Loader />
          </Center>
        )
      ) : (
        <DataTable<ChangeNoticeSummary>
          rows={list}
          columns={columns}
          getRowId={(n) => String(n.id)}
          rowLabel={(n) => changeLine(t, n)}
          onRowClick={(n) => void navigate(paths.changeNotices.one(n.id))}
          label={t('area.changeNotices')}
          resetKey={filter}
          emptyText={filter === 'open' ? t('changeNotices.empty') : t('changeNotices.emptyAll')}
          wrap
        />
      )}
    </Stack>
  );
}
