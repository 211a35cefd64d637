import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, ok } from '../helpers';
import { addCustomer, backupCore } from './kit';

// Restore as the user expects it: yesterday's file comes back as a NEW register next to today's,
// opens, and says which file is now open; nothing that exists is ever overwritten.

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function withBackup() {
  const t = backupCore({ autoBackup: false });
  const file = path.join(t.dir, 'Kund AB.forteckna');
  await ok(t.core, 'register.create', { organisationName: 'Kund AB', path: file });
  await addCustomer(t.core, 'I går AB');
  const backup = await ok(t.core, 'backups.create', {});
  t.clock.advanceMinutes(24 * 60);
  await addCustomer(t.core, 'I dag AB');
  return { ...t, file, backup };
}

const names = async (t: { core: Parameters<typeof ok>[0] }) => (await ok(t.core, 'customers.list', {})).items.map((c) => c.name).sort();

describe('restore', () => {
  it('writes a new register next to the original, opens it, and leaves today’s file and the backup as they were', async () => {
    const t = await withBackup();
    const backupDigest = digest(t.backup.path);
    const opened: unknown[] = [];
    t.core.subscribe((event, payload) => event === 'register.opened' && opened.push(payload));

    const restored = await ok(t.core, 'backups.restore', { path: t.backup.path });
    const expectedPath = path.join(t.dir, 'Kund AB (återställd 2026-11-23 09.00).forteckna');
    expect(restored).toEqual({
      path: expectedPath,
      fileName: 'Kund AB (återställd 2026-11-23 09.00).forteckna',
      organisationName: 'Kund AB',
      schemaVersion: expect.any(Number),
      readOnly: null,
      encrypted: false,
      passwordRemembered: false,
      restoredFrom: { path: t.backup.path, fileName: t.backup.fileName, at: t.backup.at },
    });
    expect(await ok(t.core, 'register.current', {})).toMatchObject({ path: expectedPath });
    expect(opened).toEqual([expect.objectContaining({ path: expectedPath })]);
    expect(await names(t)).toEqual(['I går AB']);
    expect(digest(t.backup.path)).toBe(backupDigest);
    // Its history says where it came from.
    const history = await ok(t.core, 'history.list', {});
    expect(history.rows.filter((r) => r.action === 'restore').map((r) => r.recordName)).toEqual([t.backup.fileName]);
    // The restored register is in the recent files, so the user finds it again.
    expect((await ok(t.core, 'settings.get', {})).recentFiles[0]).toMatchObject({ path: expectedPath });

    // Today's register still has today's customer.
    await ok(t.core, 'register.open', { path: t.file });
    expect(await names(t)).toEqual(['I dag AB', 'I går AB']);

    // A second restore of the same backup takes a free name.
    const again = await ok(t.core, 'backups.restore', { path: t.backup.path });
    expect(again.fileName).toBe('Kund AB (återställd 2026-11-23 09.00) (2).forteckna');
  });

  it('refuses an explicit target that exists, and changes nothing', async () => {
    const t = await withBackup();
    const before = digest(t.file);
    expect(await call(t.core, 'backups.restore', { path: t.backup.path, target: t.file })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS' },
    });
    expect(digest(t.file)).toBe(before);
    expect(await ok(t.core, 'register.current', {})).toMatchObject({ path: t.file });

    const target = path.join(t.dir, 'annan', 'kopia');
    expect(await call(t.core, 'backups.restore', { path: t.backup.path, target })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
    fs.mkdirSync(path.dirname(target));
    // The extension is added, as for a new register.
    expect(await ok(t.core, 'backups.restore', { path: t.backup.path, target })).toMatchObject({ path: `${target}.forteckna` });
  });

  it('checks the backup first: missing, not a register, or damaged', async () => {
    const t = await withBackup();
    const missing = path.join(t.dir, 'borta.forteckna');
    expect(await call(t.core, 'backups.restore', { path: missing })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });

    const text = path.join(t.dir, 'anteckning.forteckna');
    fs.writeFileSync(text, 'inte en databas');
    expect(await call(t.core, 'backups.restore', { path: text })).toMatchObject({ ok: false, error: { code: 'NOT_A_REGISTER' } });

    const damaged = path.join(t.dir, 'skadad.forteckna');
    const bytes = fs.readFileSync(t.backup.path);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5;
    fs.writeFileSync(damaged, bytes);
    expect(await call(t.core, 'backups.restore', { path: damaged })).toMatchObject({ ok: false, error: { code: 'NOT_A_REGISTER' } });

    // Nothing was written and today's register is still open.
    expect(fs.readdirSync(t.dir).filter((f) => f.includes('återställd'))).toEqual([]);
    expect(await ok(t.core, 'register.current', {})).toMatchObject({ path: t.file });
  });

  it('works with no register open (a fresh profile), from a backup of another machine', async () => {
    const t = await withBackup();
    const fresh = backupCore({ autoBackup: false });
    const target = path.join(fresh.dir, 'Återställt.forteckna');
    const restored = await ok(fresh.core, 'backups.restore', { path: t.backup.path, target });
    expect(restored).toMatchObject({ path: target, restoredFrom: { fileName: t.backup.fileName } });
    expect(await names(fresh)).toEqual(['I går AB']);
  });
});
