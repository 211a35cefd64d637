import { ActionIcon, Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconPencil, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionEventFields, type RetentionEventRecord } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { failureText } from '../../ui/failures';
import { ErrorLine } from '../../ui/FormBits';
import { toIssue } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';
import { useCall } from '../../ui/useCall';

/** An event's label in the user's language (Swedish when it has no English one). */
export const eventLabel = (e: Pick<RetentionEventRecord, 'labelSv' | 'labelEn'>, lang: 'sv' | 'en') =>
  lang === 'en' && e.labelEn ? e.labelEn : e.labelSv;

interface Draft {
  labelSv: string;
  labelEn: string;
}

/** The Swedish label's error (the only required field), as a message key. */
function draftError(draft: Draft): string | null {
  const parsed = retentionEventFields.safeParse(draft);
  if (parsed.success) return null;
  return toIssue(parsed.error.issues[0]!).message;
}

/** Two inputs for an event's labels, Swedish first; Enter saves. */
function DraftInputs({
  draft,
  onChange,
  error,
  onEnter,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  error: string | null;
  onEnter: () => void;
}) {
  const { t } = useTranslation();
  const enter = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onEnter();
    }
  };
  return (
    <>
      <TextInput
        label={t('events.labelSv')}
        value={draft.labelSv}
        onChange={(e) => onChange({ ...draft, labelSv: e.currentTarget.value })}
        onKeyDown={enter}
        error={error ? t(error) : undefined}
        withAsterisk
        style={{ flex: 1 }}
      />
      <TextInput
        label={t('events.labelEn')}
        lang="en"
        value={draft.labelEn}
        onChange={(e) => onChange({ ...draft, labelEn: e.currentTarget.value })}
        onKeyDown={enter}
        style={{ flex: 1 }}
      />
    </>
  );
}

/**
 * The register's own anchor events ("fakturan betald"): a small list editor on the retention
 * page. Rules choose them beside the built-in events.
 */
export function RetentionEventsEditor() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data: events, error: loadError, reload } = useCall('retentionEvents.list', {}, { reloadOn: ['retentionRules', 'register'] });
  const [draft, setDraft] = useState<Draft>({ labelSv: '', labelEn: '' });
  const [draftTouched, setDraftTouched] = useState(false);
  const [editing, setEditing] = useState<{ event: RetentionEventRecord; draft: Draft } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setFailure(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setFailure(failureText(t, e));
      reload();
    } finally {
      setBusy(false);
    }
  }

  const add = () => {
    setDraftTouched(true);
    if (draftError(draft)) return;
    void run(async () => {
      const created = await call('retentionEvents.create', draft);
      notifySuccess(t('events.created', { name: created.labelSv }));
      setDraft({ labelSv: '', labelEn: '' });
      setDraftTouched(false);
    });
  };

  const save = () => {
    if (!editing || draftError(editing.draft)) return;
    void run(async () => {
      const saved = await call('retentionEvents.update', { id: editing.event.id, revision: editing.event.revision, fields: editing.draft });
      notifySuccess(t('events.saved', { name: saved.labelSv }));
      setEditing(null);
    });
  };

  const confirmDelete = (event: RetentionEventRecord) =>
    modals.openConfirmModal({
      title: t('events.deleteNamed', { name: event.labelSv }),
      children: <Text size="sm">{t('retention.deleteText', { name: eventLabel(event, lang) })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        run(async () => {
          await call('retentionEvents.delete', { id: event.id, revision: event.revision });
          notifySuccess(t('events.deleted', { name: event.labelSv }));
        }),
    });

  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="retention-events-title">
      <Stack gap="xs">
        <Text fw={600} id="retention-events-title">
          {t('events.title')}
        </Text>
        <Text size="sm" c="dimmed" maw={760}>
          {t('events.help')}
        </Text>
        <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
        {failure && (
          <Alert color="orange" role="alert" withCloseButton onClose={() => setFailure(null)} closeButtonLabel={t('common.close')}>
            {failure}
          </Alert>
        )}
        {events && events.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('events.empty')}
          </Text>
        )}
        {events && events.length > 0 && (
          <Table aria-label={t('events.title')} verticalSpacing={4}>
            <Table.Tbody>
              {events.map((event) =>
                editing?.event.id === event.id ? (
                  <Table.Tr key={event.id}>
                    <Table.Td colSpan={3}>
                      <Group align="flex-end" gap="xs" wrap="nowrap">
                        <DraftInputs
                          draft={editing.draft}
                          onChange={(d) => setEditing({ event, draft: d })}
                          error={draftError(editing.draft)}
                          onEnter={save}
                        />
                        <Tooltip label={t('common.save')}>
                          <ActionIcon variant="filled" size="lg" onClick={save} loading={busy} aria-label={t('common.save')}>
                            <IconCheck size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('common.cancel')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="lg"
                            onClick={() => setEditing(null)}
                            aria-label={t('common.cancel')}
                          >
                            <IconX size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  <Table.Tr key={event.id} aria-label={event.labelSv}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {event.labelSv}
                      </Text>
                      <Text size="xs" c="dimmed" lang={event.labelEn ? 'en' : undefined}>
                        {event.labelEn || t('events.noEnglish')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {event.usedBy > 0 ? t('events.usedBy', { count: event.usedBy }) : t('events.unused')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('events.editNamed', { name: event.labelSv })}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            onClick={() => setEditing({ event, draft: { labelSv: event.labelSv, labelEn: event.labelEn } })}
                            aria-label={t('events.editNamed', { name: event.labelSv })}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('events.deleteNamed', { name: event.labelSv })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => confirmDelete(event)}
                            aria-label={t('events.deleteNamed', { name: event.labelSv })}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <DraftInputs draft={draft} onChange={setDraft} error={draftTouched ? draftError(draft) : null} onEnter={add} />
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={add} loading={busy && editing === null}>
            {t('events.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
