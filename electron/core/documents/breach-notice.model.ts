// The breach documents' view-models (issue 16 §4): the notice to one affected customer (Art. 33(2),
// with the Art. 33(3) content), the draft for IMY's e-service (Art. 33(1)/(3)/(4), in the form's
// order) and the notice to data subjects (Art. 34). Pure: breaches/breach-documents.view.ts reads
// the register and hands over the facts; the templates (breach-*.docx.ts) lay them out. Every
// word is in the document's language; the breach's own texts are quoted as written. What the log
// does not hold yet is said to be not known yet, never filled in.
import type { Breach, Customer, Organisation } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { breachDocumentWords, longDate, wallClock } from '../breaches/breach-documents.words';
import { documentWords } from './document.words';
import type { DocBlock, DocFrame, DocLogo, DocRun, DocSection } from './model';
import { letterAddress } from './notice-letter.model';

export type BreachDocKind = 'customerNotice' | 'imyDraft' | 'subjectNotice';

export interface BreachDocView extends DocFrame {
  kind: BreachDocKind;
  /** The day it was made, in words ("22 november 2026"). */
  date: string;
  /** Lines in a box at the top (the IMY draft: that it is a draft, not a notification). */
  banner: string[];
  /** The address block of a letter; null for a document without one addressee. */
  recipient: string[] | null;
  heading: string;
  intro: string[];
  sections: DocSection[];
  closing: string[];
  /** Under the closing of a letter: our name, then address and contact lines. */
  sender: { name: string; lines: string[] } | null;
  footerText: string;
  /** Document properties (File > Properties in Word). */
  description: string;
}

export type BreachOrganisation = Pick<Organisation, 'name' | 'legalForm' | 'orgNr' | 'address' | 'email' | 'phone' | 'website' | 'dpo'>;

/** What every breach document is built from. */
export interface BreachDocFacts {
  lang: Language;
  /** When the document is made (UTC ISO). */
  generatedAt: string;
  /** The same day in Stockholm (YYYY-MM-DD). */
  date: string;
  organisation: BreachOrganisation;
  logo: DocLogo | null;
  breach: Pick<Breach, 'id' | 'imy' | 'fields' | 'services' | 'systems' | 'sites' | 'equipment'>;
  /** The breach's vocabulary terms in the document's language. */
  subjectTerms: string[];
  dataTerms: string[];
}

/** The notice to one affected customer adds the customer and what of its own is involved. */
export interface CustomerNoticeFacts extends BreachDocFacts {
  customer: Pick<Customer, 'id' | 'name' | 'visitingAddress' | 'invoiceAddress' | 'invoiceSameAsVisiting' | 'dpo' | 'contactPersons'>;
  agreement: { reference: string } | null;
  /** The customer's services among the breach's (its subscriptions). */
  services: string[];
}

type Address = { street: string; postalCode: string; city: string; country: string };

const blank = (s: string) => s.trim() === '';
const nonBlank = (parts: readonly string[]) => parts.map((p) => p.trim()).filter((p) => p !== '');
const addressLines = (a: Address) => nonBlank([a.street, nonBlank([a.postalCode, a.city]).join(' '), a.country]);
const oneLine = (a: Address) => addressLines(a).join(', ');
const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', runs: [{ text }] });
const labelled = (label: string, text: string): DocBlock => ({ kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text }] });

/**
 * Our contact point (Art. 33(3)(b)): the data protection officer when the profile gives one that
 * can be reached, else the organisation's own e-mail and phone; null when there is neither.
 */
export function breachContactPoint(org: BreachOrganisation, lang: Language): { label: string; lines: string[] } | null {
  const w = breachDocumentWords[lang];
  if (!blank(org.dpo.email) || !blank(org.dpo.phone))
    return { label: w.dpo, lines: nonBlank([org.dpo.name, org.dpo.email, org.dpo.phone]) };
  if (!blank(org.email) || !blank(org.phone)) return { label: w.contactPoint, lines: nonBlank([org.name, org.email, org.phone]) };
  return null;
}

/** "Cirka 1 200", or not known yet. */
function approx(n: number | null, lang: Language): string {
  const w = breachDocumentWords[lang];
  return n === null ? w.notKnown : w.about(w.number(n));
}

function occurred(facts: BreachDocFacts): string {
  const { lang } = facts;
  const w = breachDocumentWords[lang];
  const { occurredFrom: from, occurredTo: to } = facts.breach.fields;
  if (from !== null && to !== null) return w.period(wallClock(from, lang), wallClock(to, lang));
  if (from !== null) return w.from(wallClock(from, lang));
  if (to !== null) return w.until(wallClock(to, lang));
  return w.notKnown;
}

const listOr = (items: readonly string[], otherwise: string) => (items.length > 0 ? items.join(', ') : otherwise);

function breachTypes(facts: BreachDocFacts): string {
  const w = breachDocumentWords[facts.lang];
  return listOr(
    facts.breach.fields.breachTypes.map((t) => enumLabel('breachType', t, facts.lang)),
    w.notKnown,
  );
}

const cause = (facts: BreachDocFacts) => enumLabel('breachCause', facts.breach.fields.cause, facts.lang);

const textOr = (text: string, otherwise: string) => (blank(text) ? otherwise : text.trim());

/** The nature of the breach (Art. 33(3)(a)) as label → value rows. */
function natureRows(facts: BreachDocFacts): string[][] {
  const { lang, breach } = facts;
  const w = breachDocumentWords[lang];
  const f = w.fact;
  return [
    [f.discovered, wallClock(breach.fields.discoveredAt, lang)],
    [f.occurred, occurred(facts)],
    [f.ended, breach.fields.endedAt === null ? w.notKnown : wallClock(breach.fields.endedAt, lang)],
    [f.types, breachTypes(facts)],
    [f.cause, cause(facts)],
    [f.subjects, listOr(facts.subjectTerms, w.notKnown)],
    [f.approxSubjects, approx(breach.fields.approxSubjects, lang)],
    [f.data, listOr(facts.dataTerms, w.notKnown)],
    [f.approxRecords, approx(breach.fields.approxRecords, lang)],
    [f.special, breach.fields.specialCategories ? f.specialYes : f.specialNo],
  ];
}

function frame(facts: BreachDocFacts, title: string): DocFrame {
  return {
    lang: facts.lang,
    title,
    subtitle: [],
    organisationName: facts.organisation.name,
    logo: facts.logo,
    pageWords: documentWords[facts.lang].pageWords,
  };
}

function contactBlocks(facts: BreachDocFacts, intro: string): DocBlock[] {
  const contact = breachContactPoint(facts.organisation, facts.lang);
  const w = breachDocumentWords[facts.lang];
  // The preflight stops a document without one; the model still says nothing false.
  if (!contact) return [paragraph(w.notKnown)];
  return [paragraph(intro), { kind: 'paragraph', runs: [{ text: contact.label, bold: true }, { text: `\n${contact.lines.join('\n')}` }] }];
}

function measuresBlocks(facts: BreachDocFacts): DocBlock[] {
  const w = breachDocumentWords[facts.lang];
  const { measuresTaken, measuresPlanned } = facts.breach.fields;
  if (blank(measuresTaken) && blank(measuresPlanned)) return [paragraph(w.notKnown)];
  return [
    labelled(w.customer.measuresTaken, textOr(measuresTaken, w.notKnown)),
    labelled(w.customer.measuresPlanned, textOr(measuresPlanned, w.notKnown)),
  ];
}

function recipientLines(customer: CustomerNoticeFacts['customer'], lang: Language): string[] {
  const w = breachDocumentWords[lang];
  const name = customer.dpo.name.trim() || customer.contactPersons.find((c) => !blank(c.name))?.name.trim() || '';
  const address = letterAddress(customer);
  return [customer.name, ...(name ? [`${w.attention} ${name}`] : []), ...(address ? addressLines(address) : [])];
}

function sender(org: BreachOrganisation): { name: string; lines: string[] } {
  return { name: org.name, lines: nonBlank([oneLine(org.address), nonBlank([org.email, org.phone, org.website]).join(' · ')]) };
}

/** What of this customer's is involved: its services, sites and devices, never another customer's. */
export function customerScope(facts: CustomerNoticeFacts): { label: string; items: string[] }[] {
  const f = breachDocumentWords[facts.lang].fact;
  const own = facts.customer.id;
  const sites = facts.breach.sites.filter((s) => s.customerId === own).map((s) => s.name);
  const equipment = facts.breach.equipment
    .filter((e) => e.customerId === own)
    .map((e) => (e.siteName ? `${e.name} (${e.siteName})` : e.name));
  return [
    { label: f.services, items: facts.services },
    { label: f.sites, items: sites },
    { label: f.equipment, items: equipment },
  ].filter((g) => g.items.length > 0);
}

export function buildCustomerNoticeView(facts: CustomerNoticeFacts): BreachDocView {
  const { lang, breach } = facts;
  const w = breachDocumentWords[lang];
  const c = w.customer;
  const title = breach.fields.title.trim();
  const scope = customerScope(facts);
  const yours: DocBlock[] =
    scope.length === 0
      ? [paragraph(c.yoursNone)]
      : [
          paragraph(c.yoursIntro),
          { kind: 'list', items: scope.map((g): DocRun[] => [{ text: `${g.label}: `, bold: true }, { text: g.items.join(', ') }]) },
        ];
  const subject = c.subject(title);
  return {
    ...frame(facts, subject),
    kind: 'customerNotice',
    date: longDate(facts.date, lang),
    banner: [],
    recipient: recipientLines(facts.customer, lang),
    heading: subject,
    intro: [
      facts.agreement && !blank(facts.agreement.reference) ? c.intro(facts.agreement.reference.trim()) : c.introNoAgreement,
      c.aware(wallClock(breach.fields.discoveredAt, lang)),
      c.phases,
    ],
    sections: [
      {
        title: c.natureHeading,
        blocks: [
          paragraph(textOr(breach.fields.description, w.notKnown)),
          { kind: 'table', header: [...w.headerFact], rows: natureRows(facts), widths: [34, 66] },
        ],
      },
      { title: c.yoursHeading, blocks: yours },
      { title: c.consequencesHeading, blocks: [paragraph(textOr(breach.fields.likelyConsequences, w.notKnown))] },
      { title: c.measuresHeading, blocks: measuresBlocks(facts) },
      { title: c.contactHeading, blocks: contactBlocks(facts, c.contactIntro) },
    ],
    closing: [c.closing],
    sender: sender(facts.organisation),
    footerText: c.footer(facts.date),
    description: c.description(facts.customer.name, title),
  };
}

/** Over the 72 hours: notified late, or not notified and the deadline has passed. */
const overDeadline = (facts: BreachDocFacts) => facts.breach.imy.state === 'late' || facts.breach.imy.state === 'overdue';

/** Art. 34: what the e-service asks about informing the data subjects, from what the log holds. */
function subjectRows(facts: BreachDocFacts): string[][] {
  const { lang, breach } = facts;
  const f = breachDocumentWords[lang].imy.field;
  const b = breach.fields;
  if (b.subjectsInformedAt !== null)
    return [
      [f.informedAt, wallClock(b.subjectsInformedAt, lang)],
      [f.informedHow, b.subjectsMethod.trim()],
    ];
  if (b.subjectsExemption !== null) return [[f.notInform, enumLabel('subjectNoticeExemption', b.subjectsExemption, lang)]];
  if (b.risk === 'high_risk') return [[f.willInform, f.willInformValue]];
  if (b.risk === null) return [[f.willInform, f.undecided]];
  return [[f.notInform, f.notRequired]];
}

export function buildImyDraftView(facts: BreachDocFacts): BreachDocView {
  const { lang, breach, organisation: org } = facts;
  const w = breachDocumentWords[lang];
  const m = w.imy;
  const f = m.field;
  const b = breach.fields;
  const dpoReachable = !blank(org.dpo.email) || !blank(org.dpo.phone);
  const contactRows: string[][] = [
    [f.contactName, dpoReachable ? textOr(org.dpo.name, w.dpo) : org.name],
    [f.contactEmail, textOr(dpoReachable ? org.dpo.email : org.email, w.notKnownShort)],
    [f.contactPhone, textOr(dpoReachable ? org.dpo.phone : org.phone, w.notKnownShort)],
    [f.contactAddress, textOr(oneLine(org.address), w.notKnownShort)],
  ];
  const involved = [
    ...breach.systems.map((s) => s.name),
    ...breach.services.map((s) => s.name),
    ...breach.sites.map((s) => s.name),
    ...breach.equipment.map((e) => (e.siteName ? `${e.name} (${e.siteName})` : e.name)),
  ];
  const times: string[][] = [
    [f.occurred, occurred(facts)],
    [f.discovered, wallClock(b.discoveredAt, lang)],
    [f.ended, b.endedAt === null ? f.notEnded : wallClock(b.endedAt, lang)],
  ];
  if (overDeadline(facts)) times.push([f.delay, textOr(b.imyDelayReason, f.delayMissing)]);
  const other: string[][] = [];
  if (b.otherReports.length > 0)
    other.push([
      f.otherReports,
      b.otherReports
        .map((r) => {
          const line = f.report(enumLabel('otherAuthority', r.authority, lang), wallClock(r.at, lang), r.reference.trim());
          return blank(r.note) ? line : `${line}: ${r.note.trim()}`;
        })
        .join('\n'),
    ]);
  else other.push([f.otherReports, w.none]);
  if (b.imyNotifiedAt !== null) other.push([f.imyNotified, f.imyNotifiedValue(wallClock(b.imyNotifiedAt, lang), b.imyReference.trim())]);
  other.push([
    f.supplements,
    b.supplements.length > 0 ? b.supplements.map((s) => `${wallClock(s.at, lang)}: ${s.summary.trim()}`).join('\n') : w.none,
  ]);
  other.push([f.dpoConsulted, b.dpoConsulted ? w.yes : w.no]);

  const table = (rows: string[][]): DocBlock => ({ kind: 'table', header: [...m.header], rows, widths: [38, 62] });
  const title = b.title.trim();
  return {
    ...frame(facts, m.title),
    kind: 'imyDraft',
    date: longDate(facts.date, lang),
    banner: [...m.draftBanner],
    recipient: null,
    heading: m.title,
    intro: [m.intro(title, wallClock(facts.generatedAt, lang))],
    sections: [
      {
        title: m.section.organisation,
        blocks: [
          table([
            [f.name, org.name],
            [f.orgNr, org.legalForm === 'sole_trader' ? f.soleTrader : textOr(org.orgNr, w.notKnownShort)],
            [f.postalAddress, textOr(oneLine(org.address), w.notKnownShort)],
            [f.reference, f.referenceValue(breach.id)],
          ]),
        ],
      },
      { title: m.section.contact, blocks: [table(contactRows)] },
      { title: m.section.times, blocks: [table(times)] },
      {
        title: m.section.incident,
        blocks: [
          table([
            [f.description, textOr(b.description, w.notKnown)],
            [f.types, breachTypes(facts)],
            [f.cause, cause(facts)],
            [f.involved, listOr(involved, w.none)],
          ]),
        ],
      },
      {
        title: m.section.scope,
        blocks: [
          table([
            [f.subjects, listOr(facts.subjectTerms, w.notKnown)],
            [f.approxSubjects, approx(b.approxSubjects, lang)],
            [f.data, listOr(facts.dataTerms, w.notKnown)],
            [f.approxRecords, approx(b.approxRecords, lang)],
            [f.special, b.specialCategories ? w.yes : w.no],
          ]),
        ],
      },
      {
        title: m.section.consequences,
        blocks: [
          table([
            [f.consequences, textOr(b.likelyConsequences, w.notKnown)],
            [f.risk, b.risk === null ? w.notAssessed : enumLabel('breachRisk', b.risk, lang)],
            [f.rationale, textOr(b.riskRationale, w.notKnown)],
          ]),
        ],
      },
      {
        title: m.section.measures,
        blocks: [
          table([
            [f.measuresTaken, textOr(b.measuresTaken, w.notKnown)],
            [f.measuresPlanned, textOr(b.measuresPlanned, w.notKnown)],
          ]),
        ],
      },
      { title: m.section.subjects, blocks: [table(subjectRows(facts))] },
      { title: m.section.other, blocks: [table(other)] },
    ],
    closing: [],
    sender: null,
    footerText: m.footer(facts.date),
    description: m.description(title),
  };
}

export function buildSubjectNoticeView(facts: BreachDocFacts): BreachDocView {
  const { lang, breach, organisation: org } = facts;
  const w = breachDocumentWords[lang];
  const s = w.subject;
  const b = breach.fields;
  const happened: DocBlock[] = [paragraph(s.happened(longDate(b.discoveredAt, lang)))];
  if (!blank(b.description)) happened.push(paragraph(b.description.trim()));
  if (facts.dataTerms.length > 0) happened.push(paragraph(s.dataAbout(facts.dataTerms.join(', '))));
  const measures: DocBlock[] = [paragraph(textOr(b.measuresTaken, w.notKnown))];
  if (!blank(b.measuresPlanned)) measures.push(paragraph(s.measuresPlanned), paragraph(b.measuresPlanned.trim()));
  const advice: string[] = [];
  if (b.breachTypes.includes('confidentiality')) advice.push(s.adviceConfidentiality);
  if (b.cause === 'phishing' || b.cause === 'hacking') advice.push(s.advicePasswords);
  advice.push(s.adviceContact, s.adviceComplaint);
  return {
    ...frame(facts, s.title),
    kind: 'subjectNotice',
    date: longDate(facts.date, lang),
    banner: [],
    recipient: null,
    heading: s.title,
    intro: [s.intro(org.name)],
    sections: [
      { title: s.happenedHeading, blocks: happened },
      { title: s.consequencesHeading, blocks: [paragraph(textOr(b.likelyConsequences, w.notKnown))] },
      { title: s.measuresHeading, blocks: measures },
      { title: s.adviceHeading, blocks: [{ kind: 'list', items: advice.map((text) => [{ text }]) }] },
      { title: s.contactHeading, blocks: contactBlocks(facts, s.contactIntro) },
    ],
    closing: [],
    sender: null,
    footerText: s.footer(facts.date),
    description: s.description(b.title.trim()),
  };
}
