// Reading back what our workbook writes for the controller side (workbook.rows.ts), and the usual
// ways other sheets write the same: enum labels inside longer cells ("Ja – Särskild lag … . Note"),
// list items, countries by name, durations in words ("sju år", "3–28 dagar", "2 years").
import { labels, type Label, type LabelKind } from '../../../../shared/domain/labels';
import { SV_MARK } from '../../documents/language';
import type { Duration } from '../../retention/duration';
import { foldForSearch } from '../../text';
import { workbookWords } from '../../workbook/workbook.words';
import { fold } from '../values';

/** Case-, diacritics-, spacing- and punctuation-insensitive, as the import compares names. */
export const folded = (s: string): string => fold(s);

/** An English workbook marks a Swedish text that stands in for a missing English one: the text without the mark. */
export const withoutSvMark = (s: string): string => (s.endsWith(SV_MARK) ? s.slice(0, -SV_MARK.length).trimEnd() : s);

/** Items of a list cell: one per line; a one-line cell is split on ';' only (a comma is too common inside an item). */
export function lines(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts = /[\r\n]/.test(trimmed) ? trimmed.split(/\r\n|\r|\n/) : trimmed.split(';');
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const labelIndex = new Map<LabelKind, Map<string, string>>();

/**
 * The enum value whose label (Swedish or English), value, or label without its bracketed article
 * ("Avtal" for "Avtal (art. 6.1 b)") is the text; null when none is.
 */
export function labelValue(kind: LabelKind, text: string): string | null {
  let index = labelIndex.get(kind);
  if (!index) {
    index = new Map();
    const add = (key: string, value: string) => {
      const k = folded(key);
      if (k !== '' && !index!.has(k)) index!.set(k, value);
    };
    const table = labels[kind] as Record<string, Label>;
    for (const [value, label] of Object.entries(table)) {
      add(label.sv, value);
      add(label.en, value);
      add(value.replace(/_/g, ' '), value);
    }
    for (const [value, label] of Object.entries(table)) {
      add(label.sv.replace(/\s*\([^)]*\)\s*$/, ''), value);
      add(label.en.replace(/\s*\([^)]*\)\s*$/, ''), value);
    }
    labelIndex.set(kind, index);
  }
  return index.get(folded(text)) ?? null;
}

/**
 * A cell that starts with an enum label and goes on with a note ("Särskild lag medger behandlingen.
 * Personnummer krävs …"): the value and the note; value null when no label leads it.
 */
export function leadingLabel(kind: LabelKind, text: string): { value: string | null; rest: string } {
  const t = text.trim();
  const whole = labelValue(kind, t);
  if (whole) return { value: whole, rest: '' };
  const table = labels[kind] as Record<string, Label>;
  let best: { value: string; length: number } | null = null;
  for (const [value, label] of Object.entries(table)) {
    for (const l of [label.sv, label.en]) {
      if (t.toLowerCase().startsWith(l.toLowerCase()) && (best === null || l.length > best.length)) best = { value, length: l.length };
    }
  }
  if (!best) return { value: null, rest: t };
  return {
    value: best.value,
    rest: t
      .slice(best.length)
      .replace(/^[\s.:;,–-]+/, '')
      .trim(),
  };
}

const YES = new Set(['ja', 'yes', 'x', 'j', 'y', 'sant', 'true', '1']);
const NO = new Set(['nej', 'no', 'n', 'falskt', 'false', '0', '-', '–']);

/** "Ja – detail" / "Nej" as our workbook writes a flag with what justifies it; null when the text is no flag. */
export function flagWithDetail(text: string): { flag: boolean; detail: string } | null {
  const t = text.trim();
  const m = /^(\S+?)\s*(?:[–—-]\s+|[:,]\s*)(.*)$/s.exec(t);
  const head = folded(m ? m[1]! : t);
  if (YES.has(head)) return { flag: true, detail: m ? m[2]!.trim() : '' };
  if (NO.has(head)) return { flag: false, detail: m ? m[2]!.trim() : '' };
  return null;
}

// Durations -------------------------------------------------------------------------------------

type Unit = keyof Duration;
const UNIT_WORDS: Record<string, Unit> = {};
for (const [unit, words] of Object.entries({
  years: ['år', 'ar', 'year', 'years', 'yr', 'yrs', 'y'],
  months: ['månad', 'månader', 'manad', 'manader', 'mån', 'man', 'mnd', 'month', 'months', 'mo', 'mos'],
  weeks: ['vecka', 'veckor', 'v', 'veckan', 'week', 'weeks', 'wk', 'wks', 'w'],
  days: ['dag', 'dagar', 'd', 'dgr', 'day', 'days'],
} satisfies Record<Unit, string[]>)) {
  for (const w of words) UNIT_WORDS[foldForSearch(w)] = unit as Unit;
}
const NUMBER_WORDS: Record<string, number> = {};
[
  ['en', 'ett', 'one', 'a', 'an'],
  ['två', 'two'],
  ['tre', 'three'],
  ['fyra', 'four'],
  ['fem', 'five'],
  ['sex', 'six'],
  ['sju', 'seven'],
  ['åtta', 'eight'],
  ['nio', 'nine'],
  ['tio', 'ten'],
  ['elva', 'eleven'],
  ['tolv', 'twelve'],
].forEach((words, i) => words.forEach((w) => (NUMBER_WORDS[foldForSearch(w)] = i + 1)));

const toIso = (d: Duration) => {
  const body = `${d.years ? `${d.years}Y` : ''}${d.months ? `${d.months}M` : ''}${d.weeks ? `${d.weeks}W` : ''}${d.days ? `${d.days}D` : ''}`;
  return `P${body || '0D'}`;
};

/** "sju år", "1 år och 6 månader", "2 years, 3 months", "P7Y": an ISO duration; null when unreadable. */
export function durationOf(text: string): string | null {
  const t = foldForSearch(text).replace(/[.]$/, '');
  if (t === '') return null;
  if (/^p(?!$)(\d+y)?(\d+m)?(\d+w)?(\d+d)?$/.test(t)) return t.toUpperCase();
  const tokens = t
    .replace(/(\d)([a-zåäö])/g, '$1 $2')
    .split(/[\s,]+|\boch\b|\band\b/)
    .filter((x) => x !== '' && x !== 'och' && x !== 'and');
  const d: Duration = { years: 0, months: 0, weeks: 0, days: 0 };
  let seen = false;
  for (let i = 0; i < tokens.length; i += 2) {
    const n = /^\d+$/.test(tokens[i]!) ? Number(tokens[i]) : NUMBER_WORDS[tokens[i]!];
    const unit = tokens[i + 1] === undefined ? undefined : UNIT_WORDS[tokens[i + 1]!];
    if (n === undefined || unit === undefined || d[unit] !== 0) return null;
    d[unit] = n;
    seen = true;
  }
  return seen ? toIso(d) : null;
}

const AS_LONG_AS_NEEDED = new Set(
  [
    workbookWords.sv.asLongAsNeeded,
    workbookWords.en.asLongAsNeeded,
    'så länge det behövs',
    'så länge ändamålet kvarstår',
    'as long as needed',
    'as long as necessary',
    'tills vidare',
  ].map(folded),
);

/**
 * A retention period as the workbook writes it: one duration, a range ("3–28 dagar",
 * "1 år och 6 månader – 2 år", "tre till sju dagar") or "as long as the purpose requires" (max null).
 * Null when unreadable.
 */
export function periodOf(text: string): { min: string | null; max: string | null } | null {
  const t = text.trim();
  if (AS_LONG_AS_NEEDED.has(folded(t))) return { min: null, max: null };
  const single = durationOf(t);
  if (single) return { min: null, max: single };
  // "3–28 dagar": the unit is written once, after the longer end.
  const sameUnit = /^(\S+)\s*[–-]\s*(\S+)\s+(\S+)$/.exec(t) ?? /^(\S+)\s+(?:till|to)\s+(\S+)\s+(\S+)$/i.exec(t);
  if (sameUnit) {
    const min = durationOf(`${sameUnit[1]} ${sameUnit[3]}`);
    const max = durationOf(`${sameUnit[2]} ${sameUnit[3]}`);
    if (min && max) return { min, max };
  }
  const range = t.split(/\s+[–-]\s+|\s+till\s+|\s+to\s+/i);
  if (range.length === 2) {
    const min = durationOf(range[0]!);
    const max = durationOf(range[1]!);
    if (min && max) return { min, max };
  }
  return null;
}
