// The retention calculator of domain.md §7.3: from a rule and a record's dates to the day the
// record may be kept until, the day it is due for purging, and the day its backup copies are
// gone. Pure: dates in, dates out (YYYY-MM-DD, Europe/Stockholm calendar dates).
import type { RetentionAction, RetentionAnchorKind, RetentionEvent } from '../../../shared/domain/enums';
import { addDuration, isShorter, parseDuration, type Duration } from './duration';

/** The parts of a rule the calculation needs. */
export interface RuleTiming {
  anchorKind: RetentionAnchorKind;
  anchorEvent: RetentionEvent | null;
  roundAnchorTo: 'none' | 'end_of_calendar_year' | 'end_of_month';
  /** Null: as long as the purpose needs; nothing is ever scheduled. */
  duration: string | null;
  /** The shorter end of a range; the purge is due at the longer end (`duration`). */
  durationMin?: string | null;
  inclusive: boolean;
  backupLag: string | null;
  legalMinimumDuration: string | null;
  legalHoldAllowed: boolean;
}

/** The record's dates; an event that has not happened is null or absent. */
export interface RecordDates {
  created?: string | null;
  lastActivity?: string | null;
  fiscalYearEnd?: string | null;
  events?: Partial<Record<RetentionEvent, string | null>>;
}

export interface RetentionComputation {
  /**
   * Null: the event has not happened yet, so nothing is scheduled ("active – not yet scheduled");
   * also for a rule without a duration or counted from a register-defined event the record has no date for.
   */
  anchorDate: string | null;
  /** The last day the data must or may be kept. */
  retainUntil: string | null;
  /** When the record is due for purging in the primary systems. */
  purgeDueAt: string | null;
  /** When the copies in backups are gone too. */
  backupPurgeDueAt: string | null;
  /** The legal hold that suspends the purge; the dates stay so that the user sees what waits. */
  heldBy?: string;
  /** Message keys, e.g. 'w.retention.belowLegalMinimum'. */
  warnings: string[];
}

const ZERO: Duration = { years: 0, months: 0, weeks: 0, days: 0 };
const ONE_DAY: Duration = { years: 0, months: 0, weeks: 0, days: 1 };

/** Parsed durations: a purge list computes thousands of records under the same few rules. */
const parsed = new Map<string, Duration | null>();
function duration(iso: string | null): Duration | null {
  if (!iso) return null;
  let d = parsed.get(iso);
  if (d === undefined) {
    d = parseDuration(iso);
    if (parsed.size < 1000) parsed.set(iso, d);
  }
  return d;
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Step 1: the date the period runs from, or null when the event has not happened. */
export function anchorOf(rule: Pick<RuleTiming, 'anchorKind' | 'anchorEvent'>, record: RecordDates): string | null {
  switch (rule.anchorKind) {
    case 'created':
      return record.created ?? null;
    case 'last_activity':
      return record.lastActivity ?? null;
    case 'fiscal_year_end':
      return record.fiscalYearEnd ?? null;
    case 'event':
      return rule.anchorEvent ? (record.events?.[rule.anchorEvent] ?? null) : null;
  }
}

/** Step 2: `end_of_calendar_year` → 31 December of the anchor's year; `end_of_month` → its last day. */
export function roundAnchor(date: string, to: RuleTiming['roundAnchorTo']): string {
  if (to === 'end_of_calendar_year') return `${date.slice(0, 4)}-12-31`;
  if (to === 'end_of_month') return lastDayOfMonth(date);
  return date;
}

/**
 * Step 5's warning: the chosen period is shorter than the legal minimum. Compared by the dates
 * they give from the same anchor (step 6); without an anchor, from any anchor at all.
 */
function belowLegalMinimum(rule: RuleTiming, anchor: string | null): boolean {
  // A range may end at its shorter end.
  const chosen = duration(rule.durationMin ?? rule.duration);
  const minimum = duration(rule.legalMinimumDuration);
  if (!chosen || !minimum) return false;
  if (anchor === null) return isShorter(chosen, minimum);
  return addDuration(anchor, chosen) < addDuration(anchor, minimum);
}

/**
 * domain.md §7.3, steps 1–5. `hold` is an active legal hold that covers the record; it only
 * counts when the rule allows holds.
 */
export function computeRetention(rule: RuleTiming, record: RecordDates, hold?: { id: string | number } | null): RetentionComputation {
  // "As long as needed": printable, never purged automatically.
  const anchor = rule.duration === null ? null : anchorOf(rule, record);
  const rounded = anchor === null ? null : roundAnchor(anchor, rule.roundAnchorTo);
  const warnings = belowLegalMinimum(rule, rounded) ? ['w.retention.belowLegalMinimum'] : [];
  if (rounded === null) {
    return { anchorDate: null, retainUntil: null, purgeDueAt: null, backupPurgeDueAt: null, warnings };
  }
  const retainUntil = addDuration(rounded, duration(rule.duration) ?? ZERO);
  const purgeDueAt = rule.inclusive ? addDuration(retainUntil, ONE_DAY) : retainUntil;
  const lag = duration(rule.backupLag);
  const backupPurgeDueAt = lag ? addDuration(purgeDueAt, lag) : purgeDueAt;
  const result: RetentionComputation = { anchorDate: anchor, retainUntil, purgeDueAt, backupPurgeDueAt, warnings };
  if (hold && rule.legalHoldAllowed) result.heldBy = String(hold.id);
  return result;
}

/** Whether the record is to be purged on `on`: scheduled, the day has come, and no hold. */
export function isDue(c: RetentionComputation, on: string): boolean {
  return c.purgeDueAt !== null && c.purgeDueAt <= on && c.heldBy === undefined;
}

/** Return, archive and review are done by a person; delete and anonymise (or either) are carried out. */
export function isManualAction(action: RetentionAction): boolean {
  return action !== 'delete' && action !== 'anonymise' && action !== 'delete_or_anonymise';
}

/**
 * How the purge date is chosen when several rules cover one record (domain.md §7.3 edge case):
 * - 'legal_minimum_latest' (default): the latest date among the rules with a legal minimum, which
 *   bind; when none has one, the earliest date (keep no longer than some purpose needs)
 * - 'earliest' / 'latest': the earliest or latest date whatever the rules say
 */
export type CombineStrategy = 'legal_minimum_latest' | 'earliest' | 'latest';

export interface Candidate {
  computation: RetentionComputation;
  /** The rule has a legal minimum period. */
  binding: boolean;
}

/**
 * The candidate whose date decides, or null for none. A rule whose event has not happened yet
 * keeps the record when it binds (or under 'latest'); otherwise it does not stop an earlier rule.
 */
export function decidingCandidate<T extends Candidate>(
  candidates: readonly T[],
  strategy: CombineStrategy = 'legal_minimum_latest',
): T | null {
  if (candidates.length === 0) return null;
  const due = (c: T) => c.computation.purgeDueAt;
  const latest = (list: readonly T[]): T => {
    const unscheduled = list.find((c) => due(c) === null);
    if (unscheduled) return unscheduled;
    return list.reduce((a, b) => (due(b)! > due(a)! ? b : a));
  };
  const earliest = (list: readonly T[]): T => {
    const scheduled = list.filter((c) => due(c) !== null);
    if (scheduled.length === 0) return list[0]!;
    return scheduled.reduce((a, b) => (due(b)! < due(a)! ? b : a));
  };
  if (strategy === 'latest') return latest(candidates);
  if (strategy === 'earliest') return earliest(candidates);
  const binding = candidates.filter((c) => c.binding);
  return binding.length > 0 ? latest(binding) : earliest(candidates);
}
