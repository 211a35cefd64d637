import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DsrRequestSummary, DsrStatus, RequestClock } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { formatDate } from '../../ui/format';

// Small pieces the requests list and the request page share.

/** "Tillgång – registerutdrag (art. 15) – Anna Svensson": a request named as the user knows it. */
export function requestTitle(t: TFunction, lang: Language, r: Pick<DsrRequestSummary, 'right' | 'requesterName'>): string {
  return t('requests.title', { right: enumLabel('dsrRight', r.right, lang), name: r.requesterName });
}

const badgeStyle = { textTransform: 'none' } as const;

/** Where the deadline stands, in words (a colour alone says nothing to a screen reader or on paper). */
export function DeadlineBadge({ clock, status }: { clock: RequestClock; status: DsrStatus }) {
  const { t } = useTranslation();
  if (status === 'forwarded') {
    return (
      <Badge size="sm" variant="light" color="blue" style={badgeStyle}>
        {t('requests.days.forwarded')}
      </Badge>
    );
  }
  if (clock.state === 'closed') {
    return clock.answeredLate ? (
      <Badge size="sm" variant="light" color="red" style={badgeStyle}>
        {t('requests.days.closedLate')}
      </Badge>
    ) : (
      <Badge size="sm" variant="light" color="gray" style={badgeStyle}>
        {t('requests.days.closedInTime')}
      </Badge>
    );
  }
  const days = clock.daysLeft ?? 0;
  if (clock.state === 'overdue') {
    return (
      <Badge size="sm" variant="filled" color="red" leftSection={<IconAlertTriangle size={12} />} style={badgeStyle}>
        {t('requests.days.overdue', { count: -days })}
      </Badge>
    );
  }
  const words = days === 0 ? t('requests.days.dueToday') : t('requests.days.left', { count: days });
  if (clock.state === 'due_soon') {
    return (
      <Badge size="sm" variant="light" color="orange" leftSection={<IconClockExclamation size={12} />} style={badgeStyle}>
        {words}
      </Badge>
    );
  }
  return (
    <Text size="xs" c="dimmed" span>
      {words}
    </Text>
  );
}

/** The list's deadline cell: the legal deadline and where it stands. */
export function DeadlineCell({ request: r }: { request: DsrRequestSummary }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" span style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatDate(r.clock.dueOn)}
      </Text>
      <DeadlineBadge clock={r.clock} status={r.status} />
    </Group>
  );
}

const STATUS_COLOURS: Record<DsrStatus, string> = {
  received: 'gray',
  verifying: 'yellow',
  in_progress: 'blue',
  answered: 'teal',
  refused: 'grape',
  forwarded: 'cyan',
};

export function StatusBadge({ status, lang }: { status: DsrStatus; lang: Language }) {
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOURS[status]} style={badgeStyle}>
      {enumLabel('dsrStatus', status, lang)}
    </Badge>
  );
}
