import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { Controller, useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { customerFields, emptyCustomer, MAX_CONTACT_PERSONS, type Customer, type CustomerFields } from '../../../shared/contract';
import { call } from '../../app/api';
import { paths } from '../../app/paths';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { BackLink, RecordLoading } from '../../ui/RecordPage';
import { useRecordEditor, useRecordLoad } from '../../ui/useRecordEditor';
import { CustomerSubscriptions } from './CustomerSubscriptions';
import { CustomerAgreements } from '../agreements/CustomerAgreements';
import { CustomerNotices } from '../change-notices/NoticeSections';
import { CustomerSites } from '../sites/CustomerSites';
import { HistoryPanel } from '../history/HistoryPanel';
import { StatusBadges } from './StatusBadges';
import { identityFieldTexts, LegalFormField } from '../organisation/LegalFormField';

type CustomerOutput = z.output<typeof customerFields>;

/** The form's own shape: dates as text ('' = none), everything else as in customerFields. */
type CustomerForm = Omit<CustomerFields, 'contractStart' | 'contractEnd'> & { contractStart: string; contractEnd: string };

const toForm = (c: Customer | CustomerFields): CustomerForm => ({
  ...formValues(customerFields, c),
  contractStart: c.contractStart ?? '',
  contractEnd: c.contractEnd ?? '',
});

const EMPTY = toForm(emptyCustomer);
const FIELD_ROOTS = new Set(Object.keys(EMPTY));

function prepare(values: CustomerForm): unknown {
  return {
    ...values,
    invoiceAddress: values.invoiceSameAsVisiting ? { ...values.visitingAddress } : values.invoiceAddress,
    contractStart: values.contractStart.trim() === '' ? null : values.contractStart.trim(),
    contractEnd: values.contractEnd.trim() === '' ? null : values.contractEnd.trim(),
  };
}

/** /kunder/ny and /kunder/:id: create or edit one customer. */
export function CustomerPage() {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { record: customer, loadError } = useRecordLoad(id, (customerId) => call('customers.get', { id: customerId }));
  if (id !== null && !customer) return <RecordLoading back={<Back />} loadError={loadError} />;
  return <CustomerEditor key={customer?.id ?? 'new'} initial={customer} />;
}

function Back() {
  const { t } = useTranslation();
  return <BackLink to={paths.customers.list} label={t('customers.back')} />;
}

function CustomerEditor({ initial }: { initial: Customer | null }) {
  const { t } = useTranslation();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<CustomerForm, unknown, CustomerOutput>({
    resolver: schemaResolver<CustomerForm, CustomerOutput>(customerFields, prepare),
    defaultValues: initial ? toForm(initial) : EMPTY,
  });
  const editor = useRecordEditor({
    initial,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'customers',
    listPath: paths.customers.list,
    create: (values: CustomerOutput) => call('customers.create', values),
    update: (c, values) => call('customers.update', { id: c.id, revision: c.revision, fields: values }),
    remove: (c) => call('customers.delete', { id: c.id, revision: c.revision }),
  });
  const { record: customer, busy } = editor;
  const identity = identityFieldTexts(t, watch('legalForm'));
  const persons = useFieldArray({ control, name: 'contactPersons', keyName: 'key' });
  const sameAddress = watch('invoiceSameAsVisiting');

  const err = (name: string) => issueText(t, errorAt(errors, name));
  const text = (name: FieldPath<CustomerForm>, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} {...register(name)} error={err(name)} {...extra} />
  );

  const setArchived = (archived: boolean) =>
    editor.act(async (c) => {
      const saved = await call('customers.setArchived', { id: c.id, revision: c.revision, archived });
      editor.setRecord(saved);
      notifySuccess(archived ? t('customers.archived', { name: saved.name }) : t('customers.unarchived', { name: saved.name }));
    });

  const archived = customer?.archivedAt != null;
  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={customer ? customer.name : t('customers.newTitle')}
        description={
          customer ? (
            <Group gap="xs" component="span">
              <StatusBadges status={customer.status} archived={archived} />
              <span>{t('customers.updatedAt', { date: formatDateTime(customer.updatedAt) })}</span>
            </Group>
          ) : (
            t('customers.newDescription')
          )
        }
        actions={
          customer ? (
            <>
              <Button
                variant="default"
                leftSection={archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                onClick={() => void setArchived(!archived)}
                loading={busy}
              >
                {archived ? t('customers.unarchive') : t('customers.archive')}
              </Button>
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={editor.confirmDelete} disabled={busy}>
                {t('common.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <RecordConflict editor={editor} />
      <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={customer ? customer.name : t('customers.newTitle')}>
        <Stack gap="md">
          <Fieldset legend={t('customers.basics')}>
            <Stack>
              <Controller
                control={control}
                name="legalForm"
                render={({ field }) => <LegalFormField value={field.value ?? 'company'} onChange={field.onChange} />}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {text('name', t('field.name'), { required: true, withAsterisk: false })}
                {text('orgNr', identity.label, { description: identity.description, placeholder: identity.placeholder })}
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('customers.contract')}>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                {text('contractStart', t('customers.contractStart'), { placeholder: t('field.datePlaceholder') })}
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                {text('contractEnd', t('customers.contractEnd'), { placeholder: t('field.datePlaceholder') })}
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Controller
                  control={control}
                  name="status"
                  render={({ field }) => (
                    <Radio.Group label={t('field.status')} value={field.value} onChange={(v) => field.onChange(v)} error={err('status')}>
                      <Group mt={8}>
                        <Radio value="active" label={t('status.active')} />
                        <Radio value="ended" label={t('status.ended')} />
                      </Group>
                    </Radio.Group>
                  )}
                />
              </Grid.Col>
            </Grid>
          </Fieldset>

          <Fieldset legend={t('customers.visitingAddress')}>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              {text('visitingAddress.street', t('field.street'))}
              {text('visitingAddress.postalCode', t('field.postalCode'))}
              {text('visitingAddress.city', t('field.city'))}
              {text('visitingAddress.country', t('field.country'))}
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('customers.invoiceAddress')}>
            <Checkbox label={t('customers.sameAsVisiting')} {...register('invoiceSameAsVisiting')} mb={sameAddress ? 0 : 'sm'} />
            {!sameAddress && (
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                {text('invoiceAddress.street', t('customers.invoiceStreet'))}
                {text('invoiceAddress.postalCode', t('customers.invoicePostalCode'))}
                {text('invoiceAddress.city', t('customers.invoiceCity'))}
                {text('invoiceAddress.country', t('customers.invoiceCountry'))}
              </SimpleGrid>
            )}
          </Fieldset>

          <Fieldset legend={t('customers.contactPersons')}>
            <Stack gap="xs">
              {persons.fields.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('customers.noContacts')}
                </Text>
              )}
              {persons.fields.map((person, index) => {
                const n = index + 1;
                const label = (field: string) => t('customers.cpField', { n, field });
                return (
                  <Group key={person.key} align="flex-start" wrap="nowrap" gap="xs" role="group" aria-label={t('customers.cpGroup', { n })}>
                    <SimpleGrid cols={{ base: 1, sm: 4 }} style={{ flex: 1 }} spacing="xs">
                      {text(`contactPersons.${index}.name`, t('customers.cpGroup', { n }))}
                      {text(`contactPersons.${index}.role`, label(t('customers.cpRole')))}
                      {text(`contactPersons.${index}.email`, label(t('customers.cpEmail')), { type: 'email' })}
                      {text(`contactPersons.${index}.phone`, label(t('customers.cpPhone')), { type: 'tel' })}
                    </SimpleGrid>
                    <Tooltip label={t('customers.removeContact', { n })}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        mt={26}
                        onClick={() => persons.remove(index)}
                        aria-label={t('customers.removeContact', { n })}
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                );
              })}
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} />}
                  disabled={persons.fields.length >= MAX_CONTACT_PERSONS}
                  onClick={() => persons.append({ name: '', role: '', email: '', phone: '' })}
                >
                  {t('customers.addContact')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('customers.dpo')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {text('dpo.name', t('customers.dpoName'))}
              {text('dpo.email', t('customers.dpoEmail'), { type: 'email' })}
              {text('dpo.phone', t('customers.dpoPhone'), { type: 'tel' })}
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('customers.notes')}>
            <Textarea label={t('customers.notesLabel')} autosize minRows={3} maxRows={12} {...register('notes')} error={err('notes')} />
          </Fieldset>

          <FormFooter editor={editor} submitting={isSubmitting} dirty={isDirty} onUndo={() => reset(customer ? toForm(customer) : EMPTY)} />
        </Stack>
      </form>
      {customer && <CustomerSubscriptions customer={customer} />}
      {customer && <CustomerAgreements customer={customer} />}
      {customer && <CustomerNotices customerId={customer.id} />}
      {customer && <CustomerSites customer={customer} />}
      {customer && (
        <HistoryPanel
          kind="customer"
          recordId={customer.id}
          withChildren
          onRestored={() => call('customers.get', { id: customer.id }).then(editor.accept)}
        />
      )}
    </Stack>
  );
}
