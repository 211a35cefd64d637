import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  Loader,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconArchiveOff, IconInfoCircle, IconTrash, IconWorld } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';

import { Controller, useForm, type FieldPath } from 'react-hook-form';

import { useTranslation } from 'react-i18next';

import { Link, useParams } from 'react-router';
import type { z } from 'zod';

import {
  emptyService,
  serviceFields,
  type Service,
  type ServiceFields,
  type Subscription,
  type VocabularyTerm,
} from '../../../shared/contract';

import {
  END_OF_CONTRACT_ACTIONS,
  MEASURE_CATEGORIES,
  PERSONAL_DATA_FLAGS,
  PROCESSING_OPERATIONS,
  SPECIAL_CATEGORIES,
  isEeaCountry,
} from '../../../shared/domain/enums';

import { countryName, enumLabel } from '../../../shared/domain/labels';

import type { Language } from '../../../shared/messages';

import { call, errorKey } from '../../app/api';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';

import { errorAt, issueText, schemaResolver } from '../../ui/forms';
import { formatDate, formatDateTime } from '../../ui/format';

import { notifySuccess } from '../../ui/notify';

import { PageHeader } from '../../ui/PageHeader';

import { BackLink, RecordLoading } from '../../ui/RecordPage';

import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';

import { CompletenessPanel } from '../../ui/Completeness';

import { termLabel, useLang } from '../../ui/lang';

import { useLookups, type Lookups } from '../../ui/useLookups';

type ServiceOutput = z.output<typeof serviceFields>;
type ServiceForm = ServiceFields;

const EMPTY: ServiceForm = emptyService;

const FIELD_ROOTS = new Set(Object.keys(EMPTY));

export function toServiceFields(s: Service): ServiceForm {
  return {
    name: s.name,
    subjectMatter: s.subjectMatter,
    purpose: s.purpose,
    nature: [...s.nature],
    processingTermIds: [...s.processingTermIds],
    personalDataTermIds: [...s.personalDataTermIds],
    dataSubjectTermIds: [...s.dataSubjectTermIds],
    specialCategories: [...s.specialCategories],
    subprocessorIds: [...s.subprocessorIds],
    systemIds: [...s.systemIds],
    measureIds: [...s.measureIds],
    endOfContractAction: s.endOfContractAction,
    retentionRuleId: s.retentionRuleId,
    status: s.status,
    notes: s.notes,
  };
}

/** /tjanster/ny and /tjanster/:id: create or edit one service. */
export function ServicePage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record: service, loadError } = useRecordLoad(id, (serviceId) => call('services.get', { id: serviceId }));
  if (id !== null && !service) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <ServiceEditor key={service?.id ?? 'new'} initial={service} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to="/tjanster" label={t('services.back')} />;
}

/** Options of one vocabulary kind: active terms, plus archived ones already on the record. */
function termOptions(terms: VocabularyTerm[], kind: VocabularyTerm['kind'], selected: number[], lang: Language) {
  return terms
    .filter((term) => term.kind === kind && (term.archivedAt === null || selected.includes(term.id)))
    .map((term) => ({ value: term.id, label: termLabel(term, lang), flag: term.flag }));
}

function ServiceEditor({ initial }: { initial: Service | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lookups = useLookups();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ServiceForm, unknown, ServiceOutput>({
    resolver: schemaResolver<ServiceForm, ServiceOutput>(serviceFields),
    defaultValues: initial ? toServiceFields(initial) : EMPTY,
  });

  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm: toServiceFields,
    fieldRoots: FIELD_ROOTS,
    texts: 'services',
    listPath: '/tjanster',
    create: (values: ServiceOutput) => call('services.create', values),
    update: (s, values) => call('services.update', { id: s.id, revision: s.revision, fields: values }),
    remove: (s) => call('services.delete', { id: s.id, revision: s.revision }),
    inUseKey: 'services.inUseHistory',
  });
  const { record: service, saveError, inUse, busy } = editor;

  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<ServiceForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );
  const area = (name: FieldPath<ServiceForm>, label: string, extra: Record<string, unknown> = {}) => (
    <Textarea label={label} autosize minRows={2} maxRows={10} {...register(name)} error={err(name)} {...extra} />
  );

  const setArchived = (archived: boolean) =>
    editor.act(async (current) => {
      const saved = await call('services.update', {
        id: current.id,
        revision: current.revision,
        fields: { ...toServiceFields(current), status: archived ? 'archived' : 'active' },
      });
      editor.accept(saved);
      notifySuccess(archived ? t('services.archived', { name: saved.name }) : t('services.unarchived', { name: saved.name }));
    }, 'fields');

  const archived = service?.status === 'archived';
  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={service ? service.name : t('services.newTitle')}
        description={
          service ? (
            <Group gap="xs" component="span">
              <Badge variant={archived ? 'outline' : 'light'} color={archived ? 'orange' : 'teal'} size="sm">
                {enumLabel('serviceStatus', service.status, lang)}
              </Badge>
              <span>{t('services.customers', { count: service.subscriberCount })}</span>
              <span>·</span>
              <span>{t('services.updatedAt', { date: formatDateTime(service.updatedAt) })}</span>
            </Group>
          ) : (
            t('services.newDescription')
          )
        }
        actions={
          service ? (
            <>
              <Button
                variant="default"
                leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                onClick={() => void setArchived(!archived)}
                loading={busy}
              >
                {archived ? t('services.unarchive') : t('services.archive')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={editor.confirmDelete} disabled={busy}>
                {t('common.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      {editor.conflict && <ConflictAlert onReload={editor.loadLatest} />}
      {inUse && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={20} />}
          title={t('services.inUseTitle')}
          role="alert"
          withCloseButton
          onClose={() => editor.setInUse(null)}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{inUse}</Text>
            {!archived && (
              <Button
                size="xs"
                variant="white"
                color="orange"
                leftSection={<IconArchive size={14} />}
                onClick={() => void setArchived(true)}
              >
                {t('services.archive')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {lookups.error ? <ErrorLine message={t('services.lookupsFailed')} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={service ? service.name : t('services.newTitle')}>
            <Stack gap="md">
              <Fieldset legend={t('services.basics')}>
                <Stack gap="sm">
                  {text('name', t('services.name'), { placeholder: t('services.namePlaceholder') })}
                  {area('subjectMatter', t('services.subjectMatter'), { description: t('services.subjectMatterHelp') })}
                  {area('purpose', t('services.purpose'), { description: t('services.purposeHelp') })}
                  <Controller
                    control={control}
                    name="status"
                    render={({ field }) => (
                      <Radio.Group label={t('field.status')} value={field.value} onChange={(v) => field.onChange(v)} error={err('status')}>
                        <Group mt={6}>
                          <Radio value="active" label={enumLabel('serviceStatus', 'active', lang)} />
                          <Radio value="archived" label={enumLabel('serviceStatus', 'archived', lang)} />
                        </Group>
                      </Radio.Group>
                    )}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('services.nature')}>
                <Controller
                  control={control}
                  name="nature"
                  render={({ field }) => (
                    <Checkbox.Group
                      label={t('services.natureLabel')}
                      description={t('services.natureHelp')}
                      value={field.value as string[]}
                      onChange={(v) => field.onChange(PROCESSING_OPERATIONS.filter((op) => v.includes(op)))}
                      error={err('nature')}
                    >
                      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={6} mt="xs">
                        {PROCESSING_OPERATIONS.map((op) => (
                          <Checkbox key={op} value={op} label={enumLabel('processingOperation', op, lang)} />
                        ))}
                      </SimpleGrid>
                    </Checkbox.Group>
                  )}
                />
              </Fieldset>

              <CategoriesFieldset control={control} lookups={lookups} err={err} watch={watch} />

              <Fieldset legend={t('services.suppliers')}>
                <Stack gap="sm">
                  <Controller
                    control={control}
                    name="subprocessorIds"
                    render={({ field }) => (
                      <MultiSelect<number>
                        label={t('services.subprocessors')}
                        description={t('services.subprocessorsHelp')}
                        data={lookups.subprocessors
                          .filter((s) => s.status !== 'terminated' || field.value.includes(s.id))
                          .map((s) => ({ value: s.id, label: `${s.name} (${countryName(s.country, lang)})` }))}
                        value={field.value}
                        onChange={field.onChange}
                        searchable
                        clearable
                        nothingFoundMessage={t('services.nothingFound')}
                        error={err('subprocessorIds')}
                      />
                    )}
                  />
                  <TransfersNote ids={watch('subprocessorIds')} lookups={lookups} />
                  <Controller
                    control={control}
                    name="systemIds"
                    render={({ field }) => (
                      <MultiSelect<number>
                        label={t('services.systems')}
                        description={t('services.systemsHelp')}
                        data={lookups.systems.map((s) => ({ value: s.id, label: s.name }))}
                        value={field.value}
                        onChange={field.onChange}
                        searchable
                        clearable
                        nothingFoundMessage={t('services.nothingFound')}
                        error={err('systemIds')}
                      />
                    )}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('services.measures')}>
                <Controller
                  control={control}
                  name="measureIds"
                  render={({ field }) => (
                    <MultiSelect<number>
                      label={t('services.measuresLabel')}
                      description={t('services.measuresHelp')}
                      data={MEASURE_CATEGORIES.map((category) => ({
                        group: enumLabel('measureCategory', category, lang),
                        items: lookups.measures
                          .filter((m) => m.category === category)
                          .map((m) => ({
                            value: m.id,
                            label:
                              m.status === 'implemented'
                                ? termLabel(m, lang)
                                : `${termLabel(m, lang)} (${enumLabel('measureStatus', m.status, lang).toLowerCase()})`,
                          })),
                      })).filter((g) => g.items.length > 0)}
                      value={field.value}
                      onChange={field.onChange}
                      searchable
                      clearable
                      maxDropdownHeight={320}
                      nothingFoundMessage={t('services.nothingFound')}
                      error={err('measureIds')}
                    />
                  )}
                />
              </Fieldset>

              <Fieldset legend={t('services.endAndRetention')}>
                <Stack gap="sm">
                  <Controller
                    control={control}
                    name="endOfContractAction"
                    render={({ field }) => (
                      <Radio.Group
                        label={t('services.endOfContract')}
                        description={t('services.endOfContractHelp')}
                        value={field.value}
                        onChange={(v) => field.onChange(v)}
                        error={err('endOfContractAction')}
                      >
                        <Stack gap={6} mt={6}>
                          {END_OF_CONTRACT_ACTIONS.map((a) => (
                            <Radio key={a} value={a} label={enumLabel('endOfContractAction', a, lang)} />
                          ))}
                        </Stack>
                      </Radio.Group>
                    )}
                  />
                  <Controller
                    control={control}
                    name="retentionRuleId"
                    render={({ field }) => {
                      const rule = lookups.retentionRules.find((r) => r.id === field.value);
                      return (
                        <div>
                          <Select<number>
                            label={t('services.retentionRule')}
                            description={t('services.retentionRuleHelp')}
                            placeholder={t('services.noRetentionRule')}
                            data={lookups.retentionRules.map((r) => ({
                              value: r.id,
                              label: lang === 'en' && r.nameEn ? r.nameEn : r.nameSv,
                            }))}
                            value={field.value ?? null}
                            onChange={(v) => field.onChange(v ?? null)}
                            searchable
                            clearable
                            nothingFoundMessage={t('services.nothingFound')}
                            error={err('retentionRuleId')}
                          />
                          {rule && (
                            <Text size="sm" c="dimmed" mt={4} data-testid="retention-words">
                              {rule.summary[lang]}
                            </Text>
                          )}
                        </div>
                      );
                    }}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('services.notes')}>
                <Textarea label={t('services.notesLabel')} autosize minRows={3} maxRows={12} {...register('notes')} error={err('notes')} />
              </Fieldset>

              <ErrorLine message={saveError} />
              <FormActions>
                <Button
                  variant="default"
                  disabled={!isDirty || isSubmitting}
                  onClick={() => reset(service ? toServiceFields(service) : EMPTY)}
                >
                  {t('common.undo')}
                </Button>
                <Button type="submit" loading={isSubmitting}>
                  {t('common.save')}
                </Button>
              </FormActions>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            {service ? (
              <>
                <CompletenessPanel completeness={service.completeness} />
                <Subscribers service={service} />
              </>
            ) : (
              <Card withBorder padding="md">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconInfoCircle size={18} color="var(--mantine-color-forteckna-6)" style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="sm">{t('services.newHint')}</Text>
                </Group>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

type Err = (name: string) => string | undefined;

function CategoriesFieldset({
  control,
  lookups,
  err,
  watch,
}: {
  control: ReturnType<typeof useForm<ServiceForm, unknown, ServiceOutput>>['control'];
  lookups: Lookups;
  err: Err;
  watch: ReturnType<typeof useForm<ServiceForm, unknown, ServiceOutput>>['watch'];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const personalData = watch('personalDataTermIds');
  const special = watch('specialCategories');
  const hasSpecialTerm = lookups.terms.some((term) => term.flag === 'special' && personalData.includes(term.id));
  const termSelect = (name: 'processingTermIds' | 'dataSubjectTermIds', kind: VocabularyTerm['kind'], label: string, help: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect<number>
          label={label}
          description={help}
          data={termOptions(lookups.terms, kind, field.value, lang).map(({ value, label: l }) => ({ value, label: l }))}
          value={field.value}
          onChange={field.onChange}
          searchable
          clearable
          nothingFoundMessage={t('services.nothingFound')}
          error={err(name)}
        />
      )}
    />
  );
  return (
    <Fieldset legend={t('services.categories')}>
      <Stack gap="sm">
        {termSelect('processingTermIds', 'processing', t('services.processingTerms'), t('services.processingTermsHelp'))}
        <Controller
          control={control}
          name="personalDataTermIds"
          render={({ field }) => {
            const options = termOptions(lookups.terms, 'personal_data', field.value, lang);
            return (
              <MultiSelect<number>
                label={t('services.personalDataTerms')}
                description={t('services.personalDataTermsHelp')}
                data={PERSONAL_DATA_FLAGS.map((flag) => ({
                  group: enumLabel('personalDataFlag', flag, lang),
                  items: options.filter((o) => o.flag === flag).map(({ value, label }) => ({ value, label })),
                })).filter((g) => g.items.length > 0)}
                value={field.value}
                onChange={field.onChange}
                searchable
                clearable
                maxDropdownHeight={320}
                nothingFoundMessage={t('services.nothingFound')}
                error={err('personalDataTermIds')}
              />
            );
          }}
        />
        {termSelect('dataSubjectTermIds', 'data_subject', t('services.dataSubjectTerms'), t('services.dataSubjectTermsHelp'))}
        <Controller
          control={control}
          name="specialCategories"
          render={({ field }) => (
            <MultiSelect
              label={t('services.specialCategories')}
              description={t('services.specialCategoriesHelp')}
              data={SPECIAL_CATEGORIES.map((c) => ({ value: c, label: enumLabel('specialCategory', c, lang) }))}
              value={field.value as string[]}
              onChange={(v) => field.onChange(SPECIAL_CATEGORIES.filter((c) => v.includes(c)))}
              clearable
              error={err('specialCategories')}
            />
          )}
        />
        {hasSpecialTerm && special.length === 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} py="xs">
            {t('services.specialHint')}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}

/** Which of the chosen sub-processors are outside the EU/EEA, and how the transfer is covered. */
function TransfersNote({ ids, lookups }: { ids: number[]; lookups: Lookups }) {
  const { t } = useTranslation();
  const lang = useLang();
  const transfers = useMemo(
    () => lookups.subprocessors.filter((s) => ids.includes(s.id) && !isEeaCountry(s.country)),
    [ids, lookups.subprocessors],
  );
  if (transfers.length === 0) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconWorld size={18} />} title={t('services.transfersTitle')} py="xs">
      <Stack gap={2}>
        {transfers.map((s) => (
          <Text size="sm" key={s.id}>
            {s.name} – {countryName(s.country, lang)}: {enumLabel('transferMechanism', s.transferMechanism, lang)}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** The customers subscribed to the service, with links to them. */
function Subscribers({ service }: { service: Service }) {
  const { t } = useTranslation();
  const [subs, setSubs] = useState<Subscription[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [showEnded, setShowEnded] = useState(false);

  useEffect(() => {
    let alive = true;
    call('subscriptions.list', { serviceId: service.id })
      .then((list) => alive && setSubs(list))
      .catch((e: unknown) => alive && setError(e));
    return () => {
      alive = false;
    };
  }, [service.id, service.revision]);

  const active = subs?.filter((s) => s.active) ?? [];
  const other = subs?.filter((s) => !s.active) ?? [];
  const shown = showEnded ? [...active, ...other] : active;
  return (
    <Card withBorder padding="md" role="region" aria-label={t('services.subscribersTitle')}>
      <Text fw={600} mb={4}>
        {t('services.subscribersTitle')}
      </Text>
      {error ? (
        <ErrorLine message={t(errorKey(error))} />
      ) : subs === null ? (
        <Loader size="sm" />
      ) : (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('services.activeSubscribers', { count: active.length })}
          </Text>
          {shown.map((s) => (
            <Group key={s.id} justify="space-between" wrap="nowrap" gap="xs">
              <Anchor component={Link} to={`/kunder/${s.customerId}`} size="sm" truncate>
                {s.customerName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {s.active
                  ? t('subscriptions.since', { date: formatDate(s.startDate) })
                  : s.endDate
                    ? t('subscriptions.endedOn', { date: formatDate(s.endDate) })
                    : t('subscriptions.startsOn', { date: formatDate(s.startDate) })}
              </Text>
            </Group>
          ))}
          {other.length > 0 && (
            <Anchor component="button" type="button" size="xs" onClick={() => setShowEnded((v) => !v)} ta="left">
              {showEnded ? t('services.hideEnded') : t('services.showEnded', { count: other.length })}
            </Anchor>
          )}
        </Stack>
      )}
    </Card>
  );
}
