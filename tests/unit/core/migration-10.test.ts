// Migration 10 (issue 17) on a register at schema 9 that holds data: it is copied first, gets the
// default reminder settings and an empty table of answers, and its requests reach the attention
// list, where they can be answered. The file is written as schema 9 wrote it (the core only ever
// writes the latest schema).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { openRegisterDb } from '../../../electron/core/db/open';
import { ok, tempDir, testCore } from '../helpers';

describe('migration 10: the attention list', () => {
  it('backs up a schema-9 file with data, then adds the default settings and keeps its requests', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v9.forteckna');
    const v9 = openRegisterDb(file, { create: true, migrationList: migrations.slice(0, 9) });
    expect(v9.pragma('user_version', { simple: true })).toBe(9);
    const now = '2026-10-01T10:00:00.000Z';
    v9.prepare("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Gamla AB', ?, ?)").run(now, now);
    v9.prepare(
      `INSERT INTO dsr_requests (right, received_on, channel, requester_name, our_role, due_on, target_on, created_at, updated_at)
       VALUES ('access', '2026-10-19', 'email', 'Per Ek', 'controller', '2026-11-19', '2026-11-16', ?, ?)`,
    ).run(now, now);
    v9.close();

    const { core } = testCore();
    await ok(core, 'register.open', { path: file });
    expect((await ok(core, 'register.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(await ok(core, 'attention.getSettings', {})).toEqual({ revision: 1, sentAgreementDays: 30 });

    // The old request is on the list, and an answer to it can be stored in the new table.
    const { items, dismissed } = await ok(core, 'attention.list', { kinds: ['request.deadline'] });
    expect(dismissed).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ severity: 'overdue', dueOn: '2026-11-19' });
    await ok(core, 'attention.dismiss', { key: items[0]!.key, fingerprint: items[0]!.fingerprint, mode: 'snooze', until: '2026-11-25' });
    expect((await ok(core, 'attention.list', { kinds: ['request.deadline'] })).dismissed).toHaveLength(1);
    await ok(core, 'register.close', {});

    // A file with data was copied before it was migrated; the copy is schema 9 as it was.
    const backup = fs.readdirSync(dir).find((f) => f.includes('säkerhetskopia schema 9'));
    expect(backup).toBeDefined();
    const copy = new Database(path.join(dir, backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(9);
    expect(copy.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'attention%'").all()).toEqual([]);
    expect(copy.prepare('SELECT requester_name FROM dsr_requests').all()).toEqual([{ requester_name: 'Per Ek' }]);
    copy.close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
