// PUB-avtal (quality.md): one agreement from database to bytes, with the floor of zipping the
// same document.xml; and all 500 customers as one batch with progress events, with peak RSS.
// Runs on a copy of the reference register, so the versions it adds do not affect other benches.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Agreement, AgreementBatchResult, CustomerSummary } from '../../shared/contract';
import { median, must, newCore, now, row, RUNS, type Row } from './kit';

const MB = 1024 * 1024;

export async function benchAgreements(dir: string, file: string, size: number): Promise<Row[]> {
  const copy = path.join(dir, `agreements-${size}.forteckna`);
  fs.copyFileSync(file, copy);
  const core = newCore(dir);
  const rows: Row[] = [];
  try {
    await must(core, 'register.open', { path: copy });
    const customers = (await must<{ items: CustomerSummary[] }>(core, 'customers.list', { limit: 500, includeArchived: true })).items;

    // One agreement: generate (read, render, hash, store) for a different customer each run.
    const times: number[] = [];
    let last: Agreement | null = null;
    for (let i = 0; i <= RUNS; i++) {
      const customerId = customers[i % customers.length]!.id;
      const defaults = await must<Record<string, unknown>>(core, 'agreements.defaults', { customerId });
      const t0 = now();
      last = await must<Agreement>(core, 'agreements.generate', { ...defaults, customerId });
      const t = now() - t0;
      if (i > 0) times.push(t); // the first run loads the template and warms the code
    }
    // Floor: zip the same document.xml (DEFLATE), nothing else.
    const docPath = path.join(dir, 'agreement-bench.docx');
    await must(core, 'agreements.saveDocument', { id: last!.id, path: docPath });
    const documentXml = await (await JSZip.loadAsync(fs.readFileSync(docPath))).file('word/document.xml')!.async('uint8array');
    const floors: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t0 = now();
      await new JSZip().file('word/document.xml', documentXml).generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      if (i > 0) floors.push(now() - t0);
    }
    rows.push(row('one PUB-avtal DOCX, database to stored bytes', size, times, 100, 'median', median(floors)));

    // All customers in one batch, with progress events and cancel-ready yields between them.
    const folder = path.join(dir, 'agreements-batch');
    fs.mkdirSync(folder, { recursive: true });
    let events = 0;
    let peak = process.memoryUsage().rss;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const off = core.subscribe((event) => {
      if (event === 'task.progressed') {
        events++;
        sample();
      }
    });
    const timer = setInterval(sample, 25);
    const t0 = now();
    const result = await must<AgreementBatchResult>(core, 'agreements.batch', {
      scope: 'selected',
      customerIds: customers.map((c) => c.id),
      lang: 'sv',
      folder,
    });
    const batchMs = now() - t0;
    clearInterval(timer);
    sample();
    off();
    if (!result || result.generated !== customers.length) throw new Error(`batch generated ${result?.generated} of ${customers.length}`);
    if (events < 2) throw new Error('batch sent no progress events');
    rows.push(row(`all ${customers.length} agreements, batch (${events} progress events)`, size, [batchMs], 15_000, 'median', null));
    // Not a time: peak RSS in MB against its 400 MB budget, in the same table.
    rows.push(row('batch peak RSS (MB, not ms)', size, [peak / MB], 400, 'median', null));
    fs.rmSync(folder, { recursive: true, force: true });
  } finally {
    core.close();
    fs.rmSync(copy, { force: true });
  }
  return rows;
}
