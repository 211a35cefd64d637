import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Named } from '../../../ui/fields';
import type { ActivityForm } from '../form';
import { activityField } from './Section';

const { TextField, TextAreaField } = activityField;

type TextName = Named<ActivityForm, string>['name'];

/**
 * A Swedish text and its English variant side by side. The Swedish is the record's text; the
 * English is optional and used by English documents (which fall back to the Swedish, marked).
 */
export function Bilingual({
  sv,
  en,
  label,
  description,
  multiline = false,
  required = false,
  minRows,
  maxRows,
}: {
  sv: TextName;
  en: TextName;
  label: string;
  description?: string;
  multiline?: boolean;
  required?: boolean;
  minRows?: number;
  maxRows?: number;
}) {
  const { t } = useTranslation();
  const enLabel = t('activities.inEnglish', { label });
  const enHelp = t('activities.h.english');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {multiline ? (
        <>
          <TextAreaField name={sv} label={label} description={description} required={required} minRows={minRows} maxRows={maxRows} />
          <TextAreaField name={en} label={enLabel} description={enHelp} lang="en" minRows={minRows} maxRows={maxRows} />
        </>
      ) : (
        <>
          <TextField name={sv} label={label} description={description} required={required} withAsterisk={required} />
          <TextField name={en} label={enLabel} description={enHelp} lang="en" />
        </>
      )}
    </SimpleGrid>
  );
}
