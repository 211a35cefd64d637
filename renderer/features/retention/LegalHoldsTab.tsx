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
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconLockOpen, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { legalHoldFields, type LegalHold, type RetentionRule } from '../../../shared/contract';
import { call, errorKey, isApiError } from '../../app/api';
import { ErrorLine, FormActions } from '../../ui/FormBits';
import { failureText } from '../../ui/failures';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';

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
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);

  useEffect(() => {
    let alive = true;
    call('customers.list', { query: debounced, limit: 50, includeArchived: true })
      .then((page) => {
        if (alive) setOptions(page.items.map((c) => ({ value: c.id, label: c.name })));
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [debounced]);

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

function NewHold({ rules, onDone }: { rules: RetentionRule[]; onDone: (created: LegalHold | null) => void }) {
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
      onDone(await call('legalHolds.create', fields));
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
          data={[
            { value: '', label: t('holds.allRules') },
            ...holdable.map((r) => ({ value: String(r.id), label: lang === 'en' && r.nameEn ? r.nameEn : r.nameSv })),
          ]}
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
          <Button variant="default" onClick={() => onDone(null)}>
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
  const [holds, setHolds] = useState<LegalHold[] | null>(null);
  const [rules, setRules] = useState<RetentionRule[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(() => {
    call('legalHolds.list', {})
      .then((list) => {
        setHolds(list);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(e));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    call('retentionRules.list', {})
      .then(setRules)
      .catch(() => undefined);
  }, []);

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
        }
        load();
      },
    });
  }

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
        <Table verticalSpacing={8} aria-label={t('retention.tabHolds')} style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w="20%">{t('holds.customer')}</Table.Th>
              <Table.Th w="20%">{t('holds.rule')}</Table.Th>
              <Table.Th>{t('holds.reason')}</Table.Th>
              <Table.Th w={120}>{t('holds.placedOn')}</Table.Th>
              <Table.Th w={150}>{t('holds.status')}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t('vocabularies.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(holds ?? []).map((hold) => (
              <Table.Tr key={hold.id} aria-label={hold.reason}>
                <Table.Td>
                  <Text size="sm">{hold.customerName ?? t('holds.allCustomers')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{hold.ruleName ? hold.ruleName[lang] : t('holds.allRules')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{hold.reason}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{hold.placedOn}</Text>
                </Table.Td>
                <Table.Td>
                  {hold.active ? (
                    <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
                      {t('holds.active')}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('holds.released', { date: hold.releasedOn ?? '' })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {hold.releasedOn === null && (
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
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {holds?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {t('holds.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('holds.newTitle')} size="lg">
        {adding && (
          <NewHold
            rules={rules}
            onDone={(created) => {
              setAdding(false);
              load();
              if (created) notifySuccess(t('holds.created'));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
