import { z } from 'zod';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  ART10_BASES,
  ART9_CONDITIONS,
  DATA_SOURCES,
  DPIA_CRITERIA,
  DPIA_STATUSES,
  LEGAL_BASES,
  PNR_JUSTIFICATIONS,
  RECIPIENT_KINDS,
  SPECIAL_CATEGORIES,
  TRANSFER_MECHANISMS,
} from '../domain/enums';
import { id, isoDateTime, optionalDate, requiredText, revision, text } from './common';
import { completeness, registerCompleteness } from './completeness';
import { countryCode } from './systems';

/** Most legal bases one purpose is split into beyond its main one ("samtycke (trafikdata) och …"). */
export const MORE_BASES_MAX = 5;

/** A further legal basis of a purpose and what it covers (the main basis covers the rest). */
export const moreBasisInput = z.object({
  legalBasis: z.enum(LEGAL_BASES),
  /** What this basis covers, as the firm writes it ("användardata"). */
  scopeSv: requiredText(300),
  scopeEn: text(300),
  /** Statute, contract or assessment reference for this basis. */
  detail: text(1000),
});

/** A new further basis row. */
export const emptyMoreBasis: z.output<typeof moreBasisInput> = { legalBasis: 'legitimate_interests', scopeSv: '', scopeEn: '', detail: '' };

// English variants are optional ('' = not written; documents fall back to the Swedish, marked).
// Defaults keep older callers and history snapshots valid.
export const purposeInput = z.object({
  description: requiredText(1000),
  descriptionEn: text(1000).default(''),
  legalBasis: z.enum(LEGAL_BASES),
  /** Statute, contract or assessment reference (e.g. "BFL 7 kap."). */
  legalBasisDetail: text(1000),
  legalBasisDetailEn: text(1000).default(''),
  /** The legitimate-interest assessment; expected when legalBasis (or a further basis) is legitimate_interests. */
  liaText: text(10000),
  liaTextEn: text(10000).default(''),
  /** What the main basis covers when the purpose has further bases ("trafikdata"). */
  basisScopeSv: text(300).default(''),
  basisScopeEn: text(300).default(''),
  moreBases: z.array(moreBasisInput).max(MORE_BASES_MAX, { error: 'v.tooMany' }).default([]),
});

/** A new purpose row (a new activity starts with one), every field given. */
export const emptyPurpose: z.output<typeof purposeInput> = {
  description: '',
  descriptionEn: '',
  legalBasis: 'contract',
  legalBasisDetail: '',
  legalBasisDetailEn: '',
  liaText: '',
  liaTextEn: '',
  basisScopeSv: '',
  basisScopeEn: '',
  moreBases: [],
};

export const recipientInput = z.object({
  kind: z.enum(RECIPIENT_KINDS),
  termId: id.nullable(),
  subprocessorId: id.nullable(),
  name: text(300),
});

/** A new recipient row. */
export const emptyRecipient: z.input<typeof recipientInput> = { kind: 'external', termId: null, subprocessorId: null, name: '' };

export const transferInput = z.object({
  country: countryCode,
  recipient: text(300),
  mechanism: z.enum(TRANSFER_MECHANISMS),
  safeguards: text(2000),
});

/** A new transfer row: its country is for the user to choose; standard clauses are the usual tool. */
export const emptyTransfer: z.input<typeof transferInput> = { country: '', recipient: '', mechanism: 'scc_2021_914', safeguards: '' };

export const retentionLinkInput = z.object({ termId: id.nullable(), retentionRuleId: id });

export const activityFields = z.object({
  refNo: text(50),
  name: requiredText(300),
  nameEn: text(300).default(''),
  description: text(5000),
  descriptionEn: text(5000).default(''),
  role: z.enum(ACTIVITY_ROLES),
  jointControllers: text(2000),
  owner: text(200),
  status: z.enum(ACTIVITY_STATUSES),
  purposes: z.array(purposeInput).max(30, { error: 'v.tooMany' }),
  /** Data-subject and personal-data category terms (vocabularies). */
  dataSubjectTermIds: z.array(id).max(100),
  personalDataTermIds: z.array(id).max(100),
  specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)),
  art9Conditions: z.array(z.enum(ART9_CONDITIONS)),
  art9Note: text(2000),
  criminalData: z.boolean(),
  art10Basis: z.enum(ART10_BASES).nullable(),
  art10Note: text(2000),
  personnummer: z.boolean(),
  pnrJustification: z.enum(PNR_JUSTIFICATIONS).nullable(),
  pnrNote: text(2000),
  pnrNoteEn: text(2000).default(''),
  /** "No recipients" as an explicit answer; `recipients` must then be empty. Neither: unanswered. */
  noRecipients: z.boolean().default(false),
  recipients: z.array(recipientInput).max(50, { error: 'v.tooMany' }),
  transfers: z.array(transferInput).max(50, { error: 'v.tooMany' }),
  systemIds: z.array(id).max(100),
  retention: z.array(retentionLinkInput).max(100),
  measureIds: z.array(id).max(200),
  securitySummary: text(5000),
  dataSources: z.array(z.enum(DATA_SOURCES)),
  dpiaStatus: z.enum(DPIA_STATUSES),
  dpiaCriteria: z.array(z.enum(DPIA_CRITERIA)),
  dpiaNote: text(5000),
  volumeEstimate: text(200),
  childrenData: z.boolean(),
  automatedDecisions: z.boolean(),
  automatedDecisionsNote: text(2000),
  lastReviewedAt: optionalDate,
  nextReviewAt: optionalDate,
});
export type ActivityFields = z.input<typeof activityFields>;

/** A new, empty activity: the starting point of the form, the sample data and tests (every field given). */
export const emptyActivity: z.output<typeof activityFields> = {
  refNo: '',
  name: '',
  nameEn: '',
  description: '',
  descriptionEn: '',
  role: 'controller',
  jointControllers: '',
  owner: '',
  status: 'draft',
  purposes: [],
  dataSubjectTermIds: [],
  personalDataTermIds: [],
  specialCategories: [],
  art9Conditions: [],
  art9Note: '',
  criminalData: false,
  art10Basis: null,
  art10Note: '',
  personnummer: false,
  pnrJustification: null,
  pnrNote: '',
  pnrNoteEn: '',
  noRecipients: false,
  recipients: [],
  transfers: [],
  systemIds: [],
  retention: [],
  measureIds: [],
  securitySummary: '',
  dataSources: [],
  dpiaStatus: 'screening_pending',
  dpiaCriteria: [],
  dpiaNote: '',
  volumeEstimate: '',
  childrenData: false,
  automatedDecisions: false,
  automatedDecisionsNote: '',
  lastReviewedAt: null,
  nextReviewAt: null,
};

const term = z.object({ id, labelSv: z.string(), labelEn: z.string() });

export const activity = z.object({
  id,
  revision,
  refNo: z.string(),
  name: z.string(),
  nameEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  role: z.enum(ACTIVITY_ROLES),
  jointControllers: z.string(),
  owner: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  purposes: z.array(
    z.object({
      id,
      description: z.string(),
      descriptionEn: z.string(),
      legalBasis: z.enum(LEGAL_BASES),
      legalBasisDetail: z.string(),
      legalBasisDetailEn: z.string(),
      liaText: z.string(),
      liaTextEn: z.string(),
      basisScopeSv: z.string(),
      basisScopeEn: z.string(),
      moreBases: z.array(z.object({ legalBasis: z.enum(LEGAL_BASES), scopeSv: z.string(), scopeEn: z.string(), detail: z.string() })),
    }),
  ),
  dataSubjectTermIds: z.array(id),
  personalDataTermIds: z.array(id),
  dataSubjectTerms: z.array(term),
  personalDataTerms: z.array(term.extend({ flag: z.string() })),
  specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)),
  art9Conditions: z.array(z.enum(ART9_CONDITIONS)),
  art9Note: z.string(),
  criminalData: z.boolean(),
  art10Basis: z.enum(ART10_BASES).nullable(),
  art10Note: z.string(),
  personnummer: z.boolean(),
  pnrJustification: z.enum(PNR_JUSTIFICATIONS).nullable(),
  pnrNote: z.string(),
  pnrNoteEn: z.string(),
  noRecipients: z.boolean(),
  recipients: z.array(
    z.object({ kind: z.enum(RECIPIENT_KINDS), termId: id.nullable(), subprocessorId: id.nullable(), name: z.string(), label: z.string() }),
  ),
  transfers: z.array(
    z.object({ country: z.string(), recipient: z.string(), mechanism: z.enum(TRANSFER_MECHANISMS), safeguards: z.string() }),
  ),
  systemIds: z.array(id),
  systems: z.array(z.object({ id, name: z.string(), nameEn: z.string() })),
  retention: z.array(
    z.object({ termId: id.nullable(), retentionRuleId: id, ruleName: z.string(), summarySv: z.string(), summaryEn: z.string() }),
  ),
  measureIds: z.array(id),
  securitySummary: z.string(),
  dataSources: z.array(z.enum(DATA_SOURCES)),
  dpiaStatus: z.enum(DPIA_STATUSES),
  dpiaCriteria: z.array(z.enum(DPIA_CRITERIA)),
  dpiaNote: z.string(),
  volumeEstimate: z.string(),
  childrenData: z.boolean(),
  automatedDecisions: z.boolean(),
  automatedDecisionsNote: z.string(),
  lastReviewedAt: z.string().nullable(),
  nextReviewAt: z.string().nullable(),
  completeness,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Activity = z.output<typeof activity>;

export const activitySummary = z.object({
  id,
  revision,
  refNo: z.string(),
  name: z.string(),
  nameEn: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  owner: z.string(),
  legalBases: z.array(z.enum(LEGAL_BASES)),
  purposeCount: z.number().int(),
  nextReviewAt: z.string().nullable(),
  completeness,
});

export const activityMethods = {
  'activities.list': {
    input: z.object({ query: z.string().max(200).default(''), includeArchived: z.boolean().default(false) }),
    // registerScore: the register's completeness (registerCompleteness.score), the overview's figure.
    output: z.object({ items: z.array(activitySummary), registerScore: registerCompleteness.shape.score }),
  },
  'activities.get': { input: z.object({ id }), output: activity },
  'activities.create': { changes: ['activities'], input: activityFields, output: activity },
  'activities.update': { changes: ['activities'], input: z.object({ id, revision, fields: activityFields }), output: activity },
  /** A copy as a new draft named "<name> (kopia)". */
  'activities.duplicate': { changes: ['activities'], input: z.object({ id }), output: activity },
  'activities.setArchived': { changes: ['activities'], input: z.object({ id, revision, archived: z.boolean() }), output: activity },
  'activities.delete': {
    changes: ['activities', 'privacyNotice', 'requests'],
    input: z.object({ id, revision }),
    output: z.object({ id }),
  },
} as const;
