// Data subject requests (issue 16): the register of requests with the Art. 12(3) deadline and its
// extension, the identity check, what was searched and found, and the access reply built from
// the register. As processor a request is forwarded to the customer it belongs to.
import { z } from 'zod';
import {
  DEADLINE_STATES,
  DSR_CHANNELS,
  DSR_OUTCOMES,
  DSR_RIGHTS,
  DSR_STATUSES,
  IDENTITY_STATES,
  OUR_ROLES,
  type DsrStatus,
} from '../domain/enums';
import { calendarDate, filePath, id, isoDate, isoDateTime, language, optionalDate, paging, requiredText, revision, text } from './common';

export {
  DEADLINE_STATES,
  DSR_CHANNELS,
  DSR_OUTCOMES,
  DSR_RIGHTS,
  DSR_STATUSES,
  IDENTITY_STATES,
  OUR_ROLES,
  type DeadlineState,
  type DsrChannel,
  type DsrOutcome,
  type DsrRight,
  type DsrStatus,
  type IdentityState,
  type OurRole,
} from '../domain/enums';

/** Statuses that close a request: its deadline is met or missed once and for all. */
export const CLOSED_DSR_STATUSES: readonly DsrStatus[] = ['answered', 'refused'];
/** Outcomes that refuse the request: a reason is required (Art. 12(4)). */
export const REFUSING_OUTCOMES = ['refused_unfounded_excessive', 'refused_exemption'] as const;
/** Days before the legal deadline that the list calls "due soon". */
export const DUE_SOON_DAYS = 7;

export const dsrRequestFields = z
  .object({
    right: z.enum(DSR_RIGHTS),
    receivedOn: isoDate,
    channel: z.enum(DSR_CHANNELS),
    requesterName: requiredText(200),
    /** E-mail, phone or address: how the answer reaches the requester. */
    requesterContact: text(500),
    /** What the person asked, in their words or summarised. */
    requestText: text(5000),
    ourRole: z.enum(OUR_ROLES),
    /** As processor: the customer (controller) whose request it is (required then). */
    customerId: id.nullable(),
    /** As processor: when it was forwarded to the customer (Art. 28(3)(e)). */
    forwardedOn: optionalDate,
    customerInstruction: text(5000),
    identity: z.enum(IDENTITY_STATES),
    /** How identity was checked (required once verified or failed). */
    identityMethod: text(500),
    identityCheckedOn: optionalDate,
    identityCheckedBy: text(200),
    /** As controller: the activities and systems it concerns (the access reply lists these activities). */
    activityIds: z.array(id).max(500),
    systemIds: z.array(id).max(500),
    searched: text(5000),
    found: text(5000),
    /** Art. 12(3): two more months; the requester must be told within the first month, with reasons. */
    extensionReason: text(2000),
    extensionNotifiedOn: optionalDate,
    status: z.enum(DSR_STATUSES),
    outcome: z.enum(DSR_OUTCOMES).nullable(),
    /** Why it was refused or only partly granted (required for a refusal). */
    outcomeReason: text(2000),
    feeSek: z.number().int().min(0).max(1_000_000).nullable(),
    answeredOn: optionalDate,
    /** Art. 19: when recipients were told of a rectification, erasure or restriction. */
    recipientsNotifiedOn: optionalDate,
    recipientsNote: text(2000),
    notes: text(5000),
  })
  .refine((f) => f.ourRole !== 'processor' || f.customerId !== null, { path: ['customerId'], message: 'v.required' })
  .refine((f) => f.status !== 'forwarded' || f.ourRole === 'processor', { path: ['status'], message: 'v.request.forwardedOnlyProcessor' })
  .refine((f) => f.status !== 'forwarded' || f.forwardedOn !== null, { path: ['forwardedOn'], message: 'v.required' })
  .refine((f) => !['verified', 'failed'].includes(f.identity) || f.identityMethod !== '', {
    path: ['identityMethod'],
    message: 'v.required',
  })
  .refine((f) => !['verified', 'failed'].includes(f.identity) || f.identityCheckedOn !== null, {
    path: ['identityCheckedOn'],
    message: 'v.required',
  })
  .refine((f) => f.extensionNotifiedOn === null || f.extensionReason !== '', { path: ['extensionReason'], message: 'v.required' })
  .refine((f) => f.extensionNotifiedOn === null || f.extensionNotifiedOn >= f.receivedOn, {
    path: ['extensionNotifiedOn'],
    message: 'v.request.beforeReceived',
  })
  .refine((f) => !CLOSED_DSR_STATUSES.includes(f.status) || f.answeredOn !== null, { path: ['answeredOn'], message: 'v.required' })
  .refine((f) => !CLOSED_DSR_STATUSES.includes(f.status) || f.outcome !== null, { path: ['outcome'], message: 'v.required' })
  .refine((f) => f.answeredOn === null || f.answeredOn >= f.receivedOn, { path: ['answeredOn'], message: 'v.request.beforeReceived' })
  .refine((f) => f.forwardedOn === null || f.forwardedOn >= f.receivedOn, { path: ['forwardedOn'], message: 'v.request.beforeReceived' })
  .refine((f) => f.status !== 'refused' || (f.outcome !== null && (REFUSING_OUTCOMES as readonly string[]).includes(f.outcome)), {
    path: ['outcome'],
    message: 'v.request.refusedOutcome',
  })
  .refine((f) => f.outcome === null || !(REFUSING_OUTCOMES as readonly string[]).includes(f.outcome) || f.outcomeReason !== '', {
    path: ['outcomeReason'],
    message: 'v.required',
  });
export type DsrRequestFields = z.input<typeof dsrRequestFields>;

/** A request logged by hand, before anything is filled in (receivedOn: today, set by the form). */
export const emptyDsrRequest: Omit<DsrRequestFields, 'receivedOn'> = {
  right: 'access',
  channel: 'email',
  requesterName: '',
  requesterContact: '',
  requestText: '',
  ourRole: 'controller',
  customerId: null,
  forwardedOn: null,
  customerInstruction: '',
  identity: 'pending',
  identityMethod: '',
  identityCheckedOn: null,
  identityCheckedBy: '',
  activityIds: [],
  systemIds: [],
  searched: '',
  found: '',
  extensionReason: '',
  extensionNotifiedOn: null,
  status: 'received',
  outcome: null,
  outcomeReason: '',
  feeSek: null,
  answeredOn: null,
  recipientsNotifiedOn: null,
  recipientsNote: '',
  notes: '',
};

const ref = z.object({ id, name: z.string() });

/** The clock of one request, as of a day (shared/deadlines.ts computes it). */
export const requestClock = z.object({
  /** One month after receipt, moved to the next working day (Art. 12(3)). */
  firstDueOn: calendarDate,
  /** Three months after receipt when an extension was notified; null without one. */
  extendedDueOn: calendarDate.nullable(),
  /** The deadline that applies: the extended one only when the extension was notified in time. */
  dueOn: calendarDate,
  /** The internal target: 28 days after receipt, moved back to a working day. */
  targetOn: calendarDate,
  /** True when the requester was told of the extension after the first month: it does not count. */
  extensionLate: z.boolean(),
  state: z.enum(DEADLINE_STATES),
  /** Days from the day asked about to dueOn (negative: overdue); null once closed. */
  daysLeft: z.number().int().nullable(),
  /** Closed after dueOn. */
  answeredLate: z.boolean(),
});
export type RequestClock = z.output<typeof requestClock>;

export const dsrRequestSummary = z.object({
  id,
  revision,
  right: z.enum(DSR_RIGHTS),
  receivedOn: z.string(),
  channel: z.enum(DSR_CHANNELS),
  requesterName: z.string(),
  ourRole: z.enum(OUR_ROLES),
  customer: ref.nullable(),
  status: z.enum(DSR_STATUSES),
  outcome: z.enum(DSR_OUTCOMES).nullable(),
  identity: z.enum(IDENTITY_STATES),
  answeredOn: z.string().nullable(),
  forwardedOn: z.string().nullable(),
  clock: requestClock,
  updatedAt: isoDateTime,
});
export type DsrRequestSummary = z.output<typeof dsrRequestSummary>;

export const dsrRequest = dsrRequestSummary.extend({
  fields: z.object({
    right: z.enum(DSR_RIGHTS),
    receivedOn: z.string(),
    channel: z.enum(DSR_CHANNELS),
    requesterName: z.string(),
    requesterContact: z.string(),
    requestText: z.string(),
    ourRole: z.enum(OUR_ROLES),
    customerId: id.nullable(),
    forwardedOn: z.string().nullable(),
    customerInstruction: z.string(),
    identity: z.enum(IDENTITY_STATES),
    identityMethod: z.string(),
    identityCheckedOn: z.string().nullable(),
    identityCheckedBy: z.string(),
    activityIds: z.array(id),
    systemIds: z.array(id),
    searched: z.string(),
    found: z.string(),
    extensionReason: z.string(),
    extensionNotifiedOn: z.string().nullable(),
    status: z.enum(DSR_STATUSES),
    outcome: z.enum(DSR_OUTCOMES).nullable(),
    outcomeReason: z.string(),
    feeSek: z.number().int().nullable(),
    answeredOn: z.string().nullable(),
    recipientsNotifiedOn: z.string().nullable(),
    recipientsNote: z.string(),
    notes: z.string(),
  }),
  activities: z.array(ref),
  systems: z.array(ref),
  /** Message keys of what does not add up (w.request.*): a late extension, a processor request not forwarded, … */
  warnings: z.array(z.string()),
  createdAt: isoDateTime,
});
export type DsrRequest = z.output<typeof dsrRequest>;

/** One dated thing to act on (the overview, issue 17). */
export const requestDeadline = z.object({
  requestId: id,
  right: z.enum(DSR_RIGHTS),
  requesterName: z.string(),
  customerName: z.string().nullable(),
  dueOn: calendarDate,
  targetOn: calendarDate,
  state: z.enum(DEADLINE_STATES),
  daysLeft: z.number().int(),
});
export type RequestDeadline = z.output<typeof requestDeadline>;

export const REQUEST_LIST_FILTERS = ['open', 'overdue', 'due_soon', 'closed', 'all'] as const;

export const requestMethods = {
  /** Open requests soonest deadline first; closed ones newest first. `on`: the day the clocks are read (today when absent). */
  'requests.list': {
    input: z.object({
      filter: z.enum(REQUEST_LIST_FILTERS).default('open'),
      search: text(200).default(''),
      right: z.enum(DSR_RIGHTS).optional(),
      ourRole: z.enum(OUR_ROLES).optional(),
      customerId: id.optional(),
      on: isoDate.optional(),
      ...paging,
    }),
    output: z.object({
      rows: z.array(dsrRequestSummary),
      total: z.number().int(),
      /** Over the whole register, whatever the filter. */
      counts: z.object({ open: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
    }),
  },
  'requests.get': { input: z.object({ id, on: isoDate.optional() }), output: dsrRequest },
  'requests.create': { changes: ['requests'], input: dsrRequestFields, output: dsrRequest },
  'requests.update': { changes: ['requests'], input: z.object({ id, revision, fields: dsrRequestFields }), output: dsrRequest },
  'requests.delete': { changes: ['requests'], input: z.object({ id, revision }), output: z.object({ id }) },
  /** Open requests' deadlines, soonest first. */
  'requests.deadlines': { input: z.object({ on: isoDate.optional(), customerId: id.optional() }), output: z.array(requestDeadline) },
  /**
   * The draft reply to an access request (DOCX): Art. 15(1)(a)–(h) for the request's activities (or
   * those given), with a place for the copy of the data. Preflight document 'accessReply'.
   * Null when the save dialog is cancelled.
   */
  'requests.accessReply': {
    input: z.object({ id, lang: language, activityIds: z.array(id).max(500).optional(), path: filePath.optional() }),
    output: z.object({ path: z.string(), bytes: z.number().int() }).nullable(),
  },
} as const;
