import { z } from 'zod';
import {
  PURGE_RECORD_KINDS,
  RETENTION_ACTIONS,
  RETENTION_ANCHORS,
  RETENTION_EVENTS,
  RETENTION_ROUNDINGS,
  type PurgeRecordKind,
  type RetentionAnchorKind,
  type RetentionEvent,
} from '../domain/enums';
import { id, isoDateTime, requiredText, revision, text } from './common';

/** The longest period a rule may give (in days, as a rough measure): 200 years keeps due dates on the calendar. */
const DURATION_MAX_DAYS = 200 * 366;

/** Roughly how many days an ISO date duration spans (a year as 366 days, a month as 30.5). */
function roughDays(duration: string): number {
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(duration)?.[1] ?? 0);
  return part('Y') * 366 + part('M') * 30.5 + part('W') * 7 + part('D');
}

/** ISO 8601 date durations as used by retention rules: P7Y, P1Y6M, P30D, P2W; at most 200 years. */
export const isoDuration = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, { error: 'v.duration', abort: true })
      .refine((d) => roughDays(d) <= DURATION_MAX_DAYS, { error: 'v.durationTooLong' }),
  );

/**
 * The starting points that make sense for each of the register's own records: an anchor is
 * `created`, `last_activity` or the name of an event (domain.md §7.3).
 */
export const RECORD_KIND_ANCHORS: Record<PurgeRecordKind, readonly (Exclude<RetentionAnchorKind, 'event'> | RetentionEvent)[]> = {
  contact_person: ['created', 'last_activity', 'contract_ended'],
  site: ['contract_ended', 'site_closed', 'created'],
  equipment: ['contract_ended', 'asset_decommissioned', 'created'],
  agreement: ['agreement_terminated', 'created'],
  // Closed: answered (or, as processor, forwarded to the customer); a breach on its closing day.
  dsr_request: ['request_closed', 'created'],
  breach: ['breach_closed', 'created'],
};

/**
 * Whether a rule counted from this anchor can apply to the record kind. A register-defined event
 * (anchorEvent null) fits none: the register holds no dates for it.
 */
export function anchorFitsKind(kind: PurgeRecordKind, anchorKind: RetentionAnchorKind, anchorEvent: RetentionEvent | null): boolean {
  const anchor = anchorKind === 'event' ? anchorEvent : anchorKind;
  return anchor !== null && RECORD_KIND_ANCHORS[kind].includes(anchor);
}

/** Which of the register's own records a rule purges; each kind once, in a fixed order. */
export const purgeRecordKinds = z
  .array(z.enum(PURGE_RECORD_KINDS))
  .max(PURGE_RECORD_KINDS.length * 2)
  .transform((kinds) => PURGE_RECORD_KINDS.filter((k) => kinds.includes(k)));

const ownRecordsParsed = (p: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
  typeof p.value === 'object' &&
  p.value !== null &&
  Array.isArray((p.value as { appliesTo?: unknown }).appliesTo) &&
  !p.issues.some((i) => ['anchorKind', 'anchorEvent', 'action', 'appliesTo', 'duration'].includes(String(i.path?.[0])));

/** The refinements below run only when the fields they compare parsed. */
const parsedWithout =
  (...fields: string[]) =>
  (p: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    typeof p.value === 'object' && p.value !== null && !p.issues.some((i) => fields.includes(String(i.path?.[0])));

export const retentionRuleFields = z
  .object({
    nameSv: requiredText(200),
    nameEn: text(200),
    storageLocation: text(300),
    purpose: text(1000),
    /** English variant (optional; documents in English fall back to the Swedish, marked). */
    storageLocationEn: text(300).default(''),
    purposeEn: text(1000).default(''),
    anchorKind: z.enum(RETENTION_ANCHORS),
    /** A built-in event; with anchorKind 'event' exactly one of anchorEvent and anchorEventId is set. */
    anchorEvent: z.enum(RETENTION_EVENTS).nullable(),
    /** A register-defined event (retentionEvents.*), e.g. "fakturan betald". */
    anchorEventId: id.nullable().default(null),
    roundAnchorTo: z.enum(RETENTION_ROUNDINGS),
    /** Null: as long as the purpose needs, no number. Printable, never purged automatically. */
    duration: isoDuration.nullable(),
    /** The shorter end of a range ("3–28 dagar"); `duration` is the longer end, when the purge is due. */
    durationMin: isoDuration.nullable().default(null),
    inclusive: z.boolean(),
    backupLag: isoDuration.nullable(),
    action: z.enum(RETENTION_ACTIONS),
    legalMinimumDuration: isoDuration.nullable(),
    legalMinimumSource: text(300),
    legalBasisRef: text(300),
    legalHoldAllowed: z.boolean(),
    policySv: text(5000),
    policyEn: text(5000),
    /** What the rule does not cover, the firm's words: "underlag som ska sparas enligt bokföringslagen". */
    exceptionSv: text(1000).default(''),
    exceptionEn: text(1000).default(''),
    /** The register's own records the rule purges (product.md §3.6); empty for rules about other data. */
    appliesTo: purgeRecordKinds.default([]),
  })
  .refine((r) => r.anchorKind !== 'event' || r.anchorEvent !== null || r.anchorEventId !== null, {
    path: ['anchorEvent'],
    message: 'v.required',
    when: parsedWithout('anchorKind', 'anchorEvent', 'anchorEventId'),
  })
  .refine((r) => !(r.anchorEvent !== null && r.anchorEventId !== null), {
    path: ['anchorEvent'],
    message: 'v.retention.twoEvents',
    when: parsedWithout('anchorEvent', 'anchorEventId'),
  })
  .refine((r) => r.durationMin === null || r.duration !== null, {
    path: ['durationMin'],
    message: 'v.retention.rangeWithoutMax',
    when: parsedWithout('duration', 'durationMin'),
  })
  .refine(
    (r) =>
      r.durationMin === null || r.duration === null || (roughDays(r.durationMin) > 0 && roughDays(r.durationMin) < roughDays(r.duration)),
    {
      path: ['durationMin'],
      message: 'v.retention.rangeOrder',
      when: parsedWithout('duration', 'durationMin'),
    },
  )
  .refine((r) => r.duration !== null || r.appliesTo.length === 0, {
    path: ['appliesTo'],
    message: 'v.retention.noDurationNoPurge',
    when: ownRecordsParsed,
  })
  .refine((r) => r.appliesTo.every((kind) => anchorFitsKind(kind, r.anchorKind, r.anchorKind === 'event' ? r.anchorEvent : null)), {
    path: ['appliesTo'],
    message: 'v.retention.anchorNotForKind',
    when: ownRecordsParsed,
  })
  .refine((r) => !(r.action === 'anonymise' && r.appliesTo.includes('agreement')), {
    path: ['appliesTo'],
    message: 'v.retention.anonymiseAgreement',
    when: ownRecordsParsed,
  });
export type RetentionRuleFields = z.input<typeof retentionRuleFields>;

/** A new, empty rule (one year after the contract ended): the starting point of the form, the sample data and tests. */
export const emptyRetentionRule: RetentionRuleFields = {
  nameSv: '',
  nameEn: '',
  storageLocation: '',
  purpose: '',
  storageLocationEn: '',
  purposeEn: '',
  anchorKind: 'event',
  anchorEvent: 'contract_ended',
  anchorEventId: null,
  roundAnchorTo: 'none',
  duration: 'P1Y',
  durationMin: null,
  inclusive: false,
  backupLag: null,
  action: 'delete',
  legalMinimumDuration: null,
  legalMinimumSource: '',
  legalBasisRef: '',
  legalHoldAllowed: true,
  policySv: '',
  policyEn: '',
  exceptionSv: '',
  exceptionEn: '',
  appliesTo: [],
};

export const retentionRule = z.object({
  id,
  revision,
  nameSv: z.string(),
  nameEn: z.string(),
  storageLocation: z.string(),
  purpose: z.string(),
  storageLocationEn: z.string(),
  purposeEn: z.string(),
  anchorKind: z.enum(RETENTION_ANCHORS),
  anchorEvent: z.enum(RETENTION_EVENTS).nullable(),
  anchorEventId: id.nullable(),
  /**
   * The event the period counts from, built-in or the register's own; null without an event anchor.
   * `en` is '' when a register-defined event has no English label (documents mark the Swedish).
   */
  anchorEventLabel: z.object({ sv: z.string(), en: z.string() }).nullable(),
  roundAnchorTo: z.enum(RETENTION_ROUNDINGS),
  /** Null: as long as the purpose needs (no number). */
  duration: z.string().nullable(),
  durationMin: z.string().nullable(),
  inclusive: z.boolean(),
  backupLag: z.string().nullable(),
  action: z.enum(RETENTION_ACTIONS),
  legalMinimumDuration: z.string().nullable(),
  legalMinimumSource: z.string(),
  legalBasisRef: z.string(),
  legalHoldAllowed: z.boolean(),
  policySv: z.string(),
  policyEn: z.string(),
  exceptionSv: z.string(),
  exceptionEn: z.string(),
  appliesTo: z.array(z.enum(PURGE_RECORD_KINDS)),
  /** The rule in words, e.g. "Rensas ett år efter avslutat avtal" (range, exception and backups included). */
  summary: z.object({ sv: z.string(), en: z.string() }),
  /** E.g. the duration is shorter than the legal minimum. Message keys. */
  warnings: z.array(z.string()),
  usedBy: z.object({ activities: z.number().int(), services: z.number().int() }),
  updatedAt: isoDateTime,
});
export type RetentionRule = z.output<typeof retentionRule>;

/** A register-defined anchor event ("fakturan betald", "ärendet stängt", "fordran reglerad"). */
export const retentionEventFields = z.object({
  labelSv: requiredText(200),
  labelEn: text(200).default(''),
});
export type RetentionEventFields = z.input<typeof retentionEventFields>;

export const retentionEventRecord = z.object({
  id,
  revision,
  labelSv: z.string(),
  labelEn: z.string(),
  /** How many retention rules count from the event. */
  usedBy: z.number().int(),
  updatedAt: isoDateTime,
});
export type RetentionEventRecord = z.output<typeof retentionEventRecord>;

export const retentionMethods = {
  'retentionRules.list': { input: z.object({}), output: z.array(retentionRule) },
  'retentionRules.get': { input: z.object({ id }), output: retentionRule },
  'retentionRules.create': { changes: ['retentionRules'], input: retentionRuleFields, output: retentionRule },
  'retentionRules.update': {
    changes: ['retentionRules'],
    input: z.object({ id, revision, fields: retentionRuleFields }),
    output: retentionRule,
  },
  /** Refused with IN_USE while activities or services use the rule. */
  'retentionRules.delete': {
    changes: ['retentionRules', 'legalHolds', 'purge'],
    input: z.object({ id, revision }),
    output: z.object({ id }),
  },
  /** The register's own anchor events, in Swedish alphabetical order. */
  'retentionEvents.list': { input: z.object({}), output: z.array(retentionEventRecord) },
  'retentionEvents.create': { changes: ['retentionRules'], input: retentionEventFields, output: retentionEventRecord },
  'retentionEvents.update': {
    changes: ['retentionRules'],
    input: z.object({ id, revision, fields: retentionEventFields }),
    output: retentionEventRecord,
  },
  /** Refused with IN_USE while retention rules count from the event. */
  'retentionEvents.delete': { changes: ['retentionRules'], input: z.object({ id, revision }), output: z.object({ id }) },
  /** The words for a rule being edited, before it is saved (the form shows them live). */
  'retentionRules.describe': {
    input: retentionRuleFields,
    output: z.object({ sv: z.string(), en: z.string(), warnings: z.array(z.string()) }),
  },
} as const;
