import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Chip,
  Group,
  Menu,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconBellOff, IconCircleCheck, IconClockPause, IconDots } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ATTENTION_KINDS,
  type AttentionItem,
  type AttentionKind,
  type AttentionList as List,
  type DismissalMode,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { daysBetween } from '../../../shared/deadlines';
import { errorKey } from '../../app/api';
import { fixPath } from '../../app/fixPath';
import { ErrorLine } from '../../ui/FormBits';
import { formatDate } from '../../ui/format';
import { DismissDialog } from './AttentionDialogs';
import { AttentionDismissed } from './AttentionDismissed';
import { FIRST, ItemRows } from './AttentionRows';

// The overview's list of what needs doing (attention.list): grouped by when it is due, filtered by
// kind on the page (the counts per kind come from the whole list), each item a link to where it
// is fixed and a menu to put it aside. A group shows its first few items; "Visa alla" opens the
// rest in a virtualised box, so that thousands of purge items never render at once.

export const HORIZONS = [7, 30, 90] as const;
export type Horizon = (typeof HORIZONS)[number];

type GroupKey = 'overdue' | 'week' | 'later' | 'toFix';
const GROUPS: readonly GroupKey[] = ['overdue', 'week', 'later', 'toFix'];

/** Splits the core's (already ordered) items into the page's four groups. */
function groupItems(items: readonly AttentionItem[], on: string): Record<GroupKey, AttentionItem[]> {
  const weekEnd = addDays(on, 7);
  const groups: Record<GroupKey, AttentionItem[]> = { overdue: [], week: [], later: [], toFix: [] };
  for (const item of items) {
    if (item.severity === 'overdue') groups.overdue.push(item);
    else if (item.severity === 'toFix' || item.dueOn === null) groups.toFix.push(item);
    else if (item.dueOn <= weekEnd) groups.week.push(item);
    else groups.later.push(item);
  }
  return groups;
}

export interface AttentionListProps {
  list: List | undefined;
  error: unknown;
  reload: () => void;
  horizon: Horizon;
  onHorizon: (h: Horizon) => void;
  /** The kinds shown; empty: all. */
  kinds: readonly AttentionKind[];
  onKinds: (kinds: AttentionKind[]) => void;
}

export function AttentionList({ list, error, reload, horizon, onHorizon, kinds, onKinds }: AttentionListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [answering, setAnswering] = useState<{ item: AttentionItem; mode: DismissalMode } | null>(null);
  const wanted = kinds.length ? new Set<string>(kinds) : null;
  const shown = list ? (wanted ? list.items.filter((i) => wanted.has(i.kind)) : list.items) : [];
  const dismissed = list ? (wanted ? list.dismissed.filter((i) => wanted.has(i.kind)) : list.dismissed) : [];
  const groups = list ? groupItems(shown, list.on) : null;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <div>
        <Title order={2} size="h3" fw={600} id={headingId}>
          {t('attention.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('attention.summary')}
        </Text>
      </div>
      <Filters list={list} horizon={horizon} onHorizon={onHorizon} kinds={kinds} onKinds={onKinds} />
      {error ? (
        <Group gap="sm">
          <ErrorLine message={`${t('attention.loadFailed')} ${t(errorKey(error))}`} />
          <Button variant="default" size="xs" onClick={reload}>
            {t('attention.retry')}
          </Button>
        </Group>
      ) : null}
      {!list || !groups ? (
        error ? null : (
          <Stack gap={6} aria-busy="true">
            <Skeleton h={52} />
            <Skeleton h={52} />
            <Skeleton h={52} />
          </Stack>
        )
      ) : list.items.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} role="status">
          {t('attention.empty', { count: list.horizonDays })}
        </Alert>
      ) : shown.length === 0 ? (
        <Group gap="sm" role="status">
          <Text size="sm">{t('attention.emptyFiltered')}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => onKinds([])}>
            {t('attention.showFilter')}
          </Button>
        </Group>
      ) : (
        GROUPS.map((g) =>
          groups[g].length ? (
            <SeverityGroup key={g} group={g} items={groups[g]} on={list.on} onAnswer={(item, mode) => setAnswering({ item, mode })} />
          ) : null,
        )
      )}
      {list && dismissed.length > 0 ? <AttentionDismissed items={dismissed} /> : null}
      {answering && list ? (
        <DismissDialog
          item={answering.item}
          mode={answering.mode}
          on={list.on}
          onClose={() => setAnswering(null)}
          onStale={() => {
            setAnswering(null);
            reload();
          }}
        />
      ) : null}
    </Stack>
  );
}

function Filters({
  list,
  horizon,
  onHorizon,
  kinds,
  onKinds,
}: Pick<AttentionListProps, 'list' | 'horizon' | 'onHorizon' | 'kinds' | 'onKinds'>) {
  const { t } = useTranslation();
  const horizonId = useId();
  const kindsId = useId();
  const byKind = list?.byKind ?? {};
  const selected = new Set<AttentionKind>(kinds);
  // The kinds the list holds, in the contract's order; a chosen kind stays while it has none left.
  const offered = ATTENTION_KINDS.filter((k) => (byKind[k] ?? 0) > 0 || selected.has(k));
  const toggle = (kind: AttentionKind, on: boolean) => onKinds(offered.filter((k) => (k === kind ? on : selected.has(k))));
  return (
    <Stack gap={8}>
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id={horizonId}>
          {t('attention.horizon')}
        </Text>
        <SegmentedControl
          size="xs"
          role="radiogroup"
          aria-labelledby={horizonId}
          value={String(horizon)}
          onChange={(v) => onHorizon(Number(v) as Horizon)}
          data={HORIZONS.map((h) => ({ value: String(h), label: t('attention.horizon.days', { count: h }) }))}
        />
      </Group>
      {offered.length > 0 && (
        <Group gap={6} role="group" aria-labelledby={kindsId}>
          <Text size="sm" fw={500} id={kindsId} mr={4}>
            {t('attention.kinds')}
          </Text>
          <Chip size="xs" checked={kinds.length === 0} onChange={() => onKinds([])}>
            {t('attention.kinds.all')} {list?.items.length ?? ''}
          </Chip>
          {offered.map((k) => (
            <Chip key={k} size="xs" checked={selected.has(k)} onChange={(on) => toggle(k, on)}>
              {t(`attention.kind.${k}`)} {byKind[k] ?? 0}
            </Chip>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** One group: its heading with the count, its first items, and "Visa alla N" for the rest. */
function SeverityGroup({
  group,
  items,
  on,
  onAnswer,
}: {
  group: GroupKey;
  items: AttentionItem[];
  on: string;
  onAnswer: (item: AttentionItem, mode: DismissalMode) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const color = group === 'overdue' ? 'red' : group === 'week' ? 'orange' : 'gray';
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Group gap={8} mb={4} align="baseline">
        <Title order={3} size="h5" fw={600} id={headingId} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          {t(`attention.group.${group}`)}{' '}
          <Badge component="span" size="md" variant={group === 'overdue' ? 'filled' : 'light'} color={color}>
            {items.length}
          </Badge>
        </Title>
        {group === 'toFix' && (
          <Text size="xs" c="dimmed">
            {t('attention.group.toFixHelp')}
          </Text>
        )}
      </Group>
      <ItemRows items={items} all={all} renderRow={(item) => <ItemRow item={item} on={on} onAnswer={onAnswer} />} />
      {items.length > FIRST && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll((a) => !a)} aria-expanded={all}>
          {all ? t('attention.showFewer') : t('attention.showAll', { count: items.length })}
        </Button>
      )}
    </Box>
  );
}

/** "om 3 dagar", "för 3 dagar sedan", "i dag". */
export function relativeDay(t: TFunction, on: string, day: string): string {
  const days = daysBetween(on, day);
  if (days === 0) return t('attention.due.today');
  if (days === 1) return t('attention.due.tomorrow');
  if (days === -1) return t('attention.due.yesterday');
  return days > 0 ? t('attention.due.in', { count: days }) : t('attention.due.ago', { count: -days });
}

/** The record (a link to where the item is fixed) and its kind, what to do, the day, and the menu. */
function ItemRow({
  item,
  on,
  onAnswer,
}: {
  item: AttentionItem;
  on: string;
  onAnswer: (item: AttentionItem, mode: DismissalMode) => void;
}) {
  const { t } = useTranslation();
  const overdue = item.severity === 'overdue';
  return (
    <Group wrap="nowrap" align="center" gap="sm" px="sm" py={8} data-attention-key={item.key}>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap" align="baseline">
          <Anchor component={Link} to={fixPath(item.fix)} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.subject}
          </Anchor>
          <Badge size="xs" variant="light" color="gray" style={{ textTransform: 'none' }}>
            {t(`attention.kind.${item.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" mt={2} style={{ overflowWrap: 'anywhere' }}>
          {item.text}
        </Text>
      </Box>
      {item.dueOn ? (
        <Box ta="right" style={{ flexShrink: 0 }}>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {formatDate(item.dueOn)}
          </Text>
          <Text size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
            {relativeDay(t, on, item.dueOn)}
          </Text>
        </Box>
      ) : null}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('attention.menu', { subject: item.subject })}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconClockPause size={16} />} onClick={() => onAnswer(item, 'snooze')}>
            {t('attention.snooze')}
          </Menu.Item>
          <Menu.Item leftSection={<IconBellOff size={16} />} onClick={() => onAnswer(item, 'notRelevant')}>
            {t('attention.notRelevant')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
