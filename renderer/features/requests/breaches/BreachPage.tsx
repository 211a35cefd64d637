import { Alert, Badge, Card, Checkbox, Fieldset, Grid, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { FormProvider, useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  BREACH_CAUSES,
  BREACH_RISKS,
  BREACH_TYPES,
  IMY_HOURS,
  SUBJECT_NOTICE_EXEMPTIONS,
  type Breach,
  type BreachFields,
} from '../../../../shared/contract/breaches';
import { OUR_ROLES } from '../../../../shared/domain/enums';
import { call, isApiError } from '../../../app/api';
import { paths } from '../../../app/paths';
import { fieldsFor, useFieldError } from '../../../ui/fields';
import { WarningsAlert } from '../../../ui/FormBits';
import { formatDateTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../../ui/RecordPage';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useCall } from '../../../ui/useCall';
import { useLookups } from '../../../ui/useLookups';
import { useRecordEditor, useRecordLoad } from '../../../ui/useRecordEditor';
import { HistoryPanel } from '../../history/HistoryPanel';
import { RiskBadge } from './BreachesPage';
import type { Patch } from './dialogs';
import { ControllerDocuments } from './documents';
import { breachResolver, emptyForm, FIELD_ROOTS, fieldsOf, toForm, toInstant, type BreachForm, type BreachOutput } from './form';
import { CustomerPicker, EquipmentPicker, equipmentLabel, SitePicker, type Option } from './pickers';
import { AffectedCustomers, CustomersSummary, ImyBox, OtherReports } from './sections';
import { formatStockholm, nowWallClock } from './time';

const F = fieldsFor<BreachForm>();

/** /arenden/incidenter/ny and /arenden/incidenter/:id. */
export function BreachPage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record, loadError } = useRecordLoad(id, (breachId) => call('breaches.get', { id: breachId }));
  if (id !== null && !record) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <BreachEditor key={record?.id ?? 'new'} initial={record} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.breaches.list} label={t('breaches.back')} />;
}

/** A yes/no of the form as a checkbox. */
function BoolField({ name, label, description }: { name: 'specialCategories' | 'dpoConsulted'; label: string; description?: string }) {
  const { field } = useController<BreachForm, typeof name>({ name });
  return (
    <Checkbox
      label={label}
      description={description}
      checked={field.value}
      onChange={(e) => field.onChange(e.currentTarget.checked)}
      onBlur={field.onBlur}
      ref={field.ref}
    />
  );
}

/** Our role, in the words of what it means for the breach. */
function RoleField() {
  const { t } = useTranslation();
  const { field } = useController<BreachForm, 'ourRole'>({ name: 'ourRole' });
  const err = useFieldError();
  return (
    <Radio.Group label={t('breaches.field.ourRole')} value={field.value} onChange={field.onChange} error={err('ourRole')}>
      <Stack gap={6} mt={6}>
        {OUR_ROLES.map((r) => (
          <Radio key={r} value={r} label={t(`breaches.role.${r}`)} description={t(`breaches.roleHelp.${r}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** A time field: Stockholm wall-clock time in a datetime-local input. */
function When({
  name,
  label,
  description,
}: {
  name: 'discoveredAt' | 'occurredFrom' | 'occurredTo' | 'endedAt' | 'subjectsInformedAt';
  label: string;
  description?: string;
}) {
  return <F.TextField name={name} type="datetime-local" label={label} description={description} />;
}

function BreachEditor({ initial }: { initial: Breach | null }) {
  const { t } = useTranslation();
  const [discoveredDefault] = useState(nowWallClock);
  const empty = useMemo(() => emptyForm(discoveredDefault), [discoveredDefault]);
  const form = useForm<BreachForm, unknown, BreachOutput>({
    resolver: breachResolver,
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
    texts: 'breaches',
    listPath: paths.breaches.list,
    textParams: (b: Breach) => ({ name: b.title }),
    create: (values: BreachOutput) => call('breaches.create', values),
    update: (b, values) => call('breaches.update', { id: b.id, revision: b.revision, fields: values }),
    remove: (b) => call('breaches.delete', { id: b.id, revision: b.revision }),
  });
  const { record: breach } = editor;
  const lookups = useLookups(['terms', 'systems']);
  const services = useCall('services.list', { includeArchived: true }, { reloadOn: ['services'] });

  // Names of the linked records: as the breach was read, and what was picked since.
  const [picked, setPicked] = useState<Map<number, string>>(new Map());
  const remember = (kind: 'c' | 's' | 'e') => (o: Option) => setPicked((m) => new Map(m).set(keyOf(kind, o.value), o.label));
  const known = (kind: 'c' | 's' | 'e', fromRecord: [number, string][]) => {
    const map = new Map(fromRecord);
    for (const [k, v] of picked) if (k % 3 === KIND_CODE[kind]) map.set(Math.floor(k / 3), v);
    return map;
  };
  const knownCustomers = known('c', breach?.customers.map((c) => [c.customerId, c.name]) ?? []);
  const knownSites = known('s', breach?.sites.map((s) => [s.id, `${s.name} (${s.customerName})`]) ?? []);
  const knownEquipment = known(
    'e',
    breach?.equipment.map((e) => [e.id, equipmentLabel({ name: e.name, customerName: e.customerName, siteName: e.siteName })]) ?? [],
  );

  const risk = useWatch({ control, name: 'risk' });
  const role = useWatch({ control, name: 'ourRole' });
  const discoveredText = useWatch({ control, name: 'discoveredAt' });

  const patch: Patch = async (changes: Partial<BreachFields>, done: string) => {
    const b = editor.record;
    if (!b) return null;
    try {
      const next = await call('breaches.update', { id: b.id, revision: b.revision, fields: { ...fieldsOf(b), ...changes } });
      editor.accept(next, true);
      notifySuccess(done);
      return null;
    } catch (e) {
      if (!editor.conflicted(e) && !isApiError(e, 'INVALID_INPUT')) notifyError(t, e);
      return e;
    }
  };

  const serviceOptions = (services.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const systemOptions = lookups.systems.map((s) => ({ value: s.id, label: s.name }));
  const title = breach ? breach.title : t('breaches.newTitle');

  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={title}
        description={
          breach ? (
            <Group gap="xs" component="span">
              <span>{t(`breaches.role.${breach.ourRole}`)}</span>
              <RiskBadge risk={breach.risk} />
              {breach.closedOn && (
                <Badge size="sm" variant="light" color="gray" style={{ textTransform: 'none' }}>
                  {t('breaches.closedOnLine', { date: breach.closedOn })}
                </Badge>
              )}
              <span>·</span>
              <span>{t('breaches.updatedAt', { date: formatDateTime(breach.updatedAt) })}</span>
            </Group>
          ) : (
            t('breaches.newDescription')
          )
        }
      />
      <RecordConflict editor={editor} />
      {breach && <WarningsAlert title={t('breaches.warningsTitle')} warnings={breach.warnings} />}
      <FormProvider {...form}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={title}>
              <Stack gap="md">
                <Fieldset legend={t('breaches.fieldset.what')}>
                  <Stack gap="sm">
                    <F.TextField name="title" label={t('breaches.field.title')} description={t('breaches.field.titleHelp')} />
                    <RoleField />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <When
                        name="discoveredAt"
                        label={t('breaches.field.discoveredAt')}
                        description={t('breaches.field.discoveredAtHelp')}
                      />
                      <When name="endedAt" label={t('breaches.field.endedAt')} description={t('breaches.field.endedAtHelp')} />
                      <When name="occurredFrom" label={t('breaches.field.occurredFrom')} />
                      <When name="occurredTo" label={t('breaches.field.occurredTo')} />
                    </SimpleGrid>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.EnumChecklist
                        name="breachTypes"
                        kind="breachType"
                        values={BREACH_TYPES}
                        label={t('breaches.field.breachTypes')}
                        cols={1}
                      />
                      <F.EnumSelect name="cause" kind="breachCause" values={BREACH_CAUSES} label={t('breaches.field.cause')} />
                    </SimpleGrid>
                    <F.TextAreaField
                      name="description"
                      label={t('breaches.field.description')}
                      description={t('breaches.field.descriptionHelp')}
                      minRows={3}
                    />
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('breaches.fieldset.who')}>
                  <Stack gap="md">
                    <Text size="sm" c="dimmed">
                      {t('breaches.links.intro')}
                    </Text>
                    <CustomerPicker known={knownCustomers} onKnown={remember('c')} />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.IdMultiSelect
                        name="serviceIds"
                        label={t('breaches.links.services')}
                        data={serviceOptions}
                        placeholder={t('breaches.links.pick')}
                      />
                      <F.IdMultiSelect
                        name="systemIds"
                        label={t('breaches.links.systems')}
                        data={systemOptions}
                        placeholder={t('breaches.links.pick')}
                      />
                    </SimpleGrid>
                    <SitePicker known={knownSites} onKnown={remember('s')} />
                    <EquipmentPicker known={knownEquipment} onKnown={remember('e')} />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.TermMultiSelect
                        name="subjectTermIds"
                        kind="data_subject"
                        terms={lookups.terms}
                        label={t('breaches.field.subjects')}
                        placeholder={t('breaches.links.pick')}
                      />
                      <F.TermMultiSelect
                        name="dataTermIds"
                        kind="personal_data"
                        terms={lookups.terms}
                        groupByFlag
                        label={t('breaches.field.data')}
                        placeholder={t('breaches.links.pick')}
                      />
                      <F.TextField name="approxSubjects" label={t('breaches.field.approxSubjects')} inputMode="numeric" />
                      <F.TextField name="approxRecords" label={t('breaches.field.approxRecords')} inputMode="numeric" />
                    </SimpleGrid>
                    <BoolField
                      name="specialCategories"
                      label={t('breaches.field.specialCategories')}
                      description={t('breaches.field.specialCategoriesHelp')}
                    />
                  </Stack>
                </Fieldset>

                <Fieldset legend={t('breaches.fieldset.assessment')}>
                  <Stack gap="sm">
                    <F.TextAreaField
                      name="likelyConsequences"
                      label={t('breaches.field.likelyConsequences')}
                      description={t('breaches.field.likelyConsequencesHelp')}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <F.NullableEnumSelect
                        name="risk"
                        kind="breachRisk"
                        values={BREACH_RISKS}
                        label={t('breaches.field.risk')}
                        placeholder={t('breaches.riskNotAssessed')}
                        description={t('breaches.field.riskHelp')}
                      />
                    </SimpleGrid>
                    <F.TextAreaField
                      name="riskRationale"
                      label={t('breaches.field.riskRationale')}
                      description={risk === 'no_risk' ? t('breaches.field.riskRationaleNoRisk') : t('breaches.field.riskRationaleHelp')}
                    />
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      <F.TextAreaField name="measuresTaken" label={t('breaches.field.measuresTaken')} />
                      <F.TextAreaField name="measuresPlanned" label={t('breaches.field.measuresPlanned')} />
                    </SimpleGrid>
                    <BoolField name="dpoConsulted" label={t('breaches.field.dpoConsulted')} />
                  </Stack>
                </Fieldset>

                {role === 'controller' && (
                  <Fieldset legend={t('breaches.fieldset.subjects')}>
                    <Stack gap="sm">
                      {risk === 'high_risk' ? (
                        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
                          <Text size="sm">{t('breaches.subjects.highRisk')}</Text>
                        </Alert>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('breaches.subjects.help')}
                        </Text>
                      )}
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>
                        <When name="subjectsInformedAt" label={t('breaches.field.subjectsInformedAt')} />
                        <F.TextField
                          name="subjectsMethod"
                          label={t('breaches.field.subjectsMethod')}
                          description={t('breaches.field.subjectsMethodHelp')}
                        />
                      </SimpleGrid>
                      <F.NullableEnumSelect
                        name="subjectsExemption"
                        kind="subjectNoticeExemption"
                        values={SUBJECT_NOTICE_EXEMPTIONS}
                        label={t('breaches.field.subjectsExemption')}
                        placeholder={t('breaches.field.noExemption')}
                        description={t('breaches.field.subjectsExemptionHelp')}
                      />
                    </Stack>
                  </Fieldset>
                )}

                <Fieldset legend={t('breaches.fieldset.after')}>
                  <Stack gap="sm">
                    <F.TextAreaField
                      name="lessonsLearned"
                      label={t('breaches.field.lessonsLearned')}
                      description={t('breaches.field.lessonsLearnedHelp')}
                    />
                    <F.TextField
                      name="closedOn"
                      label={t('breaches.field.closedOn')}
                      placeholder={t('field.datePlaceholder')}
                      description={t('breaches.field.closedOnHelp')}
                      w={240}
                    />
                  </Stack>
                </Fieldset>

                <FormFooter
                  editor={editor}
                  submitting={isSubmitting}
                  dirty={isDirty}
                  onUndo={() => reset(breach ? toForm(breach) : empty)}
                  onDelete={breach ? editor.confirmDelete : undefined}
                />
              </Stack>
            </form>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
              {!breach ? (
                <NewClock discovered={discoveredText} role={role} />
              ) : breach.ourRole === 'controller' ? (
                <>
                  <ImyBox key={`${breach.id}-${breach.revision}`} breach={breach} patch={patch} />
                  <ControllerDocuments breach={breach} />
                </>
              ) : (
                <CustomersSummary breach={breach} />
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </FormProvider>
      {breach?.ourRole === 'processor' && (
        <AffectedCustomers breach={breach} onChanged={(next) => editor.accept(next, true)} onConflict={editor.conflicted} />
      )}
      {breach && <OtherReports breach={breach} patch={patch} />}
      {breach && (
        <HistoryPanel kind="breach" recordId={breach.id} onRestored={() => call('breaches.get', { id: breach.id }).then(editor.accept)} />
      )}
    </Stack>
  );
}

const KIND_CODE = { c: 0, s: 1, e: 2 } as const;
const keyOf = (kind: 'c' | 's' | 'e', id: number) => id * 3 + KIND_CODE[kind];

/** Before the first save: when the clock to IMY (or the customers' wait) runs out, from the time typed. */
function NewClock({ discovered, role }: { discovered: string; role: BreachForm['ourRole'] }) {
  const { t } = useTranslation();
  const at = toInstant(discovered);
  const valid = at !== null && !Number.isNaN(Date.parse(at));
  const deadline = valid ? new Date(Date.parse(at) + IMY_HOURS * 3_600_000).toISOString() : null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="breach-newclock-title">
      <Stack gap="xs">
        <Group gap="xs">
          <IconClock size={18} />
          <Title order={2} size="h5" id="breach-newclock-title">
            {role === 'controller' ? t('breaches.imy.title') : t('breaches.processor.title')}
          </Title>
        </Group>
        {role === 'controller' ? (
          <Text size="sm">
            {deadline
              ? t('breaches.newClock.controller', { deadline: formatStockholm(deadline), hours: IMY_HOURS })
              : t('breaches.newClock.noTime')}
          </Text>
        ) : (
          <Text size="sm">{t('breaches.newClock.processor')}</Text>
        )}
      </Stack>
    </Card>
  );
}
