import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { createSecretStore, type SafeStorageLike } from '../../../electron/main/secret-store';
import { call, ok, tempDir } from '../helpers';

// "Kom ihåg lösenordet på den här datorn" over Electron's safeStorage, with a fake of it (Electron
// cannot run here): what is sealed, when there is no key store, and the whole way through the core.

const PASSWORD = 'en lång mening som lösenord';

type Backend = ReturnType<NonNullable<SafeStorageLike['getSelectedStorageBackend']>>;

/** A fake safeStorage: AES under a key of its own (as the OS would), so the output is not the input. */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend } = {}) {
  const osKey = crypto.randomBytes(32);
  const calls = { encrypt: 0, decrypt: 0 };
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(plain) {
      calls.encrypt++;
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', osKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(sealed) {
      calls.decrypt++;
      const decipher = crypto.createDecipheriv('aes-256-gcm', osKey, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
  return { storage, calls };
}

describe('createSecretStore', () => {
  it('seals to base64 that is not the plain text, and opens it again', () => {
    const { storage } = fakeSafeStorage();
    const store = createSecretStore(storage, 'darwin');
    expect(store.isAvailable()).toBe(true);
    const secret = 'a'.repeat(64);
    const sealed = store.encrypt(secret);
    expect(sealed).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(sealed).not.toContain(secret);
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain(secret);
    expect(store.decrypt(sealed)).toBe(secret);
  });

  it('refuses a sealed value that is not base64 or was sealed elsewhere', () => {
    const store = createSecretStore(fakeSafeStorage().storage, 'win32');
    expect(() => store.decrypt('not base64!')).toThrow();
    expect(() => store.decrypt('')).toThrow();
    const other = createSecretStore(fakeSafeStorage().storage, 'win32');
    expect(() => store.decrypt(other.encrypt('x'.repeat(64)))).toThrow();
  });

  it('on Linux, a basic_text backend (no keyring: a key built into Chromium) counts as no key store', () => {
    const { storage, calls } = fakeSafeStorage({ backend: 'basic_text' });
    const store = createSecretStore(storage, 'linux');
    expect(store.isAvailable()).toBe(false);
    // Nothing is sealed with the built-in key, and nothing is opened with it either.
    expect(() => store.encrypt('k'.repeat(64))).toThrow(/not available/);
    expect(() => store.decrypt('AAAA')).toThrow(/not available/);
    expect(calls).toEqual({ encrypt: 0, decrypt: 0 });
    // Nor before the app is ready, when no backend has been chosen yet.
    expect(createSecretStore(fakeSafeStorage({ backend: 'unknown' }).storage, 'linux').isAvailable()).toBe(false);
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const) {
      expect(createSecretStore(fakeSafeStorage({ backend }).storage, 'linux').isAvailable(), backend).toBe(true);
    }
    // The backend is a Linux matter: elsewhere only isEncryptionAvailable counts.
    expect(createSecretStore(fakeSafeStorage({ backend: 'basic_text' }).storage, 'darwin').isAvailable()).toBe(true);
  });

  it('is unavailable when safeStorage says so, or throws when asked', () => {
    expect(createSecretStore(fakeSafeStorage({ available: false }).storage, 'win32').isAvailable()).toBe(false);
    const broken: SafeStorageLike = {
      ...fakeSafeStorage().storage,
      isEncryptionAvailable: () => {
        throw new Error('not ready');
      },
    };
    expect(createSecretStore(broken, 'darwin').isAvailable()).toBe(false);
  });
});

function electronCore(dir: string, storage: SafeStorageLike, platform: NodeJS.Platform, settings = memorySettings()) {
  return createCore({
    host: 'electron',
    version: '0.0.0-test',
    dataFolder: dir,
    settings,
    secretStore: createSecretStore(storage, platform),
    autoBackup: false,
    validateOutputs: true,
    logError: () => {},
  });
}

describe('the desktop app with safeStorage', () => {
  it('remembers a register key sealed in the settings, and reopens without the password in the next session', async () => {
    const dir = tempDir();
    const { storage } = fakeSafeStorage();
    const settings = memorySettings();
    const file = path.join(dir, 'kund.forteckna');
    const first = electronCore(dir, storage, 'linux', settings);
    expect(await ok(first, 'app.info', {})).toMatchObject({ keyStore: 'available' });
    const created = await ok(first, 'register.create', { organisationName: 'Kund AB', path: file, password: PASSWORD, remember: true });
    expect(created).toMatchObject({ encrypted: true, passwordRemembered: true });
    first.close();

    // The settings hold one sealed entry: neither the password nor anything that reads as a key.
    const stored = JSON.stringify(settings.read());
    const sealed = Object.values(settings.read().rememberedKeys);
    expect(sealed).toHaveLength(1);
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toMatch(/[0-9a-f]{64}/);
    expect(stored).not.toContain('Kund AB');

    const second = electronCore(dir, storage, 'linux', settings);
    try {
      expect(await ok(second, 'register.open', { path: file })).toMatchObject({ organisationName: 'Kund AB', passwordRemembered: true });
    } finally {
      second.close();
    }
    expect(fs.existsSync(file)).toBe(true);
  });

  it('on Linux without a keyring: the key store is "unavailable", nothing is remembered, the password is asked for', async () => {
    const dir = tempDir();
    const { storage, calls } = fakeSafeStorage({ backend: 'basic_text' });
    const settings = memorySettings();
    const file = path.join(dir, 'kund.forteckna');
    const core = electronCore(dir, storage, 'linux', settings);
    expect(await ok(core, 'app.info', {})).toMatchObject({ keyStore: 'unavailable' });
    const created = await ok(core, 'register.create', { organisationName: 'Kund AB', path: file, password: PASSWORD, remember: true });
    expect(created).toMatchObject({ encrypted: true, passwordRemembered: false });
    expect(settings.read().rememberedKeys).toEqual({});
    expect(calls.encrypt).toBe(0);
    const refused = await call(core, 'register.setRemembered', { remember: true });
    expect(refused.ok).toBe(false);
    core.close();

    const next = electronCore(dir, storage, 'linux', settings);
    try {
      const reopened = await call(next, 'register.open', { path: file });
      expect(reopened.ok ? null : reopened.error.code).toBe('PASSWORD_REQUIRED');
      expect(await ok(next, 'register.open', { path: file, password: PASSWORD })).toMatchObject({ organisationName: 'Kund AB' });
    } finally {
      next.close();
    }
  });
});
