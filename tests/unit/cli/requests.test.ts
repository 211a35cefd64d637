import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { emptyDsrRequest, type DsrRequestFields, type DsrRequestSummary } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, FIXED_NOW, ok } from '../helpers';

// The command line runs on the system clock: the tests' day is FIXED_NOW, Sunday 22 November 2026.
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

const request = (extra: Partial<DsrRequestFields>): DsrRequestFields => ({
  ...emptyDsrRequest,
  receivedOn: '2026-11-02',
  requesterName: 'Åsa Östlund',
  identity: 'not_needed',
  ...extra,
});

/** A register with an overdue, a due-soon, an extended, a forwarded and an answered request, closed unless `keepOpen`. */
async function registerFile(options: { empty?: boolean; keepOpen?: boolean } = {}) {
  const { core, info } = await coreWithRegister();
  const ids: Record<string, number> = {};
  if (!options.empty) {
    const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Kund AB' });
    const add = async (key: string, f: Partial<DsrRequestFields>) => (ids[key] = (await ok(core, 'requests.create', request(f))).id);
    await add('overdue', { receivedOn: '2026-10-01', requesterName: 'Bo Ek' });
    await add('soon', { right: 'erasure', receivedOn: '2026-10-26', requesterName: 'Cecilia Åberg' });
    await add('extended', {
      receivedOn: '2026-09-01',
      requesterName: 'Eva Lund',
      extensionReason: 'Omfattande',
      extensionNotifiedOn: '2026-09-10',
    });
    await add('theirs', { ourRole: 'processor', customerId: customer.id, receivedOn: '2026-11-16', requesterName: 'Hans Ahl' });
    await add('forwarded', {
      ourRole: 'processor',
      customerId: customer.id,
      receivedOn: '2026-11-10',
      requesterName: 'Gun Ås',
      status: 'forwarded',
      forwardedOn: '2026-11-11',
    });
    await add('answered', {
      receivedOn: '2026-09-15',
      requesterName: 'Fredrik Berg',
      status: 'answered',
      outcome: 'no_data',
      answeredOn: '2026-10-20',
    });
  }
  if (!options.keepOpen) await ok(core, 'register.close', {});
  return { file: info.path!, ids };
}

describe('requests command', () => {
  it('lists the open requests soonest deadline first, with days left or over, in Swedish', async () => {
    const { file, ids } = await registerFile();
    const result = await cli('requests', file);
    expect(result.code, result.err.join('\n')).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Begäranden 2026-11-22: öppna 4 · försenade 1 · sista dag inom en vecka 1');
    expect(lines[2]).toMatch(/^Nr +Rättighet +Inkom +Sista dag +Läge +Sökande +Kund$/);
    const rows = lines.slice(3).map((l) => l.split(/ {2,}/));
    expect(rows).toEqual([
      [String(ids.overdue), 'Tillgång', '2026-10-01', '2026-11-02', 'försenad 20 dagar', 'Bo Ek', '–'],
      [String(ids.soon), 'Radering', '2026-10-26', '2026-11-26', '4 dagar kvar', 'Cecilia Åberg', '–'],
      [String(ids.extended), 'Tillgång', '2026-09-01', '2026-12-01', '9 dagar kvar · förlängd', 'Eva Lund', '–'],
      [String(ids.theirs), 'Tillgång', '2026-11-16', '2026-12-16', '24 dagar kvar', 'Hans Ahl', 'Kund AB'],
    ]);
    // The columns line up: every row's deadline starts where the header's does.
    const at = lines[2]!.indexOf('Sista dag');
    for (const l of lines.slice(3)) expect(l.slice(at, at + 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists closed ones too with --all, and reads the clocks on another day with --on', async () => {
    const { file, ids } = await registerFile();
    const all = await cli('requests', file, '--all');
    expect(all.code, all.err.join('\n')).toBe(0);
    const closed = all.out.split('\n').slice(-2);
    expect(closed[0]).toMatch(
      new RegExp(`^${ids.forwarded} +Tillgång +2026-11-10 +2026-12-10 +vidarebefordrad 2026-11-11 +Gun Ås +Kund AB$`),
    );
    expect(closed[1]).toMatch(
      new RegExp(`^${ids.answered} +Tillgång +2026-09-15 +2026-10-15 +besvarad 2026-10-20 · efter fristen +Fredrik Berg +–$`),
    );

    const later = await cli('requests', file, '--on', '2026-11-26');
    expect(later.out.split('\n')[0]).toBe('Begäranden 2026-11-26: öppna 4 · försenade 1 · sista dag inom en vecka 2');
    expect(later.out).toMatch(/2026-11-26 {2}sista dagen i dag +Cecilia Åberg/);
    expect(later.out).toMatch(/2026-12-01 {2}5 dagar kvar · förlängd +Eva Lund/);
  });

  it('gives the day, the counts and the rows as JSON with --json', async () => {
    const { file, ids } = await registerFile();
    const result = await cli('requests', file, '--json');
    expect(result.code, result.err.join('\n')).toBe(0);
    const parsed = JSON.parse(result.out) as { on: string; counts: unknown; rows: DsrRequestSummary[] };
    expect(parsed.on).toBe('2026-11-22');
    expect(parsed.counts).toEqual({ open: 4, overdue: 1, dueSoon: 1 });
    expect(parsed.rows.map((r) => [r.id, r.clock.dueOn, r.clock.state, r.clock.daysLeft])).toEqual([
      [ids.overdue, '2026-11-02', 'overdue', -20],
      [ids.soon, '2026-11-26', 'due_soon', 4],
      [ids.extended, '2026-12-01', 'running', 9],
      [ids.theirs, '2026-12-16', 'running', 24],
    ]);
    const all = JSON.parse((await cli('requests', file, '--json', '--all')).out) as { rows: DsrRequestSummary[] };
    expect(all.rows).toHaveLength(6);
  });

  it('says so when there is nothing, and reads a register the app has open', async () => {
    const empty = await registerFile({ empty: true });
    expect((await cli('requests', empty.file)).out).toBe('Inga öppna begäranden.');
    expect((await cli('requests', empty.file, '--all')).out).toBe('Registret har inga begäranden.');
    expect(JSON.parse((await cli('requests', empty.file, '--json')).out)).toEqual({
      on: '2026-11-22',
      counts: { open: 0, overdue: 0, dueSoon: 0 },
      rows: [],
    });

    const open = await registerFile({ keepOpen: true });
    const result = await cli('requests', open.file);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.err.join('\n')).toMatch(/läser det skrivskyddat/);
    expect(result.out).toContain('Cecilia Åberg');
  });

  it('fails with one line on wrong usage, and is in the help text', async () => {
    const { file } = await registerFile({ empty: true });
    for (const [args, message] of [
      [['requests'], /ange en registerfil/],
      [['requests', file, '--on', '22/11'], /--on ska vara ett datum som ÅÅÅÅ-MM-DD/],
      [['requests', file, '--sort'], /--sort/],
    ] as const) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toEqual([expect.stringMatching(message)]);
    }
    expect((await cli('help')).out).toMatch(/requests <fil\.forteckna> \[--all\] \[--on ÅÅÅÅ-MM-DD\] \[--json\]/);
  });
});
