import fs from 'node:fs';
import path from 'node:path';
import SignalDatabase from '@signalapp/sqlcipher';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/core/db/open';
import { blankCustomer, call, ok, testCore } from '../helpers';

// Issue 13: an encrypted register is a plain SQLCipher 4 file. Signal's @signalapp/sqlcipher (the
// real SQLCipher, a build independent of our driver, a test-only dependency) opens the app's
// file with nothing but `PRAGMA key` and its defaults, and the app opens a file that SQLCipher
// encrypted with the same defaults.

/** Non-ASCII on purpose: both sides hash the password's UTF-8 bytes (NFC, as typed here). */
const PASSWORD = "Räksmörgås med 'citat' 2026";
const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Signal's SQLCipher with the given password, before anything reads the file. */
function openWithSqlcipher(file: string, password: string): SignalDatabase {
  const db = new SignalDatabase(file);
  db.pragma(`key = ${sqlString(password)}`);
  return db;
}

describe('SQLCipher 4 interoperability (another tool, its default settings)', () => {
  it('SQLCipher itself is what the other side runs, with the SQLCipher 4 defaults', () => {
    const { dir } = testCore();
    const db = openWithSqlcipher(path.join(dir, 'probe.db'), PASSWORD);
    try {
      expect(String(db.pragma('cipher_version', { simple: true }))).toMatch(/^4\./);
      expect(String(db.pragma('kdf_iter', { simple: true }))).toBe('256000');
      expect(String(db.pragma('cipher_page_size', { simple: true }))).toBe('4096');
      expect(db.pragma('cipher_hmac_algorithm', { simple: true })).toBe('HMAC_SHA512');
      expect(db.pragma('cipher_kdf_algorithm', { simple: true })).toBe('PBKDF2_HMAC_SHA512');
    } finally {
      db.close();
    }
  });

  it("a register the app encrypted opens in SQLCipher with its password and shows the app's data", async () => {
    const { core, dir } = testCore();
    const file = path.join(dir, 'Klient.forteckna');
    await ok(core, 'register.create', { organisationName: 'Klient Öst AB', path: file, password: PASSWORD });
    await ok(core, 'customers.create', { ...blankCustomer, name: 'Åkeri Ärlig AB', orgNr: '556677-8899' });
    await ok(core, 'register.close', {});
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const db = openWithSqlcipher(file, PASSWORD);
    try {
      expect(db.pragma('cipher_integrity_check')).toEqual([]); // every page's HMAC verifies
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.prepare('SELECT name, org_nr FROM customers').all()).toEqual([{ name: 'Åkeri Ärlig AB', org_nr: '556677-8899' }]);
      expect(db.prepare('SELECT name FROM organisation').all()).toEqual([{ name: 'Klient Öst AB' }]);
    } finally {
      db.close();
    }

    // A wrong password is refused by SQLCipher too (so the check above can fail).
    const wrong = new SignalDatabase(file);
    wrong.pragma('cipher_log_level = NONE'); // its HMAC failure would go to stderr
    wrong.pragma(`key = ${sqlString(`${PASSWORD}x`)}`);
    try {
      expect(() => wrong.prepare('SELECT count(*) FROM customers').get()).toThrow(/not a database/);
    } finally {
      wrong.close();
    }
  });

  it('a plain register that SQLCipher encrypted (sqlcipher_export) opens in the app with that password', async () => {
    const { core, dir } = testCore();
    const plain = path.join(dir, 'Öppet.forteckna');
    await ok(core, 'register.create', { organisationName: 'Öppet Bygg AB', path: plain });
    await ok(core, 'customers.create', { ...blankCustomer, name: 'Café Ängen AB' });
    await ok(core, 'customers.create', { ...blankCustomer, name: 'Måleri Norr AB' });
    await ok(core, 'register.close', {});

    const encrypted = path.join(dir, 'Krypterat.forteckna');
    const db = new SignalDatabase(plain);
    try {
      db.exec(`ATTACH DATABASE ${sqlString(encrypted)} AS enc KEY ${sqlString(PASSWORD)}`);
      db.prepare("SELECT sqlcipher_export('enc')").get();
      // sqlcipher_export copies the schema and rows, not the header fields.
      db.pragma(`enc.user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
      db.pragma(`enc.application_id = ${Number(db.pragma('application_id', { simple: true }))}`);
      db.exec('DETACH DATABASE enc');
    } finally {
      db.close();
    }
    expect(fs.readFileSync(encrypted).subarray(0, 16).toString('latin1')).not.toContain('SQLite');
    expect(fs.readFileSync(encrypted).includes(Buffer.from('Café Ängen AB'))).toBe(false);

    const needs = await call(core, 'register.open', { path: encrypted });
    expect(needs.ok ? 'ok' : needs.error.code).toBe('PASSWORD_REQUIRED');
    const wrong = await call(core, 'register.open', { path: encrypted, password: 'inte det lösenordet' });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_PASSWORD');
    const info = await ok(core, 'register.open', { path: encrypted, password: PASSWORD });
    expect(info).toMatchObject({ organisationName: 'Öppet Bygg AB', encrypted: true, readOnly: null });
    expect((await ok(core, 'customers.list', {})).items.map((c) => c.name)).toEqual(['Café Ängen AB', 'Måleri Norr AB']);
    // It is a working register: the app writes to it, and SQLCipher reads what it wrote.
    await ok(core, 'customers.create', { ...blankCustomer, name: 'Ny kund efter bytet AB' });
    await ok(core, 'register.close', {});
    const after = openWithSqlcipher(encrypted, PASSWORD);
    try {
      expect(after.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 3 });
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      after.close();
    }
  });
});
