// The change-notice letter's view-model (issue 15 §3): every word in the letter's language and
// every placeholder filled in. buildNoticeLetterView is pure: change-notices/notice-letter.view.ts
// reads the register and hands it the facts; the template (notice-letter.docx.ts) lays it out.
import type { ChangeNotice, Customer, NoticeRecipient, Organisation } from '../../../shared/contract';
import { enumLabel, locationLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { noticeLetterWords } from '../change-notices/notice-letter.words';
import { clauseBlocks, type ClauseBlock } from './agreement.model';
import { documentWords } from './document.words';
import { inLanguage } from './language';
import type { DocFrame, DocLogo } from './model';
import { sanitizeText } from './sanitize';

export interface NoticeLetterView extends DocFrame {
  /** The letter's date (YYYY-MM-DD), at the top right. */
  date: string;
  /** The address block: the customer's name, an attention line, the address. */
  recipient: string[];
  subject: string;
  intro: ClauseBlock[];
  factsHeading: string;
  factsHeader: [string, string];
  /** Label → value; a fact the register has no answer for is left out. */
  facts: [string, string][];
  objectionHeading: string;
  objection: ClauseBlock[];
  closing: ClauseBlock[];
  /** Under the closing: our name, then address and contact lines. */
  sender: { name: string; lines: string[] };
  footerText: string;
  /** Document properties (File > Properties in Word). */
  description: string;
}

/** The letter's blocks in its language (the register's texts, placeholders not yet filled). */
export interface LetterBlocks {
  subject: string;
  intro: string;
  objection: string;
  /** Instead of intro and objection for a customer without a signed agreement. */
  introNoAgreement: string;
  objectionNoAgreement: string;
  closing: string;
}

/** What one letter is built from, read from the register (change-notices/notice-letter.view.ts). */
export interface NoticeLetterFacts {
  lang: Language;
  /** The day the letter is generated (YYYY-MM-DD). */
  date: string;
  organisation: Pick<Organisation, 'name' | 'orgNr' | 'address' | 'email' | 'phone' | 'website' | 'dpo'>;
  logo: DocLogo | null;
  customer: Pick<Customer, 'name' | 'visitingAddress' | 'invoiceAddress' | 'invoiceSameAsVisiting' | 'dpo' | 'contactPersons'>;
  notice: Pick<ChangeNotice, 'kind' | 'fields' | 'subprocessorDetails' | 'replacedDetails'>;
  recipient: Pick<NoticeRecipient, 'deadline' | 'noticeDays' | 'agreement'>;
  /** Names of the customer's services the change concerns. */
  services: string[];
  /** The agreement template's clause on sub-processors (its number and title in the letter's language); null when it has none. */
  clause: { number: number; title: string } | null;
  texts: LetterBlocks;
}

type Address = { street: string; postalCode: string; city: string; country: string };

const blank = (s: string) => s.trim() === '';
const nonBlank = (parts: readonly string[]) => parts.map((p) => p.trim()).filter((p) => p !== '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const addressLines = (a: Address) => nonBlank([a.street, nonBlank([a.postalCode, a.city]).join(' '), a.country]);
const oneLine = (a: Address) => addressLines(a).join(', ');
const isEmptyAddress = (a: Address) => [a.street, a.postalCode, a.city].every(blank);

/** The address a letter goes to: the visiting address, or the invoice address when only that is given. */
export function letterAddress(customer: NoticeLetterFacts['customer']): Address | null {
  if (!isEmptyAddress(customer.visitingAddress)) return customer.visitingAddress;
  if (!customer.invoiceSameAsVisiting && !isEmptyAddress(customer.invoiceAddress)) return customer.invoiceAddress;
  return null;
}

/** Where a customer objects: our data protection contact's e-mail and phone, else the company's. */
export function objectionContact(org: NoticeLetterFacts['organisation'], lang: Language): string {
  const dpo = nonBlank([org.dpo.email, org.dpo.phone]);
  const parts = dpo.length ? dpo : nonBlank([org.email, org.phone]);
  return parts.join(` ${noticeLetterWords[lang].contactOr} `);
}

// An empty value leaves no gap: "avtalet {{agreementReference}}." reads "avtalet.", not "avtalet ."
const EMPTY = '\u0000';

/** Fills the known placeholders; an empty value is removed with the space before it. Unknown ones stay as written. */
export function fillLetterText(text: string, values: Readonly<Record<string, string>>): string {
  // Sanitised first, so a stray NUL in the register cannot pass for an empty value.
  return sanitizeText(text)
    .replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return value.trim() === '' ? EMPTY : sanitizeText(value);
    })
    .replace(/[ \t]*\(\s*\u0000\s*\)/g, '')
    .replace(/[,;][ \t]*\u0000[ \t]*(?=[,;.])/g, '')
    .replace(/[ \t]*\u0000(?=[ \t]*[,.;:!?)])/g, '')
    .replace(/[ \t]*\u0000[ \t]*/g, ' ');
}

/** The value of every letter placeholder for this letter. */
export function letterPlaceholderValues(facts: NoticeLetterFacts): Record<string, string> {
  const w = noticeLetterWords[facts.lang];
  return {
    customerName: facts.customer.name,
    agreementReference: facts.recipient.agreement?.reference ?? '',
    clause: facts.clause ? w.clause(facts.clause.number, facts.clause.title) : w.clauseUnnumbered,
    noticeDays: String(facts.recipient.noticeDays),
    effectiveDate: facts.notice.fields.effectiveDate ?? '',
    objectionDeadline: facts.recipient.deadline,
    contact: objectionContact(facts.organisation, facts.lang),
    processorName: facts.organisation.name,
    subprocessorName: facts.notice.subprocessorDetails.name,
  };
}

/** A Swedish organisationsnummer's shape; anything else is a foreign registration number. */
const SWEDISH_ORGNR = /^(?:\d{2})?\d{6}-?\d{4}$/;

/** The facts table: only what the register holds (the preflight reports what it lacks). */
function factRows(facts: NoticeLetterFacts): [string, string][] {
  const { lang, notice } = facts;
  const f = noticeLetterWords[lang].fact;
  const s = notice.subprocessorDetails;
  const rows: [string, string][] = [];
  const add = (label: string, value: string) => {
    if (!blank(value)) rows.push([label, value.trim()]);
  };
  add(f.change, inLanguage(lang, notice.fields.changeSv, notice.fields.changeEn));
  add(f.services, facts.services.join(', '));
  add(f.subprocessor[notice.kind], s.name);
  const swedish = (s.locationKind === 'country' && s.country.toUpperCase() === 'SE') || SWEDISH_ORGNR.test(s.orgNr.trim());
  add(swedish ? f.orgNr : f.foreignId, s.orgNr);
  const place = locationLabel(s, lang);
  add(f.location, place ? capitalise(place) : '');
  // Sub-processors' own descriptions have no English variant: an English letter marks them, as Bilaga 2 does.
  add(f.serviceDescription, inLanguage(lang, s.serviceDescription.trim(), ''));
  add(f.processingLocations, inLanguage(lang, s.processingLocations.trim(), ''));
  // Outside the EU/EEA only; "within the EU/EEA" for a third country would be false, so it is left out.
  if (s.thirdCountry && s.transferMechanism !== 'none_eea')
    add(f.transferMechanism, enumLabel('transferMechanism', s.transferMechanism, lang));
  if (notice.kind === 'replace' && notice.replacedDetails) {
    const r = notice.replacedDetails;
    const where = locationLabel(r, lang);
    add(f.replaced, where ? `${r.name} (${capitalise(where)})` : r.name);
  }
  add(f.reason, inLanguage(lang, notice.fields.reason, notice.fields.reasonEn));
  add(f.effectiveDate, notice.fields.effectiveDate ?? '');
  add(f.objectionDeadline, facts.recipient.deadline);
  return rows;
}

function attentionLine(customer: NoticeLetterFacts['customer'], lang: Language): string | null {
  const name = customer.dpo.name.trim() || customer.contactPersons.find((c) => !blank(c.name))?.name.trim() || '';
  return name ? `${noticeLetterWords[lang].attention} ${name}` : null;
}

export function buildNoticeLetterView(facts: NoticeLetterFacts): NoticeLetterView {
  const { lang, organisation: org, customer } = facts;
  const w = noticeLetterWords[lang];
  const values = letterPlaceholderValues(facts);
  const fill = (text: string) => fillLetterText(text, values);
  const subject = fill(facts.texts.subject).replace(/\s+/g, ' ').trim();
  const address = letterAddress(customer);
  const attention = attentionLine(customer, lang);
  return {
    lang,
    title: subject,
    subtitle: [],
    organisationName: org.name,
    logo: facts.logo,
    pageWords: documentWords[lang].pageWords,
    date: facts.date,
    recipient: [customer.name, ...(attention ? [attention] : []), ...(address ? addressLines(address) : [])],
    subject,
    // Without a signed agreement there is no clause to point to and nothing the customer agreed to.
    intro: clauseBlocks(fill(facts.recipient.agreement ? facts.texts.intro : facts.texts.introNoAgreement)),
    factsHeading: w.factsHeading,
    factsHeader: w.factsHeader,
    facts: factRows(facts),
    objectionHeading: w.objectionHeading,
    objection: clauseBlocks(fill(facts.recipient.agreement ? facts.texts.objection : facts.texts.objectionNoAgreement)),
    closing: clauseBlocks(fill(facts.texts.closing)),
    sender: {
      name: org.name,
      lines: nonBlank([oneLine(org.address), nonBlank([org.email, org.phone, org.website]).join(' · ')]),
    },
    footerText: w.footer(facts.date),
    description: w.description(customer.name, facts.notice.subprocessorDetails.name),
  };
}
