import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconPlus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, VocabularyTerm } from '../../../shared/contract';
import {
  ADEQUACY_DECISIONS,
  ART10_BASES,
  ART9_CONDITIONS,
  DATA_SOURCES,
  DPIA_CRITERIA,
  DPIA_STATUSES,
  LEGAL_BASES,
  MEASURE_CATEGORIES,
  PNR_JUSTIFICATIONS,
  RECIPIENT_KINDS,
  SPECIAL_CATEGORIES,
  TRANSFER_MECHANISMS,
  isEeaCountry,
  type VocabularyKind,
} from '../../../shared/domain/enums';
import { countryName, countryOptions, enumLabel, type LabelKind } from '../../../shared/domain/labels';
import { errorAt, issueText } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { EMPTY_PURPOSE, sectionId, type ActivityForm, type SectionKey } from './form';
import type { Lookups } from '../../ui/useLookups';

// The sections of the activity form. Each reads the form through useFormContext.

function useErr() {
  const { t } = useTranslation();
  const {
    formState: { errors },
  } = useFormContext<ActivityForm>();
  return (name: string) => issueText(t, errorAt(errors, name));
}

function Section({ id, children }: { id: SectionKey; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Fieldset id={sectionId(id)} legend={t(`activities.section.${id}`)} style={{ scrollMarginTop: 72 }}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`activities.sectionHelp.${id}`)}
        </Text>
        {children}
      </Stack>
    </Fieldset>
  );
}

function options(kind: LabelKind, values: readonly string[], lang: 'sv' | 'en') {
  return values.map((value) => ({ value, label: enumLabel(kind, value, lang) }));
}

/** A native select over an enum that may be unset (null). */
function NullableEnumSelect({
  name,
  label,
  kind,
  values,
  description,
  placeholder,
}: {
  name: FieldPath<ActivityForm>;
  label: string;
  kind: LabelKind;
  values: readonly string[];
  description?: string;
  placeholder: string;
}) {
  const { control } = useFormContext<ActivityForm>();
  const lang = useLang();
  const err = useErr();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NativeSelect
          label={label}
          description={description}
          value={(field.value as string | null) ?? ''}
          onChange={(e) => field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
          onBlur={field.onBlur}
          ref={field.ref}
          error={err(name)}
          data={[{ value: '', label: placeholder }, ...options(kind, values, lang)]}
        />
      )}
    />
  );
}

/** Checkboxes over an enum (a string array field). */
function EnumChecklist({
  name,
  label,
  kind,
  values,
  cols = 2,
}: {
  name: FieldPath<ActivityForm>;
  label: string;
  kind: LabelKind;
  values: readonly string[];
  cols?: number;
}) {
  const { control } = useFormContext<ActivityForm>();
  const lang = useLang();
  const err = useErr();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group label={label} value={field.value as string[]} onChange={field.onChange} error={err(name)}>
          <SimpleGrid cols={{ base: 1, sm: cols }} spacing={6} verticalSpacing={6} mt={6}>
            {values.map((value) => (
              <Checkbox key={value} value={value} label={enumLabel(kind, value, lang)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    />
  );
}

export function BasicsSection({ archived }: { archived: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { register, control } = useFormContext<ActivityForm>();
  const err = useErr();
  const role = useWatch({ control, name: 'role' });
  return (
    <Section id="basics">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('activities.f.refNo')} description={t('activities.h.refNo')} {...register('refNo')} error={err('refNo')} />
        <TextInput
          label={t('activities.f.name')}
          description={t('activities.h.name')}
          {...register('name')}
          error={err('name')}
          required
          withAsterisk
          style={{ gridColumn: 'span 2' }}
        />
      </SimpleGrid>
      <Textarea
        label={t('activities.f.description')}
        description={t('activities.h.description')}
        autosize
        minRows={2}
        maxRows={8}
        {...register('description')}
        error={err('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <Radio.Group label={t('activities.f.role')} value={field.value} onChange={field.onChange} error={err('role')}>
              <Stack gap={6} mt={6}>
                <Radio value="controller" label={enumLabel('activityRole', 'controller', lang)} />
                <Radio value="joint_controller" label={enumLabel('activityRole', 'joint_controller', lang)} />
              </Stack>
            </Radio.Group>
          )}
        />
        <TextInput label={t('activities.f.owner')} description={t('activities.h.owner')} {...register('owner')} error={err('owner')} />
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Radio.Group
              label={t('field.status')}
              value={field.value}
              onChange={field.onChange}
              error={err('status')}
              description={archived ? t('activities.h.statusArchived') : undefined}
            >
              <Stack gap={6} mt={6}>
                <Radio value="draft" label={enumLabel('activityStatus', 'draft', lang)} disabled={archived} />
                <Radio value="active" label={enumLabel('activityStatus', 'active', lang)} disabled={archived} />
                {archived && <Radio value="archived" label={enumLabel('activityStatus', 'archived', lang)} disabled />}
              </Stack>
            </Radio.Group>
          )}
        />
      </SimpleGrid>
      {role === 'joint_controller' && (
        <Textarea
          label={t('activities.f.jointControllers')}
          description={t('activities.h.jointControllers')}
          autosize
          minRows={2}
          {...register('jointControllers')}
          error={err('jointControllers')}
        />
      )}
    </Section>
  );
}

const DETAIL_HELP: Record<string, string> = {
  consent: 'activities.h.detailConsent',
  contract: 'activities.h.detailContract',
  legal_obligation: 'activities.h.detailLaw',
  vital_interests: 'activities.h.detailVital',
  public_task: 'activities.h.detailLaw',
  legitimate_interests: 'activities.h.detailLegitimate',
};

function PurposeRow({ index, onRemove, canRemove }: { index: number; onRemove: () => void; canRemove: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { register, control } = useFormContext<ActivityForm>();
  const err = useErr();
  const basis = useWatch({ control, name: `purposes.${index}.legalBasis` });
  const n = index + 1;
  return (
    <Paper withBorder p="sm" radius="sm" role="group" aria-label={t('activities.purposeN', { n })}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('activities.purposeN', { n })}
        </Text>
        {canRemove && (
          <Tooltip label={t('activities.removePurpose', { n })}>
            <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t('activities.removePurpose', { n })}>
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Stack gap="sm">
        <Textarea
          label={t('activities.f.purpose')}
          description={t('activities.h.purpose')}
          autosize
          minRows={2}
          {...register(`purposes.${index}.description`)}
          error={err(`purposes.${index}.description`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('activities.f.legalBasis')}
            {...register(`purposes.${index}.legalBasis`)}
            error={err(`purposes.${index}.legalBasis`)}
            data={options('legalBasis', LEGAL_BASES, lang)}
          />
          <TextInput
            label={t('activities.f.legalBasisDetail')}
            description={t(DETAIL_HELP[basis] ?? 'activities.h.detailContract')}
            {...register(`purposes.${index}.legalBasisDetail`)}
            error={err(`purposes.${index}.legalBasisDetail`)}
          />
        </SimpleGrid>
        {basis === 'legitimate_interests' && (
          <Textarea
            label={t('activities.f.liaText')}
            description={t('activities.h.liaText')}
            autosize
            minRows={4}
            maxRows={16}
            {...register(`purposes.${index}.liaText`)}
            error={err(`purposes.${index}.liaText`)}
          />
        )}
      </Stack>
    </Paper>
  );
}

export function PurposesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const purposes = useFieldArray({ control, name: 'purposes', keyName: 'key' });
  const err = useErr();
  return (
    <Section id="purposes">
      {purposes.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('activities.noPurposes')}
        </Text>
      )}
      {purposes.fields.map((p, index) => (
        <PurposeRow key={p.key} index={index} onRemove={() => purposes.remove(index)} canRemove={purposes.fields.length > 1} />
      ))}
      {err('purposes') && (
        <Text c="red" size="sm">
          {err('purposes')}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => purposes.append({ ...EMPTY_PURPOSE })}
          disabled={purposes.fields.length >= 30}
        >
          {t('activities.addPurpose')}
        </Button>
      </Group>
    </Section>
  );
}

/** Terms of one kind as checkboxes: the active ones, plus archived ones the record still uses. */
function TermChecklist({
  name,
  kind,
  label,
  description,
  terms,
  known,
}: {
  name: 'dataSubjectTermIds' | 'personalDataTermIds';
  kind: VocabularyKind;
  label: string;
  description: string;
  terms: VocabularyTerm[];
  known: { id: number; labelSv: string; labelEn: string; flag?: string }[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext<ActivityForm>();
  const err = useErr();
  const offered = terms.filter((term) => term.kind === kind && term.archivedAt === null);
  const extra = known.filter((k) => !offered.some((o) => o.id === k.id));
  const all = [
    ...offered.map((o) => ({ id: o.id, label: lang === 'en' ? o.labelEn : o.labelSv, flag: o.flag as string })),
    ...extra.map((k) => ({ id: k.id, label: lang === 'en' ? k.labelEn : k.labelSv, flag: k.flag ?? 'none' })),
  ];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          label={label}
          description={description}
          value={field.value.map(String)}
          onChange={(values) => field.onChange(values.map(Number))}
          error={err(name)}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={6} verticalSpacing={6} mt={8}>
            {all.map((term) => (
              <Checkbox
                key={term.id}
                value={String(term.id)}
                label={
                  <Group gap={6} wrap="wrap" component="span">
                    <span>{term.label}</span>
                    {term.flag !== 'none' && (
                      <Badge
                        size="xs"
                        variant="light"
                        color={term.flag === 'personnummer' ? 'blue' : 'red'}
                        style={{ textTransform: 'none', flexShrink: 0, maxWidth: 'none' }}
                      >
                        {t(`vocabularies.flagShort.${term.flag}`)}
                      </Badge>
                    )}
                  </Group>
                }
              />
            ))}
          </SimpleGrid>
          {all.length === 0 && (
            <Text size="sm" c="dimmed" mt={6}>
              {t('activities.noTerms')}
            </Text>
          )}
        </Checkbox.Group>
      )}
    />
  );
}

export function SubjectsSection({ lookups, activity }: { lookups: Lookups; activity: Activity | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext<ActivityForm>();
  const chosen = useWatch({ control, name: 'personalDataTermIds' });
  const known = activity?.personalDataTerms ?? [];
  const flagged = chosen
    .map((id) => lookups.terms.find((term) => term.id === id) ?? known.find((k) => k.id === id))
    .filter((term): term is NonNullable<typeof term> => term !== undefined && term.flag !== 'none');
  return (
    <Section id="subjects">
      <TermChecklist
        name="dataSubjectTermIds"
        kind="data_subject"
        label={t('activities.f.dataSubjects')}
        description={t('activities.h.dataSubjects')}
        terms={lookups.terms}
        known={activity?.dataSubjectTerms ?? []}
      />
      <TermChecklist
        name="personalDataTermIds"
        kind="personal_data"
        label={t('activities.f.personalData')}
        description={t('activities.h.personalData')}
        terms={lookups.terms}
        known={known}
      />
      {flagged.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} role="status">
          <Stack gap={2}>
            {flagged.map((term) => (
              <Text size="sm" key={term.id}>
                {t(`activities.flagHint.${term.flag}`, { term: lang === 'en' ? term.labelEn : term.labelSv })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Anchor component={Link} to="/kategorier" size="sm">
        {t('activities.manageTerms')}
      </Anchor>
    </Section>
  );
}

export function SensitiveSection() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<ActivityForm>();
  const err = useErr();
  const special = useWatch({ control, name: 'specialCategories' });
  const criminal = useWatch({ control, name: 'criminalData' });
  const pnr = useWatch({ control, name: 'personnummer' });
  return (
    <Section id="sensitive">
      <EnumChecklist
        name="specialCategories"
        label={t('activities.f.specialCategories')}
        kind="specialCategory"
        values={SPECIAL_CATEGORIES}
      />
      {special.length > 0 && (
        <Paper withBorder p="sm" radius="sm" bg="orange.0">
          <Stack gap="sm">
            <EnumChecklist name="art9Conditions" label={t('activities.f.art9Conditions')} kind="art9Condition" values={ART9_CONDITIONS} />
            <Textarea
              label={t('activities.f.art9Note')}
              description={t('activities.h.art9Note')}
              autosize
              minRows={2}
              {...register('art9Note')}
              error={err('art9Note')}
            />
          </Stack>
        </Paper>
      )}
      <Checkbox label={t('activities.f.criminalData')} description={t('activities.h.criminalData')} {...register('criminalData')} />
      {criminal && (
        <Paper withBorder p="sm" radius="sm" bg="orange.0">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NullableEnumSelect
              name="art10Basis"
              label={t('activities.f.art10Basis')}
              kind="art10Basis"
              values={ART10_BASES}
              placeholder={t('activities.choose')}
            />
            <Textarea label={t('activities.f.art10Note')} autosize minRows={2} {...register('art10Note')} error={err('art10Note')} />
          </SimpleGrid>
        </Paper>
      )}
      <Checkbox label={t('activities.f.personnummer')} description={t('activities.h.personnummer')} {...register('personnummer')} />
      {pnr && (
        <Paper withBorder p="sm" radius="sm" bg="blue.0">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NullableEnumSelect
              name="pnrJustification"
              label={t('activities.f.pnrJustification')}
              kind="pnrJustification"
              values={PNR_JUSTIFICATIONS}
              placeholder={t('activities.choose')}
              description={t('activities.h.pnrJustification')}
            />
            <Textarea label={t('activities.f.pnrNote')} autosize minRows={2} {...register('pnrNote')} error={err('pnrNote')} />
          </SimpleGrid>
        </Paper>
      )}
    </Section>
  );
}

function RemoveRow({ label, onClick, top = 26 }: { label: string; onClick: () => void; top?: number }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" onClick={onClick} aria-label={label} mt={top}>
        <IconX size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

function NullableIdSelect({
  name,
  label,
  data,
  placeholder,
  showLabel = true,
}: {
  name: FieldPath<ActivityForm>;
  label: string;
  data: { value: string; label: string }[];
  placeholder: string;
  showLabel?: boolean;
}) {
  const { control } = useFormContext<ActivityForm>();
  const err = useErr();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NativeSelect
          label={showLabel ? label : undefined}
          aria-label={label}
          value={field.value === null || field.value === undefined ? '' : String(field.value as number)}
          onChange={(e) => field.onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
          onBlur={field.onBlur}
          ref={field.ref}
          error={err(name)}
          data={[{ value: '', label: placeholder }, ...data]}
        />
      )}
    />
  );
}

export function RecipientsSection({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control, register } = useFormContext<ActivityForm>();
  const rows = useFieldArray({ control, name: 'recipients', keyName: 'key' });
  const values = useWatch({ control, name: 'recipients' });
  const err = useErr();
  const recipientTerms = lookups.terms
    .filter((term) => term.kind === 'recipient' && (term.archivedAt === null || values.some((v) => v.termId === term.id)))
    .map((term) => ({ value: String(term.id), label: lang === 'en' ? term.labelEn : term.labelSv }));
  const subprocessors = lookups.subprocessors.map((s) => ({ value: String(s.id), label: `${s.name} (${countryName(s.country, lang)})` }));
  return (
    <Section id="recipients">
      {rows.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('activities.noRecipients')}
        </Text>
      )}
      {rows.fields.map((row, index) => {
        const n = index + 1;
        const kind = values[index]?.kind;
        return (
          <Group key={row.key} align="flex-start" wrap="nowrap" gap="xs" role="group" aria-label={t('activities.recipientN', { n })}>
            <Grid style={{ flex: 1 }} gap="xs">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <NativeSelect
                  label={index === 0 ? t('activities.f.recipientKind') : undefined}
                  aria-label={t('activities.f.recipientKind')}
                  {...register(`recipients.${index}.kind`)}
                  data={options('recipientKind', RECIPIENT_KINDS, lang)}
                  error={err(`recipients.${index}.kind`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: kind === 'processor' ? 3 : 4 }}>
                <NullableIdSelect
                  name={`recipients.${index}.termId`}
                  label={t('activities.f.recipientTerm')}
                  showLabel={index === 0}
                  data={recipientTerms}
                  placeholder={t('activities.chooseOptional')}
                />
              </Grid.Col>
              {kind === 'processor' && (
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <NullableIdSelect
                    name={`recipients.${index}.subprocessorId`}
                    label={t('activities.f.recipientProcessor')}
                    showLabel={index === 0}
                    data={subprocessors}
                    placeholder={t('activities.chooseOptional')}
                  />
                </Grid.Col>
              )}
              <Grid.Col span={{ base: 12, sm: kind === 'processor' ? 3 : 5 }}>
                <TextInput
                  label={index === 0 ? t('activities.f.recipientName') : undefined}
                  aria-label={t('activities.f.recipientName')}
                  {...register(`recipients.${index}.name`)}
                  error={err(`recipients.${index}.name`)}
                />
              </Grid.Col>
            </Grid>
            <RemoveRow label={t('activities.removeRecipient', { n })} onClick={() => rows.remove(index)} top={index === 0 ? 26 : 4} />
          </Group>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => rows.append({ kind: 'external', termId: null, subprocessorId: null, name: '' })}
          disabled={rows.fields.length >= 50}
        >
          {t('activities.addRecipient')}
        </Button>
      </Group>
    </Section>
  );
}

function TransferHint({ country, lang }: { country: string; lang: 'sv' | 'en' }) {
  const { t } = useTranslation();
  if (!country) return null;
  if (isEeaCountry(country))
    return (
      <Text size="xs" c="orange.8">
        {t('activities.transferEea', { country: countryName(country, lang) })}
      </Text>
    );
  const adequacy = ADEQUACY_DECISIONS[country];
  if (adequacy) {
    return (
      <Text size="xs" c="dimmed">
        {adequacy.scope === 'DPF'
          ? t('activities.transferDpf')
          : t('activities.transferAdequacy', { country: countryName(country, lang), decision: adequacy.decision })}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {t('activities.transferNoAdequacy', { country: countryName(country, lang) })}
    </Text>
  );
}

export function TransfersSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const { control, register } = useFormContext<ActivityForm>();
  const rows = useFieldArray({ control, name: 'transfers', keyName: 'key' });
  const values = useWatch({ control, name: 'transfers' });
  const err = useErr();
  const countries = countryOptions(lang).filter((c) => !isEeaCountry(c.value));
  return (
    <Section id="transfers">
      {rows.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('activities.noTransfers')}
        </Text>
      )}
      {rows.fields.map((row, index) => {
        const n = index + 1;
        const country = values[index]?.country ?? '';
        return (
          <Paper key={row.key} withBorder p="sm" radius="sm" role="group" aria-label={t('activities.transferN', { n })}>
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap="xs" style={{ flex: 1 }}>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                  <Controller
                    control={control}
                    name={`transfers.${index}.country`}
                    render={({ field }) => (
                      <Select
                        label={t('field.country')}
                        placeholder={t('activities.chooseCountry')}
                        searchable
                        data={
                          country && isEeaCountry(country)
                            ? [{ value: country, label: countryName(country, lang) }, ...countries]
                            : countries
                        }
                        value={field.value || null}
                        onChange={(v) => field.onChange(v ?? '')}
                        onBlur={field.onBlur}
                        ref={field.ref}
                        error={err(`transfers.${index}.country`)}
                        nothingFoundMessage={t('activities.noCountry')}
                      />
                    )}
                  />
                  <TextInput
                    label={t('activities.f.transferRecipient')}
                    {...register(`transfers.${index}.recipient`)}
                    error={err(`transfers.${index}.recipient`)}
                  />
                  <NativeSelect
                    label={t('activities.f.mechanism')}
                    {...register(`transfers.${index}.mechanism`)}
                    data={options('transferMechanism', TRANSFER_MECHANISMS, lang)}
                    error={err(`transfers.${index}.mechanism`)}
                  />
                </SimpleGrid>
                <TransferHint country={country} lang={lang} />
                <Textarea
                  label={t('activities.f.safeguards')}
                  description={t('activities.h.safeguards')}
                  autosize
                  minRows={1}
                  {...register(`transfers.${index}.safeguards`)}
                  error={err(`transfers.${index}.safeguards`)}
                />
              </Stack>
              <RemoveRow label={t('activities.removeTransfer', { n })} onClick={() => rows.remove(index)} />
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => rows.append({ country: '', recipient: '', mechanism: 'scc_2021_914', safeguards: '' })}
          disabled={rows.fields.length >= 50}
        >
          {t('activities.addTransfer')}
        </Button>
      </Group>
    </Section>
  );
}

function IdMultiSelect({
  name,
  label,
  description,
  data,
}: {
  name: 'systemIds' | 'measureIds';
  label: string;
  description?: string;
  data: { group: string; items: { value: string; label: string }[] }[] | { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const { control } = useFormContext<ActivityForm>();
  const err = useErr();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect
          label={label}
          description={description}
          data={data}
          value={field.value.map(String)}
          onChange={(v) => field.onChange(v.map(Number))}
          onBlur={field.onBlur}
          ref={field.ref}
          searchable
          clearable
          hidePickedOptions
          placeholder={field.value.length === 0 ? t('activities.chooseMany') : undefined}
          nothingFoundMessage={t('activities.nothingFound')}
          error={err(name)}
          maxDropdownHeight={320}
        />
      )}
    />
  );
}

export function SystemsSection({ lookups, activity }: { lookups: Lookups; activity: Activity | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const known = (activity?.systems ?? []).filter((s) => !lookups.systems.some((x) => x.id === s.id));
  const data = [
    ...lookups.systems.map((s) => ({
      value: String(s.id),
      label: `${s.name} – ${enumLabel('hostingKind', s.hosting, lang)}, ${countryName(s.country, lang)}`,
    })),
    ...known.map((s) => ({ value: String(s.id), label: s.name })),
  ];
  return (
    <Section id="systems">
      <IdMultiSelect name="systemIds" label={t('activities.f.systems')} data={data} />
      <Anchor component={Link} to="/system" size="sm">
        {lookups.systems.length === 0 ? t('activities.noSystems') : t('activities.manageSystems')}
      </Anchor>
    </Section>
  );
}

export function RetentionSection({ lookups, activity }: { lookups: Lookups; activity: Activity | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext<ActivityForm>();
  const rows = useFieldArray({ control, name: 'retention', keyName: 'key' });
  const values = useWatch({ control, name: 'retention' });
  const chosenData = useWatch({ control, name: 'personalDataTermIds' });
  const termLabel = (id: number) => {
    const term = lookups.terms.find((x) => x.id === id) ?? activity?.personalDataTerms.find((x) => x.id === id);
    return term ? (lang === 'en' ? term.labelEn : term.labelSv) : `#${id}`;
  };
  const rules = lookups.retentionRules.map((r) => ({ value: String(r.id), label: lang === 'en' && r.nameEn ? r.nameEn : r.nameSv }));
  return (
    <Section id="retention">
      {rows.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('activities.noRetention')}
        </Text>
      )}
      {rows.fields.map((row, index) => {
        const n = index + 1;
        const value = values[index];
        const termIds = [...new Set([...chosenData, ...(value?.termId ? [value.termId] : [])])];
        const rule = lookups.retentionRules.find((r) => r.id === value?.retentionRuleId);
        const saved = activity?.retention.find((r) => r.retentionRuleId === value?.retentionRuleId);
        const words = rule ? rule.summary[lang] : saved ? (lang === 'en' ? saved.summaryEn : saved.summarySv) : '';
        return (
          <Group key={row.key} align="flex-start" wrap="nowrap" gap="xs" role="group" aria-label={t('activities.retentionN', { n })}>
            <Stack gap={4} style={{ flex: 1 }}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <NullableIdSelect
                  name={`retention.${index}.termId`}
                  label={t('activities.f.retentionData')}
                  data={termIds.map((id) => ({ value: String(id), label: termLabel(id) }))}
                  placeholder={t('activities.allData')}
                />
                <NullableIdSelect
                  name={`retention.${index}.retentionRuleId`}
                  label={t('activities.f.retentionRule')}
                  data={rules}
                  placeholder={t('activities.chooseRule')}
                />
              </SimpleGrid>
              {words && (
                <Text size="sm" c="forteckna.8" data-testid="retention-words">
                  {words}
                </Text>
              )}
            </Stack>
            <RemoveRow label={t('activities.removeRetention', { n })} onClick={() => rows.remove(index)} />
          </Group>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => rows.append({ termId: null, retentionRuleId: null })}
          disabled={rows.fields.length >= 100}
        >
          {t('activities.addRetention')}
        </Button>
        <Anchor component={Link} to="/gallring" size="sm">
          {lookups.retentionRules.length === 0 ? t('activities.noRules') : t('activities.manageRules')}
        </Anchor>
      </Group>
    </Section>
  );
}

export function SecuritySection({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { register, control, setValue, getValues } = useFormContext<ActivityForm>();
  const err = useErr();
  const chosen = useWatch({ control, name: 'measureIds' });
  const label = (m: Lookups['measures'][number]) => (lang === 'en' && m.labelEn ? m.labelEn : m.labelSv);
  const data = MEASURE_CATEGORIES.map((category) => ({
    group: enumLabel('measureCategory', category, lang),
    items: lookups.measures
      .filter((m) => m.category === category)
      .map((m) => ({
        value: String(m.id),
        label: m.status === 'implemented' ? label(m) : `${label(m)} (${enumLabel('measureStatus', m.status, lang).toLowerCase()})`,
      })),
  })).filter((g) => g.items.length > 0);

  function writeSummary() {
    const picked = lookups.measures.filter((m) => chosen.includes(m.id));
    const lines = MEASURE_CATEGORIES.map((category) => {
      const names = picked.filter((m) => m.category === category).map((m) => label(m).replace(/\.$/, ''));
      return names.length ? `${enumLabel('measureCategory', category, lang)}: ${names.join('; ')}.` : '';
    }).filter(Boolean);
    const current = getValues('securitySummary').trim();
    setValue('securitySummary', current ? `${current}\n${lines.join('\n')}` : lines.join('\n'), { shouldDirty: true });
  }

  return (
    <Section id="security">
      <IdMultiSelect name="measureIds" label={t('activities.f.measures')} data={data} />
      <Textarea
        label={t('activities.f.securitySummary')}
        description={t('activities.h.securitySummary')}
        autosize
        minRows={3}
        maxRows={12}
        {...register('securitySummary')}
        error={err('securitySummary')}
      />
      <Group>
        <Button variant="subtle" size="xs" onClick={writeSummary} disabled={chosen.length === 0}>
          {t('activities.writeSummary')}
        </Button>
        <Anchor component={Link} to="/atgarder" size="sm">
          {t('activities.manageMeasures')}
        </Anchor>
      </Group>
    </Section>
  );
}

export function SourcesSection() {
  const { t } = useTranslation();
  return (
    <Section id="sources">
      <EnumChecklist name="dataSources" label={t('activities.f.dataSources')} kind="dataSource" values={DATA_SOURCES} cols={3} />
    </Section>
  );
}

export function DpiaSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const { register, control } = useFormContext<ActivityForm>();
  const err = useErr();
  const criteria = useWatch({ control, name: 'dpiaCriteria' });
  const status = useWatch({ control, name: 'dpiaStatus' });
  return (
    <Section id="dpia">
      <EnumChecklist name="dpiaCriteria" label={t('activities.f.dpiaCriteria')} kind="dpiaCriterion" values={DPIA_CRITERIA} />
      <Alert
        color={criteria.length >= 2 && status === 'not_needed' ? 'orange' : 'blue'}
        variant="light"
        icon={criteria.length >= 2 && status === 'not_needed' ? <IconAlertTriangle size={18} /> : <IconInfoCircle size={18} />}
        py="xs"
        role="note"
      >
        <Text size="sm">
          {criteria.length >= 2 && status === 'not_needed'
            ? t('activities.dpiaWarning', { count: criteria.length })
            : t('activities.dpiaHint', { count: criteria.length })}
        </Text>
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('activities.f.dpiaStatus')}
          {...register('dpiaStatus')}
          data={options('dpiaStatus', DPIA_STATUSES, lang)}
          error={err('dpiaStatus')}
        />
        <Textarea
          label={t('activities.f.dpiaNote')}
          description={t('activities.h.dpiaNote')}
          autosize
          minRows={2}
          {...register('dpiaNote')}
          error={err('dpiaNote')}
        />
      </SimpleGrid>
    </Section>
  );
}

export function OtherSection() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<ActivityForm>();
  const err = useErr();
  const automated = useWatch({ control, name: 'automatedDecisions' });
  return (
    <Section id="other">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('activities.f.volumeEstimate')}
          description={t('activities.h.volumeEstimate')}
          {...register('volumeEstimate')}
          error={err('volumeEstimate')}
        />
        <TextInput
          label={t('activities.f.lastReviewedAt')}
          placeholder={t('field.datePlaceholder')}
          {...register('lastReviewedAt')}
          error={err('lastReviewedAt')}
        />
        <TextInput
          label={t('activities.f.nextReviewAt')}
          description={t('activities.h.nextReviewAt')}
          placeholder={t('field.datePlaceholder')}
          {...register('nextReviewAt')}
          error={err('nextReviewAt')}
        />
      </SimpleGrid>
      <Checkbox label={t('activities.f.childrenData')} {...register('childrenData')} />
      <Checkbox
        label={t('activities.f.automatedDecisions')}
        description={t('activities.h.automatedDecisions')}
        {...register('automatedDecisions')}
      />
      {automated && (
        <Textarea
          label={t('activities.f.automatedDecisionsNote')}
          autosize
          minRows={2}
          {...register('automatedDecisionsNote')}
          error={err('automatedDecisionsNote')}
        />
      )}
    </Section>
  );
}
