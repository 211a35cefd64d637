import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupEntry } from '../../shared/contract';
import { median, must, newCore, now, row, RUNS, type Row } from './kit';

/**
 * A verified backup of the reference register ("Säkerhetskopiera nu": VACUUM INTO, integrity_check
 * of the copy, manifest, rotation), with its size in the scenario's name. quality.md sets no
 * budget; 1 s is what a user would notice on close. Floor: the bare VACUUM INTO of the same file.
 */
export async function benchBackups(dir: string, file: string, size: number): Promise<Row[]> {
  const folder = path.join(dir, 'bench-backups');
  fs.mkdirSync(folder, { recursive: true });
  const core = newCore(dir);
  const times: number[] = [];
  let bytes = 0;
  try {
    await must(core, 'register.open', { path: file });
    await must(core, 'settings.setBackupFolder', { folder });
    for (let i = 0; i <= RUNS; i++) {
      const t0 = now();
      const backup = await must<BackupEntry>(core, 'backups.create', {});
      const t = now() - t0;
      bytes = backup.bytes;
      if (i > 0) times.push(t); // the first run warms the page cache
    }
  } finally {
    core.close();
  }
  const floors: number[] = [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (let i = 0; i <= Math.min(RUNS, 5); i++) {
      const target = path.join(folder, `floor-${i}.sqlite`);
      const t0 = now();
      db.prepare('VACUUM INTO ?').run(target);
      const t = now() - t0;
      fs.rmSync(target);
      if (i > 0) floors.push(t);
    }
  } finally {
    db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const mb = (bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
  return [row(`backup, verified (${mb} MB)`, size, times, 1000, 'median', median(floors))];
}
