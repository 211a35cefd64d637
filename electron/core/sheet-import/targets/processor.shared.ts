// Small pieces the processor-side targets share: field definitions, reading our workbook's
// contact cells back, checking a draft against the feature's schema, and refusing a record with
// one of our own messages.
import type { z } from 'zod';
import { countryName, NAMED_COUNTRIES } from '../../../../shared/domain/labels';
import type { FieldDef, RowReader } from '../model';
import { processorWords, type ProcessorWord } from './processor.words';
import { fold } from '../values';

export { fold };

export function field(
  key: string,
  sv: string,
  en: string,
  synonyms: readonly string[],
  flags: { required?: true; expected?: true } = {},
): FieldDef {
  return { key, label: { sv, en }, synonyms: [sv, en, ...synonyms], ...flags };
}

/**
 * A record the register cannot take, with one of our messages: thrown by a target's write (the
 * preview shows it as the row's refusal, in the language asked for, via `key` and `params`).
 */
export class TargetRefusal extends Error {
  constructor(
    readonly key: ProcessorWord,
    readonly params: Record<string, string | number> = {},
  ) {
    super(processorWords[key].sv.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? '')));
    this.name = 'TargetRefusal';
  }
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const PHONE = /^\+?[\d\s\-()]{5,30}$/;
export const looksLikeEmail = (s: string): boolean => EMAIL.test(s.trim());
export const looksLikePhone = (s: string): boolean => PHONE.test(s.trim()) && /\d{3}/.test(s.replace(/\D/g, ''));

export interface ContactParts {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/**
 * A contact as our workbook writes it ("Anna Berg (VD), anna@kund.se, 021-12 34 56"; the
 * processor register joins the non-empty parts with ", ") or as a person's name alone. Parts that
 * read as an e-mail address or a phone number are those; the rest is the name, with a trailing
 * "(role)".
 */
export function parseContact(text: string): ContactParts {
  const out: ContactParts = { name: '', role: '', email: '', phone: '' };
  const rest: string[] = [];
  for (const part of text.split(/,\s*/)) {
    const p = part.trim();
    if (p === '') continue;
    if (!out.email && looksLikeEmail(p)) out.email = p;
    else if (!out.phone && looksLikePhone(p)) out.phone = p;
    else rest.push(p);
  }
  const named = rest.join(', ');
  const withRole = /^(.*?)\s*\((.+)\)$/s.exec(named);
  if (withRole && withRole[1]!.trim() !== '') {
    out.name = withRole[1]!.trim();
    out.role = withRole[2]!.trim();
  } else out.name = named;
  return out;
}

/** Names of places as our processor sheet writes them after a sub-processor ("… (Tyskland)", "… (EU/EES)"). */
const PLACES = new Set([
  fold('EU/EES'),
  fold('EU/EEA'),
  ...NAMED_COUNTRIES.flatMap((c) => [fold(countryName(c, 'sv')), fold(countryName(c, 'en'))]),
]);

/** "Datensafe Backup GmbH (Tyskland)" → "Datensafe Backup GmbH"; any other name stays as it is. */
export function withoutPlace(name: string): string {
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(name.trim());
  return m && PLACES.has(fold(m[2]!)) ? m[1]! : name.trim();
}

/** The name without a trailing "(…)", whatever it says: a region's name after a sub-processor. */
export function withoutBrackets(name: string): string {
  const m = /^(.*\S)\s+\([^()]+\)$/.exec(name.trim());
  return m ? m[1]! : name.trim();
}

/** A text our English workbook marks as the Swedish stand-in for a missing English one ("… [sv]"). */
export const withoutSvMark = (text: string): string => text.replace(/\s*\[sv\]$/, '');

/** The value most rows give (the first row's on a tie), and the row that gave it; null when none gives one. */
export function mostCommon<T>(values: readonly { value: T; row: number }[], key: (v: T) => string = (v) => JSON.stringify(v)) {
  const counts = new Map<string, { value: T; row: number; n: number }>();
  for (const v of values) {
    const k = key(v.value);
    const seen = counts.get(k);
    if (seen) seen.n++;
    else counts.set(k, { ...v, n: 1 });
  }
  let best: { value: T; row: number; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? { value: best.value, row: best.row, agreed: counts.size === 1 } : null;
}

const REASON: Record<string, ProcessorWord> = {
  'v.email': 'targets.email',
  'v.phone': 'targets.phone',
  'v.endBeforeStart': 'targets.endBeforeStart',
  'v.contractEnd.beforeStart': 'targets.endBeforeStart',
  'v.equipment.removedBeforeInstalled': 'targets.endBeforeStart',
};

type Bag = Record<PropertyKey, unknown>;

/** Leaves the value at `path` of the draft out (a text emptied or cut, a date cleared); false when it cannot. */
function dropAt(draft: object, path: readonly PropertyKey[], issue: z.core.$ZodIssue): boolean {
  if (path.length === 0) return false;
  let parent: unknown = draft;
  for (const p of path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Bag)[p] : undefined;
  if (parent === null || typeof parent !== 'object') return false;
  const leaf = path[path.length - 1]!;
  const value = (parent as Bag)[leaf];
  if (typeof value === 'string') {
    if (issue.code === 'too_big') {
      (parent as Bag)[leaf] = value.slice(0, Number(issue.maximum));
      return true;
    }
    if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      if (value === '') return false;
      (parent as Bag)[leaf] = null;
      return true;
    }
    (parent as Bag)[leaf] = '';
    return true;
  }
  return false;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Bag)[p] : undefined;
  return v;
}

/**
 * Checks the service input that the draft makes (`full()`, built from `draft`) against the
 * feature's schema: each issue is reported at its cell (`fieldOf` names the import field of a
 * path) and the value is left out of the draft, until it parses. False when something remains
 * that cannot be left out (the caller skips the record with an error of its own).
 */
export function checkAgainst(
  schema: z.ZodType,
  draft: object,
  full: () => unknown,
  r: RowReader,
  fieldOf: (path: readonly PropertyKey[]) => string | null,
): boolean {
  for (let round = 0; round < 20; round++) {
    const value = full();
    const result = schema.safeParse(value);
    if (result.success) return true;
    for (const issue of result.error.issues) {
      const shown = valueAt(value, issue.path);
      const text = typeof shown === 'string' ? shown : '';
      const word = REASON[issue.message];
      const where = fieldOf(issue.path);
      if (!dropAt(draft, issue.path, issue)) return false;
      if (issue.code === 'too_big' && typeof shown === 'string') {
        r.problem(where, 'warning', { key: 'targets.tooLong', params: { length: shown.length, max: Number(issue.maximum) } });
      } else {
        r.problem(
          where,
          'warning',
          word ? { key: word, params: { value: text } } : { key: 'targets.invalid', params: { value: text, reason: issue.message } },
        );
      }
    }
  }
  return false;
}

/** The id of a record by name, or a refusal with our message when there is none. */
export function requireId(id: number | null, key: ProcessorWord, params: Record<string, string>): number {
  if (id === null) throw new TargetRefusal(key, params);
  return id;
}

/** The first non-empty value of a field over the rows, with its row. */
export function firstGiven<T>(
  rows: readonly RowReader[],
  read: (r: RowReader) => T | null | undefined,
  empty: (v: T) => boolean = (v) => v === '' || (Array.isArray(v) && v.length === 0),
) {
  for (const r of rows) {
    const v = read(r);
    if (v !== null && v !== undefined && !empty(v)) return { value: v, r };
  }
  return null;
}

/**
 * A saved record as its service input, to save it again with the file's values over it: the
 * fields the `empty…` value names (it names every one), read from the record.
 */
export function inputOf<F extends object>(empty: F, record: object): F {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(empty)) out[key] = structuredClone((record as Record<string, unknown>)[key]);
  return out as F;
}
