// The portable format carries the requests register and the breach log (issue 16) with all their
// links: export → import into a new register → the same records and the same file; and a file
// from schema 8, before either existed, still imports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { describeTablesAtVersion } from '../../../electron/core/portable/portable.repo';
import { emptyBreach, emptyDsrRequest } from '../../../shared/contract';
import { blankCustomer, call, coreWithRegister, ok } from '../helpers';
import { draftActivity, system } from '../activities/fixtures';
import { readJson, withoutTimestamp, writeJson } from './fixtures';

async function register() {
  const { core, dir } = await coreWithRegister();
  const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Sala Silvergruva Turism AB' });
  const other = await ok(core, 'customers.create', { ...blankCustomer, name: 'Köpings Bygg AB' });
  const activity = await ok(core, 'activities.create', draftActivity('Kundregister'));
  const sys = await ok(core, 'systems.create', system);
  const site = await ok(core, 'sites.create', {
    customerId: other.id,
    fields: {
      name: 'Verkstaden',
      street: '',
      postalCode: '',
      city: '',
      accessNotes: '',
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      closedOn: null,
    },
  });
  const laptop = await ok(core, 'equipment.create', {
    customerId: other.id,
    siteId: site.id,
    fields: {
      type: 'pc',
      make: 'Lenovo',
      model: 'ThinkPad T14',
      serialNumber: 'PF-123',
      hostname: 'KB-LAP-03',
      networkNotes: '',
      personalData: '',
      encrypted: 'no',
      serviceIds: [],
      installedOn: null,
      removedOn: null,
      status: 'in_use',
      notes: '',
    },
  });
  const terms = await ok(core, 'vocabularies.list', {});
  const subject = terms.find((t) => t.kind === 'data_subject')!;
  const data = terms.find((t) => t.kind === 'personal_data')!;

  const access = await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    requesterName: 'Åsa Öberg',
    requesterContact: 'asa@example.se',
    requestText: 'Vilka uppgifter har ni om mig?',
    receivedOn: '2026-09-01',
    identity: 'verified',
    identityMethod: 'BankID',
    identityCheckedOn: '2026-09-02',
    identityCheckedBy: 'Karin Ödman',
    activityIds: [activity.id],
    systemIds: [sys.id],
    searched: 'Ekonomisystemet och e-posten',
    found: 'Fakturor 2024–2026',
    extensionReason: 'Många system',
    extensionNotifiedOn: '2026-09-20',
    status: 'answered',
    outcome: 'partially_granted',
    outcomeReason: 'Uppgifter om andra personer lämnades inte ut',
    feeSek: 0,
    answeredOn: '2026-11-10',
    notes: 'Svar per rekommenderat brev',
  });
  const forwarded = await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    right: 'erasure',
    requesterName: 'Per Ek',
    receivedOn: '2026-11-18',
    ourRole: 'processor',
    customerId: customer.id,
    status: 'forwarded',
    forwardedOn: '2026-11-18',
    customerInstruction: 'Radera ur bokningssystemet när kunden bekräftat.',
  });
  let breach = await ok(core, 'breaches.create', {
    ...emptyBreach,
    title: 'Stulen bärbar dator, Verkstaden',
    ourRole: 'processor',
    discoveredAt: '2026-11-20T21:30:00.000Z',
    occurredFrom: '2026-11-20T17:00:00.000Z',
    breachTypes: ['confidentiality', 'availability'],
    cause: 'lost_stolen_device',
    description: 'Datorn stals ur servicebilen.',
    subjectTermIds: [subject.id],
    dataTermIds: [data.id],
    approxSubjects: 120,
    approxRecords: 4000,
    specialCategories: true,
    likelyConsequences: 'Kunduppgifter kan ha röjts.',
    risk: 'high_risk',
    riskRationale: 'Disken var inte krypterad.',
    measuresTaken: 'Kontot spärrat.',
    customerIds: [customer.id],
    systemIds: [sys.id],
    siteIds: [site.id],
    equipmentIds: [laptop.id],
    supplements: [{ at: '2026-11-21T10:00:00.000Z', summary: 'Polisanmälan gjord.' }],
    otherReports: [{ authority: 'police', at: '2026-11-21T09:00:00.000Z', reference: 'K123456-26', note: '' }],
    dpoConsulted: true,
  });
  breach = await ok(core, 'breaches.recordCustomerNotice', {
    id: breach.id,
    revision: breach.revision,
    customerId: other.id,
    notifiedAt: '2026-11-21T07:15:00.000Z',
    via: 'phone',
    note: 'Talade med VD',
  });
  return { core, dir, ids: { requests: [access.id, forwarded.id], breaches: [breach.id] } };
}

type Ids = Awaited<ReturnType<typeof register>>['ids'];

/** What a user sees of every request and breach (the clocks read on the test's fixed day). */
async function records(core: Core, ids: Ids) {
  return {
    requests: await Promise.all(ids.requests.map((id) => ok(core, 'requests.get', { id }))),
    breaches: await Promise.all(ids.breaches.map((id) => ok(core, 'breaches.get', { id, now: '2026-11-22T09:00:00.000Z' }))),
  };
}

describe('portable JSON: requests and breaches', () => {
  it('round-trips both registers with every link into a new register: same records, same file', async () => {
    const { core, dir, ids } = await register();
    const before = await records(core, ids);
    const first = await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') });
    expect(first!.counts).toMatchObject({
      dsrRequests: 2,
      dsrRequestActivities: 1,
      dsrRequestSystems: 1,
      breaches: 1,
      breachTerms: 2,
      breachCustomers: 2,
      breachSystems: 1,
      breachSites: 1,
      breachEquipment: 1,
      breachSupplements: 1,
      breachReports: 1,
    });
    await ok(core, 'portable.import', { source: first!.path, target: path.join(dir, 'in.forteckna') });
    expect(await records(core, ids)).toEqual(before);
    const second = await ok(core, 'portable.export', { path: path.join(dir, 'ut-2.json') });
    expect(withoutTimestamp(second!.path)).toBe(withoutTimestamp(first!.path));
    // The search texts were derived again, and they find what they found before.
    const groups = (await ok(core, 'search.all', { query: 'oberg' })).groups;
    expect(groups.find((g) => g.kind === 'dsrRequest')?.total).toBe(1);
    expect((await ok(core, 'search.all', { query: 'köpings' })).groups.find((g) => g.kind === 'breach')?.total).toBe(1);
  });

  it('derives the deadline and search text again instead of trusting the file', async () => {
    const { core, dir, ids } = await register();
    const doc = readJson((await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') }))!.path);
    doc.tables.dsrRequests![0]!.dueOn = '2030-01-01';
    doc.tables.dsrRequests![0]!.searchText = 'falsk';
    doc.tables.breaches![0]!.searchText = 'falsk';
    await ok(core, 'portable.import', { source: writeJson(dir, 'ändrad.json', doc), target: path.join(dir, 'in.forteckna') });
    expect((await ok(core, 'requests.get', { id: ids.requests[0]! })).clock.dueOn).toBe('2026-12-01');
    expect((await ok(core, 'search.all', { query: 'falsk' })).groups).toEqual([]);
  });

  it('refuses a request the app could not save, and a link to a breach that is not in the file', async () => {
    const { core, dir } = await register();
    const doc = readJson((await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') }))!.path);
    doc.tables.dsrRequests![1]!.forwardedOn = null; // forwarded, but no date
    doc.tables.breachEquipment![0]!.breachId = 99;
    const result = await call(core, 'portable.import', { source: writeJson(dir, 'fel.json', doc), target: path.join(dir, 'x.forteckna') });
    expect(result.ok).toBe(false);
    const problems = (!result.ok && (result.error.details as { problems: { path: string }[] }).problems.map((p) => p.path)) || [];
    expect(problems).toEqual(expect.arrayContaining(['$.tables.dsrRequests[1].forwardedOn', '$.tables.breachEquipment[0].breachId']));
  });

  it('imports a file from schema 8: no requests or breaches, and the requests’ retention rule is there', async () => {
    const { core, dir } = await register();
    const doc = readJson((await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') }))!.path);
    const v8 = new Set(describeTablesAtVersion(8).map((t) => t.key));
    const rules = doc.tables.retentionRules!.filter((r) => r.nameSv !== 'Begäranden från registrerade');
    const older = {
      ...doc,
      schemaVersion: 8,
      tables: {
        ...Object.fromEntries(Object.entries(doc.tables).filter(([key]) => v8.has(key))),
        retentionRules: rules,
        retentionRuleTargets: doc.tables.retentionRuleTargets!.filter((t) => rules.some((r) => r.id === t.retentionRuleId)),
      },
    };
    expect(Object.keys(older.tables)).not.toContain('dsrRequests');
    await ok(core, 'portable.import', { source: writeJson(dir, 'v8.json', older), target: path.join(dir, 'v8.forteckna') });
    expect((await ok(core, 'register.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect((await ok(core, 'requests.list', {})).total).toBe(0);
    expect((await ok(core, 'breaches.list', { filter: 'all' })).total).toBe(0);
    const seeded = (await ok(core, 'retentionRules.list', {})).filter((r) => r.appliesTo.includes('dsr_request'));
    expect(seeded.map((r) => r.nameSv)).toEqual(['Begäranden från registrerade']);
  });
});
