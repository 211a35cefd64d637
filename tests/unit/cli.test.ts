import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { tempDir } from './helpers';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('command line', () => {
  it('writes the sample register and reports its counts with camelCase plural keys', async () => {
    const file = path.join(tempDir(), 'exempel.forteckna');
    expect((await cli('sample', file)).code).toBe(0);
    const info = await cli('info', file);
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out) as { schemaVersion: number; counts: Record<string, number> };
    expect(parsed.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(parsed.counts.customers).toBe(30);
    expect(parsed.counts.contactPersons).toBeGreaterThan(30);
    // The register of processing of "Exempel IT AB": own activities, services, subscriptions…
    expect(parsed.counts).toMatchObject({
      activities: 11,
      services: 5,
      subprocessors: 12,
      systems: 12,
      // The sample's own 14 and the requests' rule every register starts with.
      retentionRules: 15,
      requests: 5,
      breaches: 2,
    });
    expect(parsed.counts.purposes).toBeGreaterThan(parsed.counts.activities!);
    // Every customer subscribes to 1–3 services; one of them also has an ended subscription.
    expect(parsed.counts.subscriptions).toBeGreaterThanOrEqual(31);
    expect(parsed.counts.subscriptions).toBeLessThanOrEqual(91);
    // The built-in catalogues are there too.
    expect(parsed.counts.securityMeasures).toBeGreaterThanOrEqual(49);
    expect(parsed.counts.vocabularyTerms).toBeGreaterThanOrEqual(40);
  });

  it('creates an empty register with the organisation name', async () => {
    const file = path.join(tempDir(), 'ny.forteckna');
    const result = await cli('new', file, '--name', 'Nya Företaget AB');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ organisationName: 'Nya Företaget AB', fileName: 'ny.forteckna' });
    expect(fs.existsSync(file)).toBe(true);
  });

  it('fails with one clear line and a non-zero exit code', async () => {
    const dir = tempDir();
    const cases: [string[], number, RegExp][] = [
      [['info', path.join(dir, 'saknas.forteckna')], 1, /FILE_NOT_FOUND.*does not exist/],
      [['new', path.join(dir, 'x.forteckna')], 2, /--name/],
      [['frobnicate'], 2, /okänt kommando/],
      [['info'], 2, /ange en registerfil/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
    }
    fs.writeFileSync(path.join(dir, 'text.forteckna'), 'not sqlite');
    const notRegister = await cli('info', path.join(dir, 'text.forteckna'));
    expect([notRegister.code, notRegister.err[0]]).toEqual([1, expect.stringMatching(/NOT_A_REGISTER/)]);
    const existing = path.join(dir, 'finns.forteckna');
    await cli('new', existing, '--name', 'A');
    expect((await cli('sample', existing)).err[0]).toMatch(/FILE_EXISTS/);
  });
});

describe('privacy-notice command', () => {
  it('writes the sample register’s notice as DOCX and HTML', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'exempel.forteckna');
    expect((await cli('sample', file)).code).toBe(0);
    const docx = path.join(dir, 'policy.docx');
    const html = path.join(dir, 'policy.html');
    const result = await cli('privacy-notice', file, '--out', docx, '--html', html, '--lang', 'en');
    expect(result.code, result.err.join('\n')).toBe(0);
    const lines = result.out.split('\n').map((l) => JSON.parse(l) as { path: string; bytes: number; registerVersion: string });
    expect(lines.map((l) => l.path)).toEqual([docx, html]);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Privacy notice');
    expect(page).toContain(lines[0]!.registerVersion);
    expect((await cli('privacy-notice', file)).code).toBe(2);
    expect((await cli('privacy-notice', file, '--out', docx, '--lang', 'de')).code).toBe(2);
  });
});
