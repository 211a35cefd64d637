import { describe, expect, it } from 'vitest';
import { emptyEquipment, emptySite } from '../../../shared/contract';
import { blankCustomer, call, ok } from '../helpers';
import { cmdb, equipmentFieldsOf, serials } from './fixture';

const issues = (result: { ok: boolean; error?: { code: string; issues?: { path: (string | number)[]; message: string }[] } }) =>
  result.ok ? 'ok' : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('sites', () => {
  it('lists a customer’s sites in Swedish order with how many devices stand at each', async () => {
    const r = await cmdb();
    const c = await r.customer('Köpings Bygg AB');
    const other = await r.customer('Arboga Verkstad AB');
    const office = await r.site(c.id, {
      name: 'Kontoret',
      street: 'Glasgatan 4',
      postalCode: '731 30',
      city: 'Köping',
      contactEmail: 'lars@kopingsbygg.se',
    });
    await r.site(c.id, { name: 'Ödegården' });
    await r.site(c.id, { name: 'Ängen' });
    await r.site(other.id, { name: 'Verkstaden' });
    await r.device(c.id, office.id, { serialNumber: 'A1' });
    await r.device(c.id, office.id, { serialNumber: 'A2', status: 'removed', removedOn: '2026-01-01' });

    const sites = await ok(r.core, 'sites.list', { customerId: c.id });
    expect(sites.map((s) => s.name)).toEqual(['Kontoret', 'Ängen', 'Ödegården']);
    expect(sites[0]).toMatchObject({ city: 'Köping', contactEmail: 'lars@kopingsbygg.se', equipmentCount: 2, activeEquipmentCount: 1 });
    expect(sites[1]).toMatchObject({ equipmentCount: 0, activeEquipmentCount: 0 });
    const missing = await call(r.core, 'sites.list', { customerId: 999 });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });

  it('checks the fields as the form does', async () => {
    const r = await cmdb();
    const c = await r.customer('Sala Turism AB');
    const bad = await call(r.core, 'sites.create', {
      customerId: c.id,
      fields: { ...emptySite, name: '  ', contactPhone: 'ring mig', contactEmail: 'inte-en-adress', closedOn: '2026-13-01' },
    });
    expect(issues(bad)).toEqual([
      'fields.name: v.required',
      'fields.contactPhone: v.phone',
      'fields.contactEmail: v.email',
      'fields.closedOn: v.date',
    ]);
    const noCustomer = await call(r.core, 'sites.create', { customerId: 999, fields: { ...emptySite, name: 'Kontoret' } });
    expect(issues(noCustomer)).toEqual(['customerId: v.unknownReference']);
  });

  it('answers a stale save with CONFLICT and the site as it is now', async () => {
    const r = await cmdb();
    const c = await r.customer('Fagersta Fastigheter AB');
    const s = await r.site(c.id, { name: 'Kontoret' });
    const saved = await ok(r.core, 'sites.update', { id: s.id, revision: s.revision, fields: { ...emptySite, name: 'Huvudkontoret' } });
    expect(saved.revision).toBe(s.revision + 1);
    const stale = await call(r.core, 'sites.update', { id: s.id, revision: s.revision, fields: { ...emptySite, name: 'Annat' } });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    expect(stale.ok ? null : (stale.error.details as { current: { name: string } }).current.name).toBe('Huvudkontoret');
  });

  it('refuses to delete a site while devices stand there, saying what to do, and deletes it once they are gone', async () => {
    const r = await cmdb();
    const c = await r.customer('Hallstahammars Bilservice AB');
    const s = await r.site(c.id, { name: 'Verkstaden' });
    const d1 = await r.device(c.id, s.id, { serialNumber: 'X1' });
    const d2 = await r.device(c.id, s.id, { serialNumber: 'X2', status: 'removed', removedOn: '2026-02-01' });

    const refused = await call(r.core, 'sites.delete', { id: s.id, revision: s.revision });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('IN_USE');
    expect(refused.error.details).toMatchObject({ messageKey: 'e.inUse.site', params: { count: 2 } });
    expect(refused.error.message).toMatch(/Devices at the site: 2\. Move or delete them first/);
    expect(await ok(r.core, 'sites.list', { customerId: c.id })).toHaveLength(1);

    await ok(r.core, 'equipment.delete', { id: d1.id, revision: d1.revision });
    await ok(r.core, 'equipment.delete', { id: d2.id, revision: d2.revision });
    expect(await ok(r.core, 'sites.delete', { id: s.id, revision: s.revision })).toEqual({ id: s.id });
    expect(await ok(r.core, 'sites.list', { customerId: c.id })).toEqual([]);
  });
});

describe('equipment', () => {
  it('stores every field the issue lists and reads it back', async () => {
    const r = await cmdb();
    const c = await r.customer('Mälardalens Tandvård AB');
    const s = await r.site(c.id, { name: 'Kliniken' });
    const d = await r.device(c.id, s.id, {
      type: 'camera',
      make: ' Axis ',
      model: 'M3106-L Mk II',
      serialNumber: 'ACCC8E9F21D4',
      hostname: 'mtv-cam01',
      networkNotes: '192.168.30.11, VLAN 30',
      personalData: 'Bilder av besökare vid entrén, sparas 7 dagar.',
      encrypted: 'no',
      installedOn: '2023-02-01',
      notes: 'Skylt vid dörren.',
    });
    expect(d).toMatchObject({
      customerId: c.id,
      customerName: 'Mälardalens Tandvård AB',
      siteId: s.id,
      siteName: 'Kliniken',
      name: 'mtv-cam01',
      type: 'camera',
      make: 'Axis',
      encrypted: 'no',
      installedOn: '2023-02-01',
      removedOn: null,
      status: 'in_use',
      services: [],
      revision: 1,
    });
    expect(await ok(r.core, 'equipment.get', { id: d.id })).toEqual(d);
    // Without a hostname the short name is make and model, then the serial number.
    expect((await r.device(c.id, null, { make: 'HP', model: 'LaserJet Pro' })).name).toBe('HP LaserJet Pro');
    expect((await r.device(c.id, null, { serialNumber: 'SN-1' })).name).toBe('SN-1');
  });

  it('checks dates and status: removed needs a removal day, not before installation', async () => {
    const r = await cmdb();
    const c = await r.customer('Irsta Måleri AB');
    const create = (fields: Record<string, unknown>) =>
      call(r.core, 'equipment.create', { customerId: c.id, siteId: null, fields: { ...emptyEquipment, ...fields } });
    expect(issues(await create({ installedOn: '2025-05-01', removedOn: '2025-04-30', status: 'removed' }))).toEqual([
      'fields.removedOn: v.equipment.removedBeforeInstalled',
    ]);
    expect(issues(await create({ status: 'removed' }))).toEqual(['fields.removedOn: v.equipment.removedOnRequired']);
    expect(issues(await create({ installedOn: '1 maj', type: 'toaster' }))).toEqual([
      'fields.type: v.invalid',
      'fields.installedOn: v.date',
    ]);
    expect(issues(await create({ installedOn: '2025-05-01', removedOn: '2025-05-01', status: 'removed' }))).toBe('ok');
  });

  it('links only services the customer subscribes to', async () => {
    const r = await cmdb();
    const c = await r.customer('Eskilstuna Logistik AB');
    const backup = await r.service('Backup');
    const drift = await r.service('Drift och övervakning');
    const hosting = await r.service('Hosting');
    await r.subscribe(c.id, backup.id);
    // An ended subscription still counts: the device served it while it ran.
    await r.subscribe(c.id, drift.id, '2020-01-01', '2024-12-31');

    const refused = await call(r.core, 'equipment.create', {
      customerId: c.id,
      siteId: null,
      fields: { ...emptyEquipment, serviceIds: [backup.id, hosting.id] },
    });
    expect(refused.ok ? 'ok' : refused.error.issues).toEqual([
      { path: ['fields', 'serviceIds'], message: 'v.equipment.serviceNotSubscribed', params: { id: hosting.id } },
    ]);

    const d = await r.device(c.id, null, { serviceIds: [drift.id, backup.id, backup.id] });
    expect(d.services).toEqual([
      { id: backup.id, name: 'Backup' },
      { id: drift.id, name: 'Drift och övervakning' },
    ]);
    expect(d.serviceIds).toEqual([backup.id, drift.id]);

    const other = await r.customer('Annan Kund AB');
    const notTheirs = await call(r.core, 'equipment.create', {
      customerId: other.id,
      siteId: null,
      fields: { ...emptyEquipment, serviceIds: [backup.id] },
    });
    expect(notTheirs.ok ? 'ok' : notTheirs.error.issues?.[0]?.message).toBe('v.equipment.serviceNotSubscribed');
  });

  it('lets a service go once nobody subscribes: its devices then serve nothing there', async () => {
    const r = await cmdb();
    const c = await r.customer('Köping Bygg AB');
    const backup = await r.service('Backup');
    const sub = await r.subscribe(c.id, backup.id);
    const d = await r.device(c.id, null, { serviceIds: [backup.id] });
    await ok(r.core, 'subscriptions.delete', { id: sub.id, revision: sub.revision });
    const current = await ok(r.core, 'services.get', { id: backup.id });
    await ok(r.core, 'services.delete', { id: backup.id, revision: current.revision });
    expect((await ok(r.core, 'equipment.get', { id: d.id })).services).toEqual([]);
  });

  it('places a device only at its own customer’s sites', async () => {
    const r = await cmdb();
    const a = await r.customer('Alfa AB');
    const b = await r.customer('Beta AB');
    const bSite = await r.site(b.id, { name: 'Betas lager' });
    const wrong = await call(r.core, 'equipment.create', { customerId: a.id, siteId: bSite.id, fields: emptyEquipment });
    expect(issues(wrong)).toEqual(['siteId: v.equipment.siteOfOtherCustomer']);
    const gone = await call(r.core, 'equipment.create', { customerId: a.id, siteId: 999, fields: emptyEquipment });
    expect(issues(gone)).toEqual(['siteId: v.unknownReference']);
  });

  it('answers a stale save or delete with CONFLICT and the device as it is now', async () => {
    const r = await cmdb();
    const c = await r.customer('Kolbäcks Veterinärklinik AB');
    const d = await r.device(c.id, null, { make: 'Dell', model: 'OptiPlex 7010' });
    const fields = equipmentFieldsOf(d);
    const saved = await ok(r.core, 'equipment.update', { id: d.id, revision: d.revision, fields: { ...fields, hostname: 'kolb-pc01' } });
    expect(saved).toMatchObject({ revision: 2, hostname: 'kolb-pc01', name: 'kolb-pc01' });
    const stale = await call(r.core, 'equipment.update', { id: d.id, revision: d.revision, fields: { ...fields, hostname: 'annat' } });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    expect(stale.ok ? null : (stale.error.details as { current: { hostname: string } }).current.hostname).toBe('kolb-pc01');
    const staleDelete = await call(r.core, 'equipment.delete', { id: d.id, revision: 1 });
    expect(staleDelete.ok ? 'ok' : staleDelete.error.code).toBe('CONFLICT');
    expect((await ok(r.core, 'equipment.get', { id: d.id })).hostname).toBe('kolb-pc01');
  });
});

describe('moving equipment', () => {
  it('keeps the history: the first placement, each move with its day and note, under the names of the time', async () => {
    const r = await cmdb();
    const c = await r.customer('Mälardalens Tandvård AB');
    const clinic = await r.site(c.id, { name: 'Kliniken Sigurdsgatan' });
    const branch = await r.site(c.id, { name: 'Filialen Bäckby' });
    const pc = await r.device(c.id, branch.id, { type: 'pc', hostname: 'mtv-rec02', installedOn: '2023-09-04' });
    expect(pc.moves).toMatchObject([
      { fromSiteId: null, fromSiteName: '', toSiteId: branch.id, toSiteName: 'Filialen Bäckby', movedOn: '2023-09-04', note: '' },
    ]);

    const moved = await ok(r.core, 'equipment.move', {
      id: pc.id,
      revision: pc.revision,
      toSiteId: clinic.id,
      movedOn: '2025-02-10',
      note: 'Filialens reception stängde.',
    });
    expect(moved).toMatchObject({ siteId: clinic.id, siteName: 'Kliniken Sigurdsgatan', revision: pc.revision + 1 });
    expect(moved.moves.map((m) => [m.fromSiteName, m.toSiteName, m.movedOn, m.note])).toEqual([
      ['', 'Filialen Bäckby', '2023-09-04', ''],
      ['Filialen Bäckby', 'Kliniken Sigurdsgatan', '2025-02-10', 'Filialens reception stängde.'],
    ]);

    // The branch is closed down and deleted: the history still says where the computer was.
    const b = (await ok(r.core, 'sites.list', { customerId: c.id })).find((s) => s.id === branch.id)!;
    expect(b.equipmentCount).toBe(0);
    await ok(r.core, 'sites.delete', { id: b.id, revision: b.revision });
    const after = await ok(r.core, 'equipment.get', { id: pc.id });
    expect(after.moves[1]).toMatchObject({ fromSiteId: null, fromSiteName: 'Filialen Bäckby', toSiteId: clinic.id });

    // Back to the firm's own store: no site.
    const stored = await ok(r.core, 'equipment.move', {
      id: pc.id,
      revision: after.revision,
      toSiteId: null,
      movedOn: '2025-06-01',
      note: '',
    });
    expect(stored).toMatchObject({ siteId: null, siteName: '' });
    expect(stored.moves.at(-1)).toMatchObject({ fromSiteName: 'Kliniken Sigurdsgatan', toSiteId: null, toSiteName: '' });
  });

  it('refuses a move to where it stands, to another customer’s site, dated before the last move, or from a stale revision', async () => {
    const r = await cmdb();
    const c = await r.customer('Uppsala Konsultgrupp AB');
    const other = await r.customer('Annan Kund AB');
    const a = await r.site(c.id, { name: 'Kontoret' });
    const b = await r.site(c.id, { name: 'Lagret' });
    const foreign = await r.site(other.id, { name: 'Deras kontor' });
    const d = await r.device(c.id, a.id, { installedOn: '2024-04-01' });
    const move = (toSiteId: number | null, movedOn: string, revision = d.revision) =>
      call(r.core, 'equipment.move', { id: d.id, revision, toSiteId, movedOn, note: '' });

    expect(issues(await move(a.id, '2025-01-01'))).toEqual(['toSiteId: v.equipment.sameSite']);
    expect(issues(await move(foreign.id, '2025-01-01'))).toEqual(['toSiteId: v.equipment.siteOfOtherCustomer']);
    const early = await move(b.id, '2024-03-31');
    expect(early.ok ? 'ok' : early.error.issues).toEqual([
      { path: ['movedOn'], message: 'v.equipment.moveBeforeLast', params: { date: '2024-04-01' } },
    ]);
    expect(issues(await move(b.id, '2025-13-01'))).toEqual(['movedOn: v.date']);
    expect((await move(b.id, '2024-04-01')).ok).toBe(true);
    const stale = await move(a.id, '2025-01-01');
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    expect((await ok(r.core, 'equipment.get', { id: d.id })).moves).toHaveLength(2);
  });

  it('keeps the site out of the form: an update never moves the device', async () => {
    const r = await cmdb();
    const c = await r.customer('Sala AB');
    const s = await r.site(c.id, { name: 'Gruvan' });
    const d = await r.device(c.id, s.id, { hostname: 'sala-srv01' });
    const saved = await ok(r.core, 'equipment.update', {
      id: d.id,
      revision: d.revision,
      fields: { ...equipmentFieldsOf(d), siteId: null } as never,
    });
    expect(saved).toMatchObject({ siteId: s.id, moves: d.moves });
  });
});

describe('finding equipment', () => {
  async function seeded() {
    const r = await cmdb();
    const malar = await r.customer('Östra Mälardalens Vård AB', 'Västerås');
    const akesson = await r.customer('Åkessons Bygg AB', 'Umeå');
    const bjork = await r.customer('Björkdalens Redovisning AB', 'Borås');
    const vard = await r.site(malar.id, { name: 'Vårdcentralen Öster' });
    const bod = await r.site(akesson.id, { name: 'Byggboden' });
    await r.device(malar.id, vard.id, {
      type: 'server',
      make: 'Dell',
      model: 'PowerEdge R650',
      serialNumber: '7XK2M93',
      hostname: 'omv-srv01',
      networkNotes: '10.20.1.10',
    });
    await r.device(malar.id, vard.id, {
      type: 'firewall',
      make: 'Fortinet',
      model: 'FortiGate 60F',
      serialNumber: 'FGT60FTK21047731',
      hostname: 'omv-fw01',
    });
    await r.device(akesson.id, bod.id, {
      type: 'camera',
      make: 'Axis',
      model: 'P3265-LVE',
      serialNumber: 'ACCC8E112233',
      status: 'removed',
      removedOn: '2026-01-10',
    });
    await r.device(bjork.id, null, { type: 'pc', make: 'Lenovo', model: 'ThinkPad T14', serialNumber: 'PF4K2B7Q', hostname: 'bjork-pc01' });
    return { ...r, malar, akesson, bjork, vard, bod };
  }

  it('finds by serial number, hostname, make, type in either language, site and customer, with diacritics folded', async () => {
    const r = await seeded();
    expect(await serials(r.core, 'fgt60ftk')).toEqual(['FGT60FTK21047731']);
    expect(await serials(r.core, '7xk2m93')).toEqual(['7XK2M93']);
    expect(await serials(r.core, 'OMV-SRV')).toEqual(['7XK2M93']);
    expect(await serials(r.core, '10.20.1')).toEqual(['7XK2M93']);
    expect(await serials(r.core, 'brandvägg')).toEqual(['FGT60FTK21047731']);
    expect(await serials(r.core, 'brandvagg')).toEqual(['FGT60FTK21047731']);
    expect(await serials(r.core, 'firewall')).toEqual(['FGT60FTK21047731']);
    // Customer and site names, typed without å, ä, ö.
    expect(await serials(r.core, 'malardalens')).toEqual(['FGT60FTK21047731', '7XK2M93']);
    expect(await serials(r.core, 'akessons')).toEqual(['ACCC8E112233']);
    expect(await serials(r.core, 'vardcentralen oster')).toEqual(['FGT60FTK21047731', '7XK2M93']);
    // Every word must match; short words too.
    expect(await serials(r.core, 'dell malar')).toEqual(['7XK2M93']);
    expect(await serials(r.core, 'fw omv')).toEqual(['FGT60FTK21047731']);
    expect(await serials(r.core, 'dell umea')).toEqual([]);
    expect(await serials(r.core, '%_"')).toEqual([]);
  });

  it('lists across customers in placement order, with filters, paging and names of customer and site', async () => {
    const r = await seeded();
    const all = await ok(r.core, 'equipment.list', {});
    expect(all.total).toBe(4);
    // Customer in Swedish order (B, Å, Ö), then site, then device.
    expect(all.items.map((d) => [d.customerName, d.siteName, d.name])).toEqual([
      ['Björkdalens Redovisning AB', '', 'bjork-pc01'],
      ['Åkessons Bygg AB', 'Byggboden', 'Axis P3265-LVE'],
      ['Östra Mälardalens Vård AB', 'Vårdcentralen Öster', 'omv-fw01'],
      ['Östra Mälardalens Vård AB', 'Vårdcentralen Öster', 'omv-srv01'],
    ]);
    expect((await ok(r.core, 'equipment.list', { direction: 'desc' })).items[0]!.name).toBe('omv-srv01');
    expect(await serials(r.core, '', { type: 'camera' })).toEqual(['ACCC8E112233']);
    expect(await serials(r.core, '', { status: 'in_use', customerId: r.malar.id })).toEqual(['FGT60FTK21047731', '7XK2M93']);
    expect(await serials(r.core, '', { siteId: r.bod.id })).toEqual(['ACCC8E112233']);
    expect(await serials(r.core, '', { sort: 'serialNumber' })).toEqual(['7XK2M93', 'ACCC8E112233', 'FGT60FTK21047731', 'PF4K2B7Q']);
    expect(await serials(r.core, '', { sort: 'type' })).toEqual(['7XK2M93', 'FGT60FTK21047731', 'PF4K2B7Q', 'ACCC8E112233']);
    // Devices without a hostname come last whichever the direction.
    expect(await serials(r.core, '', { sort: 'hostname', direction: 'desc' })).toEqual([
      '7XK2M93',
      'FGT60FTK21047731',
      'PF4K2B7Q',
      'ACCC8E112233',
    ]);
    const page = await ok(r.core, 'equipment.list', { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((d) => d.name)).toEqual(['Axis P3265-LVE', 'omv-fw01']);
  });

  it('follows a renamed customer and a renamed site', async () => {
    const r = await seeded();
    const customer = await ok(r.core, 'customers.get', { id: r.bjork.id });
    await ok(r.core, 'customers.update', {
      id: customer.id,
      revision: customer.revision,
      fields: { ...blankCustomer, name: 'Ängsgårdens Redovisning AB' },
    });
    expect(await serials(r.core, 'angsgardens')).toEqual(['PF4K2B7Q']);
    expect(await serials(r.core, 'bjorkdalens')).toEqual([]);
    // …and moves to its new place in the order (Ä after Å).
    expect((await ok(r.core, 'equipment.list', {})).items.map((d) => d.customerName)[1]).toBe('Ängsgårdens Redovisning AB');

    await ok(r.core, 'sites.update', { id: r.bod.id, revision: r.bod.revision, fields: { ...emptySite, name: 'Snickeriet' } });
    expect(await serials(r.core, 'snickeriet')).toEqual(['ACCC8E112233']);
    expect(await serials(r.core, 'byggboden')).toEqual([]);
    // A renamed site does not bump the devices' revisions: an open editor can still save.
    expect((await ok(r.core, 'equipment.list', { siteId: r.bod.id })).items[0]!.revision).toBe(1);
  });

  it('caps the count of one- and two-letter searches and counts longer ones exactly', async () => {
    const r = await cmdb();
    const c = await r.customer('Stora Kunden AB');
    for (let i = 0; i < 1005; i++) await r.device(c.id, null, { type: 'pc', serialNumber: `PC${String(i).padStart(5, '0')}` });
    const short = await ok(r.core, 'equipment.list', { query: 'pc', limit: 10 });
    expect(short).toMatchObject({ total: 1000, totalIsCapped: true });
    expect(short.items).toHaveLength(10);
    expect(await ok(r.core, 'equipment.list', { query: 'pc0', limit: 10 })).toMatchObject({ total: 1005, totalIsCapped: false });
    expect(await ok(r.core, 'equipment.list', { query: 'pc0100' })).toMatchObject({ total: 5, totalIsCapped: false });
  });

  it('takes part in search everywhere, removed devices last, with type, customer and site as details', async () => {
    const r = await seeded();
    const groups = (await ok(r.core, 'search.all', { query: 'malardalens' })).groups;
    expect(groups.map((g) => g.kind)).toEqual(['customer', 'equipment']);
    expect(groups[1]!.hits).toEqual([
      {
        kind: 'equipment',
        id: expect.any(Number),
        title: 'omv-fw01',
        detail: 'Brandvägg · Östra Mälardalens Vård AB · Vårdcentralen Öster',
      },
      { kind: 'equipment', id: expect.any(Number), title: 'omv-srv01', detail: 'Server · Östra Mälardalens Vård AB · Vårdcentralen Öster' },
    ]);
    const axis = (await ok(r.core, 'search.all', { query: 'axis' })).groups;
    expect(axis).toEqual([
      {
        kind: 'equipment',
        total: 1,
        hits: [
          {
            kind: 'equipment',
            id: expect.any(Number),
            title: 'Axis P3265-LVE',
            detail: 'Kamera · Åkessons Bygg AB · Byggboden · Borttagen',
          },
        ],
      },
    ]);
    // One or two letters do not list devices (thousands would match); with a longer word they narrow it.
    expect((await ok(r.core, 'search.all', { query: 'fw' })).groups).toEqual([]);
    expect((await ok(r.core, 'search.all', { query: 'fw omv' })).groups.map((g) => g.hits.map((h) => h.title))).toEqual([['omv-fw01']]);
    await ok(r.core, 'settings.setLanguage', { language: 'en' });
    expect((await ok(r.core, 'search.all', { query: 'fgt60f' })).groups[0]!.hits[0]!.detail).toBe(
      'Firewall · Östra Mälardalens Vård AB · Vårdcentralen Öster',
    );
  });

  it('forgets a deleted device and the devices of a deleted customer', async () => {
    const r = await seeded();
    const [server] = (await ok(r.core, 'equipment.list', { query: '7xk2m93' })).items;
    await ok(r.core, 'equipment.delete', { id: server!.id, revision: server!.revision });
    expect(await serials(r.core, '7xk2m93')).toEqual([]);
    expect((await ok(r.core, 'search.all', { query: '7xk2m93' })).groups).toEqual([]);

    const c = await ok(r.core, 'customers.get', { id: r.akesson.id });
    await ok(r.core, 'customers.delete', { id: c.id, revision: c.revision });
    expect(await serials(r.core, 'accc8e')).toEqual([]);
    expect((await ok(r.core, 'equipment.list', {})).total).toBe(2);
    expect((await ok(r.core, 'register.info', {})).counts).toMatchObject({ sites: 1, equipment: 2 });
  });
});
