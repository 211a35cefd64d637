// Import from a spreadsheet (issue 18): the reference register's own workbook (≈ 23,500 rows at
// 500 customers) read back into an EMPTY register, open + preview + commit ≤ 10 s with RSS growth
// ≤ 200 MB, beside the floor of reading the same file with exceljs's streaming reader alone.
// Each run imports into a new empty register; RSS is sampled while the work runs.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportOpened, ImportPreview, ImportResult } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import { infoRow, median, must, newCore, now, row, type Row } from './kit';

/** Each run is seconds long and needs a new register: a median of three, as the portable bench. */
const RUNS = 3;
const MB = 1024 * 1024;
/** quality.md / issue 18: preview + import of the reference workbook. */
const BUDGET_MS = 10_000;
const BUDGET_RSS_MB = 200;

/** The peak RSS while `work` runs: sampled every 10 ms, and on the core's progress events when given. */
async function measured<T>(work: () => Promise<T>, core?: Core): Promise<{ value: T; ms: number; growthMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const off = core?.subscribe((event) => {
    if (event === 'task.progressed') sample();
  });
  const timer = setInterval(sample, 10);
  const t0 = now();
  try {
    const value = await work();
    const ms = now() - t0;
    sample();
    return { value, ms, growthMb: (peak - base) / MB };
  } finally {
    clearInterval(timer);
    off?.();
  }
}

/** The floor: every cell of every sheet through exceljs's streaming reader, nothing interpreted. */
export async function readWithExcelJs(file: string): Promise<{ rows: number; cells: number }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const r of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      rows++;
      r.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null) cells++;
      });
    }
  }
  return { rows, cells };
}

async function exportWorkbook(dir: string, file: string, target: string): Promise<{ rows: number; bytes: number }> {
  const core = newCore(dir);
  try {
    await must(core, 'register.open', { path: file });
    return await must<{ rows: number; bytes: number }>(core, 'workbook.export', { path: target });
  } finally {
    core.close();
  }
}

interface ImportRun {
  preview: number;
  commit: number;
  growthMb: number;
  summary: ImportPreview;
  result: ImportResult;
}

/** One import of `workbook` into a new empty register: open + preview, then commit, in one core. */
async function importOnce(dir: string, workbook: string, i: number): Promise<ImportRun> {
  const core = newCore(dir);
  const target = path.join(dir, `sheet-import-${i}.forteckna`);
  try {
    await must(core, 'register.create', { organisationName: 'Bänk AB', path: target });
    let previewMs = 0;
    const all = await measured(async () => {
      const t0 = now();
      const opened = await must<NonNullable<ImportOpened>>(core, 'sheetImport.open', { path: workbook });
      if (!opened.ownWorkbook) throw new Error('sheet import: the reference workbook was not recognised as our own');
      const summary = await must<ImportPreview>(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
      previewMs = now() - t0;
      return { summary, result: await must<ImportResult>(core, 'sheetImport.commit', { importId: opened.importId }) };
    }, core);
    return { preview: previewMs, commit: all.ms - previewMs, growthMb: all.growthMb, ...all.value };
  } finally {
    core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  }
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function benchSheetImport(dir: string, file: string, size: number): Promise<Row[]> {
  const folder = path.join(dir, 'sheet-import');
  fs.mkdirSync(folder, { recursive: true });
  const workbook = path.join(folder, 'register.xlsx');
  try {
    const { rows, bytes } = await exportWorkbook(dir, file, workbook);
    const name = `${rows.toLocaleString('sv-SE')} rows, ${(bytes / MB).toFixed(1)} MB`;

    // (a) The floor, after one warm-up read (which loads exceljs's reader and fills the page cache).
    const floors: number[] = [];
    const floorGrowth: number[] = [];
    let cells = 0;
    for (let i = 0; i <= RUNS; i++) {
      const run = await measured(() => readWithExcelJs(workbook));
      cells = run.value.cells;
      if (i === 0) continue;
      floors.push(run.ms);
      floorGrowth.push(run.growthMb);
    }
    const floor = median(floors);
    const result: Row[] = [infoRow(`sheet import floor: exceljs streaming read (${name})`, size, floors)];

    // (b) open + preview and (c) commit, into an empty register each run.
    const runs: ImportRun[] = [];
    try {
      for (let i = 0; i < RUNS; i++) runs.push(await importOnce(folder, workbook, i));
    } catch (error) {
      // Until the core answers, the scenario reports its floor and says why the rest is missing.
      console.log(`  sheet import: floor only; the import failed: ${error instanceof Error ? error.message : String(error)}`);
      console.log(
        `  sheet import floor: ${(floor / 1000).toFixed(2)} s, ${cells.toLocaleString('sv-SE')} cells, RSS growth ${median(floorGrowth).toFixed(0)} MB`,
      );
      return result;
    }
    const previews = runs.map((r) => r.preview);
    const commits = runs.map((r) => r.commit);
    const totals = runs.map((r) => r.preview + r.commit);
    const growth = runs.map((r) => r.growthMb);
    const last = runs.at(-1)!;
    const created = total(last.result.created);
    console.log(
      `  sheet import (${name}, ${cells.toLocaleString('sv-SE')} cells): floor ${(floor / 1000).toFixed(2)} s` +
        ` (RSS +${median(floorGrowth).toFixed(0)} MB); open + preview ${(median(previews) / 1000).toFixed(2)} s,` +
        ` commit ${(median(commits) / 1000).toFixed(2)} s, total ${(median(totals) / 1000).toFixed(2)} s =` +
        ` ${(median(totals) / floor).toFixed(1)}× the floor; RSS growth ${median(growth).toFixed(0)} MB (peak, median);` +
        ` ${last.summary.rows.toLocaleString('sv-SE')} records previewed (${last.summary.errors} errors, ${last.summary.warnings} warnings),` +
        ` ${created.toLocaleString('sv-SE')} created`,
    );
    if (created === 0) throw new Error('sheet import: the import of the reference workbook created nothing');
    result.push(
      infoRow('sheet import: open + preview into an empty register', size, previews, floor),
      infoRow('sheet import: commit', size, commits),
      row(`sheet import: preview + import (${name})`, size, totals, BUDGET_MS, 'median', floor),
      // Not a time: the peak RSS growth in MB over open, preview and commit, against its budget.
      row('sheet import RSS growth (MB, not ms)', size, growth, BUDGET_RSS_MB, 'median', null),
    );
    return result;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
