// Native open/save dialogs behind the core's Dialogs port.
import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs } from '../core/ports';
import { REGISTER_EXTENSION } from '../../shared/contract/register';
import type { Translate } from './texts';

export function createDialogs(options: { window: () => BrowserWindow | null; translate: () => Translate; defaultFolder: string }): Dialogs {
  const filters = () => [
    { name: `${options.translate()('dialog.fileType')} (*${REGISTER_EXTENSION})`, extensions: [REGISTER_EXTENSION.slice(1)] },
  ];
  return {
    async chooseNewRegisterPath(suggestedFileName) {
      const t = options.translate();
      const win = options.window();
      const dialogOptions: Electron.SaveDialogOptions = {
        title: t('dialog.newTitle'),
        defaultPath: path.join(options.defaultFolder, path.basename(suggestedFileName)),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return null;
      // Linux file choosers do not always append the extension of the selected filter.
      return result.filePath.toLowerCase().endsWith(REGISTER_EXTENSION) ? result.filePath : `${result.filePath}${REGISTER_EXTENSION}`;
    },
    async chooseRegisterToOpen() {
      const t = options.translate();
      const win = options.window();
      const dialogOptions: Electron.OpenDialogOptions = {
        title: t('dialog.openTitle'),
        defaultPath: options.defaultFolder,
        filters: filters(),
        properties: ['openFile'],
      };
      const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(suggestedFileName) {
      const win = options.window();
      const ext = path.extname(suggestedFileName).slice(1);
      const dialogOptions: Electron.SaveDialogOptions = {
        title: options.translate()('dialog.exportTitle'),
        defaultPath: path.join(options.defaultFolder, path.basename(suggestedFileName)),
        filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder() {
      const win = options.window();
      const dialogOptions: Electron.OpenDialogOptions = {
        title: options.translate()('dialog.folderTitle'),
        defaultPath: options.defaultFolder,
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToImport(kind) {
      const win = options.window();
      const dialogOptions: Electron.OpenDialogOptions = {
        title: options.translate()('dialog.importTitle'),
        defaultPath: options.defaultFolder,
        filters:
          kind === 'json'
            ? [{ name: 'JSON', extensions: ['json'] }]
            : [{ name: options.translate()('dialog.spreadsheetFilter'), extensions: ['xlsx', 'csv', 'txt'] }],
        properties: ['openFile'],
      };
      const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    revealFile(filePath) {
      shell.showItemInFolder(filePath);
    },
  };
}
