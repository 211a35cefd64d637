// The sample register "Exempel IT AB" shows a believable MSP: every customer subscribes to
// something, transfers come from the US sub-processors, some customers have their own additions
// and exceptions, and the completeness check has a few things to point at.
import { describe, expect, it } from 'vitest';
import { ok, testCore } from '../helpers';

async function sample() {
  const { core } = testCore(); // today: 2026-11-22
  await ok(core, 'register.openSample', {});
  return core;
}

describe('sample register: services and the processor register', () => {
  it('subscribes every current customer to 1–3 services, with ended subscriptions for those who left', async () => {
    const core = await sample();
    const customers = (await ok(core, 'customers.list', { limit: 100 })).items;
    const subscriptions = await ok(core, 'subscriptions.list', {});
    for (const c of customers) {
      const mine = subscriptions.filter((s) => s.customerId === c.id);
      expect(mine.length, c.name).toBeGreaterThanOrEqual(1);
      if (c.status === 'ended')
        expect(
          mine.every((s) => !s.active && s.endDate === c.contractEnd),
          c.name,
        ).toBe(true);
      else expect(mine.filter((s) => s.active).length, c.name).toBeGreaterThanOrEqual(1);
      expect(mine.filter((s) => s.active).length).toBeLessThanOrEqual(3);
    }
    expect(subscriptions.some((s) => s.endDate !== null && customers.find((c) => c.id === s.customerId)?.status === 'active')).toBe(true);

    const { entries } = await ok(core, 'processorRegister.list', {});
    const active = new Set(entries.map((e) => e.customerId));
    expect(active.size).toBe(customers.filter((c) => c.status === 'active').length);
    expect(entries.every((e) => e.subjectMatter !== '' && e.securityMeasures.length > 0)).toBe(true);
  });

  it('has sub-processors in Sweden, the EU and the US, and transfers only for the US ones', async () => {
    const core = await sample();
    const subprocessors = await ok(core, 'subprocessors.list', {});
    const countries = new Set(subprocessors.map((s) => s.country));
    for (const country of ['SE', 'DE', 'IE', 'US']) expect(countries.has(country), country).toBe(true);
    expect(subprocessors.filter((s) => s.status === 'active').every((s) => s.warnings.length === 0)).toBe(true);

    const { entries } = await ok(core, 'processorRegister.list', {});
    const transfers = entries.flatMap((e) => e.transfers);
    expect(transfers.length).toBeGreaterThan(0);
    expect(new Set(transfers.map((t) => t.country))).toEqual(new Set(['US']));
    expect(new Set(transfers.map((t) => t.mechanism))).toEqual(new Set(['adequacy_us_dpf']));
  });

  it("applies the customers' own additions and exceptions", async () => {
    const core = await sample();
    const customers = (await ok(core, 'customers.list', { limit: 100 })).items;
    const id = (prefix: string) => customers.find((c) => c.name.startsWith(prefix))!.id;
    const lawFirm = (await ok(core, 'processorRegister.list', { customerId: id('Enköpings Advokatbyrå') })).entries;
    // The law firm refused the US remote-management platform and Microsoft's US support.
    expect(lawFirm.flatMap((e) => e.transfers)).toEqual([]);
    expect(lawFirm.map((e) => e.serviceName)).toEqual(['Backup', 'Drift och övervakning', 'Microsoft 365-administration']);
    const dental = (await ok(core, 'processorRegister.list', { customerId: id('Mälardalens Tandvård') })).entries;
    const backup = dental.find((e) => e.serviceName === 'Backup')!;
    expect(backup.personalDataCategories.map((t) => t.labelEn)).toContain('Special category data (Art. 9)');
  });

  it('leaves a few things for the completeness check to show', async () => {
    const core = await sample();
    const activities = await ok(core, 'activities.list', {});
    const incomplete = activities.items.filter((a) => a.completeness.score < 100);
    expect(incomplete.map((a) => a.status)).toEqual(['draft', 'draft']);
    expect(activities.items.filter((a) => a.completeness.score === 100).length).toBeGreaterThanOrEqual(9);
    const services = await ok(core, 'services.list', {});
    expect(services.map((s) => s.name)).toEqual(['Backup', 'Drift och övervakning', 'Helpdesk', 'Hosting', 'Microsoft 365-administration']);
    expect(services.find((s) => s.name === 'Hosting')!.completeness.missing.map((m) => m.field)).toEqual(['retentionRuleId']);
    const summary = await ok(core, 'completeness.summary', {});
    expect(summary.score).toBeGreaterThan(80);
    expect(summary.score).toBeLessThan(100);
    // One figure: Behandlingar shows what Översikt shows (activities and services, whole percent).
    expect(Number.isInteger(summary.score)).toBe(true);
    expect(activities.registerScore).toBe(summary.score);
  });

  it('shows which sub-processor touches which customer', async () => {
    const core = await sample();
    const matrix = await ok(core, 'subprocessors.matrix', {});
    const rmm = matrix.subprocessors.find((s) => s.name === 'RemoteWatch Inc.')!;
    const touched = matrix.cells.filter((c) => c.subprocessorId === rmm.id);
    expect(touched.length).toBeGreaterThan(5);
    expect(new Set(touched.flatMap((c) => c.services))).toEqual(new Set(['Drift och övervakning', 'Helpdesk']));
    // Nordlys is on Backup's list, but its change notice is not in effect yet: not in the matrix.
    expect(matrix.subprocessors.some((s) => s.name === 'Nordlys Datasenter AS')).toBe(false);
  });
});
