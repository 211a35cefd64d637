// Placeholders in the change-notice letter's texts: {{customerName}} and the like. One list, used
// by the editor (unknown names are an error shown beside the block) and by the letter generator.
import { findPlaceholders, type PlaceholderDef } from './agreement-placeholders';

export const NOTICE_LETTER_PLACEHOLDERS: readonly PlaceholderDef[] = [
  { name: 'customerName', sv: 'Kundens namn (den personuppgiftsansvarige)', en: "The customer's name (the controller)" },
  {
    name: 'agreementReference',
    sv: 'Beteckningen på kundens undertecknade avtal, t.ex. PUB-0012 (tom om inget avtal är undertecknat)',
    en: "The reference of the customer's signed agreement, e.g. PUB-0012 (empty when none is signed)",
  },
  {
    name: 'clause',
    sv: 'Avtalsmallens punkt om underbiträden, t.ex. ”punkt 7 (Underbiträden)”',
    en: "The agreement template's clause on sub-processors, e.g. “clause 7 (Sub-processors)”",
  },
  { name: 'noticeDays', sv: 'Antal dagars varsel enligt kundens avtal', en: "Days of notice under the customer's agreement" },
  { name: 'effectiveDate', sv: 'Dagen då ändringen börjar gälla (ÅÅÅÅ-MM-DD)', en: 'The day the change takes effect (YYYY-MM-DD)' },
  {
    name: 'objectionDeadline',
    sv: 'Sista dagen för kunden att invända (ÅÅÅÅ-MM-DD)',
    en: 'The last day for the customer to object (YYYY-MM-DD)',
  },
  {
    name: 'contact',
    sv: 'Hur kunden når oss för att invända: vår e-postadress och vårt telefonnummer',
    en: 'How the customer reaches us to object: our e-mail address and phone number',
  },
  { name: 'processorName', sv: 'Vårt företagsnamn (personuppgiftsbiträdet)', en: 'Our company name (the processor)' },
  { name: 'subprocessorName', sv: 'Underbiträdets namn', en: "The sub-processor's name" },
];

/** The placeholder names in `text` that are not in NOTICE_LETTER_PLACEHOLDERS. */
export function unknownNoticePlaceholders(text: string): string[] {
  const known = new Set(NOTICE_LETTER_PLACEHOLDERS.map((p) => p.name));
  return findPlaceholders(text).filter((name) => !known.has(name));
}
