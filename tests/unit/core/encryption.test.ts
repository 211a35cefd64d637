import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { blankCustomer, call, ok, tempDir, testCore } from '../helpers';
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import type { SecretStore, SettingsStore } from '../../../electron/core/ports';
import { emptyActivity } from '../../../shared/contract';
import { agreementRegister } from '../agreements/fixture';

// Encrypted registers (issue 13): what is on the disk, unlocking, locking, changing the password,
// remembering it, backups and restore.

const PASSWORD = 'korrekt häst batteri häftklammer';
const MARKER = 'MARKÖR-7f3a9c-ENCRYPTION-PROBE';

const contains = (file: string, text: string) => fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(text, 'utf8'));

/** Every file under `dir` (recursively), for byte searches. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? filesUnder(full) : d.isFile() ? [full] : [];
  });
}

/** A fake of Electron's safeStorage: reversible, and visibly not the plain text. */
function fakeSecretStore(available = true): SecretStore & { sealed: string[] } {
  const sealed: string[] = [];
  return {
    sealed,
    isAvailable: () => available,
    encrypt(plain) {
      const out = Buffer.from(`sealed:${plain}`).toString('base64').split('').reverse().join('');
      sealed.push(out);
      return out;
    },
    decrypt(value) {
      const text = Buffer.from(value.split('').reverse().join(''), 'base64').toString();
      if (!text.startsWith('sealed:')) throw new Error('cannot unseal');
      return text.slice('sealed:'.length);
    },
  };
}

function coreOver(
  dir: string,
  options: { settings?: SettingsStore; secretStore?: SecretStore; now?: () => Date; host?: 'test' | 'electron' } = {},
) {
  return createCore({
    host: options.host ?? 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: options.settings ?? memorySettings(),
    secretStore: options.secretStore,
    autoBackup: false,
    clock: { now: options.now ?? (() => new Date('2026-11-22T09:00:00.000Z')) },
    validateOutputs: true,
    logError: process.env.DEBUG_CORE ? (m: string, e: unknown) => console.error(m, e) : () => {},
  });
}

describe('what an encrypted register leaves on the disk', () => {
  for (const encrypted of [true, false]) {
    it(`${encrypted ? 'never shows' : 'shows (the control)'} a marker entered in a customer, a contact, an activity and an attachment`, async () => {
      const r = await agreementRegister();
      if (encrypted) await ok(r.core, 'register.setPassword', { password: PASSWORD });
      const register = (await ok(r.core, 'register.current', {}))!;
      expect(register.encrypted).toBe(encrypted);

      const customer = await ok(r.core, 'customers.create', {
        ...blankCustomer,
        name: `${MARKER} kund`,
        contactPersons: [{ name: `${MARKER} kontakt`, role: 'VD', email: 'marker@example.se', phone: '' }],
      });
      await ok(r.core, 'activities.create', { ...emptyActivity, name: `${MARKER} aktivitet` });
      const c = await r.subscribed('Bilaga AB');
      const agreement = await r.generate(c.id);
      const pdf = Buffer.from(`%PDF-1.4\n${MARKER} bilaga\n%%EOF\n`);
      await ok(r.core, 'agreements.attach', {
        id: agreement.id,
        revision: agreement.revision,
        fileName: 'signerat.pdf',
        mime: 'application/pdf',
        dataBase64: pdf.toString('base64'),
      });
      expect(customer.name).toContain(MARKER);

      // While open: the file and its WAL.
      const live = [register.path, `${register.path}-wal`];
      // A backup, and the temp files that exist while an export is being written.
      const backup = await ok(r.core, 'backups.create', {});
      const seenDuringExport: string[] = [];
      const rename = fs.renameSync;
      const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
        for (const file of filesUnder(r.dir)) if (file !== String(from) && !file.endsWith('.xlsx')) seenDuringExport.push(file);
        return rename(from, to);
      });
      try {
        await ok(r.core, 'workbook.export', { path: path.join(r.dir, 'register.xlsx') });
      } finally {
        spy.mockRestore();
      }

      if (encrypted) {
        for (const file of [...live, backup.path, ...seenDuringExport]) expect(contains(file, MARKER), file).toBe(false);
        for (const file of filesUnder(r.dir).filter((f) => !f.endsWith('.xlsx'))) expect(contains(file, MARKER), file).toBe(false);
      } else {
        expect(live.some((file) => contains(file, MARKER))).toBe(true);
        expect(contains(backup.path, MARKER)).toBe(true);
      }
      expect(seenDuringExport.length).toBeGreaterThan(0);
      r.core.close();
      if (encrypted) expect(contains(register.path, MARKER)).toBe(false);
      else expect(contains(register.path, MARKER)).toBe(true);
    });
  }

  it('starts with random bytes: neither "SQLite" nor the application id shows', async () => {
    const { core, dir } = testCore();
    const file = path.join(dir, 'hemligt.forteckna');
    await ok(core, 'register.create', { organisationName: 'Hemliga AB', path: file, password: PASSWORD });
    core.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite');
    expect(bytes.includes(Buffer.from('Hemliga AB'))).toBe(false);
    expect(bytes.readUInt32BE(68)).not.toBe(0x46d65254);
  });
});

describe('unlocking', () => {
  async function encryptedFile() {
    const dir = tempDir();
    const file = path.join(dir, 'Klient.forteckna');
    const core = coreOver(dir);
    await ok(core, 'register.create', { organisationName: 'Klient AB', path: file, password: PASSWORD });
    await ok(core, 'customers.create', { ...blankCustomer, name: 'Kund ett' });
    core.close();
    return { dir, file };
  }

  it('asks for the password, refuses wrong ones with a growing pause, then opens with the right one', async () => {
    const { dir, file } = await encryptedFile();
    let now = new Date('2026-11-22T09:00:00.000Z').getTime();
    const core = coreOver(dir, { now: () => new Date(now) });
    const locked: unknown[] = [];
    core.subscribe((event, payload) => {
      if (event === 'register.locked') locked.push(payload);
    });

    const needs = await call(core, 'register.open', { path: file });
    expect(needs.ok ? 'ok' : needs.error.code).toBe('PASSWORD_REQUIRED');
    expect(locked).toEqual([{ path: file, fileName: 'Klient.forteckna', retryAfterMs: 0 }]);
    expect(await ok(core, 'register.lockedFile', {})).toEqual({ path: file, fileName: 'Klient.forteckna', retryAfterMs: 0 });

    const pauses: number[] = [];
    for (const attempt of ['fel', 'Korrekt häst batteri häftklammer', 'korrekt häst batteri']) {
      const wrong = await call(core, 'register.open', { path: file, password: attempt });
      expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_PASSWORD');
      if (!wrong.ok) pauses.push((wrong.error.details as { retryAfterMs: number }).retryAfterMs);
    }
    expect(pauses).toEqual([0, 0, 1000]);
    // During the pause even the right password waits.
    const early = await call(core, 'register.open', { path: file, password: PASSWORD });
    expect(early.ok ? 'ok' : early.error.code).toBe('WRONG_PASSWORD');
    expect(await ok(core, 'register.current', {})).toBeNull();
    expect((await ok(core, 'register.lockedFile', {}))?.retryAfterMs).toBe(1000);

    now += 1000;
    const info = await ok(core, 'register.open', { path: file, password: PASSWORD });
    expect(info).toMatchObject({ organisationName: 'Klient AB', encrypted: true, passwordRemembered: false, readOnly: null });
    expect((await ok(core, 'customers.list', {})).items.map((c) => c.name)).toEqual(['Kund ett']);
    expect(await ok(core, 'register.lockedFile', {})).toBeNull();
    core.close();
  });

  it('the password is the same however the letters are composed (NFC)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'nfc.forteckna');
    const core = coreOver(dir);
    await ok(core, 'register.create', { organisationName: 'Åre AB', path: file, password: 'Åre fjällstuga 2026' });
    core.close();
    const again = coreOver(dir);
    await ok(again, 'register.open', { path: file, password: 'Åre fjällstuga 2026'.normalize('NFD') });
    again.close();
  });

  it('a file that is not a register still gets NOT_A_REGISTER, without asking for a password', async () => {
    const dir = tempDir();
    const core = coreOver(dir);
    const text = path.join(dir, 'anteckningar.forteckna');
    fs.writeFileSync(text, 'Det här är en textfil, inget register.\n'.repeat(300));
    const pdf = path.join(dir, 'avtal.forteckna');
    fs.writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8192 - 9, 7)]));
    const odd = path.join(dir, 'udda.forteckna');
    fs.writeFileSync(odd, Buffer.alloc(5000, 0xa7));
    for (const file of [text, pdf, odd]) {
      const result = await call(core, 'register.open', { path: file });
      expect(result.ok ? 'ok' : result.error.code, file).toBe('NOT_A_REGISTER');
      const withPassword = await call(core, 'register.open', { path: file, password: PASSWORD });
      expect(withPassword.ok ? 'ok' : withPassword.error.code, file).toBe('NOT_A_REGISTER');
    }
    expect(await ok(core, 'register.lockedFile', {})).toBeNull();
    core.close();
  });

  it('locks: the register closes and waits for its password; a plain register cannot be locked', async () => {
    const { dir, file } = await encryptedFile();
    const settings = memorySettings();
    const core = coreOver(dir, { settings });
    await ok(core, 'register.open', { path: file, password: PASSWORD });
    await ok(core, 'register.lock', {});
    expect(await ok(core, 'register.current', {})).toBeNull();
    expect(await ok(core, 'register.lockedFile', {})).toMatchObject({ path: file });
    // Still the last register: the next start asks for its password again.
    expect(settings.read().lastRegister).toBe(file);
    const again = await call(core, 'customers.list', {});
    expect(again.ok ? 'ok' : again.error.code).toBe('NO_REGISTER');
    await ok(core, 'register.open', { path: file, password: PASSWORD });
    // Closing for good: nothing waits any more.
    await ok(core, 'register.close', {});
    expect(await ok(core, 'register.lockedFile', {})).toBeNull();

    await ok(core, 'register.create', { organisationName: 'Öppet AB', path: path.join(dir, 'oppet.forteckna') });
    const plain = await call(core, 'register.lock', {});
    expect(plain.ok ? 'ok' : plain.error.code).toBe('UNSUPPORTED');
    core.close();
  });

  it('the recent list names an encrypted register by its file only', async () => {
    const { dir, file } = await encryptedFile();
    const settings = memorySettings();
    const core = coreOver(dir, { settings });
    await ok(core, 'register.open', { path: file, password: PASSWORD });
    const recent = (await ok(core, 'settings.get', {})).recentFiles;
    expect(recent).toEqual([expect.objectContaining({ path: file, organisationName: '', encrypted: true })]);
    core.close();
    expect(JSON.stringify(settings.read())).not.toContain('Klient AB');
  });

  it('the integrity check after the open reads the encrypted file with its key', async () => {
    const { dir, file } = await encryptedFile();
    const core = createCore({
      host: 'test',
      version: '0',
      dataFolder: dir,
      settings: memorySettings(),
      quickCheckInlineBytes: 0,
      logError: (m, e) => {
        throw new Error(`${m}: ${String(e)}`);
      },
    });
    const damaged: unknown[] = [];
    core.subscribe((event, payload) => event === 'register.damaged' && damaged.push(payload));
    await ok(core, 'register.open', { path: file, password: PASSWORD });
    await vi.waitFor(() => core.integrityChecked(), { timeout: 10_000 });
    await core.integrityChecked();
    expect(damaged).toEqual([]);
    expect((await ok(core, 'register.current', {}))?.readOnly).toBeNull();
    core.close();
  });
});

describe('remembering the password', () => {
  it('reopens without the password after "remember", also once moved; forgets on request', async () => {
    const dir = tempDir();
    const settings = memorySettings();
    const secrets = fakeSecretStore();
    const file = path.join(dir, 'Ihågkommen.forteckna');
    const first = coreOver(dir, { settings, secretStore: secrets });
    expect((await ok(first, 'app.info', {})).keyStore).toBe('available');
    const created = await ok(first, 'register.create', { organisationName: 'Minne AB', path: file, password: PASSWORD, remember: true });
    expect(created).toMatchObject({ encrypted: true, passwordRemembered: true });
    first.close();

    // Nothing readable in the settings: neither the password nor the key.
    const stored = JSON.stringify(settings.read());
    expect(stored).not.toContain(PASSWORD);
    expect(secrets.sealed.length).toBe(1);
    const key = secrets.decrypt(secrets.sealed[0]!);
    expect(stored).not.toContain(key);

    const moved = path.join(dir, 'flyttad', 'Ihågkommen.forteckna');
    fs.mkdirSync(path.dirname(moved));
    fs.renameSync(file, moved);
    const second = coreOver(dir, { settings, secretStore: secrets });
    expect(await ok(second, 'register.open', { path: moved })).toMatchObject({ organisationName: 'Minne AB', passwordRemembered: true });
    expect(await ok(second, 'register.setRemembered', { remember: false })).toMatchObject({ passwordRemembered: false });
    second.close();

    const third = coreOver(dir, { settings, secretStore: secrets });
    const needs = await call(third, 'register.open', { path: moved });
    expect(needs.ok ? 'ok' : needs.error.code).toBe('PASSWORD_REQUIRED');
    third.close();
  });

  it('a remembered key that can no longer be unsealed is dropped, and the password is asked for', async () => {
    const dir = tempDir();
    const settings = memorySettings();
    const file = path.join(dir, 'a.forteckna');
    const core = coreOver(dir, { settings, secretStore: fakeSecretStore() });
    await ok(core, 'register.create', { organisationName: 'A AB', path: file, password: PASSWORD, remember: true });
    core.close();
    const broken: SecretStore = {
      isAvailable: () => true,
      encrypt: (s) => s,
      decrypt: () => {
        throw new Error('another user');
      },
    };
    const other = coreOver(dir, { settings, secretStore: broken });
    const result = await call(other, 'register.open', { path: file });
    expect(result.ok ? 'ok' : result.error.code).toBe('PASSWORD_REQUIRED');
    expect(settings.read().rememberedKeys).toEqual({});
    other.close();
  });

  it('without a key store (Linux without a keyring) the option is off and nothing is kept', async () => {
    const dir = tempDir();
    const settings = memorySettings();
    const core = coreOver(dir, { settings, secretStore: fakeSecretStore(false), host: 'electron' });
    expect((await ok(core, 'app.info', {})).keyStore).toBe('unavailable');
    const info = await ok(core, 'register.create', {
      organisationName: 'B AB',
      path: path.join(dir, 'b.forteckna'),
      password: PASSWORD,
      remember: true,
    });
    expect(info?.passwordRemembered).toBe(false);
    expect(settings.read().rememberedKeys).toEqual({});
    const refused = await call(core, 'register.setRemembered', { remember: true });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('UNSUPPORTED');
    core.close();
    const browser = createCore({ host: 'browser', version: '0', dataFolder: dir, settings, autoBackup: false });
    expect((await ok(browser, 'app.info', {})).keyStore).toBe('notHere');
    browser.close();
  });
});

describe('changing the password', () => {
  it('adds, changes and removes it; the backups follow, and the current password is asked for', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Byte.forteckna');
    const core = coreOver(dir);
    await ok(core, 'register.create', { organisationName: 'Byte AB', path: file });
    await ok(core, 'customers.create', { ...blankCustomer, name: `${MARKER} före` });
    const plainBackup = await ok(core, 'backups.create', {});
    expect(contains(plainBackup.path, MARKER)).toBe(true);

    expect(await ok(core, 'register.setPassword', { password: 'första lösenordet' })).toMatchObject({ encrypted: true });
    // The backup taken before the password was added no longer shows the data either.
    expect(contains(plainBackup.path, MARKER)).toBe(false);
    expect(contains(file, MARKER)).toBe(false);
    expect((await ok(core, 'backups.list', {})).backups.every((b) => b.counts?.customers === 1)).toBe(true);

    const wrong = await call(core, 'register.setPassword', { currentPassword: 'gissning', password: 'andra lösenordet' });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_PASSWORD');
    const missing = await call(core, 'register.setPassword', { password: 'andra lösenordet' });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('WRONG_PASSWORD');
    const short = await call(core, 'register.setPassword', { currentPassword: 'första lösenordet', password: 'kort' });
    expect(short.ok ? 'ok' : short.error.issues?.[0]).toEqual({ path: ['password'], message: 'v.password.tooShort', params: { min: 8 } });
    await ok(core, 'register.setPassword', { currentPassword: 'första lösenordet', password: 'andra lösenordet' });
    await ok(core, 'customers.create', { ...blankCustomer, name: 'efter bytet' });
    core.close();

    const reopened = coreOver(dir);
    const old = await call(reopened, 'register.open', { path: file, password: 'första lösenordet' });
    expect(old.ok ? 'ok' : old.error.code).toBe('WRONG_PASSWORD');
    await ok(reopened, 'register.open', { path: file, password: 'andra lösenordet' });
    expect((await ok(reopened, 'customers.list', {})).total).toBe(2);
    // The old backup opens with the new password now.
    await ok(reopened, 'register.close', {});
    const restored = await call(reopened, 'backups.restore', { path: plainBackup.path });
    expect(restored.ok ? 'ok' : restored.error.code).toBe('PASSWORD_REQUIRED');
    const wrongRestore = await call(reopened, 'backups.restore', { path: plainBackup.path, password: 'första lösenordet' });
    expect(wrongRestore.ok ? 'ok' : wrongRestore.error.code).toBe('WRONG_PASSWORD');
    const back = await ok(reopened, 'backups.restore', { path: plainBackup.path, password: 'andra lösenordet' });
    expect(back.encrypted).toBe(true);
    expect((await ok(reopened, 'customers.list', {})).total).toBe(1);
    expect(contains(back.path, MARKER)).toBe(false);
    await ok(reopened, 'register.close', {});

    await ok(reopened, 'register.open', { path: file, password: 'andra lösenordet' });
    expect(await ok(reopened, 'register.setPassword', { currentPassword: 'andra lösenordet', password: null })).toMatchObject({
      encrypted: false,
    });
    reopened.close();
    expect(fs.readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    const plain = coreOver(dir);
    expect((await ok(plain, 'register.open', { path: file }))?.encrypted).toBe(false);
    plain.close();
  });
});

describe('loose ends', () => {
  it('a wrong password is refused even for the register that is open already', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'öppen.forteckna');
    const core = coreOver(dir);
    await ok(core, 'register.create', { organisationName: 'Öppen AB', path: file, password: PASSWORD });
    const wrong = await call(core, 'register.open', { path: file, password: 'inte rätt lösenord' });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_PASSWORD');
    expect(await ok(core, 'register.open', { path: file, password: PASSWORD })).toMatchObject({ encrypted: true });
    core.close();
  });

  it('a plain backup left by a password change cut short is encrypted at the next open', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'avbruten.forteckna');
    const core = coreOver(dir);
    await ok(core, 'register.create', { organisationName: 'Avbruten AB', path: file });
    await ok(core, 'customers.create', { ...blankCustomer, name: `${MARKER} kvar` });
    const plain = await ok(core, 'backups.create', {});
    const copy = fs.readFileSync(plain.path);
    await ok(core, 'register.setPassword', { password: PASSWORD });
    core.close();
    // As if the process had died before it reached this backup.
    fs.writeFileSync(plain.path, copy);
    expect(contains(plain.path, MARKER)).toBe(true);
    const again = coreOver(dir);
    await ok(again, 'register.open', { path: file, password: PASSWORD });
    expect(contains(plain.path, MARKER)).toBe(false);
    expect((await ok(again, 'backups.list', {})).backups.find((b) => b.path === plain.path)?.counts?.customers).toBe(1);
    again.close();
  });
});

describe('portable export and import', () => {
  it('records that the register was encrypted and imports into a new encrypted register', async () => {
    const dir = tempDir();
    const core = coreOver(dir);
    await ok(core, 'register.create', { organisationName: 'Port AB', path: path.join(dir, 'port.forteckna'), password: PASSWORD });
    await ok(core, 'customers.create', { ...blankCustomer, name: `${MARKER} port` });
    const exported = await ok(core, 'portable.export', { path: path.join(dir, 'port.json') });
    const header = JSON.parse(fs.readFileSync(exported!.path, 'utf8')) as { encrypted?: boolean };
    expect(header.encrypted).toBe(true);
    expect(JSON.stringify(header)).not.toContain(PASSWORD);
    const target = path.join(dir, 'importerad.forteckna');
    await ok(core, 'portable.import', { source: exported!.path, target, password: 'importens lösenord' });
    expect(await ok(core, 'register.current', {})).toMatchObject({ encrypted: true });
    core.close();
    expect(contains(target, MARKER)).toBe(false);
    const again = coreOver(dir);
    await ok(again, 'register.open', { path: target, password: 'importens lösenord' });
    expect((await ok(again, 'customers.list', {})).items[0]?.name).toContain(MARKER);
    again.close();
  });
});
