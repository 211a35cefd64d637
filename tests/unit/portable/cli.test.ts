// `export-json` and `import-json` on the command line, and their errors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { portableJsonSchemaText } from '../../../shared/contract';
import { tempDir } from '../helpers';
import { readJson, withoutTimestamp, writeJson } from './fixtures';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('export-json and import-json', () => {
  it('exports a register and imports it into a new file that exports the same', async () => {
    const dir = tempDir();
    const sample = path.join(dir, 'exempel.forteckna');
    expect((await cli('sample', sample)).code).toBe(0);

    const exported = await cli('export-json', sample, path.join(dir, 'exempel.json'));
    expect(exported.code, exported.err.join('\n')).toBe(0);
    expect(JSON.parse(exported.out)).toMatchObject({ path: path.join(dir, 'exempel.json'), counts: { customers: 30 } });

    const imported = await cli('import-json', path.join(dir, 'exempel.json'), path.join(dir, 'kopia.forteckna'));
    expect(imported.code, imported.err.join('\n')).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ path: path.join(dir, 'kopia.forteckna'), counts: { customers: 30 } });
    const info = await cli('info', path.join(dir, 'kopia.forteckna'));
    expect(JSON.parse(info.out)).toMatchObject({ counts: { customers: 30 } });

    expect((await cli('export-json', path.join(dir, 'kopia.forteckna'), path.join(dir, 'kopia.json'))).code).toBe(0);
    expect(withoutTimestamp(path.join(dir, 'kopia.json'))).toBe(withoutTimestamp(path.join(dir, 'exempel.json')));
  });

  it('fails with a clear first line, lists every problem of a bad file, and writes nothing', async () => {
    const dir = tempDir();
    const sample = path.join(dir, 'exempel.forteckna');
    await cli('sample', sample);
    await cli('export-json', sample, path.join(dir, 'exempel.json'));
    const doc = readJson(path.join(dir, 'exempel.json'));
    doc.tables.customers![0]!.status = 'sleeping';
    doc.tables.contactPersons![0]!.customerId = 4242;
    const bad = writeJson(dir, 'fel.json', doc);
    const target = path.join(dir, 'ny.forteckna');

    const result = await cli('import-json', bad, target);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(/^forteckna: IMPORT_INVALID: .*\$\.tables\.customers\[0\]\.status.*and 1 more problem\)$/),
      expect.stringMatching(/^ {2}\$\.tables\.customers\[0\]\.status: /),
      '  $.tables.contactPersons[0].customerId: Refers to customers 4242, which is not in the file.',
    ]);
    expect(fs.existsSync(target)).toBe(false);

    const exists = await cli('import-json', path.join(dir, 'exempel.json'), sample);
    expect([exists.code, exists.err]).toEqual([1, [expect.stringMatching(/^forteckna: FILE_EXISTS/)]]);
    const usage = await cli('import-json', path.join(dir, 'exempel.json'));
    expect([usage.code, usage.err]).toEqual([2, [expect.stringMatching(/import-json: ange två filer/)]]);
  });

  it('prints the JSON Schema of the format', async () => {
    const result = await cli('portable-schema');
    expect(result.code).toBe(0);
    expect(`${result.out}\n`).toBe(portableJsonSchemaText());
  });
});
