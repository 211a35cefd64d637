import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { problemLine } from '../../../electron/cli/commands/sheet-import';
import type { Customer, ImportPreview, ImportPreviewRow, ImportResult, SheetMapping } from '../../../shared/contract';
import { fixturePath } from '../../fixtures/sheet-import/make-fixtures';
import { ok, tempDir, testCore } from '../helpers';

// import-xlsx against the fixtures in tests/fixtures/sheet-import (see its README for what each
// row holds): the preview as lines or JSON, nothing written on problems without --yes, and what
// --yes writes.

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

interface JsonOutput {
  file: { fileName: string; kind: string; detected: string | null };
  mappings: SheetMapping[];
  preview: ImportPreview;
  rows: ImportPreviewRow[];
  written: ImportResult | null;
}

async function emptyRegister(dir = tempDir()): Promise<string> {
  const file = path.join(dir, 'tom.forteckna');
  expect((await cli('new', file, '--name', 'Nordljus IT AB')).code).toBe(0);
  return file;
}

/** What the register holds, read through the contract once the command has closed it (and closed again). */
async function contents(file: string, details: readonly string[] = []) {
  const { core } = testCore();
  await ok(core, 'register.open', { path: file });
  try {
    const customers = (await ok(core, 'customers.list', { includeArchived: true, limit: 500 })).items;
    const activities = (await ok(core, 'activities.list', { includeArchived: true })).items;
    const customer: Record<string, Customer | null> = {};
    for (const name of details) {
      const found = customers.find((c) => c.name === name);
      customer[name] = found ? await ok(core, 'customers.get', { id: found.id }) : null;
    }
    return { customers, activities, customer };
  } finally {
    await ok(core, 'register.close', {});
  }
}

/** The problem lines of the text output (indented, after "Problem:"). */
const problemLines = (out: string) =>
  out
    .split('\n')
    .filter((l) => /^ {2}(fel|varning|error|warning) /.test(l))
    .map((l) => l.trim());

describe('import-xlsx: a Swedish register sheet', () => {
  it('shows the preview with every problem as Blad!rad kolumn, writes nothing without --yes and everything with it', async () => {
    const dir = tempDir();
    const register = await emptyRegister(dir);
    const sheet = fixturePath('registerforteckning-sv.xlsx');

    const dry = await cli('import-xlsx', register, sheet, '--dry-run');
    // Problems in the file: the dry run says so with exit 3, as the real run would.
    expect(dry.code, dry.err.join('\n')).toBe(3);
    const lines = dry.out.split('\n');
    expect(lines[0]).toBe('Fil: registerforteckning-sv.xlsx (xlsx)');
    // The header row is found below the title and the blank row; the hidden list sheet is left out.
    expect(dry.out).toMatch(/^Blad "Registerförteckning", rubriker på rad 3 → behandlingar \(\d+ kolumner/m);
    expect(dry.out).toMatch(/^Blad "Listor" importeras inte \(dolt\)/m);
    expect(dry.out).toMatch(/^ {2}behandlingar: \d+ nya/m);
    const problems = problemLines(dry.out);
    // The unknown legal basis at its cell, the formula's cached value, the row without a legal basis.
    expect(problems).toContainEqual(expect.stringMatching(/^(fel|varning) +Registerförteckning!10 C: .*Avtal eller intresse\?/));
    expect(problems).toContainEqual(expect.stringMatching(/^varning +Registerförteckning!6 K: /));
    expect(problems).toContainEqual(expect.stringMatching(/^(fel|varning) +Registerförteckning!13( C)?: /));
    expect(dry.out).toMatch(/^Provkörning \(--dry-run\): inget har skrivits\.$/m);
    expect(dry.err).toEqual([
      expect.stringMatching(/^forteckna: inget har skrivits: förhandsgranskningen visar \d+ fel och \d+ varningar\..*--yes/),
    ]);
    expect((await contents(register)).activities).toEqual([]);

    const refused = await cli('import-xlsx', register, sheet);
    expect(refused.code).toBe(3);
    expect(refused.err).toEqual([expect.stringMatching(/Rätta filen .* eller ge --yes/)]);
    expect((await contents(register)).activities).toEqual([]);

    const done = await cli('import-xlsx', register, sheet, '--yes');
    expect(done.code, done.err.join('\n')).toBe(0);
    expect(done.err).toEqual([]);
    expect(done.out).toMatch(/^Importerat:$/m);
    expect(done.out).toMatch(/^ {2}behandlingar: \d+ nya/m);
    const change = /^Hela importen är ändring (\d+) i historiken; ångra den med: forteckna undo-change <fil\.forteckna> \1$/m.exec(
      done.out,
    );
    expect(change).not.toBeNull();
    const after = await contents(register);
    const names = after.activities.map((a) => a.name);
    for (const name of ['Löneadministration', 'Bokföring', 'Kameraövervakning', 'Nyhetsbrev', 'Webbplatsens kontaktformulär'])
      expect(names).toContain(name);
    // What the summary said was created is what the register holds.
    const created = Number(/^ {2}behandlingar: (\d+) nya/m.exec(done.out)![1]);
    expect(after.activities).toHaveLength(created);
    // The list sheet's values did not become activities.
    expect(names).not.toContain('Laglig grund');

    // And taken back as the line says.
    const undone = await cli('undo-change', register, change![1]!);
    expect(undone.code, undone.err.join('\n')).toBe(0);
    // The activities and the terms and systems they brought along.
    const removed = Number(
      new RegExp(`^Ändring ${change![1]} är ångrad: (\\d+) poster borttagna, 0 återställda\\.$`, 'm').exec(undone.out)?.[1],
    );
    expect(removed).toBeGreaterThan(created);
    expect((await contents(register)).activities).toEqual([]);
  });
});

describe('import-xlsx: an accounting program’s customer list (CSV)', () => {
  it('gives the preview and every row as JSON, with the CSV’s encoding and the problems at their cells', async () => {
    const register = await emptyRegister();
    const result = await cli('import-xlsx', register, fixturePath('kundlista-bokforing.csv'), '--json', '--dry-run');
    expect(result.code).toBe(3);
    const json = JSON.parse(result.out) as JsonOutput;
    expect(json.file).toMatchObject({ fileName: 'kundlista-bokforing.csv', kind: 'csv' });
    expect(json.file.detected).toMatch(/Windows-1252.*semikolon/);
    expect(json.mappings).toEqual([expect.objectContaining({ target: 'customers', headerRow: 1 })]);
    expect(json.written).toBeNull();
    // Every row of the preview, not only those with problems; the duplicate is one record or flagged.
    expect(json.rows.length).toBe(json.preview.rows);
    expect(json.rows.every((r) => r.target === 'customers')).toBe(true);
    const sheet = json.rows[0]!.sheet;
    const at = (row: number, column: string) => json.rows.flatMap((r) => r.problems).filter((p) => p.row === row && p.column === column);
    // The wrong check digit (1016) and the personnummer that lost its leading zero (1014), in column C.
    expect(at(17, 'C'), 'line 17, wrong check digit').not.toEqual([]);
    expect(at(15, 'C'), 'line 15, lost leading zero').not.toEqual([]);
    expect(at(17, 'C')[0]).toMatchObject({ sheet, header: 'Organisationsnummer' });
    const names = json.rows.map((r) => r.label);
    expect(names).toContain('Åkerlunds Bygg AB');
    expect(names).toContain('Café Ängen – Ekologiskt kafé AB');
    expect(new Set(names).size).toBeGreaterThanOrEqual(24);
  });

  it('imports the customers with --yes: å, ä, ö intact, the quoted ; kept, the formula as text, the duplicate once', async () => {
    const register = await emptyRegister();
    const result = await cli('import-xlsx', register, fixturePath('kundlista-bokforing.csv'), '--yes', '--json');
    expect(result.code, result.err.join('\n')).toBe(0);
    const json = JSON.parse(result.out) as JsonOutput;
    expect(json.written).not.toBeNull();
    const { customers, customer } = await contents(register, ['Tranås Träteknik AB', 'Lövånger Camping AB']);
    expect(json.written!.created.customers).toBe(customers.length);
    expect(customers.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Ängelholms Bageri HB', 'Ölands Stugförmedling AB', 'Söderhamns Rör & Värme AB']),
    );
    expect(customer['Tranås Träteknik AB']?.visitingAddress).toMatchObject({
      street: 'Snickarvägen 11; Port 2',
      postalCode: '573 36',
      city: 'Tranås',
    });
    // The number that fails its check digit is not stored as if it were right.
    expect(customers.map((c) => c.orgNr)).not.toContain('556987-1239');
    // Nothing in the register holds a formula.
    const lovanger = customer['Lövånger Camping AB'];
    expect(lovanger).not.toBeNull();
    expect(JSON.stringify(lovanger)).not.toMatch(/=HYPERLINK/);
    // 1007 and 1019 are the same firm: one customer, and the preview says that the two rows became one.
    expect(customers.filter((c) => c.name === 'Sjöbergs Juristbyrå AB')).toHaveLength(1);
    expect(json.rows.some((r) => r.problems.some((p) => p.row === 8 || p.row === 20))).toBe(true);

    // The same file again: the customers are matched (by organisation number, else name) and updated, not doubled.
    const again = await cli('import-xlsx', register, fixturePath('kundlista-bokforing.csv'), '--yes');
    expect(again.code, again.err.join('\n')).toBe(0);
    expect(again.out).toMatch(/^ {2}kunder: \d+ uppdateras/m);
    expect((await contents(register)).customers).toHaveLength(customers.length);
    // With --on-match create they would become new customers beside the ones there are.
    const beside = await cli('import-xlsx', register, fixturePath('kundlista-bokforing.csv'), '--on-match', 'create', '--dry-run', '--yes');
    expect(beside.code, beside.err.join('\n')).toBe(0);
    expect(beside.out).toMatch(new RegExp(`^ {2}kunder: ${customers.length} nya`, 'm'));
  });

  it('saves the mapping with --save-mapping and reads an edited one with --mapping', async () => {
    const dir = tempDir();
    const register = await emptyRegister(dir);
    const csv = fixturePath('kundlista-bokforing.csv');
    const saved = path.join(dir, 'koppling.json');
    const first = await cli('import-xlsx', register, csv, '--dry-run', '--save-mapping', saved);
    expect(first.out).toContain(`Kopplingen är sparad i ${saved}`);
    const mappings = JSON.parse(fs.readFileSync(saved, 'utf8')) as SheetMapping[];
    expect(mappings).toEqual([expect.objectContaining({ target: 'customers', headerRow: 1 })]);
    expect(mappings[0]!.columns.B).toBe('name');

    // Only the name and the town: no organisation numbers, so none of their problems either.
    const edited = path.join(dir, 'bara-namn.json');
    const columns = Object.fromEntries(Object.keys(mappings[0]!.columns).map((letter) => [letter, null]));
    fs.writeFileSync(edited, JSON.stringify([{ ...mappings[0], columns: { ...columns, B: 'name', F: 'city' } }]));
    const result = await cli('import-xlsx', register, csv, '--mapping', edited, '--yes');
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out).toMatch(/rubriker på rad 1 → kunder \(2 kolumner; läses inte: A Kundnr, C Organisationsnummer/);
    expect(problemLines(result.out).filter((l) => / C: /.test(l))).toEqual([]);
    const { customers } = await contents(register);
    expect(customers.length).toBeGreaterThanOrEqual(24);
    expect(customers.every((c) => c.orgNr === '')).toBe(true);
    expect(customers.find((c) => c.name === 'Kiruna Fjällguidning AB')?.city).toBe('Kiruna');
  });

  it('says what is wrong in a mapping file, and writes nothing', async () => {
    const dir = tempDir();
    const register = await emptyRegister(dir);
    const csv = fixturePath('kundlista-bokforing.csv');
    const write = (name: string, content: unknown) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      return file;
    };
    const good = { sheet: 'x', target: 'customers', headerRow: 1, columns: { B: 'name' } };
    const cases: [string, RegExp][] = [
      [write('inte-json.json', '{ sheet: '), /--mapping: inte-json\.json är inte giltig JSON/],
      [write('objekt.json', good), /--mapping: objekt\.json, \(hela filen\): filen ska vara en lista av blad/],
      [write('rad.json', [{ ...good, headerRow: 0 }]), /--mapping: rad\.json, \[0\]\.headerRow: "headerRow" ska vara radnumret/],
      [write('mal.json', [{ ...good, target: 'kunder' }]), /\[0\]\.target: "target" ska vara ett av systems, .*eller null/],
      [write('bokstav.json', [{ ...good, columns: { b: 'name' } }]), /\[0\]\.columns.*stora bokstäver/],
    ];
    for (const [file, message] of cases) {
      const result = await cli('import-xlsx', register, csv, '--mapping', file, '--yes');
      expect(result.code, file).toBe(2);
      expect(result.err, file).toEqual([expect.stringMatching(message)]);
    }
    // Checked against the file once it is open: its sheets and the target's fields.
    const sheetName = (JSON.parse((await cli('import-xlsx', register, csv, '--json', '--dry-run')).out) as JsonOutput).mappings[0]!.sheet;
    const noSheet = await cli('import-xlsx', register, csv, '--mapping', write('blad.json', [good]), '--yes');
    expect([noSheet.code, noSheet.err]).toEqual([2, [expect.stringMatching(`filen har inget blad "x"; den har "${sheetName}"`)]]);
    const noField = await cli(
      'import-xlsx',
      register,
      csv,
      '--mapping',
      write('falt.json', [{ ...good, sheet: sheetName, columns: { B: 'kundnamn' } }]),
      '--yes',
    );
    expect(noField.code).toBe(2);
    expect(noField.err).toEqual([
      expect.stringMatching(/\[0\]\.columns\.B: customers har inget fält "kundnamn"; välj bland name, orgNr, /),
    ]);
    const missing = await cli('import-xlsx', register, csv, '--mapping', path.join(dir, 'saknas.json'));
    expect([missing.code, missing.err]).toEqual([1, [expect.stringMatching(/--mapping: kan inte läsa .*saknas\.json \(ENOENT\)/)]]);
    expect((await contents(register)).customers).toEqual([]);
  });
});

describe('import-xlsx: an English ICO-style record', () => {
  it('speaks English with --lang en and finds the headers below the grouped headings', async () => {
    const register = await emptyRegister();
    const result = await cli('import-xlsx', register, fixturePath('ropa-en.xlsx'), '--lang', 'en', '--dry-run', '--yes');
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out.split('\n')[0]).toBe('File: ropa-en.xlsx (xlsx)');
    expect(result.out).toMatch(/^Sheet "Guidance" is not imported/m);
    expect(result.out).toMatch(/^Sheet "Record of processing", headers in row 2 → processing activities \(\d+ columns/m);
    expect(result.out).toMatch(/^Preview: \d+ records · \d+ errors · \d+ warnings$/m);
    expect(result.out).toMatch(/^ {2}processing activities: \d+ new/m);
    expect(result.out).toMatch(/^Dry run \(--dry-run\): nothing was written\.$/m);
    expect((await contents(register)).activities).toEqual([]);
  });
});

describe('import-xlsx: our own workbook', () => {
  it('says that the file is our workbook, what it cannot carry, and reads one sheet as several kinds of record', async () => {
    const dir = tempDir();
    const sample = path.join(dir, 'exempel.forteckna');
    expect((await cli('sample', sample)).code).toBe(0);
    const workbook = path.join(dir, 'exempel.xlsx');
    expect((await cli('export-xlsx', sample, workbook)).code).toBe(0);
    const register = await emptyRegister(dir);
    const result = await cli('import-xlsx', register, workbook, '--dry-run');
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Fil: exempel.xlsx (xlsx) – Förtecknas egen arbetsbok');
    expect(result.out).toMatch(/^Följer inte med: .*PUB-avtal/m);
    // The processor sheet gives services, customers and their services: each on its own line, the
    // columns that none of them reads once, on the last.
    const processor = lines.filter((l) => l.startsWith('Blad "Biträdesregister (art. 30.2)"'));
    expect(processor.map((l) => /→ ([^(]+) \(/.exec(l)?.[1])).toEqual(['tjänster', 'kunder', 'kunders tjänster']);
    expect(processor.slice(0, -1).every((l) => !l.includes('läses inte'))).toBe(true);
    expect(result.out).toMatch(/^ {2}kunder: 30 nya/m);
    expect((await contents(register)).customers).toEqual([]);
  });
});

describe('import-xlsx: usage', () => {
  it('fails with one line on wrong usage (exit 2), and on a file that is not a spreadsheet (exit 1)', async () => {
    const dir = tempDir();
    const register = await emptyRegister(dir);
    const csv = fixturePath('kundlista-bokforing.csv');
    for (const [args, message] of [
      [['import-xlsx', register], /ange registerfilen och kalkylarket/],
      [['import-xlsx', register, csv, 'extra'], /för många argument: extra/],
      [['import-xlsx', register, csv, '--lang', 'de'], /--lang ska vara sv eller en/],
      [['import-xlsx', register, csv, '--on-match', 'merge'], /--on-match ska vara update .* eller create/],
      [['import-xlsx', register, csv, '--password', 'hemligt'], /lösenord tas aldrig emot som argument/],
    ] as const) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toEqual([expect.stringMatching(message)]);
    }
    const notSheet = path.join(dir, 'bild.xlsx');
    fs.writeFileSync(notSheet, Buffer.from('\x89PNG\r\n\x1a\n not a workbook', 'latin1'));
    const refused = await cli('import-xlsx', register, notSheet, '--yes');
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([expect.stringMatching(/^forteckna: IMPORT_INVALID: .*bild\.xlsx/)]);
    expect((await contents(register)).customers).toEqual([]);

    const help = (await cli('help')).out;
    expect(help).toMatch(/import-xlsx <fil\.forteckna> <ark\.xlsx\|ark\.csv> \[--mapping <fil\.json>\]/);
    expect(help).toMatch(/utan --yes \(slutkod 3\)/);
  });

  it('writes a problem as one line: severity, Blad!rad kolumn, the message without line breaks', () => {
    const problem = {
      severity: 'error' as const,
      sheet: 'Kunder',
      row: 7,
      column: 'C',
      header: 'Org.nr',
      message: 'Fel\nkontrollsiffra.\u001b[2J',
    };
    expect(problemLine(problem, 'sv')).toBe('fel      Kunder!7 C: Fel kontrollsiffra.[2J');
    expect(problemLine({ ...problem, severity: 'warning', column: null }, 'en')).toBe('warning  Kunder!7: Fel kontrollsiffra.[2J');
    expect(problemLine({ ...problem, sheet: '', row: 0, column: null, message: '3 formulas' }, 'sv')).toBe('fel      3 formulas');
  });
});
