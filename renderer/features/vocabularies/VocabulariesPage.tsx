import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle, IconArchive, IconArchiveOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { vocabularyTermFields, type VocabularyTerm } from '../../../shared/contract';
import { PERSONAL_DATA_FLAGS, VOCABULARY_KINDS, type VocabularyKind } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { failureText } from '../../ui/failures';
import { useLang } from '../../ui/lang';

type TermForm = z.input<typeof vocabularyTermFields>;
type TermOutput = z.output<typeof vocabularyTermFields>;

const FLAG_COLOR: Record<string, string> = { special: 'red', criminal: 'grape', personnummer: 'blue' };

export function FlagBadge({ flag }: { flag: string }) {
  const { t } = useTranslation();
  if (flag === 'none') return null;
  return (
    <Badge size="sm" variant="light" color={FLAG_COLOR[flag] ?? 'gray'} style={{ textTransform: 'none' }}>
      {t(`vocabularies.flagShort.${flag}`)}
    </Badge>
  );
}

/** Kategorier: the controlled vocabularies the register's records pick from, one tab per kind. */
export function VocabulariesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [kind, setKind] = useState<VocabularyKind>('data_subject');
  const [showArchived, setShowArchived] = useState(false);
  const [terms, setTerms] = useState<VocabularyTerm[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editing, setEditing] = useState<VocabularyTerm | 'new' | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const load = useCallback(() => {
    call('vocabularies.list', { includeArchived: true })
      .then((list) => {
        setTerms(list);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(e));
  }, []);
  useEffect(load, [load]);

  const label = (term: VocabularyTerm) => (lang === 'en' ? term.labelEn : term.labelSv);

  async function setArchived(term: VocabularyTerm, archived: boolean) {
    setBusyId(term.id);
    setRefusal(null);
    try {
      const saved = await call('vocabularies.setArchived', { id: term.id, revision: term.revision, archived });
      notifySuccess(t(archived ? 'vocabularies.archived' : 'vocabularies.unarchived', { name: label(saved) }));
      load();
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) load();
      notifyError(t, e);
    } finally {
      setBusyId(null);
    }
  }

  function confirmDelete(term: VocabularyTerm) {
    setRefusal(null);
    modals.openConfirmModal({
      title: t('vocabularies.deleteTitle'),
      children: <Text size="sm">{t('vocabularies.deleteText', { name: label(term) })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('vocabularies.delete', { id: term.id, revision: term.revision });
          notifySuccess(t('vocabularies.deleted', { name: label(term) }));
        } catch (e) {
          setRefusal(failureText(t, e));
        }
        load();
      },
    });
  }

  const visible = (terms ?? []).filter((term) => term.kind === kind && (showArchived || term.archivedAt === null));
  const withFlag = kind === 'personal_data';

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.vocabularies')}
        description={t('vocabularies.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('vocabularies.add')}
          </Button>
        }
      />
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {refusal && (
        <Alert
          color="orange"
          icon={<IconAlertCircle size={20} />}
          role="alert"
          withCloseButton
          onClose={() => setRefusal(null)}
          closeButtonLabel={t('common.close')}
        >
          {refusal}
        </Alert>
      )}
      <Tabs value={kind} onChange={(v) => v && setKind(v as VocabularyKind)} keepMounted={false}>
        <Tabs.List>
          {VOCABULARY_KINDS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`vocabularies.tab.${k}`)}
              {terms && (
                <Badge size="xs" variant="light" color="gray" ml={6}>
                  {terms.filter((term) => term.kind === k && term.archivedAt === null).length}
                </Badge>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={760}>
          {t(`vocabularies.help.${kind}`)}
        </Text>
        <Switch label={t('vocabularies.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      </Group>
      {!terms && !loadError ? (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      ) : (
        <Table
          striped={false}
          highlightOnHover
          verticalSpacing={6}
          aria-label={enumLabel('vocabularyKind', kind, lang)}
          style={{ border: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('vocabularies.labelSv')}</Table.Th>
              <Table.Th>{t('vocabularies.labelEn')}</Table.Th>
              {withFlag && <Table.Th>{t('vocabularies.flag')}</Table.Th>}
              <Table.Th>{t('vocabularies.origin')}</Table.Th>
              <Table.Th ta="right">{t('vocabularies.usage')}</Table.Th>
              <Table.Th w={130}>
                <VisuallyHidden>{t('vocabularies.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((term) => {
              const archived = term.archivedAt !== null;
              return (
                <Table.Tr key={term.id} aria-label={term.labelSv} c={archived ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {term.labelSv}
                      </Text>
                      {archived && (
                        <Badge size="xs" variant="outline" color="orange">
                          {t('status.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{term.labelEn}</Text>
                  </Table.Td>
                  {withFlag && (
                    <Table.Td>
                      <FlagBadge flag={term.flag} />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant={term.builtin ? 'light' : 'outline'}
                      color={term.builtin ? 'gray' : 'forteckna'}
                      style={{ textTransform: 'none' }}
                    >
                      {term.builtin ? t('vocabularies.builtin') : t('vocabularies.own')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{term.usageCount}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('vocabularies.editNamed', { name: term.labelSv })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          onClick={() => setEditing(term)}
                          aria-label={t('vocabularies.editNamed', { name: term.labelSv })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t(archived ? 'vocabularies.unarchiveNamed' : 'vocabularies.archiveNamed', { name: term.labelSv })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          loading={busyId === term.id}
                          onClick={() => void setArchived(term, !archived)}
                          aria-label={t(archived ? 'vocabularies.unarchiveNamed' : 'vocabularies.archiveNamed', { name: term.labelSv })}
                        >
                          {archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip
                        label={term.builtin ? t('vocabularies.builtinNoDelete') : t('vocabularies.deleteNamed', { name: term.labelSv })}
                      >
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          disabled={term.builtin}
                          onClick={() => confirmDelete(term)}
                          aria-label={t('vocabularies.deleteNamed', { name: term.labelSv })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {visible.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={withFlag ? 6 : 5}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {t('vocabularies.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new'
            ? t('vocabularies.addTitle', { kind: enumLabel('vocabularyKind', kind, lang).toLowerCase() })
            : t('vocabularies.editTitle')
        }
        size="lg"
      >
        {editing !== null && (
          <TermEditor
            key={editing === 'new' ? 'new' : editing.id}
            term={editing === 'new' ? null : editing}
            kind={editing === 'new' ? kind : editing.kind}
            onDone={(saved) => {
              setEditing(null);
              load();
              if (saved) notifySuccess(t('vocabularies.saved', { name: label(saved) }));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function TermEditor({
  term,
  kind,
  onDone,
}: {
  term: VocabularyTerm | null;
  kind: VocabularyKind;
  onDone: (saved: VocabularyTerm | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [current, setCurrent] = useState<VocabularyTerm | null>(term);
  const [conflict, setConflict] = useState<VocabularyTerm | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const toForm = (x: VocabularyTerm | null): TermForm =>
    x ? { kind: x.kind, labelSv: x.labelSv, labelEn: x.labelEn, flag: x.flag } : { kind, labelSv: '', labelEn: '', flag: 'none' };
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TermForm, unknown, TermOutput>({
    resolver: schemaResolver<TermForm, TermOutput>(vocabularyTermFields),
    defaultValues: toForm(term),
  });
  const err = (name: string) => issueText(t, errorAt(errors, name));

  async function save(values: TermOutput) {
    setSaveError(null);
    setConflict(null);
    try {
      const saved = current
        ? await call('vocabularies.update', { id: current.id, revision: current.revision, fields: values })
        : await call('vocabularies.create', values);
      onDone(saved);
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) {
        const latest = (e.error.details as { current?: VocabularyTerm } | undefined)?.current;
        if (latest) setConflict(latest);
        else setSaveError(failureText(t, e));
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => ['labelSv', 'labelEn', 'flag', 'kind'].includes(n), 'fields');
        setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setSaveError(t(errorKey(e)));
      }
    }
  }

  return (
    <form onSubmit={handleSubmit(save)} noValidate>
      <Stack gap="sm">
        {conflict && (
          <ConflictAlert
            onReload={() => {
              setCurrent(conflict);
              reset(toForm(conflict));
              setConflict(null);
            }}
          />
        )}
        {term?.builtin && (
          <Text size="sm" c="dimmed">
            {t('vocabularies.builtinHelp')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('vocabularies.labelSv')} {...register('labelSv')} error={err('labelSv')} withAsterisk data-autofocus />
          <TextInput
            label={t('vocabularies.labelEn')}
            description={t('vocabularies.labelEnHelp')}
            {...register('labelEn')}
            error={err('labelEn')}
            withAsterisk
          />
        </SimpleGrid>
        {kind === 'personal_data' && (
          <NativeSelect
            label={t('vocabularies.flag')}
            description={t('vocabularies.flagHelp')}
            {...register('flag')}
            error={err('flag')}
            data={PERSONAL_DATA_FLAGS.map((f) => ({ value: f, label: enumLabel('personalDataFlag', f, lang) }))}
          />
        )}
        <ErrorLine message={saveError} />
        <FormActions>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Stack>
    </form>
  );
}
