import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { tempDir } from '../helpers';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('command line: backups', () => {
  it('makes a backup, lists it with date, size, counts and verified, and restores it as a new file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Kund AB.forteckna');
    const folder = path.join(dir, 'USB');
    fs.mkdirSync(folder);
    expect((await cli('new', file, '--name', 'Kund AB')).code).toBe(0);

    const made = await cli('backup', file, '--folder', folder);
    expect(made.code).toBe(0);
    const backup = JSON.parse(made.out) as { path: string; verified: boolean; reason: string };
    expect(backup).toMatchObject({ verified: true, reason: 'manual' });
    expect(backup.path.startsWith(folder)).toBe(true);

    const listed = await cli('backups', file, '--folder', folder);
    expect(listed.code).toBe(0);
    const lines = listed.out.split('\n');
    expect(lines[0]).toMatch(/^Säkerhetskopior av Kund AB\.forteckna: 1 st i /);
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} +[\d,]+ kB {2}0 kunder, 0 aktiviteter, 0 PUB-avtal {2}kontrollerad {2}manuell$/,
    );
    expect(lines[2]!.trim()).toBe(backup.path);
    const json = JSON.parse((await cli('backups', file, '--folder', folder, '--json')).out) as { backups: unknown[] };
    expect(json.backups).toHaveLength(1);

    const target = path.join(dir, 'Återställd.forteckna');
    const restored = await cli('restore', backup.path, target);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ path: target, organisationName: 'Kund AB', restoredFrom: { path: backup.path } });
    expect(fs.existsSync(target)).toBe(true);
  });

  it('refuses to restore over an existing file, with one clear line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Kund AB.forteckna');
    expect((await cli('new', file, '--name', 'Kund AB')).code).toBe(0);
    const backup = JSON.parse((await cli('backup', file, '--folder', dir)).out) as { path: string };
    const before = fs.readFileSync(file);

    const result = await cli('restore', backup.path, file);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^forteckna: FILE_EXISTS: .*already exists/)]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const cases: [string[], number, RegExp][] = [
      [['restore', backup.path], 2, /ange säkerhetskopian och den nya filen/],
      [['restore', path.join(dir, 'saknas.forteckna'), path.join(dir, 'ny.forteckna')], 1, /FILE_NOT_FOUND/],
      [['backups', file, '--folder', path.join(dir, 'saknas')], 1, /FILE_NOT_FOUND/],
      [['backups'], 2, /ange en registerfil/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
    }
  });
});
