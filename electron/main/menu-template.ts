// The native menu as plain data, built from a translator. No electron import: index.ts hands the
// result to Menu.buildFromTemplate, and the unit tests inspect it directly.
import type { Translate } from './texts';

/** The menu commands the renderer handles (see `app.menuCommand` in the contract). */
export type MenuCommand = 'newRegister' | 'openRegister' | 'openSample' | 'closeRegister' | 'lockRegister' | 'about' | ExchangeCommand;

/** The export and import commands: the renderer shows their options, progress and result. */
export type ExchangeCommand = 'exportWorkbook' | 'exportPortable' | 'importPortable' | 'importSheet';

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'quit'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'windowMenu'
  | 'help';

/** A subset of Electron's MenuItemConstructorOptions, structurally compatible with it. */
export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuActions {
  /** New register: the renderer asks for the organisation name. */
  newRegister(): void;
  /** Open… with the native dialog. */
  openWithDialog(): void;
  openRecent(path: string): void;
  openSample(): void;
  closeRegister(): void;
  /** Lock: the renderer closes the encrypted register and shows its unlock screen. */
  lockRegister(): void;
  about(): void;
  quit(): void;
  /**
   * Hands an export or import command to the renderer (app.menuCommand). Until the shell passes
   * it, the Export and Import items are left out rather than shown doing nothing.
   */
  exchange?(command: ExchangeCommand): void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recentFiles: readonly { path: string; organisationName: string; exists?: boolean }[];
  hasRegister: boolean;
  /** The open register is password-protected (only such a register can be locked). */
  registerEncrypted: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

function recentLabel(file: { path: string; organisationName: string }): string {
  const name = file.path.split(/[\\/]/).pop() ?? file.path;
  return file.organisationName ? `${file.organisationName} – ${name}` : name;
}

/** File → Export ▸ Register (Excel…) / Portable file (JSON…), File → Import portable file… and Import from Excel…. */
function exchangeItems(t: Translate, state: MenuState, actions: MenuActions): MenuItemSpec[] {
  const exchange = actions.exchange;
  if (!exchange) return [];
  return [
    {
      id: 'export',
      label: t('menu.export'),
      enabled: state.hasRegister,
      submenu: [
        { id: 'exportWorkbook', label: t('menu.exportWorkbook'), enabled: state.hasRegister, click: () => exchange('exportWorkbook') },
        { id: 'exportPortable', label: t('menu.exportPortable'), enabled: state.hasRegister, click: () => exchange('exportPortable') },
      ],
    },
    { id: 'importPortable', label: t('menu.importPortable'), click: () => exchange('importPortable') },
    // Into the open register, so only with one open.
    { id: 'importSheet', label: t('menu.importSheet'), enabled: state.hasRegister, click: () => exchange('importSheet') },
    separator,
  ];
}

export function buildMenuTemplate(t: Translate, state: MenuState, actions: MenuActions): MenuItemSpec[] {
  const isMac = state.platform === 'darwin';

  const recent: MenuItemSpec[] =
    state.recentFiles.length === 0
      ? [{ id: 'recent-none', label: t('menu.noRecent'), enabled: false }]
      : state.recentFiles.map((file, index) => ({
          id: `recent-${index}`,
          label: recentLabel(file),
          enabled: file.exists !== false,
          click: () => actions.openRecent(file.path),
        }));

  const file: MenuItemSpec = {
    id: 'file',
    label: t('menu.file'),
    submenu: [
      { id: 'newRegister', label: t('menu.newRegister'), accelerator: 'CmdOrCtrl+N', click: actions.newRegister },
      { id: 'open', label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: actions.openWithDialog },
      { id: 'openRecent', label: t('menu.openRecent'), submenu: recent },
      { id: 'openSample', label: t('menu.openSample'), click: actions.openSample },
      separator,
      ...exchangeItems(t, state, actions),
      {
        id: 'lockRegister',
        label: t('menu.lockRegister'),
        accelerator: 'CmdOrCtrl+L',
        enabled: state.hasRegister && state.registerEncrypted,
        click: actions.lockRegister,
      },
      {
        id: 'closeRegister',
        label: t('menu.closeRegister'),
        accelerator: 'CmdOrCtrl+W',
        enabled: state.hasRegister,
        click: actions.closeRegister,
      },
      ...(isMac ? [] : [separator, { id: 'quit', label: t('menu.quit'), accelerator: 'Ctrl+Q', click: actions.quit }]),
    ],
  };

  const edit: MenuItemSpec = {
    id: 'edit',
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const development: MenuItemSpec[] = state.isPackaged
    ? []
    : [separator, { role: 'reload', label: t('menu.reload') }, { role: 'toggleDevTools', label: t('menu.devTools') }];

  const view: MenuItemSpec = {
    id: 'view',
    label: t('menu.view'),
    submenu: [
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullscreen') },
      ...development,
    ],
  };

  const about: MenuItemSpec = { id: 'about', label: t('menu.about'), click: actions.about };

  const help: MenuItemSpec = { id: 'help', label: t('menu.help'), role: 'help', submenu: isMac ? [] : [about] };

  if (!isMac) return [file, edit, view, help];

  const appMenu: MenuItemSpec = {
    id: 'app',
    label: 'Förteckna',
    submenu: [
      about,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      { id: 'quit', label: t('menu.quitMac'), accelerator: 'Cmd+Q', click: actions.quit },
    ],
  };
  const windowMenu: MenuItemSpec = { id: 'window', label: t('menu.window'), role: 'windowMenu' };
  return [appMenu, file, edit, view, windowMenu, help];
}
