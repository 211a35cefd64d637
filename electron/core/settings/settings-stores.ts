import fs from 'node:fs';
import path from 'node:path';
import type { SettingsStore, StoredSettings } from '../ports';

export const DEFAULT_SETTINGS: StoredSettings = {
  language: 'sv',
  recentFiles: [],
  lastRegister: null,
  displayName: '',
  backupFolder: null,
  autoLockMinutes: null,
  rememberedKeys: {},
};

/** Accepts whatever is on disk and keeps only what is well-formed, so a damaged file never blocks start-up. */
export function normaliseSettings(raw: unknown): StoredSettings {
  const r = (raw ?? {}) as Partial<StoredSettings>;
  return {
    language: r.language === 'en' ? 'en' : 'sv',
    recentFiles: Array.isArray(r.recentFiles)
      ? r.recentFiles
          .filter((f) => f && typeof f.path === 'string' && typeof f.organisationName === 'string')
          .map((f) => ({
            path: f.path,
            organisationName: f.organisationName,
            openedAt: String(f.openedAt ?? ''),
            encrypted: f.encrypted === true,
          }))
      : [],
    lastRegister: typeof r.lastRegister === 'string' ? r.lastRegister : null,
    displayName: typeof r.displayName === 'string' ? r.displayName.slice(0, 200) : '',
    backupFolder: typeof r.backupFolder === 'string' && r.backupFolder ? r.backupFolder : null,
    autoLockMinutes:
      Number.isInteger(r.autoLockMinutes) && (r.autoLockMinutes as number) >= 1 && (r.autoLockMinutes as number) <= 480
        ? (r.autoLockMinutes as number)
        : null,
    rememberedKeys: Object.fromEntries(
      Object.entries(r.rememberedKeys && typeof r.rememberedKeys === 'object' ? r.rememberedKeys : {}).filter(
        ([salt, sealed]) => /^[0-9a-f]{32}$/.test(salt) && typeof sealed === 'string' && sealed.length < 4096,
      ),
    ),
  };
}

/** Settings in a JSON file (browser mode, CLI); written atomically via a temp file and rename. */
export function jsonFileSettings(filePath: string): SettingsStore {
  return {
    read() {
      try {
        return normaliseSettings(JSON.parse(fs.readFileSync(filePath, 'utf8')));
      } catch {
        return { ...DEFAULT_SETTINGS };
      }
    },
    write(settings) {
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      const tmp = `${filePath}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(settings, null, 2));
      fs.renameSync(tmp, filePath);
    },
  };
}

export function memorySettings(initial: Partial<StoredSettings> = {}): SettingsStore {
  let current = { ...DEFAULT_SETTINGS, ...initial };
  return {
    read: () => structuredClone(current),
    write: (settings) => {
      current = structuredClone(settings);
    },
  };
}
