// From a read file to a proposed mapping: our own workbook is recognised by its sheet names and
// header rows and mapped exactly; any other sheet gets the header row, the target and the column
// → field assignment that its header names suggest (the fields' synonyms, compared folded).
import { createHash } from 'node:crypto';
import { WORKBOOK_SHEETS, type WorkbookSheet } from '../../../shared/contract';
import type { SheetMapping } from '../../../shared/contract/sheet-import';
import { SHEETS } from '../workbook/sheets';
import type { ImportTargetDef, RawSheet } from './model';
import { letter } from './read/refuse';
import { cellText, fold } from './values';

/** Our workbook writes its headers in row 2, under the title. */
export const OWN_HEADER_ROW = 2;
const HEADER_SEARCH_ROWS = 30;
const SAMPLES = 3;

/** Column letter of a 0-based index (0 → A, 26 → AA). */
export const columnLetter = letter;

export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const rowTexts = (sheet: RawSheet, rowNumber: number): string[] => (sheet.rows[rowNumber - 1] ?? []).map((c) => cellText(c));

/** Which of our workbook's sheets this is, by its name and its header row in Swedish or English. */
export function ownSheetOf(sheet: RawSheet): WorkbookSheet | null {
  const name = fold(sheet.name);
  const headers = rowTexts(sheet, OWN_HEADER_ROW).map(fold);
  for (const key of WORKBOOK_SHEETS) {
    const def = SHEETS[key];
    if (fold(def.name.sv) !== name && fold(def.name.en) !== name) continue;
    for (const lang of ['sv', 'en'] as const) {
      if (def.columns.every((c, i) => headers[i] === fold(c.header[lang]))) return key;
    }
  }
  return null;
}

const indexes = new WeakMap<ImportTargetDef, Map<string, string>>();

/** Folded synonym → field, per target, exact matches first. */
function synonymIndex(target: ImportTargetDef): Map<string, string> {
  const known = indexes.get(target);
  if (known) return known;
  const map = new Map<string, string>();
  indexes.set(target, map);
  for (const f of target.fields) {
    for (const s of [f.key, f.label.sv, f.label.en, ...f.synonyms]) {
      const key = fold(s);
      if (key && !map.has(key)) map.set(key, f.key);
    }
  }
  return map;
}

/** The field a header names: an exact synonym, else the longest synonym the header starts with or contains as whole words. */
function fieldOfHeader(header: string, index: Map<string, string>): string | null {
  const h = fold(header);
  if (!h) return null;
  const exact = index.get(h);
  if (exact) return exact;
  let best: { field: string; length: number } | null = null;
  for (const [syn, field] of index) {
    if (syn.length < 4) continue;
    if (` ${h} `.includes(` ${syn} `) && (!best || syn.length > best.length)) best = { field, length: syn.length };
  }
  return best?.field ?? null;
}

/** The field each header of `headerRow` names for this target, each field at most once. */
export function proposeColumns(sheet: RawSheet, headerRow: number, target: ImportTargetDef): Record<string, string | null> {
  const index = synonymIndex(target);
  const columns: Record<string, string | null> = {};
  const used = new Set<string>();
  rowTexts(sheet, headerRow).forEach((header, i) => {
    const field = fieldOfHeader(header, index);
    columns[columnLetter(i)] = field && !used.has(field) ? field : null;
    if (field) used.add(field);
  });
  return columns;
}

interface Guess {
  target: ImportTargetDef;
  headerRow: number;
  columns: Record<string, string | null>;
  score: number;
}

/** For each target its best header row; the target whose fields the headers name most (a required one among them). */
function guess(sheet: RawSheet, targets: readonly ImportTargetDef[]): Guess | null {
  let best: Guess | null = null;
  const rows = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (const target of targets) {
    const required = new Set(target.fields.filter((f) => f.required).map((f) => f.key));
    for (let r = 1; r <= rows; r++) {
      const columns = proposeColumns(sheet, r, target);
      const used = new Set(Object.values(columns).filter((f): f is string => f !== null));
      const hasRequired = required.size === 0 || [...used].some((f) => required.has(f));
      const score = hasRequired ? used.size : 0;
      if (score >= 2 && (!best || score > best.score)) best = { target, headerRow: r, columns, score };
    }
  }
  return best;
}

/** The row with the most text cells among the first ones: the header row when no field is named. */
function likelyHeaderRow(sheet: RawSheet): number {
  let best = { row: 1, count: 0 };
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    const count = (sheet.rows[r - 1] ?? []).filter((c) => typeof c?.value === 'string' && c.value.trim() !== '').length;
    if (count > best.count) best = { row: r, count };
  }
  return best.row;
}

export interface Proposal {
  mappings: SheetMapping[];
  /** Every sheet is one of our workbook's. */
  ownWorkbook: boolean;
  /** Our workbook's sheet each sheet is, if any. */
  own: Map<string, WorkbookSheet>;
}

export function proposeMappings(sheets: readonly RawSheet[], targets: readonly ImportTargetDef[]): Proposal {
  const mappings: SheetMapping[] = [];
  const own = new Map<string, WorkbookSheet>();
  for (const sheet of sheets) {
    const ownKey = ownSheetOf(sheet);
    if (ownKey) {
      own.set(sheet.name, ownKey);
      const readers = targets.filter((t) => t.own?.[ownKey]);
      for (const t of readers) {
        const byKey = t.own![ownKey]!;
        const columns: Record<string, string | null> = {};
        SHEETS[ownKey].columns.forEach((c, i) => {
          columns[columnLetter(i)] = byKey[c.key] ?? null;
        });
        mappings.push({ sheet: sheet.name, target: t.key, headerRow: OWN_HEADER_ROW, columns });
      }
      if (readers.length === 0) mappings.push({ sheet: sheet.name, target: null, headerRow: OWN_HEADER_ROW, columns: {} });
      continue;
    }
    const g = sheet.hidden ? null : guess(sheet, targets);
    if (g) mappings.push({ sheet: sheet.name, target: g.target.key, headerRow: g.headerRow, columns: g.columns });
    else mappings.push({ sheet: sheet.name, target: null, headerRow: likelyHeaderRow(sheet), columns: {} });
  }
  const nonEmpty = sheets.filter((s) => s.rows.length > 0);
  return { mappings, own, ownWorkbook: nonEmpty.length > 0 && nonEmpty.every((s) => own.has(s.name)) };
}

/**
 * The same layout gives the same print: sheet names and their header rows' folded texts. A CSV's
 * one sheet is named after its file, which changes from export to export: only its headers count.
 */
export function layoutFingerprint(sheets: readonly RawSheet[], kind: 'xlsx' | 'csv'): string {
  const hash = createHash('sha256');
  hash.update(kind);
  for (const sheet of sheets) {
    if (kind === 'xlsx') hash.update(`${fold(sheet.name)}\u0000`);
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
      const texts = (sheet.rows[r - 1] ?? []).filter((c) => typeof c?.value === 'string').map((c) => fold(String(c!.value)));
      if (texts.length >= 2) {
        hash.update(texts.join('\u0001'));
        break;
      }
    }
    hash.update('\u0002');
  }
  return hash.digest('hex');
}

/** The header and a few values of each column of a sheet, read from its header row. */
export function describeColumns(sheet: RawSheet, headerRow: number): { letter: string; header: string; samples: string[] }[] {
  const headers = rowTexts(sheet, headerRow);
  let width = headers.length;
  const limit = Math.min(sheet.rows.length, headerRow + 200);
  for (let r = headerRow; r < limit; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  return Array.from({ length: width }, (_, i) => {
    const samples: string[] = [];
    for (let r = headerRow; r < sheet.rows.length && samples.length < SAMPLES; r++) {
      const text = cellText(sheet.rows[r]?.[i]);
      if (text) samples.push(text.length > 80 ? `${text.slice(0, 79)}…` : text);
    }
    return { letter: columnLetter(i), header: headers[i] ?? '', samples };
  });
}

export function dataRowCount(sheet: RawSheet, headerRow: number): number {
  let n = 0;
  for (let r = headerRow; r < sheet.rows.length; r++) if (sheet.rows[r]?.some((c) => cellText(c) !== '')) n++;
  return n;
}
