// A core for backup tests: automatic backups on (as in the app), a clock the test moves, and the
// events it emitted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import type { EventName, EventPayload } from '../../../shared/contract';
import { blankCustomer, ok, tempDir } from '../helpers';

const cores: Core[] = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

export const START = new Date('2026-11-23T08:00:00.000Z'); // a Monday, 09:00 in Stockholm

export interface BackupTestCore {
  core: Core;
  dir: string;
  clock: { now(): Date; advanceMinutes(minutes: number): void; set(instant: Date): void };
  events: { event: EventName; payload: unknown }[];
  failures(): EventPayload<'backups.failed'>[];
}

export function backupCore(options: { autoBackup?: boolean; dir?: string } = {}): BackupTestCore {
  const dir = options.dir ?? tempDir();
  let now = START.getTime();
  const clock = {
    now: () => new Date(now),
    advanceMinutes: (minutes: number) => void (now += minutes * 60_000),
    set: (instant: Date) => void (now = instant.getTime()),
  };
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock,
    autoBackup: options.autoBackup ?? true,
    validateOutputs: true,
    logError: process.env.DEBUG_CORE ? (m: string, e: unknown) => console.error(m, e) : () => {},
  });
  cores.push(core);
  const events: BackupTestCore['events'] = [];
  core.subscribe((event, payload) => events.push({ event, payload }));
  const failures = () => events.filter((e) => e.event === 'backups.failed').map((e) => e.payload as EventPayload<'backups.failed'>);
  return { core, dir, clock, events, failures };
}

/** Lets the core's deferred work (a backup scheduled after a call answered) run: one turn of the event loop, no timer. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function addCustomer(core: Core, name: string) {
  return ok(core, 'customers.create', { ...blankCustomer, name });
}

/** The backup files in a folder (no manifests, no temp files). */
export function backupFiles(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.forteckna') && !f.startsWith('.')) : [];
}

/** Every file under `folder`, relative, to show that nothing was left behind. */
export function allFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(folder, f)).isFile());
}
