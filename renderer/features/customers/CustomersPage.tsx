import { Button, Group, Radio, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  CUSTOMER_AGREEMENT_STATUSES,
  type CUSTOMER_SORT_FIELDS,
  type CustomerAgreementStatus,
  type CustomerSummary,
} from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { maskIdentity } from '../../../shared/orgnr';
import { formatDate, formatOrgNr } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedRows } from '../../ui/usePagedRows';
import { AgreementBadge, StatusBadges, useSentAgreementDays } from './StatusBadges';

type StatusFilter = 'all' | 'active' | 'ended';
type SortField = (typeof CUSTOMER_SORT_FIELDS)[number];

interface Filters {
  query: string;
  status: StatusFilter;
  includeArchived: boolean;
  agreementStatus: 'all' | CustomerAgreementStatus;
  sorting: SortingState;
}

const DEFAULT_FILTERS: Filters = {
  query: '',
  status: 'all',
  includeArchived: false,
  agreementStatus: 'all',
  sorting: [{ id: 'name', desc: false }],
};
// Remembered per register while the app runs, so going back from a customer keeps the list as it was.
let remembered: { path: string; filters: Filters } | null = null;

export function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const path = useAppState().register?.path ?? '';
  const [filters, setFiltersState] = useState<Filters>(() => (remembered?.path === path ? remembered.filters : DEFAULT_FILTERS));
  const setFilters = (patch: Partial<Filters>) =>
    setFiltersState((f) => {
      const next = { ...f, ...patch };
      remembered = { path, filters: next };
      return next;
    });
  const [query] = useDebouncedValue(filters.query, 150);

  const sort = (filters.sorting[0]?.id ?? 'name') as SortField;
  const direction = filters.sorting[0]?.desc ? 'desc' : 'asc';
  const key = JSON.stringify([query, filters.status, filters.includeArchived, filters.agreementStatus, sort, direction]);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('customers.list', {
        query,
        status: filters.status,
        includeArchived: filters.includeArchived,
        agreementStatus: filters.agreementStatus,
        sort,
        direction,
        offset,
        limit,
      }),
    [query, filters.status, filters.includeArchived, filters.agreementStatus, sort, direction],
  );
  const rows = usePagedRows<CustomerSummary>(fetchPage, key);
  const overdueDays = useSentAgreementDays();

  const columns = useMemo<ColumnDef<CustomerSummary, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('field.name'),
        accessorKey: 'name',
        size: 260,
        cell: (c) => (
          <Text size="sm" fw={500} truncate>
            {c.row.original.name}
          </Text>
        ),
      },
      {
        id: 'orgNr',
        header: t('field.orgNr'),
        accessorKey: 'orgNr',
        size: 215,
        // A sole trader's number is a personnummer: the list needs no more than the birth date.
        cell: (c) => maskIdentity(formatOrgNr(c.row.original.orgNr), c.row.original.legalForm),
      },
      { id: 'city', header: t('field.city'), accessorKey: 'city', size: 130 },
      { id: 'primaryContact', header: t('customers.contact'), accessorKey: 'primaryContact', enableSorting: false, size: 170 },
      {
        id: 'status',
        header: t('field.status'),
        accessorKey: 'status',
        size: 120,
        cell: (c) => <StatusBadges status={c.row.original.status} archived={c.row.original.archivedAt !== null} />,
      },
      {
        id: 'contractEnd',
        header: t('customers.contractEndShort'),
        accessorKey: 'contractEnd',
        size: 145,
        cell: (c) => formatDate(c.row.original.contractEnd),
      },
      {
        id: 'agreement',
        header: t('agreements.customer.column'),
        enableSorting: false,
        size: 130,
        cell: (c) => <AgreementBadge agreement={c.row.original.agreement} days={overdueDays} />,
      },
    ],
    [t, overdueDays],
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.customers')}
        description={
          rows.total === undefined
            ? ' '
            : rows.totalIsCapped
              ? t('customers.countCapped', { count: rows.total })
              : t('customers.count', { count: rows.total })
        }
        actions={
          <Button onClick={() => void navigate(paths.customers.new)} leftSection={<IconPlus size={16} />}>
            {t('customers.new')}
          </Button>
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('customers.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filters.query}
          onChange={(e) => setFilters({ query: e.currentTarget.value })}
          w={320}
          type="search"
        />
        <Radio.Group label={t('field.status')} value={filters.status} onChange={(v) => setFilters({ status: v as StatusFilter })}>
          <Group gap="md" h={36}>
            <Radio value="all" label={t('customers.filterAll')} />
            <Radio value="active" label={t('customers.filterActive')} />
            <Radio value="ended" label={t('customers.filterEnded')} />
          </Group>
        </Radio.Group>
        <Switch
          label={t('customers.showArchived')}
          checked={filters.includeArchived}
          onChange={(e) => setFilters({ includeArchived: e.currentTarget.checked })}
          mb={8}
        />
        <Select
          label={t('agreements.customer.filter')}
          value={filters.agreementStatus}
          onChange={(v) => setFilters({ agreementStatus: (v ?? 'all') as Filters['agreementStatus'] })}
          data={(['all', ...CUSTOMER_AGREEMENT_STATUSES] as const).map((s) => ({
            value: s,
            label: t(`agreements.customer.filter${s.charAt(0).toUpperCase()}${s.slice(1)}`, { days: overdueDays }),
          }))}
          allowDeselect={false}
          w={230}
        />
      </Group>
      <ErrorLine message={rows.error ? t(errorKey(rows.error)) : null} />
      <DataTable<CustomerSummary>
        label={t('area.customers')}
        resetKey={key}
        columns={columns}
        total={rows.total}
        rowAt={rows.rowAt}
        onRangeChange={rows.ensureRange}
        getRowId={(c) => String(c.id)}
        rowLabel={(c) => c.name}
        sorting={filters.sorting}
        onSortingChange={(sorting) => setFilters({ sorting })}
        onRowClick={(c) => void navigate(paths.customers.one(c.id))}
        emptyText={query || filters.status !== 'all' || filters.agreementStatus !== 'all' ? t('customers.noMatch') : t('customers.empty')}
      />
    </Stack>
  );
}
