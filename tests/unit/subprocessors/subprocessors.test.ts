import { describe, expect, it } from 'vitest';
import type { SubprocessorFields } from '../../../shared/contract';
import { subprocessorWarnings } from '../../../electron/core/subprocessors/subprocessors.service';
import type { ServiceFields } from '../../../shared/contract';
import { blankCustomer, call, coreWithRegister, ok } from '../helpers';

export const blankSubprocessor: SubprocessorFields = {
  name: 'Bahnhof AB',
  orgNr: '556519-9917',
  locationKind: 'country',
  country: 'SE',
  regionName: '',
  regionInEea: true,
  address: 'Box 6220, 102 34 Stockholm',
  website: 'https://bahnhof.se',
  contactName: 'Avtalsansvarig',
  contactEmail: 'avtal@bahnhof.example',
  serviceDescription: 'Colocation och IaaS-hosting',
  dataProcessed: 'Allt som lagras på kundernas servrar',
  processingLocations: 'Stockholm (Pionen), Göteborg',
  transferMechanism: 'none_eea',
  sccModule: null,
  transferNotes: '',
  agreementDate: '2024-03-01',
  agreementNotes: 'Underbiträdesavtal enligt leverantörens standard',
  status: 'active',
  notes: '',
};

describe('sub-processors', () => {
  it('creates and reads back every field, with derived columns', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'subprocessors.create', { ...blankSubprocessor, country: 'se' });
    expect(s).toMatchObject({
      ...blankSubprocessor,
      revision: 1,
      thirdCountry: false,
      warnings: [],
      services: [],
      systems: [],
      customerCount: 0,
    });
    expect(s.country).toBe('SE');
    expect(await ok(core, 'subprocessors.get', { id: s.id })).toEqual(s);
  });

  it('requires an SCC module when SCC is chosen, and drops a module for other mechanisms', async () => {
    const { core } = await coreWithRegister();
    const bad = await call(core, 'subprocessors.create', {
      ...blankSubprocessor,
      country: 'IN',
      transferMechanism: 'scc_2021_914',
      sccModule: null,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.map((i) => i.path.join('.'))).toEqual(['sccModule']);
    const scc = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      country: 'IN',
      transferMechanism: 'scc_2021_914',
      sccModule: 'P2P',
    });
    expect(scc.sccModule).toBe('P2P');
    expect(scc.warnings).toEqual([]);
    const dpf = await ok(core, 'subprocessors.update', {
      id: scc.id,
      revision: scc.revision,
      fields: { ...blankSubprocessor, country: 'US', transferMechanism: 'adequacy_us_dpf', sccModule: 'P2P' },
    });
    expect(dpf.sccModule).toBeNull();
  });

  it('warns when the transfer tool does not fit the country', () => {
    const here = { locationKind: 'country' as const, regionName: '', regionInEea: true };
    const w = (country: string, transferMechanism: SubprocessorFields['transferMechanism'], agreementDate: string | null = '2024-01-01') =>
      subprocessorWarnings({ ...here, country, transferMechanism, agreementDate, status: 'active' });
    expect(w('SE', 'none_eea')).toEqual([]);
    expect(w('NO', 'none_eea')).toEqual([]);
    expect(w('US', 'none_eea')).toEqual(['w.subprocessor.thirdCountryWithoutMechanism']);
    expect(w('US', 'adequacy')).toEqual(['w.subprocessor.usNeedsDpf']);
    expect(w('US', 'adequacy_us_dpf')).toEqual([]);
    expect(w('US', 'scc_2021_914')).toEqual([]);
    expect(w('GB', 'adequacy')).toEqual([]);
    expect(w('CH', 'adequacy')).toEqual([]);
    expect(w('IN', 'adequacy')).toEqual(['w.subprocessor.noAdequacyDecision']);
    expect(w('GB', 'adequacy_us_dpf')).toEqual(['w.subprocessor.dpfOnlyUs']);
    expect(w('DE', 'scc_2021_914')).toEqual(['w.subprocessor.eeaNoTransferNeeded']);
    expect(w('US', 'derogation_art49')).toEqual(['w.subprocessor.derogationNotForRegular']);
    expect(w('SE', 'none_eea', null)).toEqual(['w.subprocessor.noAgreement']);
    expect(subprocessorWarnings({ ...here, country: 'SE', transferMechanism: 'none_eea', agreementDate: null, status: 'planned' })).toEqual(
      [],
    );
    // A region: inside the EEA needs no tool; outside it needs one, and has no adequacy decision of its own.
    const region = (regionInEea: boolean, transferMechanism: SubprocessorFields['transferMechanism']) =>
      subprocessorWarnings({
        locationKind: 'region',
        country: '',
        regionName: 'Norden',
        regionInEea,
        transferMechanism,
        agreementDate: '2024-01-01',
        status: 'active',
      });
    expect(region(true, 'none_eea')).toEqual([]);
    expect(region(false, 'scc_2021_914')).toEqual([]);
    expect(region(false, 'adequacy')).toEqual(['w.subprocessor.noAdequacyDecision']);
    expect(
      subprocessorWarnings({
        ...here,
        locationKind: 'eea',
        country: '',
        transferMechanism: 'bcr',
        agreementDate: '2024-01-01',
        status: 'active',
      }),
    ).toEqual(['w.subprocessor.eeaNoTransferNeeded']);
  });

  it('shows the warnings and the third-country flag on the record', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      name: 'Cloudflare Inc.',
      country: 'US',
      transferMechanism: 'adequacy',
    });
    expect(s.thirdCountry).toBe(true);
    expect(s.warnings).toEqual(['w.subprocessor.usNeedsDpf']);
  });

  it('refuses "within the EU/EEA" for a country or region outside it, naming the field', async () => {
    const { core } = await coreWithRegister();
    const refused = async (fields: Partial<SubprocessorFields>) => {
      const r = await call(core, 'subprocessors.create', { ...blankSubprocessor, name: 'Cloudflare Inc.', ...fields });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues).toEqual([{ path: ['transferMechanism'], message: 'v.transfer.noneEeaOutside' }]);
    };
    await refused({ country: 'US', transferMechanism: 'none_eea' });
    await refused({ locationKind: 'region', country: '', regionName: 'Globalt', regionInEea: false, transferMechanism: 'none_eea' });
    // The same record with a transfer tool is saved, and stays outside the EEA.
    const saved = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      name: 'Cloudflare Inc.',
      locationKind: 'region',
      country: 'US',
      regionName: 'Globalt',
      regionInEea: false,
      transferMechanism: 'scc_2021_914',
      sccModule: 'P2P',
    });
    // A region keeps no country it does not use.
    expect(saved).toMatchObject({ locationKind: 'region', country: '', regionName: 'Globalt', regionInEea: false, thirdCountry: true });
  });

  it('takes the EU/EEA as a whole or a named region inside it, with no transfer', async () => {
    const { core } = await coreWithRegister();
    const eea = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      name: 'Hetzner Online GmbH',
      locationKind: 'eea',
      country: 'DE',
      regionName: 'ignored',
      regionInEea: false,
    });
    expect(eea).toMatchObject({ locationKind: 'eea', country: '', regionName: '', regionInEea: true, thirdCountry: false, warnings: [] });
    const nordic = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      name: 'Nordisk Drift AB',
      locationKind: 'region',
      country: '',
      regionName: 'Norden',
      regionInEea: true,
    });
    expect(nordic).toMatchObject({ thirdCountry: false, warnings: [] });
    // A region needs its name, a country its code.
    const noName = await call(core, 'subprocessors.create', { ...blankSubprocessor, locationKind: 'region', country: '', regionName: ' ' });
    expect(noName.ok || noName.error.issues).toEqual([{ path: ['regionName'], message: 'v.required' }]);
    const noCountry = await call(core, 'subprocessors.create', { ...blankSubprocessor, country: '' });
    expect(noCountry.ok || noCountry.error.issues).toEqual([{ path: ['country'], message: 'v.required' }]);
    expect((await ok(core, 'subprocessors.list', { query: 'norden' })).map((s) => s.name)).toEqual(['Nordisk Drift AB']);
  });

  it('lists in Swedish order and searches without regard to case and diacritics', async () => {
    const { core } = await coreWithRegister();
    for (const [name, country] of [
      ['Övervakningsbolaget AB', 'SE'],
      ['Microsoft Ireland Operations Ltd', 'IE'],
      ['Åtvidabergs Data AB', 'SE'],
      ['Amazon Web Services EMEA SARL', 'LU'],
      ['Zendesk Inc.', 'US'],
    ] as const) {
      await ok(core, 'subprocessors.create', {
        ...blankSubprocessor,
        name,
        country,
        transferMechanism: country === 'US' ? 'adequacy_us_dpf' : 'none_eea',
      });
    }
    const names = async (query: string) => (await ok(core, 'subprocessors.list', { query })).map((s) => s.name);
    expect(await names('')).toEqual([
      'Amazon Web Services EMEA SARL',
      'Microsoft Ireland Operations Ltd',
      'Zendesk Inc.',
      'Åtvidabergs Data AB',
      'Övervakningsbolaget AB',
    ]);
    expect(await names('overvakning')).toEqual(['Övervakningsbolaget AB']);
    expect(await names('ÅTVIDA')).toEqual(['Åtvidabergs Data AB']);
    // Country names in Swedish and English, and the org no without its dash.
    expect(await names('irland')).toEqual(['Microsoft Ireland Operations Ltd']);
    expect(await names('luxemburg')).toEqual(['Amazon Web Services EMEA SARL']);
    expect(await names('5565199917')).toHaveLength(5);
    expect(await names('100%_')).toEqual([]);
  });

  it('refuses a stale update and a stale delete with CONFLICT and the current row', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'subprocessors.create', blankSubprocessor);
    await ok(core, 'subprocessors.update', { id: s.id, revision: 1, fields: { ...blankSubprocessor, notes: 'Första' } });
    const stale = await call(core, 'subprocessors.update', { id: s.id, revision: 1, fields: { ...blankSubprocessor, notes: 'Andra' } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('CONFLICT');
      expect((stale.error.details as { current: { notes: string } }).current.notes).toBe('Första');
    }
    const staleDelete = await call(core, 'subprocessors.delete', { id: s.id, revision: 1 });
    expect(staleDelete.ok || staleDelete.error.code).toBe('CONFLICT');
    expect(await ok(core, 'subprocessors.delete', { id: s.id, revision: 2 })).toEqual({ id: s.id });
    const gone = await call(core, 'subprocessors.get', { id: s.id });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');
  });

  it('shows which services and systems use it and how many customers it reaches through subscriptions today', async () => {
    const { core } = await coreWithRegister(); // today is 2026-11-22
    const sub = await ok(core, 'subprocessors.create', blankSubprocessor);
    const other = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      name: 'Acronis AG',
      country: 'CH',
      transferMechanism: 'adequacy',
    });
    const service = (name: string, subprocessorIds: number[]): ServiceFields => ({
      name,
      subjectMatter: '',
      purpose: '',
      nature: ['storage'],
      processingTermIds: [],
      personalDataTermIds: [],
      dataSubjectTermIds: [],
      specialCategories: [],
      subprocessorIds,
      systemIds: [],
      measureIds: [],
      endOfContractAction: 'return_then_delete',
      retentionRuleId: null,
      status: 'active',
      notes: '',
    });
    const hosting = await ok(core, 'services.create', service('Hosting', [sub.id]));
    const backup = await ok(core, 'services.create', service('Backup', [other.id]));
    const system = await ok(core, 'systems.create', {
      name: 'Övervakningsserver',
      kind: 'monitoring',
      hosting: 'own_datacenter',
      country: 'SE',
      location: 'Bahnhof Pionen',
      subprocessorId: sub.id,
      supplierName: '',
      notes: '',
    });
    const customer = async (name: string) => (await ok(core, 'customers.create', { ...blankCustomer, name })).id;
    const subscribe = (
      customerId: number,
      serviceId: number,
      startDate: string,
      endDate: string | null,
      changes: { add?: number[]; remove?: number[] } = {},
    ) =>
      ok(core, 'subscriptions.create', {
        customerId,
        serviceId,
        startDate,
        endDate,
        notes: '',
        addedTermIds: [],
        removedTermIds: [],
        addedSubprocessorIds: changes.add ?? [],
        removedSubprocessorIds: changes.remove ?? [],
      });
    const a = await customer('Alfa AB');
    await subscribe(a, hosting.id, '2025-01-01', null); // counts
    await subscribe(a, backup.id, '2026-01-01', '2026-12-31', { add: [sub.id] }); // same customer again: still one
    await subscribe(await customer('Beta AB'), hosting.id, '2024-01-01', '2026-11-21'); // ended yesterday
    await subscribe(await customer('Gamma AB'), hosting.id, '2026-11-23', null); // starts tomorrow
    await subscribe(await customer('Delta AB'), hosting.id, '2026-01-01', null, { remove: [sub.id] }); // excepted
    await subscribe(await customer('Epsilon AB'), backup.id, '2026-11-22', '2026-11-22', { add: [sub.id] }); // added, last day today

    const got = await ok(core, 'subprocessors.get', { id: sub.id });
    expect(got.services).toEqual([{ id: hosting.id, name: 'Hosting' }]);
    expect(got.systems).toEqual([{ id: system.id, name: 'Övervakningsserver' }]);
    expect(got.customerCount).toBe(2);
    expect((await ok(core, 'subprocessors.list', {})).find((s) => s.id === other.id)?.customerCount).toBe(2);

    // Linked from a service and a system, added or excepted by three subscriptions: refused, and the reply says by what.
    const refused = await call(core, 'subprocessors.delete', { id: sub.id, revision: sub.revision });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('IN_USE');
      expect(refused.error.message).toMatch(/cannot be deleted/);
      expect(refused.error.details).toMatchObject({
        messageKey: 'e.inUse.subprocessorInSubscriptions',
        usedBy: [
          { kind: 'services', id: hosting.id, name: 'Hosting' },
          { kind: 'systems', id: system.id, name: 'Övervakningsserver' },
          { kind: 'subscriptions', id: expect.any(Number), name: 'Alfa AB – Backup' },
          { kind: 'subscriptions', id: expect.any(Number), name: 'Delta AB – Hosting' },
          { kind: 'subscriptions', id: expect.any(Number), name: 'Epsilon AB – Backup' },
        ],
      });
    }
    expect(await ok(core, 'subprocessors.get', { id: sub.id })).toMatchObject({ id: sub.id, revision: 1 });
  });

  it('refuses to delete one that a subscription adds or excepts for its customer, naming the subscriptions', async () => {
    const { core } = await coreWithRegister();
    const added = await ok(core, 'subprocessors.create', blankSubprocessor);
    const excepted = await ok(core, 'subprocessors.create', {
      ...blankSubprocessor,
      name: 'Acronis AG',
      country: 'CH',
      transferMechanism: 'adequacy',
    });
    const unused = await ok(core, 'subprocessors.create', { ...blankSubprocessor, name: 'Oanvänd AB' });
    const service = await ok(core, 'services.create', {
      name: 'Backup',
      subjectMatter: '',
      purpose: '',
      nature: ['storage'],
      processingTermIds: [],
      personalDataTermIds: [],
      dataSubjectTermIds: [],
      specialCategories: [],
      subprocessorIds: [excepted.id],
      systemIds: [],
      measureIds: [],
      endOfContractAction: 'return_then_delete',
      retentionRuleId: null,
      status: 'active',
      notes: '',
    });
    const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Alfa AB' });
    const subscription = await ok(core, 'subscriptions.create', {
      customerId: customer.id,
      serviceId: service.id,
      startDate: '2026-01-01',
      endDate: null,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [added.id],
      removedSubprocessorIds: [excepted.id],
    });

    // Only the subscription's addition names it: refused as in use, not a database error.
    const refused = await call(core, 'subprocessors.delete', { id: added.id, revision: added.revision });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'IN_USE',
        message: expect.stringMatching(/1 customer subscriptions.*cannot be deleted/),
        details: {
          messageKey: 'e.inUse.subprocessorInSubscriptions',
          params: { subscriptions: 1, services: 0, systems: 0, activities: 0 },
          usedBy: [{ kind: 'subscriptions', id: subscription.id, name: 'Alfa AB – Backup' }],
        },
      },
    });
    // Excepted for the customer and used by the service: both are named.
    const alsoRefused = await call(core, 'subprocessors.delete', { id: excepted.id, revision: excepted.revision });
    expect(alsoRefused).toMatchObject({
      ok: false,
      error: {
        code: 'IN_USE',
        details: {
          params: { subscriptions: 1, services: 1 },
          usedBy: [
            { kind: 'services', id: service.id, name: 'Backup' },
            { kind: 'subscriptions', id: subscription.id, name: 'Alfa AB – Backup' },
          ],
        },
      },
    });
    expect((await ok(core, 'subprocessors.list', {})).map((s) => s.name).sort()).toEqual(['Acronis AG', 'Bahnhof AB', 'Oanvänd AB']);
    expect(await ok(core, 'subprocessors.delete', { id: unused.id, revision: unused.revision })).toEqual({ id: unused.id });

    // Once the subscription no longer names it, it can go.
    await ok(core, 'subscriptions.update', {
      id: subscription.id,
      revision: subscription.revision,
      fields: {
        customerId: customer.id,
        serviceId: service.id,
        startDate: '2026-01-01',
        endDate: null,
        notes: '',
        addedTermIds: [],
        removedTermIds: [],
        addedSubprocessorIds: [],
        removedSubprocessorIds: [excepted.id],
      },
    });
    expect(await ok(core, 'subprocessors.delete', { id: added.id, revision: added.revision })).toEqual({ id: added.id });
  });
});
