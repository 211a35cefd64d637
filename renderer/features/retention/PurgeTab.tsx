import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconCircleCheck, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate, type PurgeItem, type PurgeResult, type RecordCounts } from '../../../shared/contract';
import { PURGE_RECORD_KINDS } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { call, errorKey } from '../../app/api';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { useCall } from '../../ui/useCall';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { PurgedGoneBy } from '../history/PurgedGoneBy';

type Horizon = '0' | '30' | '90';

/** Rows shown per customer before "Show all" (an ended customer can have hundreds of devices). */
const FIRST_ROWS = 25;
const DAY_MS = 86_400_000;

interface CustomerGroup {
  /** Null for the firm's own records (a request or breach as controller). */
  customerId: number | null;
  customerName: string | null;
  items: PurgeItem[];
}
interface RuleGroup {
  ruleId: number;
  ruleName: PurgeItem['ruleName'];
  count: number;
  customers: CustomerGroup[];
}

/** By rule, then customer, each in Swedish order; the items keep the list's order (by due date). */
function groupItems(items: PurgeItem[]): RuleGroup[] {
  const rules = new Map<number, RuleGroup>();
  for (const item of items) {
    let rule = rules.get(item.ruleId);
    if (!rule) rules.set(item.ruleId, (rule = { ruleId: item.ruleId, ruleName: item.ruleName, count: 0, customers: [] }));
    let customer = rule.customers.find((c) => c.customerId === item.customerId);
    if (!customer) rule.customers.push((customer = { customerId: item.customerId, customerName: item.customerName, items: [] }));
    customer.items.push(item);
    rule.count++;
  }
  const collator = new Intl.Collator('sv');
  const sorted = [...rules.values()].sort((a, b) => collator.compare(a.ruleName.sv, b.ruleName.sv));
  // The firm's own records first, then the customers in Swedish order.
  for (const rule of sorted)
    rule.customers.sort((a, b) =>
      a.customerName === null ? -1 : b.customerName === null ? 1 : collator.compare(a.customerName, b.customerName),
    );
  return sorted;
}

/** "2 enheter, 1 kundplats" for the kinds that have any. */
export function countsText(t: TFunction, counts: RecordCounts): string {
  return PURGE_RECORD_KINDS.filter((k) => counts[k] > 0)
    .map((k) => t(`purge.count.${k}`, { count: counts[k] }))
    .join(', ');
}

function countByKind(items: PurgeItem[]): RecordCounts {
  const counts = { contact_person: 0, site: 0, equipment: 0, agreement: 0, dsr_request: 0, breach: 0 };
  for (const i of items) counts[i.recordKind]++;
  return counts;
}

function StatusBadge({ item, on }: { item: PurgeItem; on: string }) {
  const { t } = useTranslation();
  if (item.heldBy) {
    return (
      <Tooltip label={t('purge.heldReason', { reason: item.heldBy.reason })} multiline maw={320}>
        <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
          {t('purge.status.held')}
        </Badge>
      </Tooltip>
    );
  }
  if (item.manual) {
    return (
      <Badge color="gray" variant="light" style={{ textTransform: 'none' }}>
        {t('purge.status.manual')}
      </Badge>
    );
  }
  if (item.due) {
    return (
      <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
        {t('purge.status.due')}
      </Badge>
    );
  }
  const days = Math.round((Date.parse(item.dueOn) - Date.parse(on)) / DAY_MS);
  return (
    <Badge color="blue" variant="light" style={{ textTransform: 'none' }}>
      {t('purge.status.upcoming', { count: days })}
    </Badge>
  );
}

function CustomerTable({ rule, group, on }: { rule: RuleGroup; group: CustomerGroup; on: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, FIRST_ROWS);
  const groupName = group.customerName ?? t('purge.ownRecords');
  const label = `${rule.ruleName[lang]} – ${groupName}`;
  const columns: ColumnDef<PurgeItem, unknown>[] = [
    {
      id: 'due',
      header: t('purge.col.due'),
      size: 120,
      cell: ({ row: { original: item } }) => (
        <>
          <Text size="sm">{item.dueOn}</Text>
          {item.backupDueOn !== item.dueOn && (
            <Text size="xs" c="dimmed">
              {t('purge.backup', { date: item.backupDueOn })}
            </Text>
          )}
        </>
      ),
    },
    {
      id: 'record',
      header: t('purge.col.record'),
      size: 200,
      cell: ({ row: { original: item } }) => (
        <>
          <Text size="xs" c="dimmed">
            {t(`purge.kind.${item.recordKind}`)}
          </Text>
          <Text size="sm">{item.recordLabel}</Text>
        </>
      ),
    },
    {
      id: 'action',
      header: t('purge.col.action'),
      size: 130,
      cell: ({ row: { original: item } }) => <Text size="sm">{enumLabel('retentionAction', item.action, lang)}</Text>,
    },
    {
      id: 'reason',
      header: t('purge.col.reason'),
      size: 330,
      cell: ({ row: { original: item } }) => (
        <>
          <Text size="sm">{item.reason[lang]}</Text>
          {item.heldBy && (
            <Text size="xs" c="orange.8">
              {t('purge.heldReason', { reason: item.heldBy.reason })}
            </Text>
          )}
          {item.warnings.map((w) => (
            <Group key={w} gap={4} wrap="nowrap">
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
              <Text size="xs" c="orange.8">
                {t(w)}
              </Text>
            </Group>
          ))}
        </>
      ),
    },
    {
      id: 'status',
      header: t('purge.col.status'),
      size: 130,
      cell: ({ row: { original: item } }) => <StatusBadge item={item} on={on} />,
    },
  ];
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {groupName}
      </Text>
      <DataTable<PurgeItem>
        label={label}
        rows={shown}
        columns={columns}
        getRowId={(item) => item.key}
        rowLabel={(item) => item.recordLabel}
        emptyText=""
        wrap
      />
      {group.items.length > FIRST_ROWS && !all && (
        <Button variant="subtle" size="xs" onClick={() => setAll(true)} style={{ alignSelf: 'flex-start' }}>
          {t('purge.showAll', { count: group.items.length })}
        </Button>
      )}
    </Stack>
  );
}

/** "Att gallra": what is due on a day (or within 30/90 days), grouped by rule and customer, and the purge itself. */
export function PurgeTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const [date, setDate] = useState<string | null>(null);
  const [horizon, setHorizon] = useState<Horizon>('0');
  const [today, setToday] = useState<string | null>(null);
  const [result, setResult] = useState<PurgeResult | null>(null);
  const [running, setRunning] = useState(false);

  const dateValid = date === null || isoDate.safeParse(date).success;
  const horizonDays = Number(horizon) as 0 | 30 | 90;
  // While the date is being typed (not yet valid) the last list stays.
  const purge = useCall('purge.list', !dateValid ? null : date === null ? { horizonDays } : { on: date, horizonDays }, {
    keepPrevious: true,
  });
  const list = purge.data ?? null;
  const loadError = purge.error;
  const hasRules = useCall('retentionRules.list', {}, { reloadOn: ['retentionRules'] }).data?.some((r) => r.appliesTo.length > 0) ?? true;

  // Without a date the core answers for its today (the app's clock, not the browser's).
  useEffect(() => {
    if (date !== null || !list) return;
    setToday(list.on);
    setDate(list.on);
  }, [date, list]);

  const groups = useMemo(() => groupItems(list?.items ?? []), [list]);
  const items = list?.items ?? [];
  const executable = items.filter((i) => i.due && !i.heldBy && !i.manual);
  const counts = {
    due: items.filter((i) => i.due && !i.heldBy && !i.manual).length,
    manual: items.filter((i) => i.manual && !i.heldBy).length,
    held: items.filter((i) => i.heldBy).length,
    upcoming: items.filter((i) => !i.due && !i.heldBy && !i.manual).length,
  };
  const future = list !== null && today !== null && list.on > today;

  function confirmRun() {
    if (!list) return;
    const on = list.on;
    const keys = executable.map((i) => i.key);
    const toDelete = countByKind(executable.filter((i) => i.action === 'delete'));
    const toAnonymise = countByKind(executable.filter((i) => i.action === 'anonymise'));
    const lines = [
      ...PURGE_RECORD_KINDS.filter((k) => toDelete[k] > 0).map((k) =>
        t('purge.confirmDeleted', { what: t(`purge.count.${k}`, { count: toDelete[k] }) }),
      ),
      ...PURGE_RECORD_KINDS.filter((k) => toAnonymise[k] > 0).map((k) =>
        t('purge.confirmAnonymised', { what: t(`purge.count.${k}`, { count: toAnonymise[k] }) }),
      ),
    ];
    modals.openConfirmModal({
      title: t('purge.confirmTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('purge.confirmIntro', { date: on })}</Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((line) => (
              <li key={line}>
                <Text size="sm">{line}</Text>
              </li>
            ))}
          </ul>
          {counts.held + counts.manual > 0 && (
            <Text size="sm" c="dimmed">
              {t('purge.confirmLeft')}
            </Text>
          )}
          <Text size="sm" fw={500}>
            {t('purge.confirmFinal')}
          </Text>
        </Stack>
      ),
      labels: { confirm: t('purge.confirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setRunning(true);
        try {
          setResult(await call('purge.run', { on, keys }));
        } catch (e) {
          notifyError(t, e);
          purge.reload();
        } finally {
          setRunning(false);
        }
      },
    });
  }

  const deletedText = result ? countsText(t, result.deleted) : '';
  const anonymisedText = result ? countsText(t, result.anonymised) : '';

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={760}>
        {t('purge.help')}
      </Text>
      <PurgedGoneBy />
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('purge.date')}
            placeholder={t('field.datePlaceholder')}
            value={date ?? ''}
            onChange={(e) => setDate(e.currentTarget.value.trim())}
            error={dateValid ? undefined : t('v.date')}
            w={180}
          />
          <SegmentedControl
            aria-label={t('purge.horizon')}
            value={horizon}
            onChange={(v) => setHorizon(v as Horizon)}
            data={(['0', '30', '90'] as const).map((value) => ({ value, label: t(`purge.horizon.${value}`) }))}
          />
        </Group>
        <Tooltip label={t('purge.runDisabled')} disabled={!future}>
          <Button
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={confirmRun}
            disabled={executable.length === 0 || future}
            loading={running}
          >
            {t('purge.run')}
          </Button>
        </Tooltip>
      </Group>
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {result && (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={20} />}
          title={deletedText || anonymisedText ? t('purge.done') : t('purge.nothingDone')}
          withCloseButton
          onClose={() => setResult(null)}
          closeButtonLabel={t('common.close')}
          role="status"
        >
          {deletedText && <Text size="sm">{t('purge.doneDeleted', { list: deletedText })}</Text>}
          {anonymisedText && <Text size="sm">{t('purge.doneAnonymised', { list: anonymisedText })}</Text>}
          {result.logEntryIds.length > 0 && <Text size="sm">{t('purge.doneLog', { count: result.logEntryIds.length })}</Text>}
        </Alert>
      )}
      {!list && !loadError ? (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      ) : list ? (
        <>
          {items.length > 0 && (
            <Text size="sm" fw={500} aria-live="polite">
              {t('purge.summary', counts)}
            </Text>
          )}
          {items.length === 0 && (
            <Paper withBorder p="lg" radius="sm">
              <Text c="dimmed" size="sm" ta="center">
                {!hasRules
                  ? t('purge.noRules')
                  : list.until === list.on
                    ? t('purge.empty', { date: list.on })
                    : t('purge.emptyHorizon', { date: list.until })}
              </Text>
            </Paper>
          )}
          {groups.map((rule) => (
            <Stack key={rule.ruleId} gap="xs" component="section" aria-label={rule.ruleName[lang]}>
              <Group gap="xs" mt="sm">
                <Title order={3} size="h4">
                  {rule.ruleName[lang]}
                </Title>
                <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                  {t('purge.ruleGroup', { count: rule.count })}
                </Badge>
              </Group>
              {rule.customers.map((group) => (
                <CustomerTable key={group.customerId ?? 'own'} rule={rule} group={group} on={list.on} />
              ))}
            </Stack>
          ))}
        </>
      ) : null}
    </Stack>
  );
}
