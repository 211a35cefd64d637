// Migration 9 (issue 16) on a register at schema 8 that holds data: the retention rules' targets
// survive the rebuilt table, the requests' own rule is seeded and applies, and the new registers are empty.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openRegisterDb } from '../../../electron/core/db/open';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { ok, tempDir, testCore } from '../helpers';

describe('migration 9: requests and breaches', () => {
  it('keeps the rules and their targets of a schema-8 file, and adds the rule for requests', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v8.forteckna');
    const v8 = openRegisterDb(file, { create: true, migrationList: migrations.slice(0, 8) });
    expect(v8.pragma('user_version', { simple: true })).toBe(8);
    const now = '2026-01-10T10:00:00.000Z';
    const rule = v8
      .prepare(
        `INSERT INTO retention_rules (name_sv, name_en, anchor_kind, anchor_event, duration, action, created_at, updated_at)
         VALUES ('CMDB', 'CMDB', 'event', 'contract_ended', 'P1Y', 'delete', ?, ?)`,
      )
      .run(now, now).lastInsertRowid;
    for (const kind of ['site', 'equipment'])
      v8.prepare('INSERT INTO retention_rule_targets (record_kind, retention_rule_id) VALUES (?, ?)').run(kind, rule);
    v8.prepare("INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, 'Gamla AB', ?, ?)").run(now, now);
    v8.close();

    const { core } = testCore();
    await ok(core, 'register.open', { path: file });
    const info = await ok(core, 'register.info', {});
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const rules = await ok(core, 'retentionRules.list', {});
    expect(rules.find((r) => r.nameSv === 'CMDB')?.appliesTo).toEqual(['site', 'equipment']);
    const seeded = rules.find((r) => r.appliesTo.includes('dsr_request'));
    expect(seeded).toMatchObject({
      nameSv: 'Begäranden från registrerade',
      anchorKind: 'event',
      anchorEvent: 'request_closed',
      duration: 'P3Y',
    });
    expect((await ok(core, 'requests.list', { filter: 'all' })).total).toBe(0);
    expect((await ok(core, 'breaches.list', { filter: 'all' })).total).toBe(0);
    // A file with data was copied before it was migrated.
    expect(fs.readdirSync(dir).some((f) => f.includes('säkerhetskopia schema 8'))).toBe(true);
    await ok(core, 'register.close', {});

    const db = new Database(file, { readonly: true });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The targets table accepts the new kinds and still refuses others.
    db.close();
    const rw = new Database(file);
    expect(() => rw.prepare("INSERT INTO retention_rule_targets VALUES ('breach', ?)").run(rule)).not.toThrow();
    expect(() => rw.prepare("INSERT INTO retention_rule_targets VALUES ('invoice', ?)").run(rule)).toThrow(/CHECK/);
    rw.close();
  });
});
