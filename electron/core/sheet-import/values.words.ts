// The value layer's problems (values.ts): what was read from a cell, or what is wrong with it and
// what to write instead. {{text}} is the cell as written (cut short when long).
import { byLanguage } from './words-table';
export const valuesWords = {
  'values.formula': {
    sv: 'Cellen innehåller en formel; det värde den senast räknade fram används. Skriv värdet direkt i cellen om det ska gälla.',
    en: 'The cell holds a formula; the value it last calculated is used. Type the value into the cell if it should apply.',
  },
  'values.formulaError': {
    sv: 'Cellen visar ett formelfel ({{text}}) och läses som tom. Rätta formeln eller skriv värdet direkt i cellen.',
    en: 'The cell shows a formula error ({{text}}) and is read as empty. Fix the formula or type the value into the cell.',
  },
  'values.dateSerial': {
    sv: 'Talet {{text}} lästes som ett datum i Excels talform: {{date}}. Kontrollera datumet och formatera gärna cellen som datum.',
    en: 'The number {{text}} was read as a date in Excel’s number form: {{date}}. Check the date, and format the cell as a date.',
  },
  'values.dateText': {
    sv: 'Datumet är skrivet som text, ”{{text}}”, och lästes som {{date}}. Kontrollera det; skriv datum som ÅÅÅÅ-MM-DD.',
    en: 'The date is written as text, “{{text}}”, and was read as {{date}}. Check it; write dates as YYYY-MM-DD.',
  },
  'values.dateAmbiguous': {
    sv: '”{{text}}” kan vara både dag/månad och månad/dag; det lästes som {{date}} (dagen först). Skriv datumet som ÅÅÅÅ-MM-DD så blir det entydigt.',
    en: '“{{text}}” could be day/month or month/day; it was read as {{date}} (day first). Write the date as YYYY-MM-DD to make it unambiguous.',
  },
  'values.dateShortYear': {
    sv: '”{{text}}” har ett år med två siffror och lästes som {{date}}. Skriv datumet som ÅÅÅÅ-MM-DD med hela årtalet.',
    en: '“{{text}}” has a two-digit year and was read as {{date}}. Write the date as YYYY-MM-DD with the full year.',
  },
  'values.dateYearOnly': {
    sv: '{{text}} är bara ett årtal, inte ett datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. {{text}}-01-01.',
    en: '{{text}} is only a year, not a date. Write the date as YYYY-MM-DD, e.g. {{text}}-01-01.',
  },
  'values.dateUnreadable': {
    sv: '”{{text}}” kunde inte läsas som ett datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.',
    en: '“{{text}}” could not be read as a date. Write the date as YYYY-MM-DD, e.g. 2026-01-31.',
  },
  'values.dateRange': {
    sv: '”{{text}}” ligger utanför de datum registret tar emot (1900-01-01 till 2199-12-31). Kontrollera årtalet.',
    en: '“{{text}}” is outside the dates the register accepts (1900-01-01 to 2199-12-31). Check the year.',
  },
  'values.numberUnreadable': {
    sv: '”{{text}}” kunde inte läsas som ett tal. Skriv bara siffror, t.ex. 1234 eller 1 234,5.',
    en: '“{{text}}” could not be read as a number. Write digits only, e.g. 1234 or 1,234.5.',
  },
  'values.numberAmbiguous': {
    sv: '”{{text}}” lästes som {{number}} (med decimaler). Menar du tusental, skriv talet utan skiljetecken, t.ex. 1500.',
    en: '“{{text}}” was read as {{number}} (with decimals). If you mean thousands, write the number without separators, e.g. 1500.',
  },
  'values.boolUnreadable': {
    sv: '”{{text}}” kunde inte läsas som ja eller nej. Skriv Ja eller Nej.',
    en: '“{{text}}” could not be read as yes or no. Write Yes or No.',
  },
  'values.enumUnknown': {
    sv: '”{{text}}” känns inte igen. Skriv något av: {{choices}}.',
    en: '“{{text}}” is not recognised. Write one of: {{choices}}.',
  },
  'values.enumGuessed': {
    sv: '”{{text}}” lästes som ”{{label}}”. Kontrollera att det stämmer.',
    en: '“{{text}}” was read as “{{label}}”. Check that this is right.',
  },
  'values.orgNrLeadingZero': {
    sv: 'Numret {{text}} hade tappat sin inledande nolla (Excel tar bort den i talceller) och lästes som {{value}}. Formatera kolumnen som text i Excel.',
    en: 'The number {{text}} had lost its leading zero (Excel drops it in number cells) and was read as {{value}}. Format the column as text in Excel.',
  },
  'values.orgNrExponent': {
    sv: 'Numret har sparats i exponentform ({{text}}) och siffrorna har gått förlorade. Formatera kolumnen som text i Excel och spara filen igen.',
    en: 'The number was saved in exponent form ({{text}}) and its digits are lost. Format the column as text in Excel and save the file again.',
  },
  'values.orgNrFormat': {
    sv: '”{{text}}” är inte ett organisationsnummer. Skriv det som NNNNNN-NNNN (tio siffror).',
    en: '“{{text}}” is not a company registration number. Write it as NNNNNN-NNNN (ten digits).',
  },
  'values.orgNrChecksum': {
    sv: 'Organisationsnumret {{text}} stämmer inte – kontrollsiffran är fel. Kontrollera siffrorna.',
    en: 'The company registration number {{text}} is not valid – the check digit is wrong. Check the digits.',
  },
  'values.personnummerFormat': {
    sv: '”{{text}}” är inte ett personnummer. Skriv det som ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN, med ett riktigt födelsedatum.',
    en: '“{{text}}” is not a personal identity number. Write it as YYMMDD-NNNN or YYYYMMDD-NNNN, with a real date of birth.',
  },
  'values.personnummerChecksum': {
    sv: 'Personnumret {{text}} stämmer inte – kontrollsiffran är fel. Kontrollera siffrorna.',
    en: 'The personal identity number {{text}} is not valid – the check digit is wrong. Check the digits.',
  },
  'values.personnummerMasked': {
    sv: 'Personnumret {{text}} är maskerat (de sista fyra siffrorna saknas) och kan inte läsas in. Skriv hela personnumret, ÅÅMMDD-NNNN.',
    en: 'The personal identity number {{text}} is masked (the last four digits are missing) and cannot be imported. Write the full number, YYMMDD-NNNN.',
  },
  'values.countryUnknown': {
    sv: '”{{text}}” känns inte igen som ett land. Skriv landets namn eller dess landskod med två bokstäver, t.ex. SE.',
    en: '“{{text}}” is not recognised as a country. Write the country’s name or its two-letter code, e.g. SE.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ValuesWordKey = keyof typeof valuesWords;

/** The same messages as { sv, en } tables. */
export const valuesTexts = byLanguage(valuesWords);
