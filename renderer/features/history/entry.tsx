import { Alert, Anchor, Button, Drawer, Group, List, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconArrowBackUp, IconEraser, IconRefresh, IconRestore } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HistoryEntry } from '../../../shared/contract';
import { call, isApiError } from '../../app/api';
import { failureText } from '../../ui/failures';
import { formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';
import { fieldLabel, fieldLine, formatValue, holdsSomething, listLabel, listLine, shownField } from './fields';
import { recordPath } from './recordLink';

// One history entry as the history page and the record panels show it: the words for it, its
// summary and detail, and what can be done with it (restore, bring back, erase).

export const kindWord = (t: TFunction, kind: HistoryEntry['kind']) => t(`history.kind.${kind}`);
export const actionWord = (t: TFunction, action: HistoryEntry['action']) => t(`history.action.${action}`);

/** "Anna Ek (anna)", or the OS user alone when no display name is set. */
export function whoText(entry: Pick<HistoryEntry, 'displayName' | 'osUser'>): string {
  if (!entry.displayName.trim()) return entry.osUser;
  if (!entry.osUser || entry.displayName === entry.osUser) return entry.displayName;
  return `${entry.displayName} (${entry.osUser})`;
}

export function recordNameText(t: TFunction, entry: HistoryEntry): string {
  if (entry.redacted && !entry.recordName) return t('history.redacted');
  return entry.recordName || t('history.unnamed');
}

/** The record still exists (a null revision: it was deleted, or the kind has no revision). */
const exists = (entry: HistoryEntry) => entry.currentRevision !== null;

export const canRestore = (entry: HistoryEntry) => entry.restorable && entry.action !== 'delete' && exists(entry);
export const canUndelete = (entry: HistoryEntry) => entry.restorable && entry.action === 'delete' && !exists(entry);
export const canErase = (entry: HistoryEntry) =>
  entry.action === 'delete' && !exists(entry) && !entry.redacted && entry.recordId !== null && entry.kind !== 'register';

function redactionText(t: TFunction, entry: HistoryEntry): string | null {
  const r = entry.changes.redaction;
  if (!r) return null;
  if (r.reason === 'erasure') return t('history.redaction.erasure', { count: r.entries });
  return r.rule
    ? t('history.redaction.purge', { rule: r.rule, count: r.entries })
    : t('history.redaction.purgeNoRule', { count: r.entries });
}

/** The lines of a change, fields first, then lists; a redacted entry names what changed, not the values. */
function changeLines(t: TFunction, lang: ReturnType<typeof useLang>, entry: HistoryEntry, max?: number): string[] {
  const fields = entry.changes.fields.filter((f) => shownField(entry, f) && holdsSomething(t, lang, entry, f));
  if (entry.redacted && entry.action !== 'redact') {
    const names = [...fields.map((f) => fieldLabel(t, entry.kind, f.field)), ...entry.changes.lists.map((l) => listLabel(t, l.list))];
    return [names.length ? t('history.redactedFields', { fields: names.join(', ') }) : t('history.redacted')];
  }
  return [...fields.map((f) => fieldLine(t, lang, entry, f, max)), ...entry.changes.lists.map((l) => listLine(t, l, entry.redacted))];
}

/** The change in a few lines (the table cell). */
export function EntrySummary({ entry, max = 2 }: { entry: HistoryEntry; max?: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const redaction = redactionText(t, entry);
  if (redaction) return <Text size="sm">{redaction}</Text>;
  const lines = changeLines(t, lang, entry, 60);
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.noChanges')}
      </Text>
    );
  }
  const rest = lines.length - max;
  return (
    <Text size="sm" lineClamp={max + (rest > 0 ? 1 : 0)} style={{ whiteSpace: 'normal' }}>
      {lines.slice(0, max).join(' · ')}
      {rest > 0 && (
        <Text span size="xs" c="dimmed" display="block">
          {t('history.more', { count: rest })}
        </Text>
      )}
    </Text>
  );
}

/** Every field and list of the change, before and after. */
export function EntryDetail({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const redaction = redactionText(t, entry);
  const fields = entry.changes.fields.filter((f) => shownField(entry, f) && holdsSomething(t, lang, entry, f));
  const value = (field: string, v: string | number | null) => formatValue(t, lang, entry.kind, field, v) ?? t('history.refChanged');
  return (
    <Stack gap="sm">
      {entry.redacted && (
        <Alert color="gray" variant="light" title={t('history.redacted')}>
          {redaction ?? changeLines(t, lang, entry)[0]}
        </Alert>
      )}
      {!entry.redacted && fields.length > 0 && (
        <Table withTableBorder verticalSpacing={4} aria-label={t('history.detailTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.detailField')}</Table.Th>
              {entry.action !== 'create' && <Table.Th>{t('history.detailBefore')}</Table.Th>}
              {entry.action !== 'delete' && <Table.Th>{t('history.detailAfter')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f) => (
              <Table.Tr key={f.field}>
                <Table.Td>{fieldLabel(t, entry.kind, f.field)}</Table.Td>
                {entry.action !== 'create' && <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value(f.field, f.before)}</Table.Td>}
                {entry.action !== 'delete' && <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value(f.field, f.after)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!entry.redacted &&
        entry.changes.lists.map((l) => (
          <Stack key={l.list} gap={2}>
            <Text size="sm" fw={600}>
              {listLabel(t, l.list)}
            </Text>
            <List size="sm" spacing={2}>
              {l.added.map((a, i) => (
                <List.Item key={`a${i}`}>
                  {t('history.detailAdded')}: {a}
                </List.Item>
              ))}
              {l.removed.map((r, i) => (
                <List.Item key={`r${i}`}>
                  {t('history.detailRemoved')}: {r}
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
      {!entry.redacted && !redaction && fields.length === 0 && entry.changes.lists.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('history.noChanges')}
        </Text>
      )}
    </Stack>
  );
}

export interface EntryActions {
  restore(entry: HistoryEntry): void;
  undelete(entry: HistoryEntry): Promise<void>;
  erase(entry: HistoryEntry): void;
  /** Which entry is being worked on. */
  busyId: number | null;
  /** The conflict or failure of the last action, with the offer to reload. */
  problem: ReactNode;
}

interface ActionOptions {
  /** After a restore or a bring-back: e.g. the record page loads the record again. */
  onRestored?: () => unknown;
  /** The history to load again after a conflict. */
  reload(): void;
  /** Restoring replaces what the form shows (a record page). */
  inForm?: boolean;
  /** After any action that worked (e.g. close the detail). */
  onDone?: () => void;
}

/** Restore, bring back and erase, each with its confirmation and its failure shown in words. */
export function useEntryActions({ onRestored, reload, inForm = false, onDone }: ActionOptions): EntryActions {
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ conflict: boolean; message: string } | null>(null);

  const run = useCallback(
    async (entry: HistoryEntry, work: () => Promise<void>) => {
      setFailure(null);
      setBusyId(entry.id);
      try {
        await work();
        onDone?.();
      } catch (e) {
        if (isApiError(e, 'CONFLICT')) setFailure({ conflict: true, message: t('history.conflict') });
        else setFailure({ conflict: false, message: failureText(t, e) });
      } finally {
        setBusyId(null);
      }
    },
    [t, onDone],
  );

  const restore = (entry: HistoryEntry) => {
    const date = formatDateTime(entry.at);
    const name = recordNameText(t, entry);
    modals.openConfirmModal({
      title: t('history.restoreTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('history.restoreText', { name, date })}</Text>
          {inForm && (
            <Text size="sm" c="dimmed">
              {t('history.restoreFormNote')}
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: t('history.restore'), cancel: t('common.cancel') },
      onConfirm: () =>
        void run(entry, async () => {
          const restored = await call('history.restore', { entryId: entry.id, revision: entry.currentRevision ?? 0 });
          notifySuccess(t('history.restored', { name: restored.name || name, date }));
          await onRestored?.();
        }),
    });
  };

  const undelete = (entry: HistoryEntry) =>
    run(entry, async () => {
      const { records } = await call('history.undelete', { entryId: entry.id });
      const names = records.map((r) => r.name || t(`history.kind.${r.kind}`)).join(', ');
      notifySuccess(t('history.undeleted', { names, count: records.length }));
      await onRestored?.();
    });

  const erase = (entry: HistoryEntry) => {
    if (entry.recordId === null) return;
    const recordId = entry.recordId;
    modals.openConfirmModal({
      title: t('history.eraseTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('history.eraseText', { name: recordNameText(t, entry) })}</Text>
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t('history.eraseWarning')}
          </Alert>
        </Stack>
      ),
      labels: { confirm: t('history.eraseConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(entry, async () => {
          const { redacted } = await call('history.erase', { kind: entry.kind, recordId });
          notifySuccess(redacted > 0 ? t('history.erased', { count: redacted }) : t('history.erasedNone'));
        }),
    });
  };

  const problem = failure ? (
    <Alert
      color={failure.conflict ? 'orange' : 'red'}
      icon={<IconAlertTriangle size={18} />}
      title={failure.conflict ? t('history.conflictTitle') : undefined}
      role="alert"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={() => setFailure(null)}
    >
      <Text size="sm">{failure.message}</Text>
      {failure.conflict && (
        <Button
          mt="xs"
          size="xs"
          variant="white"
          color="orange"
          leftSection={<IconRefresh size={14} />}
          onClick={() => {
            setFailure(null);
            reload();
          }}
        >
          {t('history.conflictReload')}
        </Button>
      )}
    </Alert>
  ) : null;

  return { restore, undelete, erase, busyId, problem };
}

/** A button inside a clickable table row does its own thing, not the row's. */
const own = (action: () => unknown) => (event: MouseEvent) => {
  event.stopPropagation();
  void action();
};

/** The row's buttons: restore a version, or bring a deleted record back. */
export function EntryButtons({ entry, actions, current = false }: { entry: HistoryEntry; actions: EntryActions; current?: boolean }) {
  const { t } = useTranslation();
  const busy = actions.busyId === entry.id;
  const name = recordNameText(t, entry);
  if (canUndelete(entry)) {
    return (
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconArrowBackUp size={14} />}
        loading={busy}
        onClick={own(() => actions.undelete(entry))}
        aria-label={t('history.undeleteNamed', { name })}
      >
        {t('history.undelete')}
      </Button>
    );
  }
  if (current) {
    return (
      <Text size="xs" c="dimmed">
        {t('history.currentVersion')}
      </Text>
    );
  }
  if (canRestore(entry)) {
    return (
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconRestore size={14} />}
        loading={busy}
        onClick={own(() => actions.restore(entry))}
        title={t('history.restore')}
        aria-label={`${t('history.restore')}: ${formatDateTime(entry.at)}`}
      >
        {t('history.restoreShort')}
      </Button>
    );
  }
  return null;
}

/** The whole change of one entry, with every action on it. */
export function EntryDrawer({
  entry,
  onClose,
  actions,
  current = false,
}: {
  entry: HistoryEntry | null;
  onClose: () => void;
  actions: EntryActions;
  current?: boolean;
}) {
  const { t } = useTranslation();
  const path = entry && exists(entry) ? recordPath(entry) : null;
  return (
    <Drawer opened={entry !== null} onClose={onClose} position="right" size="lg" title={t('history.detailTitle')}>
      {entry && (
        <Stack gap="md">
          <Table variant="vertical" withTableBorder verticalSpacing={4}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>{t('history.detailWhen')}</Table.Th>
                <Table.Td>{formatDateTime(entry.at)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('history.detailWho')}</Table.Th>
                <Table.Td>{whoText(entry)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('history.col.action')}</Table.Th>
                <Table.Td>{actionWord(t, entry.action)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('history.detailRecord')}</Table.Th>
                <Table.Td>
                  {kindWord(t, entry.kind)}: {recordNameText(t, entry)}
                  {path && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={path} size="sm" onClick={onClose}>
                        {t('history.openRecord')}
                      </Anchor>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <EntryDetail entry={entry} />
          {actions.problem}
          <Group gap="sm">
            {canRestore(entry) && !current && (
              <Button leftSection={<IconRestore size={16} />} onClick={() => actions.restore(entry)} loading={actions.busyId === entry.id}>
                {t('history.restore')}
              </Button>
            )}
            {canUndelete(entry) && (
              <Button
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => void actions.undelete(entry)}
                loading={actions.busyId === entry.id}
              >
                {t('history.undelete')}
              </Button>
            )}
            {canErase(entry) && (
              <Button color="red" variant="light" leftSection={<IconEraser size={16} />} onClick={() => actions.erase(entry)}>
                {t('history.erase')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
