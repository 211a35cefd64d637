// How a change in the history reads: field labels (the forms' own words where a text exists),
// values in words (enums, yes/no, countries, dates) and list names. The history names fields by
// their column (camelCase), so a column without an entry here falls back to a humanised name.
import type { TFunction } from 'i18next';
import type { FieldChange, HistoryEntry, HistoryKind, ListChange } from '../../../shared/contract';
import { countryName, enumLabel, type LabelKind } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { formatDateTime } from '../../ui/format';

interface FieldDef {
  /** Text key of the label. */
  label: string;
  /** The value is one of these enum values (or a JSON list of them). */
  enumKind?: LabelKind;
  bool?: boolean;
  country?: boolean;
  /** A reference to another record by id: the id itself says nothing, only that it changed. */
  ref?: boolean;
}

type FieldMap = Record<string, FieldDef | string>;

const ADDRESS: FieldMap = {
  street: 'field.street',
  postalCode: 'field.postalCode',
  city: 'field.city',
  country: 'field.country',
};

/** Fields every kind may have. */
const COMMON: FieldMap = {
  name: 'field.name',
  orgNr: 'field.orgNr',
  email: 'field.email',
  phone: 'field.phone',
  website: 'field.website',
  notes: 'customers.notes',
  note: 'measures.note',
  status: 'field.status',
  archivedAt: { label: 'history.field.archivedAt' },
};

const FIELDS: Partial<Record<HistoryKind, FieldMap>> = {
  organisation: {
    ...ADDRESS,
    dpoName: 'org.dpoName',
    dpoEmail: 'org.dpoEmail',
    dpoPhone: 'org.dpoPhone',
    defaultLanguage: 'org.defaultLanguage',
    signatoryName: 'org.signatoryName',
    signatoryTitle: 'org.signatoryTitle',
    logoMime: 'org.logo',
    legalForm: { label: 'party.legalForm', enumKind: 'legalForm' },
    profileSaved: { label: 'history.field.profileSaved', bool: true },
  },
  customer: {
    visitingStreet: 'history.field.visitingStreet',
    visitingPostalCode: 'history.field.visitingPostalCode',
    visitingCity: 'history.field.visitingCity',
    visitingCountry: 'history.field.visitingCountry',
    invoiceSameAsVisiting: { label: 'customers.sameAsVisiting', bool: true },
    invoiceStreet: 'customers.invoiceStreet',
    invoicePostalCode: 'customers.invoicePostalCode',
    invoiceCity: 'customers.invoiceCity',
    invoiceCountry: 'customers.invoiceCountry',
    dpoName: 'customers.dpoName',
    dpoEmail: 'customers.dpoEmail',
    dpoPhone: 'customers.dpoPhone',
    contractStart: 'customers.contractStart',
    contractEnd: 'customers.contractEnd',
    status: { label: 'field.status' },
    legalForm: { label: 'party.legalForm', enumKind: 'legalForm' },
  },
  contactPerson: { role: 'history.field.role' },
  activity: {
    refNo: 'activities.f.refNo',
    name: 'activities.f.name',
    nameEn: 'history.field.nameEn',
    description: 'activities.f.description',
    descriptionEn: 'history.field.descriptionEn',
    noRecipients: { label: 'history.field.noRecipients', bool: true },
    role: { label: 'activities.f.role', enumKind: 'activityRole' },
    jointControllers: 'activities.f.jointControllers',
    owner: 'activities.f.owner',
    status: { label: 'field.status', enumKind: 'activityStatus' },
    specialCategories: { label: 'activities.f.specialCategories', enumKind: 'specialCategory' },
    art9Conditions: { label: 'activities.f.art9Conditions', enumKind: 'art9Condition' },
    art9Note: 'activities.f.art9Note',
    criminalData: { label: 'activities.f.criminalData', bool: true },
    art10Basis: { label: 'activities.f.art10Basis', enumKind: 'art10Basis' },
    art10Note: 'activities.f.art10Note',
    personnummer: { label: 'activities.f.personnummer', bool: true },
    pnrJustification: { label: 'activities.f.pnrJustification', enumKind: 'pnrJustification' },
    pnrNote: 'activities.f.pnrNote',
    pnrNoteEn: 'history.field.pnrNoteEn',
    dataSources: { label: 'activities.f.dataSources', enumKind: 'dataSource' },
    dpiaStatus: { label: 'activities.f.dpiaStatus', enumKind: 'dpiaStatus' },
    dpiaCriteria: { label: 'activities.f.dpiaCriteria', enumKind: 'dpiaCriterion' },
    dpiaNote: 'activities.f.dpiaNote',
    securitySummary: 'activities.f.securitySummary',
    volumeEstimate: 'activities.f.volumeEstimate',
    childrenData: { label: 'activities.f.childrenData', bool: true },
    automatedDecisions: { label: 'activities.f.automatedDecisions', bool: true },
    automatedDecisionsNote: 'activities.f.automatedDecisionsNote',
    lastReviewedAt: 'activities.f.lastReviewedAt',
    nextReviewAt: 'activities.f.nextReviewAt',
  },
  service: {
    name: 'services.name',
    subjectMatter: 'services.subjectMatter',
    subjectMatterEn: 'services.subjectMatterEn',
    purpose: 'services.purpose',
    purposeEn: 'services.purposeEn',
    nature: { label: 'services.nature', enumKind: 'processingOperation' },
    specialCategories: { label: 'services.specialCategories', enumKind: 'specialCategory' },
    endOfContractAction: { label: 'services.endOfContract', enumKind: 'endOfContractAction' },
    retentionRuleId: { label: 'services.retentionRule', ref: true },
    status: { label: 'field.status', enumKind: 'serviceStatus' },
    notes: 'services.notes',
  },
  subscription: {
    serviceId: { label: 'subscriptions.service', ref: true },
    startDate: 'subscriptions.startDate',
    endDate: 'subscriptions.endDate',
    notes: 'subscriptions.notes',
  },
  subprocessor: {
    orgNr: 'subprocessors.orgNr',
    country: { label: 'subprocessors.country', country: true },
    address: 'field.address',
    contactName: 'subprocessors.contactName',
    contactEmail: 'subprocessors.contactEmail',
    serviceDescription: 'subprocessors.serviceDescription',
    dataProcessed: 'subprocessors.dataProcessed',
    processingLocations: 'subprocessors.processingLocations',
    transferMechanism: { label: 'subprocessors.transferMechanism', enumKind: 'transferMechanism' },
    sccModule: { label: 'subprocessors.sccModule', enumKind: 'sccModule' },
    transferNotes: 'subprocessors.transferNotes',
    locationKind: { label: 'location.kind', enumKind: 'locationKind' },
    regionName: 'location.regionName',
    regionInEea: { label: 'location.regionInEea', bool: true },
    agreementDate: 'subprocessors.agreementDate',
    agreementNotes: 'subprocessors.agreementNotes',
    status: { label: 'field.status', enumKind: 'subprocessorStatus' },
    notes: 'subprocessors.notes',
  },
  system: {
    kind: { label: 'systems.kind', enumKind: 'systemKind' },
    hosting: { label: 'systems.hosting', enumKind: 'hostingKind' },
    country: { label: 'systems.country', country: true },
    location: 'systems.location',
    nameEn: 'systems.nameEn',
    locationKind: { label: 'location.kind', enumKind: 'locationKind' },
    regionName: 'location.regionName',
    regionInEea: { label: 'location.regionInEea', bool: true },
    subprocessorId: { label: 'systems.subprocessor', ref: true },
    supplierName: 'systems.supplierName',
    notes: 'systems.notes',
  },
  securityMeasure: {
    category: { label: 'measures.category', enumKind: 'measureCategory' },
    labelSv: 'measures.labelSv',
    labelEn: 'measures.labelEn',
    noteEn: 'measures.noteEn',
    status: { label: 'field.status', enumKind: 'measureStatus' },
  },
  retentionRule: {
    nameSv: 'retention.nameSv',
    nameEn: 'retention.nameEn',
    storageLocation: 'retention.storageLocation',
    purpose: 'retention.purpose',
    anchorKind: { label: 'retention.anchorKind', enumKind: 'retentionAnchor' },
    anchorEvent: { label: 'retention.anchorEvent', enumKind: 'retentionEvent' },
    roundAnchorTo: { label: 'retention.rounding', enumKind: 'retentionRounding' },
    duration: 'retention.duration',
    inclusive: { label: 'retention.inclusive', bool: true },
    backupLag: 'history.field.backupLag',
    action: { label: 'retention.action', enumKind: 'retentionAction' },
    legalMinimumDuration: 'retention.legalMinimum',
    legalMinimumSource: 'retention.legalMinimumSource',
    legalBasisRef: 'retention.legalBasisRef',
    legalHoldAllowed: { label: 'retention.legalHoldAllowed', bool: true },
    policySv: 'retention.policySv',
    policyEn: 'retention.policyEn',
    storageLocationEn: 'retention.storageLocationEn',
    purposeEn: 'retention.purposeEn',
    exceptionSv: 'retention.exceptionSv',
    exceptionEn: 'retention.exceptionEn',
    durationMin: 'retention.durationMin',
    anchorEventId: { label: 'retention.anchorEvent', ref: true },
  },
  retentionEvent: { labelSv: 'events.labelSv', labelEn: 'events.labelEn' },
  vocabularyTerm: {
    kind: { label: 'history.field.termKind', enumKind: 'vocabularyKind' },
    labelSv: 'vocabularies.labelSv',
    labelEn: 'vocabularies.labelEn',
    flag: { label: 'vocabularies.flag', enumKind: 'personalDataFlag' },
  },
  agreementTemplate: { version: 'agreements.templateVersion' },
  agreement: {
    version: 'agreements.col.version',
    lang: 'agreements.language',
    status: { label: 'field.status' },
    sentOn: 'agreements.col.sent',
    signedOn: 'agreements.col.signed',
    effectiveOn: 'agreements.effectiveOn',
    terminatedOn: 'agreements.step.terminated',
    signingPlace: 'agreements.signingPlace',
    processorSignatoryName: 'agreements.processorSignatory',
    processorSignatoryTitle: 'history.field.processorSignatoryTitle',
    controllerSignatoryName: 'agreements.controllerSignatory',
    controllerSignatoryTitle: 'history.field.controllerSignatoryTitle',
    noticeDays: 'agreements.noticeDays',
    notes: 'agreements.notes',
    templateVersion: 'agreements.templateVersion',
    generatedAt: 'agreements.col.generated',
  },
  privacyNotice: {
    introSv: 'documents.notice.introSv',
    introEn: 'documents.notice.introEn',
    validFrom: 'documents.notice.validFrom',
    cookies: 'documents.notice.cookies',
  },
  site: {
    ...ADDRESS,
    name: 'sites.name',
    accessNotes: 'sites.accessNotes',
    contactName: 'sites.contactName',
    contactPhone: 'sites.contactPhone',
    contactEmail: 'sites.contactEmail',
    closedOn: 'sites.closedOn',
  },
  equipment: {
    siteId: { label: 'equipment.site', ref: true },
    type: { label: 'equipment.type', enumKind: 'equipmentType' },
    make: 'equipment.make',
    model: 'equipment.model',
    serialNumber: 'equipment.serialNumber',
    hostname: 'equipment.hostname',
    networkNotes: 'equipment.networkNotes',
    personalData: 'equipment.personalData',
    encrypted: { label: 'equipment.encrypted', enumKind: 'encryptionState' },
    installedOn: 'equipment.installedOn',
    removedOn: 'equipment.removedOn',
    status: { label: 'field.status', enumKind: 'equipmentStatus' },
    notes: 'equipment.notes',
  },
  changeNotice: {
    kind: { label: 'changeNotices.kindLabel', enumKind: 'changeKind' },
    subprocessorId: { label: 'changeNotices.subprocessor', ref: true },
    replacedSubprocessorId: { label: 'changeNotices.replaced', ref: true },
    changeSv: 'changeNotices.changeSv',
    changeEn: 'changeNotices.changeEn',
    reason: 'changeNotices.reason',
    reasonEn: 'changeNotices.reasonEn',
    effectiveDate: 'changeNotices.effectiveDate',
    decidedBy: 'changeNotices.decidedBy',
    decision: { label: 'changeNotices.decisionLabel', enumKind: 'changeDecision' },
    decisionNote: 'history.field.decisionNote',
    earlyReason: 'changeNotices.earlyReason',
    proposed: { label: 'history.field.proposed', bool: true },
  },
  noticeRecipient: {
    changeNoticeId: { label: 'history.field.changeNotice', ref: true },
    customerId: { label: 'changeNotices.col.customer', ref: true },
    sentOn: 'changeNotices.col.sent',
    sentVia: { label: 'history.field.sentVia', enumKind: 'sentVia' },
    agreementId: { label: 'changeNotices.col.agreement', ref: true },
    noticeDays: 'agreements.noticeDays',
    response: 'changeNotices.response.answer',
    respondedOn: 'changeNotices.response.on',
    objectionText: 'changeNotices.response.text',
    resolution: { label: 'changeNotices.resolution.label', enumKind: 'objectionResolution' },
    resolvedOn: 'history.field.resolvedOn',
    resolutionNote: 'changeNotices.resolution.note',
    letterLang: 'history.field.letterLang',
    letterGeneratedAt: 'history.field.letterGeneratedAt',
    letterDeadline: 'history.field.letterDeadline',
  },
  noticeLetter: {
    subjectSv: 'history.field.letter.subjectSv',
    subjectEn: 'history.field.letter.subjectEn',
    introSv: 'history.field.letter.introSv',
    introEn: 'history.field.letter.introEn',
    objectionSv: 'history.field.letter.objectionSv',
    objectionEn: 'history.field.letter.objectionEn',
    closingSv: 'history.field.letter.closingSv',
    closingEn: 'history.field.letter.closingEn',
    introNoAgreementSv: 'history.field.letter.introNoAgreementSv',
    introNoAgreementEn: 'history.field.letter.introNoAgreementEn',
    objectionNoAgreementSv: 'history.field.letter.objectionNoAgreementSv',
    objectionNoAgreementEn: 'history.field.letter.objectionNoAgreementEn',
  },
  dsrRequest: {
    right: { label: 'requests.f.right', enumKind: 'dsrRight' },
    receivedOn: 'requests.f.receivedOn',
    channel: { label: 'requests.f.channel', enumKind: 'dsrChannel' },
    requesterName: 'requests.f.requesterName',
    requesterContact: 'requests.f.requesterContact',
    requestText: 'requests.f.requestText',
    ourRole: { label: 'requests.f.ourRole', enumKind: 'ourRole' },
    customerId: { label: 'requests.f.customerId', ref: true },
    forwardedOn: 'requests.f.forwardedOn',
    customerInstruction: 'requests.f.customerInstruction',
    identity: { label: 'requests.f.identity', enumKind: 'identityState' },
    identityMethod: 'requests.f.identityMethod',
    identityCheckedOn: 'requests.f.identityCheckedOn',
    identityCheckedBy: 'requests.f.identityCheckedBy',
    searched: 'requests.f.searched',
    found: 'requests.f.found',
    extensionReason: 'requests.f.extensionReason',
    extensionNotifiedOn: 'requests.f.extensionNotifiedOn',
    status: { label: 'requests.f.status', enumKind: 'dsrStatus' },
    outcome: { label: 'requests.f.outcome', enumKind: 'dsrOutcome' },
    outcomeReason: 'requests.f.outcomeReason',
    feeSek: 'requests.f.feeSek',
    answeredOn: 'requests.f.answeredOn',
    recipientsNotifiedOn: 'requests.f.recipientsNotifiedOn',
    recipientsNote: 'requests.f.recipientsNote',
    notes: 'requests.f.notes',
    dueOn: 'requests.clock.due',
    targetOn: 'requests.clock.target',
  },
  breach: {
    title: 'breaches.field.title',
    ourRole: { label: 'breaches.field.ourRole', enumKind: 'ourRole' },
    discoveredAt: 'breaches.field.discoveredAt',
    occurredFrom: 'breaches.field.occurredFrom',
    occurredTo: 'breaches.field.occurredTo',
    endedAt: 'breaches.field.endedAt',
    breachTypes: { label: 'breaches.field.breachTypes', enumKind: 'breachType' },
    cause: { label: 'breaches.field.cause', enumKind: 'breachCause' },
    description: 'breaches.field.description',
    approxSubjects: 'breaches.field.approxSubjects',
    approxRecords: 'breaches.field.approxRecords',
    specialCategories: { label: 'breaches.field.specialCategories', bool: true },
    likelyConsequences: 'breaches.field.likelyConsequences',
    risk: { label: 'breaches.field.risk', enumKind: 'breachRisk' },
    riskRationale: 'breaches.field.riskRationale',
    measuresTaken: 'breaches.field.measuresTaken',
    measuresPlanned: 'breaches.field.measuresPlanned',
    imyNotifiedAt: 'breaches.imy.notifiedAt',
    imyReference: 'breaches.imy.reference',
    imyDelayReason: 'breaches.imy.delayReason',
    subjectsInformedAt: 'breaches.field.subjectsInformedAt',
    subjectsMethod: 'breaches.field.subjectsMethod',
    subjectsExemption: { label: 'breaches.field.subjectsExemption', enumKind: 'subjectNoticeExemption' },
    dpoConsulted: { label: 'breaches.field.dpoConsulted', bool: true },
    lessonsLearned: 'breaches.field.lessonsLearned',
    closedOn: 'breaches.field.closedOn',
  },
  legalHold: {
    customerId: { label: 'holds.customer', ref: true },
    retentionRuleId: { label: 'holds.rule', ref: true },
    reason: 'holds.reason',
    placedOn: 'holds.placedOn',
    releasedOn: 'holds.releasedOn',
  },
};

/** Columns that only say where a record sits or carry file bytes: not shown as changes. */
const HIDDEN = new Set(['position', 'logoData', 'logoSha256', 'document', 'documentSha256', 'basisHash', 'letterDocx', 'letterSha256']);

/** The text keys of a list's name in the history. */
export const LIST_LABELS: Record<string, string> = {
  purposes: 'activities.section.purposes',
  terms: 'services.categories',
  recipients: 'activities.section.recipients',
  transfers: 'activities.section.transfers',
  systems: 'services.systems',
  measures: 'services.measures',
  retention: 'activities.section.retention',
  subprocessors: 'services.subprocessors',
  termChanges: 'history.list.termChanges',
  subprocessorChanges: 'history.list.subprocessorChanges',
  targets: 'retention.appliesTo',
  clauses: 'template.clauses',
  attachments: 'agreements.copies',
  sections: 'history.list.sections',
  excludedActivities: 'history.list.excludedActivities',
  services: 'equipment.services',
  moves: 'history.list.moves',
  activities: 'requests.f.activityIds',
  customers: 'breaches.links.customers',
  sites: 'breaches.links.sites',
  equipment: 'breaches.links.equipment',
};

/** Every label key the tables above use (the tests check that each exists in both languages). */
export function allLabelKeys(): string[] {
  const keys = new Set<string>(Object.values(LIST_LABELS));
  for (const map of [COMMON, ...Object.values(FIELDS)]) {
    for (const def of Object.values(map ?? {})) keys.add(typeof def === 'string' ? def : def.label);
  }
  return [...keys];
}

function definition(kind: HistoryKind, field: string): FieldDef | null {
  const def = FIELDS[kind]?.[field] ?? COMMON[field];
  if (def === undefined) return null;
  return typeof def === 'string' ? { label: def } : def;
}

/** "visitingPostalCode" → "Visiting postal code". */
export function humanise(field: string): string {
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(t: TFunction, kind: HistoryKind, field: string): string {
  const def = definition(kind, field);
  return def ? t(def.label) : humanise(field);
}

/** Whether a field is worth showing: not a position, a file's bytes, or the link to the record's parent. */
export function shownField(entry: Pick<HistoryEntry, 'kind' | 'parentKind'>, change: FieldChange): boolean {
  if (HIDDEN.has(change.field)) return false;
  if (entry.parentKind && change.field === `${entry.parentKind}Id`) return false;
  return true;
}

const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** A value in words; null for a reference, whose id means nothing to a reader. */
export function formatValue(t: TFunction, lang: Language, kind: HistoryKind, field: string, value: string | number | null): string | null {
  const def = definition(kind, field);
  if (def?.ref || (!def && /Id$/.test(field))) return null;
  if (value === null || value === '') return t('history.emptyValue');
  if (def?.bool) return Number(value) === 1 ? t('history.yes') : t('history.no');
  const text = String(value);
  if (def?.country) return countryName(text, lang);
  if (text.startsWith('[') && text.endsWith(']')) {
    try {
      const items = JSON.parse(text) as unknown;
      if (Array.isArray(items)) {
        if (items.length === 0) return t('history.emptyValue');
        return items.map((i) => (def?.enumKind ? enumLabel(def.enumKind, String(i), lang) : String(i))).join(', ');
      }
    } catch {
      // not a list after all: shown as it is
    }
  }
  if (def?.enumKind) return enumLabel(def.enumKind, text, lang);
  if (field === 'lang' || field === 'defaultLanguage') return t(`agreements.lang.${text}`, { defaultValue: text });
  if (field === 'status' && (kind === 'customer' || kind === 'agreement')) {
    return t(kind === 'customer' ? `status.${text}` : `agreements.status.${text}`, { defaultValue: text });
  }
  if (ISO_DATE_TIME.test(text)) return formatDateTime(text);
  return text;
}

export function listLabel(t: TFunction, list: string): string {
  const key = LIST_LABELS[list];
  return key ? t(key) : humanise(list);
}

/** A long value cut for the one-line summary. */
export function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A new or deleted record lists what it held: an empty list or a missing date says nothing. */
export function holdsSomething(t: TFunction, lang: Language, entry: HistoryEntry, change: FieldChange): boolean {
  if (entry.redacted || (entry.action !== 'create' && entry.action !== 'delete')) return true;
  const value = formatValue(t, lang, entry.kind, change.field, entry.action === 'create' ? change.after : change.before);
  // A reference (null) says only that it changed, which a new record's list would not help with.
  return value !== null && value !== t('history.emptyValue');
}

/** One field change as "Namn: Gamla AB → Nya AB" (or "Plats ändrad" for a reference, "Namn" once redacted). */
export function fieldLine(t: TFunction, lang: Language, entry: HistoryEntry, change: FieldChange, max?: number): string {
  const label = fieldLabel(t, entry.kind, change.field);
  if (entry.redacted) return label;
  const before = formatValue(t, lang, entry.kind, change.field, change.before);
  const after = formatValue(t, lang, entry.kind, change.field, change.after);
  if (before === null || after === null) return t('history.changedRef', { field: label });
  const cut = (s: string) => (max ? short(s, max) : s);
  if (entry.action === 'create' || (change.before === null && entry.action !== 'update')) return `${label}: ${cut(after)}`;
  if (entry.action === 'delete') return `${label}: ${cut(before)}`;
  return `${label}: ${cut(before)} → ${cut(after)}`;
}

/** One list change as "Kategorier: + Kunder, − Anställda". */
export function listLine(t: TFunction, change: ListChange, redacted: boolean): string {
  const label = listLabel(t, change.list);
  if (redacted) return label;
  const parts = [...change.added.map((a) => `+ ${a}`), ...change.removed.map((r) => `− ${r}`)];
  return `${label}: ${parts.join(', ')}`;
}
