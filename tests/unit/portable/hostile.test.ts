// Broken and hostile import files: each gives a clear error that says where the problem is, and
// leaves no file behind — neither at the target nor a temp file — with the open register untouched.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportInvalidDetails } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import type { Core } from '../../../electron/core/core';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { DomainError } from '../../../electron/core/errors';
import {
  MAX_IMPORT_BYTES,
  readHeader,
  readPortableFile,
  validatePortable,
  writeRegisterFile,
} from '../../../electron/core/portable/portable.import';
import type { TaskHandle } from '../../../electron/core/tasks';
import { call, ok } from '../helpers';
import { readJson, sampleCore, writeJson, type ExportDoc } from './fixtures';

/** The sample register open, its export in `dir/export.json`, and the files in `dir` at that point. */
async function withExport(): Promise<{ core: Core; dir: string; doc: ExportDoc; before: string[] }> {
  const { core, dir } = await sampleCore();
  await ok(core, 'portable.export', { path: path.join(dir, 'export.json') });
  return { core, dir, doc: readJson(path.join(dir, 'export.json')), before: fs.readdirSync(dir).sort() };
}

/** Imports `source` into dir/ny.forteckna, expecting a failure; checks nothing was written. */
async function failedImport(core: Core, dir: string, source: string): Promise<AppError> {
  const opened = await ok(core, 'register.current', {});
  const filesBefore = fs.readdirSync(dir).sort();
  const result = await call(core, 'portable.import', { source, target: path.join(dir, 'ny.forteckna') });
  if (result.ok) throw new Error('the import should have failed');
  // No target, no temp file, no WAL: the folder is as it was, and the open register stays open.
  expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  expect(await ok(core, 'register.current', {})).toEqual(opened);
  return result.error;
}

const problemsOf = (error: AppError) => (error.details as ImportInvalidDetails).problems;

describe('importing broken files', () => {
  it('refuses a truncated file, saying it is cut off', async () => {
    const { core, dir } = await withExport();
    const text = fs.readFileSync(path.join(dir, 'export.json'), 'utf8');
    const source = path.join(dir, 'avklippt.json');
    fs.writeFileSync(source, text.slice(0, Math.floor(text.length / 2)));
    const error = await failedImport(core, dir, source);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(problemsOf(error)).toEqual([{ path: '$', message: expect.stringMatching(/ends too early.*cut off/) as string }]);
  });

  it('refuses text that is not JSON with the line and column, and a file in another encoding', async () => {
    const { core, dir } = await withExport();
    const notJson = path.join(dir, 'trasig.json');
    fs.writeFileSync(notJson, '{\n  "format": "forteckna-register",\n  "formatVersion": 1,\n  oops\n}');
    const syntax = await failedImport(core, dir, notJson);
    expect(syntax.code).toBe('IMPORT_INVALID');
    expect(problemsOf(syntax)[0]!.message).toMatch(/^Not valid JSON at line 4, column 3/);

    const utf16 = path.join(dir, 'utf16.json');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format":"forteckna-register"}', 'utf16le')]));
    expect(problemsOf(await failedImport(core, dir, utf16))[0]!.message).toMatch(/not UTF-8/);
  });

  it('lists every wrong value with its JSON path, in one go', async () => {
    const { core, dir, doc } = await withExport();
    const customers = doc.tables.customers!;
    customers[3]!.orgNr = 5560123456;
    customers[4]!.status = 'sleeping';
    customers[5]!.contractStart = '2024-02-30';
    delete customers[6]!.name;
    customers[7]!.favouriteColour = 'blue';
    doc.tables.contactPersons![0]!.id = 'one';
    doc.tables.activities![0]!.specialCategories = '["health","astrology"]';
    const error = await failedImport(core, dir, writeJson(dir, 'fel.json', doc));
    expect(error.code).toBe('IMPORT_INVALID');
    const paths = problemsOf(error).map((p) => p.path);
    expect(paths).toEqual([
      '$.tables.customers[3].orgNr',
      '$.tables.customers[4].status',
      '$.tables.customers[5].contractStart',
      '$.tables.customers[6].name',
      '$.tables.customers[7]',
      '$.tables.contactPersons[0].id',
      '$.tables.activities[0].specialCategories',
    ]);
    expect(problemsOf(error)[4]!.message).toMatch(/favouriteColour/);
    expect(error.message).toMatch(/\$\.tables\.customers\[3\]\.orgNr: .*and 6 more problems/);
  });

  it('caps the list at 100 problems and says how many more there are', async () => {
    const { core, dir, doc } = await withExport();
    for (const customer of doc.tables.customers!) {
      customer.revision = 0;
      customer.invoiceSameAsVisiting = true;
      customer.createdAt = 'yesterday';
      customer.updatedAt = 'today';
    }
    for (const term of doc.tables.vocabularyTerms!) term.kind = 'unknown';
    const error = await failedImport(core, dir, writeJson(dir, 'manga-fel.json', doc));
    const details = error.details as ImportInvalidDetails;
    expect(details.problems).toHaveLength(100);
    expect(details.more).toBe(30 * 4 + doc.tables.vocabularyTerms!.length - 100);
  });

  it('refuses other files and unknown or newer format and schema versions', async () => {
    const { core, dir, doc } = await withExport();
    const other = await failedImport(core, dir, writeJson(dir, 'annat.json', { name: 'package', version: '1.0.0' }));
    expect(problemsOf(other)).toEqual([{ path: '$.format', message: expect.stringMatching(/Not a Förteckna register export/) as string }]);

    const unknown = await failedImport(core, dir, writeJson(dir, 'v0.json', { ...doc, formatVersion: 0 }));
    expect(unknown.code).toBe('IMPORT_INVALID');
    expect(problemsOf(unknown)).toEqual([
      { path: '$.formatVersion', message: expect.stringMatching(/Unknown format version 0/) as string },
    ]);

    const newerFormat = await failedImport(core, dir, writeJson(dir, 'v2.json', { ...doc, formatVersion: 2 }));
    expect(newerFormat.code).toBe('NEWER_VERSION');
    expect(newerFormat.message).toMatch(/newer version of Förteckna \(format version 2/);

    const newerSchema = await failedImport(core, dir, writeJson(dir, 'schema.json', { ...doc, schemaVersion: LATEST_SCHEMA_VERSION + 1 }));
    expect(newerSchema.code).toBe('NEWER_VERSION');
    expect(newerSchema.message).toMatch(/Update Förteckna to import it/);

    const noTables = await failedImport(
      core,
      dir,
      writeJson(dir, 'tom.json', { ...doc, tables: { ...doc.tables, customers: undefined, gadgets: [] } }),
    );
    expect(problemsOf(noTables).map((p) => p.path)).toEqual(['$.tables.gadgets', '$.tables.customers']);
  });

  it('refuses a row that points at a row that is not in the file, and duplicate keys', async () => {
    const { core, dir, doc } = await withExport();
    doc.tables.contactPersons![2]!.customerId = 9999;
    doc.tables.subscriptions![0]!.serviceId = 777;
    doc.tables.contactPersons![1]!.id = doc.tables.contactPersons![0]!.id;
    const terms = doc.tables.activityTerms!;
    terms.push({ ...terms[0]! });
    const error = await failedImport(core, dir, writeJson(dir, 'lost.json', doc));
    expect(problemsOf(error)).toEqual([
      { path: '$.tables.contactPersons[1].id', message: 'Duplicate key (id 1): row 0 has it too.' },
      {
        path: `$.tables.activityTerms[${terms.length - 1}]`,
        message: `Duplicate key (activityId ${String(terms[0]!.activityId)}, termId ${String(terms[0]!.termId)}): row 0 has it too.`,
      },
      { path: '$.tables.contactPersons[2].customerId', message: 'Refers to customers 9999, which is not in the file.' },
      { path: '$.tables.subscriptions[0].serviceId', message: 'Refers to services 777, which is not in the file.' },
    ]);
  });

  it('refuses a damaged attachment or document: the stored SHA-256 must match the bytes', async () => {
    const { core, dir, doc } = await withExport();
    const logo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a png, damaged')]);
    Object.assign(doc.tables.organisation![0]!, {
      logoMime: 'image/png',
      logoData: logo.toString('base64'),
      logoSha256: crypto.createHash('sha256').update('something else').digest('hex'),
    });
    const error = await failedImport(core, dir, writeJson(dir, 'skadad.json', doc));
    expect(problemsOf(error)).toEqual([
      { path: '$.tables.organisation[0].logoSha256', message: expect.stringMatching(/does not match/i) as string },
    ]);
  });

  it('reports a row the database refuses (a constraint the schemas cannot see) by its path', async () => {
    const { core, dir, doc } = await withExport();
    // Two built-in terms with the same kind and code: UNIQUE (kind, code) in the schema.
    const terms = doc.tables.vocabularyTerms!;
    terms[1]!.kind = terms[0]!.kind;
    terms[1]!.code = terms[0]!.code;
    const error = await failedImport(core, dir, writeJson(dir, 'dubbel.json', doc));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(problemsOf(error)).toEqual([
      { path: '$.tables.vocabularyTerms[1]', message: expect.stringMatching(/UNIQUE constraint failed/) as string },
    ]);
  });

  it('refuses 100 MB of junk quickly, and a file over the size limit without reading it', async () => {
    const { core, dir } = await withExport();
    const junk = path.join(dir, 'skrap.json');
    const chunk = crypto.randomBytes(1024 * 1024);
    const fd = fs.openSync(junk, 'w');
    for (let i = 0; i < 100; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const started = performance.now();
    const error = await failedImport(core, dir, junk);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(problemsOf(error)[0]!.path).toBe('$');
    expect(performance.now() - started).toBeLessThan(5000);

    // JSON-looking junk that nests millions deep (JSON.parse alone would take seconds on it).
    fs.writeFileSync(junk, Buffer.alloc(100 * 1024 * 1024, '{"a":[1,2,'));
    const nested = performance.now();
    expect(problemsOf(await failedImport(core, dir, junk))[0]!.message).toMatch(
      /^Not a Förteckna register export: at line 1, column 161, the JSON nests deeper/,
    );
    expect(performance.now() - nested).toBeLessThan(5000);
    fs.rmSync(junk);

    const huge = path.join(dir, 'enorm.json');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, MAX_IMPORT_BYTES + 1); // sparse: no disk used
    const tooBig = await failedImport(core, dir, huge);
    expect(problemsOf(tooBig)).toEqual([{ path: '$', message: expect.stringMatching(/at most 200 MB can be imported/) as string }]);
  }, 30_000);

  it('never overwrites an existing file, and needs a source when there is no file dialog', async () => {
    const { core, dir } = await withExport();
    const existing = path.join(dir, 'finns.forteckna');
    fs.writeFileSync(existing, 'mine');
    const result = await call(core, 'portable.import', { source: path.join(dir, 'export.json'), target: existing });
    expect(result.ok ? 'ok' : result.error.code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(existing, 'utf8')).toBe('mine');

    const noSource = await call(core, 'portable.import', {});
    expect(noSource.ok ? null : [noSource.error.code, noSource.error.issues?.[0]?.path]).toEqual(['INVALID_INPUT', ['source']]);
    const missing = await call(core, 'portable.import', { source: path.join(dir, 'saknas.json'), target: path.join(dir, 'x.forteckna') });
    expect(missing.ok ? null : missing.error.code).toBe('FILE_NOT_FOUND');
  });

  it('leaves nothing behind when the import is cancelled, before or while the register is written', async () => {
    const { core, dir } = await withExport();
    const filesBefore = fs.readdirSync(dir).sort();
    // Cancel as soon as the task is announced: the checks stop at their next step.
    const off = core.subscribe((event, payload) => {
      if (event === 'task.progressed') void core.dispatch('tasks.cancel', { taskId: (payload as { taskId: string }).taskId });
    });
    const result = await call(core, 'portable.import', {
      source: path.join(dir, 'export.json'),
      target: path.join(dir, 'avbruten.forteckna'),
    });
    off();
    expect(result.ok ? 'ok' : result.error.code).toBe('CANCELLED');
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);

    // Cancelled while writing (the second half of the steps): for this small file the one step there
    // is the last, when the temp register is complete and checked but not yet moved into place.
    const data = await validatePortable(readHeader(readPortableFile(path.join(dir, 'export.json'))), {
      taskId: 't',
      signal: new AbortController().signal,
      progress: () => {},
    });
    const rows = data.tables.reduce((n, t) => n + t.rows.length, 0);
    let steps = 0;
    const cancelling: TaskHandle = {
      taskId: 't',
      signal: new AbortController().signal,
      progress: (done, total) => {
        expect(total).toBe(rows * 2);
        if (done > rows) {
          steps++;
          throw new DomainError('CANCELLED');
        }
      },
    };
    await expect(writeRegisterFile(data, path.join(dir, 'avbruten.forteckna'), cancelling)).rejects.toThrow(/Cancelled/);
    expect(steps).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('writes no file when the export is cancelled', async () => {
    const { core, dir } = await sampleCore();
    const off = core.subscribe((event, payload) => {
      if (event === 'task.progressed') void core.dispatch('tasks.cancel', { taskId: (payload as { taskId: string }).taskId });
    });
    const result = await call(core, 'portable.export', { path: path.join(dir, 'avbruten.json') });
    off();
    expect(result.ok ? 'ok' : result.error.code).toBe('CANCELLED');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.tmp'))).toEqual([]);
  });
});
