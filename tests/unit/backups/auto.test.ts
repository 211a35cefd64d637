import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupIo } from '../../../electron/core/backups/backup-file';
import { blankCustomer, call, ok, tempDir } from '../helpers';
import { addCustomer, backupCore, backupFiles, settle, START } from './kit';

// Automatic backups as a user meets them: one when the register opens, one after the first change
// of every 15 minutes of editing, one on close if anything changed; never a failed save because of one.

async function openedRegister(options: { autoBackup?: boolean } = {}) {
  const t = backupCore(options);
  const file = path.join(t.dir, 'Kund AB.forteckna');
  await ok(t.core, 'register.create', { organisationName: 'Kund AB', path: file });
  return { ...t, file };
}

const reasons = async (t: Awaited<ReturnType<typeof openedRegister>>) =>
  (await ok(t.core, 'backups.list', {})).backups.map((b) => b.reason).reverse();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('automatic backups', () => {
  it('are made on open, after 15 minutes of editing, and on close, by the core clock', async () => {
    const t = await openedRegister();
    // A new, empty register waits for its first change…
    await settle();
    expect(await reasons(t)).toEqual([]);
    await addCustomer(t.core, 'Första AB');
    await settle();
    expect(await reasons(t)).toEqual(['interval']);

    // …then edits within the next 15 minutes make none.
    t.clock.advanceMinutes(10);
    await addCustomer(t.core, 'Andra AB');
    await settle();
    expect(await reasons(t)).toEqual(['interval']);
    // Reads never do.
    t.clock.advanceMinutes(30);
    await ok(t.core, 'customers.list', {});
    await settle();
    expect(await reasons(t)).toEqual(['interval']);
    // The first change after 15 minutes does.
    await addCustomer(t.core, 'Tredje AB');
    await settle();
    const list = await ok(t.core, 'backups.list', {});
    expect(list.backups.map((b) => b.reason)).toEqual(['interval', 'interval']);
    expect(list.backups[0]).toMatchObject({
      verified: true,
      counts: { customers: 3 },
      at: new Date(START.getTime() + 40 * 60_000).toISOString(),
    });
    expect(list.lastBackupAt).toBe(list.backups[0]!.at);

    // Changed since: a backup on close, before the file is closed.
    t.clock.advanceMinutes(2);
    await addCustomer(t.core, 'Fjärde AB');
    await ok(t.core, 'register.close', {});
    expect(backupFiles(list.folder)).toHaveLength(3);

    // Opening makes one; closing without a change makes none.
    t.clock.advanceMinutes(60);
    await ok(t.core, 'register.open', { path: t.file });
    await settle();
    expect(await reasons(t)).toEqual(['interval', 'interval', 'close', 'open']);
    expect((await ok(t.core, 'backups.list', {})).backups[0]!.counts).toEqual({ customers: 4, activities: 0, agreements: 0 });
    t.clock.advanceMinutes(60);
    await ok(t.core, 'register.close', {});
    expect(backupFiles(list.folder)).toHaveLength(4);
    // Each backup announced itself, so a list with reloadOn: ['backups'] stays current.
    expect(t.events.filter((e) => e.event === 'data.changed' && (e.payload as { method: string }).method === 'backups.auto')).toHaveLength(
      4,
    );
  });

  it('are off for the CLI and tests unless the host asks', async () => {
    const t = await openedRegister({ autoBackup: false });
    await addCustomer(t.core, 'Första AB');
    await settle();
    expect((await ok(t.core, 'backups.list', {})).backups).toEqual([]);
  });

  it('never fail the user’s call: a missing folder is announced as backups.failed, and tried again 15 minutes later', async () => {
    const t = await openedRegister();
    const usb = tempDir();
    await ok(t.core, 'settings.setBackupFolder', { folder: usb });
    fs.rmSync(usb, { recursive: true }); // the USB disk is unplugged

    const saved = await call(t.core, 'customers.create', { ...blankCustomer, name: 'Sparas ändå AB' });
    expect(saved.ok).toBe(true);
    await settle();
    expect(t.failures()).toEqual([
      {
        registerPath: t.file,
        reason: 'interval',
        code: 'FILE_NOT_FOUND',
        message: {
          sv: expect.stringContaining(`mappen ${usb} går inte att nå`),
          en: expect.stringContaining(`the folder ${usb} cannot be reached`),
        },
        at: START.toISOString(),
      },
    ]);
    const list = await ok(t.core, 'backups.list', {});
    expect(list).toMatchObject({ root: usb, customRoot: true, available: false, backups: [] });

    // Not again at every keystroke…
    await addCustomer(t.core, 'Igen AB');
    await settle();
    expect(t.failures()).toHaveLength(1);
    // …but at the next trigger, and it works once the disk is back.
    fs.mkdirSync(usb);
    t.clock.advanceMinutes(15);
    await addCustomer(t.core, 'Tillbaka AB');
    await settle();
    expect(t.failures()).toHaveLength(1);
    expect((await ok(t.core, 'backups.list', {})).backups).toHaveLength(1);
    // Closing with a change and the disk gone again: the register still closes.
    fs.rmSync(usb, { recursive: true });
    await addCustomer(t.core, 'Sist AB');
    expect((await call(t.core, 'register.close', {})).ok).toBe(true);
    expect(t.failures().map((f) => f.reason)).toEqual(['interval', 'close']);
    expect(await call(t.core, 'register.current', {})).toMatchObject({ ok: true, value: null });
  });

  it('wait while the connection is busy (a long export reading across calls) instead of reporting a failure', async () => {
    const t = await openedRegister();
    const real = backupIo.vacuumInto;
    vi.spyOn(backupIo, 'vacuumInto')
      .mockImplementationOnce(() => {
        throw new TypeError('This database connection is busy executing a query');
      })
      .mockImplementation(real);
    await addCustomer(t.core, 'Första AB');
    await settle();
    expect(await reasons(t)).toEqual([]);
    await vi.waitFor(async () => expect(await reasons(t)).toEqual(['interval']), { timeout: 5000, interval: 50 });
    expect(t.failures()).toEqual([]);
  });
});
