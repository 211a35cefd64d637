// What the import says about a file as a whole: why a sheet of our workbook is not read, and what
// a workbook cannot carry into the register.
import type { WorkbookSheet } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { byLanguage } from './words-table';

const sheetWords = {
  'notRead.organisation': {
    sv: 'Organisationsuppgifterna läses inte in: fyll i dem under Organisation.',
    en: 'The organisation details are not imported: fill them in under Organisation.',
  },
  'notRead.agreements': {
    sv: 'PUB-avtalen läses inte in: avtalsdokumenten och underskrifterna finns inte i arbetsboken. Skapa avtalen på nytt i registret.',
    en: 'Agreements are not imported: their documents and signatures are not in the workbook. Generate them again in the register.',
  },
  'notRead.requests': {
    sv: 'Begäranden från registrerade läses inte in (loggen innehåller personuppgifter och hör till det register den fördes i).',
    en: 'Requests from data subjects are not imported (the log holds personal data and belongs to the register it was kept in).',
  },
  'notRead.breaches': {
    sv: 'Incidenter läses inte in (incidentloggen hör till det register den fördes i).',
    en: 'Breaches are not imported (the breach log belongs to the register it was kept in).',
  },
  hidden: {
    sv: 'Dold flik: läses inte in om du inte väljer vad den ska läsas som.',
    en: 'Hidden sheet: not imported unless you choose what to read it as.',
  },
  'limit.english': {
    sv: 'Engelska texter (namn, ändamål, beskrivningar på engelska) finns inte i arbetsboken och läses inte in.',
    en: 'English texts (names, purposes, descriptions in English) are not in the workbook and are not imported.',
  },
  'limit.ended': {
    sv: 'Avslutade abonnemang finns inte i biträdesregistret och läses inte in; en kund som bara nämns på kundplatser eller utrustning kommer in utan organisationsnummer.',
    en: 'Ended subscriptions are not in the processor register and are not imported; a customer named only by its sites or equipment comes in without its organisation number.',
  },
  'limit.registerOnly': {
    sv: 'Ändringshistoriken, säkerhetskopior, bifogade filer och avtalsmallen följer inte med: de finns bara i registerfilen (använd JSON-exporten för en fullständig kopia).',
    en: 'The change history, backups, attached files and the agreement template do not come along: they are only in the register file (use the JSON export for a complete copy).',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

/** The same words as { sv, en } tables. */
export const sheetTexts = byLanguage(sheetWords);

/** Our workbook's sheets that no target reads. */
const NOT_READ: Partial<Record<WorkbookSheet, keyof typeof sheetWords>> = {
  organisation: 'notRead.organisation',
  agreements: 'notRead.agreements',
  requests: 'notRead.requests',
  breaches: 'notRead.breaches',
};

export function sheetNote(own: string | null, hidden: boolean, lang: Language): string | null {
  const notRead = own ? NOT_READ[own as WorkbookSheet] : undefined;
  if (notRead) return sheetTexts[lang][notRead];
  return hidden ? sheetTexts[lang].hidden : null;
}

/** What a Förteckna workbook cannot carry back, however it is mapped. */
export function omissionsOf(ownSheets: readonly string[] | null, lang: Language): string[] {
  if (!ownSheets) return [];
  const notRead = ownSheets.flatMap((key) => {
    const word = NOT_READ[key as WorkbookSheet];
    return word ? [sheetTexts[lang][word]] : [];
  });
  return [...notRead, ...(['limit.english', 'limit.ended', 'limit.registerOnly'] as const).map((k) => sheetTexts[lang][k])];
}
