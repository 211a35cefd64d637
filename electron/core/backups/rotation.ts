// Which backups to keep: pure functions over the backups' times, today's date and the retention
// rules' backup lags, so the promise (issue 11: the last 10, one per day for 7 days, one per week
// for 8 weeks; nothing older than the longest lag) is tested without files.
// Days and weeks are Europe/Stockholm calendar days and ISO weeks (domain.md §7.3).
import { addDuration, isZeroDuration, parseDuration, type Duration } from '../retention/duration';
import { stockholmDate } from '../session';

export const ROTATION = { last: 10, days: 7, weeks: 8 } as const;

export interface Dated {
  /** ISO timestamp. */
  at: string;
}

const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) moved by `days`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week of `date`: the key of its week. */
export function isoWeekStart(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The Stockholm calendar date of an ISO timestamp. */
export const backupDate = (at: string): string => stockholmDate(new Date(at));

/** The lags that mean something: valid and longer than nothing (a zero lag cannot hold a backup at all). */
export function backupLags(lags: readonly (string | null)[]): Duration[] {
  return lags.flatMap((lag) => {
    const parsed = lag === null ? null : parseDuration(lag);
    return parsed && !isZeroDuration(parsed) ? [parsed] : [];
  });
}

/** The day a copy made on `date` must be gone: the latest `date + lag` over the lags; null without lags. */
export function goneBy(date: string, lags: readonly Duration[]): string | null {
  let latest: string | null = null;
  for (const lag of lags) {
    const end = addDuration(date, lag);
    if (latest === null || end > latest) latest = end;
  }
  return latest;
}

/**
 * The longest of the lags (as written in its rule), judged from `today`: durations such as P1M and
 * P30D have no fixed order, so the one giving the latest date from today wins.
 */
export function longestLag(lags: readonly (string | null)[], today: string): string | null {
  let best: { lag: string; end: string } | null = null;
  for (const lag of lags) {
    const parsed = lag === null ? null : parseDuration(lag);
    if (!parsed || isZeroDuration(parsed)) continue;
    const end = addDuration(today, parsed);
    if (!best || end > best.end) best = { lag: lag!, end };
  }
  return best?.lag ?? null;
}

/**
 * Splits backups into those to keep and those to delete on `today` (YYYY-MM-DD, Stockholm):
 * kept are the newest ROTATION.last, the newest of each of the last ROTATION.days days (today
 * included) and the newest of each of the last ROTATION.weeks ISO weeks (this week included).
 * Then every backup whose `goneBy` day (its date + the longest lag) has come is deleted even if a
 * rule above kept it, except the newest backup, which always stays.
 */
export function rotate<T extends Dated>(backups: readonly T[], today: string, lags: readonly Duration[] = []): { keep: T[]; prune: T[] } {
  const newestFirst = [...backups].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const firstDay = addDays(today, -(ROTATION.days - 1));
  const firstWeek = addDays(isoWeekStart(today), -7 * (ROTATION.weeks - 1));
  const seenDays = new Set<string>();
  const seenWeeks = new Set<string>();
  const keep: T[] = [];
  const prune: T[] = [];
  newestFirst.forEach((backup, index) => {
    const date = backupDate(backup.at);
    const week = isoWeekStart(date);
    let kept = index < ROTATION.last;
    // Newest first, so the first backup seen of a day (or week) is its newest.
    if (date >= firstDay && !seenDays.has(date)) {
      seenDays.add(date);
      kept = true;
    }
    if (week >= firstWeek && !seenWeeks.has(week)) {
      seenWeeks.add(week);
      kept = true;
    }
    const end = goneBy(date, lags);
    if (index > 0 && end !== null && end <= today) kept = false;
    (kept ? keep : prune).push(backup);
  });
  return { keep, prune };
}
