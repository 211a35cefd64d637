// The shapes shared by the parts of the spreadsheet import (issue 18):
//   read/      a file (.xlsx, .csv) → RawBook: sheets of cells, nothing interpreted yet;
//   mapping    a RawBook → per sheet its header row, its target and a field per column;
//   values     one cell → a date, a number, an enum value, a list …, or a problem;
//   targets/   per kind of record: its fields and how mapped rows become a service input;
//   preview    the whole file → what each row will become and its problems, nothing written;
//   commit     the preview → one transaction through the features' services (so history records it).
import type { Label } from '../../../shared/domain/labels';
import type { LabelKind } from '../../../shared/domain/labels';
import type { VocabularyKind } from '../../../shared/domain/enums';
import type { WorkbookSheet } from '../../../shared/contract';
import type { Session } from '../session';

// ---------------------------------------------------------------------------------------------
// Reading

/** A cell as the file holds it: text, a number, a boolean, a date (YYYY-MM-DD or an ISO instant). */
export type CellValue = string | number | boolean | null;

export interface RawCell {
  value: CellValue;
  /** The cell held a date (xlsx date-formatted cell); `value` is then 'YYYY-MM-DD' (or 'YYYY-MM-DDTHH:MM:SS'). */
  date?: true;
  /** The cell held a formula; `value` is its cached result. */
  formula?: true;
}

export interface RawSheet {
  name: string;
  hidden: boolean;
  /** rows[i] is row i + 1 of the sheet; cells[j] is column j + 1 (A = 0). Missing cells are undefined. */
  rows: (RawCell | undefined)[][];
  /** Merged ranges such as 'A1:C1'. */
  merges: string[];
}

export interface RawBook {
  kind: 'xlsx' | 'csv';
  fileName: string;
  bytes: number;
  sheets: RawSheet[];
  /** csv only: what the reader decided. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  delimiter?: ',' | ';' | '\t';
}

// ---------------------------------------------------------------------------------------------
// Targets and their fields

export { IMPORT_TARGETS, type ImportTarget, type SheetMapping } from '../../../shared/contract/sheet-import';
import type { ImportTarget } from '../../../shared/contract/sheet-import';

export interface FieldDef {
  key: string;
  label: Label;
  /** Header names this field is known by (Swedish and English, with the usual variants); compared folded. */
  synonyms: readonly string[];
  /** Without it the record cannot be written at all (e.g. a name): the row is skipped with an error. */
  required?: boolean;
  /** The register expects it; without it the record is imported as a draft and the completeness check shows the gap. */
  expected?: boolean;
}

/** One data row with its cells keyed by field key (only mapped, non-empty cells). */
export interface MappedRow {
  sheet: string;
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  cells: ReadonlyMap<string, MappedCell>;
  /** Where each mapped field is, also when its cell is empty (a problem about a missing value names the column). */
  columns?: ReadonlyMap<string, Omit<MappedCell, 'cell'>>;
}

export interface MappedCell {
  cell: RawCell;
  /** 'C' */
  column: string;
  /** The header text of the column. */
  header: string;
}

export type Severity = 'error' | 'warning';

/** A message key in shared/messages (`imp.*`), with its parameters. */
export interface ProblemMessage {
  key: string;
  params?: Record<string, string | number>;
}

export interface Problem extends ProblemMessage {
  severity: Severity;
  sheet: string;
  row: number;
  /** Column letter, when the problem is in one cell. */
  column?: string;
  header?: string;
}

/** A reference by name to another record: an existing one, one created by the same import, or (systems, measures, terms) a new one. */
export interface NameRef {
  name: string;
}

/**
 * Reads the mapped cells of one row; every read reports its own problems at that cell (a date
 * written as text, an Excel serial number, a formula, an unknown enum value …). A field that is not
 * mapped or empty gives '' / null / [].
 */
export interface RowReader {
  readonly row: MappedRow;
  /** The row is from our own workbook, which writes lists one item per line (an item may hold a comma). */
  readonly ownSheet: boolean;
  has(field: string): boolean;
  text(field: string): string;
  /** YYYY-MM-DD or null. */
  date(field: string): string | null;
  number(field: string): number | null;
  /** Ja/Nej, Yes/No, X, 1/0, true/false; null when empty or unreadable (then a warning). */
  bool(field: string): boolean | null;
  /** Items split on line breaks, else ';', else ','; trimmed, empty ones dropped. */
  list(field: string): string[];
  /** An enum value by its label (sv/en), its value or a known synonym; null (with a warning) when unknown. */
  enumValue<K extends LabelKind>(field: string, kind: K): string | null;
  enumList<K extends LabelKind>(field: string, kind: K): string[];
  /** A Swedish organisation number (or personnummer for a sole trader), normalised to NNNNNN-NNNN; '' when empty. */
  orgNr(field: string, form?: 'company' | 'sole_trader'): string;
  /** An ISO 3166 alpha-2 code from a code or a country name (sv/en); '' when empty or unknown (warning). */
  country(field: string): string;
  /** Vocabulary terms by label; unknown ones become new terms of the register (listed in the preview). */
  terms(field: string, kind: VocabularyKind): NameRef[];
  /** Names of other records (systems, sub-processors, measures, services, customers, sites, retention rules). */
  refs(field: string, target: RefTarget): NameRef[];
  problem(field: string | null, severity: Severity, message: ProblemMessage): void;
}

export type RefTarget = 'systems' | 'subprocessors' | 'measures' | 'services' | 'customers' | 'sites' | 'retentionRules';

/** What a target made of one record's rows. */
export interface Draft<F = unknown> {
  /** Shown in the preview ("Ekonomi och bokföring", "Acme AB / Kontoret"). */
  label: string;
  /** The service input's fields as far as the file gives them; references by name (resolved when written). */
  fields: F;
  /** How an existing record is recognised: organisation number first, then name (diacritics- and case-insensitive). */
  matchKeys: { orgNr?: string; name: string; parent?: string };
}

export interface ImportTargetDef<F = unknown> {
  key: ImportTarget;
  label: Label;
  fields: readonly FieldDef[];
  /**
   * Our own register workbook: for each of its sheets that this target reads, workbook column key
   * (electron/core/workbook/sheets.ts) → field key. Our workbook is mapped from this, with no guessing.
   */
  own?: Partial<Record<WorkbookSheet, Record<string, string>>>;
  /**
   * Rows that belong to one record (activities: one row per purpose, grouped by ref. no. and name;
   * services: one row per customer × service in our workbook). Default: one record per row.
   */
  recordKey?(row: RowReader): string;
  /** One record from its rows (at least one). Returns null when the rows cannot make a record (an error was reported). */
  build(rows: readonly RowReader[]): Draft<F> | null;
  /**
   * Writes the record inside the import's transaction and returns its id: `existing` when it
   * matched a record that the user chose to update (then only the fields the file gives change).
   */
  write(draft: Draft<F>, existing: number | null, w: WriteContext): number;
  /**
   * For a target that no other record refers to: checks a record as `write` would, without
   * writing it. The preview uses it instead of writing (it throws what `write` would throw).
   */
  check?(draft: Draft<F>, existing: number | null, w: WriteContext): void;
}

/** What a target may use while writing: the session (its features' services) and names → ids. */
export interface WriteContext {
  session: Session;
  /**
   * The id of a record: created earlier in this import, or existing. By organisation number when
   * given (two customers may share a name), else by name within its parent. Null when none.
   */
  idOf(target: RefTarget, name: string, parent?: string, orgNr?: string): number | null;
  /** The id of a vocabulary term by label, created (once) when the register does not have it. */
  termId(kind: VocabularyKind, label: string): number;
  /** The id of a system or a measure by name, created with just its name when there is none. */
  idOrCreate(target: 'systems' | 'measures', name: string): number;
  /** A warning on the record being written (e.g. a reference that names nothing and is left out). */
  warn(message: ProblemMessage): void;
  /**
   * A fact computed once per import: only for what the targets written later do not change
   * (a service read by each of its subscriptions, a customer's services read by each device).
   */
  memo<T>(key: string, compute: () => T): T;
}
