// One backup file: the copy (VACUUM INTO, which keeps an encrypted register encrypted, unlike the
// backup API), its check (PRAGMA integrity_check and the register's application id), and the JSON
// manifest beside it that says when, why and what it holds.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { backupCounts, backupReason, type BackupCounts } from '../../../shared/contract';
import { APPLICATION_ID } from '../db/open';
import type { Db } from '../db/types';
import { applyKey, keyFits, type RegisterKey } from '../register/cipher';

/**
 * The one step that writes the copy, behind an object so that tests can damage a copy before it
 * is checked (`vi.spyOn(backupIo, 'vacuumInto')`) or make the disk "full".
 */
export const backupIo = {
  vacuumInto(db: Db, target: string): void {
    db.prepare('VACUUM INTO ?').run(target);
  },
};

export type Inspection =
  { ok: true; counts: BackupCounts; schemaVersion: number } | { ok: false; problem: 'notRegister' | 'damaged'; detail: string };

function count(db: Db, table: string): number {
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } catch {
    return 0; // a file from a schema before the table existed
  }
}

/** `file` opened read-only; with `key` when it is that key's file (an encrypted register's backup). */
export function openCopy(file: string, nativeBinding?: string, key: RegisterKey | null = null): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  if (keyFits(file, key)) applyKey(db, key, false);
  return db;
}

/**
 * Opens `file` read-only and checks that it is a Förteckna register that passes
 * PRAGMA integrity_check; with its counts when it does. Never throws for a bad file. An encrypted
 * file is read with `key` (without it, or with another file's key, it is 'notRegister').
 */
export function inspectCopy(file: string, nativeBinding?: string, key: RegisterKey | null = null): Inspection {
  let db: Db;
  try {
    db = openCopy(file, nativeBinding, key);
  } catch (error) {
    return { ok: false, problem: 'notRegister', detail: (error as Error).message };
  }
  try {
    let appId: number;
    try {
      appId = db.pragma('application_id', { simple: true }) as number;
    } catch (error) {
      return { ok: false, problem: 'notRegister', detail: (error as Error).message };
    }
    if (appId !== APPLICATION_ID) return { ok: false, problem: 'notRegister', detail: `application_id ${appId}` };
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') return { ok: false, problem: 'damaged', detail: String(result) };
    return {
      ok: true,
      counts: { customers: count(db, 'customers'), activities: count(db, 'activities'), agreements: count(db, 'agreements') },
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } catch (error) {
    // SQLITE_CORRUPT and friends, thrown part-way through the check.
    return { ok: false, problem: 'damaged', detail: (error as Error).message };
  } finally {
    db.close();
  }
}

/** Counts of a file without a manifest, read without a full check; null when it cannot be read. */
export function readCounts(file: string, nativeBinding?: string, key: RegisterKey | null = null): BackupCounts | null {
  try {
    const db = openCopy(file, nativeBinding, key);
    try {
      if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return null;
      return { customers: count(db, 'customers'), activities: count(db, 'activities'), agreements: count(db, 'agreements') };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export const MANIFEST_FORMAT = 'forteckna-backup/1';

/** What `<backup>.json` holds; written only after the copy passed its check. */
export const backupManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  at: z.string(),
  bytes: z.number().int(),
  counts: backupCounts,
  verified: z.boolean(),
  reason: backupReason,
  /** The register file the backup was made of: where a restore goes by default. */
  source: z.string(),
  schemaVersion: z.number().int(),
});
export type BackupManifest = z.output<typeof backupManifest>;

export const manifestPath = (backupFile: string) => `${backupFile}.json`;

/** The manifest beside `backupFile`, or null when it is missing or unreadable. */
export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const parsed = backupManifest.safeParse(JSON.parse(fs.readFileSync(manifestPath(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written through a temp file and a rename, so a reader never sees half a manifest. */
export function writeManifest(backupFile: string, manifest: BackupManifest): void {
  const target = manifestPath(backupFile);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  try {
    fs.writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
