// Every save (export, agreement document or attachment, batch, history export) refuses to write
// over a register (the open one, its -wal/-shm under any spelling, any other .forteckna or SQLite
// file), answers a clear code for a path the file system refuses, and always settles (issue 12,
// faults 1, 3, 4, 5).
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { fileFailure } from '../../../electron/core/files/file-errors';
import { writeWorkbook } from '../../../electron/core/workbook/workbook.writer';
import { ERROR_CODES, type Result } from '../../../shared/errors';
import { formatMessage, messages } from '../../../shared/messages';
import { agreementRegister } from '../agreements/fixture';
import { call, ok, tempDir, testCore } from '../helpers';

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Underskrivet avtal'.repeat(20))]);
const SQLITE_HEADER = 'SQLite format 3\0';

/** Fails the test (instead of hanging it) when a call never answers; waits for nothing else. */
async function settled<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} never settled`)), 15_000);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** "CODE" or "CODE path: v.key" (the first issue), or "ok". */
function outcome(result: Result<unknown>): string {
  if (result.ok) return 'ok';
  const issue = result.error.issues?.[0];
  return issue ? `${result.error.code} ${issue.path.join('.')}: ${issue.message}` : result.error.code;
}

/**
 * A folder this process may not write to: a 0o500 folder, or when running as root (where modes do
 * not stop writes) /sys, which refuses new files even to root. Null when neither works here.
 */
function unwritableFolder(): string | null {
  if (process.getuid?.() !== 0) {
    const folder = path.join(tempDir(), 'skrivskyddad');
    fs.mkdirSync(folder, { mode: 0o500 });
    return folder;
  }
  const probe = '/sys/.forteckna-probe';
  try {
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.rmSync(probe);
    return null;
  } catch (error) {
    return ['EACCES', 'EROFS', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '') ? '/sys' : null;
  }
}

/** A register with a customer, an agreement and a signed copy: something to lose, and something to save. */
async function savingRegister() {
  const r = await agreementRegister();
  const c = await r.subscribed('Alfa AB');
  const v1 = await r.generate(c.id);
  const withPdf = await ok(r.core, 'agreements.attach', {
    id: v1.id,
    revision: v1.revision,
    fileName: 'signerat.pdf',
    mime: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  });
  const registerPath = (await ok(r.core, 'register.current', {}))!.path;
  return { ...r, registerPath, agreementId: v1.id, attachmentId: withPdf.attachments[0]!.id };
}
type SavingRegister = Awaited<ReturnType<typeof savingRegister>>;

/** The register still holds its data, now and after closing and opening it again. */
async function expectIntact(core: Core, registerPath: string, agreementVersions = 1) {
  expect(fs.readFileSync(registerPath).subarray(0, 16).toString('latin1')).toBe(SQLITE_HEADER);
  const names = async () => (await ok(core, 'customers.list', { limit: 100 })).items.map((c) => c.name);
  expect(await names()).toEqual(['Alfa AB']);
  await ok(core, 'register.close', {});
  await ok(core, 'register.open', { path: registerPath });
  expect(await names()).toEqual(['Alfa AB']);
  expect(await ok(core, 'agreements.list', {})).toHaveLength(agreementVersions);
}

const SAVES: Record<string, { ext: string; save: (r: SavingRegister, target: string) => Promise<Result<unknown>> }> = {
  'workbook.export': { ext: 'xlsx', save: (r, p) => call(r.core, 'workbook.export', { lang: 'sv', path: p }) },
  'privacyNotice.export (html)': {
    ext: 'html',
    save: (r, p) => call(r.core, 'privacyNotice.export', { lang: 'sv', format: 'html', path: p }),
  },
  'privacyNotice.export (docx)': {
    ext: 'docx',
    save: (r, p) => call(r.core, 'privacyNotice.export', { lang: 'en', format: 'docx', path: p }),
  },
  'portable.export': { ext: 'json', save: (r, p) => call(r.core, 'portable.export', { path: p }) },
  'agreements.saveDocument': { ext: 'docx', save: (r, p) => call(r.core, 'agreements.saveDocument', { id: r.agreementId, path: p }) },
  'agreements.saveAttachment': {
    ext: 'pdf',
    save: (r, p) => call(r.core, 'agreements.saveAttachment', { attachmentId: r.attachmentId, path: p }),
  },
  'history.export (xlsx)': { ext: 'xlsx', save: (r, p) => call(r.core, 'history.export', { format: 'xlsx', lang: 'sv', path: p }) },
  'history.export (csv)': { ext: 'csv', save: (r, p) => call(r.core, 'history.export', { format: 'csv', lang: 'sv', path: p }) },
};

const REFUSED = 'INVALID_INPUT path: v.path.register';

describe.each(Object.entries(SAVES))('%s', (method, { ext, save }) => {
  it('never writes over the open register, its -wal/-shm or any other register file', async () => {
    const r = await savingRegister();
    const { registerPath, dir } = r;
    // Other registers and databases beside it, which must stay exactly as they are.
    const other = path.join(dir, 'annat.forteckna');
    fs.copyFileSync(registerPath, other);
    const shouting = path.join(dir, 'GAMMALT.FORTECKNA');
    fs.writeFileSync(shouting, 'not even a database');
    const renamed = path.join(dir, `databas.${ext}`);
    fs.copyFileSync(registerPath, renamed);
    // An encrypted register under another name: no header to recognise, only random-looking pages.
    const encrypted = path.join(dir, `krypterat.${ext}`);
    const db = new Database(encrypted);
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma("key = 'hemligt lösenord'");
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    db.close();
    const hardLink = path.join(dir, `länk.${ext}`);
    fs.linkSync(registerPath, hardLink);
    const linkedFolder = path.join(tempDir(), 'genväg');
    fs.symlinkSync(dir, linkedFolder);
    const before = new Map([other, shouting, renamed, encrypted].map((f) => [f, fs.readFileSync(f)]));

    const targets = [
      registerPath,
      `${registerPath}-wal`,
      `${registerPath}-shm`,
      `${registerPath}-journal`,
      `${registerPath}.lock`,
      path.join(dir, path.basename(registerPath).toUpperCase()),
      path.join(dir, 'undermapp', '..', path.basename(registerPath)),
      path.join(linkedFolder, path.basename(registerPath)),
      path.join(linkedFolder, `${path.basename(registerPath)}-wal`),
      hardLink,
      other,
      shouting,
      renamed,
      encrypted,
      path.join(dir, 'ny.forteckna'),
    ];
    for (const target of targets) {
      const result = await settled(save(r, target), `${method} → ${target}`);
      expect([target, outcome(result)]).toEqual([target, REFUSED]);
      if (!result.ok) {
        expect(result.error.message).toMatch(/register file/);
        expect(result.error.details).toMatchObject({ messageKey: 'v.path.register' });
      }
    }
    expect(formatMessage('v.path.register', 'sv')).toMatch(/registerfil.*välj ett annat namn/);
    for (const [file, bytes] of before) expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'ny.forteckna'))).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await expectIntact(r.core, registerPath);
  });

  it('answers a clear code for a path the file system refuses, and always settles', async () => {
    const r = await savingRegister();
    const { dir } = r;
    const plainFile = path.join(dir, 'vanlig.txt');
    fs.writeFileSync(plainFile, 'a file, not a folder');
    const expectations: [string, string][] = [
      [path.join(dir, `x\u0000y.${ext}`), 'INVALID_INPUT path: v.path.characters'],
      [path.join(dir, `rad\nbrytning.${ext}`), 'INVALID_INPUT path: v.path.characters'],
      [path.join(dir, `${'å'.repeat(300)}.${ext}`), 'INVALID_PATH'],
      [path.join(dir, `${'a'.repeat(300)}.${ext}`), 'INVALID_PATH'],
      [path.join(dir, 'a'.repeat(300), `x.${ext}`), 'INVALID_PATH'],
      [path.join(plainFile, `x.${ext}`), 'INVALID_INPUT path: v.folderMissing'],
      [path.join(dir, 'saknas', `x.${ext}`), 'INVALID_INPUT path: v.folderMissing'],
      [dir, 'INVALID_PATH'],
    ];
    const locked = unwritableFolder();
    if (locked) expectations.push([path.join(locked, `x.${ext}`), 'NOT_WRITABLE']);
    for (const [target, expected] of expectations) {
      const result = await settled(save(r, target), `${method} → ${JSON.stringify(target)}`);
      expect([JSON.stringify(target), outcome(result)]).toEqual([JSON.stringify(target), expected]);
      // Not a generic message: it names the file or says which field.
      if (!result.ok && result.error.code !== 'INVALID_INPUT') {
        expect(result.error.details).toMatchObject({ messageKey: expect.stringMatching(/^e\.(INVALID_PATH|NOT_WRITABLE)\./) });
      }
    }
    if (locked) {
      const result = await save(r, path.join(locked, `x.${ext}`));
      expect(result.ok ? '' : result.error.message).toContain(locked);
    }
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await expectIntact(r.core, r.registerPath);
  });
});

describe('agreements.batch', () => {
  it('refuses a folder that is a register, or that the file system refuses, before making any version', async () => {
    const r = await savingRegister();
    const { dir, registerPath } = r;
    const plainFile = path.join(dir, 'vanlig.txt');
    fs.writeFileSync(plainFile, 'a file, not a folder');
    const expectations: [string, string][] = [
      [registerPath, 'INVALID_INPUT folder: v.folderMissing'],
      [`${registerPath}-wal`, 'INVALID_INPUT folder: v.folderMissing'],
      [path.join(dir, 'x\u0000y'), 'INVALID_INPUT folder: v.path.characters'],
      [path.join(dir, 'a'.repeat(300)), 'INVALID_PATH'],
      [path.join(plainFile, 'x'), 'INVALID_INPUT folder: v.folderMissing'],
    ];
    const locked = unwritableFolder();
    if (locked) expectations.push([locked, 'NOT_WRITABLE']);
    for (const [folder, expected] of expectations) {
      const result = await settled(call(r.core, 'agreements.batch', { scope: 'all', lang: 'sv', folder }), `batch → ${folder}`);
      expect([JSON.stringify(folder), outcome(result)]).toEqual([JSON.stringify(folder), expected]);
    }
    // Nothing was generated by the refused batches.
    expect((await ok(r.core, 'agreements.get', { id: r.agreementId })).version).toBe(1);

    // Into the register's own folder: documents beside it, the register untouched.
    const done = await ok(r.core, 'agreements.batch', { scope: 'all', lang: 'sv', folder: dir });
    expect(done!.files.map((f) => path.extname(f))).toEqual(['.docx']);
    await expectIntact(r.core, registerPath, 2);
  });
});

describe('the workbook writer', () => {
  const options = { lang: 'sv' as const, titleOf: () => 'Titel', created: new Date('2026-11-22T09:00:00Z'), onRows: async () => {} };

  it('fails at once, never hangs, when its file cannot be created', async () => {
    const dir = tempDir();
    const plainFile = path.join(dir, 'vanlig.txt');
    fs.writeFileSync(plainFile, '');
    const cases: [string, string][] = [
      // Past the early checks of resolveExportTarget: the writer itself must fail clearly.
      [path.join(dir, `${'a'.repeat(300)}.xlsx`), 'INVALID_PATH'],
      [path.join(plainFile, 'x.xlsx'), 'INVALID_PATH'],
      [path.join(dir, 'saknas', 'x.xlsx'), 'FILE_NOT_FOUND'],
    ];
    const locked = unwritableFolder();
    if (locked) cases.push([path.join(locked, 'x.xlsx'), 'NOT_WRITABLE']);
    for (const [target, code] of cases) {
      const error = await settled(
        writeWorkbook(target, [], options).then(
          () => null,
          (e: unknown) => e,
        ),
        `writeWorkbook → ${target}`,
      );
      expect([target, (error as { code?: string } | null)?.code]).toEqual([target, code]);
    }
  });

  it('never renames its file onto a database that appeared at the target meanwhile', async () => {
    const { core, dir } = testCore();
    const registerPath = path.join(dir, 'reg.forteckna');
    await ok(core, 'register.create', { organisationName: 'Test AB', path: registerPath });
    const target = path.join(dir, 'blad.xlsx');
    fs.linkSync(registerPath, target);
    const error = await writeWorkbook(target, [], { ...options, registerPath }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string } | null)?.code).toBe('INVALID_INPUT');
    expect(fs.readFileSync(registerPath).subarray(0, 16).toString('latin1')).toBe(SQLITE_HEADER);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await ok(core, 'register.info', {})).schemaVersion).toBeGreaterThan(0);
  });
});

describe('register paths', () => {
  it('refuses a NUL or other control character in a register path, and writes nothing', async () => {
    const { core, dir } = testCore();
    for (const given of [path.join(dir, 'x\u0000y.forteckna'), path.join(dir, 'x\u0007y.forteckna'), path.join(dir, 'x\u007fy')]) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const created = await call(core, 'register.create', { organisationName: 'Test AB', path: given });
        expect(outcome(created)).toBe('INVALID_INPUT path: v.path.characters');
      }
      expect(outcome(await call(core, 'register.open', { path: given }))).toBe('INVALID_INPUT path: v.path.characters');
      expect(outcome(await call(core, 'register.openSample', { path: given }))).toBe('INVALID_INPUT path: v.path.characters');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('answers clear codes for a register path the file system refuses', async () => {
    const { core, dir } = testCore();
    const plainFile = path.join(dir, 'vanlig.txt');
    fs.writeFileSync(plainFile, '');
    const cases: [string, string][] = [
      [path.join(dir, `${'a'.repeat(300)}.forteckna`), 'INVALID_PATH'],
      [path.join(plainFile, 'x.forteckna'), 'INVALID_PATH'],
      [path.join(dir, 'saknas', 'x.forteckna'), 'FILE_NOT_FOUND'],
    ];
    for (const [given, code] of cases) {
      for (const method of ['register.create', 'register.openSample'] as const) {
        const input = method === 'register.create' ? { organisationName: 'Test AB', path: given } : { path: given };
        const result = await settled(call(core, method, input as never), `${method} → ${given}`);
        expect([method, given, outcome(result)]).toEqual([method, given, code]);
      }
    }
  });

  it('imports a portable file only to a target the file system takes', async () => {
    const { core, dir } = testCore();
    await ok(core, 'register.create', { organisationName: 'Test AB', path: path.join(dir, 'reg.forteckna') });
    const source = path.join(dir, 'export.json');
    await ok(core, 'portable.export', { path: source });
    const plainFile = path.join(dir, 'vanlig.txt');
    fs.writeFileSync(plainFile, '');
    const cases: [string, string][] = [
      [path.join(dir, 'x\u0000y.forteckna'), 'INVALID_INPUT target: v.path.characters'],
      [path.join(dir, `${'a'.repeat(300)}.forteckna`), 'INVALID_PATH'],
      [path.join(plainFile, 'x.forteckna'), 'INVALID_INPUT target: v.folderMissing'],
    ];
    const locked = unwritableFolder();
    if (locked) cases.push([path.join(locked, 'x.forteckna'), 'NOT_WRITABLE']);
    for (const [target, expected] of cases) {
      const result = await settled(call(core, 'portable.import', { source, target }), `import → ${target}`);
      expect([JSON.stringify(target), outcome(result)]).toEqual([JSON.stringify(target), expected]);
    }
  });
});

describe('fileFailure', () => {
  const failure = (code: string, extra: Record<string, unknown> = {}) =>
    fileFailure(Object.assign(new Error(`${code}: something`), { code, path: '/a/.b.xlsx.123.0123abcd.tmp', ...extra }));

  it.each([
    ['EACCES', 'NOT_WRITABLE', 'notWritable'],
    ['EPERM', 'NOT_WRITABLE', 'notWritable'],
    ['EROFS', 'NOT_WRITABLE', 'notWritable'],
    ['ENOSPC', 'NOT_WRITABLE', 'diskFull'],
    ['EBUSY', 'NOT_WRITABLE', 'inUse'],
    ['ENAMETOOLONG', 'INVALID_PATH', 'tooLong'],
    ['EINVAL', 'INVALID_PATH', 'invalid'],
    ['ENOTDIR', 'INVALID_PATH', 'notFolder'],
    ['EISDIR', 'INVALID_PATH', 'isFolder'],
    ['ENOENT', 'FILE_NOT_FOUND', 'missing'],
    ['EEXIST', 'FILE_EXISTS', 'exists'],
  ])('maps %s to %s with a message naming the file asked for', (code, expected, problem) => {
    const error = failure(code);
    expect(error?.code).toBe(expected);
    // The hidden temp file is shown as the file the user asked for.
    expect(error?.details).toMatchObject({ problem, path: '/a/b.xlsx', messageKey: `e.${expected}.${problem}` });
    expect(error?.message).toContain('/a/b.xlsx');
    for (const lang of ['sv', 'en'] as const) expect(formatMessage(`e.${expected}.${problem}`, lang, { path: 'X' })).toContain('X');
  });

  it('maps a NUL in a path (refused by Node itself) and leaves programming errors alone', () => {
    let nul: unknown;
    try {
      fs.openSync('/tmp/a\u0000b', 'w');
    } catch (error) {
      nul = error;
    }
    expect(fileFailure(nul)).toMatchObject({ code: 'INVALID_PATH', details: { problem: 'badCharacters' } });
    expect(fileFailure(new TypeError('x is not a function'))).toBeNull();
    expect(fileFailure(Object.assign(new TypeError('bad'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeNull();
  });

  it('has a message in both languages for every error code', () => {
    const table = messages as Record<string, { sv: string; en: string }>;
    const missing = ERROR_CODES.filter((code) => !table[`e.${code}`]?.sv || !table[`e.${code}`]?.en);
    expect(missing).toEqual([]);
  });
});
