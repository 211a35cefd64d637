import { Badge, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BREACH_LIST_FILTERS, type BreachSummary } from '../../../../shared/contract/breaches';
import { OUR_ROLES, type OurRole } from '../../../../shared/domain/enums';
import { enumLabel } from '../../../../shared/domain/labels';
import { call, errorKey } from '../../../app/api';
import { paths } from '../../../app/paths';
import { useAppState } from '../../../app/state';
import { NameCell } from '../../../ui/cells';
import { DataTable } from '../../../ui/DataTable';
import { ErrorLine } from '../../../ui/FormBits';
import { useLang } from '../../../ui/lang';
import { usePagedRows } from '../../../ui/usePagedRows';
import { RequestsArea } from '../RequestsArea';
import { ClockCell } from './breach-ui';
import { formatStockholm } from './time';

type Filter = (typeof BREACH_LIST_FILTERS)[number];
interface Filters {
  filter: Filter;
  role: 'all' | OurRole;
  query: string;
}
const DEFAULT_FILTERS: Filters = { filter: 'open', role: 'all', query: '' };
// Remembered per register while the app runs, so going back from a breach keeps the list as it was.
let remembered: { path: string; filters: Filters } | null = null;

/** "Incidenter": the Art. 33(5) log, open breaches first with the nearest clock first (the core's order). */
export function BreachesPage() {
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
  const [query] = useDebouncedValue(filters.query, 150);
  const [counts, setCounts] = useState<{ open: number; imyOverdue: number; customersToNotify: number } | null>(null);

  const key = JSON.stringify([filters.filter, filters.role, query]);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('breaches.list', {
        filter: filters.filter,
        search: query,
        ...(filters.role === 'all' ? {} : { ourRole: filters.role }),
        offset,
        limit,
      }).then((r) => {
        setCounts(r.counts);
        return { total: r.total, items: r.rows };
      }),
    [filters.filter, filters.role, query],
  );
  const rows = usePagedRows<BreachSummary>(fetchPage, key, { reloadOn: ['breaches', 'customers', 'sites', 'equipment', 'services'] });

  const columns = useMemo<ColumnDef<BreachSummary, unknown>[]>(
    () => [
      {
        id: 'title',
        header: t('breaches.col.title'),
        size: 270,
        cell: ({ row: { original: b } }) => (
          <NameCell
            name={b.title}
            detail={b.closedOn ? t('breaches.closedOnLine', { date: b.closedOn }) : enumLabel('breachCause', b.cause, lang)}
          />
        ),
      },
      { id: 'discovered', header: t('breaches.col.discovered'), size: 135, cell: (c) => formatStockholm(c.row.original.discoveredAt) },
      { id: 'role', header: t('breaches.col.role'), size: 95, cell: (c) => t(`breaches.roleShort.${c.row.original.ourRole}`) },
      {
        id: 'risk',
        header: t('breaches.col.risk'),
        size: 100,
        cell: (c) => <RiskBadge risk={c.row.original.risk} />,
      },
      { id: 'imy', header: t('breaches.col.imy'), size: 180, cell: (c) => <ClockCell breach={c.row.original} /> },
      {
        id: 'customers',
        header: t('breaches.col.customers'),
        size: 160,
        cell: ({ row: { original: b } }) =>
          b.ourRole === 'processor' ? (
            <Stack gap={2} align="flex-start">
              <Text size="sm">{t('breaches.customersNotified', { notified: b.customersNotified, affected: b.customersAffected })}</Text>
              {b.customersNotified < b.customersAffected && (
                <Badge size="sm" variant="light" color="orange" style={{ textTransform: 'none' }}>
                  {t('breaches.customersToNotify', { count: b.customersAffected - b.customersNotified })}
                </Badge>
              )}
            </Stack>
          ) : null,
      },
    ],
    [t, lang],
  );

  const description =
    rows.total === undefined
      ? ' '
      : [
          t('breaches.count', { count: rows.total }),
          ...(counts && counts.imyOverdue > 0 ? [t('breaches.countImyOverdue', { count: counts.imyOverdue })] : []),
          ...(counts && counts.customersToNotify > 0 ? [t('breaches.countCustomersToNotify', { count: counts.customersToNotify })] : []),
        ].join(' · ');

  return (
    <Stack gap="sm">
      <RequestsArea
        active="breaches"
        actions={
          <Button onClick={() => void navigate(paths.breaches.new)} leftSection={<IconPlus size={16} />}>
            {t('breaches.new')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('breaches.intro')}
      </Text>
      <Text size="sm" fw={500} data-testid="breach-counts">
        {description}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('breaches.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filters.query}
          onChange={(e) => setFilters({ query: e.currentTarget.value })}
          w={300}
          type="search"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="breach-filter">
            {t('breaches.filter')}
          </Text>
          <SegmentedControl
            role="radiogroup"
            aria-labelledby="breach-filter"
            value={filters.filter}
            onChange={(v) => setFilters({ filter: v as Filter })}
            data={BREACH_LIST_FILTERS.map((f) => ({ value: f, label: t(`breaches.filter.${f}`) }))}
          />
        </Stack>
        <Select
          label={t('breaches.roleFilter')}
          value={filters.role}
          onChange={(v) => setFilters({ role: (v ?? 'all') as Filters['role'] })}
          data={[
            { value: 'all', label: t('breaches.roleFilter.all') },
            ...OUR_ROLES.map((r) => ({ value: r, label: t(`breaches.role.${r}`) })),
          ]}
          allowDeselect={false}
          w={230}
        />
      </Group>
      <ErrorLine message={rows.error ? t(errorKey(rows.error)) : null} />
      <DataTable<BreachSummary>
        label={t('breaches.title')}
        resetKey={key}
        columns={columns.map((c) => ({ ...c, enableSorting: false }))}
        total={rows.total}
        rowAt={rows.rowAt}
        onRangeChange={rows.ensureRange}
        sorting={[]}
        onSortingChange={() => undefined}
        getRowId={(b) => String(b.id)}
        rowLabel={(b) => b.title}
        onRowClick={(b) => void navigate(paths.breaches.one(b.id))}
        emptyText={query || filters.role !== 'all' ? t('breaches.noMatch') : t(`breaches.empty.${filters.filter}`)}
        rowHeight={58}
        wrap
      />
    </Stack>
  );
}

/** The risk assessment in a word; unassessed says so. */
export function RiskBadge({ risk }: { risk: BreachSummary['risk'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const color = risk === 'high_risk' ? 'red' : risk === 'risk' ? 'orange' : risk === 'no_risk' ? 'gray' : 'yellow';
  return (
    <Badge size="sm" variant="light" color={color} style={{ textTransform: 'none' }}>
      {risk === null ? t('breaches.riskNotAssessed') : enumLabel('breachRisk', risk, lang)}
    </Badge>
  );
}
