import { formatDateTime } from '../../ui/format';

/** The local date (YYYY-MM-DD) of a stored timestamp, e.g. when a version was generated. */
export function localDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}

/** "48 kB", "2,4 MB" in the UI language. */
export function formatBytes(bytes: number, lang: string): string {
  const number = (n: number, digits: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: digits });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
