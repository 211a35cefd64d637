// Personal data breaches (issue 16): the Art. 33(5) log of every breach, reported or not, with the
// links the register gives (customers, services, systems, sites, devices), the 72-hour clock to
// IMY as controller, the notice to each affected customer as processor, and the three documents.
import { z } from 'zod';
import {
  BREACH_CAUSES,
  BREACH_NOTICE_VIA,
  BREACH_RISKS,
  BREACH_TYPES,
  OTHER_AUTHORITIES,
  OUR_ROLES,
  SUBJECT_NOTICE_EXEMPTIONS,
} from '../domain/enums';
import {
  filePath,
  id,
  instant,
  isoDateTime,
  language,
  optionalDate,
  optionalInstant,
  paging,
  requiredText,
  revision,
  text,
} from './common';

export {
  BREACH_CAUSES,
  BREACH_NOTICE_VIA,
  BREACH_RISKS,
  BREACH_TYPES,
  OTHER_AUTHORITIES,
  SUBJECT_NOTICE_EXEMPTIONS,
  type BreachCause,
  type BreachNoticeVia,
  type BreachRisk,
  type BreachType,
  type OtherAuthority,
  type SubjectNoticeExemption,
} from '../domain/enums';

/** Art. 33(1): IMY within 72 clock hours of awareness. */
export const IMY_HOURS = 72;

const count = z.number().int().min(0).max(1_000_000_000).nullable();

export const breachSupplement = z.object({ at: instant, summary: requiredText(5000) });
export const breachReport = z.object({ authority: z.enum(OTHER_AUTHORITIES), at: instant, reference: text(200), note: text(2000) });

export const breachFields = z
  .object({
    /** A short name for the log ("Stulen bärbar dator, Ängshagen"). */
    title: requiredText(200),
    ourRole: z.enum(OUR_ROLES),
    /** When we became aware: starts the clocks. */
    discoveredAt: instant,
    occurredFrom: optionalInstant,
    occurredTo: optionalInstant,
    endedAt: optionalInstant,
    breachTypes: z.array(z.enum(BREACH_TYPES)).max(3),
    cause: z.enum(BREACH_CAUSES),
    description: text(10000),
    /** Vocabulary terms: categories of data subjects ('data_subject') and of data ('personal_data'). */
    subjectTermIds: z.array(id).max(200),
    dataTermIds: z.array(id).max(200),
    approxSubjects: count,
    approxRecords: count,
    specialCategories: z.boolean(),
    likelyConsequences: text(10000),
    /** Null: not yet assessed. */
    risk: z.enum(BREACH_RISKS).nullable(),
    riskRationale: text(5000),
    measuresTaken: text(10000),
    measuresPlanned: text(10000),
    /** Customers named by hand; others are affected through the linked services, sites and devices. */
    customerIds: z.array(id).max(100000),
    serviceIds: z.array(id).max(500),
    systemIds: z.array(id).max(500),
    siteIds: z.array(id).max(5000),
    equipmentIds: z.array(id).max(20000),
    imyNotifiedAt: optionalInstant,
    imyReference: text(200),
    /** Art. 33(1): required when IMY was (or is still not) notified after 72 hours. */
    imyDelayReason: text(5000),
    supplements: z.array(breachSupplement).max(200),
    subjectsInformedAt: optionalInstant,
    subjectsMethod: text(2000),
    subjectsExemption: z.enum(SUBJECT_NOTICE_EXEMPTIONS).nullable(),
    otherReports: z.array(breachReport).max(50),
    dpoConsulted: z.boolean(),
    lessonsLearned: text(10000),
    closedOn: optionalDate,
  })
  .refine((f) => f.occurredFrom === null || f.occurredTo === null || f.occurredFrom <= f.occurredTo, {
    path: ['occurredTo'],
    message: 'v.breach.endBeforeStart',
  })
  .refine((f) => f.imyNotifiedAt === null || f.imyNotifiedAt >= f.discoveredAt, {
    path: ['imyNotifiedAt'],
    message: 'v.breach.beforeDiscovered',
  })
  .refine((f) => f.subjectsInformedAt === null || f.subjectsInformedAt >= f.discoveredAt, {
    path: ['subjectsInformedAt'],
    message: 'v.breach.beforeDiscovered',
  })
  .refine((f) => f.closedOn === null || f.closedOn >= f.discoveredAt.slice(0, 10), {
    path: ['closedOn'],
    message: 'v.breach.beforeDiscovered',
  })
  .refine((f) => f.risk !== 'no_risk' || f.riskRationale !== '', { path: ['riskRationale'], message: 'v.breach.noRiskRationale' })
  .refine((f) => f.subjectsExemption === null || f.risk === 'high_risk', {
    path: ['subjectsExemption'],
    message: 'v.breach.exemptionOnlyHighRisk',
  })
  .refine((f) => f.subjectsInformedAt === null || f.subjectsMethod !== '', { path: ['subjectsMethod'], message: 'v.required' })
  .refine((f) => f.imyNotifiedAt !== null || f.imyReference === '', {
    path: ['imyNotifiedAt'],
    message: 'v.breach.referenceWithoutNotice',
  });
export type BreachFields = z.input<typeof breachFields>;

export const emptyBreach: Omit<BreachFields, 'discoveredAt'> = {
  title: '',
  ourRole: 'controller',
  occurredFrom: null,
  occurredTo: null,
  endedAt: null,
  breachTypes: [],
  cause: 'other',
  description: '',
  subjectTermIds: [],
  dataTermIds: [],
  approxSubjects: null,
  approxRecords: null,
  specialCategories: false,
  likelyConsequences: '',
  risk: null,
  riskRationale: '',
  measuresTaken: '',
  measuresPlanned: '',
  customerIds: [],
  serviceIds: [],
  systemIds: [],
  siteIds: [],
  equipmentIds: [],
  imyNotifiedAt: null,
  imyReference: '',
  imyDelayReason: '',
  supplements: [],
  subjectsInformedAt: null,
  subjectsMethod: '',
  subjectsExemption: null,
  otherReports: [],
  dpoConsulted: false,
  lessonsLearned: '',
  closedOn: null,
};

/**
 * The clock to IMY (controller only), as of a moment. not_assessed: no risk assessment yet (the
 * clock runs anyway); not_required: assessed as no risk; running / overdue: not notified yet;
 * met / late: notified within or after 72 hours.
 */
export const IMY_CLOCK_STATES = ['not_applicable', 'not_assessed', 'not_required', 'running', 'overdue', 'met', 'late'] as const;
export type ImyClockState = (typeof IMY_CLOCK_STATES)[number];

export const imyClock = z.object({
  state: z.enum(IMY_CLOCK_STATES),
  /** discoveredAt + 72 h (UTC). */
  deadline: isoDateTime,
  /** Whole minutes to the deadline as of `now` (negative: over); null once notified or not required. */
  minutesLeft: z.number().int().nullable(),
  /** Hours from discovery to notification, when notified. */
  hoursToNotice: z.number().nullable(),
});
export type ImyClock = z.output<typeof imyClock>;

export const AFFECTED_VIA = ['named', 'service', 'site', 'equipment'] as const;
export type AffectedVia = (typeof AFFECTED_VIA)[number];

/** A customer (controller) affected by a processor breach, and its notice. */
export const affectedCustomer = z.object({
  customerId: id,
  name: z.string(),
  /** How the register links it to the breach (a device at its site, a service it subscribes to, named). */
  via: z.array(z.enum(AFFECTED_VIA)),
  /** The language of its notice: its signed agreement's, Swedish without one. */
  lang: language,
  agreement: z.object({ id, reference: z.string() }).nullable(),
  notifiedAt: isoDateTime.nullable(),
  notifiedVia: z.enum(BREACH_NOTICE_VIA).nullable(),
  note: z.string(),
  /** Hours from discovery to the notice, when given. */
  hoursToNotice: z.number().nullable(),
});
export type AffectedCustomer = z.output<typeof affectedCustomer>;

const ref = z.object({ id, name: z.string() });

export const breachSummary = z.object({
  id,
  revision,
  title: z.string(),
  ourRole: z.enum(OUR_ROLES),
  discoveredAt: isoDateTime,
  cause: z.enum(BREACH_CAUSES),
  risk: z.enum(BREACH_RISKS).nullable(),
  imy: imyClock,
  /** As processor: affected customers, and how many of them were notified. */
  customersAffected: z.number().int(),
  customersNotified: z.number().int(),
  closedOn: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type BreachSummary = z.output<typeof breachSummary>;

export const breach = breachSummary.extend({
  fields: z.object({
    title: z.string(),
    ourRole: z.enum(OUR_ROLES),
    discoveredAt: isoDateTime,
    occurredFrom: isoDateTime.nullable(),
    occurredTo: isoDateTime.nullable(),
    endedAt: isoDateTime.nullable(),
    breachTypes: z.array(z.enum(BREACH_TYPES)),
    cause: z.enum(BREACH_CAUSES),
    description: z.string(),
    subjectTermIds: z.array(id),
    dataTermIds: z.array(id),
    approxSubjects: z.number().int().nullable(),
    approxRecords: z.number().int().nullable(),
    specialCategories: z.boolean(),
    likelyConsequences: z.string(),
    risk: z.enum(BREACH_RISKS).nullable(),
    riskRationale: z.string(),
    measuresTaken: z.string(),
    measuresPlanned: z.string(),
    customerIds: z.array(id),
    serviceIds: z.array(id),
    systemIds: z.array(id),
    siteIds: z.array(id),
    equipmentIds: z.array(id),
    imyNotifiedAt: isoDateTime.nullable(),
    imyReference: z.string(),
    imyDelayReason: z.string(),
    supplements: z.array(z.object({ at: isoDateTime, summary: z.string() })),
    subjectsInformedAt: isoDateTime.nullable(),
    subjectsMethod: z.string(),
    subjectsExemption: z.enum(SUBJECT_NOTICE_EXEMPTIONS).nullable(),
    otherReports: z.array(z.object({ authority: z.enum(OTHER_AUTHORITIES), at: isoDateTime, reference: z.string(), note: z.string() })),
    dpoConsulted: z.boolean(),
    lessonsLearned: z.string(),
    closedOn: z.string().nullable(),
  }),
  subjectTerms: z.array(ref),
  dataTerms: z.array(ref),
  services: z.array(ref),
  systems: z.array(ref),
  /** Sites and devices with the customer they belong to. */
  sites: z.array(ref.extend({ customerId: id, customerName: z.string() })),
  equipment: z.array(ref.extend({ customerId: id, customerName: z.string(), siteName: z.string().nullable() })),
  customers: z.array(affectedCustomer),
  /** Art. 34: true when the risk is high and no exemption is recorded. */
  subjectsNoticeRequired: z.boolean(),
  /** Message keys of what does not add up or is missing (w.breach.*). */
  warnings: z.array(z.string()),
  createdAt: isoDateTime,
});
export type Breach = z.output<typeof breach>;

/** One open clock (the overview, issue 17). */
export const breachClock = z.object({
  breachId: id,
  title: z.string(),
  kind: z.enum(['imy', 'customer', 'subjects']),
  /** For kind 'customer'. */
  customerId: id.nullable(),
  customerName: z.string().nullable(),
  /** For 'imy': the 72-hour deadline; otherwise null (without undue delay). */
  deadline: isoDateTime.nullable(),
  minutesLeft: z.number().int().nullable(),
});
export type BreachClock = z.output<typeof breachClock>;

export const BREACH_DOCUMENTS = ['customerNotice', 'imyDraft', 'subjectNotice'] as const;
export type BreachDocument = (typeof BREACH_DOCUMENTS)[number];

export const BREACH_LIST_FILTERS = ['open', 'closed', 'all'] as const;

export const breachMethods = {
  /** Open breaches first (the nearest clock first), then closed ones newest first. `now`: the moment clocks are read. */
  'breaches.list': {
    input: z.object({
      filter: z.enum(BREACH_LIST_FILTERS).default('open'),
      search: text(200).default(''),
      ourRole: z.enum(OUR_ROLES).optional(),
      customerId: id.optional(),
      now: instant.optional(),
      ...paging,
    }),
    output: z.object({
      rows: z.array(breachSummary),
      total: z.number().int(),
      counts: z.object({ open: z.number().int(), imyOverdue: z.number().int(), customersToNotify: z.number().int() }),
    }),
  },
  'breaches.get': { input: z.object({ id, now: instant.optional() }), output: breach },
  'breaches.create': { changes: ['breaches'], input: breachFields, output: breach },
  'breaches.update': { changes: ['breaches'], input: z.object({ id, revision, fields: breachFields }), output: breach },
  'breaches.delete': { changes: ['breaches'], input: z.object({ id, revision }), output: z.object({ id }) },
  /** Records (or with notifiedAt null, clears) when an affected customer was told. */
  'breaches.recordCustomerNotice': {
    changes: ['breaches'],
    input: z.object({
      id,
      revision,
      customerId: id,
      notifiedAt: optionalInstant,
      via: z.enum(BREACH_NOTICE_VIA).nullable(),
      note: text(2000),
    }),
    output: breach,
  },
  /** Open clocks of all open breaches, nearest first. */
  'breaches.clocks': { input: z.object({ now: instant.optional() }), output: z.array(breachClock) },
  /**
   * One of the breach's documents (DOCX): the notice to an affected customer (in its agreement's
   * language unless `lang`), the draft for IMY's e-service form, or the notice to data subjects.
   * Preflight document 'breachDocument'. Null when the save dialog is cancelled.
   */
  'breaches.document': {
    input: z.object({
      id,
      document: z.enum(BREACH_DOCUMENTS),
      customerId: id.optional(),
      lang: language.optional(),
      path: filePath.optional(),
    }),
    output: z.object({ path: z.string(), bytes: z.number().int() }).nullable(),
  },
  /** The notices to every affected customer into one folder (the CLI's breach-notices). */
  'breaches.customerNotices': {
    input: z.object({ id, folder: filePath.optional() }),
    output: z.object({ folder: z.string(), files: z.array(z.string()) }).nullable(),
  },
} as const;
