// What the import says about a file as a whole: why a sheet of our workbook is not read, and what
// a workbook cannot carry into the register.
import type { WorkbookSheet } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';

type Words = { sv: string; en: string };

/** Our workbook's sheets that no target reads, and why. */
const NOT_READ: Partial<Record<WorkbookSheet, Words>> = {
  organisation: {
    sv: 'Organisationsuppgifterna läses inte in: fyll i dem under Organisation.',
    en: 'The organisation details are not imported: fill them in under Organisation.',
  },
  agreements: {
    sv: 'PUB-avtalen läses inte in: avtalsdokumenten och underskrifterna finns inte i arbetsboken. Skapa avtalen på nytt i registret.',
    en: 'Agreements are not imported: their documents and signatures are not in the workbook. Generate them again in the register.',
  },
  requests: {
    sv: 'Begäranden från registrerade läses inte in (loggen innehåller personuppgifter och hör till det register den fördes i).',
    en: 'Requests from data subjects are not imported (the log holds personal data and belongs to the register it was kept in).',
  },
  breaches: {
    sv: 'Incidenter läses inte in (incidentloggen hör till det register den fördes i).',
    en: 'Breaches are not imported (the breach log belongs to the register it was kept in).',
  },
};

const HIDDEN: Words = {
  sv: 'Dold flik: läses inte in om du inte väljer vad den ska läsas som.',
  en: 'Hidden sheet: not imported unless you choose what to read it as.',
};

export function sheetNote(own: string | null, hidden: boolean, lang: Language): string | null {
  const notRead = own ? NOT_READ[own as WorkbookSheet] : undefined;
  if (notRead) return notRead[lang];
  return hidden ? HIDDEN[lang] : null;
}

/** What a Förteckna workbook cannot carry back, however it is mapped (the targets' own limits included). */
const OWN_WORKBOOK_LIMITS: Words[] = [
  {
    sv: 'Engelska texter (namn, ändamål, beskrivningar på engelska) finns inte i arbetsboken och läses inte in.',
    en: 'English texts (names, purposes, descriptions in English) are not in the workbook and are not imported.',
  },
  {
    sv: 'Ändringshistoriken, säkerhetskopior, bifogade filer och avtalsmallen följer inte med: de finns bara i registerfilen (använd JSON-exporten för en fullständig kopia).',
    en: 'The change history, backups, attached files and the agreement template do not come along: they are only in the register file (use the JSON export for a complete copy).',
  },
];

export function omissionsOf(ownSheets: readonly string[] | null, lang: Language): string[] {
  if (!ownSheets) return [];
  const out = ownSheets.flatMap((key) => (NOT_READ[key as WorkbookSheet] ? [NOT_READ[key as WorkbookSheet]![lang]] : []));
  return [...out, ...OWN_WORKBOOK_LIMITS.map((w) => w[lang])];
}
