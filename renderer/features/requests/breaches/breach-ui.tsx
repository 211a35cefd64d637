import { Badge, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachSummary, ImyClock } from '../../../../shared/contract/breaches';
import type { Language } from '../../../../shared/messages';
import { useLang } from '../../../ui/lang';

// The 72-hour clock to IMY in words, shared by the list and the breach page.

/** Hours with at most one decimal, in the language's way ("30,5"). */
export function formatHours(hours: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }).format(hours);
}

/** "47 h kvar", "35 min kvar", "5 h över tiden": whole hours, minutes in the last hour. */
export function leftText(t: TFunction, minutes: number): string {
  const over = minutes < 0;
  const abs = Math.abs(minutes);
  const amount = abs < 60 ? t('breaches.clock.minutes', { count: abs }) : t('breaches.clock.hours', { count: Math.floor(abs / 60) });
  return over ? t('breaches.clock.over', { amount }) : t('breaches.clock.left', { amount });
}

/** The clock's line: time left or over, how long the notice took, or that none is needed. */
export function clockText(t: TFunction, lang: Language, clock: ImyClock, minutes: number | null): string {
  switch (clock.state) {
    case 'not_applicable':
      return t('breaches.clock.processor');
    case 'not_required':
      return t('breaches.clock.notRequired');
    case 'met':
    case 'late':
      return t('breaches.clock.notifiedAfter', { hours: formatHours(clock.hoursToNotice ?? 0, lang) });
    default:
      return minutes === null ? '' : leftText(t, minutes);
  }
}

const BADGE_COLOR: Record<ImyClock['state'], string> = {
  not_applicable: 'gray',
  not_assessed: 'yellow',
  not_required: 'gray',
  running: 'blue',
  overdue: 'red',
  met: 'teal',
  late: 'orange',
};

/** The clock's state in a word or two; an unassessed breach past 72 hours is overdue all the same. */
export function ClockBadge({ clock, minutes }: { clock: ImyClock; minutes: number | null }) {
  const { t } = useTranslation();
  const late = clock.state === 'not_assessed' && minutes !== null && minutes < 0;
  return (
    <Badge size="sm" variant="light" color={late ? 'red' : BADGE_COLOR[clock.state]} style={{ textTransform: 'none' }}>
      {late ? t('breaches.clock.badge.notAssessedOver') : t(`breaches.clock.badge.${clock.state}`)}
    </Badge>
  );
}

/** The list's IMY cell: the badge, and the hours under it. */
export function ClockCell({ breach }: { breach: BreachSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { imy } = breach;
  if (imy.state === 'not_applicable') {
    return (
      <Text size="xs" c="dimmed">
        {t('breaches.clock.processor')}
      </Text>
    );
  }
  return (
    <Stack gap={2} align="flex-start">
      <ClockBadge clock={imy} minutes={imy.minutesLeft} />
      <Text size="sm">{clockText(t, lang, imy, imy.minutesLeft)}</Text>
    </Stack>
  );
}

/** A moment that moves on by itself: re-rendered every `everyMs`. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The clock's minutes left as of now: the core's count when the breach was read, less the time
 * since. The core's clock decides, so a test or a computer with a wrong clock still agrees.
 */
export function useLiveMinutes(clock: ImyClock): number | null {
  const [readAt] = useState(() => Date.now());
  const now = useNow();
  if (clock.minutesLeft === null) return null;
  return clock.minutesLeft - Math.floor(Math.max(0, now - readAt) / 60_000);
}
