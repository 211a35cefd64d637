import {
  ActionIcon,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconLockOpen, IconPlus } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { legalHoldFields, type LegalHold, type RetentionRule } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine, FormActions } from '../../ui/FormBits';
import { failureText } from '../../ui/failures';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCall } from '../../ui/useCall';
import { ruleName } from './ruleName';

interface HoldForm {
  customerId: number | null;
  ruleId: string;
  reason: string;
  placedOn: string;
}
type HoldOutput = z.output<typeof legalHoldFields>;

const prepare = (v: HoldForm) => ({
  customerId: v.customerId,
  ruleId: v.ruleId === '' ? null : Number(v.ruleId),
  reason: v.reason,
  ...(v.placedOn.trim() ? { placedOn: v.placedOn.trim() } : {}),
});

const FIELDS = new Set(['customerId', 'ruleId', 'reason', 'placedOn']);

/** A customer picked by searching in the core (a register can have tens of thousands). */
function CustomerPicker({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useCall(
    'customers.list',
    { query: debounced, limit: 50, includeArchived: true },
    { reloadOn: ['customers'], keepPrevious: true },
  );
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));

  return (
    <Select<number>
      label={t('holds.customer')}
      description={t('holds.customerHelp')}
      placeholder={t('holds.allCustomers')}
      data={options}
      value={value}
      onChange={(v) => onChange(v ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The core has already matched the search (without diacritics); show what it found.
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={t('holds.noCustomers')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function NewHold({ rules, onClose }: { rules: RetentionRule[]; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<HoldForm, unknown, HoldOutput>({
    resolver: schemaResolver<HoldForm, HoldOutput>(legalHoldFields, prepare),
    defaultValues: { customerId: null, ruleId: '', reason: '', placedOn: '' },
  });
  const err = (n: string) => issueText(t, errorAt(errors, n));

  async function save(fields: HoldOutput) {
    setSaveError(null);
    try {
      await call('legalHolds.create', fields);
      notifySuccess(t('holds.created'));
      onClose();
    } catch (e) {
      if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => FIELDS.has(n));
        setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setSaveError(failureText(t, e));
      }
    }
  }

  const holdable = rules.filter((r) => r.legalHoldAllowed);
  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={t('holds.newTitle')}>
      <Stack gap="sm">
        <Controller
          control={control}
          name="customerId"
          render={({ field }) => <CustomerPicker value={field.value} onChange={field.onChange} error={err('customerId')} />}
        />
        <NativeSelect
          label={t('holds.rule')}
          description={t('holds.ruleHelp')}
          {...register('ruleId')}
          data={[{ value: '', label: t('holds.allRules') }, ...holdable.map((r) => ({ value: String(r.id), label: ruleName(r, lang) }))]}
          error={err('ruleId')}
        />
        <Textarea
          label={t('holds.reason')}
          description={t('holds.reasonHelp')}
          autosize
          minRows={2}
          withAsterisk
          {...register('reason')}
          error={err('reason')}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('holds.placedOn')}
            description={t('holds.placedOnHelp')}
            placeholder={t('field.datePlaceholder')}
            {...register('placedOn')}
            error={err('placedOn')}
          />
        </SimpleGrid>
        <ErrorLine message={saveError} />
        <FormActions>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Stack>
    </form>
  );
}

/** "Spärrar": legal holds that suspend purging, placed and released with a reason. */
export function LegalHoldsTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data: holds, error: loadError, reload } = useCall('legalHolds.list', {});
  const rules = useCall('retentionRules.list', {}, { reloadOn: ['retentionRules'] }).data ?? [];
  const [adding, setAdding] = useState(false);

  function confirmRelease(hold: LegalHold) {
    modals.openConfirmModal({
      title: t('holds.releaseTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {hold.reason}
          </Text>
          <Text size="sm">{t('holds.releaseText')}</Text>
        </Stack>
      ),
      labels: { confirm: t('holds.release'), cancel: t('common.cancel') },
      onConfirm: async () => {
        try {
          await call('legalHolds.release', { id: hold.id, revision: hold.revision });
          notifySuccess(t('holds.releasedDone'));
        } catch (e) {
          notifyError(t, e);
          reload();
        }
      },
    });
  }

  const columns: ColumnDef<LegalHold, unknown>[] = [
    {
      id: 'customer',
      header: t('holds.customer'),
      size: 200,
      cell: ({ row: { original: hold } }) => <Text size="sm">{hold.customerName ?? t('holds.allCustomers')}</Text>,
    },
    {
      id: 'rule',
      header: t('holds.rule'),
      size: 200,
      cell: ({ row: { original: hold } }) => <Text size="sm">{hold.ruleName ? hold.ruleName[lang] : t('holds.allRules')}</Text>,
    },
    { id: 'reason', header: t('holds.reason'), size: 320, cell: ({ row: { original: hold } }) => <Text size="sm">{hold.reason}</Text> },
    {
      id: 'placedOn',
      header: t('holds.placedOn'),
      size: 120,
      cell: ({ row: { original: hold } }) => <Text size="sm">{hold.placedOn}</Text>,
    },
    {
      id: 'status',
      header: t('holds.status'),
      size: 150,
      cell: ({ row: { original: hold } }) =>
        hold.active ? (
          <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
            {t('holds.active')}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('holds.released', { date: hold.releasedOn ?? '' })}
          </Text>
        ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('vocabularies.actions')}</VisuallyHidden>,
      size: 60,
      cell: ({ row: { original: hold } }) =>
        hold.releasedOn === null && (
          <Tooltip label={t('holds.releaseNamed', { reason: hold.reason })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => confirmRelease(hold)}
              aria-label={t('holds.releaseNamed', { reason: hold.reason })}
            >
              <IconLockOpen size={16} />
            </ActionIcon>
          </Tooltip>
        ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={760}>
          {t('holds.help')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          {t('holds.new')}
        </Button>
      </Group>
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {!holds && !loadError ? (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      ) : (
        <DataTable<LegalHold>
          label={t('retention.tabHolds')}
          rows={holds ?? []}
          columns={columns}
          getRowId={(hold) => String(hold.id)}
          rowLabel={(hold) => hold.reason}
          emptyText={t('holds.empty')}
          wrap
        />
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('holds.newTitle')} size="lg">
        {adding && <NewHold rules={rules} onClose={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
}
