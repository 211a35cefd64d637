// The rows of each workbook sheet, read from the register in one language. Derived data comes
// from the feature services (activities, the Art. 30(2) register, retention words, labels);
// agreements, sites and equipment are read from their tables (workbook.repo.ts).
import type { Activity, ProcessorEntry, WorkbookSheet } from '../../../shared/contract';
import type { LegalBasis } from '../../../shared/domain/enums';
import { countryName, enumLabel, locationIsInEea, locationLabel } from '../../../shared/domain/labels';
import { formatMessage, type Language } from '../../../shared/messages';
import { maskIdentity, type IdentityForm } from '../../../shared/orgnr';
import { stockholmWallClock } from '../../../shared/deadlines';
import { activitiesService } from '../activities/activities.service';
import { breachesService } from '../breaches/breaches.service';
import { requestsService } from '../requests/requests.service';
import { inLanguage } from '../documents/language';
import { measuresService } from '../measures/measures.service';
import { durationWords } from '../retention/retention.words';
import { parseDuration, type Duration } from '../retention/duration';
import { retentionService } from '../retention/retention.service';
import { processorRegisterService } from '../services/processor-register.service';
import { stockholmDate, type Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { swedishSortKey } from '../text';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import {
  agreementsSheet,
  breachesSheet,
  controllerSheet,
  equipmentSheet,
  organisationSheet,
  processorSheet,
  requestsSheet,
  retentionSheet,
  sitesSheet,
  subprocessorsSheet,
  type CellValue,
  type RowOf,
  type SheetDef,
} from './sheets';
import { createWorkbookRepo } from './workbook.repo';
import { workbookWords } from './workbook.words';

export interface SheetData {
  def: SheetDef;
  /** Values by column key. */
  rows: readonly Record<string, CellValue>[];
}

/** The word for a value; an unknown value is shown as it is. */
const wordFor = (table: Readonly<Record<string, string>>, value: string) => (Object.hasOwn(table, value) ? table[value]! : value);
const joinParts = (parts: readonly string[], separator = ', ') =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(separator);
const yesNo = (value: boolean, lang: Language) => workbookWords[lang][value ? 'yes' : 'no'];
/** "Ja – <detail>" or "Nej": a flag and what justifies it. */
const yesWith = (value: boolean, details: readonly string[], lang: Language) =>
  value ? joinParts([workbookWords[lang].yes, joinParts(details, '. ')], ' – ') : workbookWords[lang].no;
/** A text with an optional English variant: in English the variant, or the Swedish marked " [sv]". */
const inLang = (sv: string, en: string, lang: Language) => inLanguage(lang, sv, en);
const termLabel = (t: { labelSv: string; labelEn: string }, lang: Language) => inLang(t.labelSv, t.labelEn, lang);
/** An ISO timestamp as the Swedish calendar date it fell on. */
const dateOf = (timestamp: string | null) => (timestamp ? stockholmDate(new Date(timestamp)) : null);
const durationText = (iso: string | null, lang: Language) => {
  if (!iso) return '';
  const d = parseDuration(iso);
  return d ? durationWords(d)[lang] : iso;
};

const UNITS = ['years', 'months', 'weeks', 'days'] as const;
const unitsOf = (d: Duration) => UNITS.filter((u) => d[u] > 0);
/** A duration with digits throughout ("1 år och 6 månader"), so the two ends of a range read alike. */
function digitsText(d: Duration, lang: Language): string {
  const words = workbookWords[lang];
  const list = unitsOf(d).map((u) => `${d[u]} ${words.units[u][d[u] === 1 ? 0 : 1]}`);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} ${words.and} ${list[list.length - 1]}`;
}
/** The retention period: "as long as the purpose requires", one duration, or a range ("3–28 dagar"). */
function periodText(min: string | null, max: string | null, lang: Language): string {
  if (max === null) return workbookWords[lang].asLongAsNeeded;
  const to = min ? parseDuration(max) : null;
  const from = min ? parseDuration(min) : null;
  if (!from || !to) return durationText(max, lang);
  const [fromUnit, ...fromMore] = unitsOf(from);
  const [toUnit, ...toMore] = unitsOf(to);
  if (fromUnit !== undefined && fromUnit === toUnit && fromMore.length === 0 && toMore.length === 0) {
    return `${from[fromUnit]}–${to[toUnit]} ${workbookWords[lang].units[toUnit][to[toUnit] === 1 ? 0 : 1]}`;
  }
  return `${digitsText(from, lang)} – ${digitsText(to, lang)}`;
}

/** An identity number as the workbook shows it: a sole trader's personnummer masked (no law needs it here). */
const identity = (orgNr: string, legalForm: IdentityForm) => maskIdentity(orgNr, legalForm);

interface PurposeBases {
  legalBasis: LegalBasis;
  legalBasisDetail: string;
  legalBasisDetailEn: string;
  basisScopeSv: string;
  basisScopeEn: string;
  moreBases: readonly { legalBasis: LegalBasis; scopeSv: string; scopeEn: string; detail: string }[];
}

/** Every legal basis of a purpose with what it covers: "Samtycke (trafikdata); Berättigat intresse (användardata)". */
function basesText(p: PurposeBases, lang: Language): string {
  if (p.moreBases.length === 0) return enumLabel('legalBasis', p.legalBasis, lang);
  // Short names, so that the scope is the only bracket (no "Samtycke (art. 6.1 a) (trafikdata)").
  const withScope = (basis: LegalBasis, scope: string) => {
    const label = workbookWords[lang].basisShort[basis];
    return scope.trim() === '' ? label : `${label} (${scope})`;
  };
  return [
    withScope(p.legalBasis, inLang(p.basisScopeSv, p.basisScopeEn, lang)),
    ...p.moreBases.map((b) => withScope(b.legalBasis, inLang(b.scopeSv, b.scopeEn, lang))),
  ].join('; ');
}

/** The details behind the bases; with several bases, each led by what it covers. */
function basisDetailsText(p: PurposeBases, lang: Language): string {
  const main = inLang(p.legalBasisDetail, p.legalBasisDetailEn, lang);
  if (p.moreBases.length === 0) return main;
  const led = (scope: string, detail: string) => (detail.trim() === '' ? '' : scope.trim() === '' ? detail : `${scope}: ${detail}`);
  return joinParts(
    [led(inLang(p.basisScopeSv, p.basisScopeEn, lang), main), ...p.moreBases.map((b) => led(inLang(b.scopeSv, b.scopeEn, lang), b.detail))],
    '; ',
  );
}

/** Reads the sheets' rows; each sheet is read on demand and the shared look-ups only once. */
export function createWorkbookRows(session: Session, lang: Language) {
  const words = workbookWords[lang];
  const repo = createWorkbookRepo(session.db);
  let processorEntries: ProcessorEntry[] | null = null;
  let controllerActivities: Activity[] | null = null;
  const processor = () => (processorEntries ??= session.use(processorRegisterService).list().entries);
  const activities = () => {
    if (controllerActivities) return controllerActivities;
    const service = session.use(activitiesService);
    controllerActivities = service
      .list({ query: '', includeArchived: false })
      .items.filter((a) => a.status !== 'archived')
      // In reference-number order as in the register (PA-01, PA-02 …); unnumbered ones last.
      .sort((a, b) => (a.refNo === '' ? 1 : 0) - (b.refNo === '' ? 1 : 0) || a.refNo.localeCompare(b.refNo, 'sv', { numeric: true }))
      .map((a) => service.get(a.id));
    return controllerActivities;
  };

  function organisation(): RowOf<typeof organisationSheet>[] {
    const org = session.organisation.get();
    const a = org.address;
    const customers = new Set(processor().map((e) => e.customerId));
    const row = (field: string, value: string | number) => ({ field, value });
    return [
      row(words.name, org.name),
      row(org.legalForm === 'sole_trader' ? words.personnummer : words.orgNr, identity(org.orgNr, org.legalForm)),
      row(words.address, joinParts([a.street, joinParts([a.postalCode, a.city], ' '), a.country])),
      row(words.email, org.email),
      row(words.phone, org.phone),
      row(words.website, org.website),
      row(words.dpo, joinParts([org.dpo.name, org.dpo.email, org.dpo.phone]) || words.noDpo),
      row(words.signatory, joinParts([org.signatoryName, org.signatoryTitle])),
      row(words.controllerActivities, activities().length),
      row(words.processorCustomers, customers.size),
      row(
        words.subprocessors,
        session
          .use(subprocessorsService)
          .list('')
          .filter((s) => s.status === 'active').length,
      ),
    ];
  }

  function controller(): RowOf<typeof controllerSheet>[] {
    const list = activities();
    const termIds = [
      ...new Set(
        list.flatMap((a) => [
          ...a.recipients.flatMap((r) => (r.termId === null ? [] : [r.termId])),
          ...a.retention.flatMap((r) => (r.termId === null ? [] : [r.termId])),
        ]),
      ),
    ];
    const terms = new Map(
      session
        .use(vocabulariesService)
        .termsByIds(termIds)
        .map((t) => [t.id, t]),
    );
    const measures = new Map(
      session
        .use(measuresService)
        .byIds([...new Set(list.flatMap((a) => a.measureIds))])
        .map((m) => [m.id, m]),
    );
    const rules = new Map(
      session
        .use(retentionService)
        .list()
        .map((r) => [r.id, r]),
    );
    const systemNamesEn = repo.systemNamesEn();

    return list.flatMap((a) => {
      const shared = {
        refNo: a.refNo,
        name: inLang(a.name, a.nameEn, lang),
        description: inLang(a.description, a.descriptionEn, lang),
        role: enumLabel('activityRole', a.role, lang),
        jointControllers: a.jointControllers,
        dataSubjects: a.dataSubjectTerms.map((t) => termLabel(t, lang)),
        personalData: a.personalDataTerms.map((t) => termLabel(t, lang)),
        specialCategories: a.specialCategories.map((c) => enumLabel('specialCategory', c, lang)),
        art9Conditions: [...a.art9Conditions.map((c) => enumLabel('art9Condition', c, lang)), ...(a.art9Note ? [a.art9Note] : [])],
        criminalData: yesWith(a.criminalData, [a.art10Basis ? enumLabel('art10Basis', a.art10Basis, lang) : '', a.art10Note], lang),
        personnummer: yesWith(
          a.personnummer,
          [a.pnrJustification ? enumLabel('pnrJustification', a.pnrJustification, lang) : '', a.pnrNote],
          lang,
        ),
        dataSources: a.dataSources.map((s) => enumLabel('dataSource', s, lang)),
        // "No recipients" is an answer; an unanswered question stays an empty cell.
        recipients: a.noRecipients
          ? [words.noRecipients]
          : a.recipients.map((r) => {
              const term = r.termId === null ? undefined : terms.get(r.termId);
              const name = r.subprocessorId !== null ? r.label : term ? joinParts([termLabel(term, lang), r.name], ': ') : r.label;
              return `${name} (${enumLabel('recipientKind', r.kind, lang).toLowerCase()})`;
            }),
        transfers: a.transfers.map((t) =>
          joinParts([countryName(t.country, lang), t.recipient, enumLabel('transferMechanism', t.mechanism, lang), t.safeguards], ' – '),
        ),
        retention: a.retention.map((r) => {
          const rule = rules.get(r.retentionRuleId);
          const term = r.termId === null ? undefined : terms.get(r.termId);
          const what = term ? termLabel(term, lang) : rule ? inLang(rule.nameSv, rule.nameEn, lang) : '';
          return joinParts([what, lang === 'sv' ? r.summarySv : r.summaryEn], ': ');
        }),
        systems: a.systems.map((s) => inLang(s.name, systemNamesEn.get(s.id) ?? s.nameEn, lang)),
        securitySummary: a.securitySummary,
        measures: a.measureIds.flatMap((id) => {
          const m = measures.get(id);
          if (!m) return [];
          const text = termLabel(m, lang);
          return m.status === 'implemented' ? [text] : [`${text} (${words[m.status === 'planned' ? 'planned' : 'notApplicable']})`];
        }),
        dpiaStatus: enumLabel('dpiaStatus', a.dpiaStatus, lang),
        dpiaCriteria: a.dpiaCriteria.map((c) => enumLabel('dpiaCriterion', c, lang)),
        dpiaNote: a.dpiaNote,
        automatedDecisions: yesWith(a.automatedDecisions, [a.automatedDecisionsNote], lang),
        childrenData: yesNo(a.childrenData, lang),
        volume: a.volumeEstimate,
        owner: a.owner,
        status: enumLabel('activityStatus', a.status, lang),
        lastReviewedAt: a.lastReviewedAt,
        nextReviewAt: a.nextReviewAt,
        updatedAt: dateOf(a.updatedAt),
      };
      // An activity without a purpose still gets its row: a gap in the register must show.
      const purposes = a.purposes.length ? a.purposes : [null];
      return purposes.map((p) => ({
        ...shared,
        purpose: p ? inLang(p.description, p.descriptionEn, lang) : '',
        legalBasis: p ? basesText(p, lang) : '',
        legalBasisDetail: p ? basisDetailsText(p, lang) : '',
        lia: p ? inLang(p.liaText, p.liaTextEn, lang) : '',
      }));
    });
  }

  function processorRows(): RowOf<typeof processorSheet>[] {
    return processor().map((e) => ({
      customer: e.customerName,
      service: e.serviceName,
      orgNr: identity(e.customerOrgNr, e.customerLegalForm),
      contact: e.customerContact,
      dpo: e.customerDpo,
      startDate: e.startDate,
      endDate: e.endDate,
      processing: e.processingCategories.map((t) => termLabel(t, lang)),
      subjectMatter: inLang(e.subjectMatter, e.subjectMatterEn, lang),
      purpose: inLang(e.purpose, e.purposeEn, lang),
      nature: e.nature.map((n) => enumLabel('processingOperation', n, lang)),
      personalData: e.personalDataCategories.map((t) => termLabel(t, lang)),
      dataSubjects: e.dataSubjectCategories.map((t) => termLabel(t, lang)),
      specialCategories: e.specialCategories.map((c) => enumLabel('specialCategory', c, lang)),
      subprocessors: e.subprocessors.map((s) => `${s.name} (${locationLabel(s, lang)})`),
      transfers: e.transfers.map((t) =>
        joinParts([t.name, locationLabel(t, lang), enumLabel('transferMechanism', t.mechanism, lang)], ' – '),
      ),
      measures: e.securityMeasures.map((m) => termLabel(m, lang)),
      retention: e.retentionSummary?.[lang] ?? '',
      endOfContract: enumLabel('endOfContractAction', e.endOfContractAction, lang),
    }));
  }

  function subprocessors(): RowOf<typeof subprocessorsSheet>[] {
    return session
      .use(subprocessorsService)
      .list('')
      .map((s) => ({
        name: s.name,
        orgNr: s.orgNr,
        country: locationLabel(s, lang),
        thirdCountry: yesNo(!locationIsInEea(s), lang),
        address: s.address,
        website: s.website,
        contact: joinParts([s.contactName, s.contactEmail]),
        serviceDescription: s.serviceDescription,
        dataProcessed: s.dataProcessed,
        locations: s.processingLocations,
        mechanism: enumLabel('transferMechanism', s.transferMechanism, lang),
        sccModule: s.sccModule ? enumLabel('sccModule', s.sccModule, lang) : '',
        transferNotes: s.transferNotes,
        agreementDate: s.agreementDate,
        agreementNotes: s.agreementNotes,
        status: enumLabel('subprocessorStatus', s.status, lang),
        services: s.services.map((x) => x.name),
        customerCount: s.customerCount,
        notes: s.notes,
      }));
  }

  function retention(): RowOf<typeof retentionSheet>[] {
    return session
      .use(retentionService)
      .list()
      .map((r) => ({
        type: inLang(r.nameSv, r.nameEn, lang),
        storageLocation: inLang(r.storageLocation, r.storageLocationEn, lang),
        purpose: inLang(r.purpose, r.purposeEn, lang),
        policy: inLang(r.policySv, r.policyEn, lang) || r.summary[lang],
        exception: inLang(r.exceptionSv, r.exceptionEn, lang),
        summary: r.summary[lang],
        anchor: joinParts(
          [
            enumLabel('retentionAnchor', r.anchorKind, lang),
            r.anchorEventLabel ? inLang(r.anchorEventLabel.sv, r.anchorEventLabel.en, lang) : '',
          ],
          ': ',
        ),
        rounding: enumLabel('retentionRounding', r.roundAnchorTo, lang),
        duration: periodText(r.durationMin, r.duration, lang),
        inclusive: yesNo(r.inclusive, lang),
        backupLag: durationText(r.backupLag, lang),
        action: enumLabel('retentionAction', r.action, lang),
        legalMinimum: durationText(r.legalMinimumDuration, lang),
        legalMinimumSource: r.legalMinimumSource,
        legalBasisRef: r.legalBasisRef,
        legalHoldAllowed: yesNo(r.legalHoldAllowed, lang),
        appliesTo: r.appliesTo.map((kind) => words.recordKind[kind]),
        usedByActivities: r.usedBy.activities,
        usedByServices: r.usedBy.services,
        warnings: r.warnings.map((key) => formatMessage(key, lang)),
      }));
  }

  function agreements(): RowOf<typeof agreementsSheet>[] {
    const attachments = repo.attachmentNames();
    return repo.agreements().map((a) => ({
      customer: a.customer,
      orgNr: identity(a.orgNr, a.legalForm),
      version: a.version,
      status: wordFor(words.agreementStatus, a.status),
      lang: wordFor(words.language, a.lang),
      generatedOn: dateOf(a.generatedAt),
      sentOn: a.sentOn,
      signedOn: a.signedOn,
      effectiveOn: a.effectiveOn,
      terminatedOn: a.terminatedOn,
      noticeDays: a.noticeDays,
      controllerSignatory: joinParts([a.controllerSignatoryName, a.controllerSignatoryTitle]),
      processorSignatory: joinParts([a.processorSignatoryName, a.processorSignatoryTitle]),
      signingPlace: a.signingPlace,
      templateVersion: a.templateVersion,
      attachments: attachments.get(a.id) ?? [],
      notes: a.notes,
    }));
  }

  function sites(): RowOf<typeof sitesSheet>[] {
    // Customers come in Swedish order from the query; within a customer, sites by name (å, ä, ö last).
    const rows = repo.sites();
    const keys = new Map(rows.map((s) => [s.id, swedishSortKey(s.name)]));
    const order = new Map(rows.map((s, i) => [s.id, i]));
    const firstOfCustomer = new Map<number, number>();
    rows.forEach((s, i) => {
      if (!firstOfCustomer.has(s.customerId)) firstOfCustomer.set(s.customerId, i);
    });
    rows.sort((x, y) => {
      if (x.customerId !== y.customerId) return firstOfCustomer.get(x.customerId)! - firstOfCustomer.get(y.customerId)!;
      const kx = keys.get(x.id)!;
      const ky = keys.get(y.id)!;
      return kx < ky ? -1 : kx > ky ? 1 : order.get(x.id)! - order.get(y.id)!;
    });
    return rows.map((s) => ({
      customer: s.customer,
      name: s.name,
      street: s.street,
      postalCode: s.postalCode,
      city: s.city,
      contactName: s.contactName,
      contactPhone: s.contactPhone,
      contactEmail: s.contactEmail,
      accessNotes: s.accessNotes,
      equipmentCount: s.equipmentCount,
      closedOn: s.closedOn,
    }));
  }

  function equipment(): RowOf<typeof equipmentSheet>[] {
    const services = repo.equipmentServiceNames();
    return repo.equipment().map((e) => ({
      customer: e.customer,
      site: e.site ?? '',
      type: enumLabel('equipmentType', e.type, lang),
      make: e.make,
      model: e.model,
      serialNumber: e.serialNumber,
      hostname: e.hostname,
      network: e.networkNotes,
      personalData: e.personalData,
      encrypted: enumLabel('encryptionState', e.encrypted, lang),
      services: services.get(e.id) ?? [],
      status: enumLabel('equipmentStatus', e.status, lang),
      installedOn: e.installedOn,
      removedOn: e.removedOn,
      notes: e.notes,
    }));
  }

  function requests(): RowOf<typeof requestsSheet>[] {
    const service = session.use(requestsService);
    return repo.requestIds().map((id) => {
      const r = service.get(id);
      const f = r.fields;
      const { clock } = r;
      return {
        receivedOn: f.receivedOn,
        requester: f.requesterName,
        right: enumLabel('dsrRight', f.right, lang),
        channel: enumLabel('dsrChannel', f.channel, lang),
        ourRole: enumLabel('ourRole', f.ourRole, lang),
        customer: r.customer?.name ?? '',
        identity: words.checked(enumLabel('identityState', f.identity, lang), f.identityCheckedOn, f.identityCheckedBy, f.identityMethod),
        dueOn: clock.dueOn,
        extendedTo: clock.extensionLate ? null : clock.extendedDueOn,
        extension:
          f.extensionNotifiedOn === null
            ? ''
            : joinParts([f.extensionReason, words.noticeOn(f.extensionNotifiedOn), clock.extensionLate ? words.extensionLate : ''], '; '),
        status: enumLabel('dsrStatus', f.status, lang),
        deadline:
          clock.state === 'closed'
            ? words[clock.answeredLate ? 'deadlineMissed' : 'deadlineMet']
            : joinParts(
                [enumLabel('deadlineState', clock.state, lang), clock.daysLeft === null ? '' : `(${words.daysLeft(clock.daysLeft)})`],
                ' ',
              ),
        forwardedOn: f.forwardedOn,
        customerInstruction: f.customerInstruction,
        outcome: f.outcome === null ? '' : enumLabel('dsrOutcome', f.outcome, lang),
        outcomeReason: f.outcomeReason,
        answeredOn: f.answeredOn,
        activities: r.activities.map((a) => a.name),
        systems: r.systems.map((s) => s.name),
        recipientsNotice: f.recipientsNotifiedOn === null ? f.recipientsNote : joinParts([f.recipientsNotifiedOn, f.recipientsNote], ': '),
      };
    });
  }

  function breaches(): RowOf<typeof breachesSheet>[] {
    const service = session.use(breachesService);
    const swedishTime = (at: string | null) => (at === null ? '' : stockholmWallClock(at).replace('T', ' '));
    return repo.breachIds().map((id) => {
      const b = service.get(id);
      const f = b.fields;
      return {
        discoveredAt: swedishTime(f.discoveredAt),
        title: f.title,
        ourRole: enumLabel('ourRole', f.ourRole, lang),
        types: f.breachTypes.map((t) => enumLabel('breachType', t, lang)),
        cause: enumLabel('breachCause', f.cause, lang),
        description: f.description,
        customers: b.customers.map((c) => (c.notifiedAt ? `${c.name} (${words.noticeOn(swedishTime(c.notifiedAt))})` : c.name)),
        dataSubjects: b.subjectTerms.map((t) => t.name),
        personalData: b.dataTerms.map((t) => t.name),
        approxSubjects: f.approxSubjects,
        approxRecords: f.approxRecords,
        consequences: f.likelyConsequences,
        risk: f.risk === null ? '' : enumLabel('breachRisk', f.risk, lang),
        riskRationale: f.riskRationale,
        imyNotifiedAt: swedishTime(f.imyNotifiedAt),
        imyReference: f.imyReference,
        imyDelayReason: f.imyDelayReason,
        subjectsInformed: f.subjectsInformedAt === null ? '' : words.informed(swedishTime(f.subjectsInformedAt), f.subjectsMethod),
        subjectsExemption: f.subjectsExemption === null ? '' : enumLabel('subjectNoticeExemption', f.subjectsExemption, lang),
        measuresTaken: f.measuresTaken,
        measuresPlanned: f.measuresPlanned,
        closedOn: f.closedOn,
      };
    });
  }

  const readers: Record<WorkbookSheet, () => SheetData> = {
    organisation: () => ({ def: organisationSheet, rows: organisation() }),
    controller: () => ({ def: controllerSheet, rows: controller() }),
    processor: () => ({ def: processorSheet, rows: processorRows() }),
    subprocessors: () => ({ def: subprocessorsSheet, rows: subprocessors() }),
    retention: () => ({ def: retentionSheet, rows: retention() }),
    agreements: () => ({ def: agreementsSheet, rows: agreements() }),
    sites: () => ({ def: sitesSheet, rows: sites() }),
    equipment: () => ({ def: equipmentSheet, rows: equipment() }),
    requests: () => ({ def: requestsSheet, rows: requests() }),
    breaches: () => ({ def: breachesSheet, rows: breaches() }),
  };

  return { read: (sheet: WorkbookSheet): SheetData => readers[sheet]() };
}
