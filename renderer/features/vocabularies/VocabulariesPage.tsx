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
  Tabs,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle, IconArchive, IconArchiveOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emptyVocabularyTerm, vocabularyTermFields, type VocabularyTerm, type VocabularyTermFields } from '../../../shared/contract';
import { PERSONAL_DATA_FLAGS, VOCABULARY_KINDS, type VocabularyKind } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { failureText } from '../../ui/failures';
import { termLabel, useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';
import { useRecordEditor } from '../../ui/useRecordEditor';

type TermOutput = z.output<typeof vocabularyTermFields>;

const FIELD_ROOTS = new Set(Object.keys(emptyVocabularyTerm));

const toForm = (term: VocabularyTerm): VocabularyTermFields => formValues(vocabularyTermFields, term);

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
  const { data: terms, error: loadError, reload } = useCall('vocabularies.list', { includeArchived: true });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editing, setEditing] = useState<VocabularyTerm | 'new' | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  async function setArchived(term: VocabularyTerm, archived: boolean) {
    setBusyId(term.id);
    setRefusal(null);
    try {
      const saved = await call('vocabularies.setArchived', { id: term.id, revision: term.revision, archived });
      notifySuccess(t(archived ? 'vocabularies.archived' : 'vocabularies.unarchived', { name: termLabel(saved, lang) }));
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) reload();
      notifyError(t, e);
    } finally {
      setBusyId(null);
    }
  }

  function confirmDelete(term: VocabularyTerm) {
    setRefusal(null);
    modals.openConfirmModal({
      title: t('vocabularies.deleteTitle'),
      children: <Text size="sm">{t('vocabularies.deleteText', { name: termLabel(term, lang) })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('vocabularies.delete', { id: term.id, revision: term.revision });
          notifySuccess(t('vocabularies.deleted', { name: termLabel(term, lang) }));
        } catch (e) {
          setRefusal(failureText(t, e));
          reload();
        }
      },
    });
  }

  const visible = (terms ?? []).filter((term) => term.kind === kind && (showArchived || term.archivedAt === null));
  const withFlag = kind === 'personal_data';
  const columns: ColumnDef<VocabularyTerm, unknown>[] = [
    {
      id: 'labelSv',
      header: t('vocabularies.labelSv'),
      size: 220,
      cell: ({ row: { original: term } }) => (
        <Group gap={6}>
          <Text size="sm" fw={500} c={dim(term)}>
            {term.labelSv}
          </Text>
          {term.archivedAt !== null && (
            <Badge size="xs" variant="outline" color="orange">
              {t('status.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      id: 'labelEn',
      header: t('vocabularies.labelEn'),
      size: 200,
      cell: ({ row: { original: term } }) => (
        <Text size="sm" c={dim(term)}>
          {term.labelEn}
        </Text>
      ),
    },
    ...(withFlag
      ? [
          {
            id: 'flag',
            header: t('vocabularies.flag'),
            size: 120,
            cell: ({ row: { original: term } }) => <FlagBadge flag={term.flag} />,
          } satisfies ColumnDef<VocabularyTerm, unknown>,
        ]
      : []),
    {
      id: 'origin',
      header: t('vocabularies.origin'),
      size: 110,
      cell: ({ row: { original: term } }) => (
        <Badge
          size="sm"
          variant={term.builtin ? 'light' : 'outline'}
          color={term.builtin ? 'gray' : 'forteckna'}
          style={{ textTransform: 'none' }}
        >
          {term.builtin ? t('vocabularies.builtin') : t('vocabularies.own')}
        </Badge>
      ),
    },
    {
      id: 'usage',
      header: () => (
        <Text size="sm" fw={600} ta="right">
          {t('vocabularies.usage')}
        </Text>
      ),
      size: 90,
      cell: ({ row: { original: term } }) => (
        <Text size="sm" ta="right" c={dim(term)}>
          {term.usageCount}
        </Text>
      ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('vocabularies.actions')}</VisuallyHidden>,
      size: 120,
      cell: ({ row: { original: term } }) => (
        <TermActions term={term} busy={busyId === term.id} onEdit={setEditing} onArchive={setArchived} onDelete={confirmDelete} />
      ),
    },
  ];

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
        <DataTable<VocabularyTerm>
          label={enumLabel('vocabularyKind', kind, lang)}
          rows={visible}
          columns={columns}
          getRowId={(term) => String(term.id)}
          rowLabel={(term) => term.labelSv}
          emptyText={t('vocabularies.empty')}
          wrap
        />
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
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** Archived terms are shown dimmed. */
const dim = (term: VocabularyTerm) => (term.archivedAt !== null ? 'dimmed' : undefined);

function TermActions({
  term,
  busy,
  onEdit,
  onArchive,
  onDelete,
}: {
  term: VocabularyTerm;
  busy: boolean;
  onEdit: (term: VocabularyTerm) => void;
  onArchive: (term: VocabularyTerm, archived: boolean) => Promise<void>;
  onDelete: (term: VocabularyTerm) => void;
}) {
  const { t } = useTranslation();
  const archived = term.archivedAt !== null;
  const archiveLabel = t(archived ? 'vocabularies.unarchiveNamed' : 'vocabularies.archiveNamed', { name: term.labelSv });
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      <Tooltip label={t('vocabularies.editNamed', { name: term.labelSv })}>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => onEdit(term)}
          aria-label={t('vocabularies.editNamed', { name: term.labelSv })}
        >
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={archiveLabel}>
        <ActionIcon variant="subtle" color="gray" loading={busy} onClick={() => void onArchive(term, !archived)} aria-label={archiveLabel}>
          {archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
        </ActionIcon>
      </Tooltip>
      <Tooltip label={term.builtin ? t('vocabularies.builtinNoDelete') : t('vocabularies.deleteNamed', { name: term.labelSv })}>
        <ActionIcon
          variant="subtle"
          color="red"
          disabled={term.builtin}
          onClick={() => onDelete(term)}
          aria-label={t('vocabularies.deleteNamed', { name: term.labelSv })}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function TermEditor({ term, kind, onClose }: { term: VocabularyTerm | null; kind: VocabularyKind; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<VocabularyTermFields, unknown, TermOutput>({
    resolver: schemaResolver<VocabularyTermFields, TermOutput>(vocabularyTermFields),
    defaultValues: term ? toForm(term) : { ...emptyVocabularyTerm, kind },
  });
  const editor = useRecordEditor({
    initial: term,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'vocabularies',
    textParams: (x) => ({ name: termLabel(x, lang) }),
    onSaved: onClose,
    create: (fields: TermOutput) => call('vocabularies.create', fields),
    update: (x, fields) => call('vocabularies.update', { id: x.id, revision: x.revision, fields }),
  });
  const err = (name: string) => issueText(t, errorAt(errors, name));

  return (
    <form onSubmit={handleSubmit(editor.save)} noValidate>
      <Stack gap="sm">
        <RecordConflict editor={editor} />
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
        <FormFooter editor={editor} submitting={isSubmitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
