import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { findPlaceholders } from '../../../shared/agreement-placeholders';
import { clauseFields, type AgreementClause, type AgreementTemplate, type ClauseFields } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';

type ClauseOutput = z.output<typeof clauseFields>;
const FIELDS = ['titleSv', 'bodySv', 'titleEn', 'bodyEn'] as const;
const FIELD_ROOTS = new Set<string>(FIELDS);
const EMPTY: ClauseFields = { titleSv: '', bodySv: '', titleEn: '', bodyEn: '' };

interface Props {
  /** The clause to change, or null for a new one (placed last). */
  clause: AgreementClause | null;
  /** Names of the placeholders a clause may use. */
  known: ReadonlySet<string>;
  label: string;
  onSaved: (template: AgreementTemplate) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/** One clause's four texts; an unknown {{placeholder}} is shown on its field as it is typed. */
export function ClauseForm({ clause, known, label, onSaved, onCancel, onConflict }: Props) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ClauseFields, unknown, ClauseOutput>({
    resolver: schemaResolver<ClauseFields, ClauseOutput>(clauseFields),
    defaultValues: clause ? { titleSv: clause.titleSv, bodySv: clause.bodySv, titleEn: clause.titleEn, bodyEn: clause.bodyEn } : EMPTY,
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

  async function save(fields: ClauseOutput) {
    setSaveError(null);
    try {
      const saved = await call('agreementTemplate.saveClause', clause ? { id: clause.id, revision: clause.revision, fields } : { fields });
      notifySuccess(clause ? t('template.saved') : t('template.added'));
      onSaved(saved);
    } catch (e) {
      if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) onConflict();
      else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => FIELD_ROOTS.has(n), 'fields');
        const first = rest[0];
        setSaveError(first ? t(first.message, first.params ?? {}) : null);
      } else setSaveError(t(errorKey(e)));
    }
  }

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form onSubmit={handleSubmit(save)} noValidate aria-label={label}>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {label}
          </Text>
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
          <ErrorLine message={saveError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
