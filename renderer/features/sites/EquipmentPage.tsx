import {
  Anchor,
  Button,
  Card,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowsExchange, IconMapPin, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { emptyEquipment, equipmentFields, type Equipment, type EquipmentFields } from '../../../shared/contract';
import { ENCRYPTION_STATES, EQUIPMENT_STATUSES, EQUIPMENT_TYPES } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { ApiError, call, errorKey } from '../../app/api';
import { paths } from '../../app/paths';
import { conflictCurrent } from '../../ui/failures';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { formatDate, formatDateTime } from '../../ui/format';
import { todayIso, useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useCall } from '../../ui/useCall';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { HistoryPanel } from '../history/HistoryPanel';
import { deviceName, EquipmentStatusBadge } from './equipment-ui';
import { MoveModal } from './MoveModal';

type EquipmentOutput = z.output<typeof equipmentFields>;

/** The form's own shape: dates as text ('' = none), everything else as in equipmentFields. */
type EquipmentForm = Omit<EquipmentFields, 'installedOn' | 'removedOn'> & { installedOn: string; removedOn: string };

const toForm = (e: Equipment | EquipmentFields): EquipmentForm => ({
  ...formValues(equipmentFields, e),
  installedOn: e.installedOn ?? '',
  removedOn: e.removedOn ?? '',
});

const EMPTY = toForm(emptyEquipment);
const FIELD_ROOTS = new Set(Object.keys(EMPTY));

function prepare(values: EquipmentForm): unknown {
  const date = (v: string) => (v.trim() === '' ? null : v.trim());
  return { ...values, installedOn: date(values.installedOn), removedOn: date(values.removedOn) };
}

/** The record with a name to show even when it has no hostname, make or serial number. */
const labelled = (e: Equipment, lang: Language): Equipment => ({ ...e, name: deviceName(e, lang) });

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.sites} label={t('equipment.back')} />;
}

/** /kundplatser/utrustning/:id, and /kundplatser/utrustning/ny?kund=…&plats=… for a new device. */
export function EquipmentPage() {
  const { id: idParam } = useParams();
  const [params] = useSearchParams();
  const lang = useLang();
  const id = idParam === undefined ? null : Number(idParam);
  const { record, loadError } = useRecordLoad(id, (equipmentId) => call('equipment.get', { id: equipmentId }));
  if (id !== null && !record) return <RecordLoading back={<Back />} loadError={loadError} />;
  const customerId = record?.customerId ?? Number(params.get('kund'));
  if (!Number.isInteger(customerId) || customerId <= 0) {
    return <RecordLoading back={<Back />} loadError={new ApiError({ code: 'NOT_FOUND', message: 'no customer' })} />;
  }
  const siteId = Number(params.get('plats'));
  return (
    <EquipmentEditor
      key={record?.id ?? `new-${customerId}`}
      initial={record ? labelled(record, lang) : null}
      customerId={customerId}
      initialSiteId={Number.isInteger(siteId) && siteId > 0 ? siteId : null}
    />
  );
}

function EquipmentEditor({
  initial,
  customerId,
  initialSiteId,
}: {
  initial: Equipment | null;
  customerId: number;
  initialSiteId: number | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const customer = useCall('customers.get', { id: customerId });
  const sites = useCall('sites.list', { customerId });
  const subscriptions = useCall('subscriptions.list', { customerId });
  const contextError = customer.error ?? sites.error ?? subscriptions.error;
  const [siteId, setSiteId] = useState<number | null>(initialSiteId);
  const [moving, setMoving] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<EquipmentForm, unknown, EquipmentOutput>({
    resolver: schemaResolver<EquipmentForm, EquipmentOutput>(equipmentFields, prepare),
    defaultValues: initial ? toForm(initial) : EMPTY,
  });
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'equipment',
    // A new device gets its own page; a deleted one leads back to its customer (there is no list route under equipment).
    onSaved: (saved, created) => {
      if (created) void navigate(paths.equipment.one(saved.id), { replace: true });
    },
    onDeleted: () => void navigate(paths.customers.one(customerId)),
    create: async (values: EquipmentOutput) => labelled(await call('equipment.create', { customerId, siteId, fields: values }), lang),
    update: async (e, values) => labelled(await call('equipment.update', { id: e.id, revision: e.revision, fields: values }), lang),
    remove: (e) => call('equipment.delete', { id: e.id, revision: e.revision }),
  });
  const { record: device, busy } = editor;

  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<EquipmentForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  // The customer's services, each once; ended ones say so (a device may still be linked to one).
  const services = new Map<number, { name: string; active: boolean }>();
  for (const s of subscriptions.data ?? []) {
    const seen = services.get(s.serviceId);
    services.set(s.serviceId, { name: s.serviceName, active: (seen?.active ?? false) || s.active || s.startDate > todayIso() });
  }
  const serviceOptions = [...services.entries()].map(([value, s]) => ({
    value,
    label: s.active ? s.name : t('equipment.serviceEnded', { name: s.name }),
  }));

  const customerName = device?.customerName ?? customer.data?.name ?? '';
  const title = device ? device.name : t('equipment.newTitle');
  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={title}
        description={
          device ? (
            <Group gap="xs" component="span">
              <EquipmentStatusBadge status={device.status} />
              <span>{enumLabel('equipmentType', device.type, lang)}</span>
              <span>·</span>
              <Anchor component={Link} to={paths.customers.one(device.customerId)} size="sm">
                {device.customerName}
              </Anchor>
              {device.siteName && <span>·</span>}
              {device.siteName && <span>{device.siteName}</span>}
              <span>·</span>
              <span>{t('equipment.updatedAt', { date: formatDateTime(device.updatedAt) })}</span>
            </Group>
          ) : (
            t('equipment.newDescription', { customer: customerName })
          )
        }
        actions={
          device ? (
            <>
              <Button
                variant="default"
                leftSection={<IconArrowsExchange size={16} />}
                onClick={() => setMoving(true)}
                disabled={busy || !sites.data}
              >
                {t('equipment.move')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={editor.confirmDelete} disabled={busy}>
                {t('common.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <RecordConflict editor={editor} />
      <ErrorLine message={contextError ? t(errorKey(contextError)) : null} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={title}>
            <Stack gap="md">
              <Fieldset legend={t('equipment.basics')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <NativeSelect
                    label={t('equipment.type')}
                    data={EQUIPMENT_TYPES.map((type) => ({ value: type, label: enumLabel('equipmentType', type, lang) }))}
                    {...register('type')}
                    error={err('type')}
                  />
                  {text('hostname', t('equipment.hostname'))}
                  {text('make', t('equipment.make'))}
                  {text('model', t('equipment.model'))}
                  {text('serialNumber', t('equipment.serialNumber'))}
                </SimpleGrid>
                <Textarea
                  label={t('equipment.networkNotes')}
                  description={t('equipment.networkNotesHelp')}
                  autosize
                  minRows={2}
                  maxRows={6}
                  mt="sm"
                  {...register('networkNotes')}
                  error={err('networkNotes')}
                />
              </Fieldset>

              <Fieldset legend={t('equipment.privacy')}>
                <Stack gap="sm">
                  <Textarea
                    label={t('equipment.personalData')}
                    description={t('equipment.personalDataHelp')}
                    autosize
                    minRows={2}
                    maxRows={8}
                    {...register('personalData')}
                    error={err('personalData')}
                  />
                  <Controller
                    control={control}
                    name="encrypted"
                    render={({ field }) => (
                      <Radio.Group
                        label={t('equipment.encrypted')}
                        value={field.value}
                        onChange={(v) => field.onChange(v)}
                        error={err('encrypted')}
                      >
                        <Group mt={6}>
                          {ENCRYPTION_STATES.map((v) => (
                            <Radio key={v} value={v} label={enumLabel('encryptionState', v, lang)} />
                          ))}
                        </Group>
                      </Radio.Group>
                    )}
                  />
                  <Controller
                    control={control}
                    name="serviceIds"
                    render={({ field }) => (
                      <MultiSelect<number>
                        label={t('equipment.services')}
                        description={t('equipment.servicesHelp')}
                        data={serviceOptions}
                        value={field.value}
                        onChange={field.onChange}
                        searchable
                        clearable
                        placeholder={subscriptions.data && serviceOptions.length === 0 ? t('equipment.noServices') : undefined}
                        disabled={subscriptions.data !== undefined && serviceOptions.length === 0 && field.value.length === 0}
                        error={err('serviceIds')}
                      />
                    )}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('equipment.lifecycle')}>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {text('installedOn', t('equipment.installedOn'), { placeholder: t('field.datePlaceholder') })}
                  {text('removedOn', t('equipment.removedOn'), {
                    placeholder: t('field.datePlaceholder'),
                    description: t('equipment.removedOnHelp'),
                  })}
                  <NativeSelect
                    label={t('equipment.status')}
                    data={EQUIPMENT_STATUSES.map((v) => ({ value: v, label: enumLabel('equipmentStatus', v, lang) }))}
                    {...register('status')}
                    error={err('status')}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('equipment.notes')}
                  autosize
                  minRows={2}
                  maxRows={10}
                  mt="sm"
                  {...register('notes')}
                  error={err('notes')}
                />
              </Fieldset>

              <FormFooter editor={editor} submitting={isSubmitting} dirty={isDirty} onUndo={() => reset(device ? toForm(device) : EMPTY)} />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {device ? (
            <History device={device} />
          ) : (
            <Card withBorder padding="md">
              <Stack gap="xs">
                <Title order={2} size="h4" fw={600}>
                  {t('equipment.placement')}
                </Title>
                <NativeSelect
                  label={t('equipment.site')}
                  description={t('equipment.siteHelp')}
                  data={[
                    { value: '', label: t('equipment.noSite') },
                    ...(sites.data ?? []).map((s) => ({ value: String(s.id), label: s.name })),
                  ]}
                  value={siteId === null ? '' : String(siteId)}
                  onChange={(e) => setSiteId(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
                  leftSection={<IconMapPin size={16} />}
                />
              </Stack>
            </Card>
          )}
        </Grid.Col>
      </Grid>
      {device && (
        <HistoryPanel
          kind="equipment"
          recordId={device.id}
          onRestored={() => call('equipment.get', { id: device.id }).then((e) => editor.accept(labelled(e, lang)))}
        />
      )}
      {moving && device && sites.data && (
        <MoveModal
          device={device}
          sites={sites.data}
          onClose={() => setMoving(false)}
          onMoved={(moved) => {
            setMoving(false);
            editor.accept(labelled(moved, lang), true);
          }}
          onFailed={(e) => {
            setMoving(false);
            // Changed elsewhere meanwhile: show the device as it is now (keeping unsaved edits) and say so.
            const current = conflictCurrent<Equipment>(e);
            if (current) editor.accept(labelled(current, lang), true);
            notifyError(t, e);
          }}
        />
      )}
    </Stack>
  );
}

/** Where the device stands now and where it has been, oldest first. */
function History({ device }: { device: Equipment }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="equipment-history-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" fw={600} id="equipment-history-title">
            {t('equipment.history')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('equipment.historyHelp')}
          </Text>
        </div>
        <Text size="sm" fw={500}>
          {device.siteId !== null ? t('equipment.now', { site: device.siteName }) : t('equipment.nowNone')}
        </Text>
        {device.moves.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('equipment.noHistory')}
          </Text>
        ) : (
          <Timeline active={device.moves.length - 1} bulletSize={14} lineWidth={2} aria-label={t('equipment.history')}>
            {device.moves.map((m) => (
              <Timeline.Item
                key={m.id}
                title={
                  <Text size="sm" fw={500}>
                    {m.fromSiteName
                      ? `${m.fromSiteName} → ${m.toSiteName || t('cmdb.noSite')}`
                      : `${t('equipment.placed')}: ${m.toSiteName || t('cmdb.noSite')}`}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {formatDate(m.movedOn)}
                </Text>
                {m.note && <Text size="sm">{m.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
