import { Alert, Anchor, Checkbox, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '../../../../shared/contract';
import { ART10_BASES, ART9_CONDITIONS, DATA_SOURCES, PNR_JUSTIFICATIONS, SPECIAL_CATEGORIES } from '../../../../shared/domain/enums';
import { paths } from '../../../app/paths';
import { useLang } from '../../../ui/lang';
import type { Lookups } from '../../../ui/useLookups';
import type { ActivityForm } from '../form';
import { Bilingual } from './Bilingual';
import { activityField, Section } from './Section';

// The data an activity processes: whose, which, how sensitive, and where it comes from.

const { TextAreaField, EnumChecklist, NullableEnumSelect, TermChecklist } = activityField;

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
        emptyText={t('activities.noTerms')}
      />
      <TermChecklist
        name="personalDataTermIds"
        kind="personal_data"
        label={t('activities.f.personalData')}
        description={t('activities.h.personalData')}
        terms={lookups.terms}
        known={known}
        emptyText={t('activities.noTerms')}
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
      <Anchor component={Link} to={paths.vocabularies} size="sm">
        {t('activities.manageTerms')}
      </Anchor>
    </Section>
  );
}

export function SensitiveSection() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<ActivityForm>();
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
            <TextAreaField name="art9Note" label={t('activities.f.art9Note')} description={t('activities.h.art9Note')} />
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
            <TextAreaField name="art10Note" label={t('activities.f.art10Note')} />
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
          </SimpleGrid>
          <Bilingual sv="pnrNote" en="pnrNoteEn" label={t('activities.f.pnrNote')} multiline />
        </Paper>
      )}
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
