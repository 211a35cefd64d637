// The portable JSON format without loss: export → import → export gives the same file (apart from
// exportedAt), on the sample register and the reference register; the imported register is a
// working register (search indexes rebuilt, built-ins not duplicated, documents byte for byte).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { portableDocument } from '../../../shared/contract';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { coverageProblems } from '../../../electron/core/portable/portable.format';
import { describeTables, describeTablesAtVersion } from '../../../electron/core/portable/portable.repo';
import { ok } from '../helpers';
import { readJson, referenceCore, sampleCore, withoutTimestamp, writeJson } from './fixtures';

/** Every table, index and trigger of a register file, as SQL. */
function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as {
        type: string;
        name: string;
        sql: string | null;
      }[]
    ).map((r) => `${r.type} ${r.name}: ${r.sql ?? ''}`);
  } finally {
    db.close();
  }
}

describe('portable JSON round trip', () => {
  it('exports the sample register and imports it into a new register that exports to the same file', async () => {
    const { core, dir, file } = await sampleCore();
    const before = await ok(core, 'register.info', {});
    const first = await ok(core, 'portable.export', { path: path.join(dir, 'export-1.json') });
    expect(first!.bytes).toBe(fs.statSync(first!.path).size);
    expect(first!.counts).toMatchObject({ organisation: 1, customers: 30, activities: 11, vocabularyTerms: before.counts.vocabularyTerms });

    const target = path.join(dir, 'importerad.forteckna');
    const imported = await ok(core, 'portable.import', { source: first!.path, target });
    expect(imported).toEqual({ path: target, counts: first!.counts });
    // The new register is the open one now; the original file is untouched and still there.
    expect((await ok(core, 'register.current', {}))!.path).toBe(target);
    expect(fs.existsSync(file)).toBe(true);
    // Same counts: the migration-seeded built-ins were replaced, not doubled.
    expect(await ok(core, 'register.info', {})).toEqual(before);

    const second = await ok(core, 'portable.export', { path: path.join(dir, 'export-2.json') });
    expect(withoutTimestamp(second!.path)).toBe(withoutTimestamp(first!.path));

    // The same schema as a register made by the app: same tables, indexes and triggers.
    expect(schemaOf(target)).toEqual(schemaOf(file));

    // Search works in the imported register: the full-text index was rebuilt.
    const found = await ok(core, 'customers.list', { query: 'tandvård' });
    expect(found.items.map((c) => c.name)).toContain('Mälardalens Tandvård AB');
    // Nothing but the three files we asked for (no temp files, no backups).
    expect(
      fs
        .readdirSync(dir)
        // -wal, -shm and the owner lock (.lock) of the register that is open
        .filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm') && !f.endsWith('.lock'))
        .sort(),
    ).toEqual(['exempel.forteckna', 'export-1.json', 'export-2.json', 'importerad.forteckna'].sort());
  });

  it('round-trips the reference register (100 customers) byte for byte', async () => {
    // The time budget (≤ 5 s on 500 customers) is measured by the bench, not here.
    const { core, dir } = await referenceCore(100);
    const searchBefore = await ok(core, 'search.all', { query: 'server' });
    const first = await ok(core, 'portable.export', { path: path.join(dir, 'ref-1.json') });
    await ok(core, 'portable.import', { source: first!.path, target: path.join(dir, 'ref.forteckna') });
    const second = await ok(core, 'portable.export', { path: path.join(dir, 'ref-2.json') });
    expect(first!.counts).toMatchObject({ customers: 100, equipment: expect.any(Number) as number });
    expect(withoutTimestamp(second!.path)).toBe(withoutTimestamp(first!.path));
    // Search everywhere (customers and devices from their full-text indexes) finds the same.
    expect(await ok(core, 'search.all', { query: 'server' })).toEqual(searchBefore);
  }, 60_000); // most of it is writing the reference register through the services

  it('keeps a generated agreement and its signed copy byte for byte', async () => {
    const { core, dir } = await sampleCore();
    const customer = (await ok(core, 'customers.list', { query: 'tandvård' })).items[0]!;
    const defaults = await ok(core, 'agreements.defaults', { customerId: customer.id });
    const generated = await ok(core, 'agreements.generate', { ...defaults, customerId: customer.id });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 255, 254]), Buffer.from('\n%%EOF\n')]);
    const attached = await ok(core, 'agreements.attach', {
      id: generated.id,
      revision: generated.revision,
      fileName: 'Signerat avtal.pdf',
      mime: 'application/pdf',
      dataBase64: pdf.toString('base64'),
    });
    const originalDocx = path.join(dir, 'original.docx');
    await ok(core, 'agreements.saveDocument', { id: generated.id, path: originalDocx });

    const first = await ok(core, 'portable.export', { path: path.join(dir, 'avtal-1.json') });
    const info = await ok(core, 'register.info', {});
    expect(first!.counts).toMatchObject({ agreements: info.counts.agreements, agreementAttachments: 3 }); // the sample has two signed copies
    await ok(core, 'portable.import', { source: first!.path, target: path.join(dir, 'avtal.forteckna') });

    const again = await ok(core, 'agreements.get', { id: generated.id });
    expect(again.attachments.map((a) => a.fileName)).toEqual(['Signerat avtal.pdf']);
    const copy = path.join(dir, 'copy.pdf');
    await ok(core, 'agreements.saveAttachment', { attachmentId: attached.attachments[0]!.id, path: copy });
    expect(fs.readFileSync(copy).equals(pdf)).toBe(true);
    const docx = path.join(dir, 'copy.docx');
    await ok(core, 'agreements.saveDocument', { id: generated.id, path: docx });
    expect(fs.readFileSync(docx).equals(fs.readFileSync(originalDocx))).toBe(true);

    const second = await ok(core, 'portable.export', { path: path.join(dir, 'avtal-2.json') });
    expect(withoutTimestamp(second!.path)).toBe(withoutTimestamp(first!.path));
  });

  it('imports a file from an older schema version and brings the new register up to date', async () => {
    const { core, dir } = await sampleCore();
    const exported = await ok(core, 'portable.export', { path: path.join(dir, 'ny.json') });
    // What schema 4 had: the tables of migration 0005 did not exist yet, nor the columns of 0007.
    const doc = readJson(exported!.path);
    const v4 = new Map(describeTablesAtVersion(4).map((t) => [t.key, new Set(t.columns.map((c) => c.key))]));
    const asAt4 = (key: string, rows: Record<string, unknown>[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([column]) => v4.get(key)!.has(column))));
    // A rule counted from the register's own event (schema 7) has no schema-4 form: leave it out.
    const ownEvent = new Set(doc.tables.retentionRules!.filter((r) => r.anchorEventId !== null).map((r) => r.id));
    doc.tables.retentionRules = doc.tables.retentionRules!.filter((r) => !ownEvent.has(r.id));
    doc.tables.activityRetention = doc.tables.activityRetention!.filter((r) => !ownEvent.has(r.retentionRuleId));
    for (const service of doc.tables.services!) if (ownEvent.has(service.retentionRuleId)) service.retentionRuleId = null;
    const older = {
      ...doc,
      schemaVersion: 4,
      tables: Object.fromEntries(
        Object.entries(doc.tables)
          .filter(([key]) => v4.has(key))
          .map(([key, rows]) => [key, asAt4(key, rows as Record<string, unknown>[])]),
      ),
    };
    expect(Object.keys(older.tables)).not.toContain('equipment');
    const source = writeJson(dir, 'schema-4.json', older);

    const target = path.join(dir, 'fran-schema-4.forteckna');
    await ok(core, 'portable.import', { source, target });
    const info = await ok(core, 'register.info', {});
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.counts.customers).toBe(30);
    const roundTrip = readJson((await ok(core, 'portable.export', { path: path.join(dir, 'igen.json') }))!.path);
    expect(roundTrip.tables.customers).toEqual(doc.tables.customers); // the new columns come with their defaults
    expect(roundTrip.tables.equipment).toEqual([]);
    // Migrated in place: no "backup before migrating" copy of a file that never held the user's data.
    expect(fs.readdirSync(dir).some((f) => f.includes('säkerhetskopia'))).toBe(false);
  });

  it('writes files that match the published schema of the format', async () => {
    const { core, dir } = await sampleCore();
    const exported = await ok(core, 'portable.export', { path: path.join(dir, 'x.json') });
    const parsed = portableDocument.safeParse(readJson(exported!.path));
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });
});

describe('portable schemas cover the register', () => {
  it('has a row schema for every table and column of the latest schema, and nothing else', () => {
    expect(coverageProblems(describeTablesAtVersion(LATEST_SCHEMA_VERSION))).toEqual([]);
  });

  it('notices a table that a new migration adds without a portable schema', () => {
    const db = new Database(':memory:');
    for (const migration of migrations) migration.up(db);
    db.exec('CREATE TABLE incident_photos (id INTEGER PRIMARY KEY, caption TEXT NOT NULL) STRICT');
    db.exec('ALTER TABLE customers ADD COLUMN vat_number TEXT');
    const problems = coverageProblems(describeTables(db));
    db.close();
    expect(problems).toEqual([
      'column customers.vatNumber has no portable schema',
      expect.stringMatching(/^table incident_photos has no portable schema/),
    ]);
  });

  it('leaves out the full-text indexes and SQLite’s own tables, which the triggers rebuild', () => {
    const names = describeTablesAtVersion(LATEST_SCHEMA_VERSION).map((t) => t.name);
    expect(names).toContain('customers');
    expect(names.filter((n) => n.includes('_fts') || n.startsWith('sqlite_'))).toEqual([]);
  });
});
