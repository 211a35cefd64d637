import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { WORKBOOK_SHEETS } from '../../../shared/contract';
import { tempDir } from '../helpers';
import { readWorkbook } from './read';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('export-xlsx command', () => {
  it('writes the sample register’s workbook, in English with --lang en and only the chosen sheets with --sheets', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'exempel.forteckna');
    expect((await cli('sample', file)).code).toBe(0);

    const all = path.join(dir, 'register.xlsx');
    const result = await cli('export-xlsx', file, all);
    expect(result.code, result.err.join('\n')).toBe(0);
    const written = JSON.parse(result.out) as { path: string; bytes: number; sheets: string[]; rows: number };
    expect(written).toMatchObject({ path: all, bytes: fs.statSync(all).size });
    expect(written.sheets).toEqual([...WORKBOOK_SHEETS]);
    expect((await readWorkbook(all))[1]!.name).toBe('Behandlingar (art. 30.1)');

    const some = path.join(dir, 'en.xlsx');
    expect((await cli('export-xlsx', file, some, '--lang', 'en', '--sheets', 'processor,controller')).code).toBe(0);
    expect((await readWorkbook(some)).map((s) => s.name)).toEqual(['Controller (Art. 30(1))', 'Processor (Art. 30(2))']);
  });

  it('fails with one line: exit 2 for wrong usage, 1 when the export cannot be written', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'exempel.forteckna');
    await cli('sample', file);
    const cases: [string[], number, RegExp][] = [
      [['export-xlsx', file], 2, /ange registerfilen och Excel-filen/],
      [['export-xlsx', file, path.join(dir, 'a.xlsx'), 'extra'], 2, /för många argument/],
      [['export-xlsx', file, path.join(dir, 'a.xlsx'), '--lang', 'de'], 2, /--lang/],
      [['export-xlsx', file, path.join(dir, 'a.xlsx'), '--sheets', 'controller,kassabok'], 2, /okänd flik kassabok/],
      [['export-xlsx', file, path.join(dir, 'saknas', 'a.xlsx')], 1, /INVALID_INPUT/],
      [['export-xlsx', path.join(dir, 'saknas.forteckna'), path.join(dir, 'a.xlsx')], 1, /FILE_NOT_FOUND/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
    }
    expect(fs.existsSync(path.join(dir, 'a.xlsx'))).toBe(false);
  });
});
