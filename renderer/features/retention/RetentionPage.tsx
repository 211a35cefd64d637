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
import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { z } from 'zod';
import {
  anchorFitsKind,
  emptyRetentionRule,
  retentionRuleFields,
  type RetentionRule,
  type RetentionRuleFields,
} from '../../../shared/contract';
import {
  PURGE_RECORD_KINDS,
  RETENTION_ACTIONS,
  RETENTION_ANCHORS,
  RETENTION_EVENTS,
  RETENTION_ROUNDINGS,
} from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { RETENTION_TAB_PARAM, RETENTION_TABS } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { errorAt, formValues, issueText, schemaResolver } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FormFooter, RecordConflict } from '../../ui/RecordForm';
import { failureText } from '../../ui/failures';
import { useLang } from '../../ui/lang';
import { useCall } from '../../ui/useCall';
import { useRecordEditor } from '../../ui/useRecordEditor';
import { DeletionLogTab } from './DeletionLogTab';
import { DurationInput } from './DurationInput';
import { LegalHoldsTab } from './LegalHoldsTab';
import { PurgeTab } from './PurgeTab';
import { HistoryPanel } from '../history/HistoryPanel';
import { eventLabel, RetentionEventsEditor } from './RetentionEventsEditor';
import { ruleName } from './ruleName';

type RuleForm = RetentionRuleFields;
type RuleOutput = z.output<typeof retentionRuleFields>;

const FIELD_ROOTS = new Set(Object.keys(emptyRetentionRule));

const toForm = (r: RetentionRule): RuleForm => formValues(retentionRuleFields, r);

/** How the period is given: a set period, a range, or "as long as needed" (no number). */
type DurationKind = 'fixed' | 'range' | 'needed';
const durationKindOf = (v: Pick<RuleForm, 'duration' | 'durationMin'>): DurationKind =>
  v.duration === null ? 'needed' : v.durationMin ? 'range' : 'fixed';

/** Own events are chosen in the same list as the built-in ones: "own:<id>". */
const OWN = 'own:';

const prepare = (v: RuleForm): RuleForm => ({
  ...v,
  anchorEvent: v.anchorKind === 'event' ? v.anchorEvent : null,
  anchorEventId: v.anchorKind === 'event' && !v.anchorEvent ? (v.anchorEventId ?? null) : null,
});

/** A text in the user's language, the Swedish where the English is empty. */
const inLang = (sv: string, en: string | undefined, lang: 'sv' | 'en') => (lang === 'en' && en ? en : sv);

/** Gallring: the retention rules, what is due for purging in the register itself, legal holds and the deletion log. */
export function RetentionPage() {
  const { t } = useTranslation();
  // A link may name the tab to open (the attention list's purge and hold items): each time it is followed.
  const [params] = useSearchParams();
  const { key } = useLocation();
  const named = params.get(RETENTION_TAB_PARAM) ?? '';
  const linked: string | undefined = Object.hasOwn(RETENTION_TABS, named)
    ? RETENTION_TABS[named as keyof typeof RETENTION_TABS]
    : undefined;
  const [tab, setTab] = useState<string>(linked ?? 'rules');
  useEffect(() => {
    if (linked) setTab(linked);
  }, [linked, key]);
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
  const { data: rules, error: loadError, reload } = useCall('retentionRules.list', {});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [editing, setEditing] = useState<RetentionRule | 'new' | null>(null);

  const name = (r: RetentionRule) => ruleName(r, lang);

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
          reload();
        }
      },
    });
  }

  const columns: ColumnDef<RetentionRule, unknown>[] = [
    {
      id: 'name',
      header: t('retention.name'),
      size: 180,
      cell: ({ row: { original: rule } }) => (
        <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => setEditing(rule)}>
          {name(rule)}
        </Anchor>
      ),
    },
    {
      id: 'storageLocation',
      header: t('retention.storageLocation'),
      size: 150,
      cell: ({ row: { original: rule } }) => <Text size="sm">{inLang(rule.storageLocation, rule.storageLocationEn, lang)}</Text>,
    },
    {
      id: 'purpose',
      header: t('retention.purpose'),
      size: 170,
      cell: ({ row: { original: rule } }) => (
        <Text size="sm" lineClamp={2}>
          {inLang(rule.purpose, rule.purposeEn, lang)}
        </Text>
      ),
    },
    {
      id: 'words',
      header: t('retention.inWords'),
      size: 300,
      cell: ({ row: { original: rule } }) => (
        <>
          <Text size="sm">{rule.summary[lang]}</Text>
          {rule.appliesTo.length > 0 && (
            <Text size="xs" c="dimmed" mt={2}>
              {t('retention.purgesInRegister', { kinds: rule.appliesTo.map((k) => t(`retention.kind.${k}`)).join(', ') })}
            </Text>
          )}
          <Warnings keys={rule.warnings} size="xs" mt={2} />
        </>
      ),
    },
    {
      id: 'usedBy',
      header: t('retention.usedBy'),
      size: 110,
      cell: ({ row: { original: rule } }) => (
        <Text size="xs" c="dimmed">
          {t('retention.usedByCount', { activities: rule.usedBy.activities, services: rule.usedBy.services })}
        </Text>
      ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('vocabularies.actions')}</VisuallyHidden>,
      size: 80,
      cell: ({ row: { original: rule } }) => (
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
      ),
    },
  ];

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
        <DataTable<RetentionRule>
          label={t('retention.tabRules')}
          rows={rules ?? []}
          columns={columns}
          getRowId={(rule) => String(rule.id)}
          rowLabel={name}
          emptyText={t('retention.empty')}
          wrap
        />
      )}
      <RetentionEventsEditor />
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
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** A rule's warnings (message keys), each on a line with a warning sign. */
function Warnings({ keys, size, mt }: { keys: string[]; size: 'xs' | 'sm'; mt: number }) {
  const { t } = useTranslation();
  return keys.map((w) => (
    <Group key={w} gap={4} wrap="nowrap" mt={mt}>
      <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
      <Text size={size} c="orange.8">
        {t(w)}
      </Text>
    </Group>
  ));
}

/** The rule in words as the user edits it (retentionRules.describe), in both languages, with its warnings. */
function LiveWords({ values }: { values: RuleForm }) {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === 'sv' ? 'en' : 'sv';
  const [debounced] = useDebouncedValue(values, 250);
  // The words do not depend on the name; describe a rule that has none yet.
  const input = prepare({ ...debounced, nameSv: debounced.nameSv.trim() || '–' });
  const valid = retentionRuleFields.safeParse(input).success;
  // The last words stay while the next are asked (no flicker as the user types); none while the form is invalid.
  const described = useCall('retentionRules.describe', valid ? input : null, { reloadOn: [], keepPrevious: true });
  const words = valid ? described.data : undefined;

  return (
    <Paper withBorder p="sm" radius="sm" bg="forteckna.0" role="status" aria-live="polite" aria-label={t('retention.inWords')}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {t('retention.inWords')}
      </Text>
      {words ? (
        <>
          <Text size="md" fw={500} data-testid="rule-words" lang={lang}>
            {words[lang]}
          </Text>
          <Text size="xs" c="dimmed" mt={6}>
            {t(other === 'en' ? 'retention.wordsEn' : 'retention.wordsSv')}
          </Text>
          <Text size="sm" lang={other} data-testid="rule-words-other">
            {words[other]}
          </Text>
          <Warnings keys={words.warnings} size="sm" mt={4} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('retention.wordsPending')}
        </Text>
      )}
    </Paper>
  );
}

function RuleEditor({ rule, onClose }: { rule: RetentionRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<RuleForm, unknown, RuleOutput>({
    resolver: schemaResolver<RuleForm, RuleOutput>(retentionRuleFields, prepare),
    defaultValues: rule ? toForm(rule) : emptyRetentionRule,
  });
  const editor = useRecordEditor({
    initial: rule,
    reset,
    setError,
    toForm,
    fieldRoots: FIELD_ROOTS,
    texts: 'retention',
    textParams: (r) => ({ name: ruleName(r, lang) }),
    onSaved: onClose,
    create: (fields: RuleOutput) => call('retentionRules.create', fields),
    update: (r, fields) => call('retentionRules.update', { id: r.id, revision: r.revision, fields }),
  });
  const current = editor.record;
  const values = useWatch({ control }) as RuleForm;
  const { data: ownEvents } = useCall('retentionEvents.list', {}, { reloadOn: ['retentionRules'] });
  const [durationKind, setDurationKind] = useState<DurationKind>(() => durationKindOf(rule ?? emptyRetentionRule));
  const chooseDurationKind = (kind: DurationKind) => {
    setDurationKind(kind);
    const dirty = { shouldDirty: true, shouldValidate: false };
    if (kind === 'needed') {
      setValue('duration', null, dirty);
      setValue('durationMin', null, dirty);
      // Nothing can be purged without a period.
      setValue('appliesTo', [], dirty);
    } else {
      if (values.duration === null || values.duration === undefined) setValue('duration', 'P1Y', dirty);
      if (kind === 'fixed') setValue('durationMin', null, dirty);
    }
  };
  const err = (n: string) => issueText(t, errorAt(errors, n));
  const opts = (kind: 'retentionAnchor' | 'retentionEvent' | 'retentionRounding' | 'retentionAction', list: readonly string[]) =>
    list.map((value) => ({ value, label: enumLabel(kind, value, lang) }));

  const duration = (
    name: 'duration' | 'durationMin' | 'backupLag' | 'legalMinimumDuration',
    label: string,
    description?: string,
    required = false,
  ) => (
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
    <form onSubmit={handleSubmit(editor.save)} noValidate aria-label={current ? t('retention.editTitle') : t('retention.newTitle')}>
      <Stack gap="sm">
        <RecordConflict editor={editor} />
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
            label={t('retention.storageLocationEn')}
            description={t('retention.englishHelp')}
            lang="en"
            {...register('storageLocationEn')}
            error={err('storageLocationEn')}
          />
          <TextInput
            label={t('retention.purpose')}
            description={t('retention.purposeHelp')}
            {...register('purpose')}
            error={err('purpose')}
          />
          <TextInput
            label={t('retention.purposeEn')}
            description={t('retention.englishHelp')}
            lang="en"
            {...register('purposeEn')}
            error={err('purposeEn')}
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
                  value={field.value ?? (values.anchorEventId != null ? `${OWN}${values.anchorEventId}` : '')}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    const own = v.startsWith(OWN);
                    field.onChange(own || v === '' ? null : v);
                    setValue('anchorEventId', own ? Number(v.slice(OWN.length)) : null, { shouldDirty: true });
                  }}
                  data={[
                    { value: '', label: t('activities.choose') },
                    { group: t('retention.builtinEvents'), items: opts('retentionEvent', RETENTION_EVENTS) },
                    ...(ownEvents && ownEvents.length > 0
                      ? [
                          {
                            group: t('retention.ownEvents'),
                            items: ownEvents.map((e) => ({ value: `${OWN}${e.id}`, label: eventLabel(e, lang) })),
                          },
                        ]
                      : []),
                  ]}
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
          <NativeSelect
            label={t('retention.durationKind')}
            description={durationKind === 'needed' ? t('retention.durationKindHelp') : undefined}
            value={durationKind}
            onChange={(e) => chooseDurationKind(e.currentTarget.value as DurationKind)}
            data={(['fixed', 'range', 'needed'] as const).map((k) => ({ value: k, label: t(`retention.durationKind.${k}`) }))}
          />
          {durationKind === 'fixed' && duration('duration', t('retention.duration'), t('retention.durationHelp'), true)}
          {durationKind === 'range' && (
            <>
              {duration('durationMin', t('retention.durationMin'), t('retention.durationMinHelp'), true)}
              {duration('duration', t('retention.durationMax'), t('retention.durationMaxHelp'), true)}
            </>
          )}
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

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('retention.exceptionSv')}
            description={t('retention.exceptionHelp')}
            {...register('exceptionSv')}
            error={err('exceptionSv')}
          />
          <TextInput
            label={t('retention.exceptionEn')}
            description={t('retention.englishHelp')}
            lang="en"
            {...register('exceptionEn')}
            error={err('exceptionEn')}
          />
        </SimpleGrid>

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

        {/* The firm's own words beside the rule in words that the fields above make. */}
        <Divider label={t('retention.policySection')} labelPosition="left" mt="xs" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap="xs">
            <Textarea
              label={t('retention.policySv')}
              description={t('retention.policyHelp')}
              autosize
              minRows={2}
              {...register('policySv')}
              error={err('policySv')}
            />
            <Textarea
              label={t('retention.policyEn')}
              description={t('retention.englishHelp')}
              lang="en"
              autosize
              minRows={2}
              {...register('policyEn')}
              error={err('policyEn')}
            />
          </Stack>
          <LiveWords values={values} />
        </SimpleGrid>
        {current && (current.usedBy.activities > 0 || current.usedBy.services > 0) && (
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {t('retention.usedByCount', { activities: current.usedBy.activities, services: current.usedBy.services })}
          </Badge>
        )}
        <FormFooter editor={editor} submitting={isSubmitting} onCancel={onClose} />
        {current && (
          <HistoryPanel
            kind="retentionRule"
            recordId={current.id}
            onRestored={() => call('retentionRules.get', { id: current.id }).then(editor.accept)}
          />
        )}
      </Stack>
    </form>
  );
}
