import { z } from 'zod';
import { parseOrgNr, parsePersonnummer } from '../orgnr';

// Field building blocks. Every message is a key from shared/messages.ts.

/** Free text: trimmed, NFC-normalised, length-capped; '' means "not given". */
export const text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, { error: 'v.tooLong' }));

/** Required text: like text() but must not be empty after trimming. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'v.required' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'v.required' }).max(max, { error: 'v.tooLong' }));

/**
 * The days a user may enter. Wide enough for any contract or review date, narrow enough that date
 * arithmetic on them (a due date decades after a contract's end) stays a four-digit year.
 */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2199-12-31';

/** A calendar date given to the core: YYYY-MM-DD, a real day, between DATE_MIN and DATE_MAX. */
export const isoDate = z.iso.date({ error: 'v.date', abort: true }).refine((d) => d >= DATE_MIN && d <= DATE_MAX, { error: 'v.dateRange' });
export const optionalDate = isoDate.nullable();
/** A calendar date in a reply: not bounded, since it may be computed (a due date) from a bounded one. */
export const calendarDate = z.iso.date();
export const isoDateTime = z.string();
/**
 * A moment given to the core (a breach discovered, IMY notified): ISO 8601 with Z or an offset,
 * stored as UTC (toISOString). The UI turns a Stockholm wall-clock time into one
 * (shared/deadlines.ts fromStockholmWallClock).
 */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { error: 'v.dateTime' })
  .transform((s, ctx) => {
    const t = new Date(s);
    if (Number.isNaN(t.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'v.dateTime' });
      return z.NEVER;
    }
    const iso = t.toISOString();
    if (iso.slice(0, 10) < DATE_MIN || iso.slice(0, 10) > DATE_MAX) {
      ctx.addIssue({ code: 'custom', message: 'v.dateRange' });
      return z.NEVER;
    }
    return iso;
  });
export const optionalInstant = instant.nullable();

/** Organisationsnummer normalised to NNNNNN-NNNN, or '' when optional and blank. */
export const orgNr = z.string({ error: 'v.required' }).transform((raw, ctx) => {
  const parsed = parseOrgNr(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: raw.trim() === '' ? 'v.required' : `v.orgNr.${parsed.problem}` });
    return z.NEVER;
  }
  return parsed.value;
});

export const optionalOrgNr = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') return '';
  const parsed = parseOrgNr(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `v.orgNr.${parsed.problem}` });
    return z.NEVER;
  }
  return parsed.value;
});

/** The identity number as typed; `withIdentity` on the record checks it against the legal form. */
export const identityNumber = text(20);

// Runs the record check only on a record whose own fields parsed (not on an array or a string).
const identityParsed = (p: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
  typeof p.value === 'object' &&
  p.value !== null &&
  typeof (p.value as { orgNr?: unknown }).orgNr === 'string' &&
  typeof (p.value as { legalForm?: unknown }).legalForm === 'string' &&
  !p.issues.some((i) => ['orgNr', 'legalForm'].includes(String(i.path?.[0])));

/**
 * Checks a record's `orgNr` against its `legalForm` (an organisationsnummer, or for a sole trader
 * the owner's personnummer with a real date) and stores it as NNNNNN-NNNN. A record-level check,
 * so the message names the right number and the schema stays an object (extend, shape).
 */
export function withIdentity<S extends z.ZodType<{ legalForm: 'company' | 'sole_trader'; orgNr: string }>>(
  schema: S,
  required: boolean,
): S {
  const parse = (v: { legalForm: 'company' | 'sole_trader'; orgNr: string }) =>
    v.legalForm === 'sole_trader' ? parsePersonnummer(v.orgNr) : parseOrgNr(v.orgNr);
  return schema
    .check(
      z.superRefine<{ legalForm: 'company' | 'sole_trader'; orgNr: string }>(
        (v, ctx) => {
          if (v.orgNr === '') {
            if (required) ctx.addIssue({ code: 'custom', path: ['orgNr'], message: 'v.required' });
            return;
          }
          const parsed = parse(v);
          const kind = v.legalForm === 'sole_trader' ? 'personnummer' : 'orgNr';
          if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['orgNr'], message: `v.${kind}.${parsed.problem}` });
        },
        { when: identityParsed },
      ),
    )
    .overwrite((v) => {
      const parsed = typeof v.orgNr === 'string' && v.orgNr !== '' ? parse(v) : null;
      return parsed?.ok ? { ...v, orgNr: parsed.value } : v;
    });
}

export const optionalEmail = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal(''), z.email({ error: 'v.email' }).max(254, { error: 'v.tooLong' })]));

/** Phone numbers as people write them: digits, spaces, +, -, parentheses. */
export const optionalPhone = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal(''), z.string().regex(/^\+?[\d\s\-()]{5,30}$/, { error: 'v.phone' })]));

/**
 * A file or folder path given to the core (typed in browser mode, chosen in a native dialog, the
 * CLI). Control characters are refused: a NUL cuts the path short in the C libraries below (the
 * file would land elsewhere), and no dialog ever returns one. 4096 is the longest path Linux takes.
 */
export const FILE_PATH_MAX = 4096;
export const filePath = z
  .string({ error: 'v.required' })
  .trim()
  .min(1, { error: 'v.required' })
  .max(FILE_PATH_MAX, { error: 'v.tooLong' })
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'v.path.characters' });

export const id = z.number().int().positive();
export const revision = z.number().int().positive();

export const language = z.enum(['sv', 'en']);

export const address = z.object({
  street: text(200),
  postalCode: text(20),
  city: text(100),
  country: text(100),
});
export type Address = z.output<typeof address>;

export const emptyAddress: Address = { street: '', postalCode: '', city: '', country: '' };

/** A person to contact: used for DPOs and similar single contacts. */
export const contact = z.object({
  name: text(200),
  email: optionalEmail,
  phone: optionalPhone,
});
export type Contact = z.output<typeof contact>;

export const empty = z.object({}).strict();

/** Paging and sorting for lists that the UI virtualises. */
export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
};
export const sortDirection = z.enum(['asc', 'desc']);

/**
 * The kinds of record a method can change. A method that changes the register declares them
 * (`changes` beside its schemas); after it the core emits `data.changed` with them, and lists in
 * the renderer reload themselves. 'register' means the whole register (opened, replaced, closed).
 */
export const DATA_KINDS = [
  'register',
  'organisation',
  'customers',
  'activities',
  'services',
  'subscriptions',
  'subprocessors',
  'systems',
  'measures',
  'retentionRules',
  'vocabularies',
  'agreements',
  'agreementTemplate',
  'sites',
  'equipment',
  'purge',
  'legalHolds',
  'privacyNotice',
  'history',
  'backups',
  'changeNotices',
  'noticeLetter',
  'requests',
  'breaches',
  'attention',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];
