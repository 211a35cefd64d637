// Import from a spreadsheet (.xlsx, .csv) with a preview (issue 18): open the file, map its sheets
// and columns, look at what every row will become, then write all of it in one transaction or nothing.
import { z } from 'zod';
import { filePath, language } from './common';

/** What a sheet can be read as; also the order of writing (a record after the ones it refers to). */
export const IMPORT_TARGETS = [
  'systems',
  'subprocessors',
  'retentionRules',
  'services',
  'activities',
  'customers',
  'subscriptions',
  'sites',
  'equipment',
] as const;
export const importTarget = z.enum(IMPORT_TARGETS);
export type ImportTarget = z.output<typeof importTarget>;

const importId = z.string().min(1).max(100);
const columnLetter = z.string().regex(/^[A-Z]{1,3}$/, { error: 'v.invalid' });

/** One sheet read as one target (a sheet may appear more than once: our processor sheet gives customers, services and subscriptions). */
export const sheetMapping = z.object({
  sheet: z.string().min(1).max(200),
  /** null: the sheet is not imported. */
  target: importTarget.nullable(),
  /** 1-based row of the headers; the data starts below it. */
  headerRow: z.number().int().min(1).max(1000),
  /** Column letter → field key of the target; null = ignore this column. */
  columns: z.record(columnLetter, z.string().max(100).nullable()),
});
export type SheetMapping = z.output<typeof sheetMapping>;

export const importField = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  expected: z.boolean(),
});
export type ImportField = z.output<typeof importField>;

export const importColumn = z.object({
  letter: z.string(),
  header: z.string(),
  /** The first few non-empty values below the header, as text. */
  samples: z.array(z.string()),
});
export type ImportColumn = z.output<typeof importColumn>;

export const importSheet = z.object({
  name: z.string(),
  hidden: z.boolean(),
  /** Rows with any content below the proposed header row. */
  dataRows: z.number().int(),
  /** The columns as read from the proposed header row. */
  columns: z.array(importColumn),
  /** Why the sheet cannot be imported, if so (e.g. our agreements sheet: documents are not in a workbook). */
  note: z.string().nullable(),
});
export type ImportSheet = z.output<typeof importSheet>;

export const importOpened = z
  .object({
    importId,
    fileName: z.string(),
    kind: z.enum(['xlsx', 'csv']),
    /** csv: the encoding and delimiter that were recognised, e.g. "Windows-1252, semikolon". */
    detected: z.string().nullable(),
    /** The file is a Förteckna register workbook: the mapping is exact and needs no changes. */
    ownWorkbook: z.boolean(),
    /** The mapping was remembered from an earlier file with the same layout. */
    remembered: z.boolean(),
    sheets: z.array(importSheet),
    /** The proposed mapping (our workbook: the exact one). */
    mappings: z.array(sheetMapping),
    /** Per target its fields, for the column drop-downs (labels in the language asked for). */
    fields: z.record(importTarget, z.array(importField)),
    /** What the file cannot carry into the register, in words (e.g. agreement documents). */
    omissions: z.array(z.string()),
  })
  .nullable();
export type ImportOpened = z.output<typeof importOpened>;

export const IMPORT_ACTIONS = ['create', 'update', 'skip'] as const;
export const importAction = z.enum(IMPORT_ACTIONS);
export type ImportAction = z.output<typeof importAction>;

export const importProblem = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string(),
  row: z.number().int(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  /** The message in the language asked for: what is wrong and what to do. */
  message: z.string(),
});
export type ImportRowProblem = z.output<typeof importProblem>;

export const importPreviewRow = z.object({
  /** Index in the preview's order (for paging). */
  index: z.number().int(),
  sheet: z.string(),
  /** The rows of the sheet that make this record (e.g. one per purpose). */
  rows: z.array(z.number().int()),
  target: importTarget,
  action: importAction,
  /** The record's name as it will be ("Ekonomi och bokföring", "Acme AB"). */
  label: z.string(),
  /** The existing record it matches, and how (by organisation number or by name). */
  match: z.object({ id: z.number().int(), name: z.string(), by: z.enum(['orgNr', 'name']) }).nullable(),
  problems: z.array(importProblem),
});
export type ImportPreviewRow = z.output<typeof importPreviewRow>;

const targetCounts = z.record(importTarget, z.number().int());

export const importPreviewInput = z.object({
  importId,
  mappings: z.array(sheetMapping).max(100, { error: 'v.tooMany' }),
  /** A row that matches an existing record updates it, or becomes a new record beside it. */
  onMatch: z.enum(['update', 'create']).default('update'),
  lang: language.default('sv'),
});
export type ImportPreviewInput = z.input<typeof importPreviewInput>;

export const importPreview = z.object({
  importId,
  create: targetCounts,
  update: targetCounts,
  skip: targetCounts,
  errors: z.number().int(),
  warnings: z.number().int(),
  /** Preview rows in all (page through them with sheetImport.rows). */
  rows: z.number().int(),
  /** Vocabulary terms, systems and measures that the import will add, by kind. */
  newNames: z.array(z.object({ kind: z.string(), label: z.string(), names: z.array(z.string()) })),
  /** Problems of the file as a whole (e.g. duplicates across sheets, a formula count). */
  fileProblems: z.array(importProblem),
});
export type ImportPreview = z.output<typeof importPreview>;

export const IMPORT_ROW_FILTERS = ['all', 'problems', 'create', 'update', 'skip'] as const;

export const importRowsInput = z.object({
  importId,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  show: z.enum(IMPORT_ROW_FILTERS).default('all'),
});

export const importRows = z.object({ total: z.number().int(), rows: z.array(importPreviewRow) });
export type ImportRows = z.output<typeof importRows>;

export const importResult = z.object({
  created: targetCounts,
  updated: targetCounts,
  skipped: targetCounts,
  /** The history change that holds the whole import (undo it there). */
  changeId: z.number().int().nullable(),
});
export type ImportResult = z.output<typeof importResult>;

export const sheetImportMethods = {
  /** Reads the file (the host asks for it when no path is given; null when the user cancels) and proposes a mapping. A task. */
  'sheetImport.open': { input: z.object({ path: filePath.optional(), lang: language.default('sv') }), output: importOpened },
  /** What every row will become with this mapping; nothing is written. A task. */
  'sheetImport.preview': { input: importPreviewInput, output: importPreview },
  /** The columns of a sheet read from another header row, with the fields their headers suggest for the target. */
  'sheetImport.columns': {
    input: z.object({
      importId,
      sheet: z.string().min(1).max(200),
      headerRow: z.number().int().min(1).max(1000),
      target: importTarget.nullable(),
    }),
    output: z.object({
      dataRows: z.number().int(),
      columns: z.array(importColumn),
      /** Column letter → proposed field (null: none suggested); empty without a target. */
      proposed: z.record(z.string(), z.string().nullable()),
    }),
  },
  /** A page of the last preview's rows. */
  'sheetImport.rows': { input: importRowsInput, output: importRows },
  /** Writes the last preview in one transaction (all or nothing) and remembers the mapping for files of this layout. A task. */
  'sheetImport.commit': {
    changes: [
      'customers',
      'activities',
      'services',
      'subscriptions',
      'subprocessors',
      'systems',
      'measures',
      'retentionRules',
      'vocabularies',
      'sites',
      'equipment',
    ],
    input: z.object({ importId }),
    output: importResult,
  },
  /** Forgets the file (also done when the register closes). */
  'sheetImport.discard': { input: z.object({ importId }), output: z.object({}) },
} as const;
