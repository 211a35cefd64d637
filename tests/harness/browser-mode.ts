// Starts a real core and the browser-mode server in this process, on a free loopback port, with
// its own temporary data folder. Used by the Playwright fixtures (tests/e2e/fixtures.ts) and
// anything else that needs the app over HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../../electron/core/core';
import { createReferenceFile } from '../../electron/core/sample/reference-file';
import { jsonFileSettings } from '../../electron/core/settings/settings-stores';
import { startBrowserServer, type BrowserServer } from '../../electron/browser/server';
import type { Clock } from '../../electron/core/ports';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

/** The built renderer if there is one, else a tiny stand-in page (enough for the security specs). */
export function defaultRendererDir(): string {
  const built = path.join(repoRoot, 'out', 'renderer');
  return fs.existsSync(path.join(built, 'index.html')) ? built : path.join(here, 'fallback-renderer');
}

export interface BrowserModeOptions {
  /**
   * Which register is open when the page loads:
   * - 'empty' (default): a new register "Testföretaget AB" in the data folder
   * - 'sample': the sample register "Exempel IT AB" (register.openSample)
   * - 'none': no register open (the welcome screen)
   */
  register?: 'empty' | 'sample' | 'none';
  /** Shorthand for register: 'sample'. */
  sample?: boolean;
  /** Open this existing register file instead. */
  registerPath?: string;
  /** Build a reference register (electron/core/sample/reference-register.ts) and open it. */
  reference?: { customers: number; seed?: number; agreements?: boolean };
  /** Organisation name for 'empty' and 'reference' registers. */
  organisationName?: string;
  clock?: Clock;
  rendererDir?: string;
}

export interface BrowserModeApp {
  /** Address to open in the browser, token included. */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  baseUrl: string;
  token: string;
  port: number;
  /** Temporary data folder (settings.json, new registers, the sample register); removed on close. */
  dataDir: string;
  /** The register open at start, or null. */
  registerPath: string | null;
  core: Core;
  server: BrowserServer;
  /** Calls the core directly (seeding, assertions); throws on `ok: false`. */
  call<T = unknown>(method: string, input?: unknown): Promise<T>;
  /**
   * Moves the core's clock to 10:00 UTC on `date` (YYYY-MM-DD; noon in Sweden), e.g. a year
   * ahead to see what falls due for purging. The page reads the date from the core.
   */
  setToday(date: string): void;
  /** Sets the core's clock to an exact instant; null goes back to the given or system clock. */
  setNow(instant: Date | string | null): void;
  close(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserModeApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-e2e-'));
  // A clock the test can move; until it does, the given clock or the system's.
  let fixedNow: Date | null = null;
  const clock: Clock = { now: () => (fixedNow ? new Date(fixedNow) : (options.clock?.now() ?? new Date())) };
  const core = createCore({
    host: 'browser',
    version: (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version,
    dataFolder: dataDir,
    settings: jsonFileSettings(path.join(dataDir, 'settings.json')),
    validateOutputs: true,
    clock,
  });
  const call = async <T = unknown>(method: string, input: unknown = {}): Promise<T> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const organisationName = options.organisationName ?? 'Testföretaget AB';
  const mode = options.sample ? 'sample' : (options.register ?? 'empty');

  let registerPath: string | null = null;
  try {
    if (options.registerPath) {
      registerPath = path.resolve(options.registerPath);
      await call('register.open', { path: registerPath });
    } else if (options.reference) {
      registerPath = path.join(dataDir, 'Referensregister.forteckna');
      await createReferenceFile(registerPath, { ...options.reference, organisationName, now: options.clock?.now() });
      await call('register.open', { path: registerPath });
    } else if (mode === 'sample') {
      registerPath = (await call<{ path: string }>('register.openSample')).path;
    } else if (mode === 'empty') {
      registerPath = (await call<{ path: string }>('register.create', { organisationName })).path;
    }
  } catch (error) {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const server = await startBrowserServer({ core, rendererDir: options.rendererDir ?? defaultRendererDir() });
  let closed = false;
  return {
    url: server.url,
    baseUrl: server.baseUrl,
    token: server.token,
    port: server.port,
    dataDir,
    registerPath,
    core,
    server,
    call,
    setToday(date: string) {
      const instant = new Date(`${date}T10:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(instant.getTime())) throw new Error(`setToday: not a date: ${date}`);
      fixedNow = instant;
    },
    setNow(instant: Date | string | null) {
      fixedNow = instant === null ? null : new Date(instant);
    },
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
