import fs from 'node:fs';
import path from 'node:path';
import type { SettingsStore, StoredImportMapping, StoredOverdueSeen, StoredSettings } from '../ports';

/** How many registers keep their seen overdue items (the most recently checked), and how many keys each. */
export const MAX_SEEN_REGISTERS = 20;
export const MAX_SEEN_KEYS = 2000;

export const DEFAULT_SETTINGS: StoredSettings = {
  language: 'sv',
  recentFiles: [],
  lastRegister: null,
  displayName: '',
  backupFolder: null,
  autoLockMinutes: null,
  rememberedKeys: {},
  notifyOverdue: true,
  overdueSeen: {},
  importMappings: {},
};

/** How many file layouts keep their import mapping (the most recently used). */
export const MAX_IMPORT_LAYOUTS = 30;

/** Well-formed entries only, the most recently used MAX_IMPORT_LAYOUTS. */
export function boundImportMappings(raw: unknown): Record<string, StoredImportMapping> {
  if (!raw || typeof raw !== 'object') return {};
  const entries = Object.entries(raw as Record<string, Partial<StoredImportMapping> | null>)
    .filter(
      ([key, v]) => /^[0-9a-f]{64}$/.test(key) && v && Array.isArray(v.mappings) && v.mappings.length <= 100 && typeof v.at === 'string',
    )
    .map(([key, v]): [string, StoredImportMapping] => [key, { mappings: v!.mappings!, at: v!.at! }])
    .sort(([, a], [, b]) => b.at.localeCompare(a.at))
    .slice(0, MAX_IMPORT_LAYOUTS);
  return Object.fromEntries(entries);
}

/** Well-formed entries only, the most recently recorded MAX_SEEN_REGISTERS, each at most MAX_SEEN_KEYS keys. */
export function boundOverdueSeen(raw: unknown): Record<string, StoredOverdueSeen> {
  if (!raw || typeof raw !== 'object') return {};
  const entries = Object.entries(raw as Record<string, Partial<StoredOverdueSeen> | null>)
    .filter(([, v]) => v && Array.isArray(v.keys) && typeof v.at === 'string')
    .map(([registerPath, v]): [string, StoredOverdueSeen] => [
      registerPath,
      { keys: v!.keys!.filter((k) => typeof k === 'string' && k.length <= 300).slice(0, MAX_SEEN_KEYS), at: v!.at! },
    ])
    .sort(([, a], [, b]) => b.at.localeCompare(a.at))
    .slice(0, MAX_SEEN_REGISTERS);
  return Object.fromEntries(entries);
}

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
    notifyOverdue: r.notifyOverdue !== false,
    overdueSeen: boundOverdueSeen(r.overdueSeen),
    importMappings: boundImportMappings(r.importMappings),
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
