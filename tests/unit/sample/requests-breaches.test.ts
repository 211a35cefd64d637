// The sample register's requests and breaches (issue 16), as a user sees them on first open: the
// states and clocks the lists show, the links the records carry, and their history.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { FIXED_NOW, ok, tempDir, testCore } from '../helpers';

async function sample(now?: Date) {
  const { core, dir } = testCore(now ? { now } : {});
  await ok(core, 'register.openSample', { path: path.join(dir, 'exempel.forteckna') });
  return core;
}

describe('the sample register: requests and breaches', () => {
  // Built once (on the tests' fixed today, a Sunday): opening the sample writes its whole past.
  // testCore closes its core after each test; this one lives for the two tests that read it.
  let first: Core;
  beforeAll(async () => {
    const dir = tempDir();
    first = createCore({
      host: 'test',
      version: '0.0.0-test',
      dataFolder: dir,
      settings: memorySettings(),
      clock: { now: () => FIXED_NOW },
    });
    await ok(first, 'register.openSample', { path: path.join(dir, 'exempel.forteckna') });
  }, 120_000);
  afterAll(() => first.close());

  it('shows five requests: one overdue, one extended in time, one forwarded to a customer, one due this week, one answered', async () => {
    const core = first;
    const list = await ok(core, 'requests.list', { filter: 'all', limit: 50 });
    expect(list.total).toBe(5);
    expect(list.counts).toEqual({ open: 3, overdue: 1, dueSoon: 1 });
    const by = (name: string) => list.rows.find((r) => r.requesterName === name)!;

    expect(by('Gunilla Sandberg').clock).toMatchObject({ state: 'overdue', extendedDueOn: null });
    expect(by('Gunilla Sandberg').clock.daysLeft).toBeLessThan(0);

    const extended = await ok(core, 'requests.get', { id: by('Mikael Forsberg').id });
    expect(extended.clock).toMatchObject({ state: 'running', extensionLate: false });
    expect(extended.clock.dueOn).toBe(extended.clock.extendedDueOn);
    expect(extended.fields.extensionReason).not.toBe('');
    expect(extended.warnings).not.toContain('w.request.extensionLate');

    const forwarded = await ok(core, 'requests.get', { id: by('Lena Holmström').id });
    expect(forwarded).toMatchObject({ ourRole: 'processor', status: 'forwarded', customer: { name: 'Mälardalens Tandvård AB' } });
    expect(forwarded.clock.state).toBe('closed');
    expect(forwarded.fields.customerInstruction).toContain('Kliniken svarar patienten själv');

    expect(by('Henrik Lund').clock.state).toBe('due_soon');
    expect(by('Henrik Lund').clock.daysLeft).toBeGreaterThanOrEqual(0);

    const answered = await ok(core, 'requests.get', { id: by('Sofia Nyström').id });
    expect(answered).toMatchObject({ status: 'answered', outcome: 'granted' });
    expect(answered.clock).toMatchObject({ state: 'closed', answeredLate: false });
    expect(answered.activities.map((a) => a.name).sort()).toEqual(['Rekrytering', 'Supportärenden']);

    // Written through the service: a history of its own, and found by search.
    const history = await ok(core, 'history.list', { kind: 'dsrRequest', recordId: answered.id });
    expect(history.rows.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(history.rows.every((e) => e.displayName === 'Karin Ödman')).toBe(true);
    const found = (await ok(core, 'search.all', { query: 'gunilla' })).groups.find((g) => g.kind === 'dsrRequest');
    expect(found?.total).toBe(1);
  });

  it('shows two open breaches: the 72-hour clock running for our own, the care home told of its stolen laptop', async () => {
    const core = first;
    const list = await ok(core, 'breaches.list', {});
    expect(list.total).toBe(2);
    expect(list.counts).toEqual({ open: 2, imyOverdue: 0, customersToNotify: 0 });

    const own = list.rows.find((b) => b.ourRole === 'controller')!;
    expect(own).toMatchObject({ cause: 'phishing', risk: 'risk', closedOn: null });
    expect(own.imy.state).toBe('running');
    // Discovered twenty hours ago: some 52 hours left.
    expect(own.imy.minutesLeft).toBeGreaterThan(51 * 60);
    expect(own.imy.minutesLeft).toBeLessThanOrEqual(52 * 60);

    const laptop = await ok(core, 'breaches.get', { id: list.rows.find((b) => b.ourRole === 'processor')!.id });
    expect(laptop.imy.state).toBe('not_applicable');
    expect(laptop.equipment).toEqual([expect.objectContaining({ name: 'angs-pc07', customerName: 'Ängshagens Vårdboende AB' })]);
    expect(laptop.sites.map((s) => s.customerName)).toEqual(['Ängshagens Vårdboende AB']);
    expect(laptop.customers).toHaveLength(1);
    expect(laptop.customers[0]).toMatchObject({ name: 'Ängshagens Vårdboende AB', notifiedVia: 'phone' });
    expect(laptop.customers[0]!.via).toEqual(expect.arrayContaining(['site', 'equipment']));
    expect(laptop.customers[0]!.hoursToNotice).toBeLessThanOrEqual(2);
    expect(laptop.warnings).not.toContain('w.breach.customersNotNotified');
  });

  it('keeps those states whatever day the sample is built: at a month end after Easter', async () => {
    const core = await sample(new Date('2027-03-31T07:00:00.000Z'));
    const list = await ok(core, 'requests.list', { filter: 'all', limit: 50, on: '2027-03-31' });
    expect(list.counts).toEqual({ open: 3, overdue: 1, dueSoon: 1 });
    expect((await ok(core, 'breaches.list', {})).rows.find((b) => b.ourRole === 'controller')?.imy.state).toBe('running');
  }, 120_000);
});
