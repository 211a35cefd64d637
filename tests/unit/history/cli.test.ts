import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { blankCustomer, coreWithRegister, ok } from '../helpers';
import { readWorkbook } from '../workbook/read';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

/** A closed register file with a few customers created and edited through the contract. */
async function registerWithHistory() {
  const { core, dir, info } = await coreWithRegister();
  for (const name of ['Alfa AB', 'Beta AB', 'Gamma AB']) {
    const c = await ok(core, 'customers.create', { ...blankCustomer, name });
    await ok(core, 'customers.update', { id: c.id, revision: c.revision, fields: { ...blankCustomer, name, notes: `Ändrad ${name}` } });
  }
  const entries = (await ok(core, 'history.list', { limit: 100 })).rows;
  await ok(core, 'register.close', {});
  return { dir, file: info.path, entries };
}

/** A copy of the file, changed with plain SQL behind the app's back. */
function tampered(file: string, name: string, sql: string): string {
  const copy = path.join(path.dirname(file), name);
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  db.exec(sql);
  db.close();
  return copy;
}

describe('history-verify command', () => {
  it('says OK with the number of entries for an untouched file', async () => {
    const { file, entries } = await registerWithHistory();
    const result = await cli('history-verify', file);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out).toBe(`OK: ändringshistoriken är obruten (${entries.length} händelser).`);
  });

  it('reports the entry whose changes were edited with plain SQL, and exits 1', async () => {
    const { file, entries } = await registerWithHistory();
    const victim = entries.find((e) => e.action === 'update' && e.kind === 'customer')!;
    const copy = tampered(
      file,
      'manipulerad.forteckna',
      `DROP TRIGGER history_redact_only;
       UPDATE history SET changes = replace(changes, 'Ändrad', 'Oändrad') WHERE id = ${victim.id};`,
    );
    const result = await cli('history-verify', copy);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      `BRUTEN: ändringshistoriken är bruten vid händelse ${victim.id}: innehållet har ändrats efter att det skrevs (content).`,
    );
    // The original still verifies.
    expect((await cli('history-verify', file)).code).toBe(0);
  });

  it('reports a removed entry at the one after it', async () => {
    const { file, entries } = await registerWithHistory();
    const ids = entries.map((e) => e.id).sort((a, b) => a - b);
    const removed = ids[2]!;
    const copy = tampered(file, 'borttagen.forteckna', `DROP TRIGGER history_no_delete; DELETE FROM history WHERE id = ${removed};`);
    const result = await cli('history-verify', copy);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`vid händelse ${removed + 1}: en händelse saknas eller har flyttats \\(order\\)`));
  });

  it('fails with one line for a missing file', async () => {
    const result = await cli('history-verify', path.join(path.dirname((await registerWithHistory()).file), 'saknas.forteckna'));
    expect([result.code, result.err.length]).toEqual([1, 1]);
    expect(result.err[0]).toMatch(/FILE_NOT_FOUND/);
    expect((await cli('history-verify')).code).toBe(2);
  });
});

describe('history-export command', () => {
  it('writes XLSX or CSV by the extension, in English with --lang en', async () => {
    const { dir, file } = await registerWithHistory();
    const xlsx = path.join(dir, 'historik.xlsx');
    const result = await cli('history-export', file, xlsx);
    expect(result.code, result.err.join('\n')).toBe(0);
    const written = JSON.parse(result.out) as { path: string; bytes: number; rows: number };
    expect(written).toMatchObject({ path: xlsx, bytes: fs.statSync(xlsx).size });
    const [sheet] = await readWorkbook(xlsx);
    expect(sheet!.name).toBe('Ändringshistorik');
    expect(sheet!.rows).toHaveLength(written.rows);

    const csv = path.join(dir, 'history.csv');
    expect((await cli('history-export', file, csv, '--lang', 'en')).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toMatch(/^\uFEFFEntry no\.;Time;User;/);
  });

  it('refuses wrong usage with exit 2', async () => {
    const { dir, file } = await registerWithHistory();
    const cases: [string[], RegExp][] = [
      [['history-export', file], /ange registerfilen och utfilen/],
      [['history-export', file, path.join(dir, 'h.docx')], /\.xlsx eller \.csv/],
      [['history-export', file, path.join(dir, 'h.csv'), '--lang', 'de'], /--lang/],
      [['history-export', file, path.join(dir, 'h.csv'), 'extra'], /för många argument/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err[0]).toMatch(message);
    }
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('h.'))).toEqual([]);
  });
});
