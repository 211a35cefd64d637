import {
  Alert,
  Anchor,
  Badge,
  Card,
  Fieldset,
  Grid,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconGridDots, IconInfoCircle, IconWorld } from '@tabler/icons-react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { emptySubprocessor, subprocessorFields, type Subprocessor, type SubprocessorFields } from '../../../shared/contract';
import { ADEQUACY_DECISIONS, SCC_MODULES, SUBPROCESSOR_STATUSES, TRANSFER_MECHANISMS, isEeaCountry } from '../../../shared/domain/enums';
import { countryName, enumLabel, type Location } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { NoticePrompt } from '../change-notices/NoticePrompt';
import { SubprocessorNotices } from '../change-notices/NoticeSections';
import { HistoryPanel } from '../history/HistoryPanel';
import { LocationFields } from '../systems/LocationFields';
import { STATUS_COLOR } from './SubprocessorsPage';
import { WarningsAlert } from '../../ui/FormBits';

type SubprocessorOutput = z.output<typeof subprocessorFields>;

/** The form's own shape: the agreement date as text ('' = none). */
type SubprocessorForm = Omit<SubprocessorFields, 'agreementDate'> & { agreementDate: string };

const toForm = (s: Subprocessor | SubprocessorFields): SubprocessorForm => ({
  ...formValues(subprocessorFields, s),
  agreementDate: s.agreementDate ?? '',
});

const EMPTY = toForm(emptySubprocessor);
const FIELD_ROOTS = new Set(Object.keys(EMPTY));

function prepare(v: SubprocessorForm): unknown {
  return {
    ...v,
    sccModule: v.transferMechanism === 'scc_2021_914' ? v.sccModule : null,
    agreementDate: v.agreementDate.trim() === '' ? null : v.agreementDate.trim(),
  };
}

/** /underbitraden/ny and /underbitraden/:id: create or edit one sub-processor. */
export function SubprocessorPage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record, loadError } = useRecordLoad(id, (recordId) => call('subprocessors.get', { id: recordId }));
  if (id !== null && !record) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <SubprocessorEditor key={record?.id ?? 'new'} initial={record} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.subprocessors.list} label={t('subprocessors.back')} />;
}

/** What the chosen country means for a transfer: EU/EEA, an adequacy decision, or neither. */
export function countryTransferInfo(country: string, lang: Language, t: (key: string, params?: Record<string, unknown>) => string) {
  const code = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const name = countryName(code, lang);
  if (isEeaCountry(code)) return { color: 'teal', text: t('subprocessors.infoEea', { country: name }) };
  const adequacy = ADEQUACY_DECISIONS[code];
  if (adequacy) {
    const key =
      code === 'US' ? 'subprocessors.infoAdequacyUs' : adequacy.scope ? 'subprocessors.infoAdequacyScope' : 'subprocessors.infoAdequacy';
    return { color: 'blue', text: t(key, { country: name, decision: adequacy.decision, scope: adequacy.scope ?? '' }) };
  }
  return { color: 'orange', text: t('subprocessors.infoNoAdequacy', { country: name }) };
}

/** The same for any place: the EU/EEA as a whole, a region inside or outside it, or a country. */
export function locationTransferInfo(place: Location, lang: Language, t: (key: string, params?: Record<string, unknown>) => string) {
  if (place.locationKind === 'eea') return { color: 'teal', text: t('subprocessors.infoEeaWhole') };
  if (place.locationKind === 'region') {
    const region = place.regionName.trim();
    if (!region) return null;
    return place.regionInEea
      ? { color: 'teal', text: t('subprocessors.infoEea', { country: region }) }
      : { color: 'orange', text: t('subprocessors.infoRegionOutside', { region }) };
  }
  return countryTransferInfo(place.country, lang, t);
}

function SubprocessorEditor({ initial }: { initial: Subprocessor | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SubprocessorForm, unknown, SubprocessorOutput>({
    resolver: schemaResolver<SubprocessorForm, SubprocessorOutput>(subprocessorFields, prepare),
    defaultValues: initial ? toForm(initial) : EMPTY,
  });
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'subprocessors',
    listPath: paths.subprocessors.list,
    create: (values: SubprocessorOutput) => call('subprocessors.create', values),
    update: (r, values) => call('subprocessors.update', { id: r.id, revision: r.revision, fields: values }),
    remove: (r) => call('subprocessors.delete', { id: r.id, revision: r.revision }),
    inUseKey: 'e.inUse.subprocessor',
  });
  const { record } = editor;
  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<SubprocessorForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );
  const area = (name: FieldPath<SubprocessorForm>, label: string, extra: Record<string, unknown> = {}) => (
    <Textarea label={label} autosize minRows={2} maxRows={8} {...register(name)} error={err(name)} {...extra} />
  );

  const mechanism = watch('transferMechanism');
  const info = locationTransferInfo(
    {
      locationKind: watch('locationKind') ?? 'country',
      country: watch('country'),
      regionName: watch('regionName') ?? '',
      regionInEea: watch('regionInEea') ?? true,
    },
    lang,
    t,
  );

  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={record ? record.name : t('subprocessors.newTitle')}
        description={
          record ? (
            <Group gap="xs" component="span">
              <Badge size="sm" variant="light" color={STATUS_COLOR[record.status]}>
                {enumLabel('subprocessorStatus', record.status, lang)}
              </Badge>
              {record.thirdCountry && (
                <Badge size="sm" variant="light" color="blue">
                  {t('subprocessors.thirdCountry')}
                </Badge>
              )}
              <span>{t('subprocessors.updatedAt', { date: formatDateTime(record.updatedAt) })}</span>
            </Group>
          ) : (
            t('subprocessors.newDescription')
          )
        }
      />
      <RecordConflict editor={editor} />
      {record && <NoticePrompt subprocessorId={record.id} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={record ? record.name : t('subprocessors.newTitle')}>
            <Stack gap="md">
              <Fieldset legend={t('subprocessors.company')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {text('name', t('field.name'))}
                  {text('orgNr', t('subprocessors.orgNr'))}
                  {text('website', t('field.website'))}
                </SimpleGrid>
                <Stack mt="sm" gap="sm">
                  {text('address', t('field.address'))}
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {text('contactName', t('subprocessors.contactName'))}
                    {text('contactEmail', t('subprocessors.contactEmail'), { type: 'email' })}
                  </SimpleGrid>
                </Stack>
              </Fieldset>

              <Fieldset legend={t('subprocessors.processing')}>
                <Stack gap="sm">
                  {area('serviceDescription', t('subprocessors.serviceDescription'), {
                    description: t('subprocessors.serviceDescriptionHelp'),
                  })}
                  {area('dataProcessed', t('subprocessors.dataProcessed'), { description: t('subprocessors.dataProcessedHelp') })}
                  {area('processingLocations', t('subprocessors.processingLocations'), {
                    description: t('subprocessors.processingLocationsHelp'),
                  })}
                </Stack>
              </Fieldset>

              <Fieldset legend={t('subprocessors.transfer')}>
                <Stack gap="sm">
                  <LocationFields control={control} error={err} countryLabel={t('subprocessors.country')} />
                  {info && (
                    <Alert color={info.color} variant="light" icon={<IconWorld size={18} />} py="xs" data-testid="country-info">
                      {info.text}
                    </Alert>
                  )}
                  <Controller
                    control={control}
                    name="transferMechanism"
                    render={({ field }) => (
                      <Select
                        label={t('subprocessors.transferMechanism')}
                        data={TRANSFER_MECHANISMS.map((m) => ({ value: m, label: enumLabel('transferMechanism', m, lang) }))}
                        value={field.value}
                        onChange={(v) => v && field.onChange(v)}
                        allowDeselect={false}
                        error={err('transferMechanism')}
                      />
                    )}
                  />
                  {mechanism === 'scc_2021_914' && (
                    <Controller
                      control={control}
                      name="sccModule"
                      render={({ field }) => (
                        <Select
                          label={t('subprocessors.sccModule')}
                          placeholder={t('subprocessors.pickModule')}
                          data={SCC_MODULES.map((m) => ({ value: m, label: enumLabel('sccModule', m, lang) }))}
                          value={field.value ?? null}
                          onChange={(v) => field.onChange(v ?? null)}
                          error={err('sccModule')}
                        />
                      )}
                    />
                  )}
                  {area('transferNotes', t('subprocessors.transferNotes'), { description: t('subprocessors.transferNotesHelp') })}
                </Stack>
              </Fieldset>

              <Fieldset legend={t('subprocessors.agreement')}>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {text('agreementDate', t('subprocessors.agreementDate'), { placeholder: t('field.datePlaceholder') })}
                </SimpleGrid>
                <Stack mt="sm">
                  {area('agreementNotes', t('subprocessors.agreementNotes'), { description: t('subprocessors.agreementNotesHelp') })}
                </Stack>
              </Fieldset>

              <Fieldset legend={t('subprocessors.statusAndNotes')}>
                <Stack gap="sm">
                  <Controller
                    control={control}
                    name="status"
                    render={({ field }) => (
                      <Radio.Group label={t('field.status')} value={field.value} onChange={(v) => field.onChange(v)} error={err('status')}>
                        <Group mt={6}>
                          {SUBPROCESSOR_STATUSES.map((s) => (
                            <Radio key={s} value={s} label={enumLabel('subprocessorStatus', s, lang)} />
                          ))}
                        </Group>
                      </Radio.Group>
                    )}
                  />
                  <Textarea
                    label={t('subprocessors.notes')}
                    autosize
                    minRows={2}
                    maxRows={10}
                    {...register('notes')}
                    error={err('notes')}
                  />
                </Stack>
              </Fieldset>

              <FormFooter
                editor={editor}
                submitting={isSubmitting}
                dirty={isDirty}
                onUndo={() => reset(record ? toForm(record) : EMPTY)}
                onDelete={record ? editor.confirmDelete : undefined}
              />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 72 }}>
            {record ? (
              <>
                <WarningsAlert title={t('subprocessors.warningsTitle')} warnings={record.warnings} />
                <Card withBorder padding="md" role="region" aria-label={t('subprocessors.usedBy')}>
                  <Text fw={600} mb="xs">
                    {t('subprocessors.usedBy')}
                  </Text>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={500}>
                    {t('subprocessors.services')}
                  </Text>
                  {record.services.length === 0 ? (
                    <Text size="sm" c="dimmed" mb="xs">
                      {t('subprocessors.noServices')}
                    </Text>
                  ) : (
                    <Stack gap={2} mb="xs">
                      {record.services.map((s) => (
                        <Anchor key={s.id} component={Link} to={paths.services.one(s.id)} size="sm">
                          {s.name}
                        </Anchor>
                      ))}
                    </Stack>
                  )}
                  <Text size="xs" c="dimmed" tt="uppercase" fw={500}>
                    {t('subprocessors.systems')}
                  </Text>
                  {record.systems.length === 0 ? (
                    <Text size="sm" c="dimmed" mb="xs">
                      {t('subprocessors.noSystems')}
                    </Text>
                  ) : (
                    <Stack gap={2} mb="xs">
                      {record.systems.map((s) => (
                        <Anchor key={s.id} component={Link} to={paths.systems.one(s.id)} size="sm">
                          {s.name}
                        </Anchor>
                      ))}
                    </Stack>
                  )}
                  <Text size="xs" c="dimmed" tt="uppercase" fw={500}>
                    {t('subprocessors.customersTitle')}
                  </Text>
                  <Text size="sm">{t('subprocessors.customerCount', { count: record.customerCount })}</Text>
                  <Anchor component={Link} to={paths.subprocessors.matrix} size="sm">
                    <Group gap={4}>
                      <IconGridDots size={14} />
                      {t('subprocessors.toMatrix')}
                    </Group>
                  </Anchor>
                </Card>
                <SubprocessorNotices subprocessorId={record.id} />
              </>
            ) : (
              <Card withBorder padding="md">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconInfoCircle size={18} color="var(--mantine-color-forteckna-6)" style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="sm">{t('subprocessors.newHint')}</Text>
                </Group>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {record && (
        <HistoryPanel
          kind="subprocessor"
          recordId={record.id}
          onRestored={() => call('subprocessors.get', { id: record.id }).then(editor.accept)}
        />
      )}
    </Stack>
  );
}
