import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '../../../../shared/contract';
import { MEASURE_CATEGORIES } from '../../../../shared/domain/enums';
import { enumLabel, locationLabel } from '../../../../shared/domain/labels';
import { paths } from '../../../app/paths';
import { FieldRows, RemoveRowButton } from '../../../ui/fields';
import { termLabel, useLang } from '../../../ui/lang';
import type { Lookups } from '../../../ui/useLookups';
import type { ActivityForm } from '../form';
import { activityField, Section } from './Section';

// Where the data is kept, how long, and how it is protected.

const { TextAreaField, IdMultiSelect, MeasureMultiSelect, NullableIdSelect } = activityField;

/** How the activity's record pickers behave: picked options leave the list, which may be long. */
const picker = (t: TFunction) => ({
  hidePickedOptions: true,
  maxDropdownHeight: 320,
  placeholder: t('activities.chooseMany'),
  nothingFoundMessage: t('activities.nothingFound'),
});

export function SystemsSection({ lookups, activity }: { lookups: Lookups; activity: Activity | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Systems the activity uses that the list no longer has still show, by name.
  const known = (activity?.systems ?? []).filter((s) => !lookups.systems.some((x) => x.id === s.id));
  const data = [
    ...lookups.systems.map((s) => ({
      value: s.id,
      label: `${s.name} – ${enumLabel('hostingKind', s.hosting, lang)}, ${locationLabel(s, lang)}`,
    })),
    ...known.map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <Section id="systems">
      <IdMultiSelect name="systemIds" label={t('activities.f.systems')} data={data} {...picker(t)} />
      <Anchor component={Link} to={paths.systems.list} size="sm">
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
  const dataLabel = (id: number) => {
    const term = lookups.terms.find((x) => x.id === id) ?? activity?.personalDataTerms.find((x) => x.id === id);
    return term ? (lang === 'en' ? term.labelEn : term.labelSv) : `#${id}`;
  };
  const rules = lookups.retentionRules.map((r) => ({ value: String(r.id), label: lang === 'en' && r.nameEn ? r.nameEn : r.nameSv }));
  return (
    <Section id="retention">
      <FieldRows
        count={rows.fields.length}
        max={100}
        emptyText={t('activities.noRetention')}
        addLabel={t('activities.addRetention')}
        onAdd={() => rows.append({ termId: null, retentionRuleId: null })}
        beside={
          <Anchor component={Link} to={paths.retention} size="sm">
            {lookups.retentionRules.length === 0 ? t('activities.noRules') : t('activities.manageRules')}
          </Anchor>
        }
      >
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
                    data={termIds.map((id) => ({ value: String(id), label: dataLabel(id) }))}
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
              <RemoveRowButton label={t('activities.removeRetention', { n })} onClick={() => rows.remove(index)} />
            </Group>
          );
        })}
      </FieldRows>
    </Section>
  );
}

export function SecuritySection({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control, setValue, getValues } = useFormContext<ActivityForm>();
  const chosen = useWatch({ control, name: 'measureIds' });
  /** Appends one line per category of the picked measures to the summary (the user edits it from there). */
  function writeSummary() {
    const picked = lookups.measures.filter((m) => chosen.includes(m.id));
    const lines = MEASURE_CATEGORIES.map((category) => {
      const names = picked.filter((m) => m.category === category).map((m) => termLabel(m, lang).replace(/\.$/, ''));
      return names.length ? `${enumLabel('measureCategory', category, lang)}: ${names.join('; ')}.` : '';
    }).filter(Boolean);
    const current = getValues('securitySummary').trim();
    setValue('securitySummary', current ? `${current}\n${lines.join('\n')}` : lines.join('\n'), { shouldDirty: true });
  }

  return (
    <Section id="security">
      <MeasureMultiSelect name="measureIds" label={t('activities.f.measures')} measures={lookups.measures} {...picker(t)} />
      <TextAreaField
        name="securitySummary"
        label={t('activities.f.securitySummary')}
        description={t('activities.h.securitySummary')}
        minRows={3}
        maxRows={12}
      />
      <Group>
        <Button variant="subtle" size="xs" onClick={writeSummary} disabled={chosen.length === 0}>
          {t('activities.writeSummary')}
        </Button>
        <Anchor component={Link} to={paths.measures} size="sm">
          {t('activities.manageMeasures')}
        </Anchor>
      </Group>
    </Section>
  );
}
