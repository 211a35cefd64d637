// The check before the change-notice letters are generated (issue 15 §3): what a letter would
// leave out or state falsely (no effective date, no description of what the sub-processor does,
// a third country "within the EU/EEA", no way to object), what it would print with less than it
// should (no reason, no orgNr, a customer without a signed agreement and so the default period),
// and each text an English letter would print in Swedish.
import type { FixTarget, PreflightItem } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { missingEnglish } from '../documents/language';
import { objectionContact } from '../documents/notice-letter.model';
import { invalidField } from '../errors';
import type { Session } from '../session';
import { changeNoticesService } from './change-notices.service';
import { letterRecipients } from './change-notices.letters';
import { noticeLetterService } from './notice-letter.service';
import { subprocessorClause } from './notice-letter.view';

const sv = {
  notice: 'Ändringsmeddelandet',
  organisation: 'Organisationen',
  letterTexts: 'Brevets texter',
  template: 'Avtalsmallen',
  notNotify: 'Ändringen är inte beslutad att meddelas kunderna. Välj att kunderna ska meddelas innan breven tas fram.',
  noRecipients: 'Ändringen berör inga kunder, så det finns inga brev att ta fram.',
  noEffectiveDate: 'Dagen då ändringen börjar gälla saknas. Brevet måste ange den.',
  serviceDescription: 'Det saknas en beskrivning av vad underbiträdet gör. Brevet måste ange vilken behandling underbiträdet ska utföra.',
  transferNoneEea:
    'Underbiträdet finns utanför EU/EES men stödet för överföring är ”Inom EU/EES”. Ange det stöd överföringen har; brevet måste nämna det.',
  noContact: 'Vår e-postadress och vårt telefonnummer saknas. Brevet måste tala om hur kunden gör för att invända.',
  unreachable: 'Kunden har varken adress eller e-postadress till någon kontaktperson. Brevet kan inte skickas till kunden.',
  noReason: 'Skälet till ändringen saknas. Brevet visar då inget skäl.',
  orgNr: 'Underbiträdets organisationsnummer (eller utländska registreringsnummer) saknas. Brevet visar då inget nummer.',
  noAgreement: (days: number) =>
    `Kunden har inget undertecknat PUB-avtal. Brevet hänvisar inte till något avtal och fristen blir ${days} dagar.`,
  noClause: 'Avtalsmallen har ingen punkt om underbiträden. Brevet hänvisar då till ”punkten om underbiträden” utan nummer.',
  english: (what: string) => `${what} saknas på engelska. De engelska breven visar den svenska texten, märkt [sv].`,
  field: {
    changeEn: 'Beskrivningen av ändringen',
    subject: 'Brevets ämnesrad',
    intro: 'Brevets inledning',
    objection: 'Brevets stycke om invändningar',
    closing: 'Brevets avslutning',
    introNoAgreement: 'Brevets inledning till kunder utan undertecknat avtal',
    objectionNoAgreement: 'Brevets stycke om invändningar till kunder utan undertecknat avtal',
  },
};

const words: Words<typeof sv> = {
  sv,
  en: {
    notice: 'The change notice',
    organisation: 'The organisation',
    letterTexts: 'The letter texts',
    template: 'The agreement template',
    notNotify: 'It has not been decided to notify the customers of this change. Choose to notify them before generating the letters.',
    noRecipients: 'The change affects no customers, so there are no letters to generate.',
    noEffectiveDate: 'The day the change takes effect is missing. The letter must state it.',
    serviceDescription: 'There is no description of what the sub-processor does. The letter must state the processing it will carry out.',
    transferNoneEea:
      'The sub-processor is outside the EU/EEA but its transfer ground is “Within the EU/EEA”. Enter the ground for the transfer; the letter must state it.',
    noContact: 'Our e-mail address and phone number are missing. The letter must tell the customer how to object.',
    unreachable:
      'The customer has neither an address nor an e-mail address of a contact person. The letter cannot be sent to the customer.',
    noReason: 'The reason for the change is missing. The letter then gives no reason.',
    orgNr: "The sub-processor's company registration number (or foreign registration number) is missing. The letter then shows no number.",
    noAgreement: (days) =>
      `The customer has no signed data processing agreement. The letter refers to no agreement and the period is ${days} days.`,
    noClause:
      'The agreement template has no clause on sub-processors. The letter then refers to “the clause on sub-processors” without a number.',
    english: (what) => `${what} is missing in English. The English letters show the Swedish text, marked [sv].`,
    field: {
      changeEn: 'The description of the change',
      subject: "The letter's subject line",
      intro: "The letter's introduction",
      objection: "The letter's paragraph on objections",
      closing: "The letter's closing",
      introNoAgreement: "The letter's introduction to customers without a signed agreement",
      objectionNoAgreement: "The letter's paragraph on objections to customers without a signed agreement",
    },
  },
};

const blank = (s: string) => s.trim() === '';

/** What the letters of this notice (to `customerIds`, or every affected customer) would lack; item texts in `textLang`. */
export function noticeLettersPreflight(
  session: Session,
  options: { noticeId: number | undefined; textLang: Language; customerIds: number[] | undefined },
): PreflightItem[] {
  if (options.noticeId === undefined) throw invalidField(['noticeId'], 'v.required');
  const w = words[options.textLang];
  const notice = session.use(changeNoticesService).get(options.noticeId);
  const items: PreflightItem[] = [];
  const seen = new Set<string>();
  const add = (severity: PreflightItem['severity'], code: string, subject: string, text: string, fix: FixTarget | null) => {
    const key = `${code}|${fix?.kind}|${fix?.id}|${fix?.field}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ severity, code, text, subject, fix });
  };
  const noticeFix = (field: string): FixTarget => ({ kind: 'changeNotice', id: notice.id, field });
  const noticeSubject = `${w.notice}: ${notice.subprocessor.name}`;

  if (notice.fields.decision !== 'notify') add('error', 'noticeLetters.notNotify', noticeSubject, w.notNotify, noticeFix('decision'));
  const recipients = letterRecipients(notice.recipients, options.customerIds);
  if (recipients.length === 0) add('error', 'noticeLetters.noRecipients', noticeSubject, w.noRecipients, noticeFix('serviceIds'));
  if (notice.fields.effectiveDate === null)
    add('error', 'noticeLetters.noEffectiveDate', noticeSubject, w.noEffectiveDate, noticeFix('effectiveDate'));

  const s = notice.subprocessorDetails;
  const subprocessorFix = (field: string): FixTarget => ({ kind: 'subprocessor', id: s.id, field });
  if (blank(s.serviceDescription))
    add('error', 'noticeLetters.serviceDescription', s.name, w.serviceDescription, subprocessorFix('serviceDescription'));
  if (s.thirdCountry && s.transferMechanism === 'none_eea') {
    add('error', 'noticeLetters.transferNoneEea', s.name, w.transferNoneEea, subprocessorFix('transferMechanism'));
  }

  const org = session.organisation.get();
  if (blank(objectionContact(org, 'sv'))) {
    add('error', 'noticeLetters.noContact', blank(org.name) ? w.organisation : org.name, w.noContact, {
      kind: 'organisation',
      id: null,
      field: 'email',
    });
  }

  for (const r of recipients) {
    const customer = session.customers.get(r.customerId);
    const addressed = [customer.visitingAddress, ...(customer.invoiceSameAsVisiting ? [] : [customer.invoiceAddress])].some(
      (a) => ![a.street, a.postalCode, a.city].every(blank),
    );
    const emailed = [customer.dpo.email, ...customer.contactPersons.map((c) => c.email)].some((e) => !blank(e));
    if (!addressed && !emailed) {
      add('warning', 'noticeLetters.recipientUnreachable', customer.name, w.unreachable, {
        kind: 'customer',
        id: customer.id,
        field: 'visitingAddress.street',
      });
    }
  }

  if (blank(notice.fields.reason)) add('warning', 'noticeLetters.noReason', noticeSubject, w.noReason, noticeFix('reason'));
  if (blank(s.orgNr)) add('warning', 'noticeLetters.subprocessorOrgNr', s.name, w.orgNr, subprocessorFix('orgNr'));
  for (const r of recipients) {
    if (r.noAgreement) {
      add('warning', 'noticeLetters.noAgreement', r.customerName, w.noAgreement(r.noticeDays), {
        kind: 'customer',
        id: r.customerId,
        field: null,
      });
    }
  }
  if (subprocessorClause(session, 'sv') === null) {
    add('warning', 'noticeLetters.noClause', w.template, w.noClause, { kind: 'agreementTemplate', id: null, field: null });
  }

  if (recipients.some((r) => r.lang === 'en')) {
    const english = (subject: string, what: string, fix: FixTarget) =>
      add('warning', 'noticeLetters.englishMissing', subject, w.english(what), fix);
    if (missingEnglish(notice.fields.changeSv, notice.fields.changeEn)) english(noticeSubject, w.field.changeEn, noticeFix('changeEn'));
    for (const block of session.use(noticeLetterService).swedishOnlyBlocks()) {
      english(w.letterTexts, w.field[block], { kind: 'noticeLetter', id: null, field: `texts.${block}En` });
    }
  }
  return items;
}
