import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFiles, IconSearch, IconTemplate } from '@tabler/icons-react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AGREEMENT_LIST_FILTERS, type AgreementSummary } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { fold } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { PageHeader } from '../../ui/PageHeader';
import { useCall } from '../../ui/useCall';
import { useTask } from '../../ui/useTask';
import { ChangeFlags, useChangeFlags } from '../change-notices/NoticeSections';
import { AgreementStatusBadge } from './AgreementBadges';
import { BatchModal, type BatchInput } from './BatchModal';
import { failureLine } from './failure';
import { localDate } from './format';

type StatusFilter = (typeof AGREEMENT_LIST_FILTERS)[number];

interface Filters {
  query: string;
  status: StatusFilter;
  sorting: SortingState;
}

const DEFAULT_FILTERS: Filters = { query: '', status: 'all', sorting: [{ id: 'customerName', desc: false }] };
// Remembered per register while the app runs, so going back from an agreement keeps the list as it was.
let remembered: { path: string; filters: Filters } | null = null;

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

/** Sorting by a column; empty dates last. Ties: customer, then newest version first. */
function compare(a: AgreementSummary, b: AgreementSummary, by: string): number {
  const date = (x: string | null, y: string | null) => (x ?? '9999').localeCompare(y ?? '9999');
  let c = 0;
  if (by === 'status') c = a.status.localeCompare(b.status);
  else if (by === 'generatedAt') c = a.generatedAt.localeCompare(b.generatedAt);
  else if (by === 'sentOn') c = date(a.sentOn, b.sentOn);
  else if (by === 'signedOn') c = date(a.signedOn, b.signedOn);
  else if (by === 'reference') c = collator.compare(a.reference, b.reference);
  return c || collator.compare(a.customerName, b.customerName) || b.version - a.version;
}

/** PUB-avtal: every version of every customer's agreement, with filters and batch generation. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, appInfo } = useAppState();
  const path = register?.path ?? '';
  const [filters, setFiltersState] = useState<Filters>(() => (remembered?.path === path ? remembered.filters : DEFAULT_FILTERS));
  const setFilters = (patch: Partial<Filters>) =>
    setFiltersState((f) => {
      const next = { ...f, ...patch };
      remembered = { path, filters: next };
      return next;
    });
  const [query] = useDebouncedValue(filters.query, 150);
  // Any change can put a version out of date, and a batch (even a cancelled one) adds versions.
  const { data: list, error } = useCall('agreements.list', { status: filters.status }, { keepPrevious: true });
  const [batchOpen, setBatchOpen] = useState(false);
  const task = useTask();
  const flags = useChangeFlags();

  const sortBy = filters.sorting[0]?.id ?? 'customerName';
  const desc = filters.sorting[0]?.desc ?? false;
  const rows = useMemo(() => {
    const needle = fold(query.trim());
    const found = (list ?? []).filter((a) => !needle || fold(a.customerName).includes(needle) || fold(a.reference).includes(needle));
    const sorted = [...found].sort((a, b) => compare(a, b, sortBy));
    return desc ? sorted.reverse() : sorted;
  }, [list, query, sortBy, desc]);
  const rowAt = useCallback((i: number) => rows[i], [rows]);
  const noop = useCallback(() => undefined, []);

  const columns = useMemo<ColumnDef<AgreementSummary, unknown>[]>(
    () => [
      {
        id: 'customerName',
        header: t('agreements.col.customer'),
        accessorKey: 'customerName',
        size: 210,
        cell: (c) => (
          <Text size="sm" fw={500} truncate>
            {c.row.original.customerName}
          </Text>
        ),
      },
      { id: 'reference', header: t('agreements.reference'), accessorKey: 'reference', size: 120 },
      { id: 'version', header: t('agreements.col.version'), accessorKey: 'version', size: 90, enableSorting: false },
      {
        id: 'lang',
        header: t('agreements.col.language'),
        size: 100,
        enableSorting: false,
        cell: (c) => t(`agreements.lang.${c.row.original.lang}`),
      },
      {
        id: 'status',
        header: t('field.status'),
        accessorKey: 'status',
        size: 175,
        cell: ({ row: { original: a } }) => (
          <Group gap={4} wrap="nowrap">
            <AgreementStatusBadge status={a.status} outOfDate={a.outOfDate} />
            {a.status !== 'superseded' && a.status !== 'terminated' && <ChangeFlags flags={flags.get(a.customerId)} compact />}
          </Group>
        ),
      },
      {
        id: 'generatedAt',
        header: t('agreements.col.generated'),
        accessorKey: 'generatedAt',
        size: 140,
        cell: (c) => localDate(c.row.original.generatedAt),
      },
      { id: 'sentOn', header: t('agreements.col.sent'), accessorKey: 'sentOn', size: 120, cell: (c) => formatDate(c.row.original.sentOn) },
      {
        id: 'signedOn',
        header: t('agreements.col.signed'),
        accessorKey: 'signedOn',
        size: 130,
        cell: (c) => formatDate(c.row.original.signedOn),
      },
      {
        id: 'copy',
        header: t('agreements.col.copy'),
        size: 75,
        enableSorting: false,
        cell: (c) => (c.row.original.attachmentCount > 0 ? t('agreements.hasCopy') : ''),
      },
    ],
    [t, flags],
  );

  async function runBatch(input: BatchInput) {
    setBatchOpen(false);
    try {
      const result = await task.run(t('agreements.batch.running'), () => call('agreements.batch', input));
      if (!result) return; // the folder dialog was cancelled
      const reveal = appInfo?.nativeDialogs === true;
      if (result.cancelled) {
        notifySaved(t, {
          title: t('agreements.batch.cancelledTitle'),
          summary: t('agreements.batch.cancelled', { generated: result.generated, total: result.total }),
          path: result.folder,
          label: t('agreements.batch.folder'),
          reveal: reveal && result.generated > 0,
          color: 'orange',
        });
      } else {
        notifySaved(t, {
          title: t('agreements.batch.done', { count: result.generated }),
          path: result.folder,
          label: t('agreements.batch.folder'),
          reveal,
        });
      }
    } catch (e) {
      if (isApiError(e, 'CANCELLED')) notifySuccess(t('e.CANCELLED'));
      else notifications.show({ color: 'red', title: t('common.error'), message: failureLine(t, e), autoClose: 8000 });
    }
  }

  const searching = query.trim() !== '' || filters.status !== 'all';
  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.agreements')}
        description={list ? t('agreements.count', { count: rows.length }) : ' '}
        actions={
          <>
            <Button component={Link} to={paths.agreements.template} variant="default" leftSection={<IconTemplate size={16} />}>
              {t('agreements.toTemplate')}
            </Button>
            <Button leftSection={<IconFiles size={16} />} onClick={() => setBatchOpen(true)} disabled={task.running}>
              {t('agreements.batch')}
            </Button>
          </>
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('agreements.intro')}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('agreements.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filters.query}
          onChange={(e) => setFilters({ query: e.currentTarget.value })}
          w={280}
          type="search"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="agreement-status-filter">
            {t('agreements.filter')}
          </Text>
          <SegmentedControl
            role="radiogroup"
            aria-labelledby="agreement-status-filter"
            value={filters.status}
            onChange={(v) => setFilters({ status: v as StatusFilter })}
            data={AGREEMENT_LIST_FILTERS.map((s) => ({ value: s, label: t(`agreements.filter.${s}`) }))}
          />
        </Stack>
      </Group>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      <DataTable<AgreementSummary>
        label={t('area.agreements')}
        resetKey={`${filters.status}|${query}|${sortBy}|${desc}`}
        columns={columns}
        total={list ? rows.length : undefined}
        rowAt={rowAt}
        onRangeChange={noop}
        getRowId={(a) => String(a.id)}
        rowLabel={(a) => `${a.customerName}, ${t('agreements.versionN', { version: a.version })}`}
        sorting={filters.sorting}
        onSortingChange={(sorting) => setFilters({ sorting })}
        onRowClick={(a) => void navigate(paths.agreements.one(a.id))}
        emptyText={searching ? t('agreements.noMatch') : t('agreements.empty')}
        height="calc(100vh - 300px)"
      />
      {batchOpen && <BatchModal onClose={() => setBatchOpen(false)} onStart={(input) => void runBatch(input)} />}
      {task.modal}
    </Stack>
  );
}
