import { z } from 'zod';
import { filePath, id, isoDateTime, language, requiredText, revision, text } from './common';

export const privacyNoticeSectionInput = z.object({
  titleSv: requiredText(300),
  titleEn: text(300),
  bodySv: text(20000),
  bodyEn: text(20000),
});

/** A new own section before anything is typed. */
export const emptyPrivacyNoticeSection: z.input<typeof privacyNoticeSectionInput> = { titleSv: '', titleEn: '', bodySv: '', bodyEn: '' };

export const privacyNoticeFields = z.object({
  /** The user's own introduction; a default text is used when empty. */
  introSv: text(20000),
  introEn: text(20000),
  /** Controller activities left out of the notice (e.g. purely internal ones). */
  excludedActivityIds: z.array(id).max(1000),
  /** Extra sections, placed after the generated ones, in this order. */
  sections: z.array(privacyNoticeSectionInput).max(50, { error: 'v.tooMany' }),
});
export type PrivacyNoticeFields = z.input<typeof privacyNoticeFields>;

export const privacyNoticeSettings = z.object({
  revision,
  introSv: z.string(),
  introEn: z.string(),
  excludedActivityIds: z.array(id),
  sections: z.array(z.object({ titleSv: z.string(), titleEn: z.string(), bodySv: z.string(), bodyEn: z.string() })),
  /** Non-archived controller activities, with whether each is in the notice. */
  activities: z.array(z.object({ id, refNo: z.string(), name: z.string(), status: z.string(), included: z.boolean() })),
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
  'privacyNotice.preview': { input: z.object({ lang: language }), output: z.object({ html: z.string(), registerVersion: z.string() }) },
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
