// Sites and devices in the reference register (3 sites and 40 devices per customer, quality.md)
// and in the sample register (a few customers, the ended ones included).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReferenceRegister } from '../../../electron/core/sample/reference-register';
import { openSession } from '../../../electron/core/session';
import { sitesService } from '../../../electron/core/sites/sites.service';
import { coreWithRegister, ok, tempDir } from '../helpers';

function build(seed: number, customers: number) {
  const session = openSession(path.join(tempDir(), 'ref.forteckna'), { now: () => new Date('2026-01-15T09:00:00Z') }, { create: true });
  session.organisation.initialise('Referens AB');
  const summary = writeReferenceRegister(session, { seed, customers, chunkSize: 500 });
  const sites = session.use(sitesService);
  const all = sites.list({ query: '', sort: 'placement', direction: 'asc', offset: 0, limit: 1000 }).items;
  const devices = all.map((d) => sites.get(d.id));
  const counts = session.counts();
  session.close();
  return { summary, counts, devices };
}

describe('reference register: sites and equipment', () => {
  it('has 3 sites and 40 devices per customer, some removed, some in storage, some moved, all findable', () => {
    const { summary, counts, devices } = build(1, 12);
    expect(summary.counts).toMatchObject({ sites: 36, equipment: 480 });
    expect(counts).toMatchObject({ sites: 36, equipment: 480 });
    const byStatus = (s: string) => devices.filter((d) => d.status === s).length;
    expect(byStatus('removed')).toBeGreaterThan(0);
    expect(byStatus('in_storage')).toBeGreaterThan(0);
    expect(byStatus('in_use')).toBeGreaterThan(devices.length / 2);
    expect(devices.filter((d) => d.moves.length > 1).length).toBeGreaterThan(0);
    expect(devices.every((d) => d.status !== 'removed' || (d.removedOn !== null && d.removedOn >= d.installedOn!))).toBe(true);
    expect(devices.every((d) => d.siteId !== null && d.moves.at(-1)!.toSiteId === d.siteId)).toBe(true);
    expect(new Set(devices.map((d) => d.serialNumber)).size).toBe(devices.length);
    expect(devices.filter((d) => d.type === 'pc')).toHaveLength(12 * 20);
    expect(devices.some((d) => d.services.length > 0)).toBe(true);
    expect(devices.some((d) => /[åäö]/i.test(d.customerName))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const a = build(3, 6);
    const b = build(3, 6);
    const c = build(4, 6);
    expect(a.devices).toEqual(b.devices);
    expect(a.devices.map((d) => d.serialNumber)).not.toEqual(c.devices.map((d) => d.serialNumber));
  });
});

describe('sample register: sites and equipment', () => {
  it('has sites and devices for several customers, the ended ones included, with a move and a removed device', async () => {
    const { core } = await coreWithRegister();
    await ok(core, 'register.openSample', {});
    const customers = (await ok(core, 'customers.list', { status: 'ended' })).items;
    expect(customers.map((c) => c.name)).toEqual(['Gamla Tryckeriet i Västerås AB', 'Hökåsens Kontorshotell AB']);
    for (const c of customers) {
      expect((await ok(core, 'sites.list', { customerId: c.id })).length).toBeGreaterThan(0);
      expect((await ok(core, 'equipment.list', { customerId: c.id })).total).toBeGreaterThan(1);
    }
    const all = await ok(core, 'equipment.list', { limit: 100 });
    expect(all.total).toBeGreaterThanOrEqual(20);
    expect(new Set(all.items.map((d) => d.customerId)).size).toBeGreaterThanOrEqual(6);
    expect(all.items.some((d) => d.status === 'removed')).toBe(true);
    const pc = (await ok(core, 'equipment.list', { query: 'mtv-rec02' })).items[0]!;
    expect((await ok(core, 'equipment.get', { id: pc.id })).moves.map((m) => m.toSiteName)).toEqual([
      'Filialen Bäckby',
      'Kliniken Sigurdsgatan',
    ]);
  });
});
