import { z } from 'zod';
import { filePath, language, requiredText } from './common';

export const REGISTER_EXTENSION = '.forteckna';

/** The shortest password a register can be given (unlocking accepts any: a file may come from another tool). */
export const MIN_PASSWORD_LENGTH = 8;

/** A new password for a register. */
export const newPassword = z.string().min(MIN_PASSWORD_LENGTH, { error: 'v.password.tooShort' }).max(1024, { error: 'v.tooLong' });

/** A password typed to unlock a register or to confirm a change. */
export const givenPassword = z.string().min(1, { error: 'v.required' }).max(1024, { error: 'v.tooLong' });

/**
 * An encrypted register waiting for its password: the file the unlock screen is for. Also the
 * details of PASSWORD_REQUIRED. Only the file name is shown: the organisation's name is inside.
 */
export const lockedRegister = z.object({
  path: z.string(),
  fileName: z.string(),
  /** Milliseconds until the next try is accepted (a growing pause after repeated wrong passwords). */
  retryAfterMs: z.number().int().nonnegative(),
});
export type LockedRegister = z.output<typeof lockedRegister>;

/** Who has a register open (its owner lock, `<file>.lock` beside it): the OS user, the computer, since when. */
export const lockHolder = z.object({
  osUser: z.string(),
  host: z.string(),
  pid: z.number().int(),
  /** ISO timestamp of when it was opened there. */
  since: z.string(),
  appVersion: z.string(),
});
export type LockHolder = z.output<typeof lockHolder>;

/**
 * Why a register is open read-only: someone else has it open (`holder`), the file is damaged, or
 * the user asked for it. Every method that changes the register answers READ_ONLY.
 */
export const readOnlyState = z.object({
  reason: z.enum(['locked', 'damaged', 'requested']),
  /** Who holds the owner lock, when reason is 'locked' (null when it was free by the time of opening). */
  holder: lockHolder.nullable(),
});
export type ReadOnlyState = z.output<typeof readOnlyState>;

/** The newest backup that passed its check, offered when the register is damaged. */
export const newestBackup = z.object({ path: z.string(), fileName: z.string(), at: z.string() });
export type NewestBackup = z.output<typeof newestBackup>;

export const registerInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  organisationName: z.string(),
  schemaVersion: z.number().int(),
  /** Null when the register can be changed. */
  readOnly: readOnlyState.nullable(),
  /** Encrypted with a password (SQLCipher 4). */
  encrypted: z.boolean(),
  /** Its key is remembered in this computer's key store, so it opens without the password. */
  passwordRemembered: z.boolean(),
});
export type RegisterInfo = z.output<typeof registerInfo>;

export const recentFile = z.object({
  path: z.string(),
  /** Empty for an encrypted register: its name is inside the file, the list shows the file name. */
  organisationName: z.string(),
  encrypted: z.boolean(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.output<typeof recentFile>;

export const settings = z.object({
  language,
  recentFiles: z.array(recentFile),
  /** Shown in the change history beside the OS user name. */
  displayName: z.string(),
  /** The folder automatic backups go to; null: the app's data folder. */
  backupFolder: z.string().nullable(),
  /** An encrypted register locks itself after this many idle minutes; null: never. */
  autoLockMinutes: z.number().int().nullable(),
  /** The desktop app shows a notification when something in the open register becomes overdue. */
  notifyOverdue: z.boolean(),
});
export type Settings = z.output<typeof settings>;

export const appInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser', 'cli', 'test']),
  /** True where the host shows native open/save dialogs (Electron). */
  nativeDialogs: z.boolean(),
  /** Where new registers go when there is no save dialog. */
  defaultFolder: z.string(),
  /**
   * Whether passwords can be remembered here: 'available' (the desktop app with the system's key
   * store), 'unavailable' (the desktop app, but the system has no key store, e.g. Linux without a
   * keyring), 'notHere' (browser mode and the command line never store passwords).
   */
  keyStore: z.enum(['available', 'unavailable', 'notHere']),
});

export const counts = z.record(z.string(), z.number().int());

export const registerMethods = {
  'app.info': { input: z.object({}), output: appInfo },
  'settings.get': { input: z.object({}), output: settings },
  'settings.setLanguage': { input: z.object({ language }), output: settings },
  'settings.forgetRecent': { input: z.object({ path: filePath }), output: settings },
  'settings.setDisplayName': { input: z.object({ displayName: z.string().trim().max(200, { error: 'v.tooLong' }) }), output: settings },
  /** Null goes back to the app's data folder. */
  'settings.setBackupFolder': { input: z.object({ folder: filePath.nullable() }), output: settings },
  /** Minutes of inactivity after which an encrypted register locks itself; null: never. */
  'settings.setAutoLock': { input: z.object({ minutes: z.number().int().min(1).max(480).nullable() }), output: settings },
  /** Overdue notifications on or off (they are shown only by the desktop app). */
  'settings.setNotifyOverdue': { input: z.object({ notifyOverdue: z.boolean() }), output: settings },
  'register.current': { input: z.object({}), output: registerInfo.nullable() },
  /** Creates a new register. Without a path the host asks (save dialog) or picks one in its folder. */
  'register.create': {
    changes: ['register'],
    input: z.object({
      organisationName: requiredText(200),
      path: filePath.optional(),
      /** Encrypt the new register with this password. */
      password: newPassword.optional(),
      /** Remember its key in the system's key store (desktop app only). */
      remember: z.boolean().optional(),
    }),
    output: registerInfo.nullable(),
  },
  /** Opens a register. Without a path the host asks (open dialog); null when the user cancels. */
  /**
   * LOCKED (details: `{ path, holder }`) when it is open elsewhere — in another process or another
   * core; `readOnly: true` then opens it anyway, without changing it. DAMAGED (details:
   * `{ path, newestBackup }`) when the file fails its check; NOT_A_REGISTER when it is not one.
   * An encrypted register without `password` (and no remembered key) fails PASSWORD_REQUIRED and
   * becomes the locked register (`register.lockedFile`); a wrong one fails WRONG_PASSWORD.
   */
  'register.open': {
    changes: ['register'],
    input: z.object({
      path: filePath.optional(),
      readOnly: z.boolean().optional(),
      password: givenPassword.optional(),
      /** true: remember the key in the system's key store; false: forget it; omitted: leave as is. */
      remember: z.boolean().optional(),
    }),
    output: registerInfo.nullable(),
  },
  /** Closes an encrypted register and shows its unlock screen (`register.locked`). */
  'register.lock': { changes: ['register'], input: z.object({}), output: z.null() },
  /** The encrypted register waiting for its password, if any. */
  'register.lockedFile': { input: z.object({}), output: lockedRegister.nullable() },
  /**
   * Adds, changes (`password`) or removes (`password: null`) the open register's password. The
   * register and every backup of it are rewritten as verified copies that replace the files only
   * when complete. `currentPassword` is required when the register is encrypted. Runs as a task.
   */
  'register.setPassword': {
    changes: ['register'],
    input: z.object({ currentPassword: givenPassword.optional(), password: newPassword.nullable(), remember: z.boolean().optional() }),
    output: registerInfo,
  },
  /** Remembers (or forgets) the open encrypted register's key in the system's key store. */
  'register.setRemembered': { input: z.object({ remember: z.boolean() }), output: registerInfo },
  /**
   * Opens the sample register "Exempel IT AB" from the data folder, writing it first if it is not
   * there; with a path, writes a new sample register at that path (refusing to overwrite).
   */
  'register.openSample': { changes: ['register'], input: z.object({ path: filePath.optional() }), output: registerInfo },
  'register.close': { changes: ['register'], input: z.object({}), output: z.null() },
  'register.info': { input: z.object({}), output: z.object({ schemaVersion: z.number().int(), counts }) },
  'tasks.cancel': { input: z.object({ taskId: z.string().max(100) }), output: z.object({ cancelled: z.boolean() }) },
} as const;

export const taskProgress = z.object({
  taskId: z.string(),
  label: z.string(),
  done: z.number(),
  total: z.number(),
});
export type TaskProgress = z.output<typeof taskProgress>;

/**
 * The open register failed its integrity check (run just after opening, off the hot path) or a
 * call hit a damaged page: the session is now read-only.
 */
export const registerDamaged = z.object({
  path: z.string(),
  /** What the check found, first lines only. */
  problems: z.array(z.string()),
  newestBackup: newestBackup.nullable(),
});
export type RegisterDamaged = z.output<typeof registerDamaged>;
