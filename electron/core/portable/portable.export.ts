// Writing the portable JSON: the whole register, table by table, one row per line so that a diff
// of two exports shows the rows that changed. The same register always gives the same bytes
// (apart from exportedAt): tables in a fixed order, rows by primary key, columns in table order.
import { PORTABLE_FORMAT, PORTABLE_FORMAT_VERSION } from '../../../shared/contract';
import type { Session } from '../session';
import type { TaskHandle } from '../tasks';
import { APPLICATION_NAME, coverageProblems, inFileOrder } from './portable.format';
import { describeTables, readRows, type SqlValue, type TableInfo } from './portable.repo';

const ROWS_PER_STEP = 2000;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function jsonValue(value: SqlValue): string {
  if (Buffer.isBuffer(value)) return JSON.stringify(value.toString('base64'));
  if (typeof value === 'bigint') throw new Error('A 64-bit integer outside the safe range cannot be exported.');
  return JSON.stringify(value);
}

export interface PortableExport {
  text: string;
  counts: Record<string, number>;
}

/**
 * The register as portable JSON text. The rows are read in one go (a consistent snapshot, even if
 * the register changes while the text is built); the text is built in steps so a cancel can arrive.
 */
export async function exportPortable(session: Session, appVersion: string, task: TaskHandle): Promise<PortableExport> {
  const tables = inFileOrder(describeTables(session.db));
  const problems = coverageProblems(tables);
  // A table without a portable schema would be exported but refused on import: fail loudly instead.
  if (problems.length) throw new Error(`The portable format does not cover the register: ${problems.join('; ')}`);

  const snapshot: { table: TableInfo; rows: SqlValue[][] }[] = tables.map((table) => ({ table, rows: readRows(session.db, table) }));
  const total = snapshot.reduce((n, t) => n + t.rows.length, 0);
  task.progress(0, total);

  const header = [
    '{',
    `  "format": ${JSON.stringify(PORTABLE_FORMAT)},`,
    `  "formatVersion": ${PORTABLE_FORMAT_VERSION},`,
    `  "schemaVersion": ${session.schemaVersion()},`,
    `  "exportedAt": ${JSON.stringify(session.now())},`,
    `  "application": ${JSON.stringify({ name: APPLICATION_NAME, version: appVersion })},`,
    `  "encrypted": ${session.key !== null},`,
    '  "tables": {',
  ];
  const parts: string[] = [header.join('\n'), '\n'];
  const counts: Record<string, number> = {};
  let done = 0;
  for (const [tableIndex, { table, rows }] of snapshot.entries()) {
    counts[table.key] = rows.length;
    const keys = table.columns.map((c) => `${JSON.stringify(c.key)}:`);
    const lines: string[] = [];
    for (let start = 0; start < rows.length; start += ROWS_PER_STEP) {
      for (const row of rows.slice(start, start + ROWS_PER_STEP)) {
        lines.push(`      {${row.map((value, i) => keys[i] + jsonValue(value)).join(',')}}`);
      }
      done += Math.min(ROWS_PER_STEP, rows.length - start);
      // Let a cancel arrive; progress() then throws CANCELLED and nothing is written.
      await tick();
      task.progress(done, total);
    }
    const comma = tableIndex < snapshot.length - 1 ? ',' : '';
    parts.push(
      lines.length
        ? `    ${JSON.stringify(table.key)}: [\n${lines.join(',\n')}\n    ]${comma}\n`
        : `    ${JSON.stringify(table.key)}: []${comma}\n`,
    );
  }
  parts.push('  }\n}\n');
  return { text: parts.join(''), counts };
}
