import { describe, expect, it } from 'vitest';
import { systemsService } from '../../../electron/core/systems/systems.service';
import { call, coreWithRegister, ok } from '../helpers';
import { blankActivity, blankService, blankSubprocessor, newSession } from '../vocabularies/fixtures';

const finance = {
  name: 'Ekonomisystem',
  kind: 'finance' as const,
  hosting: 'saas' as const,
  nameEn: '',
  locationKind: 'country' as const,
  country: 'se',
  regionName: '',
  regionInEea: true,
  location: 'Fortnox molntjänst',
  subprocessorId: null,
  supplierName: 'Fortnox AB',
  notes: '',
};

describe('systems', () => {
  it('creates a system with a free-text supplier and a normalised country code', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'systems.create', finance);
    expect(s).toMatchObject({ name: 'Ekonomisystem', country: 'SE', supplierName: 'Fortnox AB', subprocessorId: null, revision: 1 });
    expect(s.activities).toEqual([]);
    expect(await ok(core, 'systems.get', { id: s.id })).toEqual(s);
  });

  it('links a sub-processor as supplier and refuses one that does not exist', async () => {
    const { core } = await coreWithRegister();
    const sp = await ok(core, 'subprocessors.create', { ...blankSubprocessor, name: 'Microsoft Ireland Operations Ltd', country: 'IE' });
    const mail = await ok(core, 'systems.create', {
      ...finance,
      name: 'E-post',
      kind: 'email',
      country: 'IE',
      subprocessorId: sp.id,
      supplierName: 'ignored when a sub-processor is chosen',
    });
    expect(mail).toMatchObject({ subprocessorId: sp.id, supplierName: '' });
    // The sub-processor's name is searchable on the system.
    expect((await ok(core, 'systems.list', { query: 'microsoft' })).map((s) => s.id)).toEqual([mail.id]);

    const bad = await call(core, 'systems.create', { ...finance, subprocessorId: 4242 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_INPUT');
      expect(bad.error.issues).toEqual([{ path: ['subprocessorId'], message: 'v.unknownReference' }]);
    }
  });

  it('validates with field paths', async () => {
    const { core } = await coreWithRegister();
    const bad = await call(core, 'systems.create', { ...finance, name: ' ', country: 'Sverige' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const byPath = Object.fromEntries(bad.error.issues!.map((i) => [i.path.join('.'), i.message]));
      expect(byPath).toEqual({ name: 'v.required', country: 'v.country' });
    }
  });

  it('lists in Swedish order and searches without regard to case and diacritics', async () => {
    const { core } = await coreWithRegister();
    for (const name of ['Övervakningsserver', 'Ärendesystem', 'CMDB', 'Zabbix-proxy']) {
      await ok(core, 'systems.create', { ...finance, name, kind: 'other', supplierName: '' });
    }
    expect((await ok(core, 'systems.list', {})).map((s) => s.name)).toEqual(['CMDB', 'Zabbix-proxy', 'Ärendesystem', 'Övervakningsserver']);
    expect((await ok(core, 'systems.list', { query: 'overvakning' })).map((s) => s.name)).toEqual(['Övervakningsserver']);
    expect((await ok(core, 'systems.list', { query: 'ÄRENDE' })).map((s) => s.name)).toEqual(['Ärendesystem']);
    // Country names in both languages and kind labels are searchable too.
    expect(await ok(core, 'systems.list', { query: 'sverige' })).toHaveLength(4);
    expect(await ok(core, 'systems.list', { query: '50%_' })).toHaveLength(0);
  });

  it('updates, refusing a stale revision with CONFLICT and the current system', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'systems.create', finance);
    const updated = await ok(core, 'systems.update', {
      id: s.id,
      revision: s.revision,
      fields: { ...finance, location: 'Visma eEkonomi' },
    });
    expect(updated).toMatchObject({ location: 'Visma eEkonomi', revision: 2 });
    expect(await ok(core, 'systems.list', { query: 'visma' })).toHaveLength(1);
    const stale = await call(core, 'systems.update', { id: s.id, revision: 1, fields: { ...finance, notes: 'x' } });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect((stale.error.details as { current: { location: string } }).current.location).toBe('Visma eEkonomi');
    const gone = await call(core, 'systems.get', { id: 999 });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');
  });

  it('shows the activities and services that link to it and refuses delete while linked', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'systems.create', finance);
    const activity = await ok(core, 'activities.create', { ...blankActivity, name: 'Fakturering och bokföring', systemIds: [s.id] });
    const service = await ok(core, 'services.create', { ...blankService, name: 'Backup', systemIds: [s.id] });
    const linked = await ok(core, 'systems.get', { id: s.id });
    expect(linked.activities).toEqual([{ id: activity.id, name: 'Fakturering och bokföring' }]);
    expect(linked.services).toEqual([{ id: service.id, name: 'Backup' }]);

    const refused = await call(core, 'systems.delete', { id: s.id, revision: linked.revision });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('IN_USE');
      expect(refused.error.details).toEqual({
        messageKey: 'e.inUse.system',
        params: { activities: 1, services: 1 },
        usedBy: [
          { kind: 'activities', id: activity.id, name: 'Fakturering och bokföring' },
          { kind: 'services', id: service.id, name: 'Backup' },
        ],
      });
    }

    const unlinked = await ok(core, 'systems.create', { ...finance, name: 'Gammal filserver' });
    expect(await ok(core, 'systems.delete', { id: unlinked.id, revision: unlinked.revision })).toEqual({ id: unlinked.id });
    expect((await ok(core, 'systems.list', {})).map((x) => x.name)).toEqual(['Ekonomisystem']);
  });

  it('gives other features systems by id and checks that ids exist', () => {
    const systems = newSession().use(systemsService);
    const b = systems.create({ ...finance, name: 'Övervakningsserver', country: 'SE' });
    const a = systems.create({ ...finance, name: 'Ekonomisystem', country: 'SE' });
    expect(systems.byIds([b.id, a.id, 77])).toEqual([
      { id: a.id, name: 'Ekonomisystem' },
      { id: b.id, name: 'Övervakningsserver' },
    ]);
    expect(() => systems.assertExist([a.id, 77], ['systemIds'])).toThrow(
      expect.objectContaining({ issues: [{ path: ['systemIds'], message: 'v.unknownReference', params: { id: 77 } }] }),
    );
  });
});

describe('systems: English name and place', () => {
  it('keeps an English name beside the Swedish one and finds the system by either', async () => {
    const { core } = await coreWithRegister();
    const s = await ok(core, 'systems.create', { ...finance, name: 'Ärendesystem', nameEn: 'Ticketing system' });
    expect(s).toMatchObject({ name: 'Ärendesystem', nameEn: 'Ticketing system' });
    expect((await ok(core, 'systems.list', { query: 'ticketing' })).map((x) => x.id)).toEqual([s.id]);
    // Optional: a system saved without it has ''.
    expect((await ok(core, 'systems.create', { ...finance, name: 'Lön', nameEn: undefined })).nameEn).toBe('');
  });

  it('is placed in a country, the EU/EEA as a whole or a named region, keeping only the fields that apply', async () => {
    const { core } = await coreWithRegister();
    const eea = await ok(core, 'systems.create', { ...finance, name: 'Backup', locationKind: 'eea', country: 'DE', regionName: 'x' });
    expect(eea).toMatchObject({ locationKind: 'eea', country: '', regionName: '', regionInEea: true, inEea: true });
    const region = await ok(core, 'systems.create', {
      ...finance,
      name: 'CDN',
      locationKind: 'region',
      country: 'US',
      regionName: 'Globalt',
      regionInEea: false,
    });
    expect(region).toMatchObject({ locationKind: 'region', country: '', regionName: 'Globalt', regionInEea: false, inEea: false });
    expect((await ok(core, 'systems.create', { ...finance, name: 'Fortnox' })).inEea).toBe(true);
    const noName = await call(core, 'systems.create', { ...finance, name: 'Utan namn', locationKind: 'region', regionName: '' });
    expect(noName.ok || noName.error.issues).toEqual([{ path: ['regionName'], message: 'v.required' }]);
    const badCountry = await call(core, 'systems.create', { ...finance, country: 'Sverige' });
    expect(badCountry.ok || badCountry.error.issues).toEqual([{ path: ['country'], message: 'v.country' }]);
    expect((await ok(core, 'systems.list', { query: 'globalt' })).map((x) => x.name)).toEqual(['CDN']);
  });
});
