// The sample and reference registers open with a believable history (issue 11): months of
// entries by a few named users, in order of time, a valid chain, and a past that ends where the
// register is: each record's last entry holds exactly what the record holds today.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain, type HistoryRow } from '../../../electron/core/history/chain';
import type { Row, Snapshot } from '../../../electron/core/history/history.repo';
import { QUIET_COLUMNS, TABLE_OF_KIND } from '../../../electron/core/history/history.tables';
import { createReferenceFile } from '../../../electron/core/sample/reference-file';
import { sampleCustomers, writeSampleRegister } from '../../../electron/core/sample/sample-register';
import { createHistoryService } from '../../../electron/core/history/history.service';
import { openSession } from '../../../electron/core/session';
import type { HistoryKind } from '../../../shared/contract';
import { FIXED_NOW, ok, tempDir, testCore } from '../helpers';

/** A record's rows without what changes on every save (revision, timestamps) and without row keys. */
function comparable(snapshot: Snapshot): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(snapshot)) {
    out[table] = rows
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== '__key' && k !== 'id' && !QUIET_COLUMNS.has(k))))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return out;
}

/** Every record's last entry against the record as it is: what the history says is what the register holds. */
function checkPastEndsToday(file: string) {
  const session = openSession(file, { now: () => FIXED_NOW });
  try {
    const rows = [...session.history.repo.iterate()];
    const last = new Map<string, HistoryRow>();
    for (const row of rows) if (row.record_id !== null && row.action !== 'redact') last.set(`${row.kind}:${row.record_id}`, row);
    let compared = 0;
    for (const row of last.values()) {
      const now = session.history.repo.readRecord(row.kind as HistoryKind, row.record_id!);
      const table = TABLE_OF_KIND[row.kind as HistoryKind]!;
      if (row.action === 'delete') {
        expect(now[table] ?? [], `${row.kind} ${row.record_id} is gone`).toEqual([]);
        continue;
      }
      expect(comparable(JSON.parse(row.snapshot!) as Snapshot), `${row.kind} ${row.record_id} (entry ${row.id})`).toEqual(comparable(now));
      compared++;
    }
    return { rows, compared };
  } finally {
    session.close();
  }
}

describe('the sample register’s history', () => {
  it('shows two and a half years of work by three people, ending where the register is', async () => {
    const { core } = testCore();
    const started = performance.now();
    const sample = await ok(core, 'register.openSample', {});
    const seconds = (performance.now() - started) / 1000;
    const list = await ok(core, 'history.list', { limit: 1000 });
    expect(list.total).toBeGreaterThan(200);
    expect(list.total).toBeLessThan(400);
    expect(await ok(core, 'history.verify', {})).toEqual({ ok: true, entries: list.total, brokenAt: null });
    const people = ['Jonas Åberg', 'Karin Ödman', 'Maria Lind'];
    expect(await ok(core, 'history.users', {})).toEqual(expect.arrayContaining([...people, 'jonas', 'karin', 'maria']));

    // Oldest first; after the register's own creation (today) every entry follows the one before.
    const entries = [...list.rows].reverse();
    expect(entries[0]!.kind).toBe('organisation');
    const past = entries.slice(1);
    expect(past.every((e, i) => i === 0 || past[i - 1]!.at <= e.at)).toBe(true);
    const days = (Date.parse(past.at(-1)!.at) - Date.parse(past[0]!.at)) / 86_400_000;
    expect(days).toBeGreaterThan(365);
    expect(past.at(-1)!.at < FIXED_NOW.toISOString()).toBe(true);
    const lastHalfYear = past.filter((e) => Date.parse(e.at) > FIXED_NOW.getTime() - 183 * 86_400_000);
    expect(new Set(lastHalfYear.filter((e) => e.action === 'update').map((e) => e.displayName))).toEqual(new Set(people));

    const count = (kind: string, action: string) => entries.filter((e) => e.kind === kind && e.action === action).length;
    expect(count('customer', 'create')).toBe(30);
    expect(count('activity', 'update')).toBeGreaterThanOrEqual(3);
    expect(count('agreement', 'create')).toBe(8);
    const statuses = entries.flatMap((e) =>
      e.kind === 'agreement' ? e.changes.fields.filter((f) => f.field === 'status').map((f) => f.after) : [],
    );
    expect(statuses).toEqual(expect.arrayContaining(['sent', 'signed', 'terminated']));

    // A customer deleted by mistake and brought back minutes later; a contact person gone for good.
    const deleted = entries.find((e) => e.kind === 'customer' && e.action === 'delete')!;
    const back = entries.find((e) => e.kind === 'customer' && e.action === 'restore')!;
    expect(back.recordId).toBe(deleted.recordId);
    expect([deleted.method, back.method]).toEqual(['customers.delete', 'history.undelete']);
    expect(back.displayName).not.toBe(deleted.displayName);
    const left = entries.find((e) => e.kind === 'contactPerson' && e.action === 'delete' && e.method === 'customers.update')!;
    expect(left.restorable).toBe(true);

    // An edit reads as a user made it: the renamed customer, before → after.
    const renamed = entries.find(
      (e) => e.kind === 'customer' && e.action === 'update' && e.changes.fields.some((f) => f.field === 'name'),
    )!;
    expect(renamed.changes.fields).toEqual([{ field: 'name', before: 'Hallstahammars Bil AB', after: 'Hallstahammars Bilservice AB' }]);
    core.close();

    // The data is the sample's own; its history only says how it came to be.
    const { compared } = checkPastEndsToday(sample!.path);
    expect(compared).toBeGreaterThan(150);
    const reopened = openSession(sample!.path, { now: () => FIXED_NOW });
    try {
      const customers = reopened.customers.list({
        query: '',
        status: 'all',
        includeArchived: true,
        agreementStatus: 'all',
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: 100,
      });
      const byName = new Map(customers.items.map((c) => [c.name, reopened.customers.get(c.id)]));
      for (const designed of sampleCustomers()) {
        const c = byName.get(designed.name)!;
        const { invoiceAddress: _, ...rest } = designed;
        expect({ ...c, contactPersons: c.contactPersons.map(({ id: _id, ...p }) => p) }, designed.name).toMatchObject(rest);
      }
    } finally {
      reopened.close();
    }
    console.info(`sample register with its history: ${seconds.toFixed(2)} s`);
  }, 30_000);

  it('is the same for the same day, and leaves the register as durable as before', async () => {
    // The documents' own bytes (agreements, notice letters) differ from run to run (zip timestamps); everything else is the same.
    const summary = (
      rows: {
        at: string;
        displayName: string;
        method: string;
        kind: string;
        action: string;
        recordName: string;
        changes: { fields: { field: string }[] };
      }[],
    ) =>
      rows
        .slice(1)
        .map((e) => [
          e.at,
          e.displayName,
          e.method,
          e.kind,
          e.action,
          e.recordName,
          JSON.stringify(e.changes.fields.filter((f) => f.field !== 'documentSha256' && f.field !== 'letterSha256')),
        ]);
    const { core } = testCore();
    await ok(core, 'register.openSample', {});
    const first = summary([...(await ok(core, 'history.list', { limit: 1000 })).rows].reverse());
    core.close();

    const session = openSession(path.join(tempDir(), 'Exempel IT AB.forteckna'), { now: () => FIXED_NOW }, { create: true });
    try {
      session.organisation.initialise('Exempel IT AB');
      await writeSampleRegister(session);
      expect(session.db.pragma('synchronous', { simple: true })).toBe(2);
      const again = session.use(createHistoryService).list({}, 0, 1000).rows.reverse();
      expect(summary(again)).toEqual(first);
    } finally {
      session.close();
    }
  }, 30_000);
});

describe('the reference register’s history', () => {
  const build = async (seed: number, customers: number, entries?: number) => {
    const file = path.join(tempDir(), `referens-${seed}.forteckna`);
    const counts = await createReferenceFile(file, { seed, customers, now: new Date('2026-01-15T09:00:00Z'), historyEntries: entries });
    return { file, counts };
  };

  it('holds the entries asked for, in order of time, chained, and ending where the register is', async () => {
    const { file, counts } = await build(1, 60, 420);
    expect(counts.history).toBe(420);
    const { rows, compared } = checkPastEndsToday(file);
    expect(rows).toHaveLength(420);
    expect(rows.every((r, i) => i === 0 || rows[i - 1]!.at <= r.at)).toBe(true);
    expect(rows[0]!.at.slice(0, 7)).toBe('2023-11');
    expect(compared).toBeGreaterThan(200);
    expect(new Set(rows.map((r) => r.display_name))).toEqual(new Set(['Jonas Åberg', 'Karin Ödman', 'Maria Lind']));
    expect(rows.some((r) => r.method === 'history.undelete')).toBe(true);
    expect(rows.filter((r) => r.action === 'update').length).toBeGreaterThan(50);
    const session = openSession(file, { now: () => FIXED_NOW });
    try {
      expect(verifyChain(session.history.repo.iterate())).toEqual({ ok: true, entries: 420, brokenAt: null });
    } finally {
      session.close();
    }
  }, 30_000);

  it('is deterministic for a seed', async () => {
    const entries = async (seed: number) => {
      const { file } = await build(seed, 6);
      const session = openSession(file, { now: () => FIXED_NOW });
      try {
        return [...session.history.repo.iterate()].map((r) => [r.at, r.display_name, r.kind, r.record_id, r.action, r.changes]);
      } finally {
        session.close();
      }
    };
    const a = await entries(3);
    expect(a.length).toBeGreaterThan(100);
    expect(await entries(3)).toEqual(a);
    expect(await entries(4)).not.toEqual(a);
  }, 60_000);
});
