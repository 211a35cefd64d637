// Register workbook (quality.md): the whole reference register as XLSX in ≤ 5 s with RSS growth
// ≤ 150 MB, beside the floor of writing the same cells as CSV. Each run uses a fresh core on the
// reference file, and RSS is sampled while the export runs.
import fs from 'node:fs';
import path from 'node:path';
import { WORKBOOK_SHEETS } from '../../shared/contract';
import { openSession } from '../../electron/core/session';
import { readWorkbook } from '../../electron/core/workbook/workbook.service';
import { cellsOf, type Cell } from '../../electron/core/workbook/workbook.writer';
import { median, must, newCore, now, row, RUNS, type Row } from './kit';

const MB = 1024 * 1024;

const csvField = (cell: Cell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return String(cell);
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
};

/** The floor: read the same rows and write the same cells as one CSV file per sheet. */
function writeCsv(file: string, folder: string): number {
  const session = openSession(file, { now: () => new Date() });
  try {
    const t0 = now();
    for (const sheet of readWorkbook(session, 'sv', WORKBOOK_SHEETS)) {
      const lines: string[] = [];
      for (const cells of cellsOf(sheet, 'sv')) lines.push(cells.map(csvField).join(','));
      fs.writeFileSync(path.join(folder, `${sheet.def.key}.csv`), `${lines.join('\r\n')}\r\n`);
    }
    return now() - t0;
  } finally {
    session.close();
  }
}

export async function benchWorkbook(dir: string, file: string, size: number): Promise<Row[]> {
  const folder = path.join(dir, 'workbook');
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, 'register.xlsx');
  const times: number[] = [];
  const growth: number[] = [];
  let rows = 0;
  let bytes = 0;
  try {
    for (let i = 0; i <= RUNS; i++) {
      const core = newCore(dir);
      try {
        await must(core, 'register.open', { path: file });
        const base = process.memoryUsage().rss;
        let peak = base;
        const sample = () => {
          peak = Math.max(peak, process.memoryUsage().rss);
        };
        const off = core.subscribe((event) => {
          if (event === 'task.progressed') sample();
        });
        const timer = setInterval(sample, 10);
        const t0 = now();
        const result = await must<{ rows: number; bytes: number }>(core, 'workbook.export', { path: target });
        const t = now() - t0;
        clearInterval(timer);
        sample();
        off();
        rows = result.rows;
        bytes = result.bytes;
        if (i > 0) {
          // The first run loads exceljs and warms the code.
          times.push(t);
          growth.push((peak - base) / MB);
        }
      } finally {
        core.close();
      }
    }
    const floors: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = writeCsv(file, folder);
      if (i > 0) floors.push(t);
    }
    return [
      row(
        `register workbook XLSX (${rows.toLocaleString('sv-SE')} rows, ${(bytes / MB).toFixed(1)} MB)`,
        size,
        times,
        5_000,
        'median',
        median(floors),
      ),
      // Not a time: RSS growth in MB while exporting, against its 150 MB budget, in the same table.
      row('register workbook RSS growth (MB, not ms)', size, growth, 150, 'median', null),
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
