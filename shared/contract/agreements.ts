// PUB-avtal: clause template, agreement versions, attachments, generation and batch (issue 4).
import { z } from 'zod';
import { filePath, id, isoDate, isoDateTime, language, optionalDate, requiredText, revision, text } from './common';

export const AGREEMENT_STATUSES = ['draft', 'sent', 'signed', 'terminated', 'superseded'] as const;
export const agreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.output<typeof agreementStatus>;

/** The statuses a user sets by hand; 'superseded' follows from signing a newer version. */
export const AGREEMENT_STATUS_CHANGES = ['sent', 'signed', 'terminated'] as const;

/** What the customer list shows about a customer's current agreement. */
export const CUSTOMER_AGREEMENT_STATUSES = ['none', 'draft', 'sent', 'overdue', 'signed', 'outOfDate'] as const;
export type CustomerAgreementStatus = (typeof CUSTOMER_AGREEMENT_STATUSES)[number];

/**
 * The default of the register's reminder setting (`attention.getSettings().sentAgreementDays`): a
 * sent agreement not signed after that many days is overdue. Read the setting, not this.
 */
export const AGREEMENT_OVERDUE_DAYS = 30;

/** A signed copy is stored inside the register file, so it is capped. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const sha256 = z.string();

// --- Clause template -------------------------------------------------------------------------

/**
 * One clause as the editor saves it. Unknown {{placeholders}} are refused by the core with
 * `v.placeholder.unknown` and params { names } on the field (the editor can check first with
 * `unknownPlaceholders` from shared/agreement-placeholders.ts).
 */
export const clauseFields = z.object({
  titleSv: requiredText(300),
  bodySv: text(20000),
  titleEn: text(300),
  bodyEn: text(20000),
});
export type ClauseFields = z.input<typeof clauseFields>;

/** A new clause before anything is typed. */
export const emptyClause: ClauseFields = { titleSv: '', bodySv: '', titleEn: '', bodyEn: '' };

export const agreementClause = z.object({
  id,
  revision,
  /** 0-based place in the template. */
  position: z.number().int().min(0),
  /** The default clause it started from (e.g. 'security'); null for the user's own. */
  code: z.string().nullable(),
  titleSv: z.string(),
  bodySv: z.string(),
  titleEn: z.string(),
  bodyEn: z.string(),
  /** Placeholders in any of the four texts that do not exist (shown beside the clause). */
  unknownPlaceholders: z.array(z.string()),
});
export type AgreementClause = z.output<typeof agreementClause>;

export const agreementTemplate = z.object({
  revision,
  /** Goes up with every change; each generated agreement records the version it used. */
  version: z.number().int(),
  /** True while the clauses are exactly the defaults. */
  isDefault: z.boolean(),
  clauses: z.array(agreementClause),
  /** The placeholders a clause may use, with what each one stands for. */
  placeholders: z.array(z.object({ name: z.string(), sv: z.string(), en: z.string() })),
  updatedAt: isoDateTime,
});
export type AgreementTemplate = z.output<typeof agreementTemplate>;

// --- Agreements --------------------------------------------------------------------------------

export const signatoryInput = z.object({ name: text(200), title: text(200) });
const signatory = z.object({ name: z.string(), title: z.string() });

/** What the generate form asks for; `agreements.defaults` fills it in. */
export const agreementFields = z.object({
  lang: language,
  /** Notice period for changes of sub-processors. */
  noticeDays: z.number().int().min(0, { error: 'v.invalid' }).max(365, { error: 'v.agreement.noticeDays' }),
  effectiveOn: optionalDate,
  signingPlace: text(200),
  processorSignatory: signatoryInput,
  controllerSignatory: signatoryInput,
  notes: text(5000),
});
export type AgreementFields = z.input<typeof agreementFields>;

export const agreementDefaults = z.object({
  lang: language,
  noticeDays: z.number().int(),
  effectiveOn: z.string().nullable(),
  signingPlace: z.string(),
  processorSignatory: signatory,
  controllerSignatory: signatory,
  notes: z.string(),
});
export type AgreementDefaults = z.output<typeof agreementDefaults>;

export const agreementSummary = z.object({
  id,
  revision,
  customerId: id,
  customerName: z.string(),
  version: z.number().int(),
  lang: language,
  status: agreementStatus,
  sentOn: z.string().nullable(),
  signedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  templateVersion: z.number().int(),
  documentSha256: sha256,
  generatedAt: isoDateTime,
  /**
   * The customer's processing, the sub-processors touching it or the security measures have
   * changed since the document was generated. Only ever true for draft, sent and signed versions.
   */
  outOfDate: z.boolean(),
  attachmentCount: z.number().int(),
  /** Printed in the document with the version, e.g. "PUB-0012". */
  reference: z.string(),
  updatedAt: isoDateTime,
});
export type AgreementSummary = z.output<typeof agreementSummary>;

export const agreementAttachment = z.object({
  id,
  fileName: z.string(),
  mime: z.enum(ATTACHMENT_TYPES),
  size: z.number().int(),
  sha256,
  createdAt: isoDateTime,
});
export type AgreementAttachment = z.output<typeof agreementAttachment>;

/** The same version in the other language (issue 14): its own document and SHA-256. */
export const agreementVariant = z.object({ lang: language, sha256, generatedAt: isoDateTime });
export type AgreementVariant = z.output<typeof agreementVariant>;

export const agreement = agreementSummary.extend({
  noticeDays: z.number().int(),
  signingPlace: z.string(),
  processorSignatory: signatory,
  controllerSignatory: signatory,
  notes: z.string(),
  /** Size of the stored DOCX in bytes. */
  documentSize: z.number().int(),
  attachments: z.array(agreementAttachment),
  /** Language variants of this version, other than `lang` (at most one today: the other language). */
  variants: z.array(agreementVariant),
  createdAt: isoDateTime,
});
export type Agreement = z.output<typeof agreement>;

export const AGREEMENT_LIST_FILTERS = ['all', ...AGREEMENT_STATUSES, 'outOfDate'] as const;

export const agreementAttachInput = z.object({
  id,
  revision,
  fileName: requiredText(255),
  mime: z.enum(ATTACHMENT_TYPES, { error: 'v.attachment.type' }),
  /** The file, base64; at most ATTACHMENT_MAX_BYTES once decoded (`v.attachment.tooLarge`). */
  dataBase64: z.string(),
});

const savedFile = z.object({ path: z.string(), bytes: z.number().int() }).nullable();

export const AGREEMENT_BATCH_SCOPES = ['all', 'selected', 'outOfDate'] as const;

export const agreementBatchResult = z
  .object({
    folder: z.string(),
    /** Full paths of the files written, in order. */
    files: z.array(z.string()),
    generated: z.number().int(),
    /** How many customers the run would have covered. */
    total: z.number().int(),
    /** Cancelled part-way: the `generated` new versions are kept. */
    cancelled: z.boolean(),
  })
  .nullable();
export type AgreementBatchResult = z.output<typeof agreementBatchResult>;

export const agreementMethods = {
  /** The register's clauses; the first call copies the defaults in (version 1). */
  'agreementTemplate.get': { input: z.object({}), output: agreementTemplate },
  /** Adds a clause (no id, placed last) or changes one. */
  'agreementTemplate.saveClause': {
    changes: ['agreementTemplate'],
    input: z.object({ id: id.optional(), revision: revision.optional(), fields: clauseFields }),
    output: agreementTemplate,
  },
  'agreementTemplate.deleteClause': { changes: ['agreementTemplate'], input: z.object({ id, revision }), output: agreementTemplate },
  /** Moves a clause to `position` (0 = first). */
  'agreementTemplate.moveClause': {
    changes: ['agreementTemplate'],
    input: z.object({ id, revision, position: z.number().int().min(0) }),
    output: agreementTemplate,
  },
  /** Puts the default clauses back (`revision` is the template's). */
  'agreementTemplate.reset': { changes: ['agreementTemplate'], input: z.object({ revision }), output: agreementTemplate },

  /** Versions, newest first per customer; customers by name. No document bytes. */
  'agreements.list': {
    input: z.object({ customerId: id.optional(), status: z.enum(AGREEMENT_LIST_FILTERS).default('all') }),
    output: z.array(agreementSummary),
  },
  'agreements.get': { input: z.object({ id }), output: agreement },
  /** Field values for the generate form: the latest version's, or sensible defaults. */
  'agreements.defaults': { input: z.object({ customerId: id }), output: agreementDefaults },
  /** Generates the DOCX and stores it as a new draft version (version = latest + 1). */
  'agreements.generate': { changes: ['agreements'], input: agreementFields.extend({ customerId: id }), output: agreement },
  /**
   * draft→sent, draft→signed, sent→signed, signed→terminated (`v.agreement.transition` otherwise).
   * Signing supersedes the customer's other draft, sent and signed versions.
   */
  'agreements.setStatus': {
    changes: ['agreements'],
    input: z.object({ id, revision, status: z.enum(AGREEMENT_STATUS_CHANGES), on: isoDate }),
    output: agreement,
  },
  'agreements.update': {
    changes: ['agreements'],
    input: z.object({ id, revision, fields: z.object({ notes: text(5000), effectiveOn: optionalDate.optional() }) }),
    output: agreement,
  },
  /** Attaches a signed copy (PDF, PNG or JPEG; checked by its first bytes), with its SHA-256. */
  'agreements.attach': { changes: ['agreements'], input: agreementAttachInput, output: agreement },
  'agreements.removeAttachment': {
    changes: ['agreements'],
    input: z.object({ agreementId: id, revision, attachmentId: id }),
    output: agreement,
  },
  /**
   * The same version in the other language, stored with its own SHA-256 (a language variant, not
   * a new version). Refused while the version is out of date (`v.agreement.variantOutOfDate`) or
   * the clause template changed since (`v.agreement.variantTemplateChanged`), since the text could
   * no longer be the same agreement; `lang` must differ from the version's (`v.agreement.variantSameLanguage`).
   * An existing variant is returned as it is: a snapshot is never made again.
   */
  'agreements.addLanguage': { changes: ['agreements'], input: z.object({ id, lang: language }), output: agreement },
  /**
   * Writes the stored document byte for byte (in `lang`: the version's own or a variant made with
   * addLanguage, NOT_FOUND when there is none). Without a path: save dialog or export folder.
   */
  'agreements.saveDocument': { input: z.object({ id, lang: language.optional(), path: filePath.optional() }), output: savedFile },
  'agreements.saveAttachment': { input: z.object({ attachmentId: id, path: filePath.optional() }), output: savedFile },
  /**
   * Generates a new version for each customer in scope ('all' = every customer with an active
   * subscription) into a folder (given, chosen in a dialog, or Export/PUB-avtal <date>), as a task
   * with progress and cancel. Null when the folder dialog is cancelled.
   */
  'agreements.batch': {
    changes: ['agreements'],
    input: z.object({
      scope: z.enum(AGREEMENT_BATCH_SCOPES),
      customerIds: z.array(id).max(10000).optional(),
      lang: language,
      folder: filePath.optional(),
    }),
    output: agreementBatchResult,
  },
} as const;
