// The register workbook (XLSX) export (issue 5).
import { z } from 'zod';
import { filePath, language } from './common';

/** The sheets of the register workbook, in the order they appear in it. */
export const WORKBOOK_SHEETS = [
  'organisation',
  'controller',
  'processor',
  'subprocessors',
  'retention',
  'agreements',
  'sites',
  'equipment',
  'requests',
  'breaches',
] as const;
export const workbookSheet = z.enum(WORKBOOK_SHEETS);
export type WorkbookSheet = z.output<typeof workbookSheet>;

export const workbookExportInput = z.object({
  /** Language of the headers and of the words in the cells. */
  lang: language.default('sv'),
  /** With a path (CLI, tests) it writes there; otherwise the host asks (save dialog) or uses its export folder. */
  path: filePath.optional(),
  /** Which sheets to include (always in workbook order); all of them when left out. */
  sheets: z
    .array(workbookSheet)
    .min(1, { error: 'v.required' })
    .max(WORKBOOK_SHEETS.length * 2, { error: 'v.tooMany' })
    .optional(),
});
export type WorkbookExportInput = z.input<typeof workbookExportInput>;

export const workbookExportResult = z
  .object({
    path: z.string(),
    bytes: z.number().int(),
    /** The sheets written, in workbook order. */
    sheets: z.array(workbookSheet),
    /** Data rows written over all sheets (title and header rows not counted). */
    rows: z.number().int(),
  })
  .nullable();
export type WorkbookExportResult = z.output<typeof workbookExportResult>;

export const workbookMethods = {
  /** Writes the register workbook as one XLSX; runs as a cancellable task. Null when the user cancels the save dialog. */
  'workbook.export': { input: workbookExportInput, output: workbookExportResult },
} as const;
