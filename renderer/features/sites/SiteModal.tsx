import { Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emptySite, siteFields, type Customer, type Site, type SiteFields } from '../../../shared/contract';
import { call } from '../../app/api';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { HistoryPanel } from '../history/HistoryPanel';

type SiteOutput = z.output<typeof siteFields>;
/** The form's own shape: the closing day as text ('' = open). */
type SiteForm = Omit<SiteFields, 'closedOn'> & { closedOn: string };

const FIELD_ROOTS = new Set(Object.keys(emptySite));

const toForm = (s: Site | SiteFields): SiteForm => ({ ...formValues(siteFields, s), closedOn: s.closedOn ?? '' });

const prepare = (v: SiteForm): unknown => ({ ...v, closedOn: v.closedOn.trim() === '' ? null : v.closedOn.trim() });

/** Adds a site to a customer, or edits one. */
export function SiteModal({ customer, site, onClose }: { customer: Customer; site: Site | null; onClose: () => void }) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SiteForm, unknown, SiteOutput>({
    resolver: schemaResolver<SiteForm, SiteOutput>(siteFields, prepare),
    defaultValues: toForm(site ?? emptySite),
  });
  const editor = useRecordEditor({
    initial: site,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'sites',
    onSaved: onClose,
    create: (fields: SiteOutput) => call('sites.create', { customerId: customer.id, fields }),
    update: (s, fields) => call('sites.update', { id: s.id, revision: s.revision, fields }),
  });
  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<SiteForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  const title = site ? t('sites.editTitle', { site: site.name }) : t('sites.addTitle', { customer: customer.name });
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={title}>
        <Stack gap="sm">
          <RecordConflict editor={editor} />
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
          <FormFooter editor={editor} submitting={isSubmitting} onCancel={onClose} saveLabel={t('sites.save')} />
          {site && <HistoryPanel kind="site" recordId={site.id} onRestored={onClose} />}
        </Stack>
      </form>
    </Modal>
  );
}
