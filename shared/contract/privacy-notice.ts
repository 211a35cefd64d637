import { z } from 'zod';
import { filePath, id, isoDateTime, language, optionalDate, requiredText, revision, text } from './common';

export const privacyNoticeSectionInput = z.object({
  titleSv: requiredText(300),
  titleEn: text(300),
  bodySv: text(20000),
  bodyEn: text(20000),
});

/** A new own section before anything is typed. */
export const emptyPrivacyNoticeSection: z.input<typeof privacyNoticeSectionInput> = { titleSv: '', titleEn: '', bodySv: '', bodyEn: '' };

export const NOTICE_COOKIE_ANSWERS = ['necessary_only', 'described'] as const;
export type NoticeCookieAnswer = (typeof NOTICE_COOKIE_ANSWERS)[number];

/** One cookie (or a category of them) the website sets, as the firm describes it. */
export const noticeCookieInput = z.object({
  name: requiredText(200),
  /** Who sets it: the firm itself or a named third party. */
  provider: text(200),
  purposeSv: text(1000),
  purposeEn: text(1000),
  /** How long it is kept, in the firm's words ("sessionen", "13 månader"). */
  lifetimeSv: text(200),
  lifetimeEn: text(200),
  /** False for the strictly necessary ones (no consent needed). */
  needsConsent: z.boolean(),
});
export type NoticeCookieInput = z.input<typeof noticeCookieInput>;

/** A new cookie row. */
export const emptyNoticeCookie: z.output<typeof noticeCookieInput> = {
  name: '',
  provider: '',
  purposeSv: '',
  purposeEn: '',
  lifetimeSv: '',
  lifetimeEn: '',
  needsConsent: true,
};

export const COOKIE_LIST_MAX = 100;

// Defaults keep older callers and history snapshots valid. A 'described' answer needs at least one
// cookie: the service refuses it (not the schema, so an import of the rows is checked the same way).
export const privacyNoticeFields = z.object({
  /** The user's own introduction; a default text is used when empty. */
  introSv: text(20000),
  introEn: text(20000),
  /** "Gäller från": the date the notice takes effect; printed when given. */
  validFrom: optionalDate.default(null),
  /** Null: not answered (no cookie paragraph; the preflight asks for it when there is a website). */
  cookies: z.enum(NOTICE_COOKIE_ANSWERS).nullable().default(null),
  /** The cookies, with cookies 'described'; kept but not printed with 'necessary_only'. */
  cookieList: z.array(noticeCookieInput).max(COOKIE_LIST_MAX, { error: 'v.tooMany' }).default([]),
  /** Controller activities left out of the notice (e.g. purely internal ones). */
  excludedActivityIds: z.array(id).max(1000),
  /** Draft activities let into the notice; drafts are out unless listed here. */
  includedDraftIds: z.array(id).max(1000).default([]),
  /** The retention table's order; rules not listed follow in order of first use. */
  retentionOrder: z.array(id).max(1000).default([]),
  /** Extra sections, placed after the generated ones, in this order. */
  sections: z.array(privacyNoticeSectionInput).max(50, { error: 'v.tooMany' }),
});
export type PrivacyNoticeFields = z.input<typeof privacyNoticeFields>;

/** Why an activity is not in the notice. */
export const NOTICE_LEFT_OUT_REASONS = ['excluded', 'draft'] as const;
export type NoticeLeftOutReason = (typeof NOTICE_LEFT_OUT_REASONS)[number];

export const privacyNoticeSettings = z.object({
  revision,
  introSv: z.string(),
  introEn: z.string(),
  validFrom: z.string().nullable(),
  cookies: z.enum(NOTICE_COOKIE_ANSWERS).nullable(),
  cookieList: z.array(
    z.object({
      name: z.string(),
      provider: z.string(),
      purposeSv: z.string(),
      purposeEn: z.string(),
      lifetimeSv: z.string(),
      lifetimeEn: z.string(),
      needsConsent: z.boolean(),
    }),
  ),
  excludedActivityIds: z.array(id),
  includedDraftIds: z.array(id),
  retentionOrder: z.array(id),
  sections: z.array(z.object({ titleSv: z.string(), titleEn: z.string(), bodySv: z.string(), bodyEn: z.string() })),
  /** Non-archived controller activities, with whether each is in the notice (drafts only when let in). */
  activities: z.array(z.object({ id, refNo: z.string(), name: z.string(), status: z.string(), included: z.boolean() })),
  /** The retention rules the included activities use, in the notice's order (the table's rows). */
  retentionRows: z.array(z.object({ id, name: z.string() })),
  updatedAt: isoDateTime,
});
export type PrivacyNoticeSettings = z.output<typeof privacyNoticeSettings>;

export const exportResult = z
  .object({
    path: z.string(),
    bytes: z.number().int(),
    /** Which state of the register the document reflects (printed in the document too). */
    registerVersion: z.string(),
  })
  .nullable();

export const privacyNoticeMethods = {
  'privacyNotice.get': { input: z.object({}), output: privacyNoticeSettings },
  'privacyNotice.update': { changes: ['privacyNotice'], input: privacyNoticeFields.extend({ revision }), output: privacyNoticeSettings },
  /** The notice as HTML for an in-app preview (the same HTML as the export). */
  'privacyNotice.preview': {
    input: z.object({ lang: language }),
    output: z.object({
      html: z.string(),
      registerVersion: z.string(),
      /** Non-archived activities the notice leaves out, and why. */
      leftOut: z.array(z.object({ id, name: z.string(), reason: z.enum(NOTICE_LEFT_OUT_REASONS) })),
    }),
  },
  /**
   * Writes the notice as DOCX or HTML. With a path (CLI, tests) it writes there; otherwise the host
   * asks (save dialog) or writes into its export folder. Null when the user cancels.
   */
  'privacyNotice.export': {
    input: z.object({ lang: language, format: z.enum(['docx', 'html']), path: filePath.optional() }),
    output: exportResult,
  },
  /** Shows a written file in the file manager (Electron); UNSUPPORTED elsewhere. */
  'files.reveal': { input: z.object({ path: filePath }), output: z.null() },
} as const;
