import type { FieldChange, HistoryChanges, ListChange } from '../../../shared/contract';
import { LIST_TABLES, QUIET_COLUMNS, type NameLookup } from './history.tables';
import type { Row, Snapshot } from './history.repo';

// What changed in a record, from its rows before and after: field by field for its own row,
// items added and removed for each of its lists. Pure, so it is tested on plain objects.

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

type Scalar = string | number | null;
const scalar = (value: unknown): Scalar | undefined => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined; // blobs and their markers are not shown as values
};

/** Columns compared when an item of a list is matched: not its rowid, owner, place in the list or timestamps. */
function itemKey(row: Row, owner: string | number): string {
  const entries = Object.entries(row).filter(([k]) => k !== '__key' && k !== owner && k !== 'position' && !QUIET_COLUMNS.has(k));
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function diffFields(before: Row | undefined, after: Row | undefined): FieldChange[] {
  const columns = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const column of columns) {
    if (column === '__key' || QUIET_COLUMNS.has(column)) continue;
    const b = before ? scalar(before[column]) : null;
    const a = after ? scalar(after[column]) : null;
    if (b === undefined || a === undefined || b === a) continue;
    // A new or removed record lists only the fields that hold something.
    if ((!before || !after) && (a ?? b) === '') continue;
    changes.push({ field: camel(column), before: b, after: a });
  }
  return changes;
}

function diffList(table: string, before: Row[], after: Row[], lookup: NameLookup): ListChange | null {
  const list = LIST_TABLES[table]!;
  const count = (rows: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const row of rows) {
      const key = itemKey(row, list.owner);
      map.set(key, [...(map.get(key) ?? []), row]);
    }
    return map;
  };
  const b = count(before);
  const a = count(after);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [key, rows] of a) for (const row of rows.slice(b.get(key)?.length ?? 0)) added.push(list.label(row, lookup));
  for (const [key, rows] of b) for (const row of rows.slice(a.get(key)?.length ?? 0)) removed.push(list.label(row, lookup));
  return added.length || removed.length ? { list: list.list, added, removed } : null;
}

export function diffRecord(mainTable: string, before: Snapshot, after: Snapshot, lookup: NameLookup): HistoryChanges {
  const fields = diffFields(before[mainTable]?.[0], after[mainTable]?.[0]);
  const lists: ListChange[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (table === mainTable || !LIST_TABLES[table]) continue;
    const change = diffList(table, before[table] ?? [], after[table] ?? [], lookup);
    if (change) lists.push(change);
  }
  return { fields, lists };
}

/** The facts of a change without its values: which fields and lists changed (a redacted entry). */
export function redactChanges(changes: HistoryChanges): HistoryChanges {
  return {
    fields: changes.fields.map((f) => ({ field: f.field, before: null, after: null })),
    lists: changes.lists.map((l) => ({ list: l.list, added: [], removed: [] })),
    ...(changes.redaction ? { redaction: changes.redaction } : {}),
  };
}
