import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import type { ChangeNotice } from '../../../shared/contract';
import { FIXED_NOW, ok, tempDir } from '../helpers';
import { EFFECTIVE, listRegister } from '../subprocessor-list/fixture';
import { readWorkbook } from '../workbook/read';

// The command line runs on the system clock: the tests' day is the fixtures' day (dates only; timers run).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXED_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

/** The fixture's register with its notice announced, closed so that the command line can open it. */
async function registerFile(options: { announce?: boolean; keepOpen?: boolean } = {}) {
  const r = await listRegister();
  const notice = options.announce === false ? null : await r.announce();
  if (!options.keepOpen) await ok(r.core, 'register.close', {});
  return { ...r, notice };
}

describe('change-notices command', () => {
  it('lists the open notices with each customer’s deadline, in Swedish', async () => {
    const { file, notice } = await registerFile();
    const result = await cli('change-notices', file);
    expect(result.code, result.err.join('\n')).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe(`Ändring ${notice!.id} · Nytt underbiträde: Neue Sicherung GmbH`);
    expect(result.out).toContain('  Tjänster: Backup');
    expect(result.out).toContain(`  Ändring: ${notice!.changeSv}`);
    expect(result.out).toContain(`utkast, inget skickat · gäller från ${EFFECTIVE}`);
    expect(result.out).toContain(
      '  Kunder: berörda 2 · skickat till 0 · besvarade 0 · olösta invändningar 0 · öppna 2 · utan signerat avtal 2',
    );
    // Each customer on a line of its own with its deadline: no agreement, so 30 days from today.
    expect(lines.find((l) => l.includes('Kund AB') && !l.includes('Annan'))).toMatch(
      /^ {4}Kund AB +2026-12-22 {2}inte skickat · inget signerat avtal, 30 dagar$/,
    );
    expect(lines.some((l) => /^ {4}Annan Kund AB +2026-12-22 /.test(l))).toBe(true);
  });

  it('gives the notices with their customers as JSON with --json', async () => {
    const { file, notice } = await registerFile();
    const result = await cli('change-notices', file, '--json');
    expect(result.code, result.err.join('\n')).toBe(0);
    const parsed = JSON.parse(result.out) as ChangeNotice[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ id: notice!.id, state: 'draft', effectiveDate: EFFECTIVE, kind: 'add' });
    expect(parsed[0]!.recipients.map((r) => [r.customerName, r.deadline, r.state]).sort()).toEqual([
      ['Annan Kund AB', '2026-12-22', 'not_sent'],
      ['Kund AB', '2026-12-22', 'not_sent'],
    ]);
  });

  it('says so when nothing is open, and reads a register the app has open', async () => {
    const quiet = await registerFile({ announce: false });
    expect((await cli('change-notices', quiet.file)).out).toBe('Inga öppna ändringar av underbiträden.');
    expect(JSON.parse((await cli('change-notices', quiet.file, '--json')).out)).toEqual([]);

    const open = await registerFile({ keepOpen: true });
    const result = await cli('change-notices', open.file);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.err.join('\n')).toMatch(/läser det skrivskyddat/);
    expect(result.out).toContain('Neue Sicherung GmbH');
  });
});

describe('change-notice-letters command', () => {
  it('writes a letter per affected customer into the folder and stores them with the notice', async () => {
    const { file, notice } = await registerFile();
    const folder = path.join(tempDir(), 'brev', 'ny');
    const result = await cli('change-notice-letters', file, '--notice', String(notice!.id), '--out-dir', folder);
    expect(result.code, result.err.join('\n')).toBe(0);
    const written = JSON.parse(result.out) as { folder: string; generated: number; total: number; files: string[]; merged: string | null };
    expect(written).toMatchObject({ folder, generated: 2, total: 2, merged: null });
    expect(written.files).toHaveLength(2);
    for (const name of written.files) {
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(folder, name)));
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Neue Sicherung GmbH');
    }
    const after = JSON.parse((await cli('change-notices', file, '--json')).out) as ChangeNotice[];
    expect(after[0]!.recipients.every((r) => r.letter !== null)).toBe(true);
  });

  it('refuses to write into a register the app has open', async () => {
    const { file, notice } = await registerFile({ keepOpen: true });
    const result = await cli('change-notice-letters', file, '--notice', String(notice!.id), '--out-dir', tempDir());
    expect([result.code, result.err]).toEqual([1, [expect.stringMatching(/LOCKED/)]]);
  });
});

describe('subprocessor-list command', () => {
  it('writes the list in the format of the file name, for all services or the one named', async () => {
    const { file, dir } = await registerFile();
    const docx = path.join(dir, 'lista.docx');
    const all = await cli('subprocessor-list', file, '--out', docx);
    expect(all.code, all.err.join('\n')).toBe(0);
    expect(JSON.parse(all.out)).toEqual({ path: docx, bytes: fs.statSync(docx).size });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Östgöta Lagring AB');
    expect(xml).toContain('Aviserade ändringar');

    const xlsx = path.join(dir, 'backup.xlsx');
    const one = await cli('subprocessor-list', file, '--out', xlsx, '--lang', 'en', '--service', 'backup');
    expect(one.code, one.err.join('\n')).toBe(0);
    expect(JSON.parse(one.out)).toMatchObject({ path: xlsx, service: 'Backup' });
    const [sheet] = await readWorkbook(xlsx);
    expect(sheet!.name).toBe('Sub-processors');
    expect(sheet!.rows.map((r) => r[0]!.value)).toEqual(['Acme Cloud Inc.', 'Östgöta Lagring AB']);

    const html = path.join(dir, 'lista.HTML');
    expect((await cli('subprocessor-list', file, '--out', html)).code).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('fails with one line: exit 2 for wrong usage, 1 when the core refuses', async () => {
    const { file, dir } = await registerFile();
    const out = (name: string) => path.join(dir, name);
    const cases: [string[], number, RegExp][] = [
      [['subprocessor-list', file], 2, /ange filen med --out/],
      [['subprocessor-list', file, '--out', out('a.pdf')], 2, /--out ska sluta på \.docx, \.xlsx eller \.html/],
      [['subprocessor-list', file, '--out', out('a.docx'), '--lang', 'de'], 2, /--lang ska vara sv eller en/],
      [['subprocessor-list', file, '--out', out('a.docx'), '--service', 'Kassabok'], 2, /ingen tjänst heter "Kassabok".*"Backup"/],
      [['subprocessor-list', file, '--out', out('a.docx'), '--service', ' '], 2, /ange tjänstens namn/],
      [['subprocessor-list', file, '--out', path.join(dir, 'saknas', 'a.docx')], 1, /INVALID_INPUT/],
      [['change-notice-letters', file, '--out-dir', dir], 2, /ange ändringens nummer med --notice/],
      [['change-notice-letters', file, '--notice', 'tre', '--out-dir', dir], 2, /--notice ska vara ett nummer/],
      [['change-notice-letters', file, '--notice', '1'], 2, /ange mappen för breven med --out-dir/],
      [['change-notice-letters', file, '--notice', '999', '--out-dir', dir], 1, /NOT_FOUND/],
      [['change-notices'], 2, /ange en registerfil/],
      [['change-notices', path.join(dir, 'saknas.forteckna')], 1, /FILE_NOT_FOUND/],
      [['change-notices', file, '--password', 'hemligt'], 2, /lösenord tas aldrig emot som argument/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.err, args.join(' ')).toHaveLength(1);
      expect(result.err[0], args.join(' ')).toMatch(message);
    }
    expect(fs.existsSync(out('a.docx'))).toBe(false);
  });

  it('is in the help text', async () => {
    const help = (await cli('help')).out;
    expect(help).toMatch(/change-notices <fil\.forteckna> \[--json\]/);
    expect(help).toMatch(/change-notice-letters <fil\.forteckna> --notice <nr> --out-dir <mapp>/);
    expect(help).toMatch(/subprocessor-list <fil\.forteckna> --out <fil\.docx\|\.xlsx\|\.html> \[--lang en\] \[--service "<namn>"\]/);
  });
});
