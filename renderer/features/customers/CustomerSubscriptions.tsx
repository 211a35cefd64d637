import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarOff, IconListDetails, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import {
  emptySubscription,
  subscriptionFields,
  type Customer,
  type Service,
  type Subscription,
  type SubscriptionFields,
} from '../../../shared/contract';
import { VOCABULARY_KINDS } from '../../../shared/domain/enums';
import { enumLabel, locationLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { ProcessorEntryCard } from '../processor-register/ProcessorEntryCard';
import { DataTable } from '../../ui/DataTable';
import { termLabel, todayIso, useLang } from '../../ui/lang';
import { useLookups } from '../../ui/useLookups';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { useCall } from '../../ui/useCall';
import { useRecordEditor } from '../../ui/useRecordEditor';

type SubscriptionOutput = z.output<typeof subscriptionFields>;

/** The form's own shape: no service until one is picked, the end date as text ('' = open). */
type SubscriptionForm = Omit<SubscriptionFields, 'serviceId' | 'endDate'> & { serviceId: number | null; endDate: string };

const FIELD_ROOTS = new Set(Object.keys(subscriptionFields.shape));

const toForm = (s: Subscription): SubscriptionForm => ({ ...formValues(subscriptionFields, s), endDate: s.endDate ?? '' });

const newForm = (customerId: number): SubscriptionForm => ({
  ...emptySubscription,
  customerId,
  serviceId: null,
  startDate: todayIso(),
  endDate: '',
});

const prepare = (v: SubscriptionForm): unknown => ({
  ...v,
  serviceId: v.serviceId ?? undefined,
  startDate: v.startDate.trim(),
  endDate: v.endDate.trim() === '' ? null : v.endDate.trim(),
});

type Status = 'active' | 'upcoming' | 'ended';
const statusOf = (s: Subscription, today: string): Status => (s.active ? 'active' : s.startDate > today ? 'upcoming' : 'ended');
const STATUS_COLOR: Record<Status, string> = { active: 'teal', upcoming: 'blue', ended: 'gray' };

/** The customer's services (subscriptions) and, below, its processor register derived from them. */
export function CustomerSubscriptions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const subs = useCall('subscriptions.list', { customerId: customer.id });
  const services = useCall('services.list', { includeArchived: true });
  const register = useCall('processorRegister.list', { customerId: customer.id });
  const [editing, setEditing] = useState<Subscription | 'new' | null>(null);
  const [ending, setEnding] = useState<Subscription | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const error = subs.error ?? services.error;
  const list = services.data && subs.data;

  /** Changed or removed elsewhere meanwhile: say so and show the list as it is now. */
  function failed(e: unknown) {
    if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) {
      setNotice(t('subscriptions.conflict'));
      subs.reload();
    } else {
      notifyError(t, e);
    }
  }

  function confirmDelete(s: Subscription) {
    modals.openConfirmModal({
      title: t('subscriptions.deleteTitle'),
      children: <Text size="sm">{t('subscriptions.deleteText', { service: s.serviceName, customer: customer.name })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('subscriptions.delete', { id: s.id, revision: s.revision });
          notifySuccess(t('subscriptions.deleted', { service: s.serviceName }));
        } catch (e) {
          failed(e);
        }
      },
    });
  }

  return (
    <Stack gap="lg" mt="lg">
      <Stack gap="sm" component="section" aria-labelledby="customer-subscriptions-title">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h3" fw={600} id="customer-subscriptions-title">
              {t('subscriptions.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('subscriptions.description')}
            </Text>
          </div>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} disabled={!list}>
            {t('subscriptions.add')}
          </Button>
        </Group>
        {notice && (
          <Alert color="orange" withCloseButton onClose={() => setNotice(null)} role="alert" py="xs">
            {notice}
          </Alert>
        )}
        <ErrorLine message={error ? t(errorKey(error)) : null} />
        {!list ? (
          !error && (
            <Center p="md">
              <Loader size="sm" />
            </Center>
          )
        ) : list.length === 0 ? (
          <Card withBorder padding="md">
            <Text size="sm" c="dimmed">
              {t('subscriptions.none')}
            </Text>
          </Card>
        ) : (
          <SubscriptionsTable subs={list} onEdit={setEditing} onEnd={setEnding} onDelete={confirmDelete} />
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="customer-register-title">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h3" fw={600} id="customer-register-title">
              {t('subscriptions.registerTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('subscriptions.registerDescription', { date: register.data?.onDate ?? todayIso() })}
            </Text>
          </div>
          <Button component={Link} to={paths.processorRegister} variant="default" leftSection={<IconListDetails size={16} />}>
            {t('subscriptions.toRegister')}
          </Button>
        </Group>
        <ErrorLine message={register.error ? t(errorKey(register.error)) : null} />
        {register.data === undefined ? (
          !register.error && (
            <Center p="md">
              <Loader size="sm" />
            </Center>
          )
        ) : register.data.entries.length === 0 ? (
          <Card withBorder padding="md">
            <Text size="sm" c="dimmed">
              {t('subscriptions.registerEmpty')}
            </Text>
          </Card>
        ) : (
          register.data.entries.map((entry) => <ProcessorEntryCard key={entry.subscriptionId} entry={entry} />)
        )}
      </Stack>

      {editing !== null && (
        <SubscriptionModal
          customer={customer}
          subscription={editing === 'new' ? null : editing}
          services={services.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(null);
          }}
        />
      )}
      {ending && (
        <EndModal
          subscription={ending}
          onClose={() => setEnding(null)}
          onFailed={(e) => {
            setEnding(null);
            failed(e);
          }}
        />
      )}
    </Stack>
  );
}

function SubscriptionsTable({
  subs,
  onEdit,
  onEnd,
  onDelete,
}: {
  subs: Subscription[];
  onEdit: (s: Subscription) => void;
  onEnd: (s: Subscription) => void;
  onDelete: (s: Subscription) => void;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const columns: ColumnDef<Subscription, unknown>[] = [
    {
      id: 'service',
      header: t('subscriptions.service'),
      size: 240,
      cell: ({ row: { original: s } }) => (
        <>
          <Anchor component={Link} to={paths.services.one(s.serviceId)} size="sm" fw={500}>
            {s.serviceName}
          </Anchor>
          {s.notes && (
            <Text size="xs" c="dimmed" lineClamp={1} title={s.notes}>
              {s.notes}
            </Text>
          )}
        </>
      ),
    },
    { id: 'start', header: t('subscriptions.start'), size: 110, cell: (c) => formatDate(c.row.original.startDate) },
    { id: 'end', header: t('subscriptions.end'), size: 120, cell: (c) => formatDate(c.row.original.endDate) },
    {
      id: 'status',
      header: t('field.status'),
      size: 110,
      cell: (c) => {
        const status = statusOf(c.row.original, today);
        return (
          <Badge size="sm" variant="light" color={STATUS_COLOR[status]}>
            {t(`subscriptions.${status}`)}
          </Badge>
        );
      },
    },
    {
      id: 'changes',
      header: t('subscriptions.changes'),
      size: 240,
      cell: ({ row: { original: s } }) => {
        const changes = [
          s.addedTermIds.length ? t('subscriptions.addedTerms', { count: s.addedTermIds.length }) : null,
          s.removedTermIds.length ? t('subscriptions.removedTerms', { count: s.removedTermIds.length }) : null,
          s.addedSubprocessorIds.length ? t('subscriptions.addedSubprocessors', { count: s.addedSubprocessorIds.length }) : null,
          s.removedSubprocessorIds.length ? t('subscriptions.removedSubprocessors', { count: s.removedSubprocessorIds.length }) : null,
        ].filter((c): c is string => c !== null);
        return (
          <Text size="sm" c={changes.length ? undefined : 'dimmed'}>
            {changes.length ? changes.join(', ') : t('subscriptions.noChanges')}
          </Text>
        );
      },
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('subscriptions.actions')}</VisuallyHidden>,
      size: 120,
      cell: ({ row: { original: s } }) => (
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <RowAction tip={t('subscriptions.edit')} label={t('subscriptions.editFor', { service: s.serviceName })} onClick={() => onEdit(s)}>
            <IconPencil size={16} />
          </RowAction>
          {statusOf(s, today) !== 'ended' && (
            <RowAction
              tip={t('subscriptions.endAction')}
              label={t('subscriptions.endFor', { service: s.serviceName })}
              onClick={() => onEnd(s)}
            >
              <IconCalendarOff size={16} />
            </RowAction>
          )}
          <RowAction
            tip={t('common.delete')}
            label={t('subscriptions.deleteFor', { service: s.serviceName })}
            onClick={() => onDelete(s)}
            color="red"
          >
            <IconTrash size={16} />
          </RowAction>
        </Group>
      ),
    },
  ];
  return (
    <DataTable<Subscription>
      rows={subs}
      columns={columns}
      getRowId={(s) => String(s.id)}
      rowLabel={(s) => s.serviceName}
      label={t('subscriptions.title')}
      emptyText={t('subscriptions.none')}
      wrap
    />
  );
}

/** An icon button in a row, its short tooltip and its full accessible name ("Avsluta Backup"). */
function RowAction({
  tip,
  label,
  onClick,
  color = 'gray',
  children,
}: {
  tip: string;
  label: string;
  onClick: () => void;
  color?: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={tip}>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

function SubscriptionModal({
  customer,
  subscription,
  services,
  onClose,
  onSaved,
}: {
  customer: Customer;
  subscription: Subscription | null;
  services: Service[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const lookups = useLookups(['terms', 'subprocessors']);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SubscriptionForm, unknown, SubscriptionOutput>({
    resolver: schemaResolver<SubscriptionForm, SubscriptionOutput>(subscriptionFields, prepare),
    defaultValues: subscription ? toForm(subscription) : newForm(customer.id),
  });
  const editor = useRecordEditor({
    initial: subscription,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'subscriptions',
    textParams: (s) => ({ service: s.serviceName, customer: s.customerName }),
    onSaved,
    create: (values: SubscriptionOutput) => call('subscriptions.create', values),
    update: (s, values) => call('subscriptions.update', { id: s.id, revision: s.revision, fields: values }),
  });
  const err = (name: string) => issueText(t, errorAt(errors, name));
  const serviceId = watch('serviceId');
  const service = services.find((s) => s.id === serviceId) ?? null;

  const serviceOptions = services
    .filter((s) => s.status === 'active' || s.id === subscription?.serviceId)
    .map((s) => ({ value: s.id, label: s.name }));

  const serviceTermIds = useMemo(
    () => new Set(service ? [...service.processingTermIds, ...service.personalDataTermIds, ...service.dataSubjectTermIds] : []),
    [service],
  );
  const addableTerms = VOCABULARY_KINDS.filter((k) => k !== 'recipient')
    .map((kind) => ({
      group: enumLabel('vocabularyKind', kind, lang),
      items: lookups.terms
        .filter(
          (term) =>
            term.kind === kind &&
            !serviceTermIds.has(term.id) &&
            (term.archivedAt === null || subscription?.addedTermIds.includes(term.id)),
        )
        .map((term) => ({ value: term.id, label: termLabel(term, lang) })),
    }))
    .filter((g) => g.items.length > 0);
  const removableTerms = service
    ? [
        { group: enumLabel('vocabularyKind', 'processing', lang), items: service.processingTerms },
        { group: enumLabel('vocabularyKind', 'personal_data', lang), items: service.personalDataTerms },
        { group: enumLabel('vocabularyKind', 'data_subject', lang), items: service.dataSubjectTerms },
      ]
        .map((g) => ({ group: g.group, items: g.items.map((term) => ({ value: term.id, label: termLabel(term, lang) })) }))
        .filter((g) => g.items.length > 0)
    : [];
  const serviceSubIds = new Set(service?.subprocessorIds ?? []);
  const addableSubs = lookups.subprocessors
    .filter((s) => !serviceSubIds.has(s.id) && (s.status !== 'terminated' || subscription?.addedSubprocessorIds.includes(s.id)))
    .map((s) => ({ value: s.id, label: `${s.name} (${locationLabel(s, lang)})` }));
  const removableSubs = (service?.subprocessors ?? []).map((s) => ({ value: s.id, label: `${s.name} (${locationLabel(s, lang)})` }));

  const multi = (
    name: 'addedTermIds' | 'removedTermIds' | 'addedSubprocessorIds' | 'removedSubprocessorIds',
    label: string,
    data: { value: number; label: string }[] | { group: string; items: { value: number; label: string }[] }[],
    extra: Record<string, unknown> = {},
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect<number>
          label={label}
          data={data}
          value={field.value}
          onChange={field.onChange}
          searchable
          clearable
          disabled={!service}
          placeholder={service ? undefined : t('subscriptions.chooseServiceFirst')}
          nothingFoundMessage={t('services.nothingFound')}
          error={err(name)}
          comboboxProps={{ withinPortal: true }}
          {...extra}
        />
      )}
    />
  );

  const title = subscription
    ? t('subscriptions.editTitle', { service: subscription.serviceName, customer: customer.name })
    : t('subscriptions.addTitle', { customer: customer.name });
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={title}>
        <Stack gap="sm">
          <RecordConflict editor={editor} />
          <Controller
            control={control}
            name="serviceId"
            render={({ field }) => (
              <Select<number>
                label={t('subscriptions.service')}
                placeholder={t('subscriptions.pickService')}
                data={serviceOptions}
                value={field.value}
                onChange={(v) => field.onChange(v ?? null)}
                searchable
                nothingFoundMessage={t('services.nothingFound')}
                error={err('serviceId')}
                data-autofocus
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          {service?.subjectMatter && (
            <Text size="xs" c="dimmed" mt={-6}>
              {service.subjectMatter}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('subscriptions.startDate')}
              placeholder={t('field.datePlaceholder')}
              {...register('startDate')}
              error={err('startDate')}
            />
            <TextInput
              label={t('subscriptions.endDate')}
              placeholder={t('field.datePlaceholder')}
              description={t('subscriptions.endDateHelp')}
              {...register('endDate')}
              error={err('endDate')}
            />
          </SimpleGrid>
          <Textarea
            label={t('subscriptions.notes')}
            description={t('subscriptions.notesHelp')}
            autosize
            minRows={2}
            maxRows={6}
            {...register('notes')}
            error={err('notes')}
          />
          <Text fw={600} size="sm" mt="xs">
            {t('subscriptions.adjustments')}
          </Text>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('subscriptions.adjustmentsHelp')}
          </Text>
          {multi('addedTermIds', t('subscriptions.addedTermsLabel'), addableTerms, { description: t('subscriptions.addedTermsHelp') })}
          {multi('removedTermIds', t('subscriptions.removedTermsLabel'), removableTerms)}
          {multi('addedSubprocessorIds', t('subscriptions.addedSubprocessorsLabel'), addableSubs)}
          {multi('removedSubprocessorIds', t('subscriptions.removedSubprocessorsLabel'), removableSubs)}
          <FormFooter editor={editor} submitting={isSubmitting} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Ends a subscription on a day (today by default): the one field of its record this dialog changes. */
function EndModal({
  subscription,
  onClose,
  onFailed,
}: {
  subscription: Subscription;
  onClose: () => void;
  onFailed: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function end() {
    setError(null);
    setBusy(true);
    try {
      const parsed = subscriptionFields.safeParse({ ...formValues(subscriptionFields, subscription), endDate: date.trim() });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        setError(issue && issue.message.startsWith('v.') ? t(issue.message) : t('v.date'));
        return;
      }
      await call('subscriptions.update', { id: subscription.id, revision: subscription.revision, fields: parsed.data });
      notifySuccess(t('subscriptions.endedNotice', { service: subscription.serviceName, date: parsed.data.endDate ?? '' }));
      onClose();
    } catch (e) {
      if (isApiError(e, 'INVALID_INPUT')) setError(t(e.error.issues?.[0]?.message ?? 'e.INVALID_INPUT'));
      else onFailed(e);
    } finally {
      setBusy(false);
    }
  }

  const title = t('subscriptions.endTitle', { service: subscription.serviceName });
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="sm">
        <Text size="sm">{t('subscriptions.endText')}</Text>
        <TextInput
          label={t('subscriptions.endDate')}
          placeholder={t('field.datePlaceholder')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={busy} onClick={() => void end()}>
            {t('subscriptions.endConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
