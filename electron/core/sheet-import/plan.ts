// From a read file and its mapping to a plan: one entry per record the rows make, with its draft,
// what will happen to it (create, update an existing record, skip) and its problems. Nothing is
// written here; apply.ts writes the plan (for real, or in a transaction that is rolled back).
import type { ImportAction, SheetMapping } from '../../../shared/contract/sheet-import';
import type { ExistingIndex } from './existing';
import { matchKeysOf } from './existing';
import { columnIndex } from './mapping';
import type { Draft, ImportTargetDef, MappedCell, MappedRow, Problem, RawBook, RowReader } from './model';
import { createRowReader, NameCollector } from './row-reader';
import { cellText, fold } from './values';

export interface PlannedRecord {
  index: number;
  def: ImportTargetDef;
  sheet: string;
  rows: number[];
  draft: Draft | null;
  action: ImportAction;
  match: { id: number; name: string; by: 'orgNr' | 'name' } | null;
  problems: Problem[];
}

export interface Plan {
  records: PlannedRecord[];
  fileProblems: Problem[];
  names: NameCollector;
  formulas: number;
}

/** Lets the caller report progress and cancel between chunks of rows. */
export type Checkpoint = (done: number, total: number) => Promise<void>;

const CHUNK = 500;

function mappedRows(book: RawBook, mapping: SheetMapping, def: ImportTargetDef, fileProblems: Problem[]): MappedRow[] {
  const sheet = book.sheets.find((s) => s.name === mapping.sheet);
  if (!sheet) {
    fileProblems.push({ severity: 'error', sheet: mapping.sheet, row: 0, key: 'preview.noSheet', params: { sheet: mapping.sheet } });
    return [];
  }
  const header = sheet.rows[mapping.headerRow - 1] ?? [];
  const fields = new Set(def.fields.map((f) => f.key));
  const columns: { index: number; letter: string; field: string; header: string }[] = [];
  for (const [letter, field] of Object.entries(mapping.columns)) {
    if (field === null) continue;
    if (!fields.has(field)) {
      fileProblems.push({
        severity: 'error',
        sheet: sheet.name,
        row: mapping.headerRow,
        column: letter,
        key: 'preview.unknownField',
        params: { column: letter, field },
      });
      continue;
    }
    const index = columnIndex(letter);
    columns.push({ index, letter, field, header: cellText(header[index]) });
  }
  const mapped = new Set(columns.map((c) => c.field));
  for (const f of def.fields) {
    if (f.required && !mapped.has(f.key)) {
      fileProblems.push({
        severity: 'error',
        sheet: sheet.name,
        row: mapping.headerRow,
        key: 'preview.requiredNotMapped',
        params: { field: f.label.sv, field_en: f.label.en },
      });
    }
  }
  const where = new Map(columns.map((c) => [c.field, { column: c.letter, header: c.header }]));
  const out: MappedRow[] = [];
  for (let r = mapping.headerRow; r < sheet.rows.length; r++) {
    const cells = new Map<string, MappedCell>();
    const row = sheet.rows[r] ?? [];
    for (const c of columns) {
      const cell = row[c.index];
      if (cell && cellText(cell) !== '') cells.set(c.field, { cell, column: c.letter, header: c.header });
    }
    if (cells.size > 0) out.push({ sheet: sheet.name, row: r + 1, cells, columns: where });
  }
  return out;
}

export async function buildPlan(
  book: RawBook,
  mappings: readonly SheetMapping[],
  targets: readonly ImportTargetDef[],
  existing: ExistingIndex,
  options: { onMatch: 'update' | 'create'; ownSheets: ReadonlySet<string>; checkpoint: Checkpoint },
): Promise<Plan> {
  const fileProblems: Problem[] = [];
  const names = new NameCollector();
  const records: PlannedRecord[] = [];
  let formulas = 0;
  const jobs = mappings.flatMap((m) => {
    const def = m.target === null ? undefined : targets.find((t) => t.key === m.target);
    return def ? [{ mapping: m, def, rows: mappedRows(book, m, def, fileProblems) }] : [];
  });
  const total = jobs.reduce((n, j) => n + j.rows.length, 0);
  let done = 0;
  /** Per target: match key → the record that first had it (duplicates within the file). */
  const seen = new Map<string, PlannedRecord>();
  const ignore = new NameCollector();

  for (const { mapping, def, rows } of jobs) {
    const own = options.ownSheets.has(mapping.sheet);
    // Group the rows into records, keeping the file's order.
    const groups = new Map<string, MappedRow[]>();
    for (const row of rows) {
      for (const c of row.cells.values()) if (c.cell.formula) formulas++;
      const key = def.recordKey ? def.recordKey(createRowReader(row, [], ignore, fold, own)) : `row:${row.row}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
      if (++done % CHUNK === 0) await options.checkpoint(done, total);
    }
    for (const group of groups.values()) {
      const problems: Problem[] = [];
      const readers: RowReader[] = group.map((row) => createRowReader(row, problems, names, fold, own));
      let draft: Draft | null = null;
      try {
        draft = def.build(readers);
      } catch (error) {
        // A target's bug must not take the preview down; the row says what happened.
        problems.push({
          severity: 'error',
          sheet: mapping.sheet,
          row: group[0]!.row,
          key: 'preview.rejected',
          params: { reason: String(error) },
        });
      }
      const record: PlannedRecord = {
        index: records.length,
        def,
        sheet: mapping.sheet,
        rows: group.map((r) => r.row),
        draft,
        action: 'skip',
        match: null,
        problems,
      };
      if (group.length > 1 && !own) {
        problems.push({
          severity: 'warning',
          sheet: mapping.sheet,
          row: group[0]!.row,
          key: 'preview.mergedRows',
          params: { rows: record.rows.join(', ') },
        });
      }
      if (draft) {
        // Within the file a record is the same as another by its organisation number when it has
        // one, else by name. Our workbook names a customer in several sheets: the first one counts.
        const keys = matchKeysOf(draft.matchKeys).map((k) => `${def.key}|${k}`);
        const first = seen.get(keys[0]!);
        // Read already from an earlier sheet of our workbook: not shown or written again.
        if (first && first.sheet !== mapping.sheet && own && options.ownSheets.has(first.sheet)) continue;
        if (first) {
          problems.push({
            severity: 'error',
            sheet: mapping.sheet,
            row: group[0]!.row,
            key: 'preview.duplicate',
            params: { sheet: first.sheet, row: first.rows[0]! },
          });
        } else {
          for (const k of keys) seen.set(k, record);
          const hit = existing.find(def.key, draft.matchKeys);
          if (hit) record.match = { id: hit.id, name: hit.name, by: hit.by };
        }
      }
      record.action =
        draft === null || problems.some((p) => p.severity === 'error')
          ? 'skip'
          : record.match && options.onMatch === 'update'
            ? 'update'
            : 'create';
      if (record.action === 'create') record.match = null;
      records.push(record);
    }
  }
  await options.checkpoint(total, total);
  return { records, fileProblems, names, formulas };
}
