// What the reader says about a file it refuses, in Swedish and English: what is wrong and what to do.
import { byLanguage } from '../words-table';
export const readWords = {
  'read.missing': {
    sv: 'Filen {{file}} finns inte (den kan ha flyttats eller bytt namn). Välj filen igen.',
    en: 'The file {{file}} does not exist (it may have been moved or renamed). Choose the file again.',
  },
  'read.isFolder': {
    sv: '{{file}} är en mapp. Välj kalkylarksfilen (.xlsx eller .csv) i mappen.',
    en: '{{file}} is a folder. Choose the spreadsheet file (.xlsx or .csv) inside it.',
  },
  'read.unreadable': {
    sv: 'Förteckna får inte läsa {{file}}. Kopiera filen till en mapp du har behörighet till, eller be den som ansvarar för datorn om läsbehörighet.',
    en: 'Förteckna may not read {{file}}. Copy the file to a folder you have access to, or ask whoever manages the computer for read permission.',
  },
  'read.inUse': {
    sv: '{{file}} är låst av ett annat program (t.ex. Excel). Stäng filen där och försök igen.',
    en: '{{file}} is locked by another program (such as Excel). Close it there and try again.',
  },
  'read.empty': {
    sv: 'Filen är tom. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil med innehåll.',
    en: 'The file is empty. Choose an Excel workbook (.xlsx) or a CSV file with content.',
  },
  'read.tooBig': {
    sv: 'Filen är {{size}} MB; som mest {{max}} MB kan läsas in. Dela upp den i mindre filer, eller ta bort blad som inte ska importeras.',
    en: 'The file is {{size}} MB; at most {{max}} MB can be read. Split it into smaller files, or delete sheets that are not to be imported.',
  },
  'read.notSpreadsheet': {
    sv: 'Filen är inte ett kalkylark. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil.',
    en: 'The file is not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.',
  },
  'read.pdf': {
    sv: 'Filen är en PDF, inte ett kalkylark. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil.',
    en: 'The file is a PDF, not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.',
  },
  'read.image': {
    sv: 'Filen är en bild, inte ett kalkylark. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil.',
    en: 'The file is an image, not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.',
  },
  'read.document': {
    sv: 'Filen är ett Word- eller PowerPoint-dokument, inte ett kalkylark. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil.',
    en: 'The file is a Word or PowerPoint document, not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.',
  },
  'read.html': {
    sv: 'Filen är en webbsida eller XML-fil, inte ett kalkylark. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).',
    en: 'The file is a web page or an XML file, not a spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx).',
  },
  'read.xls': {
    sv: 'Filen är i Excels gamla format (.xls). Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den nya filen.',
    en: 'The file is in Excel’s old format (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) and choose the new file.',
  },
  'read.xlsb': {
    sv: 'Filen är en binär Excel-arbetsbok (.xlsb). Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den nya filen.',
    en: 'The file is a binary Excel workbook (.xlsb). Open it in Excel, save it as an Excel workbook (.xlsx) and choose the new file.',
  },
  'read.encrypted': {
    sv: 'Arbetsboken är lösenordsskyddad. Ta bort lösenordet i Excel (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm fältet), spara och försök igen.',
    en: 'The workbook is protected with a password. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear the field), save and try again.',
  },
  'read.ods': {
    sv: 'Filen är ett OpenDocument-kalkylark (.ods). Öppna den i LibreOffice eller Excel, spara den som Excel-arbetsbok (.xlsx) och välj den nya filen.',
    en: 'The file is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, save it as an Excel workbook (.xlsx) and choose the new file.',
  },
  'read.register': {
    sv: 'Filen är ett Förteckna-register, inte ett kalkylark. Öppna det med Arkiv → Öppna.',
    en: 'The file is a Förteckna register, not a spreadsheet. Open it with File → Open.',
  },
  'read.portable': {
    sv: 'Filen är en JSON-export från Förteckna. Läs in den med Arkiv → Importera JSON.',
    en: 'The file is a JSON export from Förteckna. Read it in with File → Import JSON.',
  },
  'read.zipBomb': {
    sv: 'Arbetsboken packas upp till mer än {{max}} MB, eller är packad misstänkt hårt, och läses inte in. Öppna den i Excel, ta bort det som inte ska importeras och spara den igen.',
    en: 'The workbook unpacks to more than {{max}} MB, or is packed suspiciously tightly, so it is not read. Open it in Excel, delete what is not to be imported and save it again.',
  },
  'read.damaged': {
    sv: 'Arbetsboken går inte att läsa; den kan vara skadad eller ofullständig. Öppna den i Excel och spara den igen som Excel-arbetsbok (.xlsx).',
    en: 'The workbook cannot be read; it may be damaged or incomplete. Open it in Excel and save it again as an Excel workbook (.xlsx).',
  },
  'read.noSheets': {
    sv: 'Arbetsboken har inga kalkylblad med celler. Välj en arbetsbok med minst ett blad.',
    en: 'The workbook has no worksheets with cells. Choose a workbook with at least one sheet.',
  },
  'read.tooManyRows': {
    sv: 'Filen har fler än {{max}} rader med innehåll. Dela upp den i mindre filer och importera dem var för sig.',
    en: 'The file has more than {{max}} rows with content. Split it into smaller files and import them one at a time.',
  },
  'read.tooManyColumns': {
    sv: 'Bladet har innehåll i kolumn {{column}}; som mest {{max}} kolumner (A–{{last}}) kan läsas in. Ta bort kolumnerna längre till höger och spara igen.',
    en: 'The sheet has content in column {{column}}; at most {{max}} columns (A–{{last}}) can be read. Delete the columns further to the right and save again.',
  },
  'read.cellTooLong': {
    sv: 'Cellen har mer än {{max}} tecken, mer än Excel rymmer i en cell. Korta texten, eller kontrollera att varje citattecken i filen avslutas.',
    en: 'The cell holds more than {{max}} characters, more than Excel fits in a cell. Shorten the text, or check that every quotation mark in the file is closed.',
  },
  'read.unclosedQuote': {
    sv: 'Ett citattecken som börjar i cellen avslutas aldrig, så resten av filen skulle hamna i den. Rätta filen eller spara den igen från programmet den kommer från.',
    en: 'A quotation mark that starts in this cell is never closed, so the rest of the file would end up in it. Fix the file or save it again from the program it comes from.',
  },
  'read.utf16': {
    sv: 'Filen är sparad som Unicode-text (UTF-16). Spara den som CSV UTF-8 eller som Excel-arbetsbok (.xlsx) och försök igen.',
    en: 'The file is saved as Unicode text (UTF-16). Save it as CSV UTF-8 or as an Excel workbook (.xlsx) and try again.',
  },
  'read.binary': {
    sv: 'Filen är inte text (den innehåller nolltecken; den kan vara sparad som UTF-16 eller inte vara text alls). Spara den som CSV UTF-8 eller som Excel-arbetsbok (.xlsx).',
    en: 'The file is not text (it contains NUL characters; it may be saved as UTF-16 or not be text at all). Save it as CSV UTF-8 or as an Excel workbook (.xlsx).',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ReadWord = keyof typeof readWords;

/** The same messages as { sv, en } tables. */
export const readTexts = byLanguage(readWords);
