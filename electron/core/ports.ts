import type { EventName, EventPayload } from '../../shared/contract';
import type { Language } from '../../shared/messages';

export interface StoredRecentFile {
  path: string;
  /** Empty for an encrypted register: its name stays inside the file. */
  organisationName: string;
  openedAt: string;
  encrypted: boolean;
}

/** Preferences kept outside any register (electron-store in the app, a JSON file elsewhere). */
export interface StoredSettings {
  language: Language;
  recentFiles: StoredRecentFile[];
  lastRegister: string | null;
  /** The name the change history shows beside the OS user name; empty until the user sets it. */
  displayName: string;
  /** Where automatic backups go (a USB disk, the firm's file share); null: the app's data folder. */
  backupFolder: string | null;
  /** Minutes of inactivity before an encrypted register locks itself; null: never. */
  autoLockMinutes: number | null;
  /** Keys of encrypted registers the user asked to remember: salt (hex) → key sealed by the SecretStore. */
  rememberedKeys: Record<string, string>;
  /** Whether the desktop app shows a notification when something in the open register becomes overdue. */
  notifyOverdue: boolean;
  /** Per register (its resolved path): the attention items overdue when the user last looked or was last notified. */
  overdueSeen: Record<string, StoredOverdueSeen>;
  /** Spreadsheet import: the mapping last used for a file layout (its fingerprint), so the next such file needs none. */
  importMappings: Record<string, StoredImportMapping>;
}

export interface StoredImportMapping {
  /** The SheetMapping list, as validated by the contract when it was used. */
  mappings: unknown[];
  /** When it was last used (ISO instant): the oldest layout is dropped first. */
  at: string;
}

export interface StoredOverdueSeen {
  /** Attention item keys. */
  keys: string[];
  /** When they were recorded (ISO instant): the oldest register is dropped first. */
  at: string;
}

/** A native notification (Electron's Notification); a click shows the window on the overview. */
export interface Notifier {
  show(notification: { title: string; body: string }): void;
}

/** The system's key store (Electron safeStorage); strings in, sealed base64 out. */
export interface SecretStore {
  isAvailable(): boolean;
  encrypt(plain: string): string;
  /** Throws when the sealed value cannot be opened (another account, a reset key store). */
  decrypt(sealed: string): string;
}

export interface SettingsStore {
  read(): StoredSettings;
  write(settings: StoredSettings): void;
}

export interface Clock {
  now(): Date;
}

/** Native dialogs, where the host has them (Electron). Null means the user cancelled. */
export interface Dialogs {
  chooseNewRegisterPath(suggestedFileName: string): Promise<string | null>;
  chooseRegisterToOpen(): Promise<string | null>;
  /** Where to save an exported document; null when the user cancels. */
  chooseExportPath?(suggestedFileName: string): Promise<string | null>;
  /** Shows a written file in the system's file manager. */
  revealFile?(filePath: string): void;
  /** A folder to write several files into (batch generation); null when the user cancels. */
  chooseFolder?(): Promise<string | null>;
  /** A file to read (e.g. a portable JSON export to import); null when the user cancels. */
  chooseFileToImport?(kind: 'json' | 'spreadsheet'): Promise<string | null>;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface CorePorts {
  host: 'electron' | 'browser' | 'cli' | 'test';
  version: string;
  /** Folder for new registers when there is no save dialog, and for the sample register. */
  dataFolder: string;
  settings: SettingsStore;
  dialogs?: Dialogs;
  /** Where remembered register keys are sealed (Electron safeStorage; a fake in tests). */
  secretStore?: SecretStore;
  clock?: Clock;
  /** Native notifications (the desktop app): reminders of what became overdue. None: no reminders. */
  notifier?: Notifier;
  /** Register to open when the core starts. */
  registerPath?: string;
  /** Validate every output against its schema (tests and browser mode). */
  validateOutputs?: boolean;
  /** Path to a better-sqlite3 addon built for this runtime's ABI (Electron in development). */
  nativeBinding?: string;
  /** The OS user the change history names; read from the system when left out. */
  osUser?: string;
  /**
   * Automatic backups of the open register (on open, after 15 minutes of editing, on close).
   * Default: on for 'electron' and 'browser', off for 'cli' and 'test'.
   */
  autoBackup?: boolean;
  /**
   * Registers up to this size (bytes) get PRAGMA quick_check during the open; bigger ones right
   * after it, in a worker thread. Default register/integrity.ts INLINE_QUICK_CHECK_BYTES; tests
   * pass 0 to exercise the worker.
   */
  quickCheckInlineBytes?: number;
  /** Where unexpected errors are reported; defaults to stderr. */
  logError?: (message: string, error: unknown) => void;
}

export const systemClock: Clock = { now: () => new Date() };
