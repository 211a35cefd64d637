// Writes sheets of rows as one XLSX with exceljs's streaming writer (the in-memory one needs about
// half a gigabyte for the reference register). Every cell goes through cellsOf(): text is
// sanitised and always a string cell (never a formula), dates become real dates, lists one item
// per line. The file is written to a temp file beside the target and renamed at the end; a
// failure or a cancel leaves nothing behind.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/messages';
import { sanitizeText } from '../documents/sanitize';
import { removeQuietly, renameIntoPlace, tempPathBeside, writeFailureAt } from '../files/export';
import type { CellValue, ColumnDef } from './sheets';
import type { SheetData } from './workbook.rows';

/** What a cell holds once converted; null is an empty cell. */
export type Cell = string | number | Date | null;

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Rows written between progress reports (and chances to cancel). */
const CHUNK = 500;
const MIN_WIDTH = 6;
/** Characters across one printed page (landscape A4), and across the title. */
const PRINT_WIDTH = 220;
const TITLE_WIDTH = 100;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Sanitised text, cut to what Excel accepts (never in the middle of a surrogate pair). */
export function cellText(value: string): string {
  const clean = sanitizeText(value);
  if (clean.length <= MAX_CELL_TEXT) return clean;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(clean.charAt(end - 1))) end--;
  return `${clean.slice(0, end)}…`;
}

/**
 * An ISO date as a date cell: midnight UTC, which exceljs turns into the same calendar day.
 * Not a real day, or before 1900 (where Excel has no dates): null, and it stays text.
 */
function excelDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** One value as the cell it becomes in a column of the given type. */
export function toCell(column: ColumnDef, value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') {
    const items = value.map((v) => v.trim()).filter((v) => v !== '');
    return items.length ? cellText(items.join('\n')) : null;
  }
  if (column.type === 'date') {
    const date = excelDate(value);
    if (date) return date;
  }
  const text = cellText(value);
  return text.trim() === '' ? null : text;
}

/** The cells of a sheet: the header row, then one array per data row. */
export function* cellsOf(sheet: SheetData, lang: Language): Generator<Cell[]> {
  const { columns } = sheet.def;
  yield columns.map((c) => c.header[lang]);
  for (const row of sheet.rows) yield columns.map((c) => toCell(c, row[c.key]));
}

const longestLine = (text: string) => text.split('\n').reduce((max, line) => Math.max(max, line.length), 0);
const longestWord = (text: string) => text.split(/\s+/).reduce((max, word) => Math.max(max, word.length), 0);

/** The longest line a value shows (raw: sanitising only ever removes characters). */
function displayLength(column: ColumnDef, value: CellValue | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return String(value).length;
  if (typeof value !== 'string') return value.reduce((max, item) => Math.max(max, item.length), 0);
  return column.type === 'date' && ISO_DATE.test(value) ? 10 : longestLine(value);
}

/**
 * A width that fits the column's contents, up to the column's widest; never narrower than the
 * header's longest word (in bold), so headers wrap between words only.
 */
function fitWidths(sheet: SheetData, lang: Language): number[] {
  return sheet.def.columns.map((column) => {
    const header = Math.ceil(longestWord(column.header[lang]) * 1.05) + 2;
    let widest = MIN_WIDTH;
    for (const row of sheet.rows) {
      if (widest >= column.width) break;
      widest = Math.max(widest, displayLength(column, row[column.key]) + 2);
    }
    return Math.max(header, Math.min(widest, column.width));
  });
}

/**
 * How many lines a text needs in a column of `width` characters, wrapped between words. A width
 * counts digits of the default font; ordinary text is narrower (about 1.25 letters a digit in
 * Calibri and its look-alike Carlito), and 1.15 keeps a margin for wide letters.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15) - 1);
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    if (paragraph.length <= perLine) {
      lines++;
      continue;
    }
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(' ')) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= perLine) used += 1 + word.length;
      else {
        count++;
        used = word.length;
      }
      // A word longer than the line breaks wherever it must.
      while (used > perLine) {
        count++;
        used -= perLine;
      }
    }
    lines += count;
  }
  return lines;
}

// Neither Excel nor LibreOffice can be relied on to grow a written row to fit wrapped text
// (LibreOffice keeps rows without a height at one line), so rows that wrap get a height.
const LINE_HEIGHT = 14.5;
const MAX_ROW_HEIGHT = 409;
const rowHeight = (lines: number) => Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);

// One style object per kind of cell, shared by every cell of that kind: exceljs then recognises
// it by identity instead of comparing styles cell by cell.
const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
const TOP = { vertical: 'top', wrapText: true } as const;
const STYLES = {
  title: { font: { ...FONT, bold: true, size: 13 }, alignment: { vertical: 'top', wrapText: true } },
  header: {
    font: { ...FONT, bold: true },
    alignment: { vertical: 'bottom', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } },
    border: { bottom: { style: 'thin', color: { argb: 'FF8A99A8' } } },
    numFmt: '@',
  },
  // Text format, so a value typed over it later stays text too.
  text: { font: FONT, alignment: TOP, numFmt: '@' },
  date: { font: FONT, alignment: { vertical: 'top', horizontal: 'left' }, numFmt: 'yyyy-mm-dd' },
  number: { font: FONT, alignment: { vertical: 'top' } },
  // A count among text (the organisation sheet) lines up with the text.
  numberInText: { font: FONT, alignment: { vertical: 'top', horizontal: 'left' } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

function styleOf(column: ColumnDef, cell: Exclude<Cell, null>): Partial<ExcelJS.Style> {
  if (cell instanceof Date) return STYLES.date;
  if (typeof cell === 'number') return column.type === 'number' ? STYLES.number : STYLES.numberInText;
  return STYLES.text;
}

export interface WriteOptions {
  lang: Language;
  /** The first row of each sheet, by sheet: title, organisation, export date and schema version. */
  titleOf: (sheet: SheetData) => string;
  created: Date;
  /** Called after every chunk of rows with the number of data rows written so far; may throw to stop. */
  onRows: (written: number) => Promise<void>;
  /** The open register: the file is never renamed onto it (files/export.ts assertNotRegister). */
  registerPath?: string | null;
}

/** The column's letters: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Resolves once the file is closed (so it can be renamed or deleted, also on Windows). */
async function closed(stream: fs.WriteStream): Promise<void> {
  if (stream.closed) return;
  await new Promise<void>((resolve) => stream.once('close', () => resolve()));
}

/**
 * A write stream on a new temp file, opened synchronously: a folder that cannot be written or a
 * name too long fails here at once (a stream opened by path reports it later, as an event that
 * nothing awaiting exceljs's commit would ever see). `failed` rejects with the stream's first
 * error, so a write that fails midway (a full disk) ends the export instead of hanging it.
 */
export function openTempStream(temp: string): { out: fs.WriteStream; failed: Promise<never>; error(): unknown } {
  const fd = fs.openSync(temp, 'wx');
  const out = fs.createWriteStream(temp, { fd });
  let first: unknown = null;
  const failed = new Promise<never>((_, reject) =>
    out.on('error', (error) => {
      first ??= error;
      reject(error);
    }),
  );
  failed.catch(() => undefined); // observed through race() or error()
  return { out, failed, error: () => first };
}

/** Writes the sheets to `target` (via a temp file and a rename); returns the file's size in bytes. */
export async function writeWorkbook(target: string, sheets: readonly SheetData[], options: WriteOptions): Promise<number> {
  const temp = tempPathBeside(target);
  let opened: ReturnType<typeof openTempStream>;
  try {
    opened = openTempStream(temp);
  } catch (error) {
    throw writeFailureAt(error, target);
  }
  const { out, failed } = opened;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Förteckna';
  workbook.created = options.created;
  workbook.modified = options.created;
  // exceljs writes the filter but not the hidden name that marks its range; LibreOffice shows the
  // filter buttons only with that name, so the workbook's names are these (print titles are added by exceljs).
  const filterNames: { name: string; ranges: string[]; localSheetId: number }[] = [];
  (workbook as unknown as { _definedNames: { model: typeof filterNames } })._definedNames = { model: filterNames };
  // An abandoned archive must not raise unhandled errors after we have given up on it.
  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter & { abort(): void } }).zip;
  zip.on('error', () => {});
  /** Stops at the first chunk after the file failed: no more rows for a file that cannot be written. */
  const onRows = async (written: number) => {
    if (opened.error()) throw opened.error();
    await options.onRows(written);
  };
  try {
    let written = 0;
    await onRows(0);
    for (const sheet of sheets) {
      const { def } = sheet;
      const last = sheet.rows.length + 2;
      const widths = fitWidths(sheet, options.lang);
      const totalWidth = widths.reduce((sum, w) => sum + w, 0);
      const worksheet = workbook.addWorksheet(def.name[options.lang], {
        views: [{ state: 'frozen', xSplit: def.freezeColumns, ySplit: 2 }],
        // Landscape A4, shrunk so that a page holds about PRINT_WIDTH characters across; the
        // title and header rows repeat on every page.
        pageSetup: {
          paperSize: 9,
          orientation: 'landscape',
          printTitlesRow: '1:2',
          fitToPage: true,
          fitToWidth: Math.max(1, Math.ceil(totalWidth / PRINT_WIDTH)),
          fitToHeight: 0,
        },
      });
      worksheet.columns = widths.map((width) => ({ width }));
      worksheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: last, column: def.columns.length } };
      const sheetRef = `'${def.name[options.lang].replace(/'/g, "''")}'`;
      filterNames.push({
        name: '_xlnm._FilterDatabase',
        ranges: [`${sheetRef}!$A$2:$${columnLetter(def.columns.length)}$${last}`],
        localSheetId: filterNames.length,
      });

      // The title wraps within the first columns (all of them on a narrow sheet), so it stays on
      // the first page and never runs off the sheet.
      let titleColumns = 1;
      let titleWidth = widths[0]!;
      while (titleColumns < widths.length && titleWidth < Math.min(TITLE_WIDTH, totalWidth)) titleWidth += widths[titleColumns++]!;
      const titleText = cellText(options.titleOf(sheet));
      const title = worksheet.getRow(1);
      title.getCell(1).value = titleText;
      title.getCell(1).style = STYLES.title;
      if (titleColumns > 1) worksheet.mergeCells(1, 1, 1, titleColumns);
      // Bold 13 pt letters are about a third wider than 11 pt ones.
      title.height = Math.min(MAX_ROW_HEIGHT, wrappedLines(titleText, titleWidth / 1.35) * 18 + 4);
      title.commit();

      let rowNumber = 1;
      let inChunk = 0;
      for (const cells of cellsOf(sheet, options.lang)) {
        rowNumber++;
        const header = rowNumber === 2;
        const row = worksheet.getRow(rowNumber);
        let lines = 1;
        cells.forEach((value, i) => {
          if (value === null) return;
          const cell = row.getCell(i + 1);
          cell.value = value;
          cell.style = header ? STYLES.header : styleOf(def.columns[i]!, value);
          // Bold headers are a little wider per letter.
          if (typeof value === 'string') lines = Math.max(lines, wrappedLines(value, header ? widths[i]! / 1.1 : widths[i]!));
        });
        if (lines > 1) row.height = rowHeight(lines);
        row.commit();
        if (!header && ++inChunk === CHUNK) {
          written += inChunk;
          inChunk = 0;
          await onRows(written);
        }
      }
      written += inChunk;
      // Done with this sheet: its XML can go into the archive now.
      worksheet.commit();
      await onRows(written);
    }
    // exceljs's commit waits for the file to finish, which a failed stream never does.
    await Promise.race([workbook.commit(), failed]);
    await closed(out);
    if (opened.error()) throw opened.error();
    renameIntoPlace(temp, target, options.registerPath ?? null);
    return fs.statSync(target).size;
  } catch (error) {
    zip.abort();
    out.destroy();
    await closed(out);
    removeQuietly(temp);
    throw writeFailureAt(error, target);
  }
}
