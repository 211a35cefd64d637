// The fixed words of the change-notice letter (headings, the facts table's labels, the file name),
// Swedish and English. The letter's own text is data (resources/notice-letter, the register's copy).
import { glossary, type Words } from '../../../shared/glossary';
import type { ChangeKind } from '../../../shared/contract';
import { safeExportName } from '../files/export';

const sv = {
  /** The document's kind, in its properties and the file name. */
  documentTitle: 'Ändringsmeddelande',
  attention: 'Att:',
  objectionHeading: 'Om ni vill invända',
  factsHeading: 'Ändringen',
  factsHeader: ['Uppgift', 'Beskrivning'] satisfies [string, string],
  fact: {
    change: 'Vad som ändras',
    services: 'Berörda tjänster',
    subprocessor: {
      add: 'Nytt underbiträde',
      replace: 'Nytt underbiträde',
      remove: 'Underbiträde som upphör',
      change: glossary.subprocessor.sv,
    } satisfies Record<ChangeKind, string>,
    orgNr: glossary.orgNr.sv,
    foreignId: 'Registreringsnummer',
    location: 'Land eller region',
    serviceDescription: 'Vad underbiträdet gör',
    processingLocations: 'Var behandlingen sker',
    transferMechanism: 'Stöd för överföring till tredjeland',
    replaced: 'Ersätter',
    reason: 'Skäl till ändringen',
    effectiveDate: 'Gäller från och med',
    objectionDeadline: 'Sista dag att invända',
  },
  /** The {{clause}} value: "punkt 7 (Underbiträden)"; without a sub-processor clause in the template, a description. */
  clause: (number: number, title: string) => `punkt ${number} (${title})`,
  clauseUnnumbered: 'punkten om underbiträden',
  /** The {{contact}} value: "dataskydd@firma.se eller 021-12 34 56". */
  contactOr: 'eller',
  footer: (date: string) => `Ändring av underbiträde · ${date}`,
  description: (customer: string, subprocessor: string) => `Ändringsmeddelande till ${customer} om ${subprocessor}`,
  mergedTitle: (date: string) => `Ändringsmeddelanden ${date}`,
  mergedDescription: (subprocessor: string, count: number) => `${count} ändringsmeddelanden om ${subprocessor}`,
};

export const noticeLetterWords: Words<typeof sv> = {
  sv,
  en: {
    documentTitle: 'Change notice',
    attention: 'Attn:',
    objectionHeading: 'If you wish to object',
    factsHeading: 'The change',
    factsHeader: ['Item', 'Details'],
    fact: {
      change: 'What changes',
      services: 'Services concerned',
      subprocessor: {
        add: 'New sub-processor',
        replace: 'New sub-processor',
        remove: 'Sub-processor leaving',
        change: glossary.subprocessor.en,
      },
      orgNr: glossary.orgNr.en,
      foreignId: 'Registration number',
      location: 'Country or region',
      serviceDescription: 'What the sub-processor does',
      processingLocations: 'Where the processing takes place',
      transferMechanism: 'Ground for transfer to a third country',
      replaced: 'Replaces',
      reason: 'Reason for the change',
      effectiveDate: 'Applies from',
      objectionDeadline: 'Last day to object',
    },
    clause: (number, title) => `clause ${number} (${title})`,
    clauseUnnumbered: 'the clause on sub-processors',
    contactOr: 'or',
    footer: (date) => `Change of sub-processor · ${date}`,
    description: (customer, subprocessor) => `Change notice to ${customer} about ${subprocessor}`,
    mergedTitle: (date) => `Change notices ${date}`,
    mergedDescription: (subprocessor, count) => `${count} change notices about ${subprocessor}`,
  },
};

// File names stay Swedish whatever the letter's language, like the agreements': they name files
// in the user's folder, not text for the customer.
/** "Ändringsmeddelande Kund AB 2026-11-22.docx", safe on every file system. */
export function noticeLetterFileName(customerName: string, date: string): string {
  // Cut a very long name before the date, so the date always survives.
  const name = [...customerName.trim()].slice(0, 80).join('');
  return safeExportName(`Ändringsmeddelande ${name} ${date}.docx`);
}

/** The one document with every letter, for printing. */
export const mergedLettersFileName = (date: string) => safeExportName(`Ändringsmeddelanden för utskrift ${date}.docx`);

/** The folder a batch writes into when none is given. */
export const lettersFolderName = (date: string) => safeExportName(`Ändringsmeddelanden ${date}`);
