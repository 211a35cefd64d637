// "Kom ihåg lösenordet på den här datorn": the keys of encrypted registers, sealed by the system's
// key store (Electron safeStorage: Keychain on macOS, DPAPI on Windows, libsecret on Linux) and
// kept in the settings under the file's salt — the one identity an encrypted file shows before it
// is unlocked, and one that moves with the file. What is kept is the derived key, never the
// password, and only ever sealed. Browser mode and the CLI have no key store: nothing is kept.
import type { CorePorts, SecretStore } from '../ports';
import type { SettingsService } from '../settings/settings.service';
import type { RegisterKey } from './cipher';

export type KeyStoreState = 'available' | 'unavailable' | 'notHere';

export interface KeyStore {
  state(): KeyStoreState;
  /** The remembered key for a file with this salt; null when none (or it can no longer be unsealed). */
  recall(salt: string): RegisterKey | null;
  isRemembered(salt: string): boolean;
  /** Remembers the key; false when there is no key store to keep it in. */
  remember(key: RegisterKey): boolean;
  forget(salt: string): void;
}

function usable(store: SecretStore | undefined): store is SecretStore {
  try {
    return store !== undefined && store.isAvailable();
  } catch {
    return false;
  }
}

export function createKeyStore(ports: Pick<CorePorts, 'host' | 'secretStore'>, settings: SettingsService): KeyStore {
  const store = ports.host === 'electron' || ports.host === 'test' ? ports.secretStore : undefined;
  const state = (): KeyStoreState => (usable(store) ? 'available' : ports.host === 'electron' ? 'unavailable' : 'notHere');
  const sealed = (salt: string) => settings.stored().rememberedKeys[salt];
  return {
    state,
    recall(salt) {
      const entry = sealed(salt);
      if (!entry || !usable(store)) return null;
      try {
        const key = store.decrypt(entry);
        if (/^[0-9a-f]{64}$/.test(key)) return { key, salt };
      } catch {
        // Sealed under another OS account or a reset key store: it can never be unsealed again.
      }
      settings.setRememberedKey(salt, null);
      return null;
    },
    isRemembered: (salt) => sealed(salt) !== undefined && usable(store),
    remember(key) {
      if (!usable(store)) return false;
      settings.setRememberedKey(key.salt, store.encrypt(key.key));
      return true;
    },
    forget(salt) {
      if (sealed(salt) !== undefined) settings.setRememberedKey(salt, null);
    },
  };
}
