import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { readPasswordFile } from '../../electron/cli/kit';
import { tempDir } from './helpers';

// Password-protected registers from the command line (issue 13): the password comes from
// --password-file or FORTECKNA_PASSWORD, never from an argument.

const FIRST = 'första lösenordet, långt nog';
const SECOND = 'det andra lösenordet, också långt';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

/** A password file as an editor would write it: the password, then a line break. */
function passwordFile(dir: string, name: string, password: string, lineBreak = '\n'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${password}${lineBreak}`, { mode: 0o600 });
  return file;
}

const isPlainSqlite = (file: string) => fs.readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

beforeEach(() => {
  // Whatever the machine running the tests has set.
  vi.stubEnv('FORTECKNA_PASSWORD', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('command line with password-protected registers', () => {
  it('creates one with --password-file, refuses it without the password, opens it with FORTECKNA_PASSWORD, and changes the password', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kund.forteckna');
    const first = passwordFile(dir, 'första.txt', FIRST);
    const second = passwordFile(dir, 'andra.txt', SECOND, '\r\n');

    const created = await cli('new', file, '--name', 'Hemlig Kund AB', '--password-file', first);
    expect(created.code, created.err.join('\n')).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ organisationName: 'Hemlig Kund AB', encrypted: true, passwordRemembered: false });
    expect(isPlainSqlite(file)).toBe(false);
    expect(fs.readFileSync(file).includes(Buffer.from('Hemlig Kund AB'))).toBe(false);

    // Without a password: one line saying where to give it.
    const refused = await cli('info', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(/PASSWORD_REQUIRED: kund\.forteckna: .*--password-file.*FORTECKNA_PASSWORD/);

    vi.stubEnv('FORTECKNA_PASSWORD', FIRST);
    const opened = await cli('info', file);
    expect(opened.code, opened.err.join('\n')).toBe(0);
    expect(JSON.parse(opened.out)).toMatchObject({ counts: expect.objectContaining({ customers: 0 }) });
    vi.stubEnv('FORTECKNA_PASSWORD', undefined);

    // Change it, the current one from a file and the new one from another.
    const changed = await cli('password', file, '--password-file', first, '--new-password-file', second);
    expect(changed.code, changed.err.join('\n')).toBe(0);
    expect(JSON.parse(changed.out)).toMatchObject({ encrypted: true, organisationName: 'Hemlig Kund AB' });
    expect(changed.out).not.toContain(SECOND);

    const old = await cli('info', file, '--password-file', first);
    expect([old.code, old.err.length]).toEqual([1, 1]);
    expect(old.err[0]).toMatch(/^forteckna: WRONG_PASSWORD: kund\.forteckna: Fel lösenord/);
    expect(old.err[0]).not.toContain(FIRST);
    const renewed = await cli('info', file, '--password-file', second);
    expect(renewed.code, renewed.err.join('\n')).toBe(0);
    // The file option wins over the environment.
    vi.stubEnv('FORTECKNA_PASSWORD', FIRST);
    expect((await cli('info', file, '--password-file', second)).code).toBe(0);
    expect((await cli('info', file)).code).toBe(1);
    vi.stubEnv('FORTECKNA_PASSWORD', undefined);

    // Remove it: a plain register again, opened without any password.
    const removed = await cli('password', file, '--password-file', second, '--remove');
    expect(removed.code, removed.err.join('\n')).toBe(0);
    expect(JSON.parse(removed.out)).toMatchObject({ encrypted: false });
    expect(isPlainSqlite(file)).toBe(true);
    expect((await cli('info', file)).code).toBe(0);

    // And add one to the plain register: no current password needed.
    const added = await cli('password', file, '--new-password-file', first);
    expect(added.code, added.err.join('\n')).toBe(0);
    expect(isPlainSqlite(file)).toBe(false);
    expect((await cli('info', file)).err[0]).toMatch(/PASSWORD_REQUIRED/);
    expect((await cli('info', file, '--password-file', first)).code).toBe(0);
  });

  it('never takes a password as an argument, and does not echo one it refuses', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kund.forteckna');
    const first = passwordFile(dir, 'första.txt', FIRST);
    expect((await cli('new', file, '--name', 'Kund AB', '--password-file', first)).code).toBe(0);
    const attempts: string[][] = [
      ['info', file, '--password', FIRST],
      ['info', file, `--password=${FIRST}`],
      ['new', path.join(dir, 'ny.forteckna'), '--name', 'Ny AB', '--password', FIRST],
      ['password', file, '--password-file', first, '--new-password', SECOND],
      ['export-xlsx', file, path.join(dir, 'ut.xlsx'), '--pw', FIRST],
    ];
    for (const args of attempts) {
      const result = await cli(...args);
      expect(result.code, args[0]).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(/--password-file <fil> eller miljövariabeln FORTECKNA_PASSWORD/);
      expect(result.err[0]).not.toContain(FIRST);
      expect(result.err[0]).not.toContain(SECOND);
    }
    expect(fs.existsSync(path.join(dir, 'ny.forteckna'))).toBe(false);
    // Nor as a positional: the register stays locked.
    const positional = await cli('info', file, FIRST);
    expect(positional.code).toBe(2);
    expect(positional.out).toBe('');
    // The password was not changed by any of it.
    expect((await cli('info', file, '--password-file', first)).code).toBe(0);
  });

  it('checks the password command’s options', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kund.forteckna');
    const first = passwordFile(dir, 'första.txt', FIRST);
    const short = passwordFile(dir, 'kort.txt', 'kort');
    const empty = passwordFile(dir, 'tom.txt', '');
    expect((await cli('new', file, '--name', 'Kund AB', '--password-file', first)).code).toBe(0);
    const cases: [string[], number, RegExp][] = [
      [['password', file, '--password-file', first], 2, /--new-password-file <fil>.*--remove/],
      [['password', file, '--password-file', first, '--new-password-file', first, '--remove'], 2, /inte båda/],
      [['password', file, '--new-password-file', first], 1, /PASSWORD_REQUIRED/],
      [['password', file, '--password-file', first, '--new-password-file', short], 1, /INVALID_INPUT: .*at least 8 characters/],
      [['password', file, '--password-file', first, '--new-password-file', empty], 2, /första raden .* är tom/],
      [['password', file, '--password-file', path.join(dir, 'saknas.txt'), '--remove'], 1, /--password-file: kan inte läsa .*ENOENT/],
      [['new', path.join(dir, 'kort.forteckna'), '--name', 'Kort AB', '--password-file', short], 1, /at least 8 characters/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
    }
    expect(fs.existsSync(path.join(dir, 'kort.forteckna'))).toBe(false);
    expect((await cli('info', file, '--password-file', first)).code).toBe(0);
  });

  it('imports a JSON export as an encrypted register, exports it again, and restores its backup with the password', async () => {
    const dir = tempDir();
    const sample = path.join(dir, 'exempel.forteckna');
    const first = passwordFile(dir, 'första.txt', FIRST);
    expect((await cli('sample', sample)).code).toBe(0);
    const json = path.join(dir, 'exempel.json');
    expect((await cli('export-json', sample, json)).code).toBe(0);

    const imported = path.join(dir, 'importerat.forteckna');
    const result = await cli('import-json', json, imported, '--password-file', first);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(isPlainSqlite(imported)).toBe(false);
    expect(fs.readFileSync(imported).includes(Buffer.from('Exempel IT AB'))).toBe(false);
    expect((await cli('info', imported)).err[0]).toMatch(/PASSWORD_REQUIRED/);
    const info = await cli('info', imported, '--password-file', first);
    expect(JSON.parse(info.out)).toMatchObject({ counts: expect.objectContaining({ customers: 30 }) });

    // The feature commands take the password the same way.
    const again = path.join(dir, 'igen.json');
    expect((await cli('export-json', imported, again)).err[0]).toMatch(/PASSWORD_REQUIRED/);
    expect(fs.existsSync(again)).toBe(false);
    expect((await cli('export-json', imported, again, '--password-file', first)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(again, 'utf8'))).toMatchObject({ encrypted: true });
    expect(fs.readFileSync(again, 'utf8')).not.toContain(FIRST);
    expect((await cli('history-verify', imported)).code).toBe(1);
    const verified = await cli('history-verify', imported, '--password-file', first);
    expect([verified.code, verified.out]).toEqual([0, expect.stringMatching(/^OK/)]);

    // An encrypted backup: restoring it needs the password, and the restored register stays encrypted.
    const folder = path.join(dir, 'kopior');
    fs.mkdirSync(folder);
    const backup = await cli('backup', imported, '--folder', folder, '--password-file', first);
    expect(backup.code, backup.err.join('\n')).toBe(0);
    const backupPath = (JSON.parse(backup.out) as { path: string }).path;
    expect(isPlainSqlite(backupPath)).toBe(false);
    const restored = path.join(dir, 'återställd.forteckna');
    const refused = await cli('restore', backupPath, restored);
    expect([refused.code, refused.err.length]).toEqual([1, 1]);
    expect(refused.err[0]).toMatch(/PASSWORD_REQUIRED: .*--password-file.*FORTECKNA_PASSWORD/);
    expect(fs.existsSync(restored)).toBe(false);
    vi.stubEnv('FORTECKNA_PASSWORD', FIRST);
    const done = await cli('restore', backupPath, restored);
    expect(done.code, done.err.join('\n')).toBe(0);
    expect(isPlainSqlite(restored)).toBe(false);
    const restoredInfo = await cli('info', restored);
    expect(JSON.parse(restoredInfo.out)).toMatchObject({ counts: expect.objectContaining({ customers: 30 }) });
  });

  it('names both ways of giving a password in the help text', async () => {
    const help = await cli('help');
    expect(help.out).toContain('--password-file');
    expect(help.out).toContain('FORTECKNA_PASSWORD');
    expect(help.out).toMatch(/password <fil\.forteckna> .*--new-password-file/);
  });
});

describe('readPasswordFile', () => {
  it('takes the first line without its line break or a byte-order mark, and keeps spaces', () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    };
    expect(readPasswordFile(write('lf.txt', 'ett lösen\nandra raden\n'))).toBe('ett lösen');
    expect(readPasswordFile(write('crlf.txt', 'ett lösen\r\n'))).toBe('ett lösen');
    expect(readPasswordFile(write('none.txt', 'ett lösen'))).toBe('ett lösen');
    expect(readPasswordFile(write('bom.txt', '\uFEFFett lösen\r\n'))).toBe('ett lösen');
    expect(readPasswordFile(write('spaces.txt', ' mellanslag runt \n'))).toBe(' mellanslag runt ');
    expect(() => readPasswordFile(write('empty.txt', '\nandra'))).toThrow(/tom/);
  });
});
