#!/usr/bin/env node
// `npm start`: runs the built app (out/) in Electron for development.
//
// - Finds the Electron binary the way node_modules/electron/index.js does, but without its
//   throwing download path: a missing binary is fetched once with a time limit, quietly.
// - node_modules stays built for Node (so `npm test` always works). Electron needs the SQLite
//   addon built for its own ABI, so a copy of better-sqlite3-multiple-ciphers is built once into
//   out/native/electron-<version>-<platform>-<arch>/ and handed to main through
//   FORTECKNA_NATIVE_BINDING (the core passes it to better-sqlite3 as `nativeBinding`).
// - Anything that stops Electron from starting ends in ONE line pointing at browser mode.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const english = settingsLanguage() === 'en';

const DOWNLOAD_TIME_LIMIT_MS = 5 * 60_000;
const NATIVE_TIME_LIMIT_MS = 15 * 60_000;
const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';

/** The language chosen in the app (electron-store file in Electron's userData folder); Swedish by default. */
function settingsLanguage() {
  if (process.env.FORTECKNA_LANG) return process.env.FORTECKNA_LANG === 'en' ? 'en' : 'sv';
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const appData =
      process.platform === 'win32'
        ? (process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'))
        : process.platform === 'darwin'
          ? path.join(os.homedir(), 'Library', 'Application Support')
          : (process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'));
    const file = path.join(appData, pkg.productName ?? pkg.name, 'installningar.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).language === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** Both languages, the chosen one first: a newcomer's first `npm start` has chosen none yet. */
function fail(reasonSv, reasonEn) {
  const sv = `Förteckna: Electron kunde inte startas på den här datorn (${reasonSv}). Använd webbläsarläget: npm run start:browser`;
  const en = `Förteckna: Electron could not be started on this computer (${reasonEn}). Use browser mode: npm run start:browser`;
  console.error(english ? `${en}\n${sv}` : `${sv}\n${en}`);
  process.exit(1);
}

function note(sv, en) {
  console.log(english ? `Förteckna: ${en}` : `Förteckna: ${sv}`);
}

/** Runs a command with a time limit; resolves with its exit code (null on timeout or spawn error) and output. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    let output = '';
    let child;
    try {
      child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, ...options });
    } catch {
      resolve({ code: null, output });
      return;
    }
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let slowTimer;
    if (options.slowNotice) slowTimer = setTimeout(options.slowNotice, 3000);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeLimit ?? 60_000);
    child.on('error', () => {});
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(slowTimer);
      resolve({ code: signal ? null : code, output });
    });
  });
}

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable node_modules/electron would use, or null when it is not on disk. */
function electronExecutable(dir) {
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return fs.existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(dir, 'dist', relative);
  return fs.existsSync(candidate) ? candidate : null;
}

async function ensureElectron() {
  const dir = electronPackageDir();
  if (!dir) fail('paketet electron saknas i node_modules', 'the electron package is missing from node_modules');
  let executable = electronExecutable(dir);
  if (!executable) {
    // Electron 45 fetches its binary on first use; do that here, quietly and with a time limit.
    const result = await run(process.execPath, [path.join(dir, 'install.js')], {
      cwd: dir,
      timeLimit: DOWNLOAD_TIME_LIMIT_MS,
      slowNotice: () => note('hämtar Electron (första gången)…', 'downloading Electron (first run)…'),
    });
    executable = electronExecutable(dir);
    if (!executable) {
      if (result.code === null) fail('hämtningen av Electron tog för lång tid', 'downloading Electron took too long');
      fail('Electron-programmet kunde inte hämtas', 'the Electron program could not be downloaded');
    }
  }
  // The binary may be present yet unable to run (missing system libraries, no display support).
  const probe = await run(executable, ['--version'], {
    timeLimit: 30_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (probe.code !== 0) fail('Electron-programmet går inte att köra här', 'the Electron program does not run here');
  return { executable, version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version };
}

/** Builds (once) the SQLite addon for Electron's ABI outside node_modules; returns its path. */
async function ensureNativeBinding(electronVersion) {
  const target = path.join(root, 'out', 'native', `electron-${electronVersion}-${process.platform}-${process.arch}`);
  const binding = path.join(target, 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;

  let source;
  try {
    source = path.dirname(require.resolve(`${SQLITE_PACKAGE}/package.json`));
  } catch {
    fail(`paketet ${SQLITE_PACKAGE} saknas`, `the ${SQLITE_PACKAGE} package is missing`);
  }
  note(
    'bygger SQLite-modulen för Electron (första gången, kan ta några minuter)…',
    'building the SQLite module for Electron (first run, may take a few minutes)…',
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-native-'));
  try {
    const copy = path.join(work, SQLITE_PACKAGE);
    fs.cpSync(source, copy, { recursive: true, filter: (file) => !/[\\/](build|node_modules)$/.test(file) });
    const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');

    // 1. A prebuilt addon for this Electron (what `npm install` would fetch for Electron).
    const prebuild = require.resolve('prebuild-install/bin.js', { paths: [source, root] });
    await run(process.execPath, [prebuild, ...electronArgs, `--platform=${process.platform}`], {
      cwd: copy,
      timeLimit: 2 * 60_000,
    });
    // 2. Otherwise compile it against Electron's headers.
    if (!fs.existsSync(built)) {
      const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
      await run(process.execPath, [nodeGyp, 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'], {
        cwd: copy,
        timeLimit: NATIVE_TIME_LIMIT_MS,
      });
    }
    if (!fs.existsSync(built)) return null;
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(built, binding);
    return binding;
  } catch {
    return null;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const mainEntry = path.join(root, 'out', 'main', 'index.js');
  if (!fs.existsSync(mainEntry)) {
    fail('appen är inte byggd – kör npm run build', 'the app is not built – run npm run build');
  }
  const { executable, version } = await ensureElectron();
  const binding = await ensureNativeBinding(version);
  if (!binding) {
    fail('SQLite-modulen kunde inte byggas för Electron', 'the SQLite module could not be built for Electron');
  }

  const env = { ...process.env, FORTECKNA_NATIVE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [root, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
  child.on('error', () => fail('Electron-programmet går inte att köra här', 'the Electron program does not run here'));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

main().catch(() => fail('ett oväntat fel inträffade', 'an unexpected error occurred'));
