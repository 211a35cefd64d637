import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emptySite, siteFields, type Customer, type Site, type SiteFields } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';

type SiteOutput = z.output<typeof siteFields>;
/** The form's own shape: the closing day as text ('' = open). */
type SiteForm = Omit<SiteFields, 'closedOn'> & { closedOn: string };

const FIELD_ROOTS = new Set(Object.keys(emptySite));

const toForm = (s: Site | null): SiteForm =>
  s
    ? {
        name: s.name,
        street: s.street,
        postalCode: s.postalCode,
        city: s.city,
        accessNotes: s.accessNotes,
        contactName: s.contactName,
        contactPhone: s.contactPhone,
        contactEmail: s.contactEmail,
        closedOn: s.closedOn ?? '',
      }
    : { ...emptySite, closedOn: '' };

const prepare = (v: SiteForm): unknown => ({ ...v, closedOn: v.closedOn.trim() === '' ? null : v.closedOn.trim() });

/** Adds a site to a customer, or edits one. */
export function SiteModal({
  customer,
  site,
  onClose,
  onSaved,
  onConflict,
}: {
  customer: Customer;
  site: Site | null;
  onClose: () => void;
  onSaved: (saved: Site) => void;
  onConflict: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SiteForm, unknown, SiteOutput>({
    resolver: schemaResolver<SiteForm, SiteOutput>(siteFields, prepare),
    defaultValues: toForm(site),
  });
  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<SiteForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  async function save(fields: SiteOutput) {
    setSaveError(null);
    try {
      const saved = site
        ? await call('sites.update', { id: site.id, revision: site.revision, fields })
        : await call('sites.create', { customerId: customer.id, fields });
      notifySuccess(t(site ? 'sites.saved' : 'sites.created', { name: saved.name }));
      onSaved(saved);
    } catch (e) {
      if (isApiError(e, 'CONFLICT') || isApiError(e, 'NOT_FOUND')) {
        onConflict(e);
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => FIELD_ROOTS.has(n.split('.')[0] ?? ''), 'fields');
        setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setSaveError(t(errorKey(e)));
      }
    }
  }

  const title = site ? t('sites.editTitle', { site: site.name }) : t('sites.addTitle', { customer: customer.name });
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={handleSubmit(save)} noValidate aria-label={title}>
        <Stack gap="sm">
          {text('name', t('sites.name'), { placeholder: t('sites.namePlaceholder'), 'data-autofocus': true })}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('street', t('field.street'))}
            {text('postalCode', t('field.postalCode'))}
            {text('city', t('field.city'))}
          </SimpleGrid>
          <Textarea
            label={t('sites.accessNotes')}
            description={t('sites.accessNotesHelp')}
            autosize
            minRows={2}
            maxRows={6}
            {...register('accessNotes')}
            error={err('accessNotes')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('contactName', t('sites.contactName'))}
            {text('contactPhone', t('sites.contactPhone'), { type: 'tel' })}
            {text('contactEmail', t('sites.contactEmail'), { type: 'email' })}
          </SimpleGrid>
          {text('closedOn', t('sites.closedOn'), { placeholder: t('field.datePlaceholder'), description: t('sites.closedOnHelp'), w: 220 })}
          <ErrorLine message={saveError} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('sites.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
