import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { ServiceFields } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';
import { draftActivity, fullActivity, seedRefs, subprocessor } from '../activities/fixtures';

const service = (name: string, subjectMatter: string): ServiceFields => ({
  name,
  subjectMatter,
  purpose: '',
  nature: ['storage'],
  processingTermIds: [],
  personalDataTermIds: [],
  dataSubjectTermIds: [],
  specialCategories: [],
  subprocessorIds: [],
  systemIds: [],
  measureIds: [],
  endOfContractAction: 'return_then_delete',
  retentionRuleId: null,
  status: 'active',
  notes: '',
});

/** A small register with "övervakning" in every kind but customers, and Swedish letters everywhere. */
async function seeded() {
  const { core } = await coreWithRegister();
  await ok(core, 'customers.create', {
    ...blankCustomer,
    name: 'Östra Mälardalens Vård AB',
    orgNr: '5561234567',
    visitingAddress: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
  });
  await ok(core, 'customers.create', {
    ...blankCustomer,
    name: 'Åkessons Bygg AB',
    visitingAddress: { ...blankCustomer.visitingAddress, city: 'Umeå' },
  });
  for (let i = 1; i <= 12; i += 1) await ok(core, 'customers.create', { ...blankCustomer, name: `Kund ${String(i).padStart(2, '0')} AB` });
  await ok(core, 'activities.create', draftActivity('Övervakning av egen infrastruktur', { refNo: 'PA-07', owner: 'Driftchef' }));
  await ok(core, 'activities.create', draftActivity('Ärendehantering', { refNo: 'PA-03' }));
  await ok(core, 'services.create', service('Drift och övervakning', 'Övervakning av kundens servrar dygnet runt'));
  await ok(core, 'services.create', service('Backup', 'Säkerhetskopiering'));
  await ok(core, 'subprocessors.create', { ...subprocessor, name: 'Övervakningsbolaget i Norden AB', country: 'NO', orgNr: '' });
  await ok(core, 'subprocessors.create', {
    ...subprocessor,
    name: 'Zendesk Inc.',
    country: 'US',
    transferMechanism: 'adequacy_us_dpf',
    orgNr: '',
  });
  await ok(core, 'systems.create', {
    name: 'Övervakningsserver',
    kind: 'monitoring',
    hosting: 'own_datacenter',
    country: 'SE',
    location: 'Serverhallen i Borås',
    subprocessorId: null,
    supplierName: '',
    notes: '',
  });
  return core;
}

const search = async (core: Core, query: string, limitPerKind?: number) =>
  (await ok(core, 'search.all', { query, ...(limitPerKind ? { limitPerKind } : {}) })).groups;

const titles = async (core: Core, query: string) =>
  Object.fromEntries((await search(core, query)).map((g) => [g.kind, g.hits.map((h) => h.title)]));

describe('search everywhere', () => {
  it('finds across kinds, grouped in a fixed order, with and without diacritics', async () => {
    const core = await seeded();
    const expected = {
      activity: ['Övervakning av egen infrastruktur'],
      service: ['Drift och övervakning'],
      subprocessor: ['Övervakningsbolaget i Norden AB'],
      system: ['Övervakningsserver'],
    };
    expect(await titles(core, 'overvakning')).toEqual(expected);
    expect(await titles(core, 'Övervakning')).toEqual(expected);
    expect(await titles(core, 'ÖVERVAKNING')).toEqual(expected);
    expect((await search(core, 'overvakning')).map((g) => g.kind)).toEqual(['activity', 'service', 'subprocessor', 'system']);

    expect(await titles(core, 'malardalen')).toEqual({ customer: ['Östra Mälardalens Vård AB'] });
    expect(await titles(core, 'akesson')).toEqual({ customer: ['Åkessons Bygg AB'] });
    expect(await titles(core, 'arende')).toEqual({ activity: ['Ärendehantering'] });
  });

  it('"ovag" finds nothing odd, and a blank query gives no groups', async () => {
    const core = await seeded();
    expect(await search(core, 'ovag')).toEqual([]);
    expect(await search(core, '')).toEqual([]);
    expect(await search(core, '   ')).toEqual([]);
    expect(await search(core, '%_')).toEqual([]);
    expect(await search(core, '"')).toEqual([]);
  });

  it('matches details too: org no with or without dash, city, ref no, country; every word must match', async () => {
    const core = await seeded();
    expect(await titles(core, '556123-4567')).toEqual({ customer: ['Östra Mälardalens Vård AB'] });
    expect(await titles(core, '5561234567')).toEqual({ customer: ['Östra Mälardalens Vård AB'] });
    expect(await titles(core, 'vasteras')).toEqual({ customer: ['Östra Mälardalens Vård AB'] });
    expect(await titles(core, 'vard vasteras')).toEqual({ customer: ['Östra Mälardalens Vård AB'] });
    expect(await titles(core, 'vard umea')).toEqual({});
    expect(await titles(core, 'pa-07')).toEqual({ activity: ['Övervakning av egen infrastruktur'] });
    expect(await titles(core, 'norge')).toEqual({ subprocessor: ['Övervakningsbolaget i Norden AB'] });
    // Two letters: no trigram index, still found.
    expect((await titles(core, 'um')).customer).toEqual(['Åkessons Bygg AB']);
  });

  it('gives a detail line per kind and caps the hits per kind while counting them all', async () => {
    const core = await seeded();
    const [customers] = await search(core, 'kund', 5);
    expect(customers!.kind).toBe('customer');
    expect(customers!.total).toBe(12);
    expect(customers!.hits.map((h) => h.title)).toEqual(['Kund 01 AB', 'Kund 02 AB', 'Kund 03 AB', 'Kund 04 AB', 'Kund 05 AB']);

    const details = Object.fromEntries((await search(core, 'overvakning')).map((g) => [g.kind, g.hits[0]!.detail]));
    expect(details).toEqual({
      activity: 'PA-07 · Driftchef · Utkast',
      service: 'Övervakning av kundens servrar dygnet runt',
      subprocessor: 'Norge',
      system: 'Övervakning · Sverige · Serverhallen i Borås',
    });
    expect((await search(core, 'vasteras'))[0]!.hits[0]!.detail).toBe('556123-4567 · Västerås');
  });

  it('follows the language setting for details', async () => {
    const core = await seeded();
    await ok(core, 'settings.setLanguage', { language: 'en' });
    expect((await search(core, 'zendesk'))[0]!.hits[0]!.detail).toBe('United States');
  });
});

describe('register completeness summary', () => {
  it('averages non-archived activities and active services, and counts the complete ones', async () => {
    const { core } = await coreWithRegister();
    // Nothing to assess: no figure at all, rather than 0 %.
    expect(await ok(core, 'completeness.summary', {})).toEqual({
      score: null,
      activities: { total: 0, complete: 0 },
      services: { total: 0, complete: 0 },
    });
    const refs = await seedRefs(core);
    await ok(core, 'activities.create', fullActivity(refs));
    const draft = await ok(core, 'activities.create', draftActivity('Rekrytering'));
    const archived = await ok(core, 'activities.create', draftActivity('Gammal behandling'));
    await ok(core, 'activities.setArchived', { id: archived.id, revision: 1, archived: true });
    const s = await ok(core, 'services.create', service('Hosting', 'Drift av kundens servrar'));
    const gone = await ok(core, 'services.create', { ...service('Gammal tjänst', ''), status: 'archived' });

    const summary = await ok(core, 'completeness.summary', {});
    expect(summary.activities).toEqual({ total: 2, complete: 1 });
    expect(summary.services).toEqual({ total: 1, complete: s.completeness.score === 100 ? 1 : 0 });
    // Whole percent, rounded down: never 100 while anything is missing.
    const mean = (100 + draft.completeness.score + s.completeness.score) / 3;
    expect(summary.score).toBe(Math.floor(mean));
    expect(summary.score).toBeLessThan(100);
    expect(gone.status).toBe('archived');
    // The activities list shows the same figure, services included.
    expect((await ok(core, 'activities.list', {})).registerScore).toBe(summary.score);
  });
});
