// ISO 8601 date durations (P7Y, P1Y6M, P2W, P30D) and calendar arithmetic on date-only values,
// as domain.md §7.3 describes: adding months clamps to the end of the month (31 Jan + P1M = 28/29
// Feb; 29 Feb + P1Y = 28 Feb), then weeks and days are added.

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION_RE = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Parses an ISO date duration; null when it is not one. */
export function parseDuration(iso: string): Duration | null {
  const m = DURATION_RE.exec(iso.trim().toUpperCase());
  if (!m) return null;
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]) };
}

export function isZeroDuration(d: Duration): boolean {
  return d.years + d.months + d.weeks + d.days === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` (YYYY-MM-DD) plus the duration, as YYYY-MM-DD. */
export function addDuration(date: string, d: Duration): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const totalMonths = y * 12 + (m - 1) + d.years * 12 + d.months;
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const clamped = Math.min(day, daysInMonth(year, month));
  const result = new Date(Date.UTC(year, month - 1, clamped + d.weeks * 7 + d.days));
  return result.toISOString().slice(0, 10);
}

/** Every anchor date of a leap year and a common year, so month ends and 29 February are covered. */
const COMPARISON_ANCHORS: string[] = (() => {
  const dates: string[] = [];
  for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
})();

/**
 * True when `a` ends before `b` for some anchor date: durations are compared by the dates they
 * give from the same anchor (domain.md §7.3 step 6), never by a count of days. P1M is shorter
 * than P30D from 31 January, so a legal minimum of P30D is not met by P1M.
 */
export function isShorter(a: Duration, b: Duration): boolean {
  return COMPARISON_ANCHORS.some((anchor) => addDuration(anchor, a) < addDuration(anchor, b));
}
