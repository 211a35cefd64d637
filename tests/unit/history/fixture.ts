// A register for the history tests: a real core with a named OS user, a display name and a clock
// the test moves, so every entry says who and when as the app would.
import fs from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import type { HistoryEntry, HistoryFilter, HistoryKind } from '../../../shared/contract';
import { ok, tempDir } from '../helpers';

export interface HistoryCore {
  core: Core;
  dir: string;
  file: string;
  /** Sets the core's clock (ISO instant). */
  at(iso: string): void;
  /** Closes the core (the register is checkpointed) and opens a new one on `file`. */
  reopen(file?: string): Promise<Core>;
}

export async function historyCore(options: { osUser?: string; displayName?: string; at?: string } = {}): Promise<HistoryCore> {
  const dir = tempDir();
  let now = new Date(options.at ?? '2026-11-02T08:00:00.000Z');
  const settings = memorySettings({ displayName: options.displayName ?? '' });
  const open = () => {
    const core = createCore({
      host: 'test',
      version: '0.0.0-test',
      dataFolder: dir,
      settings,
      clock: { now: () => now },
      osUser: options.osUser ?? 'maria.lind',
      validateOutputs: true,
      logError: process.env.DEBUG_CORE ? (m: string, e: unknown) => console.error(m, e) : () => {},
    });
    onTestFinished(() => core.close());
    return core;
  };
  const file = path.join(dir, 'historik.forteckna');
  const h: HistoryCore = {
    core: open(),
    dir,
    file,
    at: (iso) => {
      now = new Date(iso);
    },
    async reopen(target = file) {
      h.core.close();
      h.core = open();
      await ok(h.core, 'register.open', { path: target });
      return h.core;
    },
  };
  await ok(h.core, 'register.create', { organisationName: 'Historik AB', path: file });
  return h;
}

/** A record's entries, oldest first (the list answers newest first). */
export async function entriesOf(core: Core, kind: HistoryKind, recordId: number, extra: HistoryFilter = {}): Promise<HistoryEntry[]> {
  const list = await ok(core, 'history.list', { kind, recordId, limit: 500, ...extra });
  return [...list.rows].reverse();
}

export async function allEntries(core: Core, filter: HistoryFilter = {}): Promise<HistoryEntry[]> {
  const list = await ok(core, 'history.list', { limit: 500, ...filter });
  return [...list.rows].reverse();
}

/** Whether the bytes of a file (if it exists) contain the text, as UTF-8. */
export function fileContains(file: string, text: string): boolean {
  if (!fs.existsSync(file)) return false;
  return fs.readFileSync(file).includes(Buffer.from(text, 'utf8'));
}
