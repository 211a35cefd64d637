// The terms the UI, the documents and the workbook share, each with exactly one Swedish and one
// English translation (domain.md §8), so that a status or a role reads the same everywhere.
// Enum labels (legal bases, special categories, …) live in domain/labels.ts, which takes its
// role terms from here.
import type { AgreementStatus } from './contract/agreements';
import type { Label } from './domain/labels';
import type { Language } from './messages';

/**
 * A word table in both languages: the same keys (and, for phrases with parameters, the same
 * function signatures) in each, so neither language can miss a word.
 */
export type Words<T> = { readonly [L in Language]: T };

/** The status of one agreement version: utkast → skickat → signerat → uppsagt / ersatt (product.md). */
const agreementStatus = {
  draft: { sv: 'Utkast', en: 'Draft' },
  sent: { sv: 'Skickat', en: 'Sent' },
  signed: { sv: 'Signerat', en: 'Signed' },
  terminated: { sv: 'Uppsagt', en: 'Terminated' },
  superseded: { sv: 'Ersatt', en: 'Superseded' },
} satisfies Record<AgreementStatus, Label>;

export const glossary = {
  agreementStatus,
  controller: { sv: 'Personuppgiftsansvarig', en: 'Controller' },
  jointController: { sv: 'Gemensamt personuppgiftsansvarig', en: 'Joint controller' },
  processor: { sv: 'Personuppgiftsbiträde', en: 'Processor' },
  subprocessor: { sv: 'Underbiträde', en: 'Sub-processor' },
  dataProcessingAgreement: { sv: 'Personuppgiftsbiträdesavtal', en: 'Data processing agreement' },
  /** A company's identity number (domain.md §8); the label wherever an organisation's orgNr is shown. */
  orgNr: { sv: 'Organisationsnummer', en: 'Company registration number' },
  /** A sole trader's orgNr is the owner's personnummer (issue 14): the label then, in place of orgNr. */
  personnummer: { sv: 'Personnummer', en: 'Personal identity number' },
} satisfies Record<string, Label | Record<string, Label>>;

/** One language's words of a glossary table, for a word module: `termsIn(glossary.agreementStatus, 'sv')`. */
export function termsIn<K extends string>(table: Readonly<Record<K, Label>>, lang: Language): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(table).map(([key, label]) => [key, label[lang]])) as Record<K, string>;
}
