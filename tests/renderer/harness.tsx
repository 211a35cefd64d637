import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCore, type Core } from '../../electron/core/core';
import type { SecretStore } from '../../electron/core/ports';
import { memorySettings } from '../../electron/core/settings/settings-stores';
import type { Api, EventName, MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { App } from '../../renderer/app/App';
import type {} from '../../renderer/app/api'; // window.api's type
import { createI18n } from '../../renderer/i18n';

// A real core in-process behind window.api, with the same JSON boundary as the IPC and HTTP
// transports (inputs and outputs are copied through JSON; events arrive asynchronously).

export interface Harness {
  core: Core;
  api: Api;
  dir: string;
  /** Calls the core directly (seeding, or a "second window"); throws on failure. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  dispose(): void;
}

const json = <T,>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export interface HarnessOptions {
  /** 'electron' to act as the desktop app (its key store), without any of its dialogs. */
  host?: 'test' | 'electron';
  /** The system key store (Electron's safeStorage), for "Kom ihåg lösenordet". */
  secretStore?: SecretStore;
}

/** A key store that seals by reversing (as good as any for a test), available or not. */
export function fakeSecretStore(available = true): SecretStore {
  return {
    isAvailable: () => available,
    encrypt: (plain) => Buffer.from([...plain].reverse().join('')).toString('base64'),
    decrypt: (sealed) => [...Buffer.from(sealed, 'base64').toString()].reverse().join(''),
  };
}

export function createHarness(options: HarnessOptions = {}): Harness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-renderer-'));
  const core = createCore({
    host: options.host ?? 'test',
    ...(options.secretStore ? { secretStore: options.secretStore } : {}),
    // The desktop host would make backups by itself; the tests ask for them.
    autoBackup: false,
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    validateOutputs: true,
    logError: () => undefined,
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const unsubscribe = core.subscribe((event, payload) => {
    const copy = json(payload);
    queueMicrotask(() => {
      for (const listener of listeners.get(event) ?? []) listener(copy);
    });
  });
  const api: Api = {
    async call(method, input) {
      return json(await core.dispatch(method, json(input))) as Result<never>;
    },
    on(event: EventName, listener: (payload: never) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
  window.api = api;
  return {
    core,
    api,
    dir,
    async call(method, input) {
      const result = await api.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    dispose() {
      unsubscribe();
      listeners.clear();
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates and opens a register for the test, as the user would with "Nytt register". */
export async function openTestRegister(h: Harness, organisationName = 'Testbolaget AB') {
  return h.call('register.create', { organisationName, path: path.join(h.dir, 'test.forteckna') });
}

/** Renders the whole app at a hash route, in Swedish unless told otherwise. */
export function renderApp(route = '/') {
  window.location.hash = `#${route}`;
  const user = userEvent.setup();
  const i18n = createI18n('sv');
  const result = render(<App env="test" i18n={i18n} />);
  return { user, i18n, ...result };
}
