// `npm run start:browser [-- <register.forteckna>]`: Förteckna in the browser, on loopback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../core/core';
import { configureDocxWorkers } from '../core/documents/docx-workers';
import type { Clock } from '../core/ports';
import { jsonFileSettings } from '../core/settings/settings-stores';
import { safeFileName } from '../core/register/register-file';
import { startBrowserServer, type BrowserServer } from './server';

const APP_NAME = 'Förteckna';
const DEFAULT_ORGANISATION = 'Min organisation';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

/** The per-user data folder, as Electron's `app.getPath('userData')` would name it. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FORTECKNA_DATA_DIR) return path.resolve(env.FORTECKNA_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

class StartError extends Error {}

/**
 * `FORTECKNA_TODAY=YYYY-MM-DD` fixes the app's date for manual testing (e.g. to see what a purge
 * list shows next year): the clock starts at 10:00 UTC that day and runs on from there.
 */
function clockFromEnv(env: NodeJS.ProcessEnv = process.env, started = Date.now()): Clock | undefined {
  const today = env.FORTECKNA_TODAY?.trim();
  if (!today) return undefined;
  const start = Date.parse(`${today}T10:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(start)) {
    throw new StartError(`Ogiltigt FORTECKNA_TODAY / Invalid FORTECKNA_TODAY: ${today} (ÅÅÅÅ-MM-DD)`);
  }
  return { now: () => new Date(start + (Date.now() - started)) };
}

async function must<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new StartError(result.error.message);
  return result.value as T;
}

/**
 * Opens the register named on the command line, else the last one used, else the default one. An
 * encrypted one waits for its password: the page opens on its unlock screen.
 */
async function openInitialRegister(core: Core, dataFolder: string, lastRegister: string | null, given?: string): Promise<void> {
  if (given) {
    const target = path.resolve(given);
    if (!fs.existsSync(target)) throw new StartError(`Filen finns inte / File not found: ${target}`);
    const result = await core.dispatch('register.open', { path: target });
    if (!result.ok && result.error.code !== 'PASSWORD_REQUIRED') throw new StartError(result.error.message);
    return;
  }
  if (lastRegister && fs.existsSync(lastRegister)) {
    const result = await core.dispatch('register.open', { path: lastRegister });
    if (result.ok || result.error.code === 'PASSWORD_REQUIRED') return;
    console.error(`Kunde inte öppna senaste registret / Could not open the last register: ${result.error.message}`);
  }
  const fallback = path.join(dataFolder, safeFileName(DEFAULT_ORGANISATION));
  if (fs.existsSync(fallback)) await must(core, 'register.open', { path: fallback });
  else await must(core, 'register.create', { organisationName: DEFAULT_ORGANISATION, path: fallback });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length > 1) throw new StartError('Användning / Usage: npm run start:browser [-- <register.forteckna>]');
  const dataFolder = userDataFolder();
  fs.mkdirSync(dataFolder, { recursive: true });
  const settings = jsonFileSettings(path.join(dataFolder, 'settings.json'));
  const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const rendererDir = path.join(repoRoot, 'out', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new StartError(`Gränssnittet är inte byggt / The UI is not built: ${rendererDir} (kör "npm run build:renderer")`);
  }
  const portText = process.env.PORT;
  const port = portText ? Number(portText) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartError(`Ogiltig PORT / Invalid PORT: ${portText}`);

  const clock = clockFromEnv();
  if (clock) console.log(`FORTECKNA_TODAY: dagens datum är ${process.env.FORTECKNA_TODAY} / today is fixed`);
  // Agreements render in worker threads; under tsx the worker runs the TypeScript source.
  configureDocxWorkers({ path: new URL('../core/documents/docx-worker.ts', import.meta.url), typescript: true });
  const core = createCore({ host: 'browser', version, dataFolder, settings, validateOutputs: true, ...(clock ? { clock } : {}) });
  let server: BrowserServer | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await server?.close();
    } finally {
      core.close(); // checkpoints the WAL into the register file
      process.exit(code);
    }
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    await openInitialRegister(core, dataFolder, settings.read().lastRegister, args[0]);
    server = await startBrowserServer({ core, rendererDir, port });
  } catch (error) {
    core.close();
    throw error;
  }
  console.log(`Förteckna körs i webbläsarläge: ${server.url}`);
  console.log('Tryck Ctrl+C för att avsluta / Press Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  const message =
    error instanceof StartError
      ? error.message
      : (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE'
        ? `Porten är upptagen / Port in use: ${process.env.PORT}`
        : `Förteckna kunde inte starta / could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exit(1);
});
