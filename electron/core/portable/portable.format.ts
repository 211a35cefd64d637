// How the register's tables map onto the portable file: which zod schema checks each table's rows,
// in which order the tables appear, and whether every table of the schema has a portable schema.
import { z } from 'zod';
import { portableTables, type PortableTableName } from '../../../shared/contract';
import type { ColumnInfo, TableInfo } from './portable.repo';

export const APPLICATION_NAME = 'Förteckna';

const ORDER = Object.keys(portableTables);

const isPortableTable = (key: string): key is PortableTableName => Object.hasOwn(portableTables, key);

/** Tables in file order: as declared in the contract (parents first), then any others by name. */
export function inFileOrder(tables: TableInfo[]): TableInfo[] {
  const rank = (t: TableInfo) => (isPortableTable(t.key) ? ORDER.indexOf(t.key) : ORDER.length);
  return [...tables].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

/**
 * Where the schema and the portable schemas disagree: a table or column without a portable schema,
 * or a portable schema for something the register does not have. Empty when they match.
 */
export function coverageProblems(tables: TableInfo[]): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    if (!isPortableTable(table.key)) {
      problems.push(`table ${table.name} has no portable schema (shared/contract/portable.ts)`);
      continue;
    }
    const shape = portableTables[table.key].shape as Record<string, z.ZodType>;
    const columns = table.columns.map((c) => c.key);
    for (const key of columns) if (!Object.hasOwn(shape, key)) problems.push(`column ${table.name}.${key} has no portable schema`);
    for (const key of Object.keys(shape))
      if (!columns.includes(key)) problems.push(`portable schema ${table.key}.${key} is not a column of ${table.name}`);
  }
  const present = new Set(tables.map((t) => t.key));
  for (const key of ORDER) if (!present.has(key)) problems.push(`portable schema ${key} is not a table of the register`);
  return problems;
}

/** A column that has no schema of its own (a table or column of an older schema version, since removed). */
function genericColumn(column: ColumnInfo): z.ZodType {
  const base =
    column.type === 'INTEGER'
      ? z.int()
      : column.type === 'REAL'
        ? z.number()
        : column.type === 'BLOB'
          ? z.base64()
          : column.type === 'TEXT'
            ? z.string()
            : z.union([z.string(), z.number()]);
  return column.notNull ? base : base.nullable();
}

/** The schema that checks one row of `table` (at the file's schema version). */
export function rowSchema(table: TableInfo): z.ZodType {
  const known = isPortableTable(table.key) ? (portableTables[table.key].shape as Record<string, z.ZodType>) : {};
  const columns = table.columns.map((c) => c.key);
  if (isPortableTable(table.key) && columns.length === Object.keys(known).length && columns.every((key) => Object.hasOwn(known, key))) {
    return portableTables[table.key];
  }
  return z.strictObject(
    Object.fromEntries(table.columns.map((c) => [c.key, Object.hasOwn(known, c.key) ? known[c.key]! : genericColumn(c)])),
  );
}
