// Placeholders in agreement clauses: {{customer.name}} and the like. One list, used by the
// editor (unknown names are an error shown beside the clause) and by the DOCX generator.
// (Filled in by the agreement-document work; the signatures are the contract between the two.)

export interface PlaceholderDef {
  /** As written between the braces, e.g. 'customer.name'. */
  name: string;
  sv: string;
  en: string;
}

export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  { name: 'processor.name', sv: 'Vårt företagsnamn (personuppgiftsbiträdet)', en: 'Our company name (the processor)' },
  { name: 'processor.orgNr', sv: 'Vårt organisationsnummer', en: 'Our company registration number' },
  { name: 'processor.address', sv: 'Vår adress på en rad', en: 'Our address on one line' },
  { name: 'processor.email', sv: 'Vår e-postadress', en: 'Our e-mail address' },
  { name: 'processor.phone', sv: 'Vårt telefonnummer', en: 'Our phone number' },
  {
    name: 'processor.dpo',
    sv: 'Vårt dataskyddsombud eller vår kontakt i dataskyddsfrågor',
    en: 'Our data protection officer or data protection contact',
  },
  { name: 'controller.name', sv: 'Kundens namn (den personuppgiftsansvarige)', en: "The customer's name (the controller)" },
  { name: 'controller.orgNr', sv: 'Kundens organisationsnummer', en: "The customer's company registration number" },
  { name: 'controller.address', sv: 'Kundens besöksadress på en rad', en: "The customer's visiting address on one line" },
  { name: 'agreement.reference', sv: 'Avtalets beteckning, t.ex. PUB-0012', en: "The agreement's reference, e.g. PUB-0012" },
  { name: 'agreement.version', sv: 'Avtalets versionsnummer', en: "The agreement's version number" },
  { name: 'agreement.date', sv: 'Dagen då avtalet togs fram (ÅÅÅÅ-MM-DD)', en: 'The day the agreement was generated (YYYY-MM-DD)' },
  {
    name: 'agreement.effectiveDate',
    sv: 'Dagen då avtalet börjar gälla, eller ”den dag båda parter har undertecknat avtalet”',
    en: 'The day the agreement takes effect, or “the day both parties have signed it”',
  },
  { name: 'agreement.signingPlace', sv: 'Orten i underskriftsblocket', en: 'The place in the signature block' },
  { name: 'noticeDays', sv: 'Antal dagars varsel före byte av underbiträde', en: 'Days of notice before a change of sub-processor' },
  {
    name: 'services',
    sv: 'Kundens tjänster med ordet tjänsten eller tjänsterna först, t.ex. ”tjänsterna Backup och Helpdesk”',
    en: "The customer's services with the word service or services first, e.g. “the services Backup and Helpdesk”",
  },
];

/** Every {{name}} in `text`, in order of appearance (duplicates kept once). */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!))];
}

/** The placeholder names in `text` that are not in PLACEHOLDERS. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set(PLACEHOLDERS.map((p) => p.name));
  return findPlaceholders(text).filter((name) => !known.has(name));
}

/** `text` with every known placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
