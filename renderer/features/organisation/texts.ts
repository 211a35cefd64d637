// Texts of the legal form choice (organisation and customers), Swedish first; merged into i18n by
// renderer/i18n/features.ts. The profile's other texts (org.*) are in renderer/i18n/sv.ts and en.ts.
import { glossary } from '../../../shared/glossary';

const sv = {
  'area.organisation': 'Organisation',
  'party.legalForm': 'Företagsform',
  'party.company': 'Aktiebolag, handelsbolag eller annan juridisk person',
  'party.soleTrader': 'Enskild firma',
  'party.personnummer': glossary.personnummer.sv,
  'party.personnummerHelp':
    'Ägarens personnummer, ÅÅMMDD-NNNN. Det är en personuppgift: avtal skriver ut det, medan listor och integritetspolicyn visar det maskerat.',
  'party.personnummerPlaceholder': 'ÅÅMMDD-NNNN',
};

const en: Record<keyof typeof sv, string> = {
  'area.organisation': 'Organisation',
  'party.legalForm': 'Legal form',
  'party.company': 'Limited company, partnership or other legal person',
  'party.soleTrader': 'Sole trader',
  'party.personnummer': glossary.personnummer.en,
  'party.personnummerHelp':
    "The owner's personal identity number, YYMMDD-NNNN. It is personal data: agreements print it, while lists and the privacy notice show it masked.",
  'party.personnummerPlaceholder': 'YYMMDD-NNNN',
};

export const texts = { sv, en } as const;
