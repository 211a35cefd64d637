// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone or DST shifts a day.

/** The date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
