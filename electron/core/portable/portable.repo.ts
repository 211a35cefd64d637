// All SQL of the portable format: what tables a register has (read from its schema, never from a
// list), every row of a table in primary-key order, and writing rows into a new register file.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/types';
import { migrations } from '../db/migrations';

export type SqlValue = string | number | bigint | Buffer | null;

export interface ColumnInfo {
  /** snake_case, as in SQL. */
  name: string;
  /** camelCase, as in the file. */
  key: string;
  /** Declared type: INTEGER, TEXT, BLOB, REAL or ANY (tables are STRICT). */
  type: string;
  notNull: boolean;
}

export interface ForeignKeyInfo {
  column: string;
  parentTable: string;
  parentColumn: string;
}

export interface TableInfo {
  name: string;
  key: string;
  columns: ColumnInfo[];
  /** Primary-key columns in key order. */
  primaryKey: string[];
  /** Single-column foreign keys (every one the schema has). */
  foreignKeys: ForeignKeyInfo[];
}

export const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * The register's real tables: not SQLite's own, not virtual tables (the FTS indexes) and not their
 * shadow tables, which the triggers rebuild from the rows.
 */
export function describeTables(db: Db): TableInfo[] {
  const list = db.pragma('table_list') as { schema: string; name: string; type: string }[];
  return list
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort()
    .map((name) => {
      const columns = db.pragma(`table_info(${quote(name)})`) as { name: string; type: string; notnull: number; pk: number }[];
      const keys = db.pragma(`foreign_key_list(${quote(name)})`) as { id: number; table: string; from: string; to: string | null }[];
      const singleColumn = keys.filter((k) => keys.filter((other) => other.id === k.id).length === 1);
      return {
        name,
        key: camelCase(name),
        columns: columns.map((c) => ({
          name: c.name,
          key: camelCase(c.name),
          type: c.type.toUpperCase(),
          notNull: c.notnull === 1 || c.pk > 0,
        })),
        primaryKey: columns
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        foreignKeys: singleColumn.map((k) => ({ column: k.from, parentTable: k.table, parentColumn: k.to ?? 'id' })),
      };
    });
}

/** The tables of a register at an older (or the current) schema version, from a scratch in-memory database. */
export function describeTablesAtVersion(version: number, nativeBinding?: string): TableInfo[] {
  const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    for (const migration of migrations.slice(0, version)) migration.up(db);
    return describeTables(db);
  } finally {
    db.close();
  }
}

/** Every row of the table as arrays in column order, ordered by primary key. */
export function readRows(db: Db, table: TableInfo): SqlValue[][] {
  const order = (table.primaryKey.length ? table.primaryKey : ['rowid']).map(quote).join(', ');
  const columns = table.columns.map((c) => quote(c.name)).join(', ');
  return db
    .prepare(`SELECT ${columns} FROM ${quote(table.name)} ORDER BY ${order}`)
    .raw()
    .all() as SqlValue[][];
}

/** Writes rows into a register file being built: one transaction, foreign keys checked at commit. */
export function createRowWriter(db: Db) {
  return {
    begin(): void {
      db.exec('BEGIN IMMEDIATE');
      // Parents and children may come in any order; the check happens at COMMIT.
      db.pragma('defer_foreign_keys = ON');
    },
    /** Removes rows a migration seeded (built-in vocabularies, singletons): the file's rows replace them. */
    clear(table: TableInfo): void {
      db.prepare(`DELETE FROM ${quote(table.name)}`).run();
    },
    inserter(table: TableInfo): (values: SqlValue[]) => void {
      const statement = db.prepare(
        `INSERT INTO ${quote(table.name)} (${table.columns.map((c) => quote(c.name)).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      return (values) => {
        statement.run(values);
      };
    },
    /**
     * Drops the triggers that keep the full-text indexes current, for a bulk insert; the function
     * returned puts the same triggers back and rebuilds each index once, which is several times
     * faster than updating it row by row (20,000 devices in the reference register).
     */
    suspendSearchIndexes(): () => void {
      const indexes = (
        db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`).all() as {
          name: string;
          sql: string;
        }[]
      )
        .map((t) => ({ name: t.name, content: /content\s*=\s*'([^']+)'/i.exec(t.sql)?.[1] }))
        .filter((t): t is { name: string; content: string } => t.content !== undefined);
      const triggers = indexes.flatMap((index) =>
        (
          db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?`).all(index.content) as {
            name: string;
            sql: string;
          }[]
        ).filter((t) => t.sql.includes(index.name)),
      );
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${quote(trigger.name)}`);
      return () => {
        for (const trigger of triggers) db.exec(trigger.sql);
        for (const index of indexes) db.prepare(`INSERT INTO ${quote(index.name)} (${quote(index.name)}) VALUES ('rebuild')`).run();
      };
    },
    commit(): void {
      db.exec('COMMIT');
    },
    rollback(): void {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
    /** Rows whose foreign key points nowhere (empty when all is well). */
    foreignKeyViolations(): { table: string; rowid: number | null; parent: string }[] {
      return db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    },
    integrity(): string {
      return String(db.pragma('integrity_check', { simple: true }));
    },
  };
}
