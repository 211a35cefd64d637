// Förteckna's Electron main process: a thin shell over the core (see architecture.md,
// "The Electron shell"). Everything the app does goes through core.dispatch.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, safeStorage, session, shell, type IpcMainInvokeEvent } from 'electron';
import { createCore, type Core } from '../core/core';
import { configureDocxWorkers } from '../core/documents/docx-workers';
import docxWorkerPath from '../core/documents/docx-worker?modulePath';
import type { Language } from '../../shared/messages';
import type { Result } from '../../shared/errors';
import type { RecentFile, RegisterInfo, Settings } from '../../shared/contract';
import { registerPathFromArgv, isRegisterPath } from './argv';
import { EVENT_CHANNEL, RPC_CHANNEL } from './channels';
import { createDialogs } from './dialogs';
import { errorBoxFor } from './error-box';
import { formatLogEntry } from './log';
import { buildMenuTemplate, type MenuActions } from './menu-template';
import { createNotifier } from './notifier';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createSecretStore } from './secret-store';
import { createShellStore, type ShellStore } from './settings-store';
import { translator } from './texts';
import { isAllowedExternalUrl, isAllowedNavigation, isTrustedSender } from './trust';
import { createMainWindow, setRegisterTitle } from './window';

const here = import.meta.dirname;
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');

app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let store: ShellStore | null = null;
let language: Language = 'sv';
let recentFiles: readonly RecentFile[] = [];
let currentRegister: RegisterInfo | null = null;
/** A register asked for before the core exists (macOS open-file fires before ready). */
let pendingOpen: string | null = registerPathFromArgv(process.argv, process.cwd());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    const file = registerPathFromArgv(argv, workingDirectory);
    if (file) void openRegister(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (!isRegisterPath(file)) return;
    if (core) void openRegister(file);
    else pendingOpen = file;
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(formatLogEntry('start failed', error));
    app.exit(1);
  });
}

/** Every web contents, present and future: no webviews, no popups, no navigation away. */
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function nativeBinding(): string | undefined {
  // Only development runs load an Electron-ABI build from outside the package (electron/launch.mjs).
  if (app.isPackaged) return undefined;
  const candidate = process.env.FORTECKNA_NATIVE_BINDING;
  return candidate && fs.existsSync(candidate) ? candidate : undefined;
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}

async function start(): Promise<void> {
  lockDownSession();
  handleAppProtocol(rendererDir);

  store = createShellStore();
  language = store.read().language;
  const dataFolder = path.join(app.getPath('documents'), 'Förteckna');
  const t = () => translator(language);

  // Agreements render in worker threads: the worker is bundled beside the main process.
  configureDocxWorkers({ path: docxWorkerPath });
  // Windows shows a notification only under the id the installer's Start menu shortcut carries (appId).
  if (process.platform === 'win32') app.setAppUserModelId('se.forteckna.app');
  core = createCore({
    host: 'electron',
    version: app.getVersion(),
    dataFolder,
    settings: store,
    dialogs: createDialogs({ window: () => mainWindow, translate: t, defaultFolder: dataFolder }),
    // "Kom ihåg lösenordet": keys sealed by the system's key store (none on Linux without a keyring).
    secretStore: createSecretStore(safeStorage),
    // Overdue reminders; a click brings the window forward on the overview.
    notifier: createNotifier(Notification, () => {
      showWindow();
      core?.emit('app.menuCommand', { command: 'showOverview' });
    }),
    logError: (message, error) => console.error(formatLogEntry(message, error)),
    validateOutputs: !app.isPackaged,
    nativeBinding: nativeBinding(),
  });

  core.subscribe((event, payload) => {
    if (event === 'settings.changed') {
      const settings = payload as Settings;
      language = settings.language;
      recentFiles = settings.recentFiles;
      rebuildMenu();
    } else if (event === 'register.opened') {
      currentRegister = payload as RegisterInfo;
      if (mainWindow) setRegisterTitle(mainWindow, currentRegister);
      rebuildMenu();
    } else if (event === 'register.closed') {
      currentRegister = null;
      if (mainWindow) setRegisterTitle(mainWindow, null);
      rebuildMenu();
    }
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event, payload);
  });

  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!core || !isFromAppWindow(event)) throw new Error('Förteckna: request refused.');
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Method must be a string.' } } satisfies Result<never>;
    }
    return core.dispatch(method, input);
  });

  const settings = await core.dispatch('settings.get', {});
  if (settings.ok) recentFiles = (settings.value as Settings).recentFiles;
  rebuildMenu();

  // Start-up register: the file the app was opened with, else the last one if it still exists.
  // An encrypted one opens with its remembered key; without one it becomes the core's locked
  // register (register.lockedFile), and the window, opened next, starts on its unlock screen.
  const lastRegister = store.read().lastRegister;
  const initial = pendingOpen ?? (lastRegister && fs.existsSync(lastRegister) ? lastRegister : null);
  pendingOpen = null;
  if (initial) await openRegister(initial, { quiet: initial === lastRegister });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

function createWindow(): void {
  if (!store) return;
  const iconPath = path.join(here, '..', '..', 'resources', 'icon.png');
  mainWindow = createMainWindow({
    preloadPath,
    store,
    ...(!app.isPackaged && fs.existsSync(iconPath) ? { iconPath } : {}),
  });
  setRegisterTitle(mainWindow, currentRegister);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function showWindow(): void {
  if (!mainWindow) {
    if (app.isReady() && core) createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The sender must be the main frame of our own window, showing an app:// page. */
function isFromAppWindow(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return isTrustedSender({
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
    fromAppWindow:
      mainWindow !== null &&
      !mainWindow.isDestroyed() &&
      event.sender === mainWindow.webContents &&
      frame !== null &&
      frame === mainWindow.webContents.mainFrame,
  });
}

async function showError(result: Result<unknown>, file?: string): Promise<void> {
  if (result.ok) return;
  // None for an encrypted register without its password: the renderer shows the unlock screen.
  const box = errorBoxFor(result.error, language, file);
  if (!box) return;
  const options: Electron.MessageBoxOptions = { type: 'error', ...box, buttons: [translator(language)('dialog.ok')] };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

async function run(method: string, input: unknown): Promise<void> {
  if (!core) return;
  await showError(await core.dispatch(method, input));
}

async function openRegister(file: string, options: { quiet?: boolean } = {}): Promise<void> {
  if (!core) {
    pendingOpen = file;
    return;
  }
  const result = await core.dispatch('register.open', { path: file });
  if (!result.ok && !options.quiet) await showError(result, file);
}

const menuActions: MenuActions = {
  newRegister: () => core?.emit('app.menuCommand', { command: 'newRegister' }),
  openWithDialog: () => void run('register.open', {}),
  openRecent: (file) => void openRegister(file),
  openSample: () => void run('register.openSample', {}),
  closeRegister: () => void run('register.close', {}),
  lockRegister: () => core?.emit('app.menuCommand', { command: 'lockRegister' }),
  about: () => {
    showWindow();
    core?.emit('app.menuCommand', { command: 'about' });
  },
  exchange: (command) => {
    showWindow();
    core?.emit('app.menuCommand', { command });
  },
  quit: () => app.quit(),
};

function rebuildMenu(): void {
  const template = buildMenuTemplate(
    translator(language),
    {
      platform: process.platform,
      isPackaged: app.isPackaged,
      recentFiles,
      hasRegister: currentRegister !== null,
      registerEncrypted: currentRegister?.encrypted === true,
    },
    menuActions,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => {
  core?.close();
});
