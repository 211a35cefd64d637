// The history is tamper-evident (issue 11): an entry changed, removed or reordered behind the
// app's back — with plain SQL on a copy of the file, the triggers dropped — is reported by
// history.verify at that entry, with the reason.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { canonical, contentHash, GENESIS_HASH, linkHash, sha256, verifyChain, type HistoryRow } from '../../../electron/core/history/chain';
import type { Customer } from '../../../shared/contract';
import { blankCustomer, ok } from '../helpers';
import { historyCore, type HistoryCore } from './fixture';

/** A register with a few customers created, edited and deleted: entries 1 (the organisation) to 8. */
async function register(): Promise<HistoryCore & { ids: number[] }> {
  const h = await historyCore();
  const ids: number[] = [];
  const customers: Customer[] = [];
  for (const [i, name] of ['Alfa Åkeri AB', 'Beta Bygg AB', 'Gamma Glas AB'].entries()) {
    h.at(`2026-11-0${i + 2}T08:00:00.000Z`);
    customers.push(await ok(h.core, 'customers.create', { ...blankCustomer, name, notes: 'Västerås' }));
    ids.push(customers.at(-1)!.id);
  }
  for (const c of customers) {
    await ok(h.core, 'customers.update', { id: c.id, revision: c.revision, fields: { ...blankCustomer, name: c.name, notes: 'Köping' } });
  }
  await ok(h.core, 'customers.delete', { id: customers[2]!.id, revision: customers[2]!.revision + 1 });
  expect(await ok(h.core, 'history.verify', {})).toEqual({ ok: true, entries: 8, brokenAt: null });
  return Object.assign(h, { ids });
}

/** Closes the register, copies the file, runs `sql` on the copy with the triggers dropped, and verifies the copy in the app. */
async function verifyTampered(h: HistoryCore, sql: string | ((db: Database.Database) => void)) {
  h.core.close();
  const copy = path.join(h.dir, 'kopia.forteckna');
  fs.copyFileSync(h.file, copy);
  const db = new Database(copy, { fileMustExist: true });
  try {
    db.exec('DROP TRIGGER history_redact_only; DROP TRIGGER history_no_delete;');
    if (typeof sql === 'string') db.exec(sql);
    else sql(db);
  } finally {
    db.close();
  }
  const core = await h.reopen(copy);
  return ok(core, 'history.verify', {});
}

const rowOf = (db: Database.Database, id: number) => db.prepare('SELECT * FROM history WHERE id = ?').get(id) as HistoryRow;

describe('history chain: an edit behind the app’s back is found', () => {
  it('is OK when the triggers were dropped but nothing was changed', async () => {
    const h = await register();
    expect(await verifyTampered(h, 'SELECT 1')).toEqual({ ok: true, entries: 8, brokenAt: null });
  });

  it.each([
    [
      'a changed value at that entry',
      "UPDATE history SET changes = replace(changes, 'Köping', 'Uppsala') WHERE id = 5",
      { id: 5, reason: 'content' },
    ],
    ['a changed time at that entry', "UPDATE history SET at = '2026-10-01T08:00:00.000Z' WHERE id = 3", { id: 3, reason: 'content' }],
    ['a changed user at that entry', "UPDATE history SET display_name = 'Någon annan' WHERE id = 6", { id: 6, reason: 'content' }],
    [
      'a changed snapshot at that entry',
      "UPDATE history SET snapshot = replace(snapshot, 'Köping', 'Uppsala') WHERE id = 7",
      { id: 7, reason: 'content' },
    ],
    ['a removed entry at the one after the gap', 'DELETE FROM history WHERE id = 4', { id: 5, reason: 'order' }],
    ['a removed first entry at the new first one', 'DELETE FROM history WHERE id = 1', { id: 2, reason: 'link' }],
    // A forged entry with valid hashes of its own cannot be told from a real one; the next one can.
    ['an entry slipped in at the one after it', null, { id: 5, reason: 'link' }],
  ] as const)('reports %s', async (_, sql, brokenAt) => {
    const h = await register();
    const result = await verifyTampered(
      h,
      sql ??
        ((db) => {
          // Put in place of entry 4, the rest moved up one.
          db.exec('UPDATE history SET id = id + 100 WHERE id >= 4; UPDATE history SET id = id - 99 WHERE id >= 100;');
          const prev = rowOf(db, 3);
          const forged = { ...rowOf(db, 5), id: 4, record_name: 'Påhittad AB', prev_hash: prev.hash };
          forged.content_hash = contentHash(forged);
          forged.hash = linkHash(forged.prev_hash, forged.content_hash);
          db.prepare(
            `INSERT INTO history VALUES (${Object.keys(forged)
              .map((k) => `@${k}`)
              .join(', ')})`,
          ).run(forged);
        }),
    );
    expect(result).toMatchObject({ ok: false, brokenAt });
  });

  it('reports two swapped entries at the first of them', async () => {
    const h = await register();
    const result = await verifyTampered(h, (db) => {
      // Everything but the id (the rowid) changes place: the same as reordering the rows.
      const [a, b] = [rowOf(db, 3), rowOf(db, 4)];
      const put = db.prepare(
        `UPDATE history SET change_id = @change_id, at = @at, os_user = @os_user, display_name = @display_name, method = @method,
          kind = @kind, record_id = @record_id, record_name = @record_name, parent_kind = @parent_kind, parent_id = @parent_id,
          action = @action, changes = @changes, snapshot = @snapshot, redacted_at = @redacted_at, prev_hash = @prev_hash,
          content_hash = @content_hash, hash = @hash WHERE id = @target`,
      );
      put.run({ ...b, target: 3 });
      put.run({ ...a, target: 4 });
    });
    expect(result).toEqual({ ok: false, entries: 8, brokenAt: { id: 3, reason: 'link' } });
  });

  it('reports two entries with their values swapped at the first of them', async () => {
    const h = await register();
    const result = await verifyTampered(h, (db) => {
      const [a, b] = [rowOf(db, 5), rowOf(db, 6)];
      db.prepare('UPDATE history SET changes = ?, snapshot = ?, record_name = ? WHERE id = ?').run(b.changes, b.snapshot, b.record_name, 5);
      db.prepare('UPDATE history SET changes = ?, snapshot = ?, record_name = ? WHERE id = ?').run(a.changes, a.snapshot, a.record_name, 6);
    });
    expect(result).toMatchObject({ ok: false, brokenAt: { id: 5, reason: 'content' } });
  });

  it('finds an edit whose own hashes were recomputed, at the next entry', async () => {
    const h = await register();
    const result = await verifyTampered(h, (db) => {
      const row = { ...rowOf(db, 5), changes: rowOf(db, 5).changes.replace('Köping', 'Uppsala') };
      row.content_hash = contentHash(row);
      row.hash = linkHash(row.prev_hash, row.content_hash);
      db.prepare('UPDATE history SET changes = @changes, content_hash = @content_hash, hash = @hash WHERE id = @id').run(row);
    });
    expect(result).toMatchObject({ ok: false, brokenAt: { id: 6, reason: 'link' } });
  });

  it('finds a change to an erased entry, whose values the chain no longer holds', async () => {
    const h = await register();
    const deleted = h.ids[2]!;
    await ok(h.core, 'history.erase', { kind: 'customer', recordId: deleted });
    expect(await ok(h.core, 'history.verify', {})).toEqual({ ok: true, entries: 9, brokenAt: null });
    // Entry 4 is the erased customer's creation: someone puts a name back into it.
    const result = await verifyTampered(h, "UPDATE history SET record_name = 'Gamma Glas AB' WHERE id = 4 AND redacted_at IS NOT NULL");
    expect(result).toEqual({ ok: false, entries: 9, brokenAt: { id: 4, reason: 'redaction' } });
  });

  it('keeps the original unchanged: the copy was tampered with, not the register', async () => {
    const h = await register();
    await verifyTampered(h, 'DELETE FROM history WHERE id = 4');
    const original = await h.reopen(h.file);
    expect(await ok(original, 'history.verify', {})).toEqual({ ok: true, entries: 8, brokenAt: null });
  });
});

describe('history chain: the hashes', () => {
  const entry = (id: number, prev: string, extra: Partial<HistoryRow> = {}): HistoryRow => {
    const content = {
      id,
      change_id: id,
      at: '2026-11-02T08:00:00.000Z',
      os_user: 'maria',
      display_name: 'Maria Lind',
      method: 'customers.update',
      kind: 'customer',
      record_id: 1,
      record_name: 'Åre Kund AB',
      parent_kind: null,
      parent_id: null,
      action: 'update',
      changes: '{"fields":[],"lists":[]}',
      snapshot: null,
      ...extra,
    };
    const own = contentHash(content);
    return { ...content, redacted_at: null, prev_hash: prev, content_hash: own, hash: linkHash(prev, own) };
  };
  const chain = (n: number) => {
    const rows: HistoryRow[] = [];
    for (let i = 1; i <= n; i++) rows.push(entry(i, rows.at(-1)?.hash ?? GENESIS_HASH));
    return rows;
  };

  it('hashes a canonical form: fixed order, every stored fact, no key names', () => {
    const row = entry(1, GENESIS_HASH);
    expect(canonical(row)).toBe(
      '[1,1,"2026-11-02T08:00:00.000Z","maria","Maria Lind","customers.update","customer",1,"Åre Kund AB",null,null,"update","{\\"fields\\":[],\\"lists\\":[]}",null]',
    );
    expect(row.content_hash).toBe(sha256(canonical(row)));
    expect(row.hash).toBe(sha256(GENESIS_HASH + row.content_hash));
    // The same content in another key order hashes the same.
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as unknown as HistoryRow;
    expect(contentHash(reordered)).toBe(row.content_hash);
    // Each fact is covered.
    for (const [key, value] of Object.entries({ at: 'x', os_user: 'x', record_id: 2, parent_id: 3, action: 'delete', snapshot: '{}' })) {
      expect(contentHash({ ...row, [key]: value }), key).not.toBe(row.content_hash);
    }
  });

  it('verifies an empty history and a long chain', () => {
    expect(verifyChain([])).toEqual({ ok: true, entries: 0, brokenAt: null });
    expect(verifyChain(chain(500))).toEqual({ ok: true, entries: 500, brokenAt: null });
  });

  it('counts every entry even past the break, and reports the first break only', () => {
    const rows = chain(10);
    rows[3] = { ...rows[3]!, record_name: 'Ändrad' };
    rows[7] = { ...rows[7]!, record_name: 'Också ändrad' };
    expect(verifyChain(rows)).toEqual({ ok: false, entries: 10, brokenAt: { id: 4, reason: 'content' } });
  });

  it('refuses a chain that does not start at the genesis hash', () => {
    const rows = chain(3).slice(1);
    expect(verifyChain(rows)).toEqual({ ok: false, entries: 2, brokenAt: { id: 2, reason: 'link' } });
  });
});
