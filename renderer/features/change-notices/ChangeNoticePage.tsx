import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBulb, IconCalendarDue, IconMailForward, IconMailOff } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import {
  CHANGE_KINDS,
  changeNoticeFields,
  emptyChangeNotice,
  type ChangeDecision,
  type ChangeNotice,
  type ChangeNoticeFields,
  type NoticeRecipient,
  type NoticeSubprocessor,
} from '../../../shared/contract';
import { enumLabel, locationLabel } from '../../../shared/domain/labels';
import { call, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { fieldsFor } from '../../ui/fields';
import { schemaResolver } from '../../ui/forms';
import { formatDate, formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useCall } from '../../ui/useCall';
import { useLookups } from '../../ui/useLookups';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { HistoryPanel } from '../history/HistoryPanel';
import { changeLine, NoticeStateBadge } from './notice-ui';
import { Recipients, RecipientsTable } from './Recipients';
import { WarningsAlert } from '../../ui/FormBits';

type NoticeOutput = z.output<typeof changeNoticeFields>;

/** The form's own shape: the effective date as text ('' = none), the sub-processor unset (null) until chosen. */
type NoticeForm = Omit<ChangeNoticeFields, 'effectiveDate' | 'subprocessorId'> & {
  effectiveDate: string;
  subprocessorId: number | null;
  reasonEn: string;
};

const F = fieldsFor<NoticeForm>();
const FIELD_ROOTS = new Set(Object.keys(changeNoticeFields.shape));
/** The decisions a user makes; 'pending' is the app's proposal, not a choice. */
const DECISIONS: ChangeDecision[] = ['notify', 'no_notice', 'withdrawn'];

const toForm = (n: ChangeNotice): NoticeForm => ({ ...n.fields, effectiveDate: n.fields.effectiveDate ?? '' });

function emptyForm(subprocessorId: number | null, serviceId: number | null): NoticeForm {
  return { ...emptyChangeNotice, subprocessorId, serviceIds: serviceId === null ? [] : [serviceId], effectiveDate: '', reasonEn: '' };
}

/** The form's values as changeNoticeFields takes them. */
function prepare(v: NoticeForm): unknown {
  const date = v.effectiveDate.trim();
  return {
    ...v,
    // Unset is "required", not "invalid".
    subprocessorId: v.subprocessorId ?? undefined,
    replacedSubprocessorId: v.kind === 'replace' ? v.replacedSubprocessorId : null,
    effectiveDate: date === '' ? null : date,
  };
}

const noticeResolver = schemaResolver<NoticeForm, NoticeOutput>(changeNoticeFields, prepare);

/** The core refused the effective date for coming before the latest deadline (`v.changeNotice.beforeDeadline` { deadline }). */
const refusedBefore = (e: unknown): boolean =>
  isApiError(e, 'INVALID_INPUT') && (e.error.issues ?? []).some((i) => i.message === 'v.changeNotice.beforeDeadline');

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** /andringsmeddelanden/ny (?underbitrade=…&tjanst=…) and /andringsmeddelanden/:id. */
export function ChangeNoticePage() {
  const { id: idParam } = useParams();
  const [params] = useSearchParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record, loadError } = useRecordLoad(id, (noticeId) => call('changeNotices.get', { id: noticeId }));
  if (id !== null && !record) return <RecordLoading back={<Back />} loadError={loadError} />;
  return (
    <NoticeEditor
      key={record?.id ?? 'new'}
      initial={record}
      subprocessorId={positive(params.get('underbitrade'))}
      serviceId={positive(params.get('tjanst'))}
    />
  );
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.changeNotices.list} label={t('changeNotices.back')} />;
}

function NoticeEditor({
  initial,
  subprocessorId,
  serviceId,
}: {
  initial: ChangeNotice | null;
  subprocessorId: number | null;
  serviceId: number | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const empty = useMemo(() => emptyForm(subprocessorId, serviceId), [subprocessorId, serviceId]);
  const form = useForm<NoticeForm, unknown, NoticeOutput>({
    resolver: noticeResolver,
    defaultValues: initial ? toForm(initial) : empty,
  });
  const {
    handleSubmit,
    reset,
    setError,
    setValue,
    setFocus,
    control,
    formState: { isSubmitting, isDirty },
  } = form;
  // Set when the core refused the effective date for coming before the latest deadline: the field
  // says why (with the deadline), and the reason to go earlier may then be given.
  const [refused, setRefused] = useState(false);
  const guard = async <R,>(work: () => Promise<R>): Promise<R> => {
    try {
      const saved = await work();
      setRefused(false);
      return saved;
    } catch (e) {
      if (refusedBefore(e)) setRefused(true);
      throw e;
    }
  };
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'changeNotices',
    listPath: paths.changeNotices.list,
    textParams: (n: ChangeNotice) => ({ name: n.subprocessor.name }),
    create: (values: NoticeOutput) => guard(() => call('changeNotices.create', values)),
    update: (n, values) => guard(() => call('changeNotices.update', { id: n.id, revision: n.revision, fields: values })),
    remove: (n) => call('changeNotices.delete', { id: n.id, revision: n.revision }),
  });
  const { record: notice } = editor;
  const lookups = useLookups(['subprocessors']);
  const services = useCall('services.list', { includeArchived: true }, { reloadOn: ['services'] });

  const kind = useWatch({ control, name: 'kind' });
  const decision = useWatch({ control, name: 'decision' });
  const earlyReason = useWatch({ control, name: 'earlyReason' });
  const showEarly = refused || (notice?.fields.earlyReason ?? '') !== '' || earlyReason.trim() !== '';

  // A choice in the proposal's alert focuses what the choice asks for, once it is on the page.
  const [focusNext, setFocusNext] = useState<'effectiveDate' | 'decisionNote' | null>(null);
  useEffect(() => {
    if (focusNext) {
      setFocus(focusNext);
      setFocusNext(null);
    }
  }, [focusNext, decision, setFocus]);
  const choose = (next: 'notify' | 'no_notice') => {
    setValue('decision', next, { shouldDirty: true });
    setFocusNext(next === 'notify' ? 'effectiveDate' : 'decisionNote');
  };

  // A new notice: the chosen sub-processor as the letters will describe it, and whom the change reaches.
  const watchedSubprocessor = useWatch({ control, name: 'subprocessorId' });
  const chosen = notice ? undefined : lookups.subprocessors.find((s) => s.id === watchedSubprocessor);
  const preview = usePreview(notice ? null : form.watch());
  const subprocessorOptions = lookups.subprocessors.map((s) => ({ value: String(s.id), label: s.name }));
  const serviceOptions = (services.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const title = notice ? changeLine(t, notice) : t('changeNotices.newTitle');

  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={title}
        description={
          notice ? (
            <Group gap="xs" component="span">
              <NoticeStateBadge state={notice.state} />
              <span>{enumLabel('changeKind', notice.kind, lang)}</span>
              <span>·</span>
              <span>{t('changeNotices.updatedAt', { date: formatDateTime(notice.updatedAt) })}</span>
            </Group>
          ) : (
            t('changeNotices.newDescription')
          )
        }
      />
      <RecordConflict editor={editor} />
      {notice?.proposed && notice.decision === 'pending' && <ProposalAlert notice={notice} decision={decision} onChoose={choose} />}
      {notice && <WarningsAlert title={t('changeNotices.warningsTitle')} warnings={notice.warnings} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <FormProvider {...form}>
            <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={title}>
              <Stack gap="md">
                <Fieldset legend={t('changeNotices.fieldset.change')}>
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <NativeSelect
                        label={t('changeNotices.kindLabel')}
                        data={CHANGE_KINDS.map((k) => ({ value: k, label: enumLabel('changeKind', k, lang) }))}
                        {...form.register('kind')}
                      />
                      <F.NullableIdSelect
                        name="subprocessorId"
                        label={kind === 'replace' ? t('changeNotices.subprocessorNew') : t('changeNotices.subprocessor')}
                        placeholder={t('changeNotices.pickSubprocessor')}
                        data={subprocessorOptions}
                      />
                      {kind === 'replace' && (
                        <F.NullableIdSelect
                          name="replacedSubprocessorId"
                          label={t('changeNotices.replaced')}
                          placeholder={t('changeNotices.pickReplaced')}
                          data={subprocessorOptions}
                        />
                      )}
                    </SimpleGrid>
                    {kind === 'change' ? (
                      <Text size="sm" c="dimmed">
                        {t('changeNotices.servicesAll')}
                      </Text>
                    ) : (
                      <F.IdMultiSelect
                        name="serviceIds"
                        label={t('changeNotices.services')}
                        description={t('changeNotices.servicesHelp')}
                        data={serviceOptions}
                      />
                    )}
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('changeNotices.fieldset.words')}>
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      <F.TextAreaField
                        name="changeSv"
                        label={t('changeNotices.changeSv')}
                        description={t('changeNotices.changeSvHelp')}
                        lang="sv"
                      />
                      <F.TextAreaField
                        name="changeEn"
                        label={t('changeNotices.changeEn')}
                        description={t('changeNotices.changeEnHelp')}
                        lang="en"
                      />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      <F.TextAreaField
                        name="reason"
                        label={t('changeNotices.reason')}
                        description={t('changeNotices.reasonHelp')}
                        lang="sv"
                      />
                      <F.TextAreaField
                        name="reasonEn"
                        label={t('changeNotices.reasonEn')}
                        description={t('changeNotices.changeEnHelp')}
                        lang="en"
                      />
                    </SimpleGrid>
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('changeNotices.fieldset.decision')}>
                  <Stack gap="sm">
                    <Controller
                      control={control}
                      name="decision"
                      render={({ field, fieldState }) => (
                        <Radio.Group
                          label={t('changeNotices.decisionLabel')}
                          value={field.value === 'pending' ? null : field.value}
                          onChange={(v) => field.onChange(v)}
                          error={fieldState.error ? t(fieldState.error.message ?? 'v.invalid') : undefined}
                          data-field="decision"
                        >
                          <Group mt={6}>
                            {DECISIONS.map((d) => (
                              <Radio key={d} value={d} label={enumLabel('changeDecision', d, lang)} />
                            ))}
                          </Group>
                        </Radio.Group>
                      )}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.TextField
                        name="effectiveDate"
                        label={t('changeNotices.effectiveDate')}
                        placeholder={t('field.datePlaceholder')}
                        description={
                          notice?.latestDeadline
                            ? t('changeNotices.latestDeadline', { date: formatDate(notice.latestDeadline) })
                            : t('changeNotices.effectiveDateHelp')
                        }
                        leftSection={<IconCalendarDue size={16} />}
                      />
                      <F.TextField name="decidedBy" label={t('changeNotices.decidedBy')} />
                    </SimpleGrid>
                    {showEarly && (
                      <Stack gap="xs" data-testid="early-reason">
                        <F.TextAreaField
                          name="earlyReason"
                          label={t('changeNotices.earlyReason')}
                          description={t('changeNotices.earlyReasonHelp')}
                        />
                      </Stack>
                    )}
                    {(decision === 'no_notice' || decision === 'withdrawn') && (
                      <F.TextAreaField
                        name="decisionNote"
                        label={t(`changeNotices.decisionNote.${decision}`)}
                        description={t(`changeNotices.decisionNoteHelp.${decision}`)}
                      />
                    )}
                  </Stack>
                </Fieldset>

                <FormFooter
                  editor={editor}
                  submitting={isSubmitting}
                  dirty={isDirty}
                  onUndo={() => reset(notice ? toForm(notice) : empty)}
                  onDelete={notice && notice.counts.sent === 0 ? editor.confirmDelete : undefined}
                />
              </Stack>
            </form>
          </FormProvider>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            {notice ? (
              <>
                <SubprocessorCard details={notice.subprocessorDetails} title={t('changeNotices.details')} />
                {notice.replacedDetails && <SubprocessorCard details={notice.replacedDetails} title={t('changeNotices.replaced')} />}
              </>
            ) : (
              <>
                {chosen && <SubprocessorCard details={chosen} title={t('changeNotices.details')} />}
                <PreviewSummary recipients={preview.recipients} />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {notice ? <Recipients notice={notice} onChanged={(next) => editor.accept(next, true)} /> : <Preview {...preview} />}
      {notice && (
        <HistoryPanel
          kind="changeNotice"
          recordId={notice.id}
          withChildren
          onRestored={() => call('changeNotices.get', { id: notice.id }).then(editor.accept)}
        />
      )}
    </Stack>
  );
}

/** "Förteckna föreslår ett meddelande eftersom …", with the two choices the proposal asks for. */
function ProposalAlert({
  notice,
  decision,
  onChoose,
}: {
  notice: ChangeNotice;
  decision: ChangeDecision;
  onChoose: (decision: 'notify' | 'no_notice') => void;
}) {
  const { t } = useTranslation();
  const services = notice.services.map((s) => s.name).join(', ');
  const because = t(`changeNotices.because.${notice.kind}`, {
    name: notice.subprocessor.name,
    replaced: notice.replacedSubprocessor?.name ?? '',
    services,
  });
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconBulb size={20} />}
      title={t('changeNotices.proposedTitle')}
      role="region"
      aria-label={t('changeNotices.proposedTitle')}
    >
      <Stack gap="xs">
        <Text size="sm">{t('changeNotices.proposedText', { because, count: notice.counts.affected })}</Text>
        {notice.changeSv && (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-line' }}>
            {notice.changeSv}
          </Text>
        )}
        <Text size="sm">{t('changeNotices.proposedChoose')}</Text>
        <Group gap="sm">
          <Button
            size="sm"
            leftSection={<IconMailForward size={16} />}
            variant={decision === 'notify' ? 'filled' : 'white'}
            onClick={() => onChoose('notify')}
            aria-pressed={decision === 'notify'}
          >
            {t('changeNotices.chooseNotify')}
          </Button>
          <Button
            size="sm"
            color="gray"
            leftSection={<IconMailOff size={16} />}
            variant={decision === 'no_notice' ? 'filled' : 'white'}
            onClick={() => onChoose('no_notice')}
            aria-pressed={decision === 'no_notice'}
          >
            {t('changeNotices.chooseNoNotice')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** What the letters will say about a sub-processor: the register's current values. */
function SubprocessorCard({ details: s, title }: { details: NoticeSubprocessor; title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const row = (label: string, value: string) =>
    value.trim() ? (
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={500}>
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {value}
        </Text>
      </div>
    ) : null;
  return (
    <Card withBorder padding="md" component="section" aria-label={`${title}: ${s.name}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            {title}
          </Title>
          {s.thirdCountry && (
            <Badge size="sm" variant="light" color="blue">
              {t('subprocessors.thirdCountry')}
            </Badge>
          )}
        </Group>
        <Text fw={600}>{s.name}</Text>
        <Text size="xs" c="dimmed">
          {t('changeNotices.detailsHelp')}
        </Text>
        {row(t('changeNotices.detail.orgNr'), s.orgNr)}
        {row(t('changeNotices.detail.place'), locationLabel(s, lang))}
        {row(t('changeNotices.detail.does'), s.serviceDescription)}
        {row(t('changeNotices.detail.where'), s.processingLocations)}
        {row(t('changeNotices.detail.mechanism'), enumLabel('transferMechanism', s.transferMechanism, lang))}
        <Anchor component={Link} to={paths.subprocessors.one(s.id)} size="sm">
          {t('changeNotices.toSubprocessor')}
        </Anchor>
      </Stack>
    </Card>
  );
}

/** Before a notice exists: the customers the fields as typed would reach (changeNotices.preview); null until they make a change. */
function usePreview(values: NoticeForm | null): { fields: ChangeNoticeFields | null; recipients: NoticeRecipient[] | undefined } {
  // Debounced as text: the form's values are a new object on every render.
  const [debounced] = useDebouncedValue(values ? JSON.stringify(values) : '', 300);
  const typed = debounced ? (JSON.parse(debounced) as NoticeForm) : null;
  // The proposal's decision, so that a preview needs no effective date yet.
  const prepared = typed ? prepare({ ...typed, decision: 'pending', decisionNote: '' }) : null;
  const fields = prepared && changeNoticeFields.safeParse(prepared).success ? (prepared as ChangeNoticeFields) : null;
  const preview = useCall('changeNotices.preview', fields ? { fields } : null, {
    keepPrevious: true,
    reloadOn: ['subscriptions', 'agreements', 'services'],
  });
  return { fields, recipients: fields ? preview.data : undefined };
}

/** The preview in a few words, beside the form: how many customers, the latest deadline if sent today. */
function PreviewSummary({ recipients }: { recipients: NoticeRecipient[] | undefined }) {
  const { t } = useTranslation();
  const latest = recipients?.reduce<string | null>((max, r) => (max === null || r.deadline > max ? r.deadline : max), null) ?? null;
  const noAgreement = recipients?.filter((r) => r.noAgreement).length ?? 0;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('changeNotices.previewTitle')}>
      <Title order={2} size="h5" mb={4}>
        {t('changeNotices.previewTitle')}
      </Title>
      {recipients === undefined ? (
        <Text size="sm" c="dimmed">
          {t('changeNotices.previewWaiting')}
        </Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm">{t('changeNotices.previewCount', { count: recipients.length })}</Text>
          {latest && <Text size="sm">{t('changeNotices.previewLatest', { date: formatDate(latest) })}</Text>}
          {noAgreement > 0 && (
            <Text size="sm" c="orange.8">
              {t('changeNotices.previewNoAgreement', { count: noAgreement })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

/** The customers the new notice would reach, with their agreements and deadlines. */
function Preview({ fields, recipients }: ReturnType<typeof usePreview>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="notice-preview-title">
      <div>
        <Title order={2} size="h3" fw={600} id="notice-preview-title">
          {t('changeNotices.previewTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('changeNotices.previewHelp')}
        </Text>
      </div>
      {!fields ? (
        <Text size="sm" c="dimmed">
          {t('changeNotices.previewWaiting')}
        </Text>
      ) : (
        <RecipientsTable recipients={recipients ?? []} label={t('changeNotices.previewTitle')} emptyText={t('changeNotices.previewNone')} />
      )}
    </Stack>
  );
}
