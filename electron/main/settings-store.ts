// electron-store behind the core's SettingsStore port, plus the window state kept next to it.
import Store from 'electron-store';
import { DEFAULT_SETTINGS, normaliseSettings } from '../core/settings/settings-stores';
import type { SettingsStore, StoredSettings } from '../core/ports';
import { parseWindowState, type WindowState } from './window-state';

interface StoreShape extends Record<string, unknown> {
  language: StoredSettings['language'];
  recentFiles: StoredSettings['recentFiles'];
  lastRegister: string | null;
  displayName: string;
  backupFolder: string | null;
  autoLockMinutes: number | null;
  /** Register keys sealed by safeStorage (never a plain key or password). */
  rememberedKeys: Record<string, string>;
  notifyOverdue: boolean;
  overdueSeen: StoredSettings['overdueSeen'];
  window: WindowState | null;
}

export interface ShellStore extends SettingsStore {
  readWindowState(): WindowState | null;
  writeWindowState(state: WindowState): void;
}

export function createShellStore(): ShellStore {
  const store = new Store<StoreShape>({
    name: 'installningar',
    defaults: { ...DEFAULT_SETTINGS, window: null },
    clearInvalidConfig: true,
  });
  return {
    read() {
      return normaliseSettings({
        language: store.get('language'),
        recentFiles: store.get('recentFiles'),
        lastRegister: store.get('lastRegister'),
        displayName: store.get('displayName'),
        backupFolder: store.get('backupFolder'),
        autoLockMinutes: store.get('autoLockMinutes'),
        rememberedKeys: store.get('rememberedKeys'),
        notifyOverdue: store.get('notifyOverdue'),
        overdueSeen: store.get('overdueSeen'),
      });
    },
    write(settings) {
      const clean = normaliseSettings(settings);
      store.set({
        language: clean.language,
        recentFiles: clean.recentFiles,
        lastRegister: clean.lastRegister,
        displayName: clean.displayName,
        backupFolder: clean.backupFolder,
        autoLockMinutes: clean.autoLockMinutes,
        rememberedKeys: clean.rememberedKeys,
        notifyOverdue: clean.notifyOverdue,
        overdueSeen: clean.overdueSeen,
      });
    },
    readWindowState() {
      return parseWindowState(store.get('window'));
    },
    writeWindowState(state) {
      store.set('window', state);
    },
  };
}
