import { Alert, Button, Card, Divider, Fieldset, Grid, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconCalendarPlus,
  IconFileTypeDocx,
  IconInfoCircle,
  IconMessageReply,
  IconSend,
  IconUserCheck,
} from '@tabler/icons-react';
import { useState } from 'react';
import { FormProvider, useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  CLOSED_DSR_STATUSES,
  DSR_CHANNELS,
  DSR_RIGHTS,
  DSR_STATUSES,
  IDENTITY_STATES,
  OUR_ROLES,
  DSR_OUTCOMES,
  type DsrRequest,
  type DsrStatus,
  type RequestClock,
} from '../../../shared/contract';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { fieldsFor, useFieldError } from '../../ui/fields';
import { WarningsAlert } from '../../ui/FormBits';
import { formatDate, formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useCall } from '../../ui/useCall';
import { useLookups } from '../../ui/useLookups';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { HistoryPanel } from '../history/HistoryPanel';
import { DeadlineBadge, requestTitle, StatusBadge } from './request-ui';
import { AnswerDialog, ExtendDialog, ForwardDialog, ReplyDialog, VerifyDialog, type RequestAction } from './RequestDialogs';
import { emptyForm, FIELD_ROOTS, previewClock, requestResolver, toForm, type RequestForm, type RequestOutput } from './request-form';

const F = fieldsFor<RequestForm>();
/** Rights after which the recipients of the data are told (Art. 19). */
const ART_19_RIGHTS = new Set(['rectification', 'erasure', 'restriction']);
/** A help text under its input, so that fields side by side keep their inputs in line. */
const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** /arenden/begaranden/ny and /arenden/begaranden/:id. */
export function RequestPage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record, loadError } = useRecordLoad(id, (requestId) => call('requests.get', { id: requestId }));
  if (id !== null && !record) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <RequestEditor key={record?.id ?? 'new'} initial={record} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.requests.list} label={t('requests.back')} />;
}

function RequestEditor({ initial }: { initial: DsrRequest | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [empty] = useState(emptyForm);
  const form = useForm<RequestForm, unknown, RequestOutput>({
    resolver: requestResolver,
    defaultValues: initial ? toForm(initial) : empty,
  });
  const {
    handleSubmit,
    reset,
    setError,
    control,
    formState: { isSubmitting, isDirty },
  } = form;
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'requests',
    listPath: paths.requests.list,
    textParams: (r: DsrRequest) => ({ name: r.requesterName }),
    create: (values: RequestOutput) => call('requests.create', values),
    update: (r, values) => call('requests.update', { id: r.id, revision: r.revision, fields: values }),
    remove: (r) => call('requests.delete', { id: r.id, revision: r.revision }),
  });
  const { record: request } = editor;
  const [dialog, setDialog] = useState<RequestAction | null>(null);

  const lookups = useLookups(['systems']);
  const activities = useCall('activities.list', { includeArchived: true }, { reloadOn: ['activities'] });
  const activityOptions = (activities.data?.items ?? []).map((a) => ({
    value: a.id,
    label: lang === 'en' && a.nameEn ? a.nameEn : a.name,
  }));
  const systemOptions = lookups.systems.map((s) => ({ value: s.id, label: s.name }));

  // Only what the clock and the sections that come and go depend on: the whole form would re-render the page at each key.
  const [receivedOn, extensionNotifiedOn, status, ourRole, answeredOn, forwardedOn, right] = useWatch({
    control,
    name: ['receivedOn', 'extensionNotifiedOn', 'status', 'ourRole', 'answeredOn', 'forwardedOn', 'right'],
  });
  const clock = previewClock({ receivedOn, extensionNotifiedOn, status, ourRole, answeredOn, forwardedOn });
  const role = ourRole;
  const title = request ? requestTitle(t, lang, request) : t('requests.newTitle');

  const onSaved = (saved: DsrRequest, message: string) => {
    setDialog(null);
    editor.accept(saved, true);
    notifySuccess(message);
  };
  const actionProps = request
    ? { request, onClose: () => setDialog(null), onSaved, onConflict: (e: unknown) => void editor.conflicted(e) }
    : null;

  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={title}
        description={
          request ? (
            <Group gap="xs" component="span">
              <StatusBadge status={request.status} lang={lang} />
              <span>{t('requests.updatedAt', { date: formatDateTime(request.updatedAt) })}</span>
            </Group>
          ) : (
            t('requests.newDescription')
          )
        }
      />
      <RecordConflict editor={editor} />
      {request && <WarningsAlert title={t('requests.warningsTitle')} warnings={request.warnings} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <FormProvider {...form}>
            <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={title}>
              <Stack gap="md">
                <Fieldset legend={t('requests.section.request')}>
                  <Stack gap="sm">
                    <Grid>
                      <Grid.Col span={{ base: 12, sm: 6 }}>
                        <F.EnumSelect name="right" kind="dsrRight" values={DSR_RIGHTS} label={t('requests.f.right')} />
                      </Grid.Col>
                      <Grid.Col span={{ base: 6, sm: 3 }}>
                        <F.TextField
                          name="receivedOn"
                          label={t('requests.f.receivedOn')}
                          description={t('requests.f.receivedOnHelp')}
                          placeholder={t('field.datePlaceholder')}
                          inputWrapperOrder={BELOW}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 6, sm: 3 }}>
                        <F.EnumSelect name="channel" kind="dsrChannel" values={DSR_CHANNELS} label={t('requests.f.channel')} />
                      </Grid.Col>
                    </Grid>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.TextField name="requesterName" label={t('requests.f.requesterName')} />
                      <F.TextField
                        name="requesterContact"
                        label={t('requests.f.requesterContact')}
                        description={t('requests.f.requesterContactHelp')}
                        inputWrapperOrder={BELOW}
                      />
                    </SimpleGrid>
                    <F.TextAreaField name="requestText" label={t('requests.f.requestText')} minRows={3} />
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('requests.section.role')}>
                  <Stack gap="sm">
                    <F.EnumRadioGroup name="ourRole" kind="ourRole" values={OUR_ROLES} label={t('requests.f.ourRole')} inline />
                    {role === 'controller' ? (
                      <F.IdMultiSelect
                        name="activityIds"
                        label={t('requests.f.activityIds')}
                        description={t('requests.f.activityIdsHelp')}
                        data={activityOptions}
                      />
                    ) : (
                      <>
                        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} py="xs">
                          {t('requests.processorNote')}
                        </Alert>
                        <SimpleGrid cols={{ base: 1, sm: 2 }}>
                          <CustomerField known={request?.customer ?? null} />
                          <F.TextField name="forwardedOn" label={t('requests.f.forwardedOn')} placeholder={t('field.datePlaceholder')} />
                        </SimpleGrid>
                        <F.TextAreaField
                          name="customerInstruction"
                          label={t('requests.f.customerInstruction')}
                          description={t('requests.f.customerInstructionHelp')}
                        />
                      </>
                    )}
                    <F.IdMultiSelect name="systemIds" label={t('requests.f.systemIds')} data={systemOptions} />
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('requests.section.identity')}>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <F.EnumSelect name="identity" kind="identityState" values={IDENTITY_STATES} label={t('requests.f.identity')} />
                    <F.TextField
                      name="identityMethod"
                      label={t('requests.f.identityMethod')}
                      description={t('requests.f.identityMethodHelp')}
                      inputWrapperOrder={BELOW}
                    />
                    <F.TextField
                      name="identityCheckedOn"
                      label={t('requests.f.identityCheckedOn')}
                      placeholder={t('field.datePlaceholder')}
                    />
                    <F.TextField name="identityCheckedBy" label={t('requests.f.identityCheckedBy')} />
                  </SimpleGrid>
                </Fieldset>

                <Fieldset legend={t('requests.section.deadline')}>
                  <Stack gap="sm">
                    <ClockLines clock={clock} />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.TextAreaField
                        name="extensionReason"
                        label={t('requests.f.extensionReason')}
                        description={t('requests.f.extensionReasonHelp')}
                        inputWrapperOrder={BELOW}
                      />
                      <F.TextField
                        name="extensionNotifiedOn"
                        label={t('requests.f.extensionNotifiedOn')}
                        description={t('requests.f.extensionNotifiedOnHelp')}
                        placeholder={t('field.datePlaceholder')}
                        inputWrapperOrder={BELOW}
                      />
                    </SimpleGrid>
                    {clock?.extensionLate && (
                      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                        {t('requests.clock.extensionLate', { date: formatDate(clock.firstDueOn) })}
                      </Alert>
                    )}
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('requests.section.handling')}>
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.TextAreaField name="searched" label={t('requests.f.searched')} />
                      <F.TextAreaField name="found" label={t('requests.f.found')} />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.EnumSelect name="status" kind="dsrStatus" values={DSR_STATUSES} label={t('requests.f.status')} />
                      <F.NullableEnumSelect
                        name="outcome"
                        kind="dsrOutcome"
                        values={DSR_OUTCOMES}
                        label={t('requests.f.outcome')}
                        placeholder={t('requests.f.noOutcome')}
                      />
                    </SimpleGrid>
                    <F.TextAreaField
                      name="outcomeReason"
                      label={t('requests.f.outcomeReason')}
                      description={t('requests.f.outcomeReasonHelp')}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.TextField name="answeredOn" label={t('requests.f.answeredOn')} placeholder={t('field.datePlaceholder')} />
                      <F.TextField
                        name="feeSek"
                        label={t('requests.f.feeSek')}
                        description={t('requests.f.feeSekHelp')}
                        inputMode="numeric"
                        inputWrapperOrder={BELOW}
                      />
                    </SimpleGrid>
                    {ART_19_RIGHTS.has(right) && (
                      <>
                        <Text size="sm" c="dimmed">
                          {t('requests.recipientsHelp')}
                        </Text>
                        <SimpleGrid cols={{ base: 1, sm: 2 }}>
                          <F.TextField
                            name="recipientsNotifiedOn"
                            label={t('requests.f.recipientsNotifiedOn')}
                            placeholder={t('field.datePlaceholder')}
                          />
                          <F.TextAreaField name="recipientsNote" label={t('requests.f.recipientsNote')} />
                        </SimpleGrid>
                      </>
                    )}
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('requests.section.notes')}>
                  <F.TextAreaField name="notes" label={t('requests.f.notes')} minRows={3} />
                </Fieldset>

                <FormFooter
                  editor={editor}
                  submitting={isSubmitting}
                  dirty={isDirty}
                  onUndo={() => reset(request ? toForm(request) : empty)}
                  onDelete={request ? editor.confirmDelete : undefined}
                />
              </Stack>
            </form>
          </FormProvider>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            <ClockCard clock={clock} status={status} />
            {request && <ActionsCard request={request} onAction={setDialog} />}
          </Stack>
        </Grid.Col>
      </Grid>
      {request && (
        <HistoryPanel
          kind="dsrRequest"
          recordId={request.id}
          onRestored={() => call('requests.get', { id: request.id }).then(editor.accept)}
        />
      )}
      {actionProps && dialog === 'verify' && <VerifyDialog {...actionProps} />}
      {actionProps && dialog === 'extend' && <ExtendDialog {...actionProps} />}
      {actionProps && dialog === 'answer' && <AnswerDialog {...actionProps} />}
      {actionProps && dialog === 'forward' && <ForwardDialog {...actionProps} />}
      {actionProps && dialog === 'reply' && <ReplyDialog request={actionProps.request} onClose={actionProps.onClose} />}
    </Stack>
  );
}

/** The customer whose request it is (as processor), searched in the core: a register may have thousands. */
function CustomerField({ known }: { known: { id: number; name: string } | null }) {
  const { t } = useTranslation();
  const { field } = useController<RequestForm, 'customerId'>({ name: 'customerId' });
  const err = useFieldError();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useCall(
    'customers.list',
    { query: debounced, limit: 50, includeArchived: true },
    { reloadOn: ['customers'], keepPrevious: true },
  );
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (known && !options.some((o) => o.value === known.id)) options.unshift({ value: known.id, label: known.name });
  return (
    <Select<number>
      label={t('requests.f.customerId')}
      placeholder={t('requests.f.customerPlaceholder')}
      data={options}
      value={field.value}
      onChange={(v) => field.onChange(v ?? null)}
      onBlur={field.onBlur}
      ref={field.ref}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The core has matched the search already (without diacritics); show what it found.
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={t('requests.f.noCustomers')}
      error={err('customerId')}
    />
  );
}

/** The Frist section's dates: one month, and three when extended in time. */
function ClockLines({ clock }: { clock: RequestClock | null }) {
  const { t } = useTranslation();
  if (!clock) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Value label={t('requests.clock.first')} value={formatDate(clock.firstDueOn)} />
      {clock.extendedDueOn && (
        <Value label={t('requests.clock.extended')} value={formatDate(clock.extendedDueOn)} struck={clock.extensionLate} />
      )}
    </SimpleGrid>
  );
}

function Value({ label, value, help, struck = false }: { label: string; value: string; help?: string; struck?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={500}>
        {label}
      </Text>
      <Text size="lg" fw={600} td={struck ? 'line-through' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
    </div>
  );
}

/** Beside the form: the legal deadline and the internal target for the values as typed, and where the clock stands today. */
function ClockCard({ clock, status }: { clock: RequestClock | null; status: DsrStatus }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-label={t('requests.clock.title')}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            {t('requests.clock.title')}
          </Title>
          {clock && <DeadlineBadge clock={clock} status={status} />}
        </Group>
        {clock ? (
          <>
            <Value label={t('requests.clock.due')} value={formatDate(clock.dueOn)} />
            <Value label={t('requests.clock.target')} value={formatDate(clock.targetOn)} help={t('requests.clock.targetHelp')} />
            {status === 'forwarded' && (
              <Text size="xs" c="dimmed">
                {t('requests.clock.forwardedHelp')}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('requests.clock.waiting')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The next steps a request can take, each a small dialog; only those that fit its role and state. */
function ActionsCard({ request: r, onAction }: { request: DsrRequest; onAction: (action: RequestAction) => void }) {
  const { t } = useTranslation();
  const closed = CLOSED_DSR_STATUSES.includes(r.status);
  const controller = r.ourRole === 'controller';
  const button = (action: RequestAction, label: string, icon: React.ReactNode, variant: 'light' | 'default' = 'light') => (
    <Button key={action} variant={variant} justify="flex-start" leftSection={icon} onClick={() => onAction(action)} fullWidth>
      {label}
    </Button>
  );
  const steps = [
    !closed && r.fields.identity !== 'verified' && r.fields.identity !== 'not_needed'
      ? button('verify', t('requests.action.verify'), <IconUserCheck size={16} />)
      : null,
    !closed && controller && r.fields.extensionNotifiedOn === null
      ? button('extend', t('requests.action.extend'), <IconCalendarPlus size={16} />)
      : null,
    !closed && !controller && r.status !== 'forwarded' ? button('forward', t('requests.action.forward'), <IconSend size={16} />) : null,
    !closed && controller ? button('answer', t('requests.action.answer'), <IconMessageReply size={16} />) : null,
  ].filter(Boolean);
  const reply = controller && r.right === 'access';
  if (steps.length === 0 && !reply) return null;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('requests.actions.title')}>
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('requests.actions.title')}
        </Title>
        {steps}
        {reply && (
          <>
            {steps.length > 0 && <Divider my={4} />}
            {button('reply', t('requests.action.reply'), <IconFileTypeDocx size={16} />, 'default')}
          </>
        )}
      </Stack>
    </Card>
  );
}
