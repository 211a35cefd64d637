// Validation and error messages shared by the core (CLI output) and the renderer (forms).
// Schemas carry only the key; each host shows the text in the user's language.
export type Language = 'sv' | 'en';

export const messages = {
  'v.required': { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
  'v.tooLong': { sv: 'Högst {{max}} tecken.', en: 'At most {{max}} characters.' },
  'v.invalid': { sv: 'Ogiltigt värde.', en: 'Invalid value.' },
  'v.orgNr.format': {
    sv: 'Ange organisationsnumret som NNNNNN-NNNN (tio siffror).',
    en: 'Enter the organisation number as NNNNNN-NNNN (ten digits).',
  },
  'v.orgNr.checksum': {
    sv: 'Organisationsnumret stämmer inte – kontrollsiffran är fel. Kontrollera siffrorna.',
    en: 'The organisation number is not valid – the check digit is wrong. Check the digits.',
  },
  'v.email': { sv: 'Ange en giltig e-postadress, t.ex. namn@foretag.se.', en: 'Enter a valid e-mail address, e.g. name@company.com.' },
  'v.phone': { sv: 'Ange ett telefonnummer med siffror, t.ex. 08-123 456 78.', en: 'Enter a phone number using digits, e.g. +46 8 123 456 78.' },
  'v.date': { sv: 'Ange datum som ÅÅÅÅ-MM-DD.', en: 'Enter the date as YYYY-MM-DD.' },
  'v.contractEnd.beforeStart': {
    sv: 'Avtalets slutdatum kan inte ligga före startdatum.',
    en: 'The contract end date cannot be before the start date.',
  },
  'v.contractEnd.requiredWhenEnded': {
    sv: 'En avslutad kund behöver ett slutdatum för avtalet.',
    en: 'An ended customer needs a contract end date.',
  },
  'v.logo.type': { sv: 'Logotypen måste vara en PNG- eller JPEG-bild.', en: 'The logo must be a PNG or JPEG image.' },
  'v.logo.size': { sv: 'Logotypen får vara högst {{max}} kB.', en: 'The logo may be at most {{max}} kB.' },
  'v.fileName': {
    sv: 'Ange ett filnamn som slutar på .forteckna.',
    en: 'Enter a file name ending in .forteckna.',
  },
  'v.tooMany': { sv: 'Högst {{max}} rader.', en: 'At most {{max}} rows.' },
  'v.country': { sv: 'Ange landet som en landskod med två bokstäver, t.ex. SE.', en: 'Enter the country as a two-letter code, e.g. SE.' },
  'v.duration': {
    sv: 'Ange tiden som t.ex. P7Y (sju år), P1Y6M (ett och ett halvt år) eller P30D (30 dagar).',
    en: 'Enter the period as e.g. P7Y (seven years), P1Y6M (eighteen months) or P30D (30 days).',
  },
  'v.endBeforeStart': { sv: 'Slutdatum kan inte ligga före startdatum.', en: 'The end date cannot be before the start date.' },
  'v.unknownReference': { sv: 'Posten som fältet pekar på finns inte.', en: 'The record this field refers to does not exist.' },

  'e.INVALID_INPUT': { sv: 'Några uppgifter behöver rättas.', en: 'Some details need to be corrected.' },
  'e.NOT_FOUND': { sv: 'Posten finns inte längre.', en: 'The record no longer exists.' },
  'e.FILE_NOT_FOUND': {
    sv: 'Filen finns inte. Den kan ha flyttats, tagits bort eller ligga på en enhet som inte är ansluten.',
    en: 'The file does not exist. It may have been moved or deleted, or be on a drive that is not connected.',
  },
  'e.CONFLICT': {
    sv: 'Någon annan har ändrat posten sedan du öppnade den. Dina ändringar har inte sparats.',
    en: 'Someone else changed this record after you opened it. Your changes were not saved.',
  },
  'e.LOCKED': { sv: 'Registret används av ett annat program.', en: 'The register is in use by another program.' },
  'e.NO_REGISTER': { sv: 'Inget register är öppet.', en: 'No register is open.' },
  'e.NEWER_VERSION': {
    sv: 'Filen har skapats av en nyare version av Förteckna. Uppdatera programmet för att öppna den.',
    en: 'The file was created by a newer version of Förteckna. Update the app to open it.',
  },
  'e.NOT_A_REGISTER': {
    sv: 'Filen är inte ett Förteckna-register eller är skadad.',
    en: 'The file is not a Förteckna register, or it is damaged.',
  },
  'e.FILE_EXISTS': { sv: 'Det finns redan en fil med det namnet.', en: 'A file with that name already exists.' },
  'e.CANCELLED': { sv: 'Avbrutet.', en: 'Cancelled.' },
  'e.UNSUPPORTED': { sv: 'Det går inte här.', en: 'That is not possible here.' },
  'e.UNKNOWN_METHOD': { sv: 'Okänd åtgärd.', en: 'Unknown action.' },
  'e.INTERNAL': {
    sv: 'Något gick fel. Inga ändringar sparades.',
    en: 'Something went wrong. No changes were saved.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof messages;

/** Resolves a key with {{param}} placeholders; unknown keys come back unchanged. */
export function formatMessage(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const entry = (messages as Record<string, Record<Language, string>>)[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
