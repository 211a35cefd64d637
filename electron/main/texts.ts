// Texts the shell shows itself (menus, dialogs). Swedish is the default; English when chosen.
import type { Language } from '../../shared/messages';

const texts = {
  'menu.file': { sv: 'Arkiv', en: 'File' },
  'menu.newRegister': { sv: 'Nytt register…', en: 'New register…' },
  'menu.open': { sv: 'Öppna…', en: 'Open…' },
  'menu.openRecent': { sv: 'Öppna senaste', en: 'Open recent' },
  'menu.noRecent': { sv: 'Inga senaste register', en: 'No recent registers' },
  'menu.openSample': { sv: 'Öppna exempelregistret', en: 'Open the sample register' },
  'menu.export': { sv: 'Exportera', en: 'Export' },
  'menu.exportWorkbook': { sv: 'Registret (Excel)…', en: 'Register (Excel)…' },
  'menu.exportPortable': { sv: 'Portabel fil (JSON)…', en: 'Portable file (JSON)…' },
  'menu.importPortable': { sv: 'Importera portabel fil…', en: 'Import portable file…' },
  'menu.importSheet': { sv: 'Importera från Excel…', en: 'Import from Excel…' },
  'menu.lockRegister': { sv: 'Lås registret', en: 'Lock register' },
  'menu.closeRegister': { sv: 'Stäng register', en: 'Close register' },
  'menu.quit': { sv: 'Avsluta', en: 'Quit' },
  'menu.quitMac': { sv: 'Avsluta Förteckna', en: 'Quit Förteckna' },
  'menu.edit': { sv: 'Redigera', en: 'Edit' },
  'menu.undo': { sv: 'Ångra', en: 'Undo' },
  'menu.redo': { sv: 'Gör om', en: 'Redo' },
  'menu.cut': { sv: 'Klipp ut', en: 'Cut' },
  'menu.copy': { sv: 'Kopiera', en: 'Copy' },
  'menu.paste': { sv: 'Klistra in', en: 'Paste' },
  'menu.selectAll': { sv: 'Markera allt', en: 'Select all' },
  'menu.view': { sv: 'Visa', en: 'View' },
  'menu.zoomIn': { sv: 'Zooma in', en: 'Zoom in' },
  'menu.zoomOut': { sv: 'Zooma ut', en: 'Zoom out' },
  'menu.resetZoom': { sv: 'Återställ zoom', en: 'Actual size' },
  'menu.fullscreen': { sv: 'Helskärm', en: 'Full screen' },
  'menu.reload': { sv: 'Läs in igen', en: 'Reload' },
  'menu.devTools': { sv: 'Utvecklarverktyg', en: 'Developer tools' },
  'menu.window': { sv: 'Fönster', en: 'Window' },
  'menu.help': { sv: 'Hjälp', en: 'Help' },
  'menu.about': { sv: 'Om Förteckna', en: 'About Förteckna' },
  'menu.services': { sv: 'Tjänster', en: 'Services' },
  'menu.hide': { sv: 'Göm Förteckna', en: 'Hide Förteckna' },
  'menu.hideOthers': { sv: 'Göm övriga', en: 'Hide others' },
  'menu.unhide': { sv: 'Visa alla', en: 'Show all' },
  'dialog.fileType': { sv: 'Förteckna-register', en: 'Förteckna register' },
  'dialog.newTitle': { sv: 'Spara nytt register', en: 'Save new register' },
  'dialog.openTitle': { sv: 'Öppna register', en: 'Open register' },
  'dialog.exportTitle': { sv: 'Spara dokument', en: 'Save document' },
  'dialog.folderTitle': { sv: 'Välj mapp', en: 'Choose a folder' },
  'dialog.importTitle': { sv: 'Välj fil att importera', en: 'Choose a file to import' },
  'dialog.spreadsheetFilter': { sv: 'Kalkylblad (Excel, CSV)', en: 'Spreadsheets (Excel, CSV)' },
  'dialog.errorTitle': { sv: 'Förteckna', en: 'Förteckna' },
  'dialog.openFailed': { sv: 'Registret kunde inte öppnas.', en: 'The register could not be opened.' },
  'dialog.ok': { sv: 'OK', en: 'OK' },
} as const satisfies Record<string, Record<Language, string>>;

export type TextKey = keyof typeof texts;
export type Translate = (key: TextKey) => string;

export function translator(language: Language): Translate {
  return (key) => texts[key][language];
}
