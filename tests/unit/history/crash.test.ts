// Crash safety (issue 11): a child process writes customers through the core and is SIGKILLed at
// random moments, at least 50 times. After each kill the register is reopened: every change the
// core acknowledged is there with its history entry, the file is intact and the chain verifies.
//
// Start-up is most of the cost of a run (through tsx about two seconds, fifty times over), so the
// child is bundled once with esbuild (tsx's own, so always there) and loaded with a V8 code
// cache, and each next child is started while the previous one runs and is checked: it loads the
// core and waits for "go" before it opens the register.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import type * as Esbuild from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { createRng } from '../../../electron/core/sample/reference-register';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { blankCustomer, ok } from '../helpers';

const RUNS = Number(process.env.CRASH_RUNS ?? 50);
const SEED = Number(process.env.CRASH_SEED ?? 20261122);

interface Ack {
  id: number;
  revision: number;
  notes: string;
}

let work: string;
let bundle: string;
let loader: string;

/** Runs the CommonJS bundle with a V8 code cache, written by the first child that finds none. */
const LOADER = `
const fs = require('node:fs'), path = require('node:path'), vm = require('node:vm'), Module = require('node:module');
const [bundle, ...args] = process.argv.slice(2);
const cacheFile = bundle + '.cache';
const cachedData = fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
const own = { exports: {} };
process.argv = [process.argv[0], bundle, ...args];
script.runInThisContext()(own.exports, Module.createRequire(bundle), own, bundle, path.dirname(bundle));
if (!cachedData || script.cachedDataRejected) {
  fs.writeFileSync(cacheFile + process.pid, script.createCachedData());
  fs.renameSync(cacheFile + process.pid, cacheFile);
}
`;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-crash-'));
  loader = path.join(work, 'loader.cjs');
  bundle = path.join(work, 'crash-child.cjs');
  fs.writeFileSync(loader, LOADER);
  const here = createRequire(import.meta.url);
  const sqlite = here.resolve('better-sqlite3-multiple-ciphers');
  const { build } = createRequire(here.resolve('tsx/package.json'))('esbuild') as typeof Esbuild;
  await build({
    entryPoints: [fileURLToPath(new URL('./crash-child.ts', import.meta.url))],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
    // The native module stays where it is installed.
    alias: { 'better-sqlite3-multiple-ciphers': sqlite },
    external: [sqlite],
  });
}, 60_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

interface Writer {
  process: ChildProcess;
  acks: Ack[];
  /** Lets it open the register and start writing. */
  go(): void;
  /** Resolves once it has acknowledged `n` changes; rejects if it dies first. */
  acknowledged(n: number): Promise<void>;
  exited: Promise<NodeJS.Signals | number | null>;
}

function startWriter(file: string, run: number, seed: number): Writer {
  const child = spawn(process.execPath, [loader, bundle, file, `r${run}`, String(seed)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const acks: Ack[] = [];
  let stderr = '';
  let pending = '';
  let waiting: { n: number; resolve: () => void; reject: (e: Error) => void } | null = null;
  let dead = false;
  const settle = () => {
    if (waiting && acks.length >= waiting.n) {
      waiting.resolve();
      waiting = null;
    } else if (waiting && dead) {
      waiting.reject(new Error(`writer ${run} exited after ${acks.length} acknowledgements: ${stderr}`));
      waiting = null;
    }
  };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) acks.push(JSON.parse(line) as Ack);
    settle();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      dead = true;
      settle();
      resolve(signal ?? code);
    }),
  );
  return {
    process: child,
    acks,
    go: () => child.stdin!.end('go\n'),
    acknowledged: (n) =>
      new Promise<void>((resolve, reject) => {
        waiting = { n, resolve, reject };
        settle();
      }),
    exited,
  };
}

/** Opens the register as the app would after the crash and checks what the killed writer acknowledged. */
async function check(file: string, acks: Ack[], run: number) {
  const raw = new Database(file, { fileMustExist: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
  } finally {
    raw.close();
  }
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: work,
    settings: memorySettings(),
    registerPath: file,
    logError: () => {},
  });
  try {
    expect(await ok(core, 'history.verify', {}), `run ${run}`).toMatchObject({ ok: true, brokenAt: null });
    const byCustomer = new Map<number, Ack[]>();
    for (const ack of acks) byCustomer.set(ack.id, [...(byCustomer.get(ack.id) ?? []), ack]);
    for (const [id, own] of byCustomer) {
      const customer = await ok(core, 'customers.get', { id });
      const last = own.at(-1)!;
      // A change may have been written after the last acknowledgement, but never lost before it.
      expect(customer.revision, `run ${run}, customer ${id}`).toBeGreaterThanOrEqual(last.revision);
      if (customer.revision === last.revision) expect(customer.notes).toBe(last.notes);
      const history = await ok(core, 'history.list', { kind: 'customer', recordId: id, limit: 1000 });
      const written = new Set(history.rows.flatMap((e) => e.changes.fields.filter((f) => f.field === 'notes').map((f) => f.after)));
      const missing = own.filter((ack) => !written.has(ack.notes)).map((ack) => ack.notes);
      expect(missing, `run ${run}, customer ${id}: acknowledged changes without a history entry`).toEqual([]);
    }
  } finally {
    core.close();
  }
}

it(`keeps every acknowledged change with its history entry through ${RUNS} kills`, async () => {
  const began = performance.now();
  const file = path.join(work, 'krock.forteckna');
  const setup = createCore({ host: 'test', version: '0.0.0-test', dataFolder: work, settings: memorySettings(), logError: () => {} });
  await ok(setup, 'register.create', { organisationName: 'Krock AB', path: file });
  for (const name of ['Åkeri Ett AB', 'Bygg Två AB', 'Café Tre AB']) await ok(setup, 'customers.create', { ...blankCustomer, name });
  setup.close();

  const rng = createRng(SEED);
  let acknowledged = 0;
  // Two writers load ahead of the one that writes.
  const queue: Writer[] = [];
  let started = 0;
  const refill = () => {
    while (queue.length < 2 && started < RUNS) queue.push(startWriter(file, started++, rng.int(1, 2 ** 30)));
  };
  try {
    refill();
    for (let run = 0; run < RUNS; run++) {
      const writer = queue.shift()!;
      writer.go();
      refill();
      await writer.acknowledged(rng.int(1, 8));
      // A random moment within the next write (about a millisecond with its fsync).
      if (rng.chance(0.7)) await new Promise((resolve) => setTimeout(resolve, rng.next() * 2));
      writer.process.kill('SIGKILL');
      expect(await writer.exited, `run ${run} (seed ${SEED})`).toBe('SIGKILL');
      acknowledged += writer.acks.length;
      await check(file, writer.acks, run);
    }
  } finally {
    for (const writer of queue) writer.process.kill('SIGKILL');
  }
  const seconds = (performance.now() - began) / 1000;
  console.info(`crash: ${RUNS} kills, ${acknowledged} acknowledged changes, ${seconds.toFixed(1)} s (seed ${SEED})`);
  expect(acknowledged).toBeGreaterThanOrEqual(RUNS);
}, 120_000);
