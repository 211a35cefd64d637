// The pure parts of the import page: what a mapping lacks, sums of counts, where each kind of
// record is listed. Kept apart from the components so the rules read in one place.
import { IMPORT_TARGETS, type ImportField, type ImportTarget, type SheetMapping } from '../../../shared/contract';
import { paths } from '../../app/paths';

/** Where the records of a target are listed (subscriptions are shown on their customers). */
export const TARGET_LIST: Record<ImportTarget, string> = {
  systems: paths.systems.list,
  subprocessors: paths.subprocessors.list,
  retentionRules: paths.retention,
  services: paths.services.list,
  activities: paths.activities.list,
  customers: paths.customers.list,
  subscriptions: paths.customers.list,
  sites: paths.sites,
  equipment: paths.sites,
};

export type TargetCounts = Partial<Record<ImportTarget, number>>;

export function total(counts: TargetCounts): number {
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/** The targets that have any count in one of the tables, in the order of writing. */
export function targetsIn(...tables: TargetCounts[]): ImportTarget[] {
  return IMPORT_TARGETS.filter((target) => tables.some((counts) => (counts[target] ?? 0) > 0));
}

export interface MappingCheck {
  /** Required fields with no column: the rows would be skipped. */
  missingRequired: ImportField[];
  /** Expected fields with no column: the records become drafts. */
  missingExpected: ImportField[];
  /** Fields chosen for more than one column, with the columns. */
  twice: { field: ImportField; letters: string[] }[];
}

/** What a sheet's mapping lacks or doubles, for the warnings beside its columns. */
export function checkMapping(mapping: SheetMapping, fields: readonly ImportField[]): MappingCheck {
  const lettersOf = new Map<string, string[]>();
  for (const [letter, key] of Object.entries(mapping.columns)) {
    if (key) lettersOf.set(key, [...(lettersOf.get(key) ?? []), letter]);
  }
  return {
    missingRequired: fields.filter((f) => f.required && !lettersOf.has(f.key)),
    missingExpected: fields.filter((f) => !f.required && f.expected && !lettersOf.has(f.key)),
    twice: fields.flatMap((field) => {
      const letters = lettersOf.get(field.key) ?? [];
      return letters.length > 1 ? [{ field, letters: [...letters].sort(byColumn) }] : [];
    }),
  };
}

/** Column letters in sheet order (B before AA). */
export function byColumn(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}

/** "3", "3–5" or "3, 7, 9" for the rows that make one record. */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const sorted = [...rows].sort((a, b) => a - b);
  const consecutive = sorted.every((row, i) => i === 0 || row === sorted[i - 1]! + 1);
  if (sorted.length > 2 && consecutive) return `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.join(', ');
}

/** Where an IMPORT_INVALID problem is, from whichever of the shapes the core sends (a JSON path or a sheet and row). */
export interface InvalidProblem {
  where: string | null;
  message: string;
}

export function invalidProblems(
  details: unknown,
  at: (sheet: string, row: number) => string,
): { problems: InvalidProblem[]; more: number } {
  const given = (details ?? {}) as { problems?: unknown; more?: unknown };
  const list = Array.isArray(given.problems) ? (given.problems as Record<string, unknown>[]) : [];
  const problems = list
    .filter((p) => typeof p?.message === 'string')
    .map((p) => {
      let where: string | null = null;
      if (typeof p.sheet === 'string' && typeof p.row === 'number') where = at(p.sheet, p.row);
      else if (typeof p.sheet === 'string') where = p.sheet;
      else if (typeof p.path === 'string' && p.path !== '$') where = p.path;
      return { where, message: p.message as string };
    });
  return { problems, more: typeof given.more === 'number' ? given.more : 0 };
}

/** A field picked for a column, or the column ignored (the Select needs a string value). */
export const IGNORE = '__ignore__';
