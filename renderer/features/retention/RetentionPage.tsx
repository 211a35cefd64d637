import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Checkbox,
  Divider,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { anchorFitsKind, retentionRuleFields, type RetentionRule } from '../../../shared/contract';
import {
  PURGE_RECORD_KINDS,
  RETENTION_ACTIONS,
  RETENTION_ANCHORS,
  RETENTION_EVENTS,
  RETENTION_ROUNDINGS,
} from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey, isApiError } from '../../app/api';
import { ConflictAlert, ErrorLine, FormActions } from '../../ui/FormBits';
import { applyServerIssues, errorAt, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { failureText } from '../../ui/failures';
import { useLang } from '../../ui/lang';
import { DeletionLogTab } from './DeletionLogTab';
import { DurationInput } from './DurationInput';
import { LegalHoldsTab } from './LegalHoldsTab';
import { PurgeTab } from './PurgeTab';

type RuleForm = z.input<typeof retentionRuleFields>;
type RuleOutput = z.output<typeof retentionRuleFields>;

const EMPTY: RuleForm = {
  nameSv: '',
  nameEn: '',
  storageLocation: '',
  purpose: '',
  anchorKind: 'event',
  anchorEvent: 'contract_ended',
  roundAnchorTo: 'none',
  duration: 'P1Y',
  inclusive: false,
  backupLag: null,
  action: 'delete',
  legalMinimumDuration: null,
  legalMinimumSource: '',
  legalBasisRef: '',
  legalHoldAllowed: true,
  policySv: '',
  policyEn: '',
  appliesTo: [],
};

const FIELDS = new Set(Object.keys(EMPTY));

function toForm(r: RetentionRule): RuleForm {
  return {
    nameSv: r.nameSv,
    nameEn: r.nameEn,
    storageLocation: r.storageLocation,
    purpose: r.purpose,
    anchorKind: r.anchorKind,
    anchorEvent: r.anchorEvent,
    roundAnchorTo: r.roundAnchorTo,
    duration: r.duration,
    inclusive: r.inclusive,
    backupLag: r.backupLag,
    action: r.action,
    legalMinimumDuration: r.legalMinimumDuration,
    legalMinimumSource: r.legalMinimumSource,
    legalBasisRef: r.legalBasisRef,
    legalHoldAllowed: r.legalHoldAllowed,
    policySv: r.policySv,
    policyEn: r.policyEn,
    appliesTo: r.appliesTo,
  };
}

const prepare = (v: RuleForm): RuleForm => ({ ...v, anchorEvent: v.anchorKind === 'event' ? v.anchorEvent : null });

/** Gallring: the retention rules, what is due for purging in the register itself, legal holds and the deletion log. */
export function RetentionPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>('rules');
  return (
    <Stack gap="sm">
      <PageHeader title={t('area.retention')} description={t('retention.description')} />
      {/* Panels mount when chosen, so each tab shows the register as it is now. */}
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rules">{t('retention.tabRules')}</Tabs.Tab>
          <Tabs.Tab value="due">{t('retention.tabDue')}</Tabs.Tab>
          <Tabs.Tab value="holds">{t('retention.tabHolds')}</Tabs.Tab>
          <Tabs.Tab value="log">{t('retention.tabLog')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules" pt="md">
          <RulesList />
        </Tabs.Panel>
        <Tabs.Panel value="due" pt="md">
          <PurgeTab />
        </Tabs.Panel>
        <Tabs.Panel value="holds" pt="md">
          <LegalHoldsTab />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          <DeletionLogTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function RulesList() {
  const { t } = useTranslation();
  const lang = useLang();
  const [rules, setRules] = useState<RetentionRule[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editing, setEditing] = useState<RetentionRule | 'new' | null>(null);

  const load = useCallback(() => {
    call('retentionRules.list', {})
      .then((list) => {
        setRules(list);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(e));
  }, []);
  useEffect(load, [load]);

  const name = (r: RetentionRule) => (lang === 'en' && r.nameEn ? r.nameEn : r.nameSv);

  function confirmDelete(rule: RetentionRule) {
    setRefusal(null);
    modals.openConfirmModal({
      title: t('retention.deleteTitle'),
      children: <Text size="sm">{t('retention.deleteText', { name: name(rule) })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await call('retentionRules.delete', { id: rule.id, revision: rule.revision });
          notifySuccess(t('retention.deleted', { name: name(rule) }));
        } catch (e) {
          setRefusal(failureText(t, e));
        }
        load();
      },
    });
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={760}>
          {t('retention.rulesHelp')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('retention.new')}
        </Button>
      </Group>
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {refusal && (
        <Alert color="orange" role="alert" withCloseButton onClose={() => setRefusal(null)} closeButtonLabel={t('common.close')}>
          {refusal}
        </Alert>
      )}
      {!rules && !loadError ? (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      ) : (
        <Table
          highlightOnHover
          verticalSpacing={8}
          aria-label={t('retention.tabRules')}
          style={{ border: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w="18%">{t('retention.name')}</Table.Th>
              <Table.Th w="15%">{t('retention.storageLocation')}</Table.Th>
              <Table.Th w="17%">{t('retention.purpose')}</Table.Th>
              <Table.Th>{t('retention.inWords')}</Table.Th>
              <Table.Th w={110}>{t('retention.usedBy')}</Table.Th>
              <Table.Th w={80}>
                <VisuallyHidden>{t('vocabularies.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rules ?? []).map((rule) => (
              <Table.Tr key={rule.id} aria-label={name(rule)}>
                <Table.Td>
                  <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setEditing(rule)}>
                    {name(rule)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{rule.storageLocation}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {rule.purpose}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{rule.summary[lang]}</Text>
                  {rule.appliesTo.length > 0 && (
                    <Text size="xs" c="dimmed" mt={2}>
                      {t('retention.purgesInRegister', { kinds: rule.appliesTo.map((k) => t(`retention.kind.${k}`)).join(', ') })}
                    </Text>
                  )}
                  {rule.warnings.map((w) => (
                    <Group key={w} gap={4} wrap="nowrap" mt={2}>
                      <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
                      <Text size="xs" c="orange.8">
                        {t(w)}
                      </Text>
                    </Group>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {t('retention.usedByCount', { activities: rule.usedBy.activities, services: rule.usedBy.services })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('retention.editNamed', { name: name(rule) })}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => setEditing(rule)}
                        aria-label={t('retention.editNamed', { name: name(rule) })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('retention.deleteNamed', { name: name(rule) })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => confirmDelete(rule)}
                        aria-label={t('retention.deleteNamed', { name: name(rule) })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
            {rules?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {t('retention.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('retention.newTitle') : t('retention.editTitle')}
        size="xl"
      >
        {editing !== null && (
          <RuleEditor
            key={editing === 'new' ? 'new' : editing.id}
            rule={editing === 'new' ? null : editing}
            onDone={(saved) => {
              setEditing(null);
              load();
              if (saved) notifySuccess(t('retention.saved', { name: name(saved) }));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** The rule in words as the user edits it (retentionRules.describe), with its warnings. */
function LiveWords({ values }: { values: RuleForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [debounced] = useDebouncedValue(values, 250);
  const [words, setWords] = useState<{ sv: string; en: string; warnings: string[] } | null>(null);
  const key = JSON.stringify(debounced);

  useEffect(() => {
    let alive = true;
    // The words do not depend on the name; describe a rule that has none yet.
    const input = prepare({ ...debounced, nameSv: debounced.nameSv.trim() || '–' });
    const parsed = retentionRuleFields.safeParse(input);
    if (!parsed.success) {
      setWords(null);
      return;
    }
    call('retentionRules.describe', input)
      .then((w) => alive && setWords(w))
      .catch(() => alive && setWords(null));
    return () => {
      alive = false;
    };
    // `key` stands for the debounced values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <Paper withBorder p="sm" radius="sm" bg="forteckna.0" role="status" aria-live="polite" aria-label={t('retention.inWords')}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {t('retention.inWords')}
      </Text>
      {words ? (
        <>
          <Text size="md" fw={500} data-testid="rule-words">
            {words[lang]}
          </Text>
          {words.warnings.map((w) => (
            <Group key={w} gap={4} wrap="nowrap" mt={4}>
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
              <Text size="sm" c="orange.8">
                {t(w)}
              </Text>
            </Group>
          ))}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('retention.wordsPending')}
        </Text>
      )}
    </Paper>
  );
}

function RuleEditor({ rule, onDone }: { rule: RetentionRule | null; onDone: (saved: RetentionRule | null) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [current, setCurrent] = useState<RetentionRule | null>(rule);
  const [conflict, setConflict] = useState<RetentionRule | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RuleForm, unknown, RuleOutput>({
    resolver: schemaResolver<RuleForm, RuleOutput>(retentionRuleFields, prepare),
    defaultValues: rule ? toForm(rule) : EMPTY,
  });
  const values = useWatch({ control }) as RuleForm;
  const err = (n: string) => issueText(t, errorAt(errors, n));
  const opts = (kind: 'retentionAnchor' | 'retentionEvent' | 'retentionRounding' | 'retentionAction', list: readonly string[]) =>
    list.map((value) => ({ value, label: enumLabel(kind, value, lang) }));

  async function save(fields: RuleOutput) {
    setSaveError(null);
    setConflict(null);
    try {
      const saved = current
        ? await call('retentionRules.update', { id: current.id, revision: current.revision, fields })
        : await call('retentionRules.create', fields);
      onDone(saved);
    } catch (e) {
      if (isApiError(e, 'CONFLICT')) {
        const latest = (e.error.details as { current?: RetentionRule } | undefined)?.current;
        if (latest) setConflict(latest);
        else setSaveError(failureText(t, e));
      } else if (isApiError(e, 'INVALID_INPUT')) {
        const rest = applyServerIssues(setError, e.error.issues, (n) => FIELDS.has(n), 'fields');
        setSaveError(rest.length ? t('e.INVALID_INPUT') : null);
      } else {
        setSaveError(t(errorKey(e)));
      }
    }
  }

  const duration = (name: 'duration' | 'backupLag' | 'legalMinimumDuration', label: string, description?: string, required = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DurationInput
          label={label}
          description={description}
          value={field.value ?? null}
          onChange={(v) => field.onChange(required ? (v ?? '') : v)}
          error={err(name)}
          required={required}
        />
      )}
    />
  );

  return (
    <form onSubmit={handleSubmit(save)} noValidate aria-label={current ? t('retention.editTitle') : t('retention.newTitle')}>
      <Stack gap="sm">
        {conflict && (
          <ConflictAlert
            onReload={() => {
              setCurrent(conflict);
              reset(toForm(conflict));
              setConflict(null);
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('retention.nameSv')}
            description={t('retention.nameHelp')}
            {...register('nameSv')}
            error={err('nameSv')}
            withAsterisk
            data-autofocus
          />
          <TextInput label={t('retention.nameEn')} {...register('nameEn')} error={err('nameEn')} />
          <TextInput
            label={t('retention.storageLocation')}
            description={t('retention.storageHelp')}
            {...register('storageLocation')}
            error={err('storageLocation')}
          />
          <TextInput
            label={t('retention.purpose')}
            description={t('retention.purposeHelp')}
            {...register('purpose')}
            error={err('purpose')}
          />
        </SimpleGrid>

        <Divider label={t('retention.whenSection')} labelPosition="left" mt="xs" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('retention.anchorKind')}
            {...register('anchorKind')}
            data={opts('retentionAnchor', RETENTION_ANCHORS)}
            error={err('anchorKind')}
          />
          {values.anchorKind === 'event' ? (
            <Controller
              control={control}
              name="anchorEvent"
              render={({ field }) => (
                <NativeSelect
                  label={t('retention.anchorEvent')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
                  data={[{ value: '', label: t('activities.choose') }, ...opts('retentionEvent', RETENTION_EVENTS)]}
                  error={err('anchorEvent')}
                />
              )}
            />
          ) : (
            <div />
          )}
          <NativeSelect
            label={t('retention.rounding')}
            {...register('roundAnchorTo')}
            data={opts('retentionRounding', RETENTION_ROUNDINGS)}
            error={err('roundAnchorTo')}
          />
          {duration('duration', t('retention.duration'), t('retention.durationHelp'), true)}
          {duration('backupLag', t('retention.backupLag'), t('retention.backupLagHelp'))}
          <NativeSelect
            label={t('retention.action')}
            {...register('action')}
            data={opts('retentionAction', RETENTION_ACTIONS)}
            error={err('action')}
          />
        </SimpleGrid>
        <Group gap="xl">
          <Checkbox label={t('retention.inclusive')} description={t('retention.inclusiveHelp')} {...register('inclusive')} />
          <Checkbox label={t('retention.legalHoldAllowed')} description={t('retention.legalHoldHelp')} {...register('legalHoldAllowed')} />
        </Group>

        <LiveWords values={values} />

        <Controller
          control={control}
          name="appliesTo"
          render={({ field }) => (
            <Checkbox.Group
              label={t('retention.appliesTo')}
              description={t('retention.appliesToHelp')}
              value={field.value ?? []}
              onChange={field.onChange}
              error={err('appliesTo')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {PURGE_RECORD_KINDS.map((kind) => {
                  const fits = anchorFitsKind(kind, values.anchorKind, values.anchorKind === 'event' ? values.anchorEvent : null);
                  const checked = (field.value ?? []).includes(kind);
                  return (
                    <Checkbox
                      key={kind}
                      value={kind}
                      label={t(`retention.kind.${kind}`)}
                      description={fits ? undefined : t('retention.kindNotForAnchor')}
                      disabled={!fits && !checked}
                    />
                  );
                })}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />

        <Divider label={t('retention.lawSection')} labelPosition="left" mt="xs" />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {duration('legalMinimumDuration', t('retention.legalMinimum'), t('retention.legalMinimumHelp'))}
          <TextInput
            label={t('retention.legalMinimumSource')}
            description={t('retention.legalMinimumSourceHelp')}
            {...register('legalMinimumSource')}
            error={err('legalMinimumSource')}
          />
          <TextInput
            label={t('retention.legalBasisRef')}
            description={t('retention.legalBasisRefHelp')}
            {...register('legalBasisRef')}
            error={err('legalBasisRef')}
          />
        </SimpleGrid>

        <Divider label={t('retention.policySection')} labelPosition="left" mt="xs" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('retention.policySv')}
            description={t('retention.policyHelp')}
            autosize
            minRows={2}
            {...register('policySv')}
            error={err('policySv')}
          />
          <Textarea label={t('retention.policyEn')} autosize minRows={2} {...register('policyEn')} error={err('policyEn')} />
        </SimpleGrid>
        {current && (current.usedBy.activities > 0 || current.usedBy.services > 0) && (
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {t('retention.usedByCount', { activities: current.usedBy.activities, services: current.usedBy.services })}
          </Badge>
        )}
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
