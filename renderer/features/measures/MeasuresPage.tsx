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
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { securityMeasureFields, type MethodOutput, type SecurityMeasure } from '../../../shared/contract';
import { MEASURE_CATEGORIES, MEASURE_STATUSES, type MeasureStatus } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { failureText } from '../../ui/failures';
import { useLang } from '../../ui/lang';

type MeasureForm = z.input<typeof securityMeasureFields>;
type MeasureOutput = z.output<typeof securityMeasureFields>;
type Summary = MethodOutput<'securityMeasures.summary'>;

const STATUS_COLOR: Record<MeasureStatus, string> = { implemented: 'teal', planned: 'yellow', not_applicable: 'gray' };

/** Säkerhetsåtgärder: the catalogue of technical, organisational and physical measures (Art. 32). */
export function MeasuresPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('catalogue');
  const [measures, setMeasures] = useState<SecurityMeasure[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState<SecurityMeasure | 'new' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const load = useCallback(() => {
    call('securityMeasures.list', {})
      .then((list) => {
        setMeasures(list);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(e));
  }, []);
  useEffect(load, [load]);

  const replace = (saved: SecurityMeasure) => setMeasures((list) => (list ?? []).map((m) => (m.id === saved.id ? saved : m)));
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
                  onSaved={replace}
                  onConflict={load}
                  onEdit={setEditing}
                  onDeleted={load}
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
            onDone={(saved) => {
              setEditing(null);
              load();
              if (saved) notifySuccess(t('measures.saved', { name: saved.labelSv }));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function CategoryCard({
  category,
  measures,
  onSaved,
  onConflict,
  onEdit,
  onDeleted,
  onRefused,
}: {
  category: (typeof MEASURE_CATEGORIES)[number];
  measures: SecurityMeasure[];
  onSaved: (m: SecurityMeasure) => void;
  onConflict: () => void;
  onEdit: (m: SecurityMeasure) => void;
  onDeleted: () => void;
  onRefused: (text: string) => void;
}) {
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
          <MeasureRow
            key={`${m.id}-${m.revision}`}
            measure={m}
            onSaved={onSaved}
            onConflict={onConflict}
            onEdit={onEdit}
            onDeleted={onDeleted}
            onRefused={onRefused}
          />
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

/** One measure: status and note editable in place, saved with its own button. */
function MeasureRow({
  measure,
  onSaved,
  onConflict,
  onEdit,
  onDeleted,
  onRefused,
}: {
  measure: SecurityMeasure;
  onSaved: (m: SecurityMeasure) => void;
  onConflict: () => void;
  onEdit: (m: SecurityMeasure) => void;
  onDeleted: () => void;
  onRefused: (text: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [note, setNote] = useState(measure.note);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = status !== measure.status || note !== measure.note;
  const label = lang === 'en' && measure.labelEn ? measure.labelEn : measure.labelSv;

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const saved = await call('securityMeasures.update', {
        id: measure.id,
        revision: measure.revision,
        fields: { category: measure.category, labelSv: measure.labelSv, labelEn: measure.labelEn, status, note },
      });
      onSaved(saved);
      notifySuccess(t('measures.saved', { name: label }), undefined, 2500);
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) onConflict();
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
        }
        onDeleted();
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
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    call('securityMeasures.summary', {})
      .then((s) => alive && setSummary(s))
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, []);

  if (error) return <ErrorLine message={t(errorKey(error))} />;
  if (!summary)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.working')} />
      </Center>
    );
  const label = (m: { labelSv: string; labelEn: string }) => (lang === 'en' && m.labelEn ? m.labelEn : m.labelSv);
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
                    {label(m)}
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
                    <List.Item key={m.id}>{label(m)}</List.Item>
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

function MeasureEditor({ measure, onDone }: { measure: SecurityMeasure | null; onDone: (saved: SecurityMeasure | null) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [current, setCurrent] = useState<SecurityMeasure | null>(measure);
  const [conflict, setConflict] = useState<SecurityMeasure | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const toForm = (m: SecurityMeasure | null): MeasureForm =>
    m
      ? { category: m.category, labelSv: m.labelSv, labelEn: m.labelEn, status: m.status, note: m.note }
      : { category: 'technical', labelSv: '', labelEn: '', status: 'implemented', note: '' };
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MeasureForm, unknown, MeasureOutput>({
    resolver: schemaResolver<MeasureForm, MeasureOutput>(securityMeasureFields),
    defaultValues: toForm(measure),
  });
  const err = (n: string) => issueText(t, errorAt(errors, n));

  async function save(fields: MeasureOutput) {
    setSaveError(null);
    setConflict(null);
    try {
      const saved = current
        ? await call('securityMeasures.update', { id: current.id, revision: current.revision, fields })
        : await call('securityMeasures.create', fields);
      onDone(saved);
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) {
        const latest = (e.error.details as { current?: SecurityMeasure } | undefined)?.current;
        if (latest) setConflict(latest);
        else setSaveError(failureText(t, e));
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(
          setError,
          e.error.issues,
          (n) => ['category', 'labelSv', 'labelEn', 'status', 'note'].includes(n),
          'fields',
        );
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
        <TextInput label={t('measures.labelSv')} {...register('labelSv')} error={err('labelSv')} withAsterisk data-autofocus />
        <TextInput label={t('measures.labelEn')} {...register('labelEn')} error={err('labelEn')} />
        <Textarea
          label={t('measures.note')}
          description={t('measures.noteHelp')}
          autosize
          minRows={2}
          {...register('note')}
          error={err('note')}
        />
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
