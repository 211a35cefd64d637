import { Alert, Fieldset, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconWorld } from '@tabler/icons-react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServiceFields } from '../../../shared/contract';
import { END_OF_CONTRACT_ACTIONS, PROCESSING_OPERATIONS, SERVICE_STATUSES, SPECIAL_CATEGORIES } from '../../../shared/domain/enums';
import { enumLabel, locationIsInEea, locationLabel } from '../../../shared/domain/labels';
import { fieldsFor, useFieldError } from '../../ui/fields';
import { useLang } from '../../ui/lang';
import type { Lookups } from '../../ui/useLookups';

// The service form's fieldsets, in the order of an Art. 30(2) entry. Each reads the form through
// its FormProvider.

const { TextField, TextAreaField, EnumChecklist, EnumMultiSelect, EnumRadioGroup, IdMultiSelect, MeasureMultiSelect, TermMultiSelect } =
  fieldsFor<ServiceFields>();
// The English variants are optional in the contract (default ''), always present in the form.
const { TextAreaField: EnglishTextArea } = fieldsFor<ServiceFields & { subjectMatterEn: string; purposeEn: string }>();

export function ServiceFieldsets({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  const nothingFound = t('services.nothingFound');
  return (
    <>
      <Fieldset legend={t('services.basics')}>
        <Stack gap="sm">
          <TextField name="name" label={t('services.name')} placeholder={t('services.namePlaceholder')} />
          {/* The Swedish text is the record's; the English beside it is optional (English documents). */}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextAreaField
              name="subjectMatter"
              label={t('services.subjectMatter')}
              description={t('services.subjectMatterHelp')}
              maxRows={10}
            />
            <EnglishTextArea
              name="subjectMatterEn"
              label={t('services.subjectMatterEn')}
              description={t('english.help')}
              lang="en"
              maxRows={10}
            />
            <TextAreaField name="purpose" label={t('services.purpose')} description={t('services.purposeHelp')} maxRows={10} />
            <EnglishTextArea name="purposeEn" label={t('services.purposeEn')} description={t('english.help')} lang="en" maxRows={10} />
          </SimpleGrid>
          <EnumRadioGroup name="status" label={t('field.status')} kind="serviceStatus" values={SERVICE_STATUSES} inline />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('services.nature')}>
        <EnumChecklist
          name="nature"
          label={t('services.natureLabel')}
          description={t('services.natureHelp')}
          kind="processingOperation"
          values={PROCESSING_OPERATIONS}
          cols={3}
        />
      </Fieldset>

      <Fieldset legend={t('services.categories')}>
        <Stack gap="sm">
          <TermMultiSelect
            name="processingTermIds"
            kind="processing"
            terms={lookups.terms}
            label={t('services.processingTerms')}
            description={t('services.processingTermsHelp')}
            nothingFoundMessage={nothingFound}
          />
          <TermMultiSelect
            name="personalDataTermIds"
            kind="personal_data"
            terms={lookups.terms}
            groupByFlag
            label={t('services.personalDataTerms')}
            description={t('services.personalDataTermsHelp')}
            maxDropdownHeight={320}
            nothingFoundMessage={nothingFound}
          />
          <TermMultiSelect
            name="dataSubjectTermIds"
            kind="data_subject"
            terms={lookups.terms}
            label={t('services.dataSubjectTerms')}
            description={t('services.dataSubjectTermsHelp')}
            nothingFoundMessage={nothingFound}
          />
          <EnumMultiSelect
            name="specialCategories"
            kind="specialCategory"
            values={SPECIAL_CATEGORIES}
            label={t('services.specialCategories')}
            description={t('services.specialCategoriesHelp')}
          />
          <SpecialHint lookups={lookups} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('services.suppliers')}>
        <Stack gap="sm">
          <SubprocessorsField lookups={lookups} nothingFound={nothingFound} />
          <IdMultiSelect
            name="systemIds"
            label={t('services.systems')}
            description={t('services.systemsHelp')}
            data={lookups.systems.map((s) => ({ value: s.id, label: s.name }))}
            nothingFoundMessage={nothingFound}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('services.measures')}>
        <MeasureMultiSelect
          name="measureIds"
          label={t('services.measuresLabel')}
          description={t('services.measuresHelp')}
          measures={lookups.measures}
          nothingFoundMessage={nothingFound}
        />
      </Fieldset>

      <Fieldset legend={t('services.endAndRetention')}>
        <Stack gap="sm">
          <EnumRadioGroup
            name="endOfContractAction"
            label={t('services.endOfContract')}
            description={t('services.endOfContractHelp')}
            kind="endOfContractAction"
            values={END_OF_CONTRACT_ACTIONS}
          />
          <RetentionRuleField lookups={lookups} nothingFound={nothingFound} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('services.notes')}>
        <TextAreaField name="notes" label={t('services.notesLabel')} minRows={3} maxRows={12} />
      </Fieldset>
    </>
  );
}

/** Personal data flagged as special is chosen, but no special category is named. */
function SpecialHint({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  const personalData = useWatch<ServiceFields, 'personalDataTermIds'>({ name: 'personalDataTermIds' });
  const special = useWatch<ServiceFields, 'specialCategories'>({ name: 'specialCategories' });
  const hasSpecialTerm = lookups.terms.some((term) => term.flag === 'special' && personalData.includes(term.id));
  if (!hasSpecialTerm || special.length > 0) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} py="xs">
      {t('services.specialHint')}
    </Alert>
  );
}

/** The service's sub-processors (a terminated one only if already chosen), and the transfers they mean. */
function SubprocessorsField({ lookups, nothingFound }: { lookups: Lookups; nothingFound: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ids = useWatch<ServiceFields, 'subprocessorIds'>({ name: 'subprocessorIds' });
  const transfers = lookups.subprocessors.filter((s) => ids.includes(s.id) && !locationIsInEea(s));
  return (
    <>
      <IdMultiSelect
        name="subprocessorIds"
        label={t('services.subprocessors')}
        description={t('services.subprocessorsHelp')}
        data={lookups.subprocessors
          .filter((s) => s.status !== 'terminated' || ids.includes(s.id))
          .map((s) => ({ value: s.id, label: `${s.name} (${locationLabel(s, lang)})` }))}
        nothingFoundMessage={nothingFound}
      />
      {transfers.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconWorld size={18} />} title={t('services.transfersTitle')} py="xs">
          <Stack gap={2}>
            {transfers.map((s) => (
              <Text size="sm" key={s.id}>
                {s.name} – {locationLabel(s, lang)}: {enumLabel('transferMechanism', s.transferMechanism, lang)}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </>
  );
}

/** The retention rule (or none), with the rule in words under it. */
function RetentionRuleField({ lookups, nothingFound }: { lookups: Lookups; nothingFound: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const err = useFieldError();
  const { field } = useController<ServiceFields, 'retentionRuleId'>({ name: 'retentionRuleId' });
  const rule = lookups.retentionRules.find((r) => r.id === field.value);
  return (
    <div>
      <Select<number>
        label={t('services.retentionRule')}
        description={t('services.retentionRuleHelp')}
        placeholder={t('services.noRetentionRule')}
        data={lookups.retentionRules.map((r) => ({ value: r.id, label: lang === 'en' && r.nameEn ? r.nameEn : r.nameSv }))}
        value={field.value ?? null}
        onChange={(v) => field.onChange(v ?? null)}
        onBlur={field.onBlur}
        ref={field.ref}
        searchable
        clearable
        nothingFoundMessage={nothingFound}
        error={err('retentionRuleId')}
      />
      {rule && (
        <Text size="sm" c="dimmed" mt={4} data-testid="retention-words">
          {rule.summary[lang]}
        </Text>
      )}
    </div>
  );
}
