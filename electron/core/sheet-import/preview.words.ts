// Messages of the preview itself: about the file as a whole and about rows that the register refuses.
import { byLanguage } from './words-table';
export const previewWords = {
  'preview.noSheet': {
    sv: 'Fliken {{sheet}} finns inte i filen. Välj filen igen eller ta bort fliken ur mappningen.',
    en: 'The sheet {{sheet}} is not in the file. Choose the file again or remove the sheet from the mapping.',
  },
  'preview.unknownField': {
    sv: 'Kolumn {{column}} är kopplad till ett fält som inte finns ({{field}}). Välj ett fält eller ”Ignorera kolumnen”.',
    en: 'Column {{column}} is mapped to a field that does not exist ({{field}}). Choose a field or “Ignore this column”.',
  },
  'preview.requiredNotMapped': {
    sv: 'Ingen kolumn är kopplad till {{field}}, som måste finnas för att posterna ska kunna läsas in.',
    en: 'No column is mapped to {{field}}, which the records need to be imported.',
  },
  'preview.mergedRows': {
    sv: 'Raderna {{rows}} gäller samma post och läses in som en.',
    en: 'Rows {{rows}} are about the same record and are imported as one.',
  },
  'preview.duplicate': {
    sv: 'Samma post som på {{sheet}} rad {{row}}; raden hoppas över. Ta bort dubbletten eller ge posterna olika namn.',
    en: 'The same record as in {{sheet}} row {{row}}; this row is skipped. Remove the duplicate or give the records different names.',
  },
  'preview.rejected': {
    sv: 'Registret tar inte emot posten: {{reason}}',
    en: 'The register does not accept the record: {{reason}}',
  },
  'preview.matched': {
    sv: 'Matchar {{name}} i registret ({{by}}) och uppdateras med filens värden.',
    en: 'Matches {{name}} in the register ({{by}}) and is updated with the values of the file.',
  },
  'preview.formulas': {
    sv: 'Celler med formler: {{count}}. Deras senast beräknade värden läses in, inte formlerna.',
    en: 'Cells with formulas: {{count}}. Their last calculated values are imported, not the formulas.',
  },
  'preview.hiddenSheet': {
    sv: 'Fliken {{sheet}} är dold i filen och läses inte in om du inte väljer det.',
    en: 'The sheet {{sheet}} is hidden in the file and is not imported unless you choose so.',
  },
  'detected.utf-8': { sv: 'UTF-8', en: 'UTF-8' },
  'detected.utf-8-bom': { sv: 'UTF-8 med BOM', en: 'UTF-8 with BOM' },
  'detected.windows-1252': { sv: 'Windows-1252 (äldre Excel)', en: 'Windows-1252 (older Excel)' },
  'detected.;': { sv: 'semikolon', en: 'semicolon' },
  'detected.,': { sv: 'kommatecken', en: 'comma' },
  'detected.\t': { sv: 'tabb', en: 'tab' },
  'added.term:data_subject': { sv: 'Nya kategorier av registrerade', en: 'New categories of data subjects' },
  'added.term:personal_data': { sv: 'Nya kategorier av personuppgifter', en: 'New categories of personal data' },
  'added.term:recipient': { sv: 'Nya kategorier av mottagare', en: 'New categories of recipients' },
  'added.term:processing': { sv: 'Nya kategorier av behandling', en: 'New categories of processing' },
  'added.systems': {
    sv: 'Nya system (bara med namn: fyll i resten under System)',
    en: 'New systems (name only: fill in the rest under Systems)',
  },
  'added.measures': {
    sv: 'Nya säkerhetsåtgärder (organisatoriska och genomförda: rätta under Säkerhetsåtgärder om det behövs)',
    en: 'New security measures (organisational and implemented: correct them under Security measures if needed)',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

/** The same messages as { sv, en } tables. */
export const previewTexts = byLanguage(previewWords);
