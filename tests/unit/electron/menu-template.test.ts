import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuItemSpec } from '../../../electron/main/menu-template';
import { translator } from '../../../electron/main/texts';

function actions(): MenuActions {
  return {
    newRegister: vi.fn(),
    openWithDialog: vi.fn(),
    openRecent: vi.fn(),
    openSample: vi.fn(),
    closeRegister: vi.fn(),
    lockRegister: vi.fn(),
    about: vi.fn(),
    quit: vi.fn(),
    exchange: vi.fn(),
  };
}

function find(items: MenuItemSpec[], id: string): MenuItemSpec | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? find(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function roles(items: MenuItemSpec[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);
}

const base = { platform: 'win32' as const, isPackaged: true, recentFiles: [], hasRegister: false, registerEncrypted: false };

describe('buildMenuTemplate', () => {
  it('is Swedish by default and English when chosen', () => {
    const sv = buildMenuTemplate(translator('sv'), base, actions());
    expect(sv.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(find(sv, 'newRegister')?.label).toBe('Nytt register…');
    expect(find(sv, 'quit')?.label).toBe('Avsluta');
    const en = buildMenuTemplate(translator('en'), base, actions());
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(find(en, 'open')?.label).toBe('Open…');
  });

  it('wires the file menu to the shell actions with the usual shortcuts', () => {
    const a = actions();
    const menu = buildMenuTemplate(translator('sv'), { ...base, hasRegister: true }, a);
    expect(find(menu, 'newRegister')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(menu, 'open')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(menu, 'closeRegister')?.accelerator).toBe('CmdOrCtrl+W');
    find(menu, 'newRegister')?.click?.();
    find(menu, 'open')?.click?.();
    find(menu, 'openSample')?.click?.();
    find(menu, 'closeRegister')?.click?.();
    find(menu, 'about')?.click?.();
    expect(a.newRegister).toHaveBeenCalledOnce();
    expect(a.openWithDialog).toHaveBeenCalledOnce();
    expect(a.openSample).toHaveBeenCalledOnce();
    expect(a.closeRegister).toHaveBeenCalledOnce();
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('disables "Stäng register" when no register is open', () => {
    expect(find(buildMenuTemplate(translator('sv'), base, actions()), 'closeRegister')?.enabled).toBe(false);
  });

  it('offers "Lås registret" (Ctrl/Cmd+L) for an open encrypted register only, handing it to the renderer', () => {
    const a = actions();
    const encrypted = buildMenuTemplate(translator('sv'), { ...base, hasRegister: true, registerEncrypted: true }, a);
    const lock = find(encrypted, 'lockRegister');
    expect(lock).toMatchObject({ label: 'Lås registret', accelerator: 'CmdOrCtrl+L', enabled: true });
    // In the File menu, just before "Stäng register".
    const ids = (encrypted[0]?.submenu ?? []).map((item) => item.id ?? item.type);
    expect(ids.indexOf('lockRegister')).toBe(ids.indexOf('closeRegister') - 1);
    lock?.click?.();
    expect(a.lockRegister).toHaveBeenCalledOnce();
    expect(a.closeRegister).not.toHaveBeenCalled();

    // A plain register cannot be locked, and with none open there is nothing to lock.
    expect(find(buildMenuTemplate(translator('sv'), { ...base, hasRegister: true }, actions()), 'lockRegister')?.enabled).toBe(false);
    expect(find(buildMenuTemplate(translator('sv'), { ...base, registerEncrypted: true }, actions()), 'lockRegister')?.enabled).toBe(false);
    expect(find(buildMenuTemplate(translator('sv'), base, actions()), 'lockRegister')?.enabled).toBe(false);
    // No other item takes the shortcut.
    const accelerators = (items: MenuItemSpec[]): string[] =>
      items.flatMap((item) => [...(item.accelerator ? [item.accelerator] : []), ...accelerators(item.submenu ?? [])]);
    expect(accelerators(encrypted).filter((key) => key === 'CmdOrCtrl+L')).toHaveLength(1);
    const mac = buildMenuTemplate(translator('en'), { ...base, platform: 'darwin', hasRegister: true, registerEncrypted: true }, actions());
    expect(find(mac[1]?.submenu ?? [], 'lockRegister')).toMatchObject({ label: 'Lock register', enabled: true });
  });

  it('offers File → Export ▸ Excel / JSON and File → Import portable file, handing them to the renderer', () => {
    const a = actions();
    const menu = buildMenuTemplate(translator('sv'), { ...base, hasRegister: true }, a);
    const fileItems = menu[0]?.submenu ?? [];
    const exportMenu = find(fileItems, 'export');
    expect(exportMenu?.label).toBe('Exportera');
    expect(exportMenu?.submenu?.map((item) => item.label)).toEqual(['Registret (Excel)…', 'Portabel fil (JSON)…']);
    expect(find(fileItems, 'importPortable')?.label).toBe('Importera portabel fil…');
    // Between opening a register and closing it.
    const ids = fileItems.map((item) => item.id ?? item.type);
    expect(ids.indexOf('openSample')).toBeLessThan(ids.indexOf('export'));
    expect(ids.indexOf('importPortable')).toBeLessThan(ids.indexOf('closeRegister'));
    find(menu, 'exportWorkbook')?.click?.();
    find(menu, 'exportPortable')?.click?.();
    find(menu, 'importPortable')?.click?.();
    expect(a.exchange).toHaveBeenNthCalledWith(1, 'exportWorkbook');
    expect(a.exchange).toHaveBeenNthCalledWith(2, 'exportPortable');
    expect(a.exchange).toHaveBeenNthCalledWith(3, 'importPortable');
    // Import from Excel reads into the open register: after the portable import, only with a register.
    expect(find(fileItems, 'importSheet')).toMatchObject({ label: 'Importera från Excel…', enabled: true });
    expect(ids.indexOf('importSheet')).toBeGreaterThan(ids.indexOf('importPortable'));
    find(menu, 'importSheet')?.click?.();
    expect(a.exchange).toHaveBeenNthCalledWith(4, 'importSheet');

    const en = buildMenuTemplate(translator('en'), base, actions());
    expect(find(en, 'export')?.submenu?.map((item) => item.label)).toEqual(['Register (Excel)…', 'Portable file (JSON)…']);
    expect(find(en, 'importPortable')?.label).toBe('Import portable file…');
    expect(find(en, 'importSheet')?.label).toBe('Import from Excel…');
  });

  it('disables the exports but not the import when no register is open', () => {
    const menu = buildMenuTemplate(translator('sv'), base, actions());
    expect(find(menu, 'export')?.enabled).toBe(false);
    expect(find(menu, 'exportWorkbook')?.enabled).toBe(false);
    expect(find(menu, 'exportPortable')?.enabled).toBe(false);
    expect(find(menu, 'importPortable')?.enabled).not.toBe(false);
    expect(find(menu, 'importSheet')?.enabled).toBe(false);
  });

  it('leaves Export and Import out while the shell does not pass them on', () => {
    const { exchange: _unused, ...withoutExchange } = actions();
    const menu = buildMenuTemplate(translator('sv'), { ...base, hasRegister: true }, withoutExchange);
    expect(find(menu, 'export')).toBeUndefined();
    expect(find(menu, 'importPortable')).toBeUndefined();
    // No doubled separators where the items would have been.
    const types = (menu[0]?.submenu ?? []).map((item) => item.type);
    expect(types.some((type, i) => type === 'separator' && types[i + 1] === 'separator')).toBe(false);
  });

  it('lists recent files, disabling those that are gone', () => {
    const a = actions();
    const recentFiles = [
      { path: '/data/Kunder.forteckna', organisationName: 'Exempel IT AB', exists: true },
      { path: 'C:\\reg\\Gammal.forteckna', organisationName: '', exists: false },
    ];
    const menu = buildMenuTemplate(translator('sv'), { ...base, recentFiles }, a);
    expect(find(menu, 'openRecent')?.label).toBe('Öppna senaste');
    expect(find(menu, 'recent-0')?.label).toBe('Exempel IT AB – Kunder.forteckna');
    expect(find(menu, 'recent-1')).toMatchObject({ label: 'Gammal.forteckna', enabled: false });
    find(menu, 'recent-0')?.click?.();
    expect(a.openRecent).toHaveBeenCalledWith('/data/Kunder.forteckna');
    const empty = buildMenuTemplate(translator('sv'), base, actions());
    expect(find(empty, 'recent-none')).toMatchObject({ label: 'Inga senaste register', enabled: false });
  });

  it('has the edit roles, and development tools only when not packaged', () => {
    const packaged = buildMenuTemplate(translator('sv'), base, actions());
    expect(roles(packaged)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(packaged)).not.toContain('reload');
    const dev = buildMenuTemplate(translator('sv'), { ...base, isPackaged: false }, actions());
    expect(roles(dev)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows macOS conventions on darwin', () => {
    const a = actions();
    const menu = buildMenuTemplate(translator('sv'), { ...base, platform: 'darwin' }, a);
    expect(menu.map((m) => m.label)).toEqual(['Förteckna', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const appMenu = menu[0]?.submenu ?? [];
    expect(appMenu[0]).toMatchObject({ id: 'about', label: 'Om Förteckna' });
    expect(find(appMenu, 'quit')).toMatchObject({ label: 'Avsluta Förteckna', accelerator: 'Cmd+Q' });
    // Quit lives in the app menu only.
    expect(find(menu[1]?.submenu ?? [], 'quit')).toBeUndefined();
    find(appMenu, 'quit')?.click?.();
    expect(a.quit).toHaveBeenCalledOnce();
  });
});
