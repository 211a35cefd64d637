import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { stockholmDate } from '../../../electron/core/session';
import { ok } from '../helpers';
import { subscribe } from '../services/fixture';
import { agreementRegister, sha256 } from './fixture';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A register file with four customers, closed so the CLI can open it. */
async function registerFile() {
  const r = await agreementRegister();
  const alfa = await r.subscribed('Alfa AB');
  await ok(r.core, 'customers.update', { id: alfa.id, revision: alfa.revision, fields: { ...alfaFields, name: 'Alfa AB' } });
  await r.subscribed('Alfa Bygg AB');
  await r.subscribed('Beta AB');
  await r.customer('Gamma AB'); // no subscription
  const twin = await r.customer('Beta AB'); // a second customer with the same name
  await subscribe(r.core, twin.id, r.backup.id, '2020-01-01', '2021-01-01'); // ended long ago
  const file = (await ok(r.core, 'register.current', {}))!.path;
  await ok(r.core, 'register.close', {});
  return { file, dir: r.dir };
}

const alfaFields = {
  orgNr: '5565000006',
  visitingAddress: { street: '', postalCode: '', city: 'Västerås', country: '' },
  invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
  invoiceSameAsVisiting: true,
  contactPersons: [{ name: 'Karin Berg', role: 'IT-chef', email: 'karin@example.se', phone: '' }],
  dpo: { name: '', email: '', phone: '' },
  contractStart: null,
  contractEnd: null,
  status: 'active' as const,
  notes: '',
};

describe('agreement commands', () => {
  it('writes one customer’s agreement, found by name or organisationsnummer', async () => {
    const { file, dir } = await registerFile();
    const out = path.join(dir, 'alfa.docx');
    const byName = await cli('agreement', file, '--customer', 'alfa ab', '--out', out);
    expect(byName).toMatchObject({ code: 0, err: '' });
    const written = JSON.parse(byName.out) as { path: string; bytes: number; customer: string; version: number; sha256: string };
    expect(written).toMatchObject({ path: out, customer: 'Alfa AB', version: 1 });
    expect(sha256(fs.readFileSync(out))).toBe(written.sha256);

    const byOrgNr = await cli('agreement', file, '--customer', '556500-0006', '--out', path.join(dir, 'alfa-en.docx'), '--lang', 'en');
    expect(byOrgNr.code).toBe(0);
    expect(JSON.parse(byOrgNr.out)).toMatchObject({ customer: 'Alfa AB', version: 2 });
  });

  it('names the candidates when the customer is ambiguous or missing', async () => {
    const { file, dir } = await registerFile();
    const out = path.join(dir, 'x.docx');
    const twins = await cli('agreement', file, '--customer', 'Beta AB', '--out', out);
    expect(twins.code).toBe(1);
    expect(twins.err).toMatch(/flera kunder heter "Beta AB": Beta AB; Beta AB\. Ange organisationsnumret/);
    const partial = await cli('agreement', file, '--customer', 'Alfa', '--out', out);
    expect(partial.code).toBe(1);
    expect(partial.err).toContain('Menade du: Alfa AB (556500-0006); Alfa Bygg AB?');
    const none = await cli('agreement', file, '--customer', 'Zeta', '--out', out);
    expect(none.err).toContain('ingen kund matchar "Zeta"');
    expect(fs.existsSync(out)).toBe(false);

    expect((await cli('agreement', file, '--out', out)).code).toBe(2);
    expect((await cli('agreement', file, '--customer', 'Alfa AB')).code).toBe(2);
    expect((await cli('agreement', file, '--customer', 'Alfa AB', '--out', out, '--lang', 'de')).code).toBe(2);
  });

  it('writes every customer with an active subscription into a folder', async () => {
    const { file, dir } = await registerFile();
    const outDir = path.join(dir, 'avtal', 'alla');
    const result = await cli('agreements', file, '--out-dir', outDir, '--lang', 'en');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as { folder: string; generated: number; files: string[] };
    expect(parsed).toMatchObject({ folder: outDir, generated: 3 });
    expect(fs.readdirSync(outDir).sort()).toEqual(parsed.files.sort());
    // The CLI runs on the real clock.
    expect(parsed.files).toContain(`PUB-avtal – Alfa Bygg AB – v1 – ${stockholmDate(new Date())}.docx`);
    expect((await cli('agreements', file)).code).toBe(2);
  });
});
