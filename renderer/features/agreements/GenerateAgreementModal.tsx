import {
  Button,
  Center,
  Fieldset,
  Group,
  Loader,
  Modal,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { agreementFields, type Agreement, type AgreementDefaults } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { useCloseOnNavigate, usePreflight } from '../../ui/Preflight';
import { useCall } from '../../ui/useCall';

type GenerateOutput = z.output<typeof agreementFields>;

/** The form's own shape: the date as text ('' = none) and the number as NumberInput gives it. */
interface GenerateForm {
  lang: 'sv' | 'en';
  noticeDays: number | string;
  effectiveOn: string;
  signingPlace: string;
  processorSignatory: { name: string; title: string };
  controllerSignatory: { name: string; title: string };
  notes: string;
}

const FIELD_ROOTS = new Set(['lang', 'noticeDays', 'effectiveOn', 'signingPlace', 'processorSignatory', 'controllerSignatory', 'notes']);

function toForm(d: AgreementDefaults): GenerateForm {
  return {
    lang: d.lang,
    noticeDays: d.noticeDays,
    effectiveOn: d.effectiveOn ?? '',
    signingPlace: d.signingPlace,
    processorSignatory: { ...d.processorSignatory },
    controllerSignatory: { ...d.controllerSignatory },
    notes: d.notes,
  };
}

function prepare(values: GenerateForm): unknown {
  const days =
    typeof values.noticeDays === 'string' ? (values.noticeDays.trim() === '' ? undefined : Number(values.noticeDays)) : values.noticeDays;
  return { ...values, noticeDays: days, effectiveOn: values.effectiveOn.trim() === '' ? null : values.effectiveOn.trim() };
}

interface Props {
  customer: { id: number; name: string };
  onClose: () => void;
  onGenerated: (agreement: Agreement) => void;
}

/** "Ta fram PUB-avtal": the details the document needs, filled in from the latest version. */
export function GenerateAgreementModal({ customer, onClose, onGenerated }: Props) {
  const { t } = useTranslation();
  // Read once: the form starts from them and is not replaced while the user types.
  const { data: defaults, error: loadError } = useCall('agreements.defaults', { customerId: customer.id }, { reloadOn: [] });
  // The preflight's "Åtgärda" may lead to the customer's own form, under this dialog.
  useCloseOnNavigate(onClose);

  const title = t('agreements.generate.title', { customer: customer.name });
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      {defaults ? (
        <GenerateFormBody customer={customer} defaults={defaults} title={title} onClose={onClose} onGenerated={onGenerated} />
      ) : loadError ? (
        <ErrorLine message={t(errorKey(loadError))} />
      ) : (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      )}
    </Modal>
  );
}

function GenerateFormBody({ customer, defaults, title, onClose, onGenerated }: Props & { defaults: AgreementDefaults; title: string }) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<GenerateForm, unknown, GenerateOutput>({
    resolver: schemaResolver<GenerateForm, GenerateOutput>(agreementFields, prepare),
    defaultValues: toForm(defaults),
  });
  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<GenerateForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  const preflight = usePreflight();

  async function generate(values: GenerateOutput) {
    setSaveError(null);
    try {
      // What the register lacks for this customer's agreement: errors stop here, warnings only if the user says so.
      if (!(await preflight.run({ document: 'agreement', lang: values.lang, customerId: customer.id }))) return;
      const created = await call('agreements.generate', { ...values, customerId: customer.id });
      onGenerated(created);
    } catch (e) {
      if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => FIELD_ROOTS.has(n.split('.')[0] ?? ''));
        const first = rest[0];
        setSaveError(first ? t(first.message, first.params ?? {}) : null);
      } else {
        setSaveError(t(errorKey(e)));
      }
    }
  }

  return (
    <form onSubmit={handleSubmit(generate)} noValidate aria-label={title}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agreements.generate.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="lang"
            render={({ field }) => (
              <Radio.Group
                label={t('agreements.generate.language')}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                error={err('lang')}
              >
                <Group mt={8}>
                  <Radio value="sv" label={t('agreements.lang.sv')} />
                  <Radio value="en" label={t('agreements.lang.en')} />
                </Group>
              </Radio.Group>
            )}
          />
          {text('signingPlace', t('agreements.generate.signingPlace'))}
          {text('effectiveOn', t('agreements.generate.effectiveOn'), {
            placeholder: t('field.datePlaceholder'),
            description: t('agreements.generate.effectiveOnHelp'),
          })}
          <Controller
            control={control}
            name="noticeDays"
            render={({ field }) => (
              <NumberInput
                label={t('agreements.generate.noticeDays')}
                description={t('agreements.generate.noticeDaysHelp')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                min={0}
                max={365}
                allowDecimal={false}
                allowNegative={false}
                error={err('noticeDays')}
              />
            )}
          />
        </SimpleGrid>
        <Fieldset legend={t('agreements.generate.processor')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('processorSignatory.name', t('agreements.generate.processorName'))}
            {text('processorSignatory.title', t('agreements.generate.processorTitle'))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('agreements.generate.controller')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('controllerSignatory.name', t('agreements.generate.controllerName'))}
            {text('controllerSignatory.title', t('agreements.generate.controllerTitle'))}
          </SimpleGrid>
        </Fieldset>
        <Textarea
          label={t('agreements.generate.notes')}
          description={t('agreements.notesHelp')}
          autosize
          minRows={2}
          maxRows={6}
          {...register('notes')}
          error={err('notes')}
        />
        <ErrorLine message={saveError} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting} leftSection={<IconFileText size={16} />}>
            {t('agreements.generate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
