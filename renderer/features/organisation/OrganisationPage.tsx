import { Center, Fieldset, Loader, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { organisationFields, type Organisation, type OrganisationFields } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { useAppState } from '../../app/state';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { useCall } from '../../ui/useCall';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { identityFieldTexts, LegalFormField } from './LegalFormField';
import { LogoSection } from './LogoSection';

type OrgForm = z.input<typeof organisationFields>;

const toForm = (o: Organisation): OrgForm => formValues(organisationFields, o);

const FIELD_ROOTS = new Set(Object.keys(organisationFields.shape));

/** Organisationsprofil: who owns the register; used in every document. */
export function OrganisationPage() {
  const { t } = useTranslation();
  // Read once: the editor keeps what it read, and a change made elsewhere is offered on save (CONFLICT).
  const { data: org, error } = useCall('organisation.get', {}, { reloadOn: [] });
  return (
    <Stack>
      <PageHeader title={t('org.title')} description={t('org.description')} />
      <ErrorLine message={error ? t(errorKey(error)) : null} />
      {org ? (
        <OrganisationEditor initial={org} />
      ) : error ? null : (
        <Center p="xl">
          <Loader />
        </Center>
      )}
    </Stack>
  );
}

function OrganisationEditor({ initial }: { initial: Organisation }) {
  const { t } = useTranslation();
  const { refreshRegister } = useAppState();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    setValue,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<OrgForm, unknown, OrganisationFields>({
    resolver: schemaResolver<OrgForm, OrganisationFields>(organisationFields),
    defaultValues: toForm(initial),
  });
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'org',
    // The revision may have moved on with the logo (setLogo); the form's data is what was read last.
    update: (o, values: OrganisationFields) => call('organisation.update', { ...values, revision: o.revision }),
    onSaved: () => void refreshRegister(),
  });
  const org = editor.record ?? initial;

  const err = (name: string) => issueText(t, errorAt(errors, name));
  const field = (name: Parameters<typeof register>[0], label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  const language = watch('defaultLanguage');
  const legalForm = watch('legalForm') ?? 'company';
  return (
    <>
      <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={t('org.title')}>
        <Stack gap="md">
          <RecordConflict editor={editor} />
          <Fieldset legend={t('org.identity')}>
            <Stack>
              <LegalFormField value={legalForm} onChange={(v) => setValue('legalForm', v, { shouldDirty: true })} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {field('name', t('field.name'), { required: true, withAsterisk: false })}
                {field('orgNr', identityFieldTexts(t, legalForm).label, {
                  required: true,
                  withAsterisk: false,
                  description: identityFieldTexts(t, legalForm).description,
                  placeholder: identityFieldTexts(t, legalForm).placeholder,
                })}
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('field.address')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {field('address.street', t('field.street'))}
              {field('address.postalCode', t('field.postalCode'))}
              {field('address.city', t('field.city'))}
              {field('address.country', t('field.country'))}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('org.contact')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {field('email', t('field.email'), { type: 'email' })}
              {field('phone', t('field.phone'), { type: 'tel' })}
              {field('website', t('field.website'))}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('org.dpo')}>
            <Text size="xs" c="dimmed" mb="xs">
              {t('org.dpoHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {field('dpo.name', t('org.dpoName'))}
              {field('dpo.email', t('org.dpoEmail'), { type: 'email' })}
              {field('dpo.phone', t('org.dpoPhone'), { type: 'tel' })}
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('org.documents')}>
            <Stack>
              <Radio.Group
                label={t('org.defaultLanguage')}
                value={language}
                onChange={(v) => setValue('defaultLanguage', v as 'sv' | 'en', { shouldDirty: true })}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="sv" label={t('org.langSv')} />
                  <Radio value="en" label={t('org.langEn')} />
                </Stack>
              </Radio.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {field('signatoryName', t('org.signatoryName'))}
                {field('signatoryTitle', t('org.signatoryTitle'))}
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <FormFooter editor={editor} submitting={isSubmitting} onUndo={() => reset(toForm(org))} dirty={isDirty} />
        </Stack>
      </form>
      {/* A new logo gives the profile a new revision; the typed fields stay as they are. */}
      <LogoSection org={org} onChanged={editor.setRecord} onConflict={editor.conflicted} />
    </>
  );
}
