// One cell → a typed value, or a problem that says what was read or what to write instead. Every
// function here returns; none throws, whatever the cell holds (tests/unit/sheet-import/values.test.ts
// checks that on random input). Problem keys are in values.words.ts.
//
// Dates, decided:
//   - a date cell is taken as it is (an instant: its date; with an offset: the Swedish date);
//   - ISO text (2026-01-31, 2026-1-31, an ISO instant) is read without a word;
//   - any other text form that is read (31/1/2026, 31.1.2026, 20260131, 31 januari 2026, …) gets
//     'values.dateText' saying how it was read, since a date typed as text is worth a look;
//   - d/m/y where both could be the month (01/02/2026) is read day first, as Swedes write it,
//     with 'values.dateAmbiguous'; 1/31/2026 (month first) only where the day shows it (> 12);
//   - a two-digit year (31/1/26) is 1970–2069, with 'values.dateShortYear';
//   - an Excel serial number in a number cell (45292) is read with 'values.dateSerial'; a whole
//     number 1900–2200 is taken for a year, not a serial, and refused ('values.dateYearOnly');
//   - impossible days (2026-02-30) and days outside 1900-01-01 … 2199-12-31 give null.
// Organisation numbers: the register refuses a wrong check digit (withIdentity in
// shared/contract/common.ts), so one comes back as '' with an error, never as written.
import { DATE_MAX, DATE_MIN } from '../../../shared/contract/common';
import { stockholmWallClock } from '../../../shared/deadlines';
import { NAMED_COUNTRIES, countryName, labels, type Label, type LabelKind } from '../../../shared/domain/labels';
import { parseIdentity } from '../../../shared/orgnr';
import { countrySynonyms, enumSynonyms } from './enum-synonyms';
import type { RawCell } from './model';
import type { ValuesWordKey } from './values.words';

export interface ValueProblem {
  severity: 'error' | 'warning';
  key: string;
  params?: Record<string, string | number>;
}

export interface Read<T> {
  value: T;
  problem?: ValueProblem;
}

const warning = (key: ValuesWordKey, params?: Record<string, string | number>): ValueProblem => ({ severity: 'warning', key, params });
const error = (key: ValuesWordKey, params?: Record<string, string | number>): ValueProblem => ({ severity: 'error', key, params });

/** The cell's text as a message shows it: cut short, one line. */
function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? line : `${line.slice(0, 59)}…`;
}

// ---------------------------------------------------------------------------------------------
// Text

const NOT_DECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** For comparing names and headers: lower case, no diacritics, punctuation as space, one space between words. */
export function fold(text: string): string {
  // The same names come back on thousands of rows (a customer on each of its devices).
  let folded = foldCache.get(text);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(text, (folded = foldUncached(text)));
  }
  return folded;
}

const FOLD_CACHE_SIZE = 50_000;
const foldCache = new Map<string, string>();

function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => NOT_DECOMPOSED[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A number as a person wrote it: integers in full, no exponent, float noise rounded to 10 significant digits. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isSafeInteger(n)) return String(n === 0 ? 0 : n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  const rounded = Number(n.toPrecision(10));
  const plain = String(rounded);
  return /e/i.test(plain) ? rounded.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 10 }) : plain;
}

/** The cell as text, trimmed. A date cell at midnight is its date; booleans are "true"/"false". */
export function cellText(cell: RawCell | undefined): string {
  const value = cell?.value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = String(value).trim();
  if (cell?.date) return text.replace(/^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?$/, '$1');
  return text;
}

/** What Excel shows for a formula that failed (#N/A, #REF! …); a csv keeps the same text. */
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** The problem of a cell that shows a formula error; null for any other cell. */
const formulaError = (text: string): ValueProblem | null => (EXCEL_ERROR.test(text) ? warning('values.formulaError', { text }) : null);

/** The cell's text; a formula cell says that its cached value was used; a formula error is empty. */
export function readText(cell: RawCell | undefined): Read<string> {
  const text = cellText(cell);
  const failed = formulaError(text);
  if (failed) return { value: '', problem: failed };
  if (cell?.formula) return { value: text, problem: warning('values.formula') };
  return { value: text };
}

/** Items of a list cell: on line breaks if any, else ';', else ','. Bullets before items in a line list are dropped. */
export function splitList(text: string): string[] {
  const lines = /[\r\n\u2028]/.test(text);
  const parts = lines ? text.split(/\r\n|[\r\n\u2028]/) : text.includes(';') ? text.split(';') : commaItems(text);
  return parts.map((p) => (lines ? p.replace(/^\s*[•·▪◦*‣-]\s+/, '') : p).trim()).filter((p) => p !== '');
}

/** Split on commas outside brackets: "Kontaktuppgifter (adress, telefon), Lön" is two items. */
function commaItems(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const isoOf = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** How a date text was read: ISO (no word), another unambiguous form, or a guess. */
type DateHow = 'iso' | 'text' | 'ambiguous' | 'shortYear';
interface DateParse {
  iso: string;
  how: DateHow;
}

const MONTHS: Record<string, number> = {};
for (const [n, names] of [
  [1, 'januari january jan'],
  [2, 'februari february feb febr'],
  [3, 'mars march mar'],
  [4, 'april apr'],
  [5, 'maj may'],
  [6, 'juni june jun'],
  [7, 'juli july jul'],
  [8, 'augusti august aug'],
  [9, 'september sep sept'],
  [10, 'oktober october okt oct'],
  [11, 'november nov'],
  [12, 'december dec'],
] as const) {
  for (const name of names.split(' ')) MONTHS[name] = n;
}
/** Words around a date that say nothing about it ("måndag den 31 januari", "Friday, the 31st of January"). */
const DATE_FILLERS = new Set(
  'den the of on a e st nd rd th måndag tisdag onsdag torsdag fredag lördag söndag man mån tis ons tor tors fre lor lör son sön monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'
    .split(' ')
    .map(fold),
);

/** A two-digit year: 70–99 → 19xx, 00–69 → 20xx. */
const fullYear = (yy: number) => (yy >= 70 ? 1900 + yy : 2000 + yy);

/** An instant with an offset as its Swedish date; without an offset, the date as written. */
function instantDate(date: string, rest: string, zone: string | undefined): string | null {
  if (!zone) return date;
  const offset =
    zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h: string, m?: string) => `${h}:${m ?? '00'}`);
  try {
    return stockholmWallClock(`${date}T${rest}${offset}`).slice(0, 10);
  } catch {
    return null;
  }
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A date in text, in any of the forms people write; null when none fits or the day does not exist. */
function parseDateText(raw: string): DateParse | null {
  const s = raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  let m = ISO_DAY.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!, 'iso');
  m = ISO_INSTANT.exec(s);
  if (m) {
    const [, date, time, zone] = m;
    const [y, mo, d] = date!.split('-').map(Number) as [number, number, number];
    if (!isRealDay(y, mo, d)) return null;
    const iso = instantDate(date!, time!.replace(',', '.'), zone);
    return iso ? { iso, how: 'iso' } : null;
  }
  m = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return day(+m[1]!, +m[3]!, +m[4]!, 'text');
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!, 'text');

  // A time after the date says nothing about the day.
  const noTime = s.replace(/[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[ap]\.?m\.?)?$/i, '').trim();
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\.?$/.exec(noTime);
  if (m) return dayMonthYear(+m[1]!, +m[3]!, m[4]!);
  // Swedish "1/2 2026" is always day/month.
  m = /^(\d{1,2})\/(\d{1,2}),? (\d{4})$/.exec(noTime);
  if (m) return day(+m[3]!, +m[2]!, +m[1]!, 'text');
  return namedMonth(noTime);
}

function day(y: number, m: number, d: number, how: DateHow): DateParse | null {
  return isRealDay(y, m, d) ? { iso: isoOf(y, m, d), how } : null;
}

/** d/m/y as written in Sweden and Europe; m/d/y only where the day (> 12) shows it. */
function dayMonthYear(a: number, b: number, yearText: string): DateParse | null {
  const short = yearText.length === 2;
  const y = short ? fullYear(+yearText) : +yearText;
  let how: DateHow = short ? 'shortYear' : 'text';
  let d = a;
  let mo = b;
  if (b > 12 && a <= 12) {
    d = b;
    mo = a;
  } else if (a <= 12 && b <= 12 && a !== b) how = 'ambiguous';
  return day(y, mo, d, how);
}

/** "31 jan 2026", "31 januari 2026", "January 31, 2026", "31-Jan-26", "fredag 31 januari 2026". */
function namedMonth(text: string): DateParse | null {
  const tokens = fold(text)
    .split(' ')
    .map((t) => t.replace(/^(\d{1,4})(?:st|nd|rd|th|e|a)$/, '$1'))
    .filter((t) => t !== '' && !DATE_FILLERS.has(t));
  let month = 0;
  const numbers: string[] = [];
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers.push(t);
    else if (MONTHS[t] !== undefined && month === 0) month = MONTHS[t];
    else return null;
  }
  if (month === 0 || numbers.length !== 2) return null;
  const [first, second] = numbers as [string, string];
  if (first.length === 4 && second.length <= 2) return day(+first, month, +second, 'text');
  if (first.length <= 2 && second.length === 4) return day(+second, month, +first, 'text');
  if (first.length <= 2 && second.length === 2) return day(fullYear(+second), month, +first, 'shortYear');
  return null;
}

/** Excel's day number: 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was, so from 61 on it is days since 1899-12-30. */
function serialDate(serial: number): string | null {
  const days = Math.floor(serial);
  if (days < 61 || days > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function inRange(iso: string, text: string): Read<string | null> | null {
  return iso < DATE_MIN || iso > DATE_MAX ? { value: null, problem: warning('values.dateRange', { text: shown(text) }) } : null;
}

const unreadableDate = (text: string): Read<string | null> => ({
  value: null,
  problem: warning('values.dateUnreadable', { text: shown(text) }),
});

/** A date as YYYY-MM-DD, from a date cell, an Excel serial number or a date written as text. */
export function readDate(cell: RawCell | undefined): Read<string | null> {
  const value = cell?.value;
  if (value === undefined || value === null) return { value: null };
  const text = cellText(cell);
  if (text === '') return { value: null };
  const failed = formulaError(text);
  if (failed) return { value: null, problem: failed };
  if (typeof value === 'boolean') return unreadableDate(text);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return unreadableDate(text);
    if (!cell?.date) {
      if (Number.isInteger(value) && value >= 1900 && value <= 2200)
        return { value: null, problem: warning('values.dateYearOnly', { text }) };
      if (Number.isInteger(value) && /^\d{8}$/.test(text)) {
        const compact = parseDateText(text);
        if (compact)
          return inRange(compact.iso, text) ?? { value: compact.iso, problem: warning('values.dateText', { text, date: compact.iso }) };
      }
    }
    const iso = serialDate(value);
    if (iso === null) return unreadableDate(text);
    const outside = inRange(iso, text);
    if (outside) return outside;
    return cell?.date ? { value: iso } : { value: iso, problem: warning('values.dateSerial', { text, date: iso }) };
  }
  const parsed = parseDateText(text);
  if (!parsed) return unreadableDate(text);
  const outside = inRange(parsed.iso, text);
  if (outside) return outside;
  // A date cell is a date, whatever form the reader gave it in.
  if (cell?.date || parsed.how === 'iso') return { value: parsed.iso };
  const key = parsed.how === 'ambiguous' ? 'values.dateAmbiguous' : parsed.how === 'shortYear' ? 'values.dateShortYear' : 'values.dateText';
  return { value: parsed.iso, problem: warning(key, { text: shown(text), date: parsed.iso }) };
}

// ---------------------------------------------------------------------------------------------
// Numbers

interface NumberParse {
  value: number;
  ambiguous: boolean;
}

function parseNumberText(raw: string): NumberParse | null {
  const s = raw.replace(/[\s\u00a0\u202f\u2009\u2007']+/g, '').replace(/^[\u2212\u2013]/, '-');
  if (/^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i.test(s)) return finite(Number(s.replace(',', '.')), false);
  const m = /^([+-]?)(\d[\d.,]*|[.,]\d+)$/.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!;
  const comma = body.lastIndexOf(',');
  const dot = body.lastIndexOf('.');
  if (comma < 0 && dot < 0) return finite(sign * Number(body), false);
  if (comma >= 0 && dot >= 0) {
    // Both: the last one is the decimal sign, the other groups thousands.
    const [decimal, group] = comma > dot ? [',', '.'] : ['.', ','];
    const at = body.lastIndexOf(decimal);
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    const grouped = new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})*$`);
    if (!grouped.test(whole) || !/^\d+$/.test(fraction)) return null;
    return finite(sign * Number(`${whole.split(group).join('')}.${fraction}`), false);
  }
  const sep = comma >= 0 ? ',' : '.';
  const parts = body.split(sep);
  if (parts.length > 2) {
    // "1,234,567" or "1.234.567": thousands.
    if (!/^\d{1,3}$/.test(parts[0]!) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return null;
    return finite(sign * Number(parts.join('')), false);
  }
  const [whole, fraction] = parts as [string, string];
  if (!/^\d+$/.test(fraction)) return null;
  // "1,500" / "1.500": decimals as Swedes write them, but it could be thousands.
  const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  return finite(sign * Number(`${whole || '0'}.${fraction}`), ambiguous);
}

const finite = (value: number, ambiguous: boolean): NumberParse | null =>
  Number.isFinite(value) ? { value: value === 0 ? 0 : value, ambiguous } : null;

/** A number from a number cell or from text ("1 234,5", "1,234.5", "-12"). */
export function readNumber(cell: RawCell | undefined): Read<number | null> {
  const value = cell?.value;
  if (value === undefined || value === null) return { value: null };
  const text = cellText(cell);
  if (text === '') return { value: null };
  const failed = formulaError(text);
  if (failed) return { value: null, problem: failed };
  if (typeof value === 'number' && !cell?.date) return Number.isFinite(value) ? { value } : unreadableNumber(text);
  if (typeof value !== 'string' || cell?.date) return unreadableNumber(text);
  const parsed = parseNumberText(text);
  if (!parsed) return unreadableNumber(text);
  if (parsed.ambiguous)
    return { value: parsed.value, problem: warning('values.numberAmbiguous', { text: shown(text), number: numberText(parsed.value) }) };
  return { value: parsed.value };
}

const unreadableNumber = (text: string): Read<number | null> => ({
  value: null,
  problem: warning('values.numberUnreadable', { text: shown(text) }),
});

// ---------------------------------------------------------------------------------------------
// Booleans

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'x', 'sant', 'true', '1', 'ingar', 'inkluderad', 'included', 'ok']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', 'falskt', 'false', '0', 'ingar ej', 'ingar inte', 'ej', 'inte']);

/** Ja/Nej, J/N, Yes/No, Y/N, X, Sant/Falskt, True/False, 1/0, Ingår, ✓; "Ja – skäl" as our workbook writes it. */
export function readBool(cell: RawCell | undefined): Read<boolean | null> {
  const value = cell?.value;
  if (value === undefined || value === null) return { value: null };
  if (typeof value === 'boolean') return { value };
  const text = cellText(cell);
  if (text === '') return { value: null };
  const failed = formulaError(text);
  if (failed) return { value: null, problem: failed };
  if (typeof value === 'number' && !cell?.date) {
    if (value === 1) return { value: true };
    if (value === 0) return { value: false };
    return unreadableBool(text);
  }
  if (cell?.date) return unreadableBool(text);
  if (/^[✓✔☑✅]$/u.test(text)) return { value: true };
  if (/^[-–—✗✘☐]$/u.test(text)) return { value: false };
  const folded = fold(text);
  if (TRUE_WORDS.has(folded)) return { value: true };
  if (FALSE_WORDS.has(folded)) return { value: false };
  // "Ja – sjukfrånvaro …": a flag followed by what justifies it.
  const lead = /^(ja|yes|nej|no)\s*[–—:,-]/i.exec(text);
  if (lead) return { value: ['ja', 'yes'].includes(lead[1]!.toLowerCase()) };
  return unreadableBool(text);
}

const unreadableBool = (text: string): Read<boolean | null> => ({
  value: null,
  problem: warning('values.boolUnreadable', { text: shown(text) }),
});

// ---------------------------------------------------------------------------------------------
// Enums

/** An article reference: "6.1.b", "46.2.c", "45". */
interface ArticleRef {
  article: string;
  paragraph: string;
  point: string;
}

interface EnumIndex {
  /** Folded text → value; null where two values share the text. */
  exact: Map<string, string | null>;
  /** The texts for containment ("Avtal med kunden" holds "avtal"), longest first. */
  words: { text: string; value: string }[];
  refs: { ref: ArticleRef; value: string }[];
}

const ARTICLE_WORDS = /\b(?:art|artikel|artikeln|article|lit|gdpr|dsf|dataskyddsforordningen|punkt|led)\b/g;
const REF = /(?<![\d])(\d{1,2})(?:\s*(\d))?(?:\s*([a-j]))?(?![\da-z])/g;

/** The article references in folded text; bare numbers count only after "art"/"artikel" or as a full "6 1 b". */
function articleRefs(folded: string): ArticleRef[] {
  const named = /\b(?:art|artikel|artikeln|article)\b/.test(folded);
  const rest = folded.replace(ARTICLE_WORDS, ' ');
  const out: ArticleRef[] = [];
  for (const m of rest.matchAll(REF)) {
    const ref = { article: m[1]!, paragraph: m[2] ?? '', point: m[3] ?? '' };
    if (named || (ref.paragraph !== '' && ref.point !== '')) out.push(ref);
  }
  return out;
}

/** The text before a colon or a spaced dash: "Modul 2: personuppgiftsansvarig …" → "Modul 2". */
const leadOf = (text: string) => text.split(/:|\s[–—-]\s/)[0]!;
const strippedOfParentheses = (text: string) => text.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
const parenthesised = (text: string) => [...text.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '');

/** Words that say yes or no; they never count as found inside a longer text. */
const CONTAINMENT_STOP = new Set(['ja', 'nej', 'yes', 'no', 'ej', 'inte', 'eu', 'ees', 'eea', 'ap', 'ab', 'ef']);

const indexes = new Map<LabelKind, EnumIndex>();

function indexOf(kind: LabelKind): EnumIndex {
  const cached = indexes.get(kind);
  if (cached) return cached;
  const table = labels[kind] as Record<string, Label>;
  const synonyms = ((enumSynonyms as Partial<Record<LabelKind, Record<string, readonly string[]>>>)[kind] ?? {}) as Record<
    string,
    readonly string[]
  >;
  const exact = new Map<string, string | null>();
  // Tiers, best first: a text in a better tier wins; two values in one tier cancel out.
  const tiers: [string, string][][] = [
    Object.entries(table).flatMap(([value, label]) => [
      [value, value],
      [label.sv, value],
      [label.en, value],
    ]),
    Object.entries(synonyms).flatMap(([value, list]) => list.map((s): [string, string] => [s, value])),
    Object.entries(table).flatMap(([value, label]) => [
      [strippedOfParentheses(label.sv), value],
      [strippedOfParentheses(label.en), value],
    ]),
    // "Modul 2: …", "Avslagen – …": the label's lead, where no other label shares it.
    Object.entries(table).flatMap(([value, label]) => [
      [leadOf(label.sv), value],
      [leadOf(label.en), value],
    ]),
  ];
  for (const tier of tiers) {
    const here = new Map<string, string | null>();
    for (const [text, value] of tier) {
      const key = fold(text);
      if (key === '' || exact.has(key)) continue;
      const seen = here.get(key);
      here.set(key, seen === undefined || seen === value ? value : null);
    }
    for (const [key, value] of here) exact.set(key, value);
  }
  const words = [...exact]
    .filter((e): e is [string, string] => e[1] !== null && e[0].length >= 3 && !CONTAINMENT_STOP.has(e[0]) && !/^[\d ]+$/.test(e[0]))
    .map(([text, value]) => ({ text, value }))
    .sort((a, b) => b.text.length - a.text.length);
  const refs = Object.entries(table).flatMap(([value, label]) =>
    [label.sv, label.en].flatMap((l) => parenthesised(l).flatMap((inside) => articleRefs(fold(inside)).map((ref) => ({ ref, value })))),
  );
  const index = { exact, words, refs };
  indexes.set(kind, index);
  return index;
}

/** Whether a label's reference is the one written; "art 6 f" (no paragraph) fits 6.1.f. */
function refMatches(label: ArticleRef, written: ArticleRef): boolean {
  if (label.article !== written.article || label.point !== written.point) return false;
  if (written.paragraph !== '') return label.paragraph === written.paragraph;
  return written.point !== '' || label.paragraph === '';
}

/** The one value the article references point at ("art 6 f" finds 6.1.f when only one label has it). */
function byArticle(index: EnumIndex, folded: string): string | null {
  const found = new Set<string>();
  for (const ref of articleRefs(folded)) {
    const values = new Set(index.refs.filter(({ ref: r }) => refMatches(r, ref)).map((h) => h.value));
    // A reference to another article (9.2 a beside 6.1 a) says nothing here; one that fits two values is no answer.
    if (values.size > 1) return null;
    for (const v of values) found.add(v);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The one value whose label or synonym stands as whole words in the text; a longer hit covers the ones inside it. */
function byContainment(index: EnumIndex, folded: string): string | null {
  const hay = ` ${folded} `;
  const taken: [number, number][] = [];
  const values = new Set<string>();
  for (const { text, value } of index.words) {
    let from = 0;
    for (;;) {
      const at = hay.indexOf(` ${text} `, from);
      if (at < 0) break;
      from = at + 1;
      const span: [number, number] = [at, at + text.length + 1];
      if (taken.some(([s, e]) => span[0] >= s && span[1] <= e)) continue;
      taken.push(span);
      values.add(value);
    }
  }
  if (values.size !== 1) return null;
  // "Inget samtycke", "not encrypted": a negation outside what was found turns the guess around.
  const outside = taken.reduce((rest, [s, e]) => rest.slice(0, s) + ' '.repeat(e - s) + rest.slice(e), hay);
  if (outside.split(' ').some((word) => NEGATIONS.has(word))) return null;
  return [...values][0]!;
}

const NEGATIONS = new Set(['ingen', 'inget', 'inga', 'ej', 'inte', 'icke', 'utan', 'nej', 'not', 'no', 'non', 'without']);

function choices(kind: LabelKind, lang: 'sv' | 'en'): string {
  return Object.values(labels[kind] as Record<string, Label>)
    .map((l) => l[lang])
    .join('; ');
}

/**
 * An enum value from what a sheet says: the value itself, its Swedish or English label (with or
 * without the parenthesis), a synonym, an article reference ("6.1 b", "6(1)(b)"), or failing
 * those one label found among other words (then with a warning to check it). Null when empty or
 * unknown (unknown: a warning listing the labels in each language, params choices/choices_en).
 */
export function readEnum(kind: LabelKind, text: string): Read<string | null> {
  const raw = typeof text === 'string' ? text.trim() : '';
  if (raw === '' || !Object.hasOwn(labels, kind)) return { value: null };
  const index = indexOf(kind);
  const folded = fold(raw);
  const direct = (t: string) => index.exact.get(fold(t)) ?? null;
  const found =
    direct(raw) ??
    direct(strippedOfParentheses(raw)) ??
    byArticle(index, folded) ??
    parenthesised(raw).reduce<string | null>((hit, inside) => hit ?? direct(inside), null) ??
    direct(leadOf(raw));
  if (found !== null) return { value: found };
  // A text that hesitates ("Avtal eller intresse?") is not read as the label it happens to contain.
  const hesitant = /\?|\b(eller|or|kanske|maybe|oklart|unclear)\b/i.test(raw);
  const guessed = folded === '' || hesitant ? null : byContainment(index, folded);
  if (guessed !== null) {
    const label = (labels[kind] as Record<string, Label>)[guessed]!;
    return { value: guessed, problem: warning('values.enumGuessed', { text: shown(raw), label: label.sv, label_en: label.en }) };
  }
  return {
    value: null,
    problem: warning('values.enumUnknown', { text: shown(raw), choices: choices(kind, 'sv'), choices_en: choices(kind, 'en') }),
  };
}

// ---------------------------------------------------------------------------------------------
// Organisation numbers

/**
 * An organisationsnummer (or a sole trader's personnummer) as NNNNNN-NNNN. Nine digits are taken
 * for a number that lost its leading zero (warning). Anything the register would refuse — a wrong
 * check digit, the wrong length, a masked personnummer — gives '' and a problem: an error for a
 * number that is wrong, a warning for one our own workbook masked on purpose.
 */
export function readOrgNr(cell: RawCell | undefined, form: 'company' | 'sole_trader'): Read<string> {
  const text = cellText(cell);
  if (text === '') return { value: '' };
  const failed = formulaError(text);
  if (failed) return { value: '', problem: failed };
  const person = form === 'sole_trader';
  const shownText = shown(text);
  if (/^[\dx]{6,8}\s*[-+]?\s*x{4}$/i.test(text)) return { value: '', problem: warning('values.personnummerMasked', { text: shownText }) };
  if (/^\d+(?:[.,]\d+)?e\+?\d+$/i.test(text.replace(/\s/g, '')))
    return { value: '', problem: error('values.orgNrExponent', { text: shownText }) };
  const compact = text.replace(/[\s\u00a0\u2010-\u2015+-]/g, '');
  const formatError = error(person ? 'values.personnummerFormat' : 'values.orgNrFormat', { text: shownText });
  if (!/^\d+$/.test(compact)) return { value: '', problem: formatError };
  if (compact.length === 9) {
    const restored = parseIdentity(`0${compact}`, form === 'sole_trader' ? 'sole_trader' : 'company');
    if (restored.ok)
      return { value: restored.value, problem: warning('values.orgNrLeadingZero', { text: shownText, value: restored.value }) };
    return { value: '', problem: formatError };
  }
  const parsed = parseIdentity(compact, form === 'sole_trader' ? 'sole_trader' : 'company');
  if (parsed.ok) return { value: parsed.value };
  if (parsed.problem === 'checksum')
    return { value: '', problem: error(person ? 'values.personnummerChecksum' : 'values.orgNrChecksum', { text: shownText }) };
  return { value: '', problem: formatError };
}

// ---------------------------------------------------------------------------------------------
// Countries

/** Codes the runtime names but that are not countries, no longer are, or are reserved (UK: use GB, as the alias does). */
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'UK',
  'ZZ',
  'QO',
  'AN',
  'BU',
  'CS',
  'DD',
  'DY',
  'FX',
  'HV',
  'NH',
  'RH',
  'SU',
  'TP',
  'YD',
  'YU',
  'ZR',
  'AC',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
]);

interface CountryIndex {
  codes: Set<string>;
  /** Folded name with no spaces → code. */
  names: Map<string, string>;
}

let countryIndex: CountryIndex | null = null;

const countryKey = (text: string) => fold(text).replace(/^the /, '').replace(/ /g, '');

function countries(): CountryIndex {
  if (countryIndex) return countryIndex;
  const codes = new Set<string>(NAMED_COUNTRIES);
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = countryKey(name);
    if (key !== '' && !names.has(key)) names.set(key, code);
  };
  for (const code of NAMED_COUNTRIES) {
    add(countryName(code, 'sv'), code);
    add(countryName(code, 'en'), code);
  }
  for (const [code, list] of Object.entries(countrySynonyms)) for (const name of list) add(name, code);
  // Every other country the runtime can name, in Swedish and English.
  try {
    const sv = new Intl.DisplayNames(['sv'], { type: 'region', fallback: 'none' });
    const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        // QM–QZ and XA–XZ are private use (XK is Kosovo by custom).
        if (NOT_COUNTRIES.has(code) || (a === 'Q' && b >= 'M') || (a === 'X' && code !== 'XK')) continue;
        const names2 = [safeName(sv, code), safeName(en, code)].filter((n): n is string => n !== undefined && n !== code);
        if (names2.length === 0) continue;
        codes.add(code);
        for (const n of names2) add(n, code);
      }
    }
  } catch {
    // A runtime without region names: the table in labels.ts is still there.
  }
  countryIndex = { codes, names };
  return countryIndex;
}

function safeName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

function countryOf(text: string): string | null {
  const index = countries();
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    if (index.codes.has(upper)) return upper;
  }
  return index.names.get(countryKey(trimmed)) ?? null;
}

/** An ISO 3166 alpha-2 code from a code or a name in Swedish or English ("Sverige", "USA", "Tyskland"); '' when empty or unknown. */
export function readCountry(text: string): Read<string> {
  const raw = typeof text === 'string' ? text.trim() : '';
  if (raw === '') return { value: '' };
  const found =
    countryOf(raw) ??
    countryOf(strippedOfParentheses(raw)) ??
    parenthesised(raw).reduce<string | null>((hit, inside) => hit ?? countryOf(inside), null) ??
    onlyOne(raw.split(/[,/–—]|\s-\s/).map(countryOf));
  return found !== null ? { value: found } : { value: '', problem: warning('values.countryUnknown', { text: shown(raw) }) };
}

/** "Dublin, Irland": the one country among the parts, if exactly one. */
function onlyOne(found: (string | null)[]): string | null {
  const set = new Set(found.filter((c): c is string => c !== null));
  return set.size === 1 ? [...set][0]! : null;
}
