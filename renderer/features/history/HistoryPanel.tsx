import { Anchor, Center, Group, Loader, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconHistory } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HistoryEntry, HistoryKind } from '../../../shared/contract';
import { errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { formatDateTime } from '../../ui/format';
import { useCall } from '../../ui/useCall';
import { actionWord, EntryButtons, EntryDrawer, EntrySummary, kindWord, recordNameText, useEntryActions, whoText } from './entry';

/** The newest entries a panel shows; the history page has the rest. */
const PANEL_LIMIT = 100;

interface HistoryPanelProps {
  kind: HistoryKind;
  recordId: number;
  /** Also the records that belong to it (a customer's contact persons, sites, devices, services). */
  withChildren?: boolean;
  /**
   * After a version was restored or a deleted part brought back: the page loads its record again
   * (the form shows what the core now holds). Without it, a dialog is simply left as it is.
   */
  onRestored?: () => unknown;
  /** Open from the start (tests, a page that is mostly history). */
  defaultOpen?: boolean;
}

/**
 * "Historik" at the bottom of a record page or dialog: collapsed until asked for, then the record's
 * changes, newest first, each with "Återställ den här versionen" (or "Ta tillbaka" for a part that
 * was deleted) and the full change on a click.
 */
export function HistoryPanel({ kind, recordId, withChildren = false, onRestored, defaultOpen = false }: HistoryPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(defaultOpen);
  const regionId = `history-panel-${kind}-${recordId}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('history.panelTitle')}>
      <Group justify="space-between" wrap="nowrap">
        <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={regionId}>
          <Group gap="xs" wrap="nowrap">
            {open ? <IconChevronDown size={18} /> : <IconChevronRight size={18} />}
            <IconHistory size={18} />
            <Title order={2} size="h5">
              {t('history.panelTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {open ? t('history.panelHide') : t('history.panelShow')}
            </Text>
          </Group>
        </UnstyledButton>
        <Anchor component={Link} to={paths.historyOf(kind, recordId)} size="sm">
          {t('history.panelAll')}
        </Anchor>
      </Group>
      {open && (
        <div id={regionId}>
          <PanelEntries kind={kind} recordId={recordId} withChildren={withChildren} onRestored={onRestored} />
        </div>
      )}
    </Paper>
  );
}

function PanelEntries({
  kind,
  recordId,
  withChildren,
  onRestored,
}: Required<Pick<HistoryPanelProps, 'kind' | 'recordId' | 'withChildren'>> & Pick<HistoryPanelProps, 'onRestored'>) {
  const { t } = useTranslation();
  const history = useCall('history.list', { kind, recordId, withChildren, offset: 0, limit: PANEL_LIMIT }, { keepPrevious: true });
  const [selected, setSelected] = useState<HistoryEntry | null>(null);
  const actions = useEntryActions({
    onRestored,
    reload: history.reload,
    inForm: onRestored !== undefined,
    onDone: () => setSelected(null),
  });
  const rows = useMemo(() => history.data?.rows ?? [], [history.data]);

  // The newest entry of each record is what it holds now: restoring it would change nothing.
  const current = useMemo(() => new Set(rows.filter((e) => e.latest).map((e) => e.id)), [rows]);

  const columns = useMemo<ColumnDef<HistoryEntry, unknown>[]>(
    () => [
      { id: 'at', header: t('history.col.at'), size: 110, cell: ({ row: { original: e } }) => formatDateTime(e.at) },
      { id: 'who', header: t('history.col.who'), size: 110, cell: ({ row: { original: e } }) => whoText(e) },
      {
        id: 'action',
        header: t('history.col.action'),
        size: 150,
        cell: ({ row: { original: e } }) => (
          <>
            <Text size="sm">{actionWord(t, e.action)}</Text>
            {(e.kind !== kind || e.recordId !== recordId) && (
              <Text size="xs" c="dimmed">
                {kindWord(t, e.kind)}: {recordNameText(t, e)}
              </Text>
            )}
          </>
        ),
      },
      { id: 'changes', header: t('history.col.changes'), size: 330, cell: ({ row: { original: e } }) => <EntrySummary entry={e} /> },
      {
        id: 'actions',
        header: t('history.col.actions'),
        size: 130,
        cell: ({ row: { original: e } }) => <EntryButtons entry={e} actions={actions} current={current.has(e.id)} />,
      },
    ],
    [t, kind, recordId, actions, current],
  );

  if (!history.data && !history.error) {
    return (
      <Center p="md">
        <Loader size="sm" aria-label={t('common.working')} />
      </Center>
    );
  }
  const total = history.data?.total ?? 0;
  return (
    <Stack gap="xs" mt="sm">
      <ErrorLine message={history.error ? t(errorKey(history.error)) : null} />
      {!selected && actions.problem}
      {history.data && (
        <DataTable<HistoryEntry>
          label={t('history.panelTitle')}
          rows={rows}
          columns={columns}
          getRowId={(e) => String(e.id)}
          rowLabel={(e) => `${formatDateTime(e.at)} ${actionWord(t, e.action)} ${recordNameText(t, e)}`}
          onRowClick={setSelected}
          emptyText={t('history.panelEmpty')}
          wrap
        />
      )}
      {total > rows.length && (
        <Text size="xs" c="dimmed">
          {t('history.panelMore', { shown: rows.length, total })}
        </Text>
      )}
      <EntryDrawer
        entry={selected}
        onClose={() => setSelected(null)}
        actions={actions}
        current={selected !== null && current.has(selected.id)}
      />
    </Stack>
  );
}
