// `npm run bench`: performance budgets from quality.md, measured on reference registers of 500
// and 50,000 customers. Medians over several runs, with a floor (the same work in raw SQL) where
// one makes sense, since these machines are shared and noisy. Writes out/bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Customer, CustomerFields } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import { createReferenceFile } from '../../electron/core/sample/reference-file';
import { likeContains } from '../../electron/core/text';
import { benchAgreements } from './agreements';
import { benchAttention } from './attention';
import { benchBackups } from './backups';
import { benchChangeNotices } from './change-notices';
import { benchEncrypted } from './encrypted';
import { benchHistory } from './history';
import { median, ms, must, newCore, now, p95, row, RUNS, type FeatureBench, type Row } from './kit';
import { benchPortable } from './portable';
import { benchPurge } from './purge';
import { benchRequestsBreaches } from './requests-breaches';
import { benchSheetImport } from './sheet-import';
import { benchSites } from './sites';
import { benchWorkbook } from './workbook';

/** Each feature's own scenarios, run on the 500-customer register. */
const FEATURE_BENCHES: FeatureBench[] = [
  benchAgreements,
  benchChangeNotices,
  benchSites,
  benchPurge,
  benchWorkbook,
  benchPortable,
  benchBackups,
  benchHistory,
  benchRequestsBreaches,
  benchAttention,
  benchSheetImport,
];

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const SIZES = (process.env.BENCH_SIZES ?? '500,50000').split(',').map(Number);
const QUERIES = ['mälar', 'bygg', '556', 'öster', 'åkesson', 'västerås'];
/**
 * BENCH_ONLY=encrypted: only the encrypted register against the plain one (benchEncrypted).
 * BENCH_ONLY=changeNotices: only the change notices, beside the agreement batch they are compared with.
 * BENCH_ONLY=requestsBreaches: only the requests and breach lists (issue 16).
 * BENCH_ONLY=attention: only the overview's attention list and the calendar's data (issue 17), at every size.
 * BENCH_ONLY=sheetImport: only the import of the reference workbook (issue 18), at every size (BENCH_SIZES=500 for the budget's).
 */
const ONLY = process.env.BENCH_ONLY ?? '';

async function build(dir: string, customers: number): Promise<{ file: string; seconds: number }> {
  const file = path.join(dir, `reference-${customers}.forteckna`);
  const started = now();
  let lastShown = 0;
  await createReferenceFile(file, {
    customers,
    seed: 1,
    now: new Date('2026-01-15T09:00:00Z'),
    // 500 agreements × 2 versions (quality.md); the feature benches run on the 500 register only.
    agreements: customers <= 500,
    onProgress: (done, total) => {
      if (total >= 10_000 && (done - lastShown >= 10_000 || done === total)) {
        lastShown = done;
        process.stdout.write(`  … ${done.toLocaleString('sv-SE')} / ${total.toLocaleString('sv-SE')}\n`);
      }
    },
  });
  return { file, seconds: (now() - started) / 1000 };
}

const PAGE_SQL = `SELECT id, revision, name, org_nr, visiting_city, status, contract_end, archived_at
  FROM customers WHERE archived_at IS NULL ORDER BY sort_key, id LIMIT 100`;

/** (a) Open the register in a fresh core and return the first page of customers. */
async function benchOpen(dir: string, file: string, size: number): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    const core = newCore(dir);
    await must(core, 'register.open', { path: file });
    const page = await must<{ items: unknown[] }>(core, 'customers.list', { limit: 100 });
    const t = now() - t0;
    core.close();
    if (page.items.length !== Math.min(100, size)) throw new Error('unexpected page size');
    if (i > 0) times.push(t); // the first run warms the page cache
  }
  const floors: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    const db = new Database(file, { fileMustExist: true });
    db.prepare(PAGE_SQL).all();
    const t = now() - t0;
    db.close();
    if (i > 0) floors.push(t);
  }
  return row('open + first page of customers', size, times, 150, 'median', median(floors));
}

/** (b) Search as you type: every prefix of a few realistic queries. */
async function benchSearch(dir: string, file: string, size: number): Promise<{ row: Row; perQuery: Record<string, number> }> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const times: number[] = [];
  const perQuery: Record<string, number[]> = {};
  const repeats = Math.max(2, Math.round(RUNS / 5));
  for (let r = 0; r <= repeats; r++) {
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const prefix = query.slice(0, n);
        const t0 = now();
        await must(core, 'customers.list', { query: prefix, limit: 100 });
        const t = now() - t0;
        if (r === 0) continue; // warm-up pass
        times.push(t);
        (perQuery[prefix] ??= []).push(t);
      }
    }
  }
  core.close();
  // Floor: the LIKE over search_text alone, in raw SQL (page + count), without the contact subqueries.
  const db = new Database(file, { fileMustExist: true, readonly: true });
  const page = db.prepare(`SELECT id, name, org_nr, visiting_city FROM customers
    WHERE archived_at IS NULL AND search_text LIKE ? ESCAPE '\\' ORDER BY sort_key, id LIMIT 100`);
  const count = db.prepare(`SELECT count(*) FROM customers WHERE archived_at IS NULL AND search_text LIKE ? ESCAPE '\\'`);
  const floors: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of QUERIES) {
      for (let n = 1; n <= query.length; n++) {
        const pattern = likeContains(query.slice(0, n));
        const t0 = now();
        page.all(pattern);
        count.get(pattern);
        floors.push(now() - t0);
      }
    }
  }
  db.close();
  return {
    row: row('search as you type (customers)', size, times, 20, 'p95', p95(floors)),
    perQuery: Object.fromEntries(Object.entries(perQuery).map(([k, v]) => [k, median(v)])),
  };
}

function toFields(c: Customer, notes: string): CustomerFields {
  return {
    name: c.name,
    orgNr: c.orgNr,
    visitingAddress: c.visitingAddress,
    invoiceAddress: c.invoiceAddress,
    invoiceSameAsVisiting: c.invoiceSameAsVisiting,
    contactPersons: c.contactPersons,
    dpo: c.dpo,
    contractStart: c.contractStart,
    contractEnd: c.contractEnd,
    status: c.status,
    notes,
  };
}

/** (c) One customer saved, durably (synchronous=FULL, asserted by the core when it opens). */
async function benchSave(dir: string, file: string, size: number): Promise<Row> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const id = Math.ceil(size / 2);
  let customer = await must<Customer>(core, 'customers.get', { id });
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    customer = await must<Customer>(core, 'customers.update', {
      id,
      revision: customer.revision,
      fields: toFields(customer, `Bänktest ${i}: ändrad anteckning.`),
    });
    const t = now() - t0;
    if (i > 0) times.push(t);
  }
  core.close();
  return row('single-row save, durable', size, times, 20, 'median', null);
}

/** As-you-type over the register of processing: every prefix of a few queries, p95. */
async function benchTyping(
  dir: string,
  file: string,
  size: number,
  scenario: string,
  queries: readonly string[],
  call: (core: Core, prefix: string) => Promise<unknown>,
): Promise<{ row: Row; perQuery: Record<string, number> }> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const times: number[] = [];
  const perQuery: Record<string, number[]> = {};
  const repeats = Math.max(2, Math.round(RUNS / 5));
  for (let r = 0; r <= repeats; r++) {
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const prefix = query.slice(0, n);
        const t0 = now();
        await call(core, prefix);
        const t = now() - t0;
        if (r === 0) continue; // warm-up pass
        times.push(t);
        (perQuery[prefix] ??= []).push(t);
      }
    }
  }
  core.close();
  return {
    row: row(scenario, size, times, 20, 'p95', null),
    perQuery: Object.fromEntries(Object.entries(perQuery).map(([k, v]) => [k, median(v)])),
  };
}

const ACTIVITY_QUERIES = ['kund', 'lön', 'övervak', 'rekry', 'pa-1'];
const SEARCH_QUERIES = ['mälar', 'backup', 'microsoft', 'övervak', 'åkesson', '556'];

/**
 * The derived Art. 30(2) register for every customer (and the sub-processor matrix beside it):
 * no budget in quality.md, so the target is the purge list's 200 ms. The floor is the raw
 * SELECT of the active subscriptions with their customers.
 */
async function benchProcessorRegister(dir: string, file: string, size: number): Promise<Row[]> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const onDate = '2026-01-15';
  const registerTimes: number[] = [];
  const matrixTimes: number[] = [];
  let entries = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    const register = await must<{ entries: unknown[] }>(core, 'processorRegister.list', { onDate });
    const t1 = now();
    await must(core, 'subprocessors.matrix', { onDate });
    const t2 = now();
    entries = register.entries.length;
    if (i === 0) continue; // warm-up
    registerTimes.push(t1 - t0);
    matrixTimes.push(t2 - t1);
  }
  core.close();
  if (entries < size) throw new Error(`processor register has only ${entries} entries for ${size} customers`);
  const db = new Database(file, { fileMustExist: true, readonly: true });
  const active = db.prepare(`SELECT s.id, s.service_id, c.name, c.org_nr FROM subscriptions s JOIN customers c ON c.id = s.customer_id
    WHERE s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) ORDER BY c.sort_key, c.id, s.id`);
  const floors: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    active.all(onDate, onDate);
    if (i > 0) floors.push(now() - t0);
  }
  db.close();
  return [
    row(`processor register, all customers (${entries} entries)`, size, registerTimes, 200, 'median', median(floors)),
    row('sub-processor × customer matrix', size, matrixTimes, 200, 'median', null),
  ];
}

/** Where the time goes in customers.list over a big register (shown when search is over budget). */
function diagnoseSearch(file: string): Record<string, number> {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  const time = (fn: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = now();
      fn();
      samples.push(now() - t0);
    }
    return median(samples);
  };
  const where = `c.archived_at IS NULL AND c.search_text LIKE @pattern ESCAPE '\\'`;
  const full = db.prepare(`SELECT c.id, c.name,
      (SELECT count(*) FROM contact_persons p WHERE p.customer_id = c.id) AS contact_count,
      (SELECT p.name FROM contact_persons p WHERE p.customer_id = c.id ORDER BY p.position, p.id LIMIT 1) AS primary_contact
    FROM customers c WHERE ${where} ORDER BY c.sort_key, c.id LIMIT 100`);
  const bare = db.prepare(`SELECT c.id, c.name FROM customers c WHERE ${where} ORDER BY c.sort_key, c.id LIMIT 100`);
  const count = db.prepare(`SELECT count(*) FROM customers c WHERE ${where}`);
  const scan = db.prepare(`SELECT count(*) FROM customers c WHERE c.archived_at IS NULL`);
  const result: Record<string, number> = {};
  for (const q of ['m', 'mälar', '556', 'zzzz']) {
    const pattern = likeContains(q);
    result[`page with subqueries, "${q}"`] = time(() => full.all({ pattern }));
    result[`page without subqueries, "${q}"`] = time(() => bare.all({ pattern }));
    result[`count(*) with LIKE, "${q}"`] = time(() => count.get({ pattern }));
  }
  result['count(*) without LIKE'] = time(() => scan.get());
  result['search_text avg bytes'] = (db.prepare('SELECT avg(length(search_text)) AS n FROM customers').get() as { n: number }).n;
  result['file MB'] = fs.statSync(file).size / 1024 / 1024;
  db.close();
  return result;
}

async function main(): Promise<void> {
  const started = now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-bench-'));
  console.log(`Förteckna bench – ${os.cpus().length} cores, Node ${process.version}, ${RUNS} runs per scenario`);
  const rows: Row[] = [];
  const generation: Record<string, number> = {};
  const perQuery: Record<string, Record<string, number>> = {};
  const diagnostics: Record<string, Record<string, number>> = {};
  try {
    for (const size of SIZES) {
      console.log(`\nBuilding reference register, ${size.toLocaleString('sv-SE')} customers…`);
      const { file, seconds } = await build(dir, size);
      generation[String(size)] = seconds;
      console.log(`  built in ${seconds.toFixed(1)} s (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB)`);
      if (ONLY === 'encrypted') {
        rows.push(...(await benchEncrypted(dir, file, size)));
        continue;
      }
      if (ONLY === 'changeNotices') {
        for (const bench of [benchAgreements, benchChangeNotices]) rows.push(...(await bench(dir, file, size)));
        continue;
      }
      if (ONLY === 'requestsBreaches') {
        rows.push(...(await benchRequestsBreaches(dir, file, size)));
        continue;
      }
      if (ONLY === 'attention') {
        rows.push(...(await benchAttention(dir, file, size)));
        continue;
      }
      if (ONLY === 'sheetImport') {
        rows.push(...(await benchSheetImport(dir, file, size)));
        continue;
      }
      rows.push(await benchOpen(dir, file, size));
      const search = await benchSearch(dir, file, size);
      rows.push(search.row);
      perQuery[String(size)] = search.perQuery;
      if (search.row.verdict === 'OVER') diagnostics[`search ${size}`] = diagnoseSearch(file);
      rows.push(await benchSave(dir, file, size));
      // The register of processing: the reference register has the same 40 activities and 12
      // services at every size, so these run on the 500-customer register only.
      if (size <= 500) {
        const activities = await benchTyping(dir, file, size, 'activities list as you type', ACTIVITY_QUERIES, (core, query) =>
          must(core, 'activities.list', { query }),
        );
        rows.push(activities.row);
        perQuery[`${size} activities`] = activities.perQuery;
        const everywhere = await benchTyping(dir, file, size, 'search everywhere as you type (search.all)', SEARCH_QUERIES, (core, query) =>
          must(core, 'search.all', { query }),
        );
        rows.push(everywhere.row);
        perQuery[`${size} search.all`] = everywhere.perQuery;
        rows.push(...(await benchProcessorRegister(dir, file, size)));
        for (const bench of FEATURE_BENCHES) rows.push(...(await bench(dir, file, size)));
      }
      // The same register with a password, against the plain one (at every size).
      rows.push(...(await benchEncrypted(dir, file, size)));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const header = ['scenario', 'size', 'median ms', 'p95 ms', 'budget', 'floor ms', 'result'];
  const table = rows.map((r) => [
    r.scenario,
    r.size.toLocaleString('sv-SE'),
    ms(r.median),
    ms(r.p95),
    Number.isNaN(r.budget)
      ? '—'
      : `${r.budgetOn === 'p95' ? 'p95' : 'median'} ≤ ${Number.isInteger(r.budget) ? r.budget : ms(r.budget)} ms`,
    ms(r.floor),
    r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const t of table) console.log(line(t));
  console.log(
    '\nGeneration: ' +
      Object.entries(generation)
        .map(([s, v]) => `${Number(s).toLocaleString('sv-SE')} customers ${v.toFixed(1)} s`)
        .join(', '),
  );
  for (const [size, q] of Object.entries(perQuery)) {
    const slowest = Object.entries(q)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    console.log(
      `Slowest prefixes at ${/^\d+$/.test(size) ? Number(size).toLocaleString('sv-SE') : size}: ${slowest.map(([k, v]) => `"${k}" ${ms(v)} ms`).join(', ')}`,
    );
  }
  for (const [name, d] of Object.entries(diagnostics)) {
    console.log(`\nDiagnosis, ${name} (raw SQL, median ms):`);
    for (const [k, v] of Object.entries(d)) console.log(`  ${k.padEnd(40)} ${ms(v)}`);
  }
  const outDir = path.join(repoRoot, 'out', 'bench');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, 'results.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        runs: RUNS,
        generationSeconds: generation,
        rows,
        searchMedianPerPrefix: perQuery,
        diagnostics,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote out/bench/results.json (total ${((now() - started) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
