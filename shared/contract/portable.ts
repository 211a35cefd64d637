import { z } from 'zod';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  ART10_BASES,
  ART9_CONDITIONS,
  DATA_SOURCES,
  DPIA_CRITERIA,
  DPIA_STATUSES,
  END_OF_CONTRACT_ACTIONS,
  HOSTING_KINDS,
  LEGAL_BASES,
  MEASURE_CATEGORIES,
  MEASURE_STATUSES,
  PERSONAL_DATA_FLAGS,
  PNR_JUSTIFICATIONS,
  PROCESSING_OPERATIONS,
  RECIPIENT_KINDS,
  RETENTION_ACTIONS,
  RETENTION_ANCHORS,
  RETENTION_EVENTS,
  RETENTION_ROUNDINGS,
  SCC_MODULES,
  SERVICE_STATUSES,
  SPECIAL_CATEGORIES,
  SUBPROCESSOR_STATUSES,
  SYSTEM_KINDS,
  TRANSFER_MECHANISMS,
  VOCABULARY_KINDS,
  DSR_RIGHTS,
  DSR_CHANNELS,
  OUR_ROLES,
  IDENTITY_STATES,
  DSR_STATUSES,
  DSR_OUTCOMES,
  BREACH_TYPES,
  BREACH_CAUSES,
  BREACH_RISKS,
  SUBJECT_NOTICE_EXEMPTIONS,
  BREACH_NOTICE_VIA,
  OTHER_AUTHORITIES,
  PURGE_RECORD_KINDS,
} from '../domain/enums';
import { filePath } from './common';
import { counts, newPassword } from './register';

// The portable JSON format (issue 5): the whole register as one documented, versioned JSON file
// that imports again without loss. The file mirrors the register's tables: one array per table,
// one object per row, keyed by the camelCase column name, ordered by primary key. These row
// schemas carry the columns' constraints (types, enums, dates) and are the source of the JSON
// Schema in resources/portable/ (`npm run portable:schema`). Plain schemas only, no transforms:
// what is read is exactly what is written back.

export const PORTABLE_FORMAT = 'forteckna-register';
/** Changes only when the envelope changes incompatibly; the tables follow `schemaVersion`. */
export const PORTABLE_FORMAT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Column types

/** No unpaired UTF-16 surrogates: SQLite stores UTF-8, so such a string would not survive. */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);
const text = z.string().refine(wellFormed, { error: 'Contains an unpaired surrogate (not valid Unicode).' });
const rowId = z.int().positive();
const revision = z.int().positive();
const position = z.int();
const flag = z.literal([0, 1]).meta({ id: 'flag', description: 'Boolean as 0 or 1.' });
const date = z.iso.date().meta({ id: 'date', description: 'Calendar date, YYYY-MM-DD.' });
const timestamp = z.iso.datetime({ offset: true }).meta({ id: 'timestamp', description: 'ISO 8601 timestamp.' });
const blob = z.base64().meta({ id: 'base64', description: 'Binary data, base64.' });
const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'Expected a SHA-256 in lower-case hex.' })
  .meta({ id: 'sha256' });
const duration = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, { error: 'Expected an ISO 8601 period such as P7Y or P30D.' })
  .meta({ id: 'duration' });
const country = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'Expected a two-letter country code such as SE.' })
  .meta({ id: 'country' });
const lang = z.enum(['sv', 'en']);

/** A TEXT column holding a JSON array of enum values, e.g. '["health","genetic"]'. */
function jsonList(values: readonly string[]) {
  return z
    .string()
    .refine(
      (s) => {
        try {
          const parsed: unknown = JSON.parse(s);
          return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string' && values.includes(v));
        } catch {
          return false;
        }
      },
      { error: `Expected a JSON array of: ${values.join(', ')}.` },
    )
    .meta({ description: `JSON array (as text) of: ${values.join(', ')}.` });
}

const row = z.strictObject;

// ---------------------------------------------------------------------------------------------
// One schema per table, in the order the tables appear in the file (parents before children).

export const portableTables = {
  organisation: row({
    id: z.literal(1),
    revision,
    name: text,
    orgNr: text,
    street: text,
    postalCode: text,
    city: text,
    country: text,
    email: text,
    phone: text,
    website: text,
    dpoName: text,
    dpoEmail: text,
    dpoPhone: text,
    defaultLanguage: lang,
    signatoryName: text,
    signatoryTitle: text,
    logoMime: z.enum(['image/png', 'image/jpeg']).nullable(),
    logoData: blob.nullable(),
    logoSha256: sha256.nullable(),
    profileSaved: flag,
    legalForm: z.enum(['company', 'sole_trader']),
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'The organisation that keeps the register (exactly one row).' }),

  customers: row({
    id: rowId,
    revision,
    name: text,
    orgNr: text,
    visitingStreet: text,
    visitingPostalCode: text,
    visitingCity: text,
    visitingCountry: text,
    invoiceSameAsVisiting: flag,
    invoiceStreet: text,
    invoicePostalCode: text,
    invoiceCity: text,
    invoiceCountry: text,
    dpoName: text,
    dpoEmail: text,
    dpoPhone: text,
    contractStart: date.nullable(),
    contractEnd: date.nullable(),
    status: z.enum(['active', 'ended']),
    notes: text,
    archivedAt: timestamp.nullable(),
    sortKey: text,
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    legalForm: z.enum(['company', 'sole_trader']),
  }),

  contactPersons: row({
    id: rowId,
    revision,
    customerId: rowId,
    position,
    name: text,
    role: text,
    email: text,
    phone: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  vocabularyTerms: row({
    id: rowId,
    revision,
    kind: z.enum(VOCABULARY_KINDS),
    code: text.nullable(),
    labelSv: text,
    labelEn: text,
    flag: z.enum(PERSONAL_DATA_FLAGS),
    builtin: flag,
    position,
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  subprocessors: row({
    id: rowId,
    revision,
    name: text,
    orgNr: text,
    country,
    address: text,
    website: text,
    contactName: text,
    contactEmail: text,
    serviceDescription: text,
    dataProcessed: text,
    processingLocations: text,
    transferMechanism: z.enum(TRANSFER_MECHANISMS),
    sccModule: z.enum(SCC_MODULES).nullable(),
    transferNotes: text,
    agreementDate: date.nullable(),
    agreementNotes: text,
    status: z.enum(SUBPROCESSOR_STATUSES),
    notes: text,
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    locationKind: z.enum(['country', 'eea', 'region']),
    regionName: text,
    regionInEea: flag,
  }),

  systems: row({
    id: rowId,
    revision,
    name: text,
    kind: z.enum(SYSTEM_KINDS),
    hosting: z.enum(HOSTING_KINDS),
    country,
    location: text,
    subprocessorId: rowId.nullable(),
    supplierName: text,
    notes: text,
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    nameEn: text,
    locationKind: z.enum(['country', 'eea', 'region']),
    regionName: text,
    regionInEea: flag,
  }),

  retentionEvents: row({
    id: rowId,
    revision,
    labelSv: text,
    labelEn: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'The register\'s own anchor events for retention rules (e.g. "fakturan betald").' }),

  retentionRules: row({
    id: rowId,
    revision,
    nameSv: text,
    nameEn: text,
    storageLocation: text,
    purpose: text,
    anchorKind: z.enum(RETENTION_ANCHORS),
    anchorEvent: z.enum(RETENTION_EVENTS).nullable(),
    roundAnchorTo: z.enum(RETENTION_ROUNDINGS),
    /** Empty: as long as the purpose needs, with no number. */
    duration: z.union([duration, z.literal('')]),
    inclusive: flag,
    backupLag: duration.nullable(),
    action: z.enum(RETENTION_ACTIONS),
    legalMinimumDuration: duration.nullable(),
    legalMinimumSource: text,
    legalBasisRef: text,
    legalHoldAllowed: flag,
    policySv: text,
    policyEn: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    anchorEventId: rowId.nullable(),
    durationMin: duration.nullable(),
    exceptionSv: text,
    exceptionEn: text,
    storageLocationEn: text,
    purposeEn: text,
  }),

  securityMeasures: row({
    id: rowId,
    revision,
    code: text.nullable(),
    category: z.enum(MEASURE_CATEGORIES),
    labelSv: text,
    labelEn: text,
    status: z.enum(MEASURE_STATUSES),
    note: text,
    builtin: flag,
    position,
    createdAt: timestamp,
    updatedAt: timestamp,
    noteEn: text,
  }),

  activities: row({
    id: rowId,
    revision,
    refNo: text,
    name: text,
    description: text,
    role: z.enum(ACTIVITY_ROLES),
    jointControllers: text,
    owner: text,
    status: z.enum(ACTIVITY_STATUSES),
    specialCategories: jsonList(SPECIAL_CATEGORIES),
    art9Conditions: jsonList(ART9_CONDITIONS),
    art9Note: text,
    criminalData: flag,
    art10Basis: z.enum(ART10_BASES).nullable(),
    art10Note: text,
    personnummer: flag,
    pnrJustification: z.enum(PNR_JUSTIFICATIONS).nullable(),
    pnrNote: text,
    dataSources: jsonList(DATA_SOURCES),
    dpiaStatus: z.enum(DPIA_STATUSES),
    dpiaCriteria: jsonList(DPIA_CRITERIA),
    dpiaNote: text,
    securitySummary: text,
    volumeEstimate: text,
    childrenData: flag,
    automatedDecisions: flag,
    automatedDecisionsNote: text,
    lastReviewedAt: date.nullable(),
    nextReviewAt: date.nullable(),
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    noRecipients: flag,
    nameEn: text,
    descriptionEn: text,
    pnrNoteEn: text,
  }),

  activityPurposes: row({
    id: rowId,
    activityId: rowId,
    position,
    description: text,
    legalBasis: z.enum(LEGAL_BASES),
    legalBasisDetail: text,
    liaText: text,
    descriptionEn: text,
    legalBasisDetailEn: text,
    liaTextEn: text,
    basisScopeSv: text,
    basisScopeEn: text,
    moreBases: text.meta({ description: 'JSON array (as text) of { legalBasis, scopeSv, scopeEn, detail }.' }),
  }),

  activityTerms: row({ activityId: rowId, termId: rowId }),

  activityRecipients: row({
    id: rowId,
    activityId: rowId,
    position,
    kind: z.enum(RECIPIENT_KINDS),
    termId: rowId.nullable(),
    subprocessorId: rowId.nullable(),
    name: text,
  }),

  activityTransfers: row({
    id: rowId,
    activityId: rowId,
    position,
    country,
    recipient: text,
    mechanism: z.enum(TRANSFER_MECHANISMS),
    safeguards: text,
  }),

  activitySystems: row({ activityId: rowId, systemId: rowId }),

  activityMeasures: row({ activityId: rowId, measureId: rowId }),

  activityRetention: row({
    id: rowId,
    activityId: rowId,
    termId: rowId.nullable(),
    retentionRuleId: rowId,
  }),

  services: row({
    id: rowId,
    revision,
    name: text,
    subjectMatter: text,
    purpose: text,
    subjectMatterEn: text,
    purposeEn: text,
    nature: jsonList(PROCESSING_OPERATIONS),
    specialCategories: jsonList(SPECIAL_CATEGORIES),
    endOfContractAction: z.enum(END_OF_CONTRACT_ACTIONS),
    retentionRuleId: rowId.nullable(),
    status: z.enum(SERVICE_STATUSES),
    notes: text,
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  serviceTerms: row({ serviceId: rowId, termId: rowId }),

  serviceSubprocessors: row({ serviceId: rowId, subprocessorId: rowId }),

  serviceSystems: row({ serviceId: rowId, systemId: rowId }),

  serviceMeasures: row({ serviceId: rowId, measureId: rowId }),

  subscriptions: row({
    id: rowId,
    revision,
    customerId: rowId,
    serviceId: rowId,
    startDate: date,
    endDate: date.nullable(),
    notes: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  subscriptionTermChanges: row({ subscriptionId: rowId, termId: rowId, change: z.enum(['add', 'remove']) }),

  subscriptionSubprocessorChanges: row({ subscriptionId: rowId, subprocessorId: rowId, change: z.enum(['add', 'remove']) }),

  privacyNotice: row({
    id: z.literal(1),
    revision,
    introSv: text,
    introEn: text,
    createdAt: timestamp,
    updatedAt: timestamp,
    validFrom: date.nullable(),
    cookies: z.enum(['necessary_only', 'described']).nullable(),
  }).meta({ description: "The privacy notice's own texts (exactly one row)." }),

  privacyNoticeSections: row({
    id: rowId,
    position,
    titleSv: text,
    titleEn: text,
    bodySv: text,
    bodyEn: text,
  }),

  privacyNoticeExclusions: row({ activityId: rowId }),

  privacyNoticeCookies: row({
    id: rowId,
    position,
    name: text,
    provider: text,
    purposeSv: text,
    purposeEn: text,
    lifetimeSv: text,
    lifetimeEn: text,
    needsConsent: flag,
  }),

  privacyNoticeInclusions: row({ activityId: rowId }).meta({ description: 'Draft activities the user lets into the notice.' }),

  privacyNoticeRetentionOrder: row({ retentionRuleId: rowId, position }),

  agreementTemplate: row({
    id: z.literal(1),
    revision,
    version: z.int().nonnegative(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'The clause template of the PUB-avtal (exactly one row).' }),

  agreementClauses: row({
    id: rowId,
    revision,
    position,
    code: text.nullable(),
    titleSv: text,
    bodySv: text,
    titleEn: text,
    bodyEn: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  agreements: row({
    id: rowId,
    revision,
    customerId: rowId,
    version: z.int().positive(),
    lang,
    status: z.enum(['draft', 'sent', 'signed', 'terminated', 'superseded']),
    sentOn: date.nullable(),
    signedOn: date.nullable(),
    effectiveOn: date.nullable(),
    terminatedOn: date.nullable(),
    signingPlace: text,
    processorSignatoryName: text,
    processorSignatoryTitle: text,
    controllerSignatoryName: text,
    controllerSignatoryTitle: text,
    noticeDays: z.int().min(0).max(365),
    notes: text,
    templateVersion: z.int(),
    document: blob.meta({ description: 'The generated DOCX, byte for byte (base64).' }),
    documentSha256: sha256,
    generatedAt: timestamp,
    basisHash: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'One row per version of a customer agreement, with its immutable document.' }),

  agreementAttachments: row({
    id: rowId,
    agreementId: rowId,
    fileName: text,
    mime: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
    size: z.int().positive(),
    sha256,
    data: blob.meta({ description: 'The attached file, e.g. the signed copy (base64).' }),
    createdAt: timestamp,
  }),

  agreementVariants: row({
    id: rowId,
    agreementId: rowId,
    lang,
    document: blob.meta({ description: "The version's DOCX in the other language, byte for byte (base64)." }),
    documentSha256: sha256,
    generatedAt: timestamp,
  }).meta({ description: 'The same agreement version in the other language, with its own immutable document.' }),

  sites: row({
    id: rowId,
    revision,
    customerId: rowId,
    name: text,
    street: text,
    postalCode: text,
    city: text,
    accessNotes: text,
    contactName: text,
    contactPhone: text,
    contactEmail: text,
    closedOn: date.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  equipment: row({
    id: rowId,
    revision,
    customerId: rowId,
    siteId: rowId.nullable(),
    type: z.enum(['server', 'nas', 'firewall', 'switch', 'access_point', 'pc', 'camera', 'printer', 'other']),
    make: text,
    model: text,
    serialNumber: text,
    hostname: text,
    networkNotes: text,
    personalData: text,
    encrypted: z.enum(['yes', 'no', 'unknown']),
    installedOn: date.nullable(),
    removedOn: date.nullable(),
    status: z.enum(['in_use', 'in_storage', 'removed']),
    notes: text,
    sortKey: text,
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  equipmentServices: row({ equipmentId: rowId, serviceId: rowId }),

  equipmentMoves: row({
    id: rowId,
    equipmentId: rowId,
    fromSiteId: rowId.nullable(),
    toSiteId: rowId.nullable(),
    fromSiteName: text,
    toSiteName: text,
    movedOn: date,
    note: text,
    createdAt: timestamp,
  }),

  retentionRuleTargets: row({
    recordKind: z.enum(PURGE_RECORD_KINDS),
    retentionRuleId: rowId,
  }),

  legalHolds: row({
    id: rowId,
    revision,
    customerId: rowId.nullable(),
    retentionRuleId: rowId.nullable(),
    reason: text,
    placedOn: date,
    releasedOn: date.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),

  changeNotices: row({
    id: rowId,
    revision,
    kind: z.enum(['add', 'replace', 'remove', 'change']),
    subprocessorId: rowId,
    replacedSubprocessorId: rowId.nullable(),
    changeSv: text,
    changeEn: text,
    reason: text,
    reasonEn: text,
    effectiveDate: date.nullable(),
    decidedBy: text,
    decision: z.enum(['pending', 'notify', 'no_notice', 'withdrawn']),
    decisionNote: text,
    earlyReason: text,
    proposed: flag,
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'A change of sub-processor and its notice to the customers it affects (issue 15).' }),

  changeNoticeServices: row({ changeNoticeId: rowId, serviceId: rowId }),

  changeNoticeCustomers: row({
    id: rowId,
    revision,
    changeNoticeId: rowId,
    customerId: rowId,
    sentOn: date.nullable(),
    sentVia: z.enum(['email', 'post', 'portal']).nullable(),
    agreementId: rowId.nullable(),
    noticeDays: z.int().min(0).max(365).nullable(),
    response: z.enum(['none', 'accepted', 'objected']),
    respondedOn: date.nullable(),
    objectionText: text,
    resolution: z.enum(['withdrawn', 'excepted', 'terminated']).nullable(),
    resolvedOn: date.nullable(),
    resolutionNote: text,
    letterLang: lang.nullable(),
    letterDocx: blob.nullable().meta({ description: 'The letter sent, byte for byte (base64).' }),
    letterSha256: sha256.nullable(),
    letterGeneratedAt: timestamp.nullable(),
    letterDeadline: date.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'What was sent to one customer about a change, and its answer.' }),

  dsrRequests: row({
    id: rowId,
    revision,
    right: z.enum(DSR_RIGHTS),
    receivedOn: date,
    channel: z.enum(DSR_CHANNELS),
    requesterName: text,
    requesterContact: text,
    requestText: text,
    ourRole: z.enum(OUR_ROLES),
    customerId: rowId.nullable(),
    forwardedOn: date.nullable(),
    customerInstruction: text,
    identity: z.enum(IDENTITY_STATES),
    identityMethod: text,
    identityCheckedOn: date.nullable(),
    identityCheckedBy: text,
    searched: text,
    found: text,
    extensionReason: text,
    extensionNotifiedOn: date.nullable(),
    status: z.enum(DSR_STATUSES),
    outcome: z.enum(DSR_OUTCOMES).nullable(),
    outcomeReason: text,
    feeSek: z.int().min(0).nullable(),
    answeredOn: date.nullable(),
    recipientsNotifiedOn: date.nullable(),
    recipientsNote: text,
    notes: text,
    dueOn: date.meta({ description: 'Derived from receivedOn and the extension (Art. 12(3)); computed again on import.' }),
    targetOn: date.meta({ description: 'The internal target, derived like dueOn.' }),
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'A request from a data subject (Arts 12, 15–22), with its identity check, deadline and answer (issue 16).' }),

  dsrRequestActivities: row({ dsrRequestId: rowId, activityId: rowId }),

  dsrRequestSystems: row({ dsrRequestId: rowId, systemId: rowId }),

  breaches: row({
    id: rowId,
    revision,
    title: text,
    ourRole: z.enum(OUR_ROLES),
    discoveredAt: timestamp,
    occurredFrom: timestamp.nullable(),
    occurredTo: timestamp.nullable(),
    endedAt: timestamp.nullable(),
    breachTypes: jsonList(BREACH_TYPES),
    cause: z.enum(BREACH_CAUSES),
    description: text,
    approxSubjects: z.int().min(0).nullable(),
    approxRecords: z.int().min(0).nullable(),
    specialCategories: flag,
    likelyConsequences: text,
    risk: z.enum(BREACH_RISKS).nullable(),
    riskRationale: text,
    measuresTaken: text,
    measuresPlanned: text,
    imyNotifiedAt: timestamp.nullable(),
    imyReference: text,
    imyDelayReason: text,
    subjectsInformedAt: timestamp.nullable(),
    subjectsMethod: text,
    subjectsExemption: z.enum(SUBJECT_NOTICE_EXEMPTIONS).nullable(),
    dpoConsulted: flag,
    lessonsLearned: text,
    closedOn: date.nullable(),
    searchText: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'A personal data breach, reported or not (Art. 33(5)); times are UTC instants (issue 16).' }),

  breachTerms: row({ breachId: rowId, termId: rowId }).meta({ description: 'Categories of data subjects and of data involved.' }),

  breachCustomers: row({
    breachId: rowId,
    customerId: rowId,
    named: flag,
    notifiedAt: timestamp.nullable(),
    notifiedVia: z.enum(BREACH_NOTICE_VIA).nullable(),
    note: text,
  }).meta({ description: 'A customer named by hand, or one notified of the breach (as processor).' }),

  breachServices: row({ breachId: rowId, serviceId: rowId }),

  breachSystems: row({ breachId: rowId, systemId: rowId }),

  breachSites: row({ breachId: rowId, siteId: rowId }),

  breachEquipment: row({ breachId: rowId, equipmentId: rowId }),

  breachSupplements: row({ id: rowId, breachId: rowId, at: timestamp, summary: text }).meta({
    description: 'Information given to IMY later, in phases (Art. 33(4)).',
  }),

  breachReports: row({
    id: rowId,
    breachId: rowId,
    authority: z.enum(OTHER_AUTHORITIES),
    at: timestamp,
    reference: text,
    note: text,
  }).meta({ description: 'Reports to others than IMY (the police, CERT-SE under NIS2, …).' }),

  noticeLetter: row({
    id: z.literal(1),
    revision,
    subjectSv: text.nullable(),
    subjectEn: text.nullable(),
    introSv: text.nullable(),
    introEn: text.nullable(),
    objectionSv: text.nullable(),
    objectionEn: text.nullable(),
    closingSv: text.nullable(),
    closingEn: text.nullable(),
    introNoAgreementSv: text.nullable(),
    introNoAgreementEn: text.nullable(),
    objectionNoAgreementSv: text.nullable(),
    objectionNoAgreementEn: text.nullable(),
    updatedAt: timestamp,
  }).meta({ description: "The change notice letter's texts; null where the register uses the app's own." }),

  attentionDismissals: row({
    id: rowId,
    revision,
    itemKey: text.meta({ description: "The attention item answered: '<kind>:<record>', e.g. 'request.deadline:dsrRequest:4'." }),
    fingerprint: text.meta({ description: 'A hash of the facts the user answered: the answer holds while they stay the same.' }),
    mode: z.enum(['snooze', 'notRelevant']),
    until: date.nullable().meta({ description: 'Snoozed: the day the item is back (set exactly when mode is snooze).' }),
    reason: text,
    label: text.meta({ description: 'What the item said when it was answered.' }),
    byName: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'A user’s answer to an item of the attention list: snoozed until a day, or not relevant (issue 17).' }),

  attentionSettings: row({
    id: z.literal(1),
    revision,
    sentAgreementDays: z.int().min(1).max(365),
    createdAt: timestamp,
    updatedAt: timestamp,
  }).meta({ description: 'The register’s reminder settings (exactly one row).' }),

  deletionLog: row({
    id: rowId,
    performedAt: timestamp,
    purgeDate: date,
    retentionRuleId: rowId.nullable(),
    ruleName: text,
    action: z.enum(['delete', 'anonymise']),
    customerId: rowId.nullable(),
    customerName: text,
    records: text,
    performedBy: text,
  }),

  /** The change history (issue 11), carried over as it is so that its hash chain still verifies. */
  history: row({
    id: rowId,
    changeId: rowId,
    at: timestamp,
    osUser: text,
    displayName: text,
    method: text,
    kind: text,
    recordId: z.int().nullable(),
    recordName: text,
    parentKind: text.nullable(),
    parentId: z.int().nullable(),
    action: z.enum(['create', 'update', 'delete', 'restore', 'redact']),
    changes: text,
    snapshot: text.nullable(),
    redactedAt: timestamp.nullable(),
    prevHash: sha256,
    contentHash: sha256,
    hash: sha256,
  }),
} as const;

export type PortableTableName = keyof typeof portableTables;
export type PortableRow = Record<string, string | number | null>;

/** Tables that hold exactly one row (id = 1). */
export const PORTABLE_SINGLETONS: readonly PortableTableName[] = [
  'organisation',
  'privacyNotice',
  'agreementTemplate',
  'noticeLetter',
  'attentionSettings',
];

// ---------------------------------------------------------------------------------------------
// The file

export const portableHeader = z.strictObject({
  format: z.literal(PORTABLE_FORMAT),
  formatVersion: z.literal(PORTABLE_FORMAT_VERSION),
  /** The register's schema version (SQLite user_version) that the tables follow. */
  schemaVersion: z.int().positive(),
  exportedAt: timestamp,
  application: z.strictObject({ name: text, version: text }),
  /**
   * Whether the register was password-protected (never the password). This file itself is plain:
   * an import makes an encrypted register again only when given a password.
   */
  encrypted: z.boolean().optional(),
});

/** The whole file as written by this version (every table present). */
export const portableDocument = portableHeader
  .extend({
    tables: z.strictObject(
      Object.fromEntries(
        Object.entries(portableTables).map(([name, schema]) => [
          name,
          PORTABLE_SINGLETONS.includes(name as PortableTableName) ? z.array(schema).length(1) : z.array(schema),
        ]),
      ) as { [K in PortableTableName]: z.ZodArray<(typeof portableTables)[K]> },
    ),
  })
  .meta({
    title: 'Förteckna register (portable JSON)',
    description:
      'A whole Förteckna register: one array per table, one object per row keyed by camelCase column names, ordered by primary key; binary data as base64.',
  });

/** The JSON Schema of the file, as committed in resources/portable/. */
export function portableJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(portableDocument), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Methods

export const portableExportResult = z
  .object({
    path: z.string(),
    bytes: z.number().int(),
    /** Rows written per table (camelCase table names). */
    counts,
  })
  .nullable();
export type PortableExportResult = z.output<typeof portableExportResult>;

export const portableImportResult = z
  .object({
    /** The new register file, now open. */
    path: z.string(),
    /** Rows read per table (camelCase table names). */
    counts,
  })
  .nullable();
export type PortableImportResult = z.output<typeof portableImportResult>;

/** One thing wrong in an import file: where (JSON path, e.g. `$.tables.customers[3].orgNr`) and what (English). */
export interface ImportProblem {
  path: string;
  message: string;
}

/** `details` of an IMPORT_INVALID error: the first problems (at most 100) and how many more there are. */
export interface ImportInvalidDetails {
  problems: ImportProblem[];
  more: number;
}

export const portableMethods = {
  /**
   * Writes the whole open register as portable JSON. With a path (CLI, tests) it writes there;
   * otherwise the host asks (save dialog) or writes into its export folder. Runs as a task with
   * progress and cancel; null when the user cancels the dialog.
   */
  'portable.export': { input: z.object({ path: filePath.optional() }), output: portableExportResult },
  /**
   * Creates a NEW register file from a portable JSON file (never merges into the open one), then
   * opens it. `source` omitted → the host's file dialog (null when cancelled); `target` omitted →
   * the host's save dialog, or a free name in the data folder. Runs as a task. A file with problems
   * fails with IMPORT_INVALID and ImportInvalidDetails; nothing is written then. A file from a
   * newer Förteckna fails with NEWER_VERSION; an existing target with FILE_EXISTS.
   */
  'portable.import': {
    changes: ['register'],
    input: z.object({
      source: filePath.optional(),
      target: filePath.optional(),
      /** Create the new register encrypted with this password. */
      password: newPassword.optional(),
    }),
    output: portableImportResult,
  },
} as const;
