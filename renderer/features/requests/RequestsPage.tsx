import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DSR_RIGHTS, OUR_ROLES, REQUEST_LIST_FILTERS, type DsrRequestSummary, type DsrRight, type OurRole } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { NameCell } from '../../ui/cells';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { usePagedRows } from '../../ui/usePagedRows';
import { DeadlineCell, requestTitle, StatusBadge } from './request-ui';
import { RequestsArea } from './RequestsArea';

type Filter = (typeof REQUEST_LIST_FILTERS)[number];

interface Filters {
  filter: Filter;
  search: string;
  right: DsrRight | null;
  ourRole: OurRole | null;
}

const DEFAULT_FILTERS: Filters = { filter: 'open', search: '', right: null, ourRole: null };
// Remembered per register while the app runs, so that going back from a request shows the list as it was.
let remembered: { path: string; filters: Filters } | null = null;

/** "Begäranden": the requests register, open ones soonest deadline first (the core's order). */
export function RequestsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const path = useAppState().register?.path ?? '';
  const [filters, setFiltersState] = useState<Filters>(() => (remembered?.path === path ? remembered.filters : DEFAULT_FILTERS));
  const setFilters = (patch: Partial<Filters>) =>
    setFiltersState((f) => {
      const next = { ...f, ...patch };
      remembered = { path, filters: next };
      return next;
    });
  const [search] = useDebouncedValue(filters.search, 150);

  const key = JSON.stringify([filters.filter, search, filters.right, filters.ourRole]);
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await call('requests.list', {
        filter: filters.filter,
        search,
        ...(filters.right ? { right: filters.right } : {}),
        ...(filters.ourRole ? { ourRole: filters.ourRole } : {}),
        offset,
        limit,
      });
      return { total: page.total, items: page.rows };
    },
    [filters.filter, search, filters.right, filters.ourRole],
  );
  const rows = usePagedRows<DsrRequestSummary>(fetchPage, key, { reloadOn: ['requests', 'customers'] });

  const columns = useMemo<ColumnDef<DsrRequestSummary, unknown>[]>(
    () => [
      {
        id: 'received',
        header: t('requests.col.received'),
        size: 110,
        cell: (c) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {formatDate(c.row.original.receivedOn)}
          </Text>
        ),
      },
      {
        id: 'right',
        header: t('requests.col.right'),
        size: 215,
        cell: (c) => <Text size="sm">{enumLabel('dsrRight', c.row.original.right, lang)}</Text>,
      },
      {
        id: 'requester',
        header: t('requests.col.requester'),
        size: 170,
        cell: (c) => <NameCell name={c.row.original.requesterName} />,
      },
      {
        id: 'role',
        header: t('requests.col.role'),
        size: 160,
        cell: ({ row: { original: r } }) =>
          r.ourRole === 'processor' && r.customer ? (
            <NameCell name={r.customer.name} detail={t('requests.role.processor')} />
          ) : (
            <Text size="sm">{t(`requests.role.${r.ourRole}`)}</Text>
          ),
      },
      {
        id: 'status',
        header: t('requests.col.status'),
        size: 150,
        cell: (c) => <StatusBadge status={c.row.original.status} lang={lang} />,
      },
      {
        id: 'deadline',
        header: t('requests.col.deadline'),
        size: 255,
        cell: (c) => <DeadlineCell request={c.row.original} />,
      },
    ],
    [t, lang],
  );

  const narrowed = search !== '' || filters.right !== null || filters.ourRole !== null;
  return (
    <Stack gap="sm">
      <RequestsArea
        active="requests"
        actions={
          <Button onClick={() => void navigate(paths.requests.new)} leftSection={<IconPlus size={16} />}>
            {t('requests.new')}
          </Button>
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="request-filter">
            {t('requests.filter')}
          </Text>
          <SegmentedControl
            role="radiogroup"
            aria-labelledby="request-filter"
            value={filters.filter}
            onChange={(v) => setFilters({ filter: v as Filter })}
            data={REQUEST_LIST_FILTERS.map((f) => ({ value: f, label: t(`requests.filter.${f}`) }))}
          />
        </Stack>
        <TextInput
          label={t('common.search')}
          placeholder={t('requests.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filters.search}
          onChange={(e) => setFilters({ search: e.currentTarget.value })}
          w={190}
          type="search"
        />
        <Select
          label={t('requests.rightFilter')}
          value={filters.right ?? ''}
          onChange={(v) => setFilters({ right: v ? (v as DsrRight) : null })}
          data={[
            { value: '', label: t('requests.anyRight') },
            ...DSR_RIGHTS.map((r) => ({ value: r, label: enumLabel('dsrRight', r, lang) })),
          ]}
          allowDeselect={false}
          w={190}
          comboboxProps={{ width: 320, position: 'bottom-start' }}
        />
        <Select
          label={t('requests.roleFilter')}
          value={filters.ourRole ?? ''}
          onChange={(v) => setFilters({ ourRole: v ? (v as OurRole) : null })}
          data={[{ value: '', label: t('requests.anyRole') }, ...OUR_ROLES.map((r) => ({ value: r, label: t(`requests.role.${r}`) }))]}
          allowDeselect={false}
          w={165}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {rows.total === undefined ? ' ' : t('requests.count', { count: rows.total })}
      </Text>
      <ErrorLine message={rows.error ? t(errorKey(rows.error)) : null} />
      <DataTable<DsrRequestSummary>
        label={t('requests.area.requests')}
        resetKey={key}
        columns={columns}
        total={rows.total}
        rowAt={rows.rowAt}
        onRangeChange={rows.ensureRange}
        getRowId={(r) => String(r.id)}
        rowLabel={(r) => requestTitle(t, lang, r)}
        sorting={[]}
        onSortingChange={() => undefined}
        onRowClick={(r) => void navigate(paths.requests.one(r.id))}
        emptyText={narrowed || filters.filter !== 'open' ? t('requests.noMatch') : t('requests.empty')}
        height="calc(100vh - 330px)"
        wrap
      />
    </Stack>
  );
}
