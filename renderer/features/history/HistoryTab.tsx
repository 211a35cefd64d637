import { Alert, Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconFileSpreadsheet, IconFileText, IconSearch, IconShieldCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  HISTORY_KINDS,
  historyKind,
  isoDate,
  type HistoryEntry,
  type HistoryFilter,
  type HistoryKind,
  type HistoryVerifyResult,
} from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { useCall } from '../../ui/useCall';
import { usePagedRows } from '../../ui/usePagedRows';
import { useTask } from '../../ui/useTask';
import { DisplayNameSetting } from './DisplayNameSetting';
import { actionWord, EntryButtons, EntryDrawer, EntrySummary, kindWord, recordNameText, useEntryActions, whoText } from './entry';
import { recordPath } from './recordLink';

const NO_SORTING: never[] = [];
const noop = () => undefined;

/** The record the page was opened for (`?typ=customer&post=12`, from a record's panel), if any. */
function useRecordFilter(): { kind: HistoryKind; recordId: number; clear(): void } | null {
  const [params, setParams] = useSearchParams();
  const kind = historyKind.safeParse(params.get('typ'));
  const recordId = Number(params.get('post'));
  if (!kind.success || !Number.isInteger(recordId) || recordId <= 0) return null;
  return { kind: kind.data, recordId, clear: () => setParams({}) };
}

/** "Historik": every change in the register, newest first, with filters, the chain check and the export. */
export function HistoryTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appInfo } = useAppState();
  const record = useRecordFilter();
  const [kind, setKind] = useState<HistoryKind | null>(null);
  const [user, setUser] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 200);
  const [selected, setSelected] = useState<HistoryEntry | null>(null);
  const [verified, setVerified] = useState<HistoryVerifyResult | null>(null);
  const [working, setWorking] = useState<'verify' | 'xlsx' | 'csv' | null>(null);
  const task = useTask();

  const fromOk = from === '' || isoDate.safeParse(from).success;
  const toOk = to === '' || isoDate.safeParse(to).success;
  const users = useCall('history.users', {}).data ?? [];

  const recordKind = record?.kind;
  const recordId = record?.recordId;
  const filter = useMemo<HistoryFilter>(
    () => ({
      ...(recordKind && recordId ? { kind: recordKind, recordId, withChildren: true } : { withChildren: false, ...(kind ? { kind } : {}) }),
      ...(user ? { user } : {}),
      ...(from && fromOk ? { from } : {}),
      ...(to && toOk ? { to } : {}),
      ...(debouncedSearch ? { search: debouncedSearch } : {}),
    }),
    [recordKind, recordId, kind, user, from, fromOk, to, toOk, debouncedSearch],
  );
  const key = JSON.stringify(filter);
  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const page = await call('history.list', { ...filter, offset, limit });
      return { total: page.total, items: page.rows };
    },
    [filter],
  );
  const rows = usePagedRows<HistoryEntry>(fetchPage, key);
  const actions = useEntryActions({ reload: rows.reload, onDone: () => setSelected(null) });
  const filtered = key !== JSON.stringify({ withChildren: false });

  const columns = useMemo<ColumnDef<HistoryEntry, unknown>[]>(
    () => [
      {
        id: 'at',
        header: t('history.col.at'),
        size: 110,
        cell: ({ row: { original: e } }) => {
          const [date, time] = formatDateTime(e.at).split(' ');
          return (
            <>
              <Text size="sm">{date}</Text>
              <Text size="xs" c="dimmed">
                {time}
              </Text>
            </>
          );
        },
      },
      {
        id: 'who',
        header: t('history.col.who'),
        size: 150,
        cell: ({ row: { original: e } }) => (
          <Text size="sm" truncate title={whoText(e)}>
            {whoText(e)}
          </Text>
        ),
      },
      {
        id: 'action',
        header: t('history.col.action'),
        size: 140,
        cell: ({ row: { original: e } }) => (
          <>
            <Text size="sm">{actionWord(t, e.action)}</Text>
            <Text size="xs" c="dimmed" truncate>
              {kindWord(t, e.kind)}
            </Text>
          </>
        ),
      },
      {
        id: 'record',
        header: t('history.col.record'),
        size: 200,
        cell: ({ row: { original: e } }) => {
          const path = e.currentRevision !== null ? recordPath(e) : null;
          const name = recordNameText(t, e);
          return path ? (
            <Anchor component={Link} to={path} size="sm" onClick={(ev) => ev.stopPropagation()} style={{ display: 'block' }} truncate>
              {name}
            </Anchor>
          ) : (
            <Text size="sm" truncate c={e.redacted ? 'dimmed' : undefined}>
              {name}
            </Text>
          );
        },
      },
      { id: 'changes', header: t('history.col.changes'), size: 340, cell: ({ row: { original: e } }) => <EntrySummary entry={e} /> },
      {
        id: 'actions',
        header: t('history.col.actions'),
        size: 130,
        cell: ({ row: { original: e } }) => <EntryButtons entry={e} actions={actions} current={e.latest} />,
      },
    ],
    [t, actions],
  );

  async function verify() {
    setWorking('verify');
    setVerified(null);
    try {
      setVerified(await call('history.verify', {}));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setWorking(null);
    }
  }

  async function exportAs(format: 'xlsx' | 'csv') {
    if (task.running) return;
    setWorking(format);
    try {
      const result = await task.run(t('history.exporting'), () => call('history.export', { format, lang, filter }));
      if (result) {
        notifySaved(t, {
          title: t('history.exported'),
          path: result.path,
          summary: t('history.exportedRows', { count: result.rows }),
          reveal: appInfo?.nativeDialogs === true,
        });
      }
    } catch (e) {
      if (isApiError(e, 'CANCELLED')) notifications.show({ color: 'gray', message: t('history.exportCancelled'), autoClose: 4000 });
      else notifyError(t, e);
    } finally {
      setWorking(null);
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <DisplayNameSetting />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => void verify()}
            loading={working === 'verify'}
          >
            {t('history.verify')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void exportAs('xlsx')}
            loading={working === 'xlsx'}
            disabled={working !== null && working !== 'xlsx'}
          >
            {t('history.exportXlsx')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileText size={16} />}
            onClick={() => void exportAs('csv')}
            loading={working === 'csv'}
            disabled={working !== null && working !== 'csv'}
          >
            {t('history.exportCsv')}
          </Button>
        </Group>
      </Group>

      {verified &&
        (verified.ok ? (
          <Alert
            color="teal"
            icon={<IconCircleCheck size={20} />}
            role="status"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setVerified(null)}
          >
            {t('history.verifyOk', { count: verified.entries })}
          </Alert>
        ) : (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={20} />}
            role="alert"
            title={t('history.verifyBrokenTitle')}
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setVerified(null)}
          >
            <Text size="sm">
              {t('history.verifyBroken', {
                id: verified.brokenAt?.id ?? '?',
                reason: verified.brokenAt ? t(`history.verifyReason.${verified.brokenAt.reason}`) : '',
              })}
            </Text>
            <Text size="sm" mt={4}>
              {t('history.verifyBrokenHelp')}
            </Text>
          </Alert>
        ))}

      {record && (
        <Alert color="blue" variant="light">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('history.recordFilter', { kind: kindWord(t, record.kind).toLowerCase() })}</Text>
            <Button size="compact-sm" variant="white" onClick={record.clear}>
              {t('history.recordFilterClear')}
            </Button>
          </Group>
        </Alert>
      )}

      <Group gap="md" align="flex-start" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('history.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          w={240}
        />
        {!record && (
          <Select
            label={t('history.filterKind')}
            placeholder={t('history.filterAllKinds')}
            value={kind}
            onChange={(v) => setKind(v as HistoryKind | null)}
            data={HISTORY_KINDS.map((k) => ({ value: k, label: kindWord(t, k) }))}
            clearable
            w={200}
          />
        )}
        <Select
          label={t('history.filterUser')}
          placeholder={t('history.filterAllUsers')}
          value={user}
          onChange={setUser}
          data={users}
          clearable
          searchable
          w={200}
        />
        <TextInput
          label={t('history.filterFrom')}
          placeholder={t('field.datePlaceholder')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value.trim())}
          error={fromOk ? undefined : t('v.date')}
          w={150}
        />
        <TextInput
          label={t('history.filterTo')}
          placeholder={t('field.datePlaceholder')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value.trim())}
          error={toOk ? undefined : t('v.date')}
          w={150}
        />
      </Group>

      <Text size="sm" c="dimmed" aria-live="polite">
        {rows.total === undefined ? ' ' : t('history.count', { count: rows.total })}
      </Text>
      <ErrorLine message={rows.error ? t(errorKey(rows.error)) : null} />
      {!selected && actions.problem}
      <DataTable<HistoryEntry>
        label={t('history.tabHistory')}
        resetKey={key}
        columns={columns}
        total={rows.total}
        rowAt={rows.rowAt}
        onRangeChange={rows.ensureRange}
        getRowId={(e) => String(e.id)}
        rowLabel={(e) => `${formatDateTime(e.at)} ${actionWord(t, e.action)} ${recordNameText(t, e)}`}
        sorting={NO_SORTING}
        onSortingChange={noop}
        onRowClick={setSelected}
        rowHeight={64}
        height="calc(100vh - 380px)"
        emptyText={filtered ? t('history.noMatch') : t('history.empty')}
      />
      <EntryDrawer entry={selected} onClose={() => setSelected(null)} actions={actions} current={selected?.latest ?? false} />
      {task.modal}
    </Stack>
  );
}
