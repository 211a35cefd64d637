import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { coreWithRegister, ok } from '../helpers';
import { addDevice, customerInput, ruleInput } from './fixtures';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

/** A register whose one device fell due long ago (the CLI runs on the real clock). */
async function registerWithDueDevice(): Promise<string> {
  const { core, info } = await coreWithRegister();
  await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'CMDB', appliesTo: ['equipment'] }));
  const customer = await ok(core, 'customers.create', customerInput('Gamla Tryckeriet AB', { status: 'ended', contractEnd: '2020-03-31' }));
  await addDevice(core, customer.id, null, { hostname: 'tryck-srv01' });
  await ok(core, 'customers.create', customerInput('Nya Kunden AB'));
  await ok(core, 'register.close', {});
  return info.path;
}

describe('purge from the command line', () => {
  it('purge-list --json gives the items with rule, customer, kind, id, due date and reason', async () => {
    const file = await registerWithDueDevice();
    const result = await cli('purge-list', file, '--json');
    expect(result.code).toBe(0);
    const items = JSON.parse(result.out) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      rule: 'CMDB',
      customer: 'Gamla Tryckeriet AB',
      recordKind: 'equipment',
      dueOn: '2021-03-31',
      reason: 'Avtalet upphörde 2020-03-31; regeln CMDB: rensas ett år efter avslutat avtal',
    });
    expect(typeof items[0]!.recordId).toBe('number');

    const earlier = await cli('purge-list', file, '--on', '2021-03-30', '--json');
    expect(JSON.parse(earlier.out)).toEqual([]);
    const text = await cli('purge-list', file);
    expect(text.out).toContain('Att gallra');
    expect(text.out).toContain('tryck-srv01');
  });

  it('purge refuses without --yes, then deletes and says what it did', async () => {
    const file = await registerWithDueDevice();
    const refused = await cli('purge', file, '--on', '2024-01-01');
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([expect.stringMatching(/--yes/)]);
    expect(JSON.parse((await cli('purge-list', file, '--json')).out)).toHaveLength(1);

    const done = await cli('purge', file, '--on', '2024-01-01', '--yes');
    expect(done.code).toBe(0);
    expect(done.out).toContain('Raderat: 1 enhet.');
    expect(done.out).toContain('Gallringsloggen: 1 ny rad.');
    expect(JSON.parse((await cli('purge-list', file, '--json')).out)).toEqual([]);
    expect((await cli('purge', file, '--on', '2024-01-01', '--yes')).out).toBe('Inget att gallra 2024-01-01.');
  });

  it('gives one clear line for a wrong date or a day after today', async () => {
    const file = await registerWithDueDevice();
    const badDate = await cli('purge', file, '--on', '1 juni', '--yes');
    expect([badDate.code, badDate.err.length]).toEqual([2, 1]);
    const future = await cli('purge', file, '--on', '2199-01-01', '--yes');
    expect(future.code).toBe(1);
    expect(future.err).toEqual([expect.stringMatching(/INVALID_INPUT: on: A purge can only be carried out for today or an earlier date/)]);
  });
});
