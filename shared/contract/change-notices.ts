// Sub-processor changes (issue 15): a change as a record, a notice to every affected customer with
// its own objection deadline, the letters, the answers; and the public sub-processor list.
import { z } from 'zod';
import {
  CHANGE_DECISIONS,
  CHANGE_KINDS,
  CHANGE_NOTICE_STATES,
  LOCATION_KINDS,
  OBJECTION_RESOLUTIONS,
  RECIPIENT_STATES,
  SENT_VIA,
  TRANSFER_MECHANISMS,
  type ChangeNoticeState,
} from '../domain/enums';

export {
  CHANGE_DECISIONS,
  CHANGE_KINDS,
  CHANGE_NOTICE_STATES,
  OBJECTION_RESOLUTIONS,
  RECIPIENT_STATES,
  SENT_VIA,
  type ChangeDecision,
  type ChangeKind,
  type ChangeNoticeState,
  type ObjectionResolution,
  type RecipientState,
  type SentVia,
} from '../domain/enums';
import { filePath, id, isoDate, isoDateTime, language, optionalDate, revision, text } from './common';

/** States in which something is still to be done or to come. */
export const OPEN_CHANGE_NOTICE_STATES: readonly ChangeNoticeState[] = ['proposed', 'draft', 'sent', 'answered'];

/** The notice period when a customer has no signed agreement (the agreement form's default). */
export const DEFAULT_NOTICE_DAYS = 30;

export const changeNoticeFields = z
  .object({
    kind: z.enum(CHANGE_KINDS),
    /** The one added, changed or removed; for 'replace' the new one. */
    subprocessorId: id,
    /** For 'replace' only: the one it replaces. */
    replacedSubprocessorId: id.nullable(),
    /** The services the change concerns (not used by 'change', which concerns every service using the sub-processor). */
    serviceIds: z.array(id).max(200),
    /** What changes, before → after, in words (proposed by the app). */
    changeSv: text(4000),
    changeEn: text(4000),
    /** Why the change is made: printed in the letter. */
    reason: text(4000),
    /** The reason for English letters; '' = the Swedish one, marked as such. */
    reasonEn: text(4000).default(''),
    effectiveDate: optionalDate,
    decidedBy: text(200),
    decision: z.enum(CHANGE_DECISIONS),
    /** Why no notice is needed, or why the change was withdrawn (required for those decisions: v.required). */
    decisionNote: text(2000),
    /**
     * Why the effective date may come before the latest objection deadline. Without it such a date
     * is refused: INVALID_INPUT at effectiveDate, `v.changeNotice.beforeDeadline` { deadline }.
     */
    earlyReason: text(2000),
  })
  .refine((f) => (f.kind === 'replace') === (f.replacedSubprocessorId !== null), {
    path: ['replacedSubprocessorId'],
    message: 'v.changeNotice.replaced',
  })
  .refine((f) => f.kind === 'change' || f.serviceIds.length > 0, { path: ['serviceIds'], message: 'v.required' })
  .refine((f) => !['no_notice', 'withdrawn'].includes(f.decision) || f.decisionNote.trim() !== '', {
    path: ['decisionNote'],
    message: 'v.required',
  })
  .refine((f) => f.decision !== 'notify' || f.effectiveDate !== null, { path: ['effectiveDate'], message: 'v.required' });
export type ChangeNoticeFields = z.input<typeof changeNoticeFields>;

/** A notice started by hand, before anything is chosen. */
export const emptyChangeNotice: Omit<ChangeNoticeFields, 'subprocessorId'> = {
  kind: 'add',
  replacedSubprocessorId: null,
  serviceIds: [],
  changeSv: '',
  changeEn: '',
  reason: '',
  reasonEn: '',
  effectiveDate: null,
  decidedBy: '',
  decision: 'notify',
  decisionNote: '',
  earlyReason: '',
};

const ref = z.object({ id, name: z.string() });

/** The sub-processor as letters and lists describe it (current register values). */
export const noticeSubprocessor = z.object({
  id,
  name: z.string(),
  orgNr: z.string(),
  locationKind: z.enum(LOCATION_KINDS),
  country: z.string(),
  regionName: z.string(),
  regionInEea: z.boolean(),
  serviceDescription: z.string(),
  processingLocations: z.string(),
  transferMechanism: z.enum(TRANSFER_MECHANISMS),
  thirdCountry: z.boolean(),
});
export type NoticeSubprocessor = z.output<typeof noticeSubprocessor>;

export const changeNoticeCounts = z.object({
  affected: z.number().int(),
  sent: z.number().int(),
  /** Objections without a resolution. */
  objected: z.number().int(),
  /** Not sent, or sent and the deadline not yet passed without an answer. */
  open: z.number().int(),
  /** Accepted, deemed accepted or resolved. */
  answered: z.number().int(),
  /** Customers without a signed agreement (the default notice period applies). */
  noAgreement: z.number().int(),
});

export const changeNoticeSummary = z.object({
  id,
  revision,
  kind: z.enum(CHANGE_KINDS),
  state: z.enum(CHANGE_NOTICE_STATES),
  decision: z.enum(CHANGE_DECISIONS),
  proposed: z.boolean(),
  subprocessor: ref,
  replacedSubprocessor: ref.nullable(),
  services: z.array(ref),
  changeSv: z.string(),
  changeEn: z.string(),
  effectiveDate: z.string().nullable(),
  counts: changeNoticeCounts,
  /** The earliest objection deadline still running (sent, unanswered, not passed); null when none. */
  nextDeadline: z.string().nullable(),
  /** The latest deadline of all affected customers (an unsent one counted from today). */
  latestDeadline: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ChangeNoticeSummary = z.output<typeof changeNoticeSummary>;

export const noticeRecipient = z.object({
  customerId: id,
  customerName: z.string(),
  /** The row's revision once something was recorded for this customer; null before. */
  revision: revision.nullable(),
  /** False when the customer was recorded but is no longer affected (its subscription ended, …). */
  affected: z.boolean(),
  /** The signed agreement whose notice period applies (when sent: the one that applied then). */
  agreement: z.object({ id, reference: z.string(), version: z.number().int(), lang: language, signedOn: z.string().nullable() }).nullable(),
  /** True when the customer has no signed agreement: the default period applies, and the list flags it. */
  noAgreement: z.boolean(),
  noticeDays: z.number().int(),
  /** The letter's language: the agreement's, Swedish without one. */
  lang: language,
  sentOn: z.string().nullable(),
  sentVia: z.enum(SENT_VIA).nullable(),
  /** sentOn + noticeDays; before sending, counted from today. */
  deadline: z.string(),
  state: z.enum(RECIPIENT_STATES),
  respondedOn: z.string().nullable(),
  objectionText: z.string(),
  resolution: z.enum(OBJECTION_RESOLUTIONS).nullable(),
  resolvedOn: z.string().nullable(),
  resolutionNote: z.string(),
  letter: z.object({ lang: language, sha256: z.string(), generatedAt: isoDateTime, size: z.number().int() }).nullable(),
  /** True when this customer's deadline falls after the notice's effective date. */
  deadlineAfterEffective: z.boolean(),
});
export type NoticeRecipient = z.output<typeof noticeRecipient>;

export const changeNotice = changeNoticeSummary.extend({
  fields: z.object({
    kind: z.enum(CHANGE_KINDS),
    subprocessorId: id,
    replacedSubprocessorId: id.nullable(),
    serviceIds: z.array(id),
    changeSv: z.string(),
    changeEn: z.string(),
    reason: z.string(),
    reasonEn: z.string(),
    effectiveDate: z.string().nullable(),
    decidedBy: z.string(),
    decision: z.enum(CHANGE_DECISIONS),
    decisionNote: z.string(),
    earlyReason: z.string(),
  }),
  subprocessorDetails: noticeSubprocessor,
  replacedDetails: noticeSubprocessor.nullable(),
  recipients: z.array(noticeRecipient),
  /** Message keys of what does not add up (w.changeNotice.*), e.g. a deadline after the effective date. */
  warnings: z.array(z.string()),
});
export type ChangeNotice = z.output<typeof changeNotice>;

/** One dated thing to act on, for the overview (issue 17) and the customer page. */
export const changeNoticeDeadline = z.object({
  noticeId: id,
  kind: z.enum(['objectionDeadline', 'effectiveDate', 'unresolvedObjection', 'notSent', 'undecided']),
  date: z.string().nullable(),
  customerId: id.nullable(),
  customerName: z.string().nullable(),
  subprocessorName: z.string(),
  changeKind: z.enum(CHANGE_KINDS),
});
export type ChangeNoticeDeadline = z.output<typeof changeNoticeDeadline>;

/** An open notice touching a customer: what agreements show ("ändring meddelad …, gäller från …"). */
export const customerChangeFlag = z.object({
  customerId: id,
  noticeId: id,
  changeKind: z.enum(CHANGE_KINDS),
  subprocessorName: z.string(),
  notifiedOn: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  state: z.enum(RECIPIENT_STATES),
});
export type CustomerChangeFlag = z.output<typeof customerChangeFlag>;

/** The letter's texts: each block sv/en, with the placeholders it may use (checked like the clauses'). */
/** The *NoAgreement blocks replace intro and objection in letters to customers without a signed agreement. */
export const NOTICE_LETTER_BLOCKS = ['subject', 'intro', 'objection', 'introNoAgreement', 'objectionNoAgreement', 'closing'] as const;
export type NoticeLetterBlock = (typeof NOTICE_LETTER_BLOCKS)[number];
export const noticeLetterTexts = z.object({
  subjectSv: text(300),
  subjectEn: text(300),
  introSv: text(5000),
  introEn: text(5000),
  objectionSv: text(5000),
  objectionEn: text(5000),
  closingSv: text(5000),
  closingEn: text(5000),
  introNoAgreementSv: text(5000),
  introNoAgreementEn: text(5000),
  objectionNoAgreementSv: text(5000),
  objectionNoAgreementEn: text(5000),
});
export type NoticeLetterTexts = z.output<typeof noticeLetterTexts>;
export const noticeLetter = z.object({
  revision,
  texts: noticeLetterTexts,
  /** Blocks still as shipped. */
  defaults: z.array(z.enum(NOTICE_LETTER_BLOCKS)),
  placeholders: z.array(z.object({ name: z.string(), sv: z.string(), en: z.string() })),
  unknownPlaceholders: z.array(z.string()),
  updatedAt: isoDateTime,
});
export type NoticeLetter = z.output<typeof noticeLetter>;

export const noticeLettersResult = z
  .object({
    folder: z.string(),
    files: z.array(z.string()),
    generated: z.number().int(),
    total: z.number().int(),
    /** The merged document for printing, when asked for. */
    merged: z.string().nullable(),
    cancelled: z.boolean(),
  })
  .nullable();
export type NoticeLettersResult = z.output<typeof noticeLettersResult>;

export const SUBPROCESSOR_LIST_FORMATS = ['docx', 'xlsx', 'html'] as const;

const noticeRef = z.object({ noticeId: id, customerId: id });

export const changeNoticeMethods = {
  /** Newest first, open ones before closed; filtered to those touching a customer, sub-processor or service. */
  'changeNotices.list': {
    input: z.object({
      open: z.boolean().default(false),
      customerId: id.optional(),
      subprocessorId: id.optional(),
      serviceId: id.optional(),
    }),
    output: z.array(changeNoticeSummary),
  },
  'changeNotices.get': { input: z.object({ id }), output: changeNotice },
  /**
   * What a change would be for the customers, before it is made: the affected customers and their
   * deadlines for fields not yet saved (the form's preview).
   */
  'changeNotices.preview': { input: z.object({ fields: changeNoticeFields }), output: z.array(noticeRecipient) },
  'changeNotices.create': { changes: ['changeNotices', 'services'], input: changeNoticeFields, output: changeNotice },
  'changeNotices.update': {
    changes: ['changeNotices'],
    input: z.object({ id, revision, fields: changeNoticeFields }),
    output: changeNotice,
  },
  /** Only while nothing was sent (v.changeNotice.sentCannotDelete otherwise). */
  /** Only while nothing was sent; the change goes with it (the services' lists as before). */
  'changeNotices.delete': { changes: ['changeNotices', 'services'], input: z.object({ id, revision }), output: z.object({ id }) },
  /** Marks customers as told on a date, by a channel; freezes the notice period of each one's signed agreement. */
  'changeNotices.markSent': {
    changes: ['changeNotices'],
    input: z.object({ id, customerIds: z.array(id).min(1).max(100000), on: isoDate, via: z.enum(SENT_VIA) }),
    output: changeNotice,
  },
  /** Takes back "sent" for customers that have no answer recorded. */
  'changeNotices.unmarkSent': {
    changes: ['changeNotices'],
    input: z.object({ id, customerIds: z.array(id).min(1).max(100000) }),
    output: changeNotice,
  },
  /** An answer from one customer: accepted, or an objection with its text (`none` clears it). */
  'changeNotices.recordResponse': {
    changes: ['changeNotices'],
    input: noticeRef.extend({
      revision,
      response: z.enum(['none', 'accepted', 'objected']),
      on: optionalDate,
      objectionText: text(5000),
    }),
    output: changeNotice,
  },
  /** The outcome of an objection; 'excepted' writes the exception into the customer's subscriptions. */
  'changeNotices.resolveObjection': {
    changes: ['changeNotices', 'subscriptions'],
    input: noticeRef.extend({ revision, resolution: z.enum(OBJECTION_RESOLUTIONS), on: isoDate, note: text(2000) }),
    output: changeNotice,
  },
  /** Deadlines, effective dates and open items of all open notices, soonest first (for the overview). */
  'changeNotices.deadlines': {
    input: z.object({ customerId: id.optional() }),
    output: z.array(changeNoticeDeadline),
  },
  /** Per customer, the open notices touching it (flags on agreements and customers). */
  'changeNotices.customerFlags': { input: z.object({ customerId: id.optional() }), output: z.array(customerChangeFlag) },

  'noticeLetter.get': { input: z.object({}), output: noticeLetter },
  /** Saves the texts; a block equal to the shipped default is stored as the default. Unknown placeholders: v.placeholder.unknown. */
  'noticeLetter.save': { changes: ['noticeLetter'], input: z.object({ revision, texts: noticeLetterTexts }), output: noticeLetter },
  'noticeLetter.reset': { changes: ['noticeLetter'], input: z.object({ revision }), output: noticeLetter },

  /**
   * Generates a letter per customer (all affected, or those given) in its agreement's language,
   * stores its bytes and SHA-256 with the notice and writes the files into a folder (given, chosen
   * in a dialog, or Export/Ändringsmeddelanden <date>); optionally one merged DOCX for printing.
   * A task with progress and cancel. Null when the folder dialog is cancelled.
   */
  'changeNotices.letters': {
    changes: ['changeNotices'],
    input: z.object({
      id,
      customerIds: z.array(id).max(100000).optional(),
      merged: z.boolean().default(false),
      folder: filePath.optional(),
    }),
    output: noticeLettersResult,
  },
  /** Writes a stored letter byte for byte. */
  'changeNotices.saveLetter': {
    input: noticeRef.extend({ path: filePath.optional() }),
    output: z.object({ path: z.string(), bytes: z.number().int() }).nullable(),
  },

  /**
   * The public sub-processor list (for the website and customers who ask): all services or one,
   * with a version date and, optionally, the announced changes not yet in effect.
   */
  'subprocessorList.export': {
    input: z.object({
      format: z.enum(SUBPROCESSOR_LIST_FORMATS),
      lang: language,
      serviceId: id.optional(),
      includePlanned: z.boolean().default(true),
      path: filePath.optional(),
    }),
    output: z.object({ path: z.string(), bytes: z.number().int() }).nullable(),
  },
} as const;
