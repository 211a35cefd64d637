import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openRegisterDb } from '../../../electron/core/db/open';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../../../electron/core/db/migrations';
import { call, coreWithRegister, ok, tempDir, testCore } from '../helpers';

describe('register file', () => {
  it('sets and keeps the required pragmas on every open', () => {
    const file = path.join(tempDir(), 'p.forteckna');
    const db = openRegisterDb(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a file written by a newer version with a clear message, leaving it untouched', async () => {
    const { core, dir } = testCore();
    const file = path.join(dir, 'newer.forteckna');
    openRegisterDb(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    const result = await call(core, 'register.open', { path: file });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('NEWER_VERSION');
      expect(result.error.message).toMatch(/newer version of Förteckna/);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses files that are not registers: text, another app’s database, a folder', async () => {
    const { core, dir } = testCore();
    const text = path.join(dir, 'notes.forteckna');
    fs.writeFileSync(text, 'hello, not a database');
    const other = path.join(dir, 'other.forteckna');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    for (const file of [text, other, dir]) {
      const result = await call(core, 'register.open', { path: file });
      expect(result.ok ? 'ok' : result.error.code).toBe('NOT_A_REGISTER');
    }
  });

  it('takes a verified backup before migrating a file with data, and migrates each step in one transaction', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.forteckna');
    const v1 = migrations.slice(0, 1);
    openRegisterDb(file, { create: true, migrationList: v1 }).close();
    const extra: Migration = { version: 2, name: '0002-test', up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY) STRICT') };
    const db = openRegisterDb(file, { migrationList: [...v1, extra], now: new Date('2026-11-22T10:00:00Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const backups = fs.readdirSync(dir).filter((f) => f.includes('säkerhetskopia schema 1'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(dir, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('leaves the file at the old version when a migration fails half-way', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fail.forteckna');
    const v1 = migrations.slice(0, 1);
    openRegisterDb(file, { create: true, migrationList: v1 }).close();
    const broken: Migration = {
      version: 2,
      name: '0002-broken',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('boom in the middle');
      },
    };
    expect(() => openRegisterDb(file, { migrationList: [...v1, broken] })).toThrow(/boom/);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('matches the committed schema snapshot (a change needs a new migration)', () => {
    const file = path.join(tempDir(), 's.forteckna');
    const db = openRegisterDb(file, { create: true });
    const schema = (
      db.prepare('SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name').all() as { sql: string }[]
    )
      .map((r) => `${r.sql.replace(/\s+/g, ' ').trim()};`)
      .join('\n');
    db.close();
    const snapshotFile = path.join(__dirname, 'schema.snapshot.sql');
    if (!fs.existsSync(snapshotFile) || process.env.UPDATE_SCHEMA_SNAPSHOT === '1') fs.writeFileSync(snapshotFile, `${schema}\n`);
    expect(`${schema}\n`).toBe(fs.readFileSync(snapshotFile, 'utf8'));
  });

  it('keeps the register consistent across close and reopen, with the WAL folded into the file', async () => {
    const { core, info } = await coreWithRegister();
    await ok(core, 'customers.create', {
      name: 'Ålands Fisk AB',
      orgNr: '',
      visitingAddress: { street: '', postalCode: '', city: 'Mariehamn', country: 'Åland' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: true,
      contactPersons: [],
      dpo: { name: '', email: '', phone: '' },
      contractStart: null,
      contractEnd: null,
      status: 'active',
      notes: '',
    });
    await ok(core, 'register.close', {});
    expect(fs.existsSync(`${info.path}-wal`) ? fs.statSync(`${info.path}-wal`).size : 0).toBe(0);
    await ok(core, 'register.open', { path: info.path });
    expect((await ok(core, 'register.info', {})).counts.customers).toBe(1);
  });

  it('remembers opened registers in the recent-files list, newest first', async () => {
    const { core, dir } = testCore();
    await ok(core, 'register.create', { organisationName: 'Första AB', path: path.join(dir, 'a.forteckna') });
    await ok(core, 'register.create', { organisationName: 'Andra AB', path: path.join(dir, 'b') });
    const settings = await ok(core, 'settings.get', {});
    expect(settings.recentFiles.map((f) => [path.basename(f.path), f.organisationName, f.exists])).toEqual([
      ['b.forteckna', 'Andra AB', true],
      ['a.forteckna', 'Första AB', true],
    ]);
  });

  it('creates new registers in the data folder when the host has no save dialog', async () => {
    const { core, dir } = testCore();
    const first = await ok(core, 'register.create', { organisationName: 'Kund: AB/Test' });
    const second = await ok(core, 'register.create', { organisationName: 'Kund: AB/Test' });
    expect(path.dirname(first!.path)).toBe(dir);
    expect(first!.fileName).toBe('Kund AB Test.forteckna');
    expect(second!.fileName).toBe('Kund AB Test (2).forteckna');
  });

  it('opens the sample register with its organisation and customers, reporting progress', async () => {
    const { core } = testCore();
    const progress: number[] = [];
    core.subscribe((event, payload) => {
      if (event === 'task.progressed') progress.push((payload as { done: number }).done);
    });
    const info = await ok(core, 'register.openSample', {});
    expect(info.organisationName).toBe('Exempel IT AB');
    const counts = (await ok(core, 'register.info', {})).counts;
    expect(counts.customers).toBeGreaterThanOrEqual(30);
    expect(counts.contactPersons).toBeGreaterThan(counts.customers!);
    expect(progress.length).toBeGreaterThan(0);
    expect((await ok(core, 'organisation.get', {})).orgNr).toMatch(/^\d{6}-\d{4}$/);
  });
});
