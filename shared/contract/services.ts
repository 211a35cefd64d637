import { z } from 'zod';
import { LEGAL_FORMS, LOCATION_KINDS } from '../domain/enums';
import { END_OF_CONTRACT_ACTIONS, PROCESSING_OPERATIONS, SERVICE_STATUSES, SPECIAL_CATEGORIES, TRANSFER_MECHANISMS } from '../domain/enums';
import { id, isoDate, isoDateTime, optionalDate, requiredText, revision, text } from './common';
import { completeness } from './completeness';

export const serviceFields = z.object({
  name: requiredText(200),
  /** Föremålet för behandlingen, e.g. "Drift och övervakning av kundens servrar". */
  subjectMatter: text(2000),
  purpose: text(2000),
  /** English variants for English documents; '' = the Swedish text, marked as a fallback. */
  subjectMatterEn: text(2000).default(''),
  purposeEn: text(2000).default(''),
  nature: z.array(z.enum(PROCESSING_OPERATIONS)),
  /** Processing categories, personal data and data subjects (vocabulary terms). */
  processingTermIds: z.array(id).max(100),
  personalDataTermIds: z.array(id).max(100),
  dataSubjectTermIds: z.array(id).max(100),
  specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)),
  subprocessorIds: z.array(id).max(100),
  systemIds: z.array(id).max(100),
  measureIds: z.array(id).max(200),
  endOfContractAction: z.enum(END_OF_CONTRACT_ACTIONS),
  retentionRuleId: id.nullable(),
  status: z.enum(SERVICE_STATUSES),
  notes: text(5000),
});
export type ServiceFields = z.input<typeof serviceFields>;

/** A new, empty service: the starting point of the form, the sample data and tests. */
export const emptyService: ServiceFields = {
  name: '',
  subjectMatter: '',
  purpose: '',
  subjectMatterEn: '',
  purposeEn: '',
  nature: [],
  processingTermIds: [],
  personalDataTermIds: [],
  dataSubjectTermIds: [],
  specialCategories: [],
  subprocessorIds: [],
  systemIds: [],
  measureIds: [],
  endOfContractAction: 'return_then_delete',
  retentionRuleId: null,
  status: 'active',
  notes: '',
};

const named = z.object({ id, name: z.string() });
/** Where a linked sub-processor processes data (see locationLabel / locationIsInEea). */
const locationOut = { locationKind: z.enum(LOCATION_KINDS), regionName: z.string(), regionInEea: z.boolean() };
const term = z.object({ id, labelSv: z.string(), labelEn: z.string() });

export const service = serviceFields
  .omit({ name: true, subjectMatter: true, purpose: true, subjectMatterEn: true, purposeEn: true, notes: true })
  .extend({
    id,
    revision,
    name: z.string(),
    subjectMatter: z.string(),
    purpose: z.string(),
    subjectMatterEn: z.string(),
    purposeEn: z.string(),
    notes: z.string(),
    processingTerms: z.array(term),
    personalDataTerms: z.array(term),
    dataSubjectTerms: z.array(term),
    subprocessors: z.array(named.extend({ country: z.string(), transferMechanism: z.enum(TRANSFER_MECHANISMS), ...locationOut })),
    systems: z.array(named),
    retentionRuleName: z.string().nullable(),
    subscriberCount: z.number().int(),
    completeness,
    updatedAt: isoDateTime,
  });
export type Service = z.output<typeof service>;

export const subscriptionFields = z
  .object({
    customerId: id,
    serviceId: id,
    startDate: isoDate,
    endDate: optionalDate,
    notes: text(2000),
    /** Per-customer additions and exceptions to the service's categories and sub-processors. */
    addedTermIds: z.array(id).max(100),
    removedTermIds: z.array(id).max(100),
    addedSubprocessorIds: z.array(id).max(100),
    removedSubprocessorIds: z.array(id).max(100),
  })
  .refine((s) => !(s.endDate && s.endDate < s.startDate), {
    path: ['endDate'],
    message: 'v.endBeforeStart',
    when: (p) =>
      typeof p.value === 'object' && p.value !== null && !p.issues.some((i) => ['startDate', 'endDate'].includes(String(i.path?.[0]))),
  });
export type SubscriptionFields = z.input<typeof subscriptionFields>;

/**
 * A new subscription's fields before a customer and a service are chosen: no end, no notes, the
 * service as it is. The start date is the form's (today's) to give.
 */
export const emptySubscription: Omit<SubscriptionFields, 'customerId' | 'serviceId' | 'startDate'> = {
  endDate: null,
  notes: '',
  addedTermIds: [],
  removedTermIds: [],
  addedSubprocessorIds: [],
  removedSubprocessorIds: [],
};

export const subscription = z.object({
  id,
  revision,
  customerId: id,
  customerName: z.string(),
  serviceId: id,
  serviceName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  notes: z.string(),
  addedTermIds: z.array(id),
  removedTermIds: z.array(id),
  addedSubprocessorIds: z.array(id),
  removedSubprocessorIds: z.array(id),
  /** Active on the core's today: started and not ended. */
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export type Subscription = z.output<typeof subscription>;

/** One Art. 30(2) entry: what the firm does for one customer under one service (derived). */
export const processorEntry = z.object({
  customerId: id,
  customerName: z.string(),
  customerLegalForm: z.enum(LEGAL_FORMS),
  /** As stored (a sole trader's personnummer too): mask with maskIdentity where the identity is not needed. */
  customerOrgNr: z.string(),
  customerContact: z.string(),
  customerDpo: z.string(),
  serviceId: id,
  serviceName: z.string(),
  subscriptionId: id,
  startDate: z.string(),
  endDate: z.string().nullable(),
  subjectMatter: z.string(),
  purpose: z.string(),
  subjectMatterEn: z.string(),
  purposeEn: z.string(),
  nature: z.array(z.enum(PROCESSING_OPERATIONS)),
  processingCategories: z.array(term),
  personalDataCategories: z.array(term),
  dataSubjectCategories: z.array(term),
  specialCategories: z.array(z.enum(SPECIAL_CATEGORIES)),
  subprocessors: z.array(named.extend({ country: z.string(), transferMechanism: z.enum(TRANSFER_MECHANISMS), ...locationOut })),
  /** Art. 30(2)(c): sub-processors outside the EU/EEA and their transfer tool. */
  transfers: z.array(
    z.object({ subprocessorId: id, name: z.string(), country: z.string(), mechanism: z.enum(TRANSFER_MECHANISMS), ...locationOut }),
  ),
  /** Art. 30(2)(d): implemented measures linked to the service. */
  securityMeasures: z.array(z.object({ id, labelSv: z.string(), labelEn: z.string(), note: z.string(), noteEn: z.string() })),
  endOfContractAction: z.enum(END_OF_CONTRACT_ACTIONS),
  retentionSummary: z.object({ sv: z.string(), en: z.string() }).nullable(),
});
export type ProcessorEntry = z.output<typeof processorEntry>;

export const serviceMethods = {
  'services.list': {
    input: z.object({ query: z.string().max(200).default(''), includeArchived: z.boolean().default(false) }),
    output: z.array(service),
  },
  'services.get': { input: z.object({ id }), output: service },
  'services.create': { changes: ['services'], input: serviceFields, output: service },
  'services.update': { changes: ['services', 'changeNotices'], input: z.object({ id, revision, fields: serviceFields }), output: service },
  /** Refused with IN_USE while subscriptions use it (archive it instead). */
  'services.delete': { changes: ['services', 'equipment', 'breaches'], input: z.object({ id, revision }), output: z.object({ id }) },

  'subscriptions.list': {
    input: z.object({ customerId: id.optional(), serviceId: id.optional() }),
    output: z.array(subscription),
  },
  'subscriptions.create': { changes: ['subscriptions'], input: subscriptionFields, output: subscription },
  'subscriptions.update': {
    changes: ['subscriptions'],
    input: z.object({ id, revision, fields: subscriptionFields }),
    output: subscription,
  },
  'subscriptions.delete': { changes: ['subscriptions'], input: z.object({ id, revision }), output: z.object({ id }) },

  /** The Art. 30(2) register, derived from subscriptions active on `onDate` (default today). */
  'processorRegister.list': {
    input: z.object({ customerId: id.optional(), onDate: isoDate.optional() }),
    output: z.object({ onDate: z.string(), entries: z.array(processorEntry) }),
  },
} as const;
