import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import type { EventName } from '../../../shared/contract';
import { blankCustomer, call, FIXED_NOW, ok, tempDir, testCore } from '../helpers';

const PAGE = 4096;

/** A closed register with enough customers to fill many pages, and (optionally) a verified backup. */
async function registerWithData(options: { backup?: boolean } = {}) {
  const { core, dir } = testCore();
  const file = path.join(dir, 'skadad.forteckna');
  await ok(core, 'register.create', { organisationName: 'Skadad AB', path: file });
  for (let i = 0; i < 60; i++) await ok(core, 'customers.create', { ...blankCustomer, name: `Kund ${i} AB`, notes: 'x'.repeat(1500) });
  let backupPath: string | null = null;
  if (options.backup) backupPath = (await ok(core, 'backups.create', {})).path;
  core.close();
  return { dir, file, backupPath };
}

/**
 * Overwrites three pages of the customers table with junk, keeping the header (page 1) and the
 * schema intact: the kind of damage a bad sector does to the data, which a read-only open survives.
 */
function damage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pages = (
    db.prepare("SELECT pageno FROM dbstat WHERE name = 'customers' AND pagetype = 'leaf' ORDER BY pageno").all() as {
      pageno: number;
    }[]
  ).map((r) => r.pageno);
  db.close();
  expect(pages.length).toBeGreaterThan(10);
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of [pages[Math.floor(pages.length / 2)]!, pages[Math.floor(pages.length / 2) + 1]!, pages.at(-2)!]) {
      fs.writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, (page - 1) * PAGE);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function coreIn(dir: string, quickCheckInlineBytes?: number) {
  const events: { event: EventName; payload: unknown }[] = [];
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock: { now: () => FIXED_NOW },
    validateOutputs: true,
    logError: () => {},
    ...(quickCheckInlineBytes !== undefined ? { quickCheckInlineBytes } : {}),
  });
  core.subscribe((event, payload) => events.push({ event, payload }));
  return { core, events };
}

describe('a damaged register (issue 12, fault 11)', () => {
  it('is refused on open with DAMAGED naming the newest verified backup, and opens read-only on request', async () => {
    const { dir, file, backupPath } = await registerWithData({ backup: true });
    damage(file);
    const { core } = coreIn(dir);
    try {
      const refused = await call(core, 'register.open', { path: file });
      expect(refused.ok ? null : refused.error.code).toBe('DAMAGED');
      if (refused.ok) return;
      const details = refused.error.details as { path: string; newestBackup: { path: string } | null; problems: string[] };
      expect(details.path).toBe(file);
      expect(details.newestBackup?.path).toBe(backupPath);
      expect(details.problems.length).toBeGreaterThan(0);

      const readOnly = await ok(core, 'register.open', { path: file, readOnly: true });
      expect(readOnly?.readOnly).toEqual({ reason: 'damaged', holder: null });
      const write = await call(core, 'organisation.get', {});
      expect(write.ok).toBe(true);
      const refusedWrite = await call(core, 'customers.create', blankCustomer);
      expect(refusedWrite.ok ? null : refusedWrite.error.code).toBe('READ_ONLY');

      // The offer: restore the newest backup as a new file, which opens for editing.
      const restored = await ok(core, 'backups.restore', { path: details.newestBackup!.path });
      expect(restored.readOnly).toBeNull();
      expect((await ok(core, 'customers.list', {})).total).toBe(60);
    } finally {
      core.close();
    }
  });

  it('checked after the open (a big file): the session turns read-only and register.damaged is emitted', async () => {
    const { dir, file } = await registerWithData();
    damage(file);
    const { core, events } = coreIn(dir, 0);
    try {
      const opened = await ok(core, 'register.open', { path: file });
      expect(opened?.readOnly).toBeNull();
      await core.integrityChecked();
      const damaged = events.find((e) => e.event === 'register.damaged');
      expect(damaged?.payload).toMatchObject({ path: file, newestBackup: null });
      expect((await ok(core, 'register.current', {}))?.readOnly).toEqual({ reason: 'damaged', holder: null });
      const write = await call(core, 'customers.create', blankCustomer);
      expect(write.ok ? null : write.error.code).toBe('READ_ONLY');
    } finally {
      core.close();
    }
  });

  it('a sound big file passes the check after the open and stays writable', async () => {
    const { dir, file } = await registerWithData();
    const { core, events } = coreIn(dir, 0);
    try {
      await ok(core, 'register.open', { path: file });
      await core.integrityChecked();
      expect(events.some((e) => e.event === 'register.damaged')).toBe(false);
      await ok(core, 'customers.create', blankCustomer);
    } finally {
      core.close();
    }
  });

  it('a file that is not SQLite at all is still NOT_A_REGISTER', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'junk.forteckna');
    fs.writeFileSync(file, Buffer.alloc(3 * PAGE, 0x41));
    const { core } = coreIn(dir);
    try {
      const refused = await call(core, 'register.open', { path: file });
      expect(refused.ok ? null : refused.error.code).toBe('NOT_A_REGISTER');
      const readOnly = await call(core, 'register.open', { path: file, readOnly: true });
      expect(readOnly.ok ? null : readOnly.error.code).toBe('NOT_A_REGISTER');
    } finally {
      core.close();
    }
  });
});
