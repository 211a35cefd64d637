import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFileSettings } from '../../../electron/core/settings/settings-stores';
import { createTasks } from '../../../electron/core/tasks';
import { ok, tempDir, testCore } from '../helpers';

describe('settings and tasks', () => {
  it('keeps settings in a JSON file and survives a damaged one', () => {
    const file = path.join(tempDir(), 'nested', 'settings.json');
    const store = jsonFileSettings(file);
    expect(store.read()).toEqual({
      language: 'sv',
      recentFiles: [],
      lastRegister: null,
      displayName: '',
      backupFolder: null,
      autoLockMinutes: null,
      rememberedKeys: {},
      notifyOverdue: true,
      overdueSeen: {},
      importMappings: {},
    });
    store.write({
      language: 'en',
      recentFiles: [{ path: '/x.forteckna', organisationName: 'X', openedAt: '2026-01-01', encrypted: false }],
      lastRegister: '/x.forteckna',
      displayName: 'Maria Lind',
      backupFolder: '/media/usb',
      autoLockMinutes: 5,
      rememberedKeys: {},
      notifyOverdue: false,
      overdueSeen: { '/x.forteckna': { keys: ['activity.review:activity:1'], at: '2026-01-01T08:00:00.000Z' } },
      importMappings: {
        ['a'.repeat(64)]: { mappings: [{ sheet: 'Kunder', target: 'customers', headerRow: 1, columns: {} }], at: '2026-01-01' },
      },
    });
    expect(jsonFileSettings(file).read()).toMatchObject({
      language: 'en',
      displayName: 'Maria Lind',
      backupFolder: '/media/usb',
      notifyOverdue: false,
      overdueSeen: { '/x.forteckna': { keys: ['activity.review:activity:1'] } },
      importMappings: { ['a'.repeat(64)]: { mappings: [{ sheet: 'Kunder', target: 'customers' }] } },
    });
    fs.writeFileSync(file, '{ not json');
    expect(jsonFileSettings(file).read().language).toBe('sv');
    fs.writeFileSync(file, JSON.stringify({ language: 'de', recentFiles: [{ path: 3 }, { path: '/a', organisationName: 'A' }] }));
    // A file from before a setting existed gets its default (overdue notifications on).
    expect(jsonFileSettings(file).read()).toMatchObject({
      language: 'sv',
      recentFiles: [{ path: '/a' }],
      notifyOverdue: true,
      overdueSeen: {},
    });
  });

  it('keeps the display name the history shows, and a backup folder only when it exists', async () => {
    const { core, dir } = testCore();
    expect((await ok(core, 'settings.setDisplayName', { displayName: '  Maria Lind ' })).displayName).toBe('Maria Lind');
    expect((await ok(core, 'settings.setBackupFolder', { folder: dir })).backupFolder).toBe(path.resolve(dir));
    const missing = await core.dispatch('settings.setBackupFolder', { folder: path.join(dir, 'finns-inte') });
    expect(missing.ok ? null : missing.error.code).toBe('FILE_NOT_FOUND');
    expect((await ok(core, 'settings.setBackupFolder', { folder: null })).backupFolder).toBeNull();
  });

  it('switches language and tells subscribers', async () => {
    const { core } = testCore();
    const seen: string[] = [];
    core.subscribe((event) => seen.push(event));
    expect((await ok(core, 'settings.setLanguage', { language: 'en' })).language).toBe('en');
    expect((await ok(core, 'settings.get', {})).language).toBe('en');
    expect(seen).toContain('settings.changed');
  });

  it('cancels a running task, which then fails with CANCELLED', async () => {
    const progress: number[] = [];
    const tasks = createTasks((p) => progress.push(p.done));
    let id = '';
    const running = tasks.run('Test', async (task) => {
      id = task.taskId;
      for (let i = 0; i <= 100; i++) {
        task.progress(i, 100);
        await new Promise((r) => setImmediate(r));
      }
    });
    await new Promise((r) => setImmediate(r));
    expect(tasks.cancel(id)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(progress[0]).toBe(0);
    expect(tasks.cancel(id)).toBe(false);
  });
});
