// The portable JSON format (quality.md): export of the reference register plus import of that file
// into a new register, ≤ 5 s, median of 3 runs. The file size goes into the scenario name.
import fs from 'node:fs';
import path from 'node:path';
import { median, must, newCore, now, row, type Row } from './kit';

const RUNS = 3;
const MB = 1024 * 1024;

export async function benchPortable(dir: string, file: string, size: number): Promise<Row[]> {
  const core = newCore(dir);
  const totals: number[] = [];
  const exports: number[] = [];
  const imports: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      await must(core, 'register.open', { path: file });
      const json = path.join(dir, `portable-${size}-${i}.json`);
      const target = path.join(dir, `portable-${size}-${i}.forteckna`);
      const t0 = now();
      bytes = (await must<{ bytes: number }>(core, 'portable.export', { path: json })).bytes;
      const t1 = now();
      await must(core, 'portable.import', { source: json, target }); // opens the new register
      const t2 = now();
      exports.push(t1 - t0);
      imports.push(t2 - t1);
      totals.push(t2 - t0);
      core.close();
      for (const f of [json, target]) fs.rmSync(f, { force: true });
    }
  } finally {
    core.close();
  }
  console.log(
    `  portable JSON: ${(bytes / MB).toFixed(1)} MB; export ${median(exports).toFixed(0)} ms, import ${median(imports).toFixed(0)} ms (medians)`,
  );
  return [row(`portable JSON export + import (${(bytes / MB).toFixed(1)} MB file)`, size, totals, 5000, 'median', null)];
}
