// The core's SecretStore port over Electron's safeStorage: Keychain on macOS, DPAPI on Windows,
// libsecret or KWallet on Linux. It takes safeStorage as a parameter (no electron import), so the
// unit tests drive it with a fake. What it seals is a register's derived key (see
// core/register/key-store.ts), kept as base64 in the settings file.
//
// On Linux without a keyring, Chromium falls back to "basic_text": the value is then protected by
// a key built into every copy of Chromium, which anyone holding the settings file can undo. That
// is no key store at all, so it counts as unavailable and the app offers no "remember" option.
import type { SecretStore } from '../core/ports';

/** The part of Electron's `safeStorage` this module uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which password manager Chromium picked. */
  getSelectedStorageBackend?(): string;
}

/**
 * Linux backends that protect nothing: 'basic_text' (a hard-coded key) and 'unknown' (asked
 * before the app was ready, so no keyring has been chosen yet).
 */
const NO_KEYRING = new Set(['basic_text', 'unknown']);

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function createSecretStore(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): SecretStore {
  function isAvailable(): boolean {
    try {
      if (!safeStorage.isEncryptionAvailable()) return false;
      if (platform !== 'linux') return true;
      const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
      return !NO_KEYRING.has(backend);
    } catch {
      return false;
    }
  }

  function requireKeyStore(): void {
    if (!isAvailable()) throw new Error('The system key store is not available.');
  }

  return {
    isAvailable,
    encrypt(plain) {
      // Never seal with basic_text's built-in key: better to keep nothing than to pretend.
      requireKeyStore();
      return safeStorage.encryptString(plain).toString('base64');
    },
    decrypt(sealed) {
      requireKeyStore();
      if (sealed.length === 0 || sealed.length % 4 !== 0 || !BASE64.test(sealed)) {
        throw new Error('The sealed value is not base64.');
      }
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    },
  };
}
