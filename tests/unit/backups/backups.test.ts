import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupIo } from '../../../electron/core/backups/backup-file';
import type { Db } from '../../../electron/core/db/types';
import { emptyRetentionRule } from '../../../shared/contract';
import { blankCustomer, call, ok, tempDir } from '../helpers';
import { addCustomer, allFiles, backupCore, backupFiles, settle, START } from './kit';

afterEach(() => {
  vi.restoreAllMocks();
});

async function register(options: { autoBackup?: boolean } = {}) {
  const t = backupCore({ autoBackup: options.autoBackup ?? false });
  const file = path.join(t.dir, 'Kund AB.forteckna');
  await ok(t.core, 'register.create', { organisationName: 'Kund AB', path: file });
  return { ...t, file };
}

/** Overwrites most pages of a copy with junk, as a failing disk would. */
function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5;
  fs.writeFileSync(file, bytes);
}

describe('backups', () => {
  it('"Säkerhetskopiera nu" writes a verified copy with a manifest in the register’s own folder', async () => {
    const t = await register();
    await addCustomer(t.core, 'Åkesson & Öberg AB');
    const backup = await ok(t.core, 'backups.create', {});

    const hash = crypto.createHash('sha256').update(path.resolve(t.file)).digest('hex').slice(0, 8);
    const folder = path.join(t.dir, 'Säkerhetskopior', `Kund AB ${hash}`);
    expect(backup).toEqual({
      path: path.join(folder, 'Kund AB 2026-11-23 09.00.00.forteckna'),
      fileName: 'Kund AB 2026-11-23 09.00.00.forteckna',
      at: START.toISOString(),
      bytes: fs.statSync(backup.path).size,
      counts: { customers: 1, activities: 0, agreements: 0 },
      verified: true,
      reason: 'manual',
    });
    const manifest = JSON.parse(fs.readFileSync(`${backup.path}.json`, 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ at: START.toISOString(), verified: true, reason: 'manual', source: path.resolve(t.file) });
    // The copy is a register of its own: the customer is in it.
    const copy = backupCore({ autoBackup: false });
    await ok(copy.core, 'register.open', { path: backup.path });
    expect((await ok(copy.core, 'customers.list', {})).items.map((c) => c.name)).toEqual(['Åkesson & Öberg AB']);

    // Two in the same second get distinct names.
    copy.core.close();
    const second = await ok(t.core, 'backups.create', {});
    expect(second.fileName).toBe('Kund AB 2026-11-23 09.00.00 (2).forteckna');
    const list = await ok(t.core, 'backups.list', {});
    expect(list).toMatchObject({ folder, root: path.join(t.dir, 'Säkerhetskopior'), customRoot: false, available: true });
    expect(list.backups.map((b) => b.fileName).sort()).toEqual([backup.fileName, second.fileName].sort());
  });

  it('goes to the folder chosen in the settings, and says clearly when that folder is gone', async () => {
    const t = await register();
    const share = tempDir();
    await ok(t.core, 'settings.setBackupFolder', { folder: share });
    const backup = await ok(t.core, 'backups.create', {});
    expect(path.dirname(path.dirname(backup.path))).toBe(share);

    fs.rmSync(share, { recursive: true });
    const result = await call(t.core, 'backups.create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND', message: expect.stringContaining(share) } });
    expect(fs.existsSync(share)).toBe(false); // a chosen folder is never created (an unplugged disk's mount point)
    expect(await ok(t.core, 'backups.list', {})).toMatchObject({ available: false, backups: [] });
  });

  it('rejects a copy that fails its integrity check: deleted, reported, nothing left behind', async () => {
    const t = await register();
    await addCustomer(t.core, 'Kund 1');
    const real = backupIo.vacuumInto;
    vi.spyOn(backupIo, 'vacuumInto').mockImplementation((db: Db, target: string) => {
      real(db, target);
      damage(target);
    });
    const result = await call(t.core, 'backups.create', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED' } });
    const folder = (await ok(t.core, 'backups.list', {})).folder;
    expect(allFiles(folder)).toEqual([]);

    // Automatic: the user's save succeeds, the failure is announced.
    const auto = await register({ autoBackup: true });
    expect((await call(auto.core, 'customers.create', { ...blankCustomer, name: 'K' })).ok).toBe(true);
    await settle();
    expect(auto.failures()).toMatchObject([
      { code: 'BACKUP_FAILED', reason: 'interval', message: { sv: expect.stringContaining('klarade inte kontrollen') } },
    ]);
    expect(allFiles((await ok(auto.core, 'backups.list', {})).folder)).toEqual([]);
  });

  it('turns a full disk into NOT_WRITABLE, never INTERNAL, and keeps the earlier backups', async () => {
    const t = await register();
    const first = await ok(t.core, 'backups.create', {});
    vi.spyOn(backupIo, 'vacuumInto').mockImplementation((_db: Db, target: string) => {
      fs.writeFileSync(target, 'half a copy');
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    t.clock.advanceMinutes(1);
    expect(await call(t.core, 'backups.create', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_WRITABLE', details: { problem: 'diskFull' } },
    });
    expect(backupFiles(path.dirname(first.path))).toEqual([first.fileName]);
    expect(allFiles(path.dirname(first.path)).sort()).toEqual([first.fileName, `${first.fileName}.json`].sort());
  });

  it('lists a backup without a manifest as not verified, and the migration backups beside the register', async () => {
    const t = await register();
    const backup = await ok(t.core, 'backups.create', {});
    fs.rmSync(`${backup.path}.json`);
    const migration = path.join(t.dir, 'Kund AB (säkerhetskopia schema 3 2026-01-15-09-00-00).forteckna');
    fs.copyFileSync(backup.path, migration);
    const list = await ok(t.core, 'backups.list', {});
    expect(list.lastBackupAt).toBeNull();
    expect(list.backups).toEqual([
      expect.objectContaining({ path: backup.path, verified: false, reason: null, counts: { customers: 0, activities: 0, agreements: 0 } }),
      expect.objectContaining({ path: migration, verified: false, reason: 'migration', at: '2026-01-15T09:00:00.000Z' }),
    ]);
  });

  it('over 10 weeks of use keeps exactly the rotation’s set on disk', async () => {
    const t = await register();
    const made: string[] = [];
    for (let day = 0; day < 70; day++) {
      const date = new Date(START.getTime() + day * 86_400_000);
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
      for (const hour of [0, 4, 7]) {
        t.clock.set(new Date(date.getTime() + hour * 3_600_000));
        made.push((await ok(t.core, 'backups.create', {})).at);
      }
    }
    const kept = (await ok(t.core, 'backups.list', {})).backups.map((b) => b.at);
    // Today is Friday 29 January 2027: the 10 newest (29th, 28th, 27th, the 26th's last), Monday the
    // 25th's last (the last 7 days), and the Friday's last of each of the 7 weeks before this one.
    const fridays = ['2027-01-22', '2027-01-15', '2027-01-08', '2027-01-01', '2026-12-25', '2026-12-18', '2026-12-11'];
    expect(kept).toEqual([...made.slice(-10).reverse(), '2027-01-25T15:00:00.000Z', ...fridays.map((d) => `${d}T15:00:00.000Z`)]);
    expect(backupFiles((await ok(t.core, 'backups.list', {})).folder)).toHaveLength(18);
  }, 60_000);

  it('prunes backups past the longest backup lag of the retention rules, and says when purged data is gone', async () => {
    const t = await register();
    await ok(t.core, 'retentionRules.create', { ...emptyRetentionRule, nameSv: 'Loggar', backupLag: 'P7D' });
    await ok(t.core, 'retentionRules.create', { ...emptyRetentionRule, nameSv: 'Bokföring', backupLag: 'P10D' });
    await ok(t.core, 'retentionRules.create', { ...emptyRetentionRule, nameSv: 'Utan eftersläp' });
    for (let day = 0; day < 21; day++) {
      for (const hour of [0, 6]) {
        t.clock.set(new Date(START.getTime() + day * 86_400_000 + hour * 3_600_000));
        await ok(t.core, 'backups.create', {});
      }
    }
    const list = await ok(t.core, 'backups.list', {});
    // Today is Sunday 13 December. The rotation keeps the last 10 (13th–9th), the newest of the 8th
    // and 7th, and the newest of the weeks before (6 December, 29 November); but the copy of 29
    // November is 14 days old, past the longest lag (P10D), so it is gone.
    expect(list.backups.map((b) => b.at.slice(0, 10))).toEqual([
      ...['13', '13', '12', '12', '11', '11', '10', '10', '09', '09', '08', '07', '06'].map((d) => `2026-12-${d}`),
    ]);
    expect(list).toMatchObject({ longestBackupLag: 'P10D', purgedGoneBy: '2026-12-23' });
  });
});
