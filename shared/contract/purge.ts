// Retention applied to the register's own records: purge list, purge, legal holds, deletion log (issue 6).
import { z } from 'zod';
import { PURGE_RECORD_KINDS, RETENTION_ACTIONS } from '../domain/enums';
import { calendarDate, id, isoDate, isoDateTime, requiredText, revision } from './common';

const words = z.object({ sv: z.string(), en: z.string() });

/** How far ahead the purge list looks: what is due now, or also what falls due within 30 or 90 days. */
export const PURGE_HORIZONS = [0, 30, 90] as const;

/**
 * A fix target's field on a retention rule that means the purge list (the tab "Att gallra"), not
 * a field of the rule's form: where the attention list's purge items are dealt with.
 */
export const PURGE_LIST_FIELD = 'purgeList';

/** A count per kind of record; every kind is present (0 when none). */
export const recordCounts = z.object({
  contact_person: z.number().int(),
  site: z.number().int(),
  equipment: z.number().int(),
  agreement: z.number().int(),
  dsr_request: z.number().int(),
  breach: z.number().int(),
});
export type RecordCounts = z.output<typeof recordCounts>;

export const purgeItem = z.object({
  /** Identifies the record across calls: `<recordKind>:<recordId>`. */
  key: z.string(),
  /** The rule that decides when the record goes (domain.md §7.3: several rules on one record). */
  ruleId: id,
  ruleName: words,
  /** Null for the firm's own records: a request or breach as controller, or one that names no customer. */
  customerId: id.nullable(),
  customerName: z.string().nullable(),
  recordKind: z.enum(PURGE_RECORD_KINDS),
  recordId: id,
  /** What the user recognises the record by: a contact's name, a site's name, a device's hostname. */
  recordLabel: z.string(),
  /** The date the period runs from (the event's date, or the record's). */
  anchorDate: calendarDate,
  dueOn: calendarDate,
  backupDueOn: calendarDate,
  /** dueOn is on or before the list's date (otherwise it falls due within the horizon). */
  due: z.boolean(),
  action: z.enum(RETENTION_ACTIONS),
  /** Return, archive and review are done by hand: listed with the reason, never carried out here. */
  manual: z.boolean(),
  /** The active legal hold that suspends the purge ("spärrad"), if any. */
  heldBy: z.object({ id, reason: z.string() }).nullable(),
  /** E.g. "Avtalet upphörde 2025-05-15; regeln CMDB: rensas ett år efter avslutat avtal". */
  reason: words,
  /** Message keys, e.g. the rule's period is shorter than the legal minimum. */
  warnings: z.array(z.string()),
});
export type PurgeItem = z.output<typeof purgeItem>;

export const purgeListInput = z.object({
  /** The day to look from; today (Europe/Stockholm) when left out. */
  on: isoDate.optional(),
  horizonDays: z.union([z.literal(0), z.literal(30), z.literal(90)]).default(0),
});

export const purgeList = z.object({
  on: calendarDate,
  /** The last due date included: `on` plus the horizon. */
  until: calendarDate,
  /** Sorted by due date, then rule, customer and record. */
  items: z.array(purgeItem),
});
export type PurgeList = z.output<typeof purgeList>;

export const purgeRunInput = z.object({
  on: isoDate,
  /** Which items to carry out; by default every item that is due, not held and not manual. */
  keys: z.array(z.string().max(100)).max(100_000).optional(),
});

export const purgeResult = z.object({
  on: calendarDate,
  deleted: recordCounts,
  anonymised: recordCounts,
  /** One deletion log entry per rule, customer and action. */
  logEntryIds: z.array(id),
});
export type PurgeResult = z.output<typeof purgeResult>;

export const legalHold = z.object({
  id,
  revision,
  /** Null: every customer. */
  customerId: id.nullable(),
  customerName: z.string().nullable(),
  /** Null: every rule that allows a hold. */
  ruleId: id.nullable(),
  ruleName: words.nullable(),
  reason: z.string(),
  placedOn: calendarDate,
  releasedOn: calendarDate.nullable(),
  /** Not released (as of today). */
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type LegalHold = z.output<typeof legalHold>;

export const legalHoldFields = z.object({
  customerId: id.nullable(),
  ruleId: id.nullable(),
  reason: requiredText(1000),
  /** Today when left out. */
  placedOn: isoDate.optional(),
});
export type LegalHoldFields = z.input<typeof legalHoldFields>;

export const deletionLogEntry = z.object({
  id,
  performedAt: isoDateTime,
  /** The date the purge was carried out for. */
  purgeDate: calendarDate,
  ruleId: id.nullable(),
  ruleName: z.string(),
  action: z.enum(['delete', 'anonymise']),
  customerId: id.nullable(),
  /** The customer is a company; the log never holds a person's name, e-mail, serial number or note. */
  customerName: z.string(),
  records: recordCounts,
  performedBy: z.string(),
});
export type DeletionLogEntry = z.output<typeof deletionLogEntry>;

export const purgeMethods = {
  /** What is due for purging on a day (default today), and optionally what falls due in 30 or 90 days. */
  'purge.list': { input: purgeListInput, output: purgeList },
  /** Deletes or anonymises the due records and writes the deletion log, all in one transaction. */
  'purge.run': {
    changes: ['purge', 'customers', 'sites', 'equipment', 'agreements', 'requests', 'breaches', 'history', 'changeNotices'],
    input: purgeRunInput,
    output: purgeResult,
  },
  'legalHolds.list': { input: z.object({}), output: z.array(legalHold) },
  'legalHolds.create': { changes: ['legalHolds'], input: legalHoldFields, output: legalHold },
  'legalHolds.release': { changes: ['legalHolds'], input: z.object({ id, revision, releasedOn: isoDate.optional() }), output: legalHold },
  'deletionLog.list': { input: z.object({}), output: z.array(deletionLogEntry) },
} as const;
