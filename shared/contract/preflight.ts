// The check before a document is generated (issue 14): what the register lacks or contradicts for
// that document, each item with the record and field where it is fixed. Errors are what would
// make the document say something false or nothing at all: the app does not generate past them.
// Warnings (e.g. an English variant missing) may be generated past, and the draft shows where.
import { z } from 'zod';
import { id, language } from './common';
import { historyKind } from './history';

export const PREFLIGHT_DOCUMENTS = [
  'privacyNotice',
  'agreement',
  'agreementBatch',
  'noticeLetters',
  'accessReply',
  'breachDocument',
] as const;
export type PreflightDocument = (typeof PREFLIGHT_DOCUMENTS)[number];

/** Where an item is fixed: a record page (or the singleton's page) and, if known, the field. */
export const fixTarget = z.object({
  kind: historyKind,
  /** null for singletons (organisation, privacy notice, agreement template). */
  id: id.nullable(),
  /** The form field to focus, as the contract names it (e.g. 'email', 'purposes.0.descriptionEn'). */
  field: z.string().nullable(),
});
export type FixTarget = z.output<typeof fixTarget>;

export const preflightItem = z.object({
  severity: z.enum(['error', 'warning']),
  /** Stable code, e.g. 'notice.noContact', 'activity.recipientsUnanswered'. Tests and the UI use it. */
  code: z.string(),
  /** What is missing or wrong, and why it matters, in the language asked for. */
  text: z.string(),
  /** The record it concerns, by name, for the list ("Kundregister", "Organisationen"). */
  subject: z.string(),
  fix: fixTarget.nullable(),
});
export type PreflightItem = z.output<typeof preflightItem>;

export const preflightResult = z.object({
  items: z.array(preflightItem),
  /** True when there is no error: the document may be generated (past any warnings). */
  ok: z.boolean(),
});
export type PreflightResult = z.output<typeof preflightResult>;

export const preflightMethods = {
  'preflight.check': {
    input: z.object({
      document: z.enum(PREFLIGHT_DOCUMENTS),
      /** The language of the document to generate. */
      lang: language,
      /** The language of the item texts (the UI's); the document's when absent. */
      uiLang: language.optional(),
      /** For 'agreement': the customer; for 'agreementBatch': the chosen customers (all when absent). */
      customerId: id.optional(),
      customerIds: z.array(id).max(100000).optional(),
      /** For 'noticeLetters': the change notice (its letters for `customerIds`, all affected when absent). */
      noticeId: id.optional(),
      /** For 'accessReply': the request (and its activities, or those given in activityIds). */
      requestId: id.optional(),
      activityIds: z.array(id).max(500).optional(),
      /** For 'breachDocument': the breach, which document, and for a customer notice the customer. */
      breachId: id.optional(),
      breachDocument: z.enum(['customerNotice', 'imyDraft', 'subjectNotice']).optional(),
    }),
    output: preflightResult,
  },
} as const;
