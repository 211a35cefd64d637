// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone or DST shifts a day.

/** The date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Sweden (domain.md §7.3: dates are Europe/Stockholm calendar dates), the
 * same in the core and the renderer whatever the machine's own time zone.
 */
export function stockholmDate(instant: Date): string {
  return STOCKHOLM_DATE.format(instant);
}
