import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendar, IconSearch } from '@tabler/icons-react';
import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProcessorEntry } from '../../../shared/contract';
import { countryName, enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import type { TFunction } from 'i18next';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate, formatOrgNr } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { fold, termLabel, todayIso, useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A row of the table: the entry plus its cells as text (for filtering and sorting). */
interface Row {
  entry: ProcessorEntry;
  categories: string;
  subprocessors: string;
  transfers: string;
  /** With the full names of the transfer tools, for the tooltip. */
  transfersLong: string;
  haystack: string;
}

function toRow(entry: ProcessorEntry, lang: Language, t: TFunction): Row {
  const categories = entry.processingCategories.map((c) => termLabel(c, lang)).join(', ');
  const subprocessors = entry.subprocessors.map((s) => s.name).join(', ');
  const transfers = entry.transfers
    .map((tr) => `${countryName(tr.country, lang)}, ${t(`processorRegister.mech.${tr.mechanism}`)}: ${tr.name}`)
    .join('; ');
  const transfersLong = entry.transfers
    .map((tr) => `${tr.name} – ${countryName(tr.country, lang)}: ${enumLabel('transferMechanism', tr.mechanism, lang)}`)
    .join('\n');
  const haystack = fold(
    [
      entry.customerName,
      entry.customerOrgNr,
      formatOrgNr(entry.customerOrgNr),
      entry.serviceName,
      categories,
      subprocessors,
      transfers,
      transfersLong,
    ].join(' '),
  );
  return { entry, categories, subprocessors, transfers, transfersLong, haystack };
}

type SortField = 'customer' | 'orgNr' | 'service' | 'startDate';

/** Biträdesregister: the Art. 30(2) register for every customer, derived from subscriptions on a date. */
export function ProcessorRegisterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [onDate, setOnDate] = useState(todayIso());
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 120);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'customer', desc: false }]);
  const dateValid = ISO_DATE.test(onDate);
  // An unfinished date keeps the last register on screen.
  const register = useCall('processorRegister.list', dateValid ? { onDate } : null, { keepPrevious: true });
  const entries = register.data?.entries;

  const allRows = useMemo(() => (entries ?? []).map((e) => toRow(e, lang, t)), [entries, lang, t]);
  const rows = useMemo(() => {
    const needle = fold(query.trim());
    const filtered = needle ? allRows.filter((r) => needle.split(/\s+/).every((w) => r.haystack.includes(w))) : [...allRows];
    const field = (sorting[0]?.id ?? 'customer') as SortField;
    const dir = sorting[0]?.desc ? -1 : 1;
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const key = (r: Row) =>
      field === 'customer'
        ? r.entry.customerName
        : field === 'orgNr'
          ? r.entry.customerOrgNr
          : field === 'service'
            ? r.entry.serviceName
            : r.entry.startDate;
    filtered.sort(
      (a, b) =>
        dir * collator.compare(key(a), key(b)) ||
        collator.compare(a.entry.customerName, b.entry.customerName) ||
        collator.compare(a.entry.serviceName, b.entry.serviceName),
    );
    return filtered;
  }, [allRows, query, sorting, lang]);

  const customerCount = useMemo(() => new Set(rows.map((r) => r.entry.customerId)).size, [rows]);
  const rowAt = useCallback((index: number) => rows[index], [rows]);
  const onRangeChange = useCallback(() => undefined, []);

  const columns = useMemo<ColumnDef<Row, unknown>[]>(
    () => [
      {
        id: 'customer',
        header: t('processorRegister.customer'),
        size: 190,
        cell: (c) => (
          <Text size="sm" fw={500} truncate title={c.row.original.entry.customerName}>
            {c.row.original.entry.customerName}
          </Text>
        ),
      },
      { id: 'orgNr', header: t('processorRegister.orgNr'), size: 118, cell: (c) => formatOrgNr(c.row.original.entry.customerOrgNr) },
      {
        id: 'service',
        header: t('processorRegister.service'),
        size: 150,
        cell: (c) => <span title={c.row.original.entry.serviceName}>{c.row.original.entry.serviceName}</span>,
      },
      {
        id: 'categories',
        header: t('processorRegister.processingCategories'),
        size: 170,
        enableSorting: false,
        cell: (c) => <span title={c.row.original.categories}>{c.row.original.categories}</span>,
      },
      {
        id: 'subprocessors',
        header: t('processorRegister.subprocessors'),
        size: 165,
        enableSorting: false,
        cell: (c) => <span title={c.row.original.subprocessors}>{c.row.original.subprocessors}</span>,
      },
      {
        id: 'transfers',
        header: t('processorRegister.transfersShort'),
        size: 180,
        enableSorting: false,
        cell: (c) =>
          c.row.original.transfers ? (
            <span title={c.row.original.transfersLong}>{c.row.original.transfers}</span>
          ) : (
            <Text span size="sm" c="dimmed">
              {t('processorRegister.noTransfersShort')}
            </Text>
          ),
      },
      { id: 'startDate', header: t('processorRegister.start'), size: 110, cell: (c) => formatDate(c.row.original.entry.startDate) },
    ],
    [t],
  );

  const resetKey = JSON.stringify([onDate, query, sorting]);
  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.processorRegister')}
        description={
          entries === undefined
            ? ' '
            : t('processorRegister.count', { count: rows.length, customers: t('processorRegister.customers', { count: customerCount }) })
        }
      />
      <Text size="sm" c="dimmed" maw={860}>
        {t('processorRegister.intro')}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('processorRegister.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={340}
          type="search"
        />
        <TextInput
          label={t('processorRegister.onDate')}
          placeholder={t('field.datePlaceholder')}
          leftSection={<IconCalendar size={16} />}
          value={onDate}
          onChange={(e) => setOnDate(e.currentTarget.value)}
          error={dateValid ? undefined : t('v.date')}
          w={190}
        />
      </Group>
      <ErrorLine message={register.error ? t(errorKey(register.error)) : null} />
      <DataTable<Row>
        label={t('area.processorRegister')}
        resetKey={resetKey}
        columns={columns}
        total={entries ? rows.length : undefined}
        rowAt={rowAt}
        onRangeChange={onRangeChange}
        getRowId={(r) => String(r.entry.subscriptionId)}
        rowLabel={(r) => `${r.entry.customerName} – ${r.entry.serviceName}`}
        sorting={sorting}
        onSortingChange={setSorting}
        onRowClick={(r) => void navigate(paths.customers.one(r.entry.customerId))}
        emptyText={query ? t('processorRegister.noMatch') : t('processorRegister.empty')}
        height="calc(100vh - 300px)"
      />
    </Stack>
  );
}
