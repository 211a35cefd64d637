// Import files that are well-formed JSON of the right shape but hold what the app itself refuses
// (issue 12, faults 9 and 12): every problem with its JSON path and nothing written; derived
// columns rebuilt, never trusted; stored documents checked to be files of their type; stale temp
// files of a killed import removed; an existing file or register never replaced.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportInvalidDetails } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import type { Core } from '../../../electron/core/core';
import { removeStaleTemps, STALE_AFTER_MS } from '../../../electron/core/files/stale-temps';
import { call, ok, tempDir } from '../helpers';
import { readJson, sampleCore, withoutTimestamp, writeJson, type ExportDoc } from './fixtures';

async function withExport(): Promise<{ core: Core; dir: string; file: string; doc: ExportDoc; source: string }> {
  const { core, dir, file } = await sampleCore();
  const source = path.join(dir, 'export.json');
  await ok(core, 'portable.export', { path: source });
  return { core, dir, file, doc: readJson(source), source };
}

async function failedImport(core: Core, dir: string, source: string, target = path.join(dir, 'ny.forteckna')): Promise<AppError> {
  const before = fs.readdirSync(dir).sort();
  const result = await call(core, 'portable.import', { source, target });
  if (result.ok) throw new Error('the import should have failed');
  expect(fs.readdirSync(dir).sort()).toEqual(before);
  return result.error;
}

const problemsOf = (error: AppError) => (error.details as ImportInvalidDetails).problems;
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** A pid that no process has: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('importing records the app would refuse', () => {
  it('lists each field the app would not save, by its JSON path, and writes nothing', async () => {
    const { core, dir, doc } = await withExport();
    const customers = doc.tables.customers!;
    customers[0]!.notes = 'x'.repeat(100_000);
    customers[1]!.name = '   ';
    customers[2]!.orgNr = '556012-3450'; // wrong check digit
    customers[3]!.dpoEmail = 'not an address';
    customers[4]!.name = `  ${customers[4]!.name as string}`; // the app would trim it: not saved unchanged
    doc.tables.contactPersons![0]!.name = '';
    doc.tables.equipment![0]!.hostname = 'h'.repeat(300);
    const error = await failedImport(core, dir, writeJson(dir, 'fel.json', doc));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(problemsOf(error)).toEqual([
      { path: '$.tables.customers[0].notes', message: 'At most 5000 characters.' },
      { path: '$.tables.customers[1].name', message: 'This field is required.' },
      { path: '$.tables.customers[2].orgNr', message: expect.stringMatching(/check digit/) as string },
      { path: '$.tables.customers[3].dpoEmail', message: expect.stringMatching(/valid e-mail/) as string },
      { path: '$.tables.customers[4].name', message: expect.stringMatching(/^Not as the app saves it/) as string },
      { path: '$.tables.contactPersons[0].name', message: 'This field is required.' },
      { path: '$.tables.equipment[0].hostname', message: 'At most 253 characters.' },
    ]);
  });

  it('refuses more child rows than the app keeps (contact persons of one customer)', async () => {
    const { core, dir, doc } = await withExport();
    const persons = doc.tables.contactPersons!;
    const customerId = doc.tables.customers![0]!.id;
    const maxId = Math.max(...persons.map((p) => p.id as number));
    for (let i = 1; i <= 51; i++) persons.push({ ...persons[0]!, id: maxId + i, customerId, position: 100 + i });
    const error = await failedImport(core, dir, writeJson(dir, 'manga.json', doc));
    expect(problemsOf(error)).toEqual([
      { path: '$.tables.customers[0]', message: expect.stringMatching(/rows in contactPersons; the app keeps at most 50/) as string },
    ]);
  });

  it('derives search texts and sort keys again instead of taking them from the file', async () => {
    const { core, dir, doc, source } = await withExport();
    doc.tables.customers![0]!.searchText = 'forfalskad';
    doc.tables.customers![0]!.sortKey = '0000';
    doc.tables.equipment![0]!.searchText = 'forfalskad';
    doc.tables.subprocessors![0]!.searchText = 'forfalskad';
    const forged = writeJson(dir, 'forfalskad.json', doc);
    await ok(core, 'portable.import', { source: forged, target: path.join(dir, 'importerad.forteckna') });
    const found = await ok(core, 'customers.list', { query: 'forfalskad' });
    expect(found.total).toBe(0);
    // Exported again, the register is the one the app wrote: the forged values are gone.
    const again = await ok(core, 'portable.export', { path: path.join(dir, 'igen.json') });
    expect(withoutTimestamp(again!.path)).toBe(withoutTimestamp(source));
  });

  it('refuses an agreement document that is no DOCX and an attachment that is not its type, even with matching SHA-256', async () => {
    const { core, dir, doc } = await withExport();
    const junk = Buffer.from('PK junk that only looks like a zip');
    Object.assign(doc.tables.agreements![0]!, { document: junk.toString('base64'), documentSha256: sha256(junk) });
    const notPdf = Buffer.from('<html>not a pdf</html>');
    Object.assign(doc.tables.agreementAttachments![0]!, {
      mime: 'application/pdf',
      data: notPdf.toString('base64'),
      sha256: sha256(notPdf),
      size: notPdf.length,
    });
    const error = await failedImport(core, dir, writeJson(dir, 'skrap.json', doc));
    expect(problemsOf(error)).toEqual([
      { path: '$.tables.agreements[0].document', message: 'The agreement document is not a Word document (DOCX).' },
      { path: '$.tables.agreementAttachments[0].data', message: 'The attachment is not a PDF file, as mime says.' },
    ]);
  });
});

describe('the import target', () => {
  it('never replaces the open register, an existing register or a register’s leftover -wal', async () => {
    const { core, dir, file, source } = await withExport();
    const bytes = fs.readFileSync(file);
    const open = await call(core, 'portable.import', { source, target: file });
    expect(open.ok ? 'ok' : open.error.code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    // A -wal left by a deleted register of the same name would be read into the new one.
    fs.writeFileSync(path.join(dir, 'gammal.forteckna-wal'), 'old log');
    const wal = await failedImport(core, dir, source, path.join(dir, 'gammal.forteckna'));
    expect(wal.code).toBe('FILE_EXISTS');
    expect(wal.message).toMatch(/gammal\.forteckna-wal.*never replaces a file/);

    // A dangling link at the target is refused, not followed.
    fs.symlinkSync(path.join(dir, 'nowhere.forteckna'), path.join(dir, 'lank.forteckna'));
    expect((await failedImport(core, dir, source, path.join(dir, 'lank.forteckna'))).code).toBe('FILE_EXISTS');
    expect(fs.existsSync(path.join(dir, 'nowhere.forteckna'))).toBe(false);
  });
});

describe('temp files a killed import left behind', () => {
  it('are removed by the next import: ours of a process that is gone, or older than a day; nothing else', async () => {
    const { core, dir, source } = await withExport();
    const dead = deadPid();
    const leftovers = [
      `.ny.forteckna.${dead}.0a1b2c3d.tmp`,
      `.ny.forteckna.${dead}.0a1b2c3d.tmp-wal`,
      `.ny.forteckna.${dead}.0a1b2c3d.tmp-shm`,
      `.annan.forteckna.${dead}-1764670000000.importing`, // the naming of earlier versions
      `.annan.forteckna.${dead}-1764670000000.importing-wal`,
      `.gammal.json.${process.pid}.deadbeef.tmp`, // alive, but two days old
    ];
    for (const name of leftovers) fs.writeFileSync(path.join(dir, name), 'half a register');
    const old = (Date.now() - 2 * STALE_AFTER_MS) / 1000;
    fs.utimesSync(path.join(dir, leftovers[5]!), old, old);
    const kept = [`.pagaende.json.${process.pid}.0123abcd.tmp`, `.${dead}.tmp`, `.mine.${dead}.notes.tmp`, 'vanlig.txt'];
    for (const name of kept) fs.writeFileSync(path.join(dir, name), 'keep me');

    await ok(core, 'portable.import', { source, target: path.join(dir, 'ny.forteckna') });
    const names = fs.readdirSync(dir);
    for (const name of leftovers) expect(names).not.toContain(name);
    for (const name of kept) expect(names).toContain(name);
  });

  it('are removed when the register beside them is opened again', async () => {
    const { core, dir, file } = await sampleCore();
    const dead = deadPid();
    const leftover = `.Registerförteckning.xlsx.${dead}.0a1b2c3d.tmp`;
    const running = `.Registerförteckning.xlsx.${process.pid}.0a1b2c3d.tmp`;
    for (const name of [leftover, running]) fs.writeFileSync(path.join(dir, name), 'half a workbook');
    await ok(core, 'register.close', {});
    await ok(core, 'register.open', { path: file });
    expect(fs.readdirSync(dir)).not.toContain(leftover);
    expect(fs.readdirSync(dir)).toContain(running);
  });

  it('removeStaleTemps leaves links and folders alone, and a missing folder is no error', () => {
    const dir = tempDir();
    const dead = deadPid();
    const target = path.join(dir, 'keep.txt');
    fs.writeFileSync(target, 'keep');
    fs.symlinkSync(target, path.join(dir, `.x.${dead}.01234567.tmp`));
    fs.mkdirSync(path.join(dir, `.y.${dead}.01234567.tmp`));
    fs.writeFileSync(path.join(dir, `.z.${dead}.01234567.tmp`), '');
    expect(removeStaleTemps(dir)).toEqual([`.z.${dead}.01234567.tmp`]);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    expect(removeStaleTemps(path.join(dir, 'saknas'))).toEqual([]);
  });
});
