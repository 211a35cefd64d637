import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { createCore, type Core } from '../../electron/core/core';
import { memorySettings } from '../../electron/core/settings/settings-stores';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const FIXED_NOW = new Date('2026-11-22T09:00:00.000Z');

/** A real core over a temp folder with a fixed clock; closed after the test. */
export function testCore(options: { now?: Date } = {}): { core: Core; dir: string } {
  const dir = tempDir();
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock: { now: () => options.now ?? FIXED_NOW },
    validateOutputs: true,
    logError: process.env.DEBUG_CORE ? (m: string, e: unknown) => console.error(m, e) : () => {},
  });
  cleanups.push(() => core.close());
  return { core, dir };
}

/** Typed dispatch that returns the raw Result. */
export function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return core.dispatch(method, input) as Promise<Result<MethodOutput<M>>>;
}

/** Typed dispatch that fails the test unless the call succeeds. */
export async function ok<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await call(core, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A core with a new, empty register "Test AB" open. */
export async function coreWithRegister(options: { now?: Date } = {}) {
  const { core, dir } = testCore(options);
  const info = await ok(core, 'register.create', { organisationName: 'Test AB', path: path.join(dir, 'test.forteckna') });
  return { core, dir, info: info! };
}

export const blankCustomer = {
  name: 'Kund AB',
  orgNr: '',
  visitingAddress: { street: '', postalCode: '', city: '', country: '' },
  invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
  invoiceSameAsVisiting: true,
  contactPersons: [],
  dpo: { name: '', email: '', phone: '' },
  contractStart: null,
  contractEnd: null,
  status: 'active' as const,
  notes: '',
};
