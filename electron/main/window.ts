// The one application window: sandboxed, no Node, no navigation away from app://.
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import type { ShellStore } from './settings-store';
import { clampWindowState, MIN_SIZE, type WindowState } from './window-state';

export const APP_TITLE = 'Förteckna';

export function createMainWindow(options: { preloadPath: string; iconPath?: string; store: ShellStore }): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const state = clampWindowState(options.store.readWindowState(), workAreas);

  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_TITLE,
    show: false,
    backgroundColor: '#f8f9fa',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: path.resolve(options.preloadPath),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Middle-click must not open new windows (they are denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });

  if (state.maximised) win.maximize();
  win.once('ready-to-show', () => win.show());
  // The title names the open register; the page's <title> must not override it.
  win.on('page-title-updated', (event) => event.preventDefault());

  let saveTimer: NodeJS.Timeout | undefined;
  const saveState = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    const next: WindowState = { bounds: win.getNormalBounds(), maximised: win.isMaximized() };
    options.store.writeWindowState(next);
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveState);
  win.on('unmaximize', saveState);
  win.on('close', () => {
    clearTimeout(saveTimer);
    saveState();
  });

  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Shows the open register's file name in the title bar (and as the macOS document). */
export function setRegisterTitle(win: BrowserWindow, register: { fileName: string; path: string } | null): void {
  if (win.isDestroyed()) return;
  win.setTitle(register ? `${register.fileName} – ${APP_TITLE}` : APP_TITLE);
  if (process.platform === 'darwin') win.setRepresentedFilename(register?.path ?? '');
}
