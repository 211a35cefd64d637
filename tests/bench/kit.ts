// What every bench scenario shares: timing statistics, a result row against a budget, a core.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../electron/core/core';
import { createCore } from '../../electron/core/core';
import { configureDocxWorkers } from '../../electron/core/documents/docx-workers';
import type { SecretStore, SettingsStore } from '../../electron/core/ports';
import { memorySettings } from '../../electron/core/settings/settings-stores';

export const RUNS = Number(process.env.BENCH_RUNS ?? 15);

export interface Row {
  scenario: string;
  size: number;
  median: number;
  p95: number;
  budget: number;
  /** Which statistic the budget applies to. */
  budgetOn: 'median' | 'p95';
  floor: number | null;
  samples: number;
  /** INFO: a figure reported without a budget of its own (budget NaN). */
  verdict: 'PASS' | 'OVER' | 'INFO';
}

export const now = () => performance.now();
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
export const median = (v: number[]) => quantile(v, 0.5);
export const p95 = (v: number[]) => quantile(v, 0.95);

/** A call timed RUNS times after one warm-up call (which fills the page cache and the prepared statements). */
export async function timed(call: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = now();
    await call();
    const t = now() - t0;
    if (i > 0) times.push(t);
  }
  return times;
}
export const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(2) : v.toFixed(1));

export async function must<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** out/main/chunks/docx-worker-*.js from `electron-vite build` (npm run bench builds first). */
function bundledDocxWorker(): { path: string } | null {
  const chunks = fileURLToPath(new URL('../../out/main/chunks', import.meta.url));
  const file = fs.existsSync(chunks) ? fs.readdirSync(chunks).find((f) => /^docx-worker-.*\.js$/.test(f)) : undefined;
  return file ? { path: path.join(chunks, file) } : null;
}

/**
 * Settings and a system key store shared by the cores that get them: an encrypted register whose
 * key was remembered opens without its password (encrypted.ts), so an open times no key derivation.
 */
export interface Keyring {
  settings: SettingsStore;
  secretStore: SecretStore;
}

export function newCore(dataFolder: string, keyring?: Keyring): Core {
  // As the app does: a batch renders in worker threads, the bundled worker that ships.
  configureDocxWorkers(
    bundledDocxWorker() ?? { path: new URL('../../electron/core/documents/docx-worker.ts', import.meta.url), typescript: true },
  );
  // validateOutputs: false, as in the shipped Electron app.
  return createCore({
    host: 'test',
    version: 'bench',
    dataFolder,
    settings: keyring?.settings ?? memorySettings(),
    ...(keyring ? { secretStore: keyring.secretStore } : {}),
    validateOutputs: false,
  });
}

export function row(
  scenario: string,
  size: number,
  times: number[],
  budget: number,
  budgetOn: 'median' | 'p95',
  floor: number | null,
): Row {
  const measured = budgetOn === 'p95' ? p95(times) : median(times);
  return {
    scenario,
    size,
    median: median(times),
    p95: p95(times),
    budget,
    budgetOn,
    floor,
    samples: times.length,
    verdict: measured <= budget ? 'PASS' : 'OVER',
  };
}

/** A scenario of a feature: runs against the reference register file and returns its rows. */
export type FeatureBench = (dir: string, file: string, size: number) => Promise<Row[]>;

/** A figure shown in the table without a budget (INFO), e.g. a cost stated separately. */
export function infoRow(scenario: string, size: number, times: number[], floor: number | null = null): Row {
  return { ...row(scenario, size, times, NaN, 'median', floor), verdict: 'INFO' };
}
