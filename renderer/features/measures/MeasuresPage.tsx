import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Group,
  List,
  Loader,
  Modal,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emptySecurityMeasure, securityMeasureFields, type SecurityMeasure, type SecurityMeasureFields } from '../../../shared/contract';
import { MEASURE_CATEGORIES, MEASURE_STATUSES, type MeasureStatus } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { failureText } from '../../ui/failures';
import { termLabel, useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { HistoryPanel } from '../history/HistoryPanel';

type MeasureOutput = z.output<typeof securityMeasureFields>;

const STATUS_COLOR: Record<MeasureStatus, string> = { implemented: 'teal', planned: 'yellow', not_applicable: 'gray' };

const FIELD_ROOTS = new Set(Object.keys(emptySecurityMeasure));

const toForm = (m: SecurityMeasure): SecurityMeasureFields => formValues(securityMeasureFields, m);

/** Säkerhetsåtgärder: the catalogue of technical, organisational and physical measures (Art. 32). */
export function MeasuresPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('catalogue');
  const { data: measures, error: loadError, reload } = useCall('securityMeasures.list', {});
  const [editing, setEditing] = useState<SecurityMeasure | 'new' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const count = (status: MeasureStatus) => (measures ?? []).filter((m) => m.status === status).length;

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('area.measures')}
        description={
          measures ? (
            <Group gap="xs" component="span">
              {MEASURE_STATUSES.map((s) => (
                <Badge key={s} variant="light" color={STATUS_COLOR[s]} style={{ textTransform: 'none' }}>
                  {t(`measures.count.${s}`, { count: count(s) })}
                </Badge>
              ))}
            </Group>
          ) : (
            ' '
          )
        }
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('measures.add')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" maw={820}>
        {t('measures.description')}
      </Text>
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {refusal && (
        <Alert color="orange" role="alert" withCloseButton onClose={() => setRefusal(null)} closeButtonLabel={t('common.close')}>
          {refusal}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => v && setTab(v)}>
        <Tabs.List>
          <Tabs.Tab value="catalogue">{t('measures.tabCatalogue')}</Tabs.Tab>
          <Tabs.Tab value="summary">{t('measures.tabSummary')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalogue" pt="md">
          {!measures && !loadError ? (
            <Center p="xl">
              <Loader aria-label={t('common.working')} />
            </Center>
          ) : (
            <Stack gap="lg">
              {MEASURE_CATEGORIES.map((category) => (
                <CategoryCard
                  key={category}
                  category={category}
                  measures={(measures ?? []).filter((m) => m.category === category)}
                  onStale={reload}
                  onEdit={setEditing}
                  onRefused={setRefusal}
                />
              ))}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="md">
          {tab === 'summary' && <SummaryView />}
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('measures.addTitle') : t('measures.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <MeasureEditor
            key={editing === 'new' ? 'new' : editing.id}
            measure={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** What a row tells its page: the list is out of date, edit this one, a delete was refused. */
interface RowActions {
  onStale: () => void;
  onEdit: (m: SecurityMeasure) => void;
  onRefused: (text: string) => void;
}

function CategoryCard({
  category,
  measures,
  ...actions
}: { category: (typeof MEASURE_CATEGORIES)[number]; measures: SecurityMeasure[] } & RowActions) {
  const { t } = useTranslation();
  const lang = useLang();
  const implemented = measures.filter((m) => m.status === 'implemented').length;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={enumLabel('measureCategory', category, lang)}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {enumLabel('measureCategory', category, lang)}
        </Title>
        <Text size="sm" c="dimmed">
          {t('measures.implementedOf', { done: implemented, total: measures.length })}
        </Text>
      </Group>
      <Stack gap={0}>
        {measures.map((m) => (
          <MeasureRow key={`${m.id}-${m.revision}`} measure={m} {...actions} />
        ))}
        {measures.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('measures.emptyCategory')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** One measure: status and note editable in place, saved with its own button (the list then reloads by itself). */
function MeasureRow({ measure, onStale, onEdit, onRefused }: { measure: SecurityMeasure } & RowActions) {
  const { t } = useTranslation();
  const lang = useLang();
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [note, setNote] = useState(measure.note);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = status !== measure.status || note !== measure.note;
  const label = termLabel(measure, lang);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      await call('securityMeasures.update', {
        id: measure.id,
        revision: measure.revision,
        fields: { ...toForm(measure), status, note },
      });
      notifySuccess(t('measures.saved', { name: label }), undefined, 2500);
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) onStale();
      setError(isApiError(e, 'INVALID_INPUT') ? (issueText(t, e.error.issues?.[0]?.message) ?? t('e.INVALID_INPUT')) : failureText(t, e));
    } finally {
      setSaving(false);
    }
  }

  function confirmDelete() {
    modals.openConfirmModal({
      title: t('measures.deleteTitle'),
      children: <Text size="sm">{t('measures.deleteText', { name: label })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('securityMeasures.delete', { id: measure.id, revision: measure.revision });
          notifySuccess(t('measures.deleted', { name: label }));
        } catch (e) {
          onRefused(failureText(t, e));
          onStale();
        }
      },
    });
  }

  const used = measure.usedBy.activities + measure.usedBy.services;
  return (
    <Group
      role="group"
      aria-label={label}
      align="flex-start"
      wrap="nowrap"
      gap="md"
      py="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6}>
          <Text size="sm" fw={500}>
            {label}
          </Text>
          {!measure.builtin && (
            <Badge size="xs" variant="outline" color="forteckna" style={{ textTransform: 'none' }}>
              {t('measures.own')}
            </Badge>
          )}
          {used > 0 && (
            <Text size="xs" c="dimmed">
              {t('measures.usedBy', { activities: measure.usedBy.activities, services: measure.usedBy.services })}
            </Text>
          )}
        </Group>
        <Textarea
          aria-label={t('measures.noteFor', { name: label })}
          placeholder={t('measures.notePlaceholder')}
          autosize
          minRows={1}
          maxRows={6}
          size="xs"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
      <Stack gap={4} align="flex-end">
        <SegmentedControl
          size="xs"
          aria-label={t('measures.statusFor', { name: label })}
          value={status}
          onChange={(v) => setStatus(v as MeasureStatus)}
          color={STATUS_COLOR[status]}
          data={MEASURE_STATUSES.map((s) => ({ value: s, label: enumLabel('measureStatus', s, lang) }))}
        />
        <Group gap={4} wrap="nowrap">
          {dirty && (
            <>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  setStatus(measure.status);
                  setNote(measure.note);
                }}
              >
                {t('measures.undo')}
              </Button>
              <Button size="compact-xs" onClick={() => void save()} loading={saving} aria-label={t('measures.saveNamed', { name: label })}>
                {t('common.save')}
              </Button>
            </>
          )}
          <Tooltip label={t('measures.editNamed', { name: label })}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              onClick={() => onEdit(measure)}
              aria-label={t('measures.editNamed', { name: label })}
            >
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
          {!measure.builtin && (
            <Tooltip label={t('measures.deleteNamed', { name: label })}>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red"
                onClick={confirmDelete}
                aria-label={t('measures.deleteNamed', { name: label })}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Stack>
    </Group>
  );
}

/** The register-wide summary, usable as an annex: implemented (and planned) measures per category. */
function SummaryView() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data: summary, error } = useCall('securityMeasures.summary', {});

  if (error) return <ErrorLine message={t(errorKey(error))} />;
  if (!summary)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.working')} />
      </Center>
    );
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={t('measures.summaryTitle')}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h3">
            {t('measures.summaryTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('measures.summaryIntro')}
          </Text>
        </div>
        <Button variant="default" size="xs" leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
          {t('measures.print')}
        </Button>
      </Group>
      <Text size="sm" mb="md" data-testid="measures-counts">
        {t('measures.summaryCounts', {
          implemented: summary.counts.implemented,
          planned: summary.counts.planned,
          notApplicable: summary.counts.notApplicable,
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {summary.categories.map((c) => (
          <Stack key={c.category} gap={6}>
            <Title order={3} size="h5">
              {enumLabel('measureCategory', c.category, lang)} ({c.implemented.length})
            </Title>
            {c.implemented.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('measures.noneImplemented')}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {c.implemented.map((m) => (
                  <List.Item key={m.id}>
                    {termLabel(m, lang)}
                    {m.note && (
                      <Text size="xs" c="dimmed">
                        {m.note}
                      </Text>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
            {c.planned.length > 0 && (
              <>
                <Text size="xs" fw={600} c="dimmed" mt={6}>
                  {t('measures.plannedHeading')}
                </Text>
                <List size="xs" spacing={2} c="dimmed">
                  {c.planned.map((m) => (
                    <List.Item key={m.id}>{termLabel(m, lang)}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}

function MeasureEditor({ measure, onClose }: { measure: SecurityMeasure | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SecurityMeasureFields, unknown, MeasureOutput>({
    resolver: schemaResolver<SecurityMeasureFields, MeasureOutput>(securityMeasureFields),
    defaultValues: measure ? toForm(measure) : emptySecurityMeasure,
  });
  const editor = useRecordEditor({
    initial: measure,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'measures',
    textParams: (m) => ({ name: termLabel(m, lang) }),
    onSaved: onClose,
    create: (fields: MeasureOutput) => call('securityMeasures.create', fields),
    update: (m, fields) => call('securityMeasures.update', { id: m.id, revision: m.revision, fields }),
  });
  const current = editor.record;
  const err = (n: string) => issueText(t, errorAt(errors, n));

  return (
    <form onSubmit={handleSubmit(editor.save)} noValidate>
      <Stack gap="sm">
        <RecordConflict editor={editor} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('measures.category')}
            {...register('category')}
            disabled={current?.builtin}
            data={MEASURE_CATEGORIES.map((c) => ({ value: c, label: enumLabel('measureCategory', c, lang) }))}
            error={err('category')}
          />
          <NativeSelect
            label={t('field.status')}
            {...register('status')}
            data={MEASURE_STATUSES.map((s) => ({ value: s, label: enumLabel('measureStatus', s, lang) }))}
            error={err('status')}
          />
        </SimpleGrid>
        {/* Swedish first; the English beside it is optional and used by English documents. */}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('measures.labelSv')} {...register('labelSv')} error={err('labelSv')} withAsterisk data-autofocus />
          <TextInput label={t('measures.labelEn')} lang="en" {...register('labelEn')} error={err('labelEn')} />
          <Textarea
            label={t('measures.note')}
            description={t('measures.noteHelp')}
            autosize
            minRows={2}
            {...register('note')}
            error={err('note')}
          />
          <Textarea
            label={t('measures.noteEn')}
            description={t('english.help')}
            lang="en"
            autosize
            minRows={2}
            {...register('noteEn')}
            error={err('noteEn')}
          />
        </SimpleGrid>
        <FormFooter editor={editor} submitting={isSubmitting} onCancel={onClose} />
        {current && <HistoryPanel kind="securityMeasure" recordId={current.id} onRestored={onClose} />}
      </Stack>
    </form>
  );
}
