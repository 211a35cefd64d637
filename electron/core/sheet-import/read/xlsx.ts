// An .xlsx workbook → RawBook. The zip is checked and unpacked once first (zip.ts: bombs, hidden
// entries, merged ranges); workbook.xml gives the sheets in workbook order with their hidden state;
// then exceljs's streaming reader gives the cells, sheet by sheet, row by row. Nothing is evaluated:
// a formula gives its cached result, a text starting with "=" stays text.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { DomainError } from '../../errors';
import type { RawBook, RawCell, RawSheet } from '../model';
import { cleanSheetText } from './clean';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import type { Pace } from './pace';
import { letter, place } from './refuse';
import { readSmallEntry, readZipDirectory, scanZip, type Refuse, type ZipEntry } from './zip';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** The only worksheet paths exceljs's streaming reader reads. */
const EXCELJS_SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

export async function readXlsx(filePath: string, fileName: string, bytes: number, pace: Pace, refuse: Refuse): Promise<RawBook> {
  const fh = await fs.promises.open(filePath, 'r');
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(fh, bytes, refuse);
  } finally {
    await fh.close();
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  await refuseOtherKinds(filePath, byName, refuse);

  const sheetFiles = new Set(entries.map((entry) => entry.name).filter((name) => EXCELJS_SHEET.test(name)));
  const scan = await scanZip(filePath, entries, new Set([WORKBOOK, WORKBOOK_RELS]), sheetFiles, refuse, () => pace.step());
  const plan = sheetPlan(scan.parts.get(WORKBOOK) ?? '', scan.parts.get(WORKBOOK_RELS) ?? '', refuse);
  for (const sheet of plan.sheets) if (!sheetFiles.has(sheet.path)) throw refuse('read.damaged');
  if (plan.sheets.length === 0) throw refuse('read.noSheets');

  const rowsByPath = await readCells(filePath, new Map(plan.sheets.map((sheet) => [sheet.path, sheet.name])), plan.date1904, pace, refuse);
  const sheets: RawSheet[] = plan.sheets.map((sheet) => ({
    name: sheet.name,
    hidden: sheet.hidden,
    rows: rowsByPath.get(sheet.path) ?? [],
    merges: scan.merges.get(sheet.path) ?? [],
  }));
  return { kind: 'xlsx', fileName, bytes, sheets };
}

/** A zip that is an OpenDocument file, a binary workbook, a Word or PowerPoint file, or no workbook at all. */
async function refuseOtherKinds(filePath: string, byName: ReadonlyMap<string, ZipEntry>, refuse: Refuse): Promise<void> {
  if (byName.has(WORKBOOK)) return;
  const mimetype = byName.get('mimetype');
  if (mimetype || byName.has('META-INF/manifest.xml')) {
    const type = mimetype ? await readSmallEntry(filePath, mimetype) : '';
    throw refuse(type.includes('opendocument.spreadsheet') || byName.has('content.xml') ? 'read.ods' : 'read.notSpreadsheet');
  }
  if (byName.has('xl/workbook.bin')) throw refuse('read.xlsb');
  if (byName.has('word/document.xml') || byName.has('ppt/presentation.xml')) throw refuse('read.document');
  throw refuse('read.notSpreadsheet');
}

// ---------------------------------------------------------------------------------------------
// workbook.xml and its relationships

interface PlannedSheet {
  name: string;
  hidden: boolean;
  /** The sheet's part in the zip, e.g. xl/worksheets/sheet1.xml. */
  path: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(parseInt(entity.slice(1), 10))
        : XML_ENTITIES[entity]!,
  );

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  return out;
}

const elements = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, 'g'))].map((match) => attributes(match[1]!));

/** A relationship target as a path in the zip: relative to xl/, or absolute from the root. */
function partPath(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function sheetPlan(workbookXml: string, relsXml: string, refuse: Refuse): { sheets: PlannedSheet[]; date1904: boolean } {
  if (!workbookXml) throw refuse('read.damaged');
  const rels = new Map<string, { type: string; target: string }>();
  for (const rel of elements(relsXml, 'Relationship'))
    rels.set(rel.get('Id') ?? '', { type: rel.get('Type') ?? '', target: rel.get('Target') ?? '' });
  const pr = elements(workbookXml, 'workbookPr')[0];
  const date1904 = pr ? ['1', 'true'].includes(pr.get('date1904') ?? '') : false;
  const sheets: PlannedSheet[] = [];
  for (const sheet of elements(workbookXml, 'sheet')) {
    const idKey = [...sheet.keys()].find((key) => key.endsWith(':id'));
    const rel = idKey ? rels.get(sheet.get(idKey)!) : undefined;
    if (!rel) throw refuse('read.damaged');
    // Chart sheets, dialog sheets and macro sheets hold no cells to import.
    if (!rel.type.endsWith('/worksheet')) continue;
    const path = partPath(rel.target);
    // A worksheet stored under another name: exceljs's streaming reader would skip it without a word.
    if (!EXCELJS_SHEET.test(path)) throw refuse('read.damaged');
    const state = sheet.get('state') ?? 'visible';
    sheets.push({ name: cleanSheetText(sheet.get('name') ?? ''), hidden: state === 'hidden' || state === 'veryHidden', path });
  }
  return { sheets, date1904 };
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Rows of no content, shared (frozen: nobody may fill them in). */
const EMPTY_ROW = Object.freeze([]) as unknown as RawCell[];

/** Each sheet's rows by its path in the zip. */
async function readCells(
  filePath: string,
  names: ReadonlyMap<string, string>,
  date1904: boolean,
  pace: Pace,
  refuse: Refuse,
): Promise<Map<string, (RawCell | undefined)[][]>> {
  const out = new Map<string, (RawCell | undefined)[][]>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles give the number formats that tell a date from a number.
    styles: 'cache',
    // A hyperlink cell's value is its text already; the links themselves are not needed.
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  // The worksheet reader carries the sheet's name only when exceljs found it; the entry event tells its file.
  let current = '';
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
    if (entry.type === 'worksheet') current = `xl/worksheets/sheet${entry.id}.xml`;
  });
  let contentRows = 0;
  try {
    for await (const worksheet of reader) {
      const path = current;
      const sheetName = names.get(path) ?? path;
      const rows: (RawCell | undefined)[][] = [];
      for await (const row of worksheet) {
        const cells: (RawCell | undefined)[] = [];
        let content = false;
        row.eachCell((cell, column) => {
          const raw = rawCell(cell.value, cell.numFmt, date1904);
          if (raw === undefined) return;
          if (column > MAX_COLUMNS)
            throw refuse(
              'read.tooManyColumns',
              { column: letter(column - 1), max: MAX_COLUMNS, last: letter(MAX_COLUMNS - 1) },
              place(sheetName, letter(column - 1), row.number),
            );
          cells[column - 1] = raw;
          content = true;
        });
        if (!content) continue;
        if (++contentRows > MAX_ROWS) throw refuse('read.tooManyRows', { max: MAX_ROWS.toLocaleString('sv-SE') });
        rows[row.number - 1] = cells;
        if (pace.tally()) await pace.step();
      }
      // Rows without content are holes so far.
      for (let i = 0; i < rows.length; i++) rows[i] ??= EMPTY_ROW;
      if (names.has(path)) out.set(path, rows);
    }
  } catch (error) {
    // Ours (a cap, cancel) as they are; anything exceljs throws means a file it cannot read.
    if (error instanceof DomainError) throw error;
    throw refuse('read.damaged');
  } finally {
    (reader as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One cell

const MS_PER_DAY = 86_400_000;

/** Excel's date codes (d m y h s, b for the Buddhist year) outside quotes, escapes, fills and [brackets]. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhsb]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function dateText(date: Date): string | null {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms).toISOString();
  if (!/^\d{4}-/.test(iso)) return null; // outside years 0000–9999
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}

const serialDate = (serial: number, date1904: boolean) => new Date((serial - (date1904 ? 24107 : 25569)) * MS_PER_DAY);
const serialOf = (date: Date, date1904: boolean) => date.getTime() / MS_PER_DAY + (date1904 ? 24107 : 25569);

function numberCell(value: number, format: string | undefined, date1904: boolean, formula?: true): RawCell {
  const flag = formula ? { formula } : {};
  if (!Number.isFinite(value)) return { value: null, ...flag }; // an error result (#N/A …) parses as NaN
  if (isDateFormat(format)) {
    const text = dateText(serialDate(value, date1904));
    if (text !== null) return { value: text, date: true, ...flag };
  }
  return { value, ...flag };
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanSheetText(value);
  if (typeof value === 'object' && value !== null) {
    const rich = (value as { richText?: { text?: unknown }[] }).richText;
    if (Array.isArray(rich)) return cleanSheetText(rich.map((run) => (typeof run.text === 'string' ? run.text : '')).join(''));
    // A hyperlink written by the in-memory writer: { text, hyperlink }.
    if ('hyperlink' in value) return textOf((value as { text?: unknown }).text);
  }
  return null;
}

/** A cell's exceljs value as a RawCell; undefined when the cell is empty. */
export function rawCell(value: unknown, format: string | undefined, date1904: boolean): RawCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return numberCell(value, format, date1904);
  if (typeof value === 'boolean') return { value };
  if (value instanceof Date) {
    // exceljs turned a date-formatted number into a Date; its rule for date formats is looser than ours.
    if (!isDateFormat(format)) return numberCell(serialOf(value, date1904), format, date1904);
    const text = dateText(value);
    return text === null ? undefined : { value: text, date: true };
  }
  if (typeof value === 'string' || typeof value !== 'object') {
    const text = textOf(value);
    return text ? { value: text } : undefined;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === 'number') return numberCell(result, format, date1904, true);
    if (typeof result === 'boolean') return { value: result, formula: true };
    if (result instanceof Date) return { value: dateText(result), date: true, formula: true };
    const text = textOf(result);
    return { value: text === null || text === '' ? null : text, formula: true };
  }
  if ('error' in value) return { value: null };
  const text = textOf(value);
  return text ? { value: text } : undefined;
}
