import { describe, expect, it } from 'vitest';
import { ok } from '../helpers';
import { breachRegister } from './fixture';

describe('customers affected by a breach', () => {
  it('a processor breach lists exactly the customers whose devices, sites or services were involved', async () => {
    const r = await breachRegister();
    // Backup subscribers on the day of discovery (20 November 2026)…
    const alfa = await r.customer('Alfa AB');
    await r.subscribeTo(alfa.id, '2025-01-01');
    const lastDay = await r.customer('Sista Dagen AB');
    await r.subscribeTo(lastDay.id, '2025-01-01', '2026-11-20');
    // …but not one whose subscription ended before it, nor one starting after it.
    const ended = await r.customer('Slutat AB');
    await r.subscribeTo(ended.id, '2024-01-01', '2026-11-19');
    const later = await r.customer('Senare AB');
    await r.subscribeTo(later.id, '2026-11-21');
    // A site (with a device at it, also linked), a device standing nowhere, and a named customer.
    const delta = await r.customer('Delta AB');
    const office = await r.site(delta.id, 'Kontoret Ängshagen');
    const laptop = await r.device(delta.id, office.id, { hostname: 'DELTA-LT01' });
    const epsilon = await r.customer('Epsilon AB');
    const loose = await r.device(epsilon.id, null, { serialNumber: 'SN-123' });
    const zeta = await r.customer('Zeta AB');
    await r.subscribeTo(zeta.id, '2025-06-01');
    // Not involved: a customer with a site and a device of its own that the breach does not name.
    const other = await r.customer('Övrig AB');
    const otherSite = await r.site(other.id, 'Lagret');
    await r.device(other.id, otherSite.id, { hostname: 'OVRIG-01' });
    await r.sign(alfa.id, 'en');

    const b = await r.create({
      ourRole: 'processor',
      customerIds: [zeta.id],
      serviceIds: [r.backup.id],
      siteIds: [office.id],
      equipmentIds: [laptop.id, loose.id],
    });
    expect(b.customers.map((c) => [c.name, c.via])).toEqual([
      ['Alfa AB', ['service']],
      ['Delta AB', ['site', 'equipment']],
      ['Epsilon AB', ['equipment']],
      ['Sista Dagen AB', ['service']],
      ['Zeta AB', ['named', 'service']],
    ]);
    expect(b.customersAffected).toBe(5);
    expect(b.customersNotified).toBe(0);
    // Each in its signed agreement's language, Swedish without one.
    const alfaRow = b.customers.find((c) => c.customerId === alfa.id)!;
    expect(alfaRow.lang).toBe('en');
    expect(alfaRow.agreement).toMatchObject({ id: expect.any(Number), reference: expect.any(String) });
    expect(b.customers.find((c) => c.customerId === delta.id)).toMatchObject({ lang: 'sv', agreement: null, notifiedAt: null });
    // The refs carry where each site and device belongs.
    expect(b.sites).toEqual([{ id: office.id, name: 'Kontoret Ängshagen', customerId: delta.id, customerName: 'Delta AB' }]);
    expect(b.equipment).toEqual([
      { id: laptop.id, name: 'DELTA-LT01', customerId: delta.id, customerName: 'Delta AB', siteName: 'Kontoret Ängshagen' },
      { id: loose.id, name: 'SN-123', customerId: epsilon.id, customerName: 'Epsilon AB', siteName: null },
    ]);
    // The list can be filtered to one customer, named or linked.
    for (const [customer, expected] of [
      [delta, [b.id]],
      [alfa, [b.id]],
      [ended, []],
      [other, []],
    ] as const) {
      const list = await ok(r.core, 'breaches.list', { filter: 'all', customerId: customer.id });
      expect(
        list.rows.map((x) => x.id),
        customer.name,
      ).toEqual(expected);
    }
  });

  it('reads subscriptions on the Swedish date of discovery, and lists customers for a controller breach too', async () => {
    const r = await breachRegister();
    const starts = await r.customer('Ny Kund AB');
    await r.subscribeTo(starts.id, '2026-11-21');
    // 23:30 UTC on the 20th is already 00:30 on the 21st in Stockholm.
    const late = await r.create({ discoveredAt: '2026-11-20T23:30:00.000Z', serviceIds: [r.backup.id] });
    expect(late.customers.map((c) => [c.name, c.via])).toEqual([['Ny Kund AB', ['service']]]);
    const early = await r.create({ discoveredAt: '2026-11-20T22:30:00.000Z', serviceIds: [r.backup.id] });
    expect(early.customers).toEqual([]);
  });
});
