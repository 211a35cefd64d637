// Every table of the register is followed by the change history, or says why not: a new table
// without a place in history.tables.ts fails here instead of changing data unrecorded.
import path from 'node:path';
import { expect, it } from 'vitest';
import { openRegisterDb } from '../../../electron/core/db/open';
import { LIST_TABLES, RECORD_TABLES, UNTRACKED_TABLES } from '../../../electron/core/history/history.tables';
import { tempDir } from '../helpers';

it('places every table of the schema in the history, or lists it as untracked with a reason', () => {
  const db = openRegisterDb(path.join(tempDir(), 'tables.forteckna'), { create: true });
  try {
    const tables = (
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
        name: string;
        sql: string;
      }[]
    )
      // Full-text indexes and their shadow tables are derived from the tables they index.
      .filter((t) => !/^CREATE VIRTUAL TABLE/i.test(t.sql) && !/_fts(_\w+)?$/.test(t.name))
      .map((t) => t.name);
    const placed = new Set([...Object.keys(RECORD_TABLES), ...Object.keys(LIST_TABLES), ...Object.keys(UNTRACKED_TABLES)]);
    expect(tables.filter((t) => !placed.has(t))).toEqual([]);
    expect([...placed].filter((t) => !tables.includes(t))).toEqual([]);
  } finally {
    db.close();
  }
});
