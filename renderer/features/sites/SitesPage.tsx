import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EquipmentSortField, EquipmentSummary } from '../../../shared/contract';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, type EquipmentStatus, type EquipmentType } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { useLang } from '../../ui/lang';
import { PageHeader } from '../../ui/PageHeader';
import { usePagedRows } from '../../ui/usePagedRows';
import { deviceColumns, deviceName, EquipmentStatusBadge, TypeIcon } from './equipment-ui';

interface Filters {
  query: string;
  type: EquipmentType | null;
  status: EquipmentStatus | null;
  sorting: SortingState;
}

const DEFAULT_FILTERS: Filters = { query: '', type: null, status: null, sorting: [{ id: 'placement', desc: false }] };
// Remembered per register while the app runs, so going back from a device keeps the list as it was.
let remembered: { path: string; filters: Filters } | null = null;

/** #/kundplatser: every device at every customer, searchable as you type (20,000 in the reference register). */
export function SitesPage() {
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
  // No debounce: a search over 20,000 devices answers in milliseconds, and answers to older
  // keystrokes are dropped by usePagedRows, so every keystroke shows its result at once.
  const query = filters.query;

  const sort = (filters.sorting[0]?.id ?? 'placement') as EquipmentSortField;
  const direction = filters.sorting[0]?.desc ? 'desc' : 'asc';
  const key = JSON.stringify([query, filters.type, filters.status, sort, direction]);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('equipment.list', {
        query,
        ...(filters.type ? { type: filters.type } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        sort,
        direction,
        offset,
        limit,
      }),
    [query, filters.type, filters.status, sort, direction],
  );
  const rows = usePagedRows<EquipmentSummary>(fetchPage, key);

  const columns = useMemo<ColumnDef<EquipmentSummary, unknown>[]>(
    () => [
      {
        id: 'hostname',
        header: t('cmdb.device'),
        size: 180,
        cell: (c) => (
          <Group gap={8} wrap="nowrap">
            <TypeIcon type={c.row.original.type} />
            <Text size="sm" fw={500} truncate>
              {deviceName(c.row.original, lang)}
            </Text>
          </Group>
        ),
      },
      ...deviceColumns(t, lang),
      {
        id: 'placement',
        header: t('cmdb.customer'),
        size: 200,
        cell: (c) => (
          <Text size="sm" truncate>
            {c.row.original.customerName}
          </Text>
        ),
      },
      {
        id: 'site',
        header: t('cmdb.site'),
        size: 150,
        enableSorting: false,
        cell: (c) =>
          c.row.original.siteName ? (
            <Text size="sm" truncate>
              {c.row.original.siteName}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('cmdb.noSite')}
            </Text>
          ),
      },
      { id: 'status', header: t('cmdb.status'), size: 125, cell: (c) => <EquipmentStatusBadge status={c.row.original.status} /> },
    ],
    [t, lang],
  );

  const filtered = query !== '' || filters.type !== null || filters.status !== null;
  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.sites')}
        description={
          <>
            <span id="cmdb-count" aria-live="polite">
              {rows.total === undefined
                ? ' '
                : rows.totalIsCapped
                  ? t('cmdb.countCapped', { count: rows.total })
                  : t('cmdb.count', { count: rows.total })}
            </span>
            {rows.total !== undefined && !rows.totalIsCapped && ` · ${t('cmdb.intro')}`}
          </>
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('cmdb.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filters.query}
          onChange={(e) => setFilters({ query: e.currentTarget.value })}
          w={320}
          type="search"
        />
        <NativeSelect
          label={t('cmdb.type')}
          data={[
            { value: '', label: t('cmdb.allTypes') },
            ...EQUIPMENT_TYPES.map((type) => ({ value: type, label: enumLabel('equipmentType', type, lang) })),
          ]}
          value={filters.type ?? ''}
          onChange={(e) => setFilters({ type: (e.currentTarget.value || null) as EquipmentType | null })}
          w={220}
        />
        <NativeSelect
          label={t('cmdb.status')}
          data={[
            { value: '', label: t('cmdb.allStatuses') },
            ...EQUIPMENT_STATUSES.map((status) => ({ value: status, label: enumLabel('equipmentStatus', status, lang) })),
          ]}
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ status: (e.currentTarget.value || null) as EquipmentStatus | null })}
          w={170}
        />
      </Group>
      <ErrorLine message={rows.error ? t(errorKey(rows.error)) : null} />
      <DataTable<EquipmentSummary>
        label={t('area.sites')}
        resetKey={key}
        columns={columns}
        total={rows.total}
        rowAt={rows.rowAt}
        onRangeChange={rows.ensureRange}
        getRowId={(d) => String(d.id)}
        rowLabel={(d) => `${deviceName(d, lang)} ${d.serialNumber}`.trim()}
        sorting={filters.sorting}
        onSortingChange={(sorting) => setFilters({ sorting })}
        onRowClick={(d) => void navigate(paths.equipment.one(d.id))}
        emptyText={filtered ? t('cmdb.noMatch') : t('cmdb.empty')}
      />
    </Stack>
  );
}
