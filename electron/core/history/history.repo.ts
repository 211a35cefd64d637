import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { HistoryKind } from '../../../shared/contract';
import type { Db } from '../db/types';
import type { HistoryRow } from './chain';
import { DERIVED_COLUMNS, LIST_TABLES, RECORD_TABLES, TABLE_OF_KIND } from './history.tables';

// All SQL of the history: the history table, and the generic reads and writes of a record's rows
// that snapshots and restores need. The record tables are described by the schema itself
// (PRAGMA table_info / foreign_key_list), so a new column is followed without code here.

export type Row = Record<string, unknown>;
/** A record's rows per table; each row carries its key as `__key` (see keyExpression), blobs of deleted rows as `{ $hex }`. */
export type Snapshot = Record<string, Row[]>;

export interface TableShape {
  name: string;
  columns: string[];
  blobColumns: Set<string>;
  /** The primary key columns of a WITHOUT ROWID table (the lists of terms, systems, …); null: the rowid. */
  keyColumns: string[] | null;
  foreignKeys: { column: string; table: string; onDelete: string }[];
}

export interface HistoryQuery {
  kind?: HistoryKind;
  recordId?: number;
  withChildren?: boolean;
  user?: string;
  from?: string;
  to?: string;
  search?: string;
  /** Only entries after this one (the current record of an id, see lastDeleteOf). */
  after?: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A row's key as text, the same in the staging triggers and in reads: its rowid, or its primary key columns. */
export function keyExpression(shape: TableShape, alias?: string): string {
  const col = (c: string) => (alias ? `${alias}.${quote(c)}` : quote(c));
  return shape.keyColumns ? `json_array(${shape.keyColumns.map(col).join(', ')})` : `CAST(${alias ? `${alias}.rowid` : 'rowid'} AS TEXT)`;
}

export function readShapes(db: Db): Map<string, TableShape> {
  const shapes = new Map<string, TableShape>();
  for (const name of [...Object.keys(RECORD_TABLES), ...Object.keys(LIST_TABLES)]) {
    const info = db.pragma(`table_info(${quote(name)})`) as { name: string; type: string; pk: number }[];
    const sql =
      (db.prepare('SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?').get('table', name) as { sql: string } | undefined)?.sql ??
      '';
    const withoutRowid = /WITHOUT\s+ROWID/i.test(sql);
    if (info.length === 0) throw new Error(`History: table ${name} is not in the schema`);
    const fks = db.pragma(`foreign_key_list(${quote(name)})`) as { from: string; table: string; on_delete: string }[];
    shapes.set(name, {
      name,
      columns: info.map((c) => c.name),
      blobColumns: new Set(info.filter((c) => c.type.toUpperCase() === 'BLOB').map((c) => c.name)),
      keyColumns: withoutRowid
        ? info
            .filter((c) => c.pk > 0)
            .sort((a, b) => a.pk - b.pk)
            .map((c) => c.name)
        : null,
      foreignKeys: fks.map((f) => ({ column: f.from, table: f.table, onDelete: f.on_delete })),
    });
  }
  return shapes;
}

function where(q: HistoryQuery): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (q.kind && q.recordId !== undefined) {
    if (q.withChildren) {
      clauses.push('((kind = ? AND record_id = ?) OR (parent_kind = ? AND parent_id = ?))');
      params.push(q.kind, q.recordId, q.kind, q.recordId);
    } else {
      clauses.push('kind = ? AND record_id = ?');
      params.push(q.kind, q.recordId);
    }
  } else if (q.kind) {
    clauses.push('kind = ?');
    params.push(q.kind);
  }
  if (q.after !== undefined) {
    clauses.push('id > ?');
    params.push(q.after);
  }
  if (q.user) {
    clauses.push('(os_user = ? OR display_name = ?)');
    params.push(q.user, q.user);
  }
  if (q.from) {
    clauses.push('at >= ?');
    params.push(q.from);
  }
  if (q.to) {
    // `to` is a whole day: everything before the next one.
    clauses.push('at < ?');
    params.push(`${q.to}T99`);
  }
  if (q.search?.trim()) {
    clauses.push("(record_name LIKE ? ESCAPE '\\' OR method LIKE ? ESCAPE '\\')");
    const like = `%${q.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function createHistoryRepo(db: Db, shapes: Map<string, TableShape> = readShapes(db)) {
  const selectCols = (shape: TableShape) =>
    [
      `${keyExpression(shape)} AS __key`,
      ...shape.columns.filter((c) => !shape.blobColumns.has(c) && !DERIVED_COLUMNS.has(c)).map(quote),
    ].join(', ');
  const byOwner = new Map<string, ReturnType<Db['prepare']>>();
  const ownerStatement = (table: string, column: string) => {
    const key = `${table}.${column}`;
    let stmt = byOwner.get(key);
    if (!stmt) {
      const shape = shapes.get(table)!;
      stmt = db.prepare(
        `SELECT ${selectCols(shape)} FROM ${quote(table)} WHERE ${column === 'rowid' ? 'rowid' : quote(column)} = ? ORDER BY ${shape.keyColumns ? shape.keyColumns.map(quote).join(', ') : 'rowid'}`,
      );
      byOwner.set(key, stmt);
    }
    return stmt;
  };
  // Statements prepared once: entries of a page and a flush ask the same questions many times.
  const prepared = new Map<string, Statement<unknown[]>>();
  const sql = (text: string): Statement<unknown[]> => {
    let stmt = prepared.get(text);
    if (!stmt) prepared.set(text, (stmt = db.prepare<unknown[]>(text)));
    return stmt;
  };
  const insertEntry = db.prepare(`
    INSERT INTO history (id, change_id, at, os_user, display_name, method, kind, record_id, record_name, parent_kind, parent_id,
      action, changes, snapshot, redacted_at, prev_hash, content_hash, hash)
    VALUES (@id, @change_id, @at, @os_user, @display_name, @method, @kind, @record_id, @record_name, @parent_kind, @parent_id,
      @action, @changes, @snapshot, @redacted_at, @prev_hash, @content_hash, @hash)`);
  const redactEntry = db.prepare(
    'UPDATE history SET record_name = @record_name, changes = @changes, snapshot = NULL, redacted_at = @redacted_at WHERE id = @id',
  );

  return {
    shapes,
    shape: (table: string) => shapes.get(table)!,

    // --- the history table ---
    last: () =>
      sql('SELECT id, hash, change_id FROM history ORDER BY id DESC LIMIT 1').get() as
        { id: number; hash: string; change_id: number } | undefined,
    append: (row: HistoryRow) => insertEntry.run(row),
    redact: (row: { id: number; record_name: string; changes: string; redacted_at: string }) => redactEntry.run(row),
    get: (id: number) => sql('SELECT * FROM history WHERE id = ?').get(id) as HistoryRow | undefined,
    ofChange: (changeId: number) => sql('SELECT * FROM history WHERE change_id = ? ORDER BY id').all(changeId) as HistoryRow[],
    /** The unredacted entries of one record (a purge or an erasure removes their values). */
    unredactedOf: (kind: string, recordId: number, upTo = Number.MAX_SAFE_INTEGER) =>
      sql('SELECT * FROM history WHERE kind = ? AND record_id = ? AND redacted_at IS NULL AND id <= ? ORDER BY id').all(
        kind,
        recordId,
        upTo,
      ) as HistoryRow[],
    /**
     * The record's last delete that was not undone into the same id: entries up to it belong to a
     * record that is gone (a new record may have been given its id since), entries after it to
     * the record that has the id now.
     */
    lastDeleteOf: (kind: string, recordId: number) =>
      (
        sql(
          `SELECT max(d.id) AS id FROM history d WHERE d.kind = ? AND d.record_id = ? AND d.action = 'delete'
               AND NOT EXISTS (SELECT 1 FROM history u WHERE u.kind = d.kind AND u.record_id = d.record_id
                 AND u.method = 'history.undelete' AND json_extract(u.changes, '$.undoes') = d.change_id)`,
        ).get(kind, recordId) as { id: number | null }
      ).id,
    /** The record's entries that this change wrote already redacted (a purge never writes their values). */
    redactedIn: (kind: string, recordId: number, changeId: number) =>
      sql(
        "SELECT * FROM history WHERE kind = ? AND record_id = ? AND change_id = ? AND redacted_at IS NOT NULL AND action <> 'redact'",
      ).all(kind, recordId, changeId) as HistoryRow[],
    /** The newest entry of a record that is not a redaction. */
    latestOf: (kind: string, recordId: number) =>
      (
        sql("SELECT max(id) AS id FROM history WHERE kind = ? AND record_id = ? AND action <> 'redact'").get(kind, recordId) as {
          id: number | null;
        }
      ).id,
    /** The delete of this change was undone already. */
    undone: (changeId: number) =>
      sql("SELECT 1 FROM history WHERE method = 'history.undelete' AND json_extract(changes, '$.undoes') = ? LIMIT 1").get(changeId) !==
      undefined,
    /** Records of `kind` that belong to a record (a customer's sites, …), with a kind each. */
    childrenOf: (parentKind: string, parentId: number, upTo = Number.MAX_SAFE_INTEGER) =>
      sql('SELECT DISTINCT kind, record_id FROM history WHERE parent_kind = ? AND parent_id = ? AND record_id IS NOT NULL AND id <= ?').all(
        parentKind,
        parentId,
        upTo,
      ) as { kind: HistoryKind; record_id: number }[],
    list(q: HistoryQuery, offset: number, limit: number): { total: number; rows: HistoryRow[] } {
      const w = where(q);
      const total = (sql(`SELECT count(*) AS n FROM history ${w.sql}`).get(...w.params) as { n: number }).n;
      const rows = sql(`SELECT * FROM history ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as HistoryRow[];
      return { total, rows };
    },
    /** Every matching entry, oldest first, one at a time (exports, verification). */
    iterate: (q: HistoryQuery = {}) => {
      const w = where(q);
      return db.prepare(`SELECT * FROM history ${w.sql} ORDER BY id`).iterate(...w.params) as IterableIterator<HistoryRow>;
    },
    /**
     * Up to `limit` matching entries after `afterId`, oldest first, without their snapshots. For
     * work that awaits between chunks (the export): an open iterate() would refuse every write on
     * the connection meanwhile.
     */
    chunkAfter(q: HistoryQuery, afterId: number, limit: number): Omit<HistoryRow, 'snapshot'>[] {
      const w = where(q);
      return sql(
        `SELECT id, change_id, at, os_user, display_name, method, kind, record_id, record_name, parent_kind, parent_id, action, changes,
            redacted_at, prev_hash, content_hash, hash FROM history ${w.sql ? `${w.sql} AND` : 'WHERE'} id > ? ORDER BY id LIMIT ?`,
      ).all(...w.params, afterId, limit) as Omit<HistoryRow, 'snapshot'>[];
    },
    users: () =>
      (
        sql("SELECT DISTINCT display_name AS d, os_user AS o FROM history WHERE action <> 'redact' ORDER BY 1, 2").all() as {
          d: string;
          o: string;
        }[]
      ).flatMap((r) => [r.d, r.o].filter((s) => s !== '')),

    // --- record rows, generic over the schema ---
    /** The record's rows now: its own row and the rows of its lists. Empty when it does not exist. */
    readRecord(kind: HistoryKind, recordId: number): Snapshot {
      const table = TABLE_OF_KIND[kind];
      if (!table) return {};
      const own = ownerStatement(table, 'rowid').all(recordId) as Row[];
      const snapshot: Snapshot = { [table]: own };
      if (own.length === 0) return snapshot;
      for (const [name, list] of Object.entries(LIST_TABLES)) {
        if (list.kind !== kind) continue;
        snapshot[name] =
          typeof list.owner === 'number'
            ? (sql(`SELECT ${selectCols(shapes.get(name)!)} FROM ${quote(name)}`).all() as Row[])
            : (ownerStatement(name, list.owner).all(recordId) as Row[]);
      }
      return snapshot;
    },
    /** A kind's record ids, oldest first; with `parentId`, those that belong to that record (the sample registers' past). */
    recordIds(kind: HistoryKind, parentId?: number): number[] {
      const table = TABLE_OF_KIND[kind];
      if (!table) return [];
      const parent = RECORD_TABLES[table]!.parent;
      if (parentId !== undefined && !parent) return [];
      const rows =
        parentId === undefined
          ? sql(`SELECT rowid AS id FROM ${quote(table)} ORDER BY rowid`).all()
          : sql(`SELECT rowid AS id FROM ${quote(table)} WHERE ${quote(parent!.column)} = ? ORDER BY rowid`).all(parentId);
      return (rows as { id: number }[]).map((r) => r.id);
    },
    rowById: (table: string, rowid: unknown) => ownerStatement(table, 'rowid').get(rowid as number) as Row | undefined,
    exists: (table: string, rowid: unknown) => sql(`SELECT 1 FROM ${quote(table)} WHERE rowid = ?`).get(rowid) !== undefined,
    revisionOf: (table: string, rowid: number) =>
      (sql(`SELECT revision FROM ${quote(table)} WHERE rowid = ?`).get(rowid) as { revision: number } | undefined)?.revision ?? null,
    /** Writes `values` (column → value; blobs as Buffers) over the row. */
    updateRow(table: string, rowid: unknown, values: Row) {
      const cols = Object.keys(values);
      if (cols.length === 0) return;
      sql(`UPDATE ${quote(table)} SET ${cols.map((c) => `${quote(c)} = ?`).join(', ')} WHERE rowid = ?`).run(
        ...cols.map((c) => values[c]),
        rowid,
      );
    },
    /** Inserts a row; returns its rowid. */
    insertRow(table: string, values: Row): number {
      const cols = Object.keys(values);
      const info = sql(`INSERT INTO ${quote(table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
        ...cols.map((c) => values[c]),
      );
      return Number(info.lastInsertRowid);
    },
    /** The newest entry of a record before `beforeId` (what it was before a change). */
    entryBefore: (kind: string, recordId: number, beforeId: number) =>
      (
        sql("SELECT max(id) AS id FROM history WHERE kind = ? AND record_id = ? AND id < ? AND action <> 'redact'").get(
          kind,
          recordId,
          beforeId,
        ) as { id: number | null }
      ).id,
    /** Whether a record got entries of its own, or records under it did, after `afterId`. */
    touchedAfter: (kind: string, recordId: number, afterId: number) =>
      sql('SELECT 1 FROM history WHERE id > ? AND ((kind = ? AND record_id = ?) OR (parent_kind = ? AND parent_id = ?)) LIMIT 1').get(
        afterId,
        kind,
        recordId,
        kind,
        recordId,
      ) !== undefined,
    deleteById: (table: string, rowid: number) => sql(`DELETE FROM ${quote(table)} WHERE rowid = ?`).run(rowid),
    /** Deletes the row with this `__key`. */
    deleteRow: (table: string, key: unknown) =>
      sql(`DELETE FROM ${quote(table)} WHERE ${keyExpression(shapes.get(table)!)} = ?`).run(String(key)),
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
