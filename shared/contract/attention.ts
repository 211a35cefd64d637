// What needs attention (issue 17): one list derived from the register on every call, never
// stored. Each feature adds its kinds from its own folder (electron/core/<feature>/<feature>.attention.ts);
// what is stored is only the user's answer to an item: snoozed until a day, or not relevant, with
// who and why. An answer holds while the facts behind the item stay the same (its fingerprint).
import { z } from 'zod';
import { calendarDate, filePath, id, isoDate, language, revision, text } from './common';
import { fixTarget } from './preflight';

export const ATTENTION_KINDS = [
  /** A customer with an active subscription and no signed agreement. */
  'agreement.missing',
  /** An agreement sent and not signed after the register's reminder days. */
  'agreement.unsigned',
  /** A draft, sent or signed agreement whose register facts changed since it was generated. */
  'agreement.outOfDate',
  /** A signed agreement whose customer's last subscription ends: return or delete the data. */
  'agreement.ending',
  /** A processing activity past (or near) its next review date. */
  'activity.review',
  /** An activity that lacks mandatory fields. */
  'activity.incomplete',
  /** An active service that lacks mandatory fields. */
  'service.incomplete',
  /** Records due for purging now or within the horizon. */
  'purge.due',
  /** A legal hold whose review date has come. */
  'legalHold.review',
  /** A sub-processor outside the EU/EEA without a transfer mechanism, or with one that contradicts its place. */
  'subprocessor.transfer',
  /** A sub-processor we use without our own agreement with it recorded. */
  'subprocessor.agreementMissing',
  /** The organisation profile lacks what the documents need. */
  'organisation.profile',
  /** The privacy notice was never published or lacks what it must say. */
  'privacyNotice.missing',
  /** The privacy notice is older than the last change to the activities it covers. */
  'privacyNotice.stale',
  /** A change notice's customers must be told, or their objection period ends. */
  'changeNotice.deadline',
  /** A customer objected to a change and the objection is not resolved. */
  'changeNotice.objection',
  /** A data subject request's deadline (Art. 12(3)). */
  'request.deadline',
  /** A breach's clock: IMY within 72 hours (Art. 33), the controller without undue delay, the data subjects. */
  'breach.clock',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export const attentionKind = z.enum(ATTENTION_KINDS);

/** overdue: its day has passed; dueSoon: its day is within the horizon; toFix: no day, a gap to close. */
export const ATTENTION_SEVERITIES = ['overdue', 'dueSoon', 'toFix'] as const;
export type AttentionSeverity = (typeof ATTENTION_SEVERITIES)[number];

export const DISMISSAL_MODES = ['snooze', 'notRelevant'] as const;
export type DismissalMode = (typeof DISMISSAL_MODES)[number];

export const attentionDismissal = z.object({
  id,
  revision,
  mode: z.enum(DISMISSAL_MODES),
  /** Snoozed: the item is back on this day. */
  until: calendarDate.nullable(),
  reason: z.string(),
  /** Who answered: the display name, or the OS user when none is set. */
  by: z.string(),
  at: z.string(),
});
export type AttentionDismissal = z.output<typeof attentionDismissal>;

export const attentionItem = z.object({
  /** Stable across calls while the item concerns the same record: '<kind>:<record>'. */
  key: z.string(),
  kind: attentionKind,
  severity: z.enum(ATTENTION_SEVERITIES),
  /** The day it is due (or was); null for a gap with no date. */
  dueOn: calendarDate.nullable(),
  /** What needs doing and why, in the language asked for. */
  text: z.string(),
  /** The record it concerns, by name ("Kundregister", "Organisationen"). */
  subject: z.string(),
  /** Where it is fixed. */
  fix: fixTarget,
  /** A hash of the facts behind the item: an answer to it holds while this stays the same. */
  fingerprint: z.string(),
  /** The answer that hides it (only in `dismissed`). */
  dismissal: attentionDismissal.nullable(),
});
export type AttentionItem = z.output<typeof attentionItem>;

const severityCounts = z.object({ overdue: z.number().int(), dueSoon: z.number().int(), toFix: z.number().int() });

export const attentionList = z.object({
  /** The day the list was read for. */
  on: calendarDate,
  horizonDays: z.number().int(),
  /** Overdue first (oldest first), then due soon (soonest first), then to fix; dismissed ones left out. */
  items: z.array(attentionItem),
  /** Snoozed or not relevant, with their answers. */
  dismissed: z.array(attentionItem),
  counts: severityCounts,
  /** Items per kind, active ones only (the filter's counts). */
  byKind: z.record(z.string(), z.number().int()),
});
export type AttentionList = z.output<typeof attentionList>;

export const attentionSettings = z.object({
  revision,
  /** A sent agreement not signed after this many days is overdue (customer list and attention list). */
  sentAgreementDays: z.number().int(),
});
export type AttentionSettings = z.output<typeof attentionSettings>;

export const ATTENTION_HORIZON_DEFAULT = 30;
export const ATTENTION_HORIZON_MAX = 366;

export const attentionMethods = {
  /** Everything that needs action on `on` (today when absent), with dates up to `horizonDays` ahead. */
  'attention.list': {
    input: z.object({
      on: isoDate.optional(),
      horizonDays: z.number().int().min(0).max(ATTENTION_HORIZON_MAX).default(ATTENTION_HORIZON_DEFAULT),
      /** The language of the texts; the settings' when absent. */
      lang: language.optional(),
      kinds: z.array(attentionKind).max(ATTENTION_KINDS.length).optional(),
    }),
    output: attentionList,
  },
  /**
   * Snoozes an item until a day, or marks it not relevant (a reason is required). It replaces an
   * earlier answer to the same item; `fingerprint` is the item's as the user saw it.
   */
  'attention.dismiss': {
    changes: ['attention'],
    input: z.object({
      key: z.string().min(1).max(200),
      fingerprint: z.string().min(1).max(100),
      mode: z.enum(DISMISSAL_MODES),
      until: isoDate.nullable().default(null),
      reason: text(1000).default(''),
    }),
    output: attentionDismissal,
  },
  /** Takes an answer back: the item shows again. */
  'attention.restore': { changes: ['attention'], input: z.object({ id, revision }), output: z.object({ id }) },
  /** The register's reminder settings. */
  'attention.getSettings': { input: z.object({}), output: attentionSettings },
  'attention.setSettings': {
    changes: ['attention', 'agreements'],
    input: z.object({
      revision,
      sentAgreementDays: z.number().int().min(1, { error: 'v.attention.reminderDays' }).max(365, { error: 'v.attention.reminderDays' }),
    }),
    output: attentionSettings,
  },
  /**
   * Every dated item (whatever the horizon, except those answered "not relevant") as an iCalendar
   * file: one all-day event per item on its day, saved where the host saves documents. Null when
   * the save dialog is cancelled.
   */
  'attention.calendar': {
    input: z.object({ lang: language.optional(), on: isoDate.optional(), path: filePath.optional() }),
    output: z.object({ path: z.string(), bytes: z.number().int(), events: z.number().int() }).nullable(),
  },
  /**
   * The user has seen the overview: what is overdue now is not notified later (the desktop app's
   * reminders tell only of what becomes overdue after this). Kept per user, outside the register.
   */
  'attention.markSeen': { input: z.object({}), output: z.object({ overdue: z.number().int() }) },
} as const;
