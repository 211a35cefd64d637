import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import type { BreachSummary } from '../../../shared/contract';
import { FIXED_NOW, ok, tempDir } from '../helpers';
import { breachRegister } from '../breaches/fixture';

// The command line runs on the system clock: the tests' moment is FIXED_NOW (Sunday 22 November 2026, 10:00 in Stockholm).
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

/** A register with a controller breach inside its 72 hours, an overdue one, a processor breach at a customer site and a closed one. */
async function registerFile() {
  const r = await breachRegister();
  const kund = await r.customer('Ängshagens Vård AB');
  const office = await r.site(kund.id, 'Kontoret');
  const laptop = await r.device(kund.id, office.id, { hostname: 'ANG-LT01' });
  const other = await r.customer('Björk AB');
  await r.sign(other.id, 'en');
  const running = await r.create({ title: 'Nätfiske mot ekonomi', risk: 'risk' });
  const overdue = await r.create({ title: 'Felskickat mejl', discoveredAt: '2026-11-18T08:00:00Z', risk: null });
  const processor = await r.create({
    title: 'Stulen bärbar dator',
    ourRole: 'processor',
    equipmentIds: [laptop.id],
    customerIds: [other.id],
  });
  await ok(r.core, 'breaches.recordCustomerNotice', {
    id: processor.id,
    revision: processor.revision,
    customerId: kund.id,
    notifiedAt: '2026-11-20T18:00:00Z',
    via: 'phone',
    note: '',
  });
  const closed = await r.create({
    title: 'Gammal',
    discoveredAt: '2026-10-01T08:00:00Z',
    risk: 'no_risk',
    riskRationale: 'Krypterad',
    closedOn: '2026-10-02',
  });
  const file = (await ok(r.core, 'register.current', {}))!.path;
  await ok(r.core, 'register.close', {});
  return { file, running, overdue, processor, closed };
}

describe('breaches command', () => {
  it('lists the open breaches with role, discovery in Swedish time, the IMY clock and customers told', async () => {
    const { file, running, overdue, processor, closed } = await registerFile();
    const result = await cli('breaches', file);
    expect(result.code, result.err.join('\n')).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Incidenter: öppna 3 · IMY-fristen passerad 1 · kunder att underrätta 1');
    expect(lines[2]).toMatch(/^Nr +Roll +Upptäckt +IMY \(72 h\) +Kunder underrättade +Incident$/);
    const row = (id: number) => lines.find((l) => l.startsWith(`${id} `)) ?? '';
    expect(row(overdue.id)).toMatch(/ansvarig +2026-11-18 09:00 +risken inte bedömd, 25 h 0 min över tiden +– +Felskickat mejl$/);
    expect(row(running.id)).toMatch(/ansvarig +2026-11-20 16:00 +30 h 0 min kvar +– +Nätfiske mot ekonomi$/);
    expect(row(processor.id)).toMatch(/biträde +2026-11-20 16:00 +– +1\/2 +Stulen bärbar dator$/);
    // The overdue clock first, then the running one.
    expect(lines.indexOf(row(overdue.id))).toBeLessThan(lines.indexOf(row(running.id)));
    expect(row(closed.id)).toBe('');

    const all = await cli('breaches', file, '--all');
    expect(all.out).toMatch(
      new RegExp(`^${closed.id} +ansvarig +2026-10-01 10:00 +behövs inte \\(ingen risk\\) +– +Gammal \\(avslutad 2026-10-02\\)$`, 'm'),
    );
  });

  it('gives the rows and counts as JSON with --json, and says so when nothing is open', async () => {
    const { file, processor } = await registerFile();
    const result = await cli('breaches', file, '--json');
    expect(result.code, result.err.join('\n')).toBe(0);
    const parsed = JSON.parse(result.out) as { now: string; counts: unknown; rows: BreachSummary[] };
    expect(parsed.now).toBe(FIXED_NOW.toISOString());
    expect(parsed.counts).toEqual({ open: 3, imyOverdue: 1, customersToNotify: 1 });
    expect(parsed.rows.find((b) => b.id === processor.id)).toMatchObject({
      ourRole: 'processor',
      customersAffected: 2,
      customersNotified: 1,
    });

    const empty = await breachRegister();
    const emptyFile = (await ok(empty.core, 'register.current', {}))!.path;
    await ok(empty.core, 'register.close', {});
    expect((await cli('breaches', emptyFile)).out).toBe('Inga öppna incidenter.');
    expect((await cli('breaches', emptyFile, '--all')).out).toBe('Registret har inga incidenter.');
  });
});

describe('breach-notices command', () => {
  it('writes the notice to every affected customer into the folder', async () => {
    const { file, processor } = await registerFile();
    const folder = path.join(tempDir(), 'underrattelser', 'ny');
    const result = await cli('breach-notices', file, '--breach', String(processor.id), '--out-dir', folder);
    expect(result.code, result.err.join('\n')).toBe(0);
    const written = JSON.parse(result.out) as { folder: string; files: string[] };
    expect(written.folder).toBe(folder);
    expect(written.files).toHaveLength(2);
    for (const name of written.files) {
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(folder, name)));
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Stulen bärbar dator');
    }
  });

  it('fails with one line: exit 2 for wrong usage, 1 when the core refuses', async () => {
    const { file, running } = await registerFile();
    const dir = tempDir();
    const cases: [string[], number, RegExp][] = [
      [['breach-notices', file, '--out-dir', dir], 2, /ange incidentens nummer med --breach/],
      [['breach-notices', file, '--breach', 'tre', '--out-dir', dir], 2, /--breach ska vara ett nummer/],
      [['breach-notices', file, '--breach', '1'], 2, /ange mappen för underrättelserna med --out-dir/],
      [['breach-notices', file, '--breach', '999', '--out-dir', dir], 1, /NOT_FOUND/],
      [['breach-notices', file, '--breach', String(running.id), '--out-dir', dir], 1, /INVALID_INPUT/],
      [['breaches'], 2, /ange en registerfil/],
      [['breaches', path.join(dir, 'saknas.forteckna')], 1, /FILE_NOT_FOUND/],
    ];
    for (const [args, code, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.err, args.join(' ')).toHaveLength(1);
      expect(result.err[0], args.join(' ')).toMatch(message);
    }
  });

  it('is in the help text', async () => {
    const help = (await cli('help')).out;
    expect(help).toMatch(/breaches <fil\.forteckna> \[--all\] \[--json\]/);
    expect(help).toMatch(/breach-notices <fil\.forteckna> --breach <nr> --out-dir <mapp>/);
  });
});
