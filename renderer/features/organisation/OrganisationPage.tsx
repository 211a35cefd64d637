import { Button, Center, Fieldset, Loader, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { organisationFields, type Organisation, type OrganisationFields } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { LogoSection } from './LogoSection';

type OrgForm = z.input<typeof organisationFields>;

function toForm(o: Organisation): OrgForm {
  return {
    name: o.name,
    orgNr: o.orgNr,
    address: { ...o.address },
    email: o.email,
    phone: o.phone,
    website: o.website,
    dpo: { ...o.dpo },
    defaultLanguage: o.defaultLanguage,
    signatoryName: o.signatoryName,
    signatoryTitle: o.signatoryTitle,
  };
}

const FIELD_ROOTS = new Set(Object.keys(organisationFields.shape));

/** Organisationsprofil: who owns the register; used in every document. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const [org, setOrg] = useState<Organisation | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    let alive = true;
    call('organisation.get', {})
      .then((o) => alive && setOrg(o))
      .catch((e: unknown) => alive && setLoadError(e));
    return () => {
      alive = false;
    };
  }, []);

  return (
    <Stack>
      <PageHeader title={t('org.title')} description={t('org.description')} />
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {org ? (
        <>
          <OrganisationForm org={org} onSaved={setOrg} />
          <LogoSection org={org} onChanged={setOrg} />
        </>
      ) : loadError ? null : (
        <Center p="xl">
          <Loader />
        </Center>
      )}
    </Stack>
  );
}

function OrganisationForm({ org, onSaved }: { org: Organisation; onSaved: (o: Organisation) => void }) {
  const { t } = useTranslation();
  const { refreshRegister } = useAppState();
  const [conflict, setConflict] = useState<Organisation | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
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
    defaultValues: toForm(org),
  });

  const err = (name: string) => issueText(t, errorAt(errors, name));
  const field = (name: Parameters<typeof register>[0], label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  async function save(values: OrganisationFields) {
    setSaveError(null);
    setConflict(null);
    try {
      // The revision of the logo may have moved on (setLogo); the form's data is what we read last.
      const saved = await call('organisation.update', { ...values, revision: org.revision });
      onSaved(saved);
      reset(toForm(saved));
      notifySuccess(t('org.saved'));
      void refreshRegister();
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) {
        setConflict((e.error.details as { current?: Organisation } | undefined)?.current ?? null);
        if (!(e.error.details as { current?: Organisation } | undefined)?.current) setSaveError(t('e.CONFLICT'));
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => FIELD_ROOTS.has(n.split('.')[0] ?? ''));
        setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setSaveError(t(errorKey(e)));
      }
    }
  }

  function loadLatest() {
    if (!conflict) return;
    onSaved(conflict);
    reset(toForm(conflict));
    setConflict(null);
  }

  const language = watch('defaultLanguage');
  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t('org.title')}>
      <Stack gap="md">
        {conflict && <ConflictAlert onReload={loadLatest} />}
        <Fieldset legend={t('org.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('name', t('field.name'), { required: true, withAsterisk: false })}
            {field('orgNr', t('field.orgNr'), {
              required: true,
              withAsterisk: false,
              description: t('field.orgNrHelp'),
              placeholder: 'NNNNNN-NNNN',
            })}
          </SimpleGrid>
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
        <ErrorLine message={saveError} />
        <FormActions>
          <Button variant="default" disabled={!isDirty || isSubmitting} onClick={() => reset(toForm(org))}>
            {t('common.undo')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Stack>
    </form>
  );
}
