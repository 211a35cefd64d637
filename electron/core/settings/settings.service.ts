import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Clock, SettingsStore, StoredSettings } from '../ports';
import { boundImportMappings, boundOverdueSeen } from './settings-stores';

export const MAX_RECENT_FILES = 10;

/** Preferences and the recent-files list, over whichever store the host gives. */
export function createSettingsService(store: SettingsStore, clock: Clock) {
  const read = (): StoredSettings => store.read();

  function view(s: StoredSettings): Settings {
    return {
      language: s.language,
      recentFiles: s.recentFiles.map((f) => ({ ...f, exists: fs.existsSync(f.path) })),
      displayName: s.displayName,
      backupFolder: s.backupFolder,
      autoLockMinutes: s.autoLockMinutes,
      notifyOverdue: s.notifyOverdue,
    };
  }

  return {
    get: (): Settings => view(read()),
    lastRegister: (): string | null => read().lastRegister,
    setLanguage(language: Language): Settings {
      const next = { ...read(), language };
      store.write(next);
      return view(next);
    },
    /** The stored values as they are, for the core's own use (history's actor, the backup folder). */
    stored: read,
    setDisplayName(displayName: string): Settings {
      const next = { ...read(), displayName };
      store.write(next);
      return view(next);
    },
    setBackupFolder(backupFolder: string | null): Settings {
      const next = { ...read(), backupFolder: backupFolder === null ? null : path.resolve(backupFolder) };
      store.write(next);
      return view(next);
    },
    setAutoLock(autoLockMinutes: number | null): Settings {
      const next = { ...read(), autoLockMinutes };
      store.write(next);
      return view(next);
    },
    setNotifyOverdue(notifyOverdue: boolean): Settings {
      const next = { ...read(), notifyOverdue };
      store.write(next);
      return view(next);
    },
    /** The keys of the register's attention items that were overdue when the user last looked or was notified. */
    overdueSeen(registerPath: string): string[] {
      return read().overdueSeen[path.resolve(registerPath)]?.keys ?? [];
    },
    setOverdueSeen(registerPath: string, keys: string[]): void {
      const s = read();
      const overdueSeen = { ...s.overdueSeen, [path.resolve(registerPath)]: { keys, at: clock.now().toISOString() } };
      store.write({ ...s, overdueSeen: boundOverdueSeen(overdueSeen) });
    },
    /** The import mapping remembered for a file layout, if any. */
    importMapping(fingerprint: string): unknown[] | null {
      return read().importMappings[fingerprint]?.mappings ?? null;
    },
    rememberImportMapping(fingerprint: string, mappings: unknown[]): void {
      const s = read();
      const importMappings = { ...s.importMappings, [fingerprint]: { mappings, at: clock.now().toISOString() } };
      store.write({ ...s, importMappings: boundImportMappings(importMappings) });
    },
    /** Keeps (or with null drops) the sealed key of the encrypted file with this salt. */
    setRememberedKey(salt: string, sealed: string | null): void {
      const s = read();
      const rememberedKeys = { ...s.rememberedKeys };
      if (sealed === null) delete rememberedKeys[salt];
      else rememberedKeys[salt] = sealed;
      store.write({ ...s, rememberedKeys });
    },
    /** An encrypted register is listed by its file name only: its organisation name is inside it. */
    rememberOpened(filePath: string, organisationName: string, encrypted = false): Settings {
      const s = read();
      const resolved = path.resolve(filePath);
      const recentFiles = [
        { path: resolved, organisationName: encrypted ? '' : organisationName, openedAt: clock.now().toISOString(), encrypted },
        ...s.recentFiles.filter((f) => f.path !== resolved),
      ].slice(0, MAX_RECENT_FILES);
      const next = { ...s, recentFiles, lastRegister: resolved };
      store.write(next);
      return view(next);
    },
    clearLastRegister(): void {
      store.write({ ...read(), lastRegister: null });
    },
    forget(filePath: string): Settings {
      const s = read();
      const resolved = path.resolve(filePath);
      const next = {
        ...s,
        recentFiles: s.recentFiles.filter((f) => f.path !== resolved),
        lastRegister: s.lastRegister === resolved ? null : s.lastRegister,
      };
      store.write(next);
      return view(next);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
