// The change history as a file for an auditor: XLSX (exceljs's streaming writer) or CSV (UTF-8
// with BOM, `;` as Swedish Excel expects). One row per field change and per list item added or
// removed, so the sheet can be filtered by record, field or user; an entry without such details
// still gets one row. Entries are read in chunks by id, never all at once, and the export runs as
// a task (progress, cancel). Written to a temp file beside the target and renamed at the end, so
// a failure or a cancel leaves nothing behind.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { HistoryChanges, HistoryKind, historyExportInput, MethodOutput } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { removeQuietly, renameIntoPlace, resolveExportTarget, tempPathBeside, writeFailureAt } from '../files/export';
import type { HandlerContext } from '../handlers';
import type { Session } from '../session';
import type { TaskHandle } from '../tasks';
import { cellText, MAX_CELL_TEXT, openTempStream, wrappedLines } from '../workbook/workbook.writer';
import type { HistoryRow } from './chain';
import type { HistoryQuery } from './history.repo';
import { fieldWord, HISTORY_EXPORT_COLUMNS, historyWords, type HistoryExportColumn } from './history.words';

type ExportInput = z.output<typeof historyExportInput>;
type Value = string | number | null;

/** One row of the export: the entry's facts and one field or list item (or none); `at` on a Swedish clock. */
export type ExportRow = Record<HistoryExportColumn, Value>;
/** What the export reads of an entry (not its snapshot). */
type ExportEntry = Omit<HistoryRow, 'snapshot'>;

/** Entries read (and rows written) between progress reports and chances to cancel. */
const CHUNK = 500;

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

let lastTime = { iso: '', local: '' };
/** "2026-11-22 10:00:00": the entry's time on a Swedish clock (an auditor reads local time). */
export function stockholmTime(iso: string): string {
  // The entries of one change share their time, and formatting is the slow part.
  if (lastTime.iso !== iso) {
    const date = new Date(iso);
    lastTime = { iso, local: Number.isNaN(date.getTime()) ? iso : STOCKHOLM.format(date) };
  }
  return lastTime.local;
}

const SUSPECT = /[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;
/** cellText (sanitised, cut to Excel's limit), skipped for the common text that needs neither. */
const clean = (text: string) => (text.length <= MAX_CELL_TEXT && !SUSPECT.test(text) ? text : cellText(text));

/** The rows of one entry, in the export's language. */
export function exportRows(row: ExportEntry, lang: Language): ExportRow[] {
  const w = historyWords[lang];
  const changes = JSON.parse(row.changes) as HistoryChanges;
  const redacted = row.redacted_at !== null && row.action !== 'redact';
  const kind = Object.hasOwn(w.kinds, row.kind) ? w.kinds[row.kind as HistoryKind] : row.kind;
  const action = Object.hasOwn(w.actions, row.action) ? w.actions[row.action as keyof typeof w.actions] : row.action;
  const base = {
    entry: row.id,
    at: stockholmTime(row.at),
    osUser: row.os_user,
    displayName: row.display_name,
    action,
    kind,
    record: redacted ? w.redacted : row.record_name,
    method: row.method,
    recordId: row.record_id,
    changeId: row.change_id,
    hash: row.hash,
  };
  const detail = (field: string, before: Value, after: Value): ExportRow => ({ ...base, field, before, after });
  const rows: ExportRow[] = [];
  if (redacted) {
    // The facts stay (which fields and lists changed), the values are gone.
    for (const f of changes.fields) rows.push(detail(fieldWord(lang, f.field, false), w.redacted, w.redacted));
    for (const l of changes.lists) rows.push(detail(fieldWord(lang, l.list, true), w.redacted, w.redacted));
    if (rows.length === 0) rows.push(detail('', w.redacted, w.redacted));
    return rows;
  }
  if (changes.redaction) {
    const r = changes.redaction;
    return [detail('', null, w.redaction(r.reason, r.rule, r.entries))];
  }
  for (const f of changes.fields) rows.push(detail(fieldWord(lang, f.field, false), f.before, f.after));
  for (const l of changes.lists) {
    const name = fieldWord(lang, l.list, true);
    for (const item of l.removed) rows.push(detail(name, item, null));
    for (const item of l.added) rows.push(detail(name, null, item));
  }
  if (rows.length === 0) rows.push(detail('', null, null));
  return rows;
}

/** The file name offered, e.g. "Ändringshistorik Exempel IT AB 2026-11-22.xlsx". */
export function historyFileName(session: Session, lang: Language, format: 'xlsx' | 'csv'): string {
  return `${historyWords[lang].title} ${session.organisation.get().name} ${session.today()}.${format}`;
}

// --- reading the history in chunks ---

interface Source {
  /** Matching entries when the export started (for progress). */
  total: number;
  /** Calls `each` with every chunk of entries, oldest first, awaiting it before reading on. */
  chunks(each: (rows: ExportEntry[]) => Promise<void>): Promise<void>;
}

function historySource(session: Session, filter: HistoryQuery): Source {
  const repo = session.history.repo;
  const total = repo.list(filter, 0, 0).total;
  // Entries appended while the export runs are not part of it: the file shows one moment.
  const lastId = repo.last()?.id ?? 0;
  return {
    total,
    async chunks(each) {
      let after = 0;
      for (;;) {
        const rows = repo.chunkAfter(filter, after, CHUNK).filter((r) => r.id <= lastId);
        if (rows.length === 0) return;
        await each(rows);
        after = rows.at(-1)!.id;
        if (after >= lastId) return;
      }
    },
  };
}

// --- CSV ---

/** A cell Excel reads as text: quoted when needed; = + - @ (and tab, CR) at the start neutralised. */
export function csvCell(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = clean(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly Value[]): string {
  let line = csvCell(cells[0] ?? null);
  for (let i = 1; i < cells.length; i++) line += `;${csvCell(cells[i]!)}`;
  return `${line}\r\n`;
}

async function writeCsv(
  target: string,
  source: Source,
  options: { lang: Language; registerPath: string | null },
  step: (written: number) => Promise<void>,
): Promise<number> {
  const { lang } = options;
  const temp = tempPathBeside(target);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    const headers = historyWords[lang].headers;
    fs.writeSync(fd, `\uFEFF${csvLine(HISTORY_EXPORT_COLUMNS.map((c) => headers[c]))}`);
    let written = 0;
    await source.chunks(async (entries) => {
      let text = '';
      for (const entry of entries) {
        for (const row of exportRows(entry, lang)) {
          text += csvLine(HISTORY_EXPORT_COLUMNS.map((c) => row[c]));
          written++;
        }
      }
      fs.writeSync(fd!, text);
      await step(written);
    });
    fs.closeSync(fd);
    fd = null;
    renameIntoPlace(temp, target, options.registerPath);
    return written;
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
}

// --- XLSX ---

interface XlsxColumn {
  width: number;
  type: 'number' | 'time' | 'text';
}

/** Widths in characters; the value columns wrap. */
const XLSX_COLUMNS: Record<HistoryExportColumn, XlsxColumn> = {
  entry: { width: 11, type: 'number' },
  at: { width: 19, type: 'time' },
  osUser: { width: 14, type: 'text' },
  displayName: { width: 18, type: 'text' },
  action: { width: 12, type: 'text' },
  kind: { width: 16, type: 'text' },
  record: { width: 30, type: 'text' },
  field: { width: 24, type: 'text' },
  before: { width: 40, type: 'text' },
  after: { width: 40, type: 'text' },
  method: { width: 24, type: 'text' },
  recordId: { width: 9, type: 'number' },
  changeId: { width: 11, type: 'number' },
  hash: { width: 66, type: 'text' },
};

const FONT = { name: 'Calibri', family: 2, size: 11 } as const;
const STYLES = {
  title: { font: { ...FONT, bold: true, size: 13 }, alignment: { vertical: 'top' } },
  header: {
    font: { ...FONT, bold: true },
    alignment: { vertical: 'bottom', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } },
    border: { bottom: { style: 'thin', color: { argb: 'FF8A99A8' } } },
    numFmt: '@',
  },
  // Text format, so a value typed over it later stays text too.
  text: { font: FONT, alignment: { vertical: 'top', wrapText: true }, numFmt: '@' },
  number: { font: FONT, alignment: { vertical: 'top', horizontal: 'left' } },
  time: { font: FONT, alignment: { vertical: 'top', horizontal: 'left' }, numFmt: 'yyyy-mm-dd hh:mm:ss' },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** Entries written between short breaks for the archive. */
const BREAK_EVERY = 20;
/** Bytes the archive may lag behind the rows written before the writer waits for it. */
const BACKLOG = 4 * 1024 * 1024;
const LINE_HEIGHT = 14.5;
const MAX_ROW_HEIGHT = 409;

let lastExcelTime: { local: string; value: Date | string } = { local: '', value: '' };
/** A Swedish wall-clock time ("2026-11-22 10:00:00") as an Excel date-time (which has no time zone). */
function excelTime(local: string): Date | string {
  if (lastExcelTime.local === local) return lastExcelTime.value;
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(local);
  const value = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : local;
  lastExcelTime = { local, value };
  return value;
}

const columnLetter = (n: number) => {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
};

async function closed(stream: fs.WriteStream): Promise<void> {
  if (stream.closed) return;
  await new Promise<void>((resolve) => stream.once('close', () => resolve()));
}

async function writeXlsx(
  target: string,
  source: Source,
  options: { lang: Language; title: string; created: Date; registerPath: string | null },
  step: (written: number) => Promise<void>,
): Promise<number> {
  const { lang } = options;
  const words = historyWords[lang];
  const temp = tempPathBeside(target);
  // Opened synchronously, so a folder that cannot be written fails at once (see openTempStream).
  const { out, failed, error: streamError } = openTempStream(temp);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Förteckna';
  workbook.created = options.created;
  workbook.modified = options.created;
  // As in the register workbook: LibreOffice shows the filter buttons only with this name.
  const filterNames: { name: string; ranges: string[]; localSheetId: number }[] = [];
  (workbook as unknown as { _definedNames: { model: typeof filterNames } })._definedNames = { model: filterNames };
  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter & { abort(): void } }).zip;
  zip.on('error', () => {});
  try {
    const columns = HISTORY_EXPORT_COLUMNS.map((key) => ({ key, ...XLSX_COLUMNS[key] }));
    const sheet = workbook.addWorksheet(words.title, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', printTitlesRow: '1:2', fitToPage: true, fitToWidth: 2, fitToHeight: 0 },
    });
    sheet.columns = columns.map((c) => ({ width: c.width }));
    const title = sheet.getRow(1);
    title.getCell(1).value = cellText(options.title);
    title.getCell(1).style = STYLES.title;
    title.height = 20;
    title.commit();
    const header = sheet.getRow(2);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = words.headers[c.key];
      cell.style = STYLES.header;
    });
    header.commit();

    // exceljs hands the sheet's XML to the archive without waiting for it: wait here until the
    // compressor and the file have caught up, or the whole uncompressed sheet ends up in memory.
    // (Its streams are readable-stream 2, without writableLength.)
    type Piped = { writableLength?: number; _writableState?: { length: number } };
    const sheetStream = (sheet as unknown as { stream: { pipes?: Piped[] } }).stream;
    const backlog = () =>
      out.writableLength + (sheetStream.pipes ?? []).reduce((n, p) => n + (p.writableLength ?? p._writableState?.length ?? 0), 0);
    const caughtUp = async () => {
      while (backlog() > BACKLOG && !streamError()) await new Promise((resolve) => setTimeout(resolve, 2));
    };

    let rowNumber = 2;
    let sinceBreak = 0;
    await source.chunks(async (entries) => {
      for (const entry of entries) {
        // Short breaks let the compressor (zlib, on another thread) take each chunk of XML as it
        // comes, so compressing overlaps with writing rows instead of following it.
        if (++sinceBreak === BREAK_EVERY) {
          sinceBreak = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
        for (const data of exportRows(entry, lang)) {
          const row = sheet.getRow(++rowNumber);
          let lines = 1;
          columns.forEach((c, i) => {
            const value = data[c.key];
            if (value === null || value === '') return;
            const cell = row.getCell(i + 1);
            if (c.type === 'time') {
              cell.value = excelTime(String(value));
              cell.style = STYLES.time;
            } else if (typeof value === 'number') {
              cell.value = Number.isFinite(value) ? value : null;
              cell.style = STYLES.number;
            } else {
              // A string cell, never a formula, whatever it starts with.
              const text = clean(value);
              cell.value = text;
              cell.style = STYLES.text;
              if (text.length > c.width || text.includes('\n')) lines = Math.max(lines, wrappedLines(text, c.width));
            }
          });
          if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
          row.commit();
        }
      }
      if (streamError()) throw streamError();
      await step(rowNumber - 2);
      await caughtUp();
    });
    const last = Math.max(rowNumber, 3);
    sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: last, column: columns.length } };
    filterNames.push({
      name: '_xlnm._FilterDatabase',
      ranges: [`'${words.title.replace(/'/g, "''")}'!$A$2:$${columnLetter(columns.length)}$${last}`],
      localSheetId: 0,
    });
    sheet.commit();
    // exceljs's commit waits for the file to finish, which a failed stream never does.
    await Promise.race([workbook.commit(), failed]);
    await closed(out);
    if (streamError()) throw streamError();
    renameIntoPlace(temp, target, options.registerPath);
    return rowNumber - 2;
  } catch (error) {
    zip.abort();
    out.destroy();
    await closed(out);
    removeQuietly(temp);
    throw error;
  }
}

/** Writes the (filtered) history to `target` as a task; returns where, how big and how many rows. */
export async function writeHistoryExport(
  session: Session,
  input: { format: 'xlsx' | 'csv'; lang: Language; filter: HistoryQuery; target: string },
  task: TaskHandle,
): Promise<{ path: string; bytes: number; rows: number }> {
  const { format, lang, target } = input;
  const source = historySource(session, input.filter);
  let entriesDone = 0;
  // Progress counts entries (known up front); rows per entry vary.
  const counted: Source = {
    total: source.total,
    chunks: (each) =>
      source.chunks(async (rows) => {
        entriesDone += rows.length;
        await each(rows);
      }),
  };
  const step = async () => {
    task.progress(entriesDone, source.total);
    // Let a cancel (and the archive's writing) in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
    task.progress(entriesDone, source.total);
  };
  try {
    task.progress(0, source.total);
    let rows: number;
    if (format === 'csv') rows = await writeCsv(target, counted, { lang, registerPath: session.path }, step);
    else {
      const w = historyWords[lang];
      const org = session.organisation.get();
      const title = [w.title, org.name + (org.orgNr ? ` (${org.orgNr})` : ''), `${w.exported} ${session.today()}`, w.times].join(' – ');
      rows = await writeXlsx(target, counted, { lang, title, created: new Date(session.now()), registerPath: session.path }, step);
    }
    return { path: target, bytes: fs.statSync(target).size, rows };
  } catch (error) {
    throw writeFailureAt(error, target);
  }
}

export async function exportHistory(input: ExportInput, ctx: HandlerContext): Promise<MethodOutput<'history.export'>> {
  const session = ctx.session();
  const { format, lang } = input;
  const target = await resolveExportTarget(ctx, input.path, historyFileName(session, lang, format));
  if (target === null) return null;
  return ctx.tasks.run(historyWords[lang].task, (task) =>
    writeHistoryExport(session, { format, lang, filter: input.filter, target }, task),
  );
}
