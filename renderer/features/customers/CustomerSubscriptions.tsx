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
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCalendarOff, IconListDetails, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { subscriptionFields, type Customer, type MethodOutput, type Service, type Subscription } from '../../../shared/contract';
import { VOCABULARY_KINDS } from '../../../shared/domain/enums';
import { countryName, enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { ProcessorEntryCard } from '../processor-register/ProcessorEntryCard';
import { termLabel, todayIso, useLang } from '../../ui/lang';
import { useLookups } from '../../ui/useLookups';
import { ErrorLine } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';

type SubscriptionOutput = z.output<typeof subscriptionFields>;
type Register = MethodOutput<'processorRegister.list'>;

interface SubscriptionForm {
  serviceId: number | null;
  startDate: string;
  endDate: string;
  notes: string;
  addedTermIds: number[];
  removedTermIds: number[];
  addedSubprocessorIds: number[];
  removedSubprocessorIds: number[];
}

const FIELD_ROOTS = new Set([
  'serviceId',
  'startDate',
  'endDate',
  'notes',
  'addedTermIds',
  'removedTermIds',
  'addedSubprocessorIds',
  'removedSubprocessorIds',
]);

const emptyForm = (): SubscriptionForm => ({
  serviceId: null,
  startDate: todayIso(),
  endDate: '',
  notes: '',
  addedTermIds: [],
  removedTermIds: [],
  addedSubprocessorIds: [],
  removedSubprocessorIds: [],
});

const toForm = (s: Subscription): SubscriptionForm => ({
  serviceId: s.serviceId,
  startDate: s.startDate,
  endDate: s.endDate ?? '',
  notes: s.notes,
  addedTermIds: [...s.addedTermIds],
  removedTermIds: [...s.removedTermIds],
  addedSubprocessorIds: [...s.addedSubprocessorIds],
  removedSubprocessorIds: [...s.removedSubprocessorIds],
});

/** The customer's services (subscriptions) and, below, its processor register derived from them. */
export function CustomerSubscriptions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const [subs, setSubs] = useState<Subscription[] | null>(null);
  const [services, setServices] = useState<Service[]>([]);
  const [register, setRegister] = useState<Register | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [registerError, setRegisterError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Subscription | 'new' | null>(null);
  const [ending, setEnding] = useState<Subscription | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let alive = true;
    Promise.all([call('subscriptions.list', { customerId: customer.id }), call('services.list', { includeArchived: true })])
      .then(([list, all]) => {
        if (!alive) return;
        setSubs(list);
        setServices(all);
        setError(null);
      })
      .catch((e: unknown) => alive && setError(e));
    call('processorRegister.list', { customerId: customer.id })
      .then((r) => {
        if (!alive) return;
        setRegister(r);
        setRegisterError(null);
      })
      .catch((e: unknown) => alive && setRegisterError(e));
    return () => {
      alive = false;
    };
  }, [customer.id, version]);

  function failed(e: unknown) {
    if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) {
      setNotice(t('subscriptions.conflict'));
      reload();
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
          reload();
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
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} disabled={subs === null}>
            {t('subscriptions.add')}
          </Button>
        </Group>
        {notice && (
          <Alert color="orange" withCloseButton onClose={() => setNotice(null)} role="alert" py="xs">
            {notice}
          </Alert>
        )}
        <ErrorLine message={error ? t(errorKey(error)) : null} />
        {subs === null ? (
          !error && (
            <Center p="md">
              <Loader size="sm" />
            </Center>
          )
        ) : subs.length === 0 ? (
          <Card withBorder padding="md">
            <Text size="sm" c="dimmed">
              {t('subscriptions.none')}
            </Text>
          </Card>
        ) : (
          <SubscriptionsTable subs={subs} onEdit={setEditing} onEnd={setEnding} onDelete={confirmDelete} />
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="customer-register-title">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h3" fw={600} id="customer-register-title">
              {t('subscriptions.registerTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('subscriptions.registerDescription', { date: register?.onDate ?? todayIso() })}
            </Text>
          </div>
          <Button component={Link} to="/bitradesregister" variant="default" leftSection={<IconListDetails size={16} />}>
            {t('subscriptions.toRegister')}
          </Button>
        </Group>
        <ErrorLine message={registerError ? t(errorKey(registerError)) : null} />
        {register === null ? (
          !registerError && (
            <Center p="md">
              <Loader size="sm" />
            </Center>
          )
        ) : register.entries.length === 0 ? (
          <Card withBorder padding="md">
            <Text size="sm" c="dimmed">
              {t('subscriptions.registerEmpty')}
            </Text>
          </Card>
        ) : (
          register.entries.map((entry) => <ProcessorEntryCard key={entry.subscriptionId} entry={entry} />)
        )}
      </Stack>

      {editing !== null && (
        <SubscriptionModal
          customer={customer}
          subscription={editing === 'new' ? null : editing}
          services={services}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(null);
            reload();
          }}
          onConflict={(e) => {
            setEditing(null);
            failed(e);
          }}
        />
      )}
      {ending && (
        <EndModal
          subscription={ending}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            reload();
          }}
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
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={6} aria-label={t('subscriptions.title')} style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{t('subscriptions.service')}</Table.Th>
            <Table.Th w={110}>{t('subscriptions.start')}</Table.Th>
            <Table.Th w={120}>{t('subscriptions.end')}</Table.Th>
            <Table.Th w={110}>{t('field.status')}</Table.Th>
            <Table.Th>{t('subscriptions.changes')}</Table.Th>
            <Table.Th w={120}>
              <VisuallyHidden>{t('subscriptions.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subs.map((s) => {
            const status = s.active ? 'active' : s.startDate > today ? 'upcoming' : 'ended';
            const changes = [
              s.addedTermIds.length ? t('subscriptions.addedTerms', { count: s.addedTermIds.length }) : null,
              s.removedTermIds.length ? t('subscriptions.removedTerms', { count: s.removedTermIds.length }) : null,
              s.addedSubprocessorIds.length ? t('subscriptions.addedSubprocessors', { count: s.addedSubprocessorIds.length }) : null,
              s.removedSubprocessorIds.length ? t('subscriptions.removedSubprocessors', { count: s.removedSubprocessorIds.length }) : null,
            ].filter((c): c is string => c !== null);
            return (
              <Table.Tr key={s.id} aria-label={s.serviceName}>
                <Table.Td>
                  <Anchor component={Link} to={`/tjanster/${s.serviceId}`} size="sm" fw={500}>
                    {s.serviceName}
                  </Anchor>
                  {s.notes && (
                    <Text size="xs" c="dimmed" lineClamp={1} title={s.notes}>
                      {s.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(s.startDate)}</Table.Td>
                <Table.Td>{formatDate(s.endDate)}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={status === 'active' ? 'teal' : status === 'upcoming' ? 'blue' : 'gray'}>
                    {t(`subscriptions.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={changes.length ? undefined : 'dimmed'}>
                    {changes.length ? changes.join(', ') : t('subscriptions.noChanges')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('subscriptions.edit')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('subscriptions.editFor', { service: s.serviceName })}
                        onClick={() => onEdit(s)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {status !== 'ended' && (
                      <Tooltip label={t('subscriptions.endAction')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('subscriptions.endFor', { service: s.serviceName })}
                          onClick={() => onEnd(s)}
                        >
                          <IconCalendarOff size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label={t('common.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('subscriptions.deleteFor', { service: s.serviceName })}
                        onClick={() => onDelete(s)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SubscriptionModal({
  customer,
  subscription,
  services,
  onClose,
  onSaved,
  onConflict,
}: {
  customer: Customer;
  subscription: Subscription | null;
  services: Service[];
  onClose: () => void;
  onSaved: () => void;
  onConflict: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const lookups = useLookups(['terms', 'subprocessors']);
  const [saveError, setSaveError] = useState<string | null>(null);
  const prepare = useCallback(
    (v: SubscriptionForm): unknown => ({
      ...v,
      customerId: customer.id,
      serviceId: v.serviceId ?? undefined,
      startDate: v.startDate.trim(),
      endDate: v.endDate.trim() === '' ? null : v.endDate.trim(),
    }),
    [customer.id],
  );
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SubscriptionForm, unknown, SubscriptionOutput>({
    resolver: schemaResolver<SubscriptionForm, SubscriptionOutput>(subscriptionFields, prepare),
    defaultValues: subscription ? toForm(subscription) : emptyForm(),
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
    .map((s) => ({ value: s.id, label: `${s.name} (${countryName(s.country, lang)})` }));
  const removableSubs = (service?.subprocessors ?? []).map((s) => ({ value: s.id, label: `${s.name} (${countryName(s.country, lang)})` }));

  async function save(values: SubscriptionOutput) {
    setSaveError(null);
    try {
      if (subscription) {
        const saved = await call('subscriptions.update', { id: subscription.id, revision: subscription.revision, fields: values });
        notifySuccess(t('subscriptions.saved', { service: saved.serviceName }));
      } else {
        const created = await call('subscriptions.create', values);
        notifySuccess(t('subscriptions.created', { service: created.serviceName, customer: customer.name }));
      }
      onSaved();
    } catch (e) {
      if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) {
        onConflict(e);
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(
          setError,
          e.error.issues,
          (n) => FIELD_ROOTS.has(n.split('.')[0] ?? ''),
          subscription ? 'fields' : undefined,
        );
        setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setSaveError(t(errorKey(e)));
      }
    }
  }

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
      <form onSubmit={handleSubmit(save)} noValidate aria-label={title}>
        <Stack gap="sm">
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
          <ErrorLine message={saveError} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('subscriptions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EndModal({
  subscription,
  onClose,
  onDone,
  onFailed,
}: {
  subscription: Subscription;
  onClose: () => void;
  onDone: () => void;
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
      const fields = {
        ...toForm(subscription),
        customerId: subscription.customerId,
        serviceId: subscription.serviceId,
        endDate: date.trim(),
      };
      const parsed = subscriptionFields.safeParse(fields);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        setError(issue && issue.message.startsWith('v.') ? t(issue.message) : t('v.date'));
        return;
      }
      await call('subscriptions.update', { id: subscription.id, revision: subscription.revision, fields: parsed.data });
      notifySuccess(t('subscriptions.endedNotice', { service: subscription.serviceName, date: parsed.data.endDate ?? '' }));
      onDone();
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
