import { Badge, Button, Center, Group, Loader, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { ColumnDef, Row as TableRow, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodOutput } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { CompletenessBadge } from '../../ui/Completeness';
import { useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';

/** Badge colour per activity status. */
export const STATUS_COLOR: Record<'draft' | 'active' | 'archived', string> = { draft: 'gray', active: 'teal', archived: 'orange' };

type ListOutput = MethodOutput<'activities.list'>;
type Row = ListOutput['items'][number];

interface Filters {
  query: string;
  includeArchived: boolean;
  sorting: SortingState;
}

const DEFAULT_FILTERS: Filters = { query: '', includeArchived: false, sorting: [{ id: 'refNo', desc: false }] };
// Remembered per register while the app runs, so going back from an activity keeps the list as it was.
let remembered: { path: string; filters: Filters } | null = null;

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

function compare(a: Row, b: Row, by: string): number {
  switch (by) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'owner':
      return collator.compare(a.owner, b.owner);
    case 'nextReviewAt':
      return (a.nextReviewAt ?? '9999').localeCompare(b.nextReviewAt ?? '9999');
    case 'status':
      return a.status.localeCompare(b.status);
    case 'purposeCount':
      return a.purposeCount - b.purposeCount;
    default:
      // Activities without a reference number come last, by name.
      if (!a.refNo !== !b.refNo) return a.refNo ? -1 : 1;
      return collator.compare(a.refNo, b.refNo) || collator.compare(a.name, b.name);
  }
}

/** The column's order: the list's own comparison (reference numbers first and numeric, no review date last). */
const sortBy =
  (by: string) =>
  (a: TableRow<Row>, b: TableRow<Row>): number =>
    compare(a.original, b.original, by);

/** Behandlingar: the register of processing activities (Art. 30(1)), with completeness per row. */
export function ActivitiesPage() {
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
  const { data, error } = useCall('activities.list', { query, includeArchived: filters.includeArchived }, { keepPrevious: true });

  const columns = useMemo<ColumnDef<Row, unknown>[]>(
    () => [
      { id: 'refNo', header: t('activities.refNoShort'), accessorKey: 'refNo', sortingFn: sortBy('refNo'), size: 80 },
      {
        id: 'name',
        header: t('activities.name'),
        accessorKey: 'name',
        sortingFn: sortBy('name'),
        size: 250,
        cell: (c) => (
          <Text size="sm" fw={500} truncate>
            {c.row.original.name}
          </Text>
        ),
      },
      {
        id: 'legalBases',
        header: t('activities.legalBases'),
        enableSorting: false,
        size: 190,
        cell: (c) => (
          <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
            {c.row.original.legalBases.slice(0, 1).map((basis) => (
              <Tooltip key={basis} label={enumLabel('legalBasis', basis, lang)} withinPortal>
                <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none', flexShrink: 1, minWidth: 0 }}>
                  {t(`activities.basisShort.${basis}`)}
                </Badge>
              </Tooltip>
            ))}
            {c.row.original.legalBases.length > 1 && (
              <Tooltip
                label={c.row.original.legalBases
                  .slice(1)
                  .map((b) => enumLabel('legalBasis', b, lang))
                  .join(' · ')}
                withinPortal
              >
                <Badge
                  variant="light"
                  color="gray"
                  size="sm"
                  style={{ textTransform: 'none', flexShrink: 0 }}
                  aria-label={c.row.original.legalBases
                    .slice(1)
                    .map((b) => t(`activities.basisShort.${b}`))
                    .join(', ')}
                >
                  +{c.row.original.legalBases.length - 1}
                </Badge>
              </Tooltip>
            )}
          </Group>
        ),
      },
      {
        id: 'purposeCount',
        header: t('activities.purposesShort'),
        accessorKey: 'purposeCount',
        sortingFn: sortBy('purposeCount'),
        size: 85,
      },
      { id: 'owner', header: t('activities.owner'), accessorKey: 'owner', sortingFn: sortBy('owner'), size: 140 },
      {
        id: 'nextReviewAt',
        header: t('activities.nextReviewShort'),
        accessorKey: 'nextReviewAt',
        sortingFn: sortBy('nextReviewAt'),
        size: 120,
        cell: (c) => {
          const date = c.row.original.nextReviewAt;
          const overdue = date !== null && date < new Date().toISOString().slice(0, 10);
          return (
            <Text
              size="sm"
              c={overdue ? 'red.7' : undefined}
              fw={overdue ? 600 : undefined}
              title={overdue ? t('activities.reviewOverdue') : undefined}
            >
              {formatDate(date)}
            </Text>
          );
        },
      },
      {
        id: 'status',
        header: t('field.status'),
        accessorKey: 'status',
        sortingFn: sortBy('status'),
        size: 100,
        cell: (c) => (
          <Badge variant="light" color={STATUS_COLOR[c.row.original.status]} size="sm">
            {enumLabel('activityStatus', c.row.original.status, lang)}
          </Badge>
        ),
      },
      {
        id: 'completeness',
        header: t('completeness.title'),
        size: 150,
        cell: (c) => <CompletenessBadge completeness={c.row.original.completeness} />,
      },
    ],
    [t, lang],
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.activities')}
        description={
          data ? (
            <Group gap="xs" component="span">
              <span>{t('activities.count', { count: data.items.length })}</span>
              {/* The register's one figure, as on the overview (activities and services, computed by the core). */}
              <Tooltip multiline w={300} label={t('completeness.registerHelp')}>
                <Badge
                  variant="light"
                  color={data.registerScore === null ? 'gray' : data.registerScore === 100 ? 'teal' : 'orange'}
                  style={{ textTransform: 'none' }}
                  data-testid="register-score"
                >
                  {data.registerScore === null
                    ? t('completeness.registerNone')
                    : t('completeness.registerScore', { score: data.registerScore })}
                </Badge>
              </Tooltip>
            </Group>
          ) : (
            ' '
          )
        }
        actions={
          <Button onClick={() => void navigate(paths.activities.new)} leftSection={<IconPlus size={16} />}>
            {t('activities.new')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={820}>
        {t('activities.intro')}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('activities.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filters.query}
          onChange={(e) => setFilters({ query: e.currentTarget.value })}
          w={320}
          type="search"
        />
        <Switch
          label={t('activities.showArchived')}
          checked={filters.includeArchived}
          onChange={(e) => setFilters({ includeArchived: e.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {data ? (
        <DataTable<Row>
          label={t('area.activities')}
          rows={data.items}
          resetKey={`${query}|${String(filters.includeArchived)}`}
          columns={columns}
          getRowId={(a) => String(a.id)}
          rowLabel={(a) => a.name}
          initialSorting={filters.sorting}
          onSortingChange={(sorting) => setFilters({ sorting })}
          onRowClick={(a) => void navigate(paths.activities.one(a.id))}
          emptyText={query ? t('activities.noMatch') : t('activities.empty')}
          height="calc(100vh - 300px)"
        />
      ) : (
        !error && (
          <Center p="xl">
            <Loader />
          </Center>
        )
      )}
    </Stack>
  );
}
