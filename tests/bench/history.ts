// Change history (issue 11, quality.md): what recording costs a save, the history screen's first
// page, and walking the whole chain. All on copies or registers of their own, so the reference
// file the other benches use is left as it was.
//
// (a) The save, durable (synchronous=FULL), with its history entry against the same save without
//     it: both through the session's customers service on the same connection, interleaved. For
//     "without", session.history.withoutHistory() turns recording off: the connection's TEMP
//     triggers still fire (and only check the flag), nothing is staged, diffed, hashed or
//     appended. The difference is therefore what the history costs beyond an idle trigger.
// (b) history.list, first page of 100, on a register of 2,000 entries (quality.md) and on the
//     reference register as generated (whose every row was recorded); floor: the raw SELECT.
// (c) history.verify over 100,000 entries: a real 2,000-entry history continued with 98,000
//     entries built with chain.ts from real entries' content, so the chain is valid and the
//     entries are of realistic size. No budget in quality.md; 10 s is what a user waiting for a
//     verify would still accept. Floor: reading the same rows without hashing.
// (d) history.export of the 2,000 entries as XLSX; no budget of its own in quality.md, so the
//     register workbook's 5 s; floor: the same export as CSV.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { customerFields, type Customer, type CustomerFields } from '../../shared/contract';
import { contentHash, linkHash, type HistoryRow } from '../../electron/core/history/chain';
import { createRng, referenceCustomers } from '../../electron/core/sample/reference-register';
import { openSession, type Session } from '../../electron/core/session';
import { median, ms, must, newCore, now, p95, row, RUNS, type Row } from './kit';

const CLOCK = { now: () => new Date('2026-01-15T09:00:00Z') };

function fieldsOf(c: Customer, notes: string): CustomerFields & Pick<Customer, 'legalForm'> {
  return {
    name: c.name,
    legalForm: c.legalForm,
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

/**
 * (a) p50/p95 of one durable customer save with and without its history entry, interleaved;
 * beside them, for scale, the bare UPDATE of the same row on a plain connection (no triggers,
 * no service), which is mostly the disk's fsync.
 */
function benchSaveOverhead(dir: string, file: string, size: number): Row[] {
  const copy = path.join(dir, `history-save-${size}.forteckna`);
  fs.copyFileSync(file, copy);
  const session = openSession(copy, CLOCK);
  const raw = new Database(copy, { fileMustExist: true });
  raw.pragma('synchronous = FULL');
  const rawUpdate = raw.prepare('UPDATE customers SET notes = ?, revision = revision + 1 WHERE id = ?');
  try {
    const id = Math.ceil(size / 3);
    let customer = session.customers.get(id);
    const samples = Math.max(60, RUNS * 4);
    const withHistory: number[] = [];
    const without: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i <= samples; i++) {
      const t0 = now();
      customer = session.customers.update(id, customer.revision, fieldsOf(customer, `Med historik ${i}`));
      const t1 = now();
      customer = session.history.withoutHistory(() =>
        session.customers.update(id, customer.revision, fieldsOf(customer, `Utan historik ${i}`)),
      );
      const t2 = now();
      raw.transaction(() => rawUpdate.run(`Rå ${i}`, id))();
      const t3 = now();
      customer = session.customers.get(id);
      if (i === 0) continue; // warm-up
      withHistory.push(t1 - t0);
      without.push(t2 - t1);
      bare.push(t3 - t2);
    }
    const ratio = (q: (v: number[]) => number) => (q(withHistory) / q(without)).toFixed(2);
    console.log(
      `  history save: with p50 ${ms(median(withHistory))} / p95 ${ms(p95(withHistory))} ms; without p50 ${ms(median(without))} / p95 ${ms(p95(without))} ms; ` +
        `ratio p50 ${ratio(median)}×, p95 ${ratio(p95)}×; bare UPDATE p50 ${ms(median(bare))} / p95 ${ms(p95(bare))} ms (${withHistory.length} samples each)`,
    );
    return [
      row(
        `single-row save with history entry (ratio to without: p50 ${ratio(median)}×, p95 ${ratio(p95)}×)`,
        size,
        withHistory,
        20,
        'median',
        median(without),
      ),
      row('single-row save without history (withoutHistory)', size, without, 20, 'median', median(bare)),
    ];
  } finally {
    raw.close();
    session.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${copy}${suffix}`, { force: true });
  }
}

const historyCount = (session: Session) => session.history.repo.list({}, 0, 0).total;

/** A new register whose history holds `entries` entries: customers created, then edited, a few hundred per transaction. */
function registerWithEntries(file: string, entries: number): number {
  const session = openSession(file, CLOCK, { create: true });
  try {
    session.organisation.initialise('Historik Bänk AB');
    const customers: Customer[] = [];
    const fields = [...referenceCustomers(createRng(7), 400)].map((f) => customerFields.parse({ ...f, contactPersons: [] }));
    session.tx(() => {
      for (const f of fields) customers.push(session.customers.create(f));
    });
    for (let round = 1; historyCount(session) < entries; round++) {
      const missing = entries - historyCount(session);
      session.tx(() => {
        customers.slice(0, missing).forEach((c, i) => {
          customers[i] = session.customers.update(c.id, c.revision, fieldsOf(c, `Anteckning, version ${round}`));
        });
      });
    }
    return historyCount(session);
  } finally {
    session.close();
  }
}

/** (b) The history screen's first page: history.list through the core, warm, median. */
async function benchFirstPage(dir: string, file: string, size: number, label: string): Promise<Row> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    const page = await must<{ total: number; rows: unknown[] }>(core, 'history.list', { limit: 100 });
    const t = now() - t0;
    total = page.total;
    if (page.rows.length !== Math.min(100, total)) throw new Error('unexpected page size');
    if (i > 0) times.push(t);
  }
  core.close();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const pageSql = db.prepare('SELECT * FROM history ORDER BY id DESC LIMIT 100');
  const countSql = db.prepare('SELECT count(*) AS n FROM history');
  const floors: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    pageSql.all();
    countSql.get();
    if (i > 0) floors.push(now() - t0);
  }
  db.close();
  return row(`history.list first page, ${label} (${total.toLocaleString('sv-SE')} entries)`, size, times, 150, 'median', median(floors));
}

/** (d) history.export of the 2,000-entry register as XLSX, beside the same rows as CSV (the floor). */
async function benchExport(dir: string, file: string, size: number): Promise<Row> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const runs = Math.max(3, Math.min(RUNS, 7));
  const time = async (format: 'xlsx' | 'csv') => {
    const times: number[] = [];
    let written = { rows: 0, bytes: 0 };
    for (let i = 0; i <= runs; i++) {
      const t0 = now();
      written = await must<{ rows: number; bytes: number }>(core, 'history.export', { format, path: path.join(dir, `history.${format}`) });
      if (i > 0) times.push(now() - t0);
    }
    return { times, written };
  };
  const xlsx = await time('xlsx');
  const csv = await time('csv');
  core.close();
  for (const f of ['xlsx', 'csv']) fs.rmSync(path.join(dir, `history.${f}`), { force: true });
  return row(
    `history.export XLSX, 2,000 entries (${xlsx.written.rows.toLocaleString('sv-SE')} rows, ${(xlsx.written.bytes / 1024).toFixed(0)} kB)`,
    size,
    xlsx.times,
    5_000,
    'median',
    median(csv.times),
  );
}

/** Appends generated entries to the file's chain until it holds `target`, reusing real entries' content. */
function extendChain(file: string, target: number): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    const templates = db.prepare("SELECT * FROM history WHERE action <> 'redact' ORDER BY id LIMIT 1000").all() as HistoryRow[];
    const last = db.prepare('SELECT * FROM history ORDER BY id DESC LIMIT 1').get() as HistoryRow;
    const insert = db.prepare(`INSERT INTO history (id, change_id, at, os_user, display_name, method, kind, record_id, record_name,
      parent_kind, parent_id, action, changes, snapshot, redacted_at, prev_hash, content_hash, hash)
      VALUES (@id, @change_id, @at, @os_user, @display_name, @method, @kind, @record_id, @record_name,
      @parent_kind, @parent_id, @action, @changes, @snapshot, NULL, @prev_hash, @content_hash, @hash)`);
    const start = Date.parse(last.at);
    let prev = last.hash;
    db.transaction(() => {
      for (let id = last.id + 1; id <= target; id++) {
        const t = templates[id % templates.length]!;
        const content = {
          ...t,
          id,
          change_id: last.change_id + Math.ceil((id - last.id) / 250),
          at: new Date(start + (id - last.id) * 1000).toISOString(),
        };
        const own = contentHash(content);
        const hash = linkHash(prev, own);
        insert.run({ ...content, prev_hash: prev, content_hash: own, hash });
        prev = hash;
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** (c) history.verify through the core over the whole chain. */
async function benchVerify(dir: string, file: string, size: number, entries: number): Promise<Row> {
  const core = newCore(dir);
  await must(core, 'register.open', { path: file });
  const runs = Math.max(3, Math.min(RUNS, 7));
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = now();
    const result = await must<{ ok: boolean; entries: number }>(core, 'history.verify', {});
    const t = now() - t0;
    if (!result.ok || result.entries !== entries) throw new Error(`verify: ${JSON.stringify(result)}`);
    if (i > 0) times.push(t);
  }
  core.close();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const all = db.prepare('SELECT * FROM history ORDER BY id');
  const floors: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = now();
    let n = 0;
    for (const _ of all.iterate()) n++;
    if (n !== entries) throw new Error('floor read a different number of entries');
    if (i > 0) floors.push(now() - t0);
  }
  db.close();
  return row(`history.verify (${entries.toLocaleString('sv-SE')} entries)`, size, times, 10_000, 'median', median(floors));
}

export async function benchHistory(dir: string, file: string, size: number): Promise<Row[]> {
  const rows: Row[] = [...benchSaveOverhead(dir, file, size)];

  const small = path.join(dir, 'history-2000.forteckna');
  const built = registerWithEntries(small, 2_000);
  rows.push(await benchFirstPage(dir, small, size, `register of ${built.toLocaleString('sv-SE')}`));
  rows.push(await benchFirstPage(dir, file, size, 'reference register'));
  rows.push(await benchExport(dir, small, size));

  const big = path.join(dir, 'history-100000.forteckna');
  fs.copyFileSync(small, big);
  const t0 = now();
  extendChain(big, 100_000);
  const generated = now() - t0;
  console.log(
    `  history: 98,000 chained entries generated in ${ms(generated)} ms; file ${(fs.statSync(big).size / 1024 / 1024).toFixed(1)} MB`,
  );
  rows.push(await benchVerify(dir, big, size, 100_000));

  for (const f of [small, big]) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${f}${suffix}`, { force: true });
  return rows;
}
