// The PUB-avtal for one customer: what the annexes are built from is read from the register once
// (collectAgreementFacts: the derived Art. 30(2) entries of the customer's subscriptions today,
// the sub-processors they use, the security measures), hashed language-independently
// (agreementBasis), and turned into a view-model in one language (buildAgreementView, pure) that
// the template in electron/core/documents renders to DOCX.
import crypto from 'node:crypto';
import { fillPlaceholders, unknownPlaceholders } from '../../../shared/agreement-placeholders';
import type { Customer, Organisation, ProcessorEntry } from '../../../shared/contract';
import { MEASURE_CATEGORIES, type MeasureCategory, type SccModule, type TransferMechanism } from '../../../shared/domain/enums';
import { enumLabel, locationIsInEea, locationLabel, type Location } from '../../../shared/domain/labels';
import { glossary } from '../../../shared/glossary';
import type { IdentityForm } from '../../../shared/orgnr';
import type { Language } from '../../../shared/messages';
import { documentWords } from '../documents/document.words';
import { inLanguage, SV_MARK } from '../documents/language';
import { renderAgreementBytes } from '../documents/docx-workers';
import { clauseBlocks, type AgreementAnnex, type AgreementView, type AnnexBlock } from '../documents/agreement.model';
import type { DocLogo } from '../documents/model';
import { invalidField } from '../errors';
import { measuresService } from '../measures/measures.service';
import { processorRegisterService } from '../services/processor-register.service';
import { servicesService } from '../services/services.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { compareSwedish } from '../text';
import { agreementWords } from './agreement.words';
import type { ClauseText } from './default-clauses';

export interface AgreementDocumentOptions {
  customerId: number;
  lang: 'sv' | 'en';
  /** Agreement id shown in the footer, e.g. "PUB-0012". */
  reference: string;
  version: number;
  /** YYYY-MM-DD */
  generatedOn: string;
  effectiveOn: string | null;
  /** Notice period for sub-processor changes. */
  noticeDays: number;
  signingPlace: string;
  /** Us (the organisation in the register). */
  processorSignatory: { name: string; title: string };
  /** The customer. */
  controllerSignatory: { name: string; title: string };
  /** The register's template, in order. */
  clauses: readonly ClauseText[];
}

/** One row of Bilaga 2: a sub-processor that touches the customer's data, and through which services. */
export interface AnnexSubprocessor extends Location {
  id: number;
  name: string;
  orgNr: string;
  serviceDescription: string;
  processingLocations: string;
  transferMechanism: TransferMechanism;
  sccModule: SccModule | null;
  /** Names of the customer's services that use it. */
  services: string[];
}

export interface AnnexMeasure {
  id: number;
  category: MeasureCategory;
  labelSv: string;
  labelEn: string;
  note: string;
  noteEn: string;
}

/** A subscribed service's links the entries do not carry (for the preflight). */
export interface AnnexService {
  id: number;
  retentionRuleId: number | null;
}

/** What the annexes say for one customer on one day, in no language yet. */
export interface AgreementFacts {
  onDate: string;
  /** The customer's processing per active subscription (Art. 30(2) entries). */
  entries: ProcessorEntry[];
  subprocessors: AnnexSubprocessor[];
  measures: AnnexMeasure[];
  /** False when no service links a measure and the register-wide implemented ones are listed. */
  measuresLinked: boolean;
  /** The services of the entries, by id. */
  services: AnnexService[];
}

/**
 * What the annexes of many customers are built from, read once for all of them: the processor
 * register of every customer (one pass instead of one per customer) and the services' records.
 */
export interface RegisterSlice {
  onDate: string;
  entriesOf(customerId: number): ProcessorEntry[];
  serviceRecords(): ReturnType<ReturnType<typeof servicesService>['records']>;
  subprocessorRecords(ids: readonly number[]): ReturnType<ReturnType<typeof subprocessorsService>['records']>;
}

export function registerSlice(session: Session): RegisterSlice {
  const { onDate, entries } = session.use(processorRegisterService).list({});
  // Grouped in the list's order, which within a customer is the order of its own list.
  const byCustomer = new Map<number, ProcessorEntry[]>();
  for (const e of entries) {
    const list = byCustomer.get(e.customerId);
    if (list) list.push(e);
    else byCustomer.set(e.customerId, [e]);
  }
  let services: ReturnType<RegisterSlice['serviceRecords']> | null = null;
  const subprocessors = new Map<number, ReturnType<RegisterSlice['subprocessorRecords']>>();
  return {
    onDate,
    entriesOf: (customerId) => byCustomer.get(customerId) ?? [],
    serviceRecords: () => (services ??= session.use(servicesService).records()),
    subprocessorRecords: (ids) =>
      ids.flatMap((id) => {
        let found = subprocessors.get(id);
        if (!found) subprocessors.set(id, (found = session.use(subprocessorsService).records([id])));
        return found;
      }),
  };
}

export function collectAgreementFacts(session: Session, customerId: number, slice?: RegisterSlice): AgreementFacts {
  const { onDate, entries } = slice
    ? { onDate: slice.onDate, entries: slice.entriesOf(customerId) }
    : session.use(processorRegisterService).list({ customerId });

  const usedBy = new Map<number, Set<string>>();
  for (const e of entries) {
    for (const s of e.subprocessors) {
      const names = usedBy.get(s.id) ?? new Set<string>();
      names.add(e.serviceName);
      usedBy.set(s.id, names);
    }
  }
  const subprocessors = (slice?.subprocessorRecords([...usedBy.keys()]) ?? session.use(subprocessorsService).records([...usedBy.keys()]))
    .map((r): AnnexSubprocessor => ({
      id: r.id,
      name: r.name,
      orgNr: r.orgNr,
      locationKind: r.locationKind,
      country: r.country,
      regionName: r.regionName,
      regionInEea: r.regionInEea,
      serviceDescription: r.serviceDescription,
      processingLocations: r.processingLocations,
      transferMechanism: r.transferMechanism,
      sccModule: r.sccModule,
      services: [...usedBy.get(r.id)!].sort((a, b) => compareSwedish(a, b)),
    }))
    .sort((a, b) => compareSwedish(a.name, b.name) || a.id - b.id);

  const measures = session.use(measuresService);
  const linkedIds = [...new Set(entries.flatMap((e) => e.securityMeasures.map((m) => m.id)))];
  const linked = measures
    .byIds(linkedIds)
    .filter((m) => m.status === 'implemented')
    .map((m) => ({ id: m.id, category: m.category, labelSv: m.labelSv, labelEn: m.labelEn, note: m.note, noteEn: m.noteEn }));
  const all = linked.length
    ? linked
    : measures.summary().categories.flatMap((c) =>
        c.implemented.map((m) => ({
          id: m.id,
          category: c.category,
          labelSv: m.labelSv,
          labelEn: m.labelEn,
          note: m.note,
          noteEn: m.noteEn,
        })),
      );
  const serviceIds = new Set(entries.map((e) => e.serviceId));
  const services = (slice?.serviceRecords() ?? session.use(servicesService).records())
    .filter((r) => serviceIds.has(r.id))
    .map((r) => ({ id: r.id, retentionRuleId: r.retentionRuleId }))
    .sort((a, b) => a.id - b.id);
  return { onDate, entries, subprocessors, measures: all, measuresLinked: linked.length > 0, services };
}

/** JSON with object keys sorted at every level, so equal data always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Bump when what the basis covers changes, so older hashes read as out of date. */
const BASIS_FORMAT = 1;

/**
 * Fields added in schema 7 (English variants, locations): left out of the hash while they hold
 * what a register without them means, so an agreement made before them does not read as out of
 * date only because the register learnt new words.
 */
const NEW_FIELD_DEFAULTS: Record<string, unknown> = {
  noteEn: '',
  subjectMatterEn: '',
  purposeEn: '',
  locationKind: 'country',
  regionName: '',
  regionInEea: true,
};

/** The value with those fields left out wherever they hold their default, at every level. */
function withoutNewDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNewDefaults);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !(Object.hasOwn(NEW_FIELD_DEFAULTS, key) && NEW_FIELD_DEFAULTS[key] === v))
      .map(([key, v]) => [key, withoutNewDefaults(v)]),
  );
}

function basisHashOf(facts: AgreementFacts): string {
  // The customer's own details (name, contacts) are in the parties table, not the annexes, and
  // the subscription id and the date say nothing about the processing.
  // The measures' notes are hashed once, with the measures below.
  const entries = facts.entries.map(
    ({
      customerId: _c,
      customerName: _n,
      customerLegalForm: _f,
      customerOrgNr: _o,
      customerContact: _cc,
      customerDpo: _d,
      subscriptionId: _s,
      ...entry
    }) => ({ ...entry, securityMeasures: entry.securityMeasures.map(({ id, labelSv, labelEn }) => ({ id, labelSv, labelEn })) }),
  );
  const basis = withoutNewDefaults({
    format: BASIS_FORMAT,
    entries,
    subprocessors: facts.subprocessors,
    measures: facts.measures,
    measuresLinked: facts.measuresLinked,
  });
  return crypto.createHash('sha256').update(canonicalJson(basis)).digest('hex');
}

/**
 * Hash (hex SHA-256 of a canonical JSON) of what the annexes are built from for this customer
 * today: the derived processing per subscribed service, the sub-processors that touch it, the
 * security measures. Language-independent; changes when any of those change.
 */
export function agreementBasis(session: Session, customerId: number, slice?: RegisterSlice): { hash: string } {
  return { hash: basisHashOf(collectAgreementFacts(session, customerId, slice)) };
}

// ---------------------------------------------------------------------------------------------
// The view-model (pure).

export interface AgreementParties {
  organisation: Omit<Organisation, 'revision' | 'updatedAt' | 'complete' | 'logo'>;
  logo: DocLogo | null;
  customer: Customer;
}

type Address = { street: string; postalCode: string; city: string; country: string };

const oneLine = (a: Address) =>
  [a.street, [a.postalCode, a.city].filter((x) => x.trim() !== '').join(' '), a.country]
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .join(', ');

const DASH = '–';
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const orDash = (s: string) => (s.trim() === '' ? DASH : s);

/** A text with its English variant, in the document's language (the Swedish marked where the English is empty). */
const inLang = (lang: Language, sv: string, en: string) => inLanguage(lang, sv, en);

/** "Kontaktuppgifter" → "kontaktuppgifter" inside a list; "IP-adress" and "SPAR" stay. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${documentWords[lang].and} ${items.at(-1)}`;
}

/** Labels as one list: the first as it is, the others with a small initial. */
const labelList = (items: readonly string[]) => items.map((x, i) => (i === 0 ? x : lowerFirst(x))).join(', ');

/**
 * The text of a clause in the document's language. An English text left empty falls back to the
 * Swedish; `swedish` then says so, and the document marks the clause's title.
 */
function clauseIn(
  clause: ClauseText,
  lang: Language,
): { title: string; body: string; titleField: keyof ClauseText; bodyField: keyof ClauseText; swedish: boolean } {
  if (lang === 'sv') return { title: clause.titleSv, body: clause.bodySv, titleField: 'titleSv', bodyField: 'bodySv', swedish: false };
  const ownTitle = clause.titleEn.trim() !== '';
  const ownBody = clause.bodyEn.trim() !== '' || clause.bodySv.trim() === '';
  return {
    title: ownTitle ? clause.titleEn : clause.titleSv,
    body: ownBody ? clause.bodyEn : clause.bodySv,
    titleField: ownTitle ? 'titleEn' : 'titleSv',
    bodyField: ownBody ? 'bodyEn' : 'bodySv',
    swedish: !ownTitle || !ownBody,
  };
}

/** Which of the clauses an English agreement would print in Swedish (by position). */
export function swedishClauses(clauses: readonly ClauseText[]): number[] {
  return clauses.flatMap((c, i) => (clauseIn(c, 'en').swedish ? [i] : []));
}

/** Throws INVALID_INPUT (v.placeholder.unknown at clauses[i].field) for the first clause with an unknown placeholder. */
export function assertKnownPlaceholders(clauses: readonly ClauseText[], lang: Language): void {
  clauses.forEach((clause, i) => {
    const text = clauseIn(clause, lang);
    for (const [field, value] of [
      [text.titleField, text.title],
      [text.bodyField, text.body],
    ] as const) {
      const names = unknownPlaceholders(value);
      if (names.length) throw invalidField(['clauses', i, field], 'v.placeholder.unknown', { names: names.join(', ') });
    }
  });
}

/** The value of every placeholder in PLACEHOLDERS for this agreement, in its language. */
export function placeholderValues(
  parties: AgreementParties,
  facts: AgreementFacts,
  options: AgreementDocumentOptions,
): Record<string, string> {
  const words = agreementWords[options.lang];
  const org = parties.organisation;
  const c = parties.customer;
  const services = [...new Set(facts.entries.map((e) => e.serviceName))];
  const servicesText =
    services.length === 0
      ? words.servicesInMainAgreement
      : `${services.length === 1 ? words.theService : words.theServices} ${joinList(services, options.lang)}`;
  const values: Record<string, string> = {
    'processor.name': org.name,
    'processor.orgNr': org.orgNr,
    'processor.address': oneLine(org.address),
    'processor.email': org.email,
    'processor.phone': org.phone,
    'processor.dpo': [org.dpo.name, org.dpo.email, org.dpo.phone].filter((x) => x.trim() !== '').join(', ') || org.email,
    'controller.name': c.name,
    'controller.orgNr': c.orgNr,
    'controller.address': oneLine(c.visitingAddress),
    'agreement.reference': options.reference,
    'agreement.version': String(options.version),
    'agreement.date': options.generatedOn,
    'agreement.effectiveDate': options.effectiveOn ?? words.effectiveOnSigning,
    'agreement.signingPlace': options.signingPlace,
    noticeDays: String(options.noticeDays),
    services: servicesText,
  };
  for (const key of Object.keys(values)) values[key] = orDash(values[key]!);
  return values;
}

function durationText(e: ProcessorEntry, lang: Language): string {
  const words = agreementWords[lang];
  return e.endDate ? words.durationUntil(e.startDate, e.endDate) : words.durationOpen(e.startDate);
}

function instructionAnnex(facts: AgreementFacts, customerName: string, lang: Language): AgreementAnnex {
  const words = agreementWords[lang];
  const fact = words.fact;
  const label = (t: { labelSv: string; labelEn: string }) => inLang(lang, t.labelSv, t.labelEn);
  const subprocessors = new Map(facts.subprocessors.map((s) => [s.id, s]));
  const labels = (ts: readonly { labelSv: string; labelEn: string }[]) => (ts.length ? labelList(ts.map(label)) : DASH);
  const blocks: AnnexBlock[] = [];
  if (facts.entries.length === 0) {
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: words.noProcessing(customerName, facts.onDate),
        },
      ],
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: words.instructionIntro(customerName, facts.onDate),
        },
      ],
    });
  }
  for (const e of facts.entries) {
    // Art. 30(2)(c): the sub-processors whose place of processing is outside the EU/EEA.
    const transfers = e.subprocessors.flatMap((ref) => {
      const s = subprocessors.get(ref.id);
      return s && !locationIsInEea(s) ? [s] : [];
    });
    const rows: [string, string][] = [
      [fact.subjectMatter, orDash(inLang(lang, e.subjectMatter, e.subjectMatterEn))],
      [fact.purpose, orDash(inLang(lang, e.purpose, e.purposeEn))],
      [fact.nature, e.nature.length ? labelList(e.nature.map((n) => enumLabel('processingOperation', n, lang))) : DASH],
      [fact.processingCategories, labels(e.processingCategories)],
      [fact.personalData, labels(e.personalDataCategories)],
    ];
    if (e.specialCategories.length) {
      rows.push([fact.specialCategories, labelList(e.specialCategories.map((s) => enumLabel('specialCategory', s, lang)))]);
    }
    rows.push(
      [fact.dataSubjects, labels(e.dataSubjectCategories)],
      [fact.duration, durationText(e, lang)],
      [fact.retention, e.retentionSummary ? e.retentionSummary[lang] : words.noRetentionRule],
      [fact.endOfContract, enumLabel('endOfContractAction', e.endOfContractAction, lang)],
      [
        fact.subprocessors,
        e.subprocessors.length ? `${e.subprocessors.map((s) => s.name).join(', ')} (${words.seeAnnex2})` : words.noSubprocessors,
      ],
      [
        fact.transfers,
        transfers.length
          ? transfers
              .map((t) => `${t.name} (${locationLabel(t, lang)}): ${enumLabel('transferMechanism', t.transferMechanism, lang)}`)
              .join('\n')
          : words.noTransfers,
      ],
    );
    blocks.push({ kind: 'heading', text: e.serviceName }, { kind: 'facts', header: words.factsHeader, rows });
  }
  return { title: words.instructionTitle, blocks };
}

function subprocessorAnnex(facts: AgreementFacts, lang: Language): AgreementAnnex {
  const words = agreementWords[lang];
  const title = words.subprocessorsTitle;
  if (facts.subprocessors.length === 0) {
    return {
      title,
      blocks: [{ kind: 'paragraph', runs: [{ text: words.noSubprocessorsText }] }],
    };
  }
  const rows = facts.subprocessors.map((s) => {
    const services = s.services.join(', ');
    // Sub-processors' own descriptions have no English variant yet: an English annex marks them.
    const description = inLanguage(lang, s.serviceDescription.trim(), '');
    const what = description ? `${description} (${services})` : services;
    const module =
      s.transferMechanism === 'scc_2021_914' && s.sccModule ? `\n${enumLabel('sccModule', s.sccModule, lang).split(':')[0]}` : '';
    const place = capitalise(locationLabel(s, lang));
    return [
      s.orgNr.trim() ? `${s.name}\n${s.orgNr.trim()}` : s.name,
      what,
      place,
      inLanguage(lang, s.processingLocations.trim(), '') || place,
      `${enumLabel('transferMechanism', s.transferMechanism, lang)}${module}`,
    ];
  });
  return {
    title,
    blocks: [
      { kind: 'paragraph', runs: [{ text: words.subprocessorsIntro }] },
      { kind: 'table', widths: [22, 28, 12, 19, 19], header: words.subprocessorsHeader, rows },
    ],
  };
}

function securityAnnex(facts: AgreementFacts, lang: Language): AgreementAnnex {
  const words = agreementWords[lang];
  const blocks: AnnexBlock[] = [
    { kind: 'paragraph', runs: [{ text: facts.measuresLinked ? words.measuresForServices : words.measuresThroughout }] },
  ];
  for (const category of MEASURE_CATEGORIES) {
    const inCategory = facts.measures.filter((m) => m.category === category);
    if (inCategory.length === 0) continue;
    blocks.push(
      { kind: 'heading', text: enumLabel('measureCategory', category, lang) },
      {
        kind: 'table',
        widths: [42, 58],
        header: words.measuresHeader,
        rows: inCategory.map((m) => [inLang(lang, m.labelSv, m.labelEn), inLang(lang, m.note, m.noteEn)]),
      },
    );
  }
  if (facts.measures.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [{ text: words.noMeasures }] });
  }
  return { title: words.securityTitle, blocks };
}

/** The whole agreement in one language. Call assertKnownPlaceholders first: unknown ones are left as written. */
export function buildAgreementView(parties: AgreementParties, facts: AgreementFacts, options: AgreementDocumentOptions): AgreementView {
  const lang = options.lang;
  const words = agreementWords[lang];
  const org = parties.organisation;
  const c = parties.customer;
  const values = placeholderValues(parties, facts, options);
  const fill = (text: string) => fillPlaceholders(text, values);

  const customerContact = (() => {
    if (c.dpo.name.trim() || c.dpo.email.trim()) return [c.dpo.name, c.dpo.email, c.dpo.phone].filter((x) => x.trim() !== '').join(', ');
    const first = c.contactPersons[0];
    return first
      ? [first.role.trim() ? `${first.name} (${first.role})` : first.name, first.email, first.phone]
          .filter((x) => x.trim() !== '')
          .join(', ')
      : '';
  })();
  const processorContact =
    [org.dpo.name, org.dpo.email, org.dpo.phone].filter((x) => x.trim() !== '').join(', ') ||
    [org.email, org.phone].filter((x) => x.trim() !== '').join(', ');
  const forms = [c.legalForm, org.legalForm] as const;
  const identityLabel = forms.every((f) => f === 'sole_trader')
    ? glossary.personnummer[lang]
    : forms.every((f) => f === 'company')
      ? glossary.orgNr[lang]
      : `${glossary.orgNr[lang]} ${documentWords[lang].or} ${glossary.personnummer[lang].toLowerCase()}`;
  // With one of each, the sole trader's number says what it is.
  const mixed = forms[0] !== forms[1];
  const identity = (orgNr: string, form: IdentityForm) =>
    orDash(mixed && form === 'sole_trader' && orgNr.trim() ? `${orgNr} (${glossary.personnummer[lang].toLowerCase()})` : orgNr);
  const partyRows: string[][] = [
    [words.party.name, c.name, org.name],
    [identityLabel, identity(c.orgNr, forms[0]), identity(org.orgNr, forms[1])],
    [words.party.address, orDash(oneLine(c.visitingAddress)), orDash(oneLine(org.address))],
  ];
  if (customerContact || processorContact) partyRows.push([words.party.contact, orDash(customerContact), orDash(processorContact)]);

  const title = words.title;
  const versionLine = words.versionLine(options.reference, options.version);
  return {
    lang,
    title,
    subtitle: [words.between(c.name, org.name), `${versionLine} · ${options.generatedOn}`],
    organisationName: org.name,
    logo: parties.logo,
    pageWords: documentWords[lang].pageWords,
    partiesIntro: words.partiesIntro,
    parties: { header: ['', words.controller, words.processor], rows: partyRows },
    clauses: options.clauses.map((clause) => {
      const text = clauseIn(clause, lang);
      return { title: fill(text.title.trim()) + (text.swedish ? SV_MARK : ''), blocks: clauseBlocks(fill(text.body)) };
    }),
    signatures: {
      title: words.signatures,
      intro: words.signaturesIntro,
      captions: words.captions,
      columns: [
        {
          heading: words.forController,
          partyName: c.name,
          place: '',
          ...options.controllerSignatory,
        },
        {
          heading: words.forProcessor,
          partyName: org.name,
          place: options.signingPlace.trim() ? `${options.signingPlace.trim()}, ` : '',
          ...options.processorSignatory,
        },
      ],
    },
    annexes: [instructionAnnex(facts, c.name, lang), subprocessorAnnex(facts, lang), securityAnnex(facts, lang)],
    footerText: versionLine,
    description: `${title} ${options.reference} version ${options.version} – ${c.name}`,
  };
}

function partiesOf(session: Session, customerId: number): AgreementParties {
  const { revision: _r, updatedAt: _u, complete: _c, logo: logoMeta, ...organisation } = session.organisation.get();
  const logoData = logoMeta ? session.organisation.getLogo() : null;
  const logo: DocLogo | null =
    logoMeta && logoData
      ? { mime: logoMeta.mimeType, data: new Uint8Array(Buffer.from(logoData.dataUrl.slice(logoData.dataUrl.indexOf(',') + 1), 'base64')) }
      : null;
  return { organisation, logo, customer: session.customers.get(customerId) };
}

/** The DOCX bytes and the basis hash they were built from. */
export async function renderAgreement(
  session: Session,
  options: AgreementDocumentOptions,
  inWorker = false,
): Promise<{ data: Buffer; basisHash: string }> {
  assertKnownPlaceholders(options.clauses, options.lang);
  const parties = partiesOf(session, options.customerId);
  const facts = collectAgreementFacts(session, options.customerId);
  const view = buildAgreementView(parties, facts, options);
  const data = await renderAgreementBytes(view, inWorker);
  return { data, basisHash: basisHashOf(facts) };
}
