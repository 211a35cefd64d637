// Breach times are entered and shown as Europe/Stockholm wall-clock time and stored as UTC
// instants (shared/deadlines.ts converts); these wrap it for the form: '' for none, null for text
// that is no time.
import * as deadlines from '../../../../shared/deadlines';

/** An instant as Stockholm wall-clock time, 'YYYY-MM-DDTHH:mm' (what a datetime-local input holds); '' for none. */
export function stockholmWallClock(iso: string | null | undefined): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  return deadlines.stockholmWallClock(iso);
}

/** A Stockholm wall-clock time ('YYYY-MM-DDTHH:mm', a space also accepted) as a UTC instant; null when it is not a real date and time. */
export function fromStockholmWallClock(local: string): string | null {
  try {
    return deadlines.fromStockholmWallClock(local.trim().replace(' ', 'T'));
  } catch {
    return null;
  }
}

/** "2026-11-22 10:00" in Stockholm time, whatever the computer's own time zone. */
export function formatStockholm(iso: string | null | undefined): string {
  return stockholmWallClock(iso).replace('T', ' ');
}

/** Now as Stockholm wall-clock time (the default of a "when" field). */
export function nowWallClock(): string {
  return stockholmWallClock(new Date().toISOString());
}
