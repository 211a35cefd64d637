import { Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { findPlaceholders } from '../../../shared/agreement-placeholders';
import { clauseFields, emptyClause, type AgreementTemplate, type ClauseFields } from '../../../shared/contract';
import { call } from '../../app/api';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { useRecordEditor } from '../../ui/useRecordEditor';

type ClauseOutput = z.output<typeof clauseFields>;
const FIELDS = ['titleSv', 'bodySv', 'titleEn', 'bodyEn'] as const;
const FIELD_ROOTS = new Set<string>(FIELDS);

interface Props {
  /** The template as the page shows it. */
  template: AgreementTemplate;
  /** The clause to change, or null for a new one (placed last). */
  clauseId: number | null;
  /** Names of the placeholders a clause may use. */
  known: ReadonlySet<string>;
  label: string;
  onSaved: (template: AgreementTemplate) => void;
  onCancel: () => void;
}

/**
 * One clause's four texts; an unknown {{placeholder}} is shown on its field as it is typed. The
 * record edited is the template (the core answers a save, and a CONFLICT, with the whole template);
 * the clause's revision is the one in the template this form last read.
 */
export function ClauseForm({ template, clauseId, known, label, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const clauseIn = (tpl: AgreementTemplate) => tpl.clauses.find((c) => c.id === clauseId);
  const toForm = (tpl: AgreementTemplate): ClauseFields => {
    const clause = clauseIn(tpl);
    return clause ? formValues(clauseFields, clause) : { ...emptyClause };
  };
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ClauseFields, unknown, ClauseOutput>({
    resolver: schemaResolver<ClauseFields, ClauseOutput>(clauseFields),
    defaultValues: toForm(template),
  });
  const editor = useRecordEditor({
    initial: clauseId === null ? null : template,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'template',
    create: (fields: ClauseOutput) => call('agreementTemplate.saveClause', { fields }),
    update: (tpl, fields: ClauseOutput) =>
      call('agreementTemplate.saveClause', { id: clauseId ?? undefined, revision: clauseIn(tpl)?.revision, fields }),
    onSaved,
  });
  const values = watch();

  /** The form's own error on a field, else the unknown placeholders typed into it. */
  const err = (name: (typeof FIELDS)[number]) => {
    const own = issueText(t, errorAt(errors, name));
    if (own) return own;
    const unknown = findPlaceholders(values[name] ?? '').filter((p) => !known.has(p));
    // The same words as the core's refusal, so the line does not change when Spara is pressed.
    return unknown.length ? t('v.placeholder.unknown', { names: unknown.join(', ') }) : undefined;
  };
  const field = (name: FieldPath<ClauseFields>) => ({ ...register(name), error: err(name) });

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={label}>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <RecordConflict editor={editor} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap="xs" lang="sv">
              <TextInput label={t('template.titleSv')} required withAsterisk={false} {...field('titleSv')} />
              <Textarea label={t('template.bodySv')} autosize minRows={6} maxRows={20} {...field('bodySv')} />
            </Stack>
            <Stack gap="xs" lang="en">
              <TextInput label={t('template.titleEn')} {...field('titleEn')} />
              <Textarea label={t('template.bodyEn')} autosize minRows={6} maxRows={20} {...field('bodyEn')} />
            </Stack>
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('template.bodyHelp', { example: `{{${known.has('controller.name') ? 'controller.name' : ([...known][0] ?? '')}}}` })}
          </Text>
          <FormFooter editor={editor} submitting={isSubmitting} onCancel={onCancel} />
        </Stack>
      </form>
    </Paper>
  );
}
