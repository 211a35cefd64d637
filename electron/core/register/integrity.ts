// Is the register file sound? PRAGMA quick_check reads every page: about 0.4 s for the 43 MB
// reference register on these machines, more than the whole 150 ms budget for open + first page.
// So a small file is checked during the open (db/open.ts, quickCheckMaxBytes) and a bigger one
// right after it, in a worker thread with its own read-only connection; the session turns
// read-only when that check fails. Also here: the newest verified backup, offered for a damaged file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NewestBackup } from '../../../shared/contract';
import { backupRoot, registerBackupFolder, type BackupEnv } from '../backups/backup-folder';
import { readManifest } from '../backups/backup-file';
import { keyPragmas, type RegisterKey } from './cipher';

/** Files up to this size are checked inline during the open (about 20 ms at worst here). */
export const INLINE_QUICK_CHECK_BYTES = 2 * 1024 * 1024;

// Plain JavaScript, so that it runs the same under tsx, vitest and the bundled app.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  // As register/cipher.ts applyKey: SQLCipher 4 with the raw key, so no second key derivation.
  for (const pragma of workerData.keyPragmas) db.pragma(pragma);
  db.pragma('busy_timeout = 5000');
  const lines = db.pragma('quick_check(20)').map((r) => r.quick_check);
  parentPort.postMessage({ problems: lines.length === 1 && lines[0] === 'ok' ? [] : lines });
} catch (error) {
  const code = String((error && error.code) || '');
  const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
  parentPort.postMessage(damaged ? { problems: [String(error.message)] } : { failed: String((error && error.message) || error) });
} finally {
  try { if (db) db.close(); } catch {}
}
`;

export type CheckOutcome = { problems: string[] } | { failed: string };

/** Runs quick_check of `file` in a worker thread; `failed` when the check itself could not run (not damage). */
export function quickCheckInWorker(file: string, nativeBinding?: string, key: RegisterKey | null = null): Promise<CheckOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { driver, file, nativeBinding, keyPragmas: key ? keyPragmas(key) : [] },
      });
    } catch (error) {
      resolve({ failed: (error as Error).message });
      return;
    }
    let settled = false;
    const settle = (outcome: CheckOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    worker.unref(); // a check in progress never keeps a CLI or test process alive
    worker.once('message', (message: CheckOutcome) => settle(message));
    worker.once('error', (error) => settle({ failed: error.message }));
    worker.once('exit', (code) => settle({ failed: `integrity worker exited (${code})` }));
  });
}

/** The newest backup of `registerPath` that passed its check (manifest verified, size unchanged); null when none. */
export function newestVerifiedBackup(env: BackupEnv, registerPath: string): NewestBackup | null {
  let folder: string;
  let names: string[];
  try {
    folder = registerBackupFolder(backupRoot(env).root, registerPath);
    names = fs.readdirSync(folder);
  } catch {
    return null;
  }
  let best: NewestBackup | null = null;
  for (const name of names) {
    if (!name.endsWith('.forteckna') || name.startsWith('.')) continue;
    const file = path.join(folder, name);
    const manifest = readManifest(file);
    if (!manifest?.verified) continue;
    try {
      if (fs.statSync(file).size !== manifest.bytes) continue;
    } catch {
      continue;
    }
    if (!best || manifest.at > best.at) best = { path: file, fileName: name, at: manifest.at };
  }
  return best;
}
