// Automatic, verified, rotating backups of the open register, and restore (issue 11 points 4–5).
//
// Where: one folder per register, `<root>/<register name> <8 hex of sha256(register path)>/`, where
// root is the folder chosen in the settings (`settings.setBackupFolder`) or
// `<data folder>/Säkerhetskopior`. Each backup is a `.forteckna` file (VACUUM INTO, then
// PRAGMA integrity_check of the copy) with a JSON manifest beside it (`<file>.json`), written only
// once the copy passed its check.
//
// When (hosts 'electron' and 'browser'; off in the CLI and in tests unless CorePorts.autoBackup):
// on open, after the first change of every 15 minutes of editing, and on close when something
// changed since the last backup. A failing automatic backup never fails the user's call: the core
// emits `backups.failed` (see index.ts events). A successful one announces itself as
// `data.changed { kinds: ['backups'], method: 'backups.auto' }`, so a list with
// `reloadOn: ['backups']` stays current.
//
// Rotation after every backup: the last 10, the newest of each of the last 7 days and the newest of
// each of the last 8 ISO weeks (Europe/Stockholm calendar) are kept; the rest are deleted. Then,
// when a retention rule has a backup lag, every backup dated more than the longest lag ago goes too
// (the newest backup always stays), so purged data leaves the backups by `purgedGoneBy`.
import { z } from 'zod';
import { calendarDate, filePath, isoDateTime } from './common';
import { givenPassword, registerInfo } from './register';

/**
 * What made the backup: the register was opened, 15 minutes of editing went by, it was closed, the
 * user asked ("Säkerhetskopiera nu"), or a schema migration was about to run (those copies lie next
 * to the register file, are not rotated and carry no manifest).
 */
export const BACKUP_REASONS = ['open', 'interval', 'close', 'manual', 'migration'] as const;
export const backupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.output<typeof backupReason>;

/** What the backup holds, for the user to recognise the right one. */
export const backupCounts = z.object({
  customers: z.number().int(),
  activities: z.number().int(),
  agreements: z.number().int(),
});
export type BackupCounts = z.output<typeof backupCounts>;

export const backupEntry = z.object({
  /** Absolute path of the backup file: what `backups.restore` takes. */
  path: z.string(),
  fileName: z.string(),
  /** When it was made (ISO, the core's clock); the file's modification time when it has no manifest. */
  at: isoDateTime,
  /** Size of the file on disk. */
  bytes: z.number().int(),
  /** Null when unknown: a file without a manifest that could not be read. */
  counts: backupCounts.nullable(),
  /**
   * The copy passed PRAGMA integrity_check when it was made (its manifest says so and the file still
   * has that size). False for a file without a manifest (a copy cut short, a copy taken before a
   * migration): `backups.restore` checks every file again before using it.
   */
  verified: z.boolean(),
  /** Null when the file has no manifest. */
  reason: backupReason.nullable(),
});
export type BackupEntry = z.output<typeof backupEntry>;

export const backupList = z.object({
  /** This register's backup folder (it may not exist yet). */
  folder: z.string(),
  /** The folder backups go to: the one chosen in the settings, or the app's default. */
  root: z.string(),
  /** True when root is the folder chosen in the settings (a USB disk, the firm's file share). */
  customRoot: z.boolean(),
  /** False when the chosen folder cannot be reached (drive unplugged, share offline): backups fail until it is back. */
  available: z.boolean(),
  /** The newest verified backup, or null when there is none. */
  lastBackupAt: isoDateTime.nullable(),
  /** The longest backup lag of the register's retention rules (ISO duration), or null when no rule has one. */
  longestBackupLag: z.string().nullable(),
  /**
   * The day by which data purged today will have left the backups (today + longest lag): copies
   * are deleted at the first backup on or after that day. Null when no rule has a backup lag: then
   * only the rotation removes copies (all are gone after 8 weeks of regular use).
   */
  purgedGoneBy: calendarDate.nullable(),
  /** Newest first; the register's own backups and the migration backups next to its file. */
  backups: z.array(backupEntry),
});
export type BackupList = z.output<typeof backupList>;

export const restoredRegister = registerInfo.extend({
  /** The backup the register now open was restored from. */
  restoredFrom: z.object({ path: z.string(), fileName: z.string(), at: isoDateTime }),
});
export type RestoredRegister = z.output<typeof restoredRegister>;

/**
 * An automatic backup that failed (folder gone, disk full, not writable) or failed its check (the
 * copy was deleted). The register itself is untouched; the next attempt is at the next trigger.
 */
export const backupFailed = z.object({
  /** The register whose backup failed. */
  registerPath: z.string(),
  reason: backupReason,
  /** Stable error code: FILE_NOT_FOUND (folder missing), NOT_WRITABLE (full, read-only, no permission), BACKUP_FAILED (copy failed its check). */
  code: z.string(),
  /** What happened and what to do, in words. */
  message: z.object({ sv: z.string(), en: z.string() }),
  at: isoDateTime,
});
export type BackupFailed = z.output<typeof backupFailed>;

export const backupMethods = {
  /** The open register's backups and where they go (NO_REGISTER when none is open). */
  'backups.list': { input: z.object({}), output: backupList },
  /**
   * "Säkerhetskopiera nu": a verified backup of the open register, then rotation. Fails with
   * FILE_NOT_FOUND (the chosen folder is gone), NOT_WRITABLE (disk full, read-only, no permission) or
   * BACKUP_FAILED (the copy failed its check and was deleted); LOCKED while a long read (an export)
   * holds the register. A manual backup fails its call and emits no `backups.failed`.
   */
  'backups.create': { changes: ['backups'], input: z.object({}), output: backupEntry },
  /**
   * Restores a backup as a NEW register file and opens it; never overwrites anything. Without
   * `target` the file goes next to the original register, named
   * "<name> (återställd 2026-12-02 10.30).forteckna" after the backup's time (with " (2)"… when
   * taken). Errors: FILE_NOT_FOUND (backup missing, target folder missing), FILE_EXISTS (target
   * exists), NOT_A_REGISTER (not a register, or damaged), NEWER_VERSION, NOT_WRITABLE. An
   * encrypted backup opens with the open register's key when it is one of its own, else with
   * `password` (PASSWORD_REQUIRED without one, WRONG_PASSWORD). The restored file stays encrypted.
   */
  'backups.restore': {
    changes: ['register'],
    input: z.object({ path: filePath, target: filePath.optional(), password: givenPassword.optional() }),
    output: restoredRegister,
  },
} as const;
