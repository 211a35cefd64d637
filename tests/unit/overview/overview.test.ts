// The overview's figures (overview.figures): each count is the one the feature's own list gives,
// and the completeness figure is the same wherever the app shows it.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { CUSTOMER_AGREEMENT_STATUSES, emptyPurpose, type OverviewFigures } from '../../../shared/contract';
import { LEGAL_BASES } from '../../../shared/domain/enums';
import { draftActivity, fullActivity, seedRefs } from '../activities/fixtures';
import { agreementRegister } from '../agreements/fixture';
import { coreWithRegister, ok, testCore } from '../helpers';
import { subprocessor, subscribe } from '../services/fixture';

const byKey = <T extends { count: number }>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), r.count]));

/** What overview.figures says, and what the activities list and completeness.summary say of the same register. */
async function figuresAndLists(core: Core) {
  const figures = await ok(core, 'overview.figures', {});
  const activities = await ok(core, 'activities.list', {});
  const summary = await ok(core, 'completeness.summary', {});
  return { figures, activities, summary };
}

describe('overview figures', () => {
  it('has no figures, and no completeness score, for an empty register', async () => {
    const { core } = await coreWithRegister();
    const figures = await ok(core, 'overview.figures', {});
    expect(figures.completeness).toEqual({ score: null, activities: { total: 0, complete: 0 }, services: { total: 0, complete: 0 } });
    expect(figures.activitiesByLegalBasis.activities).toBe(0);
    expect(figures.activitiesByLegalBasis.bases.map((b) => b.legalBasis)).toEqual([...LEGAL_BASES]);
    expect(figures.activitiesByLegalBasis.bases.every((b) => b.count === 0)).toBe(true);
    expect(figures.agreementsByStatus.customers).toBe(0);
    expect(figures.subprocessorsByPlace).toEqual({
      subprocessors: 0,
      zones: [
        { zone: 'eea', count: 0 },
        { zone: 'adequacy', count: 0 },
        { zone: 'thirdCountry', count: 0 },
      ],
      places: [],
    });
  });

  it('counts activities once per legal basis, leaving archived ones out', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    // contract, legal_obligation and legitimate_interests.
    await ok(core, 'activities.create', fullActivity(refs));
    // Two purposes on consent, and legitimate interests beside it: consent counts once.
    await ok(
      core,
      'activities.create',
      draftActivity('Nyhetsbrev', {
        purposes: [
          {
            ...emptyPurpose,
            description: 'Skicka nyhetsbrev',
            legalBasis: 'consent',
            moreBases: [{ legalBasis: 'legitimate_interests', scopeSv: 'Befintliga kunder', scopeEn: '', detail: '' }],
          },
          { ...emptyPurpose, description: 'Mäta öppningar', legalBasis: 'consent' },
        ],
      }),
    );
    await ok(core, 'activities.create', draftActivity('Utan ändamål än'));
    const old = await ok(
      core,
      'activities.create',
      draftActivity('Gammal tävling', { purposes: [{ ...emptyPurpose, description: 'Tävling', legalBasis: 'public_task' }] }),
    );
    await ok(core, 'activities.setArchived', { id: old.id, revision: old.revision, archived: true });

    const { figures, activities, summary } = await figuresAndLists(core);
    const basis = figures.activitiesByLegalBasis;
    expect(basis.activities).toBe(activities.items.length);
    expect(basis.activities).toBe(3);
    expect(byKey(basis.bases, (b) => b.legalBasis)).toEqual({
      consent: 1,
      contract: 1,
      legal_obligation: 1,
      vital_interests: 0,
      public_task: 0,
      legitimate_interests: 2,
    });
    expect(basis.withoutBasis).toBe(1);
    // Each basis as often as the activities list names it.
    for (const b of basis.bases)
      expect(b.count, b.legalBasis).toBe(activities.items.filter((a) => a.legalBases.includes(b.legalBasis)).length);

    // One completeness figure: the same in all three answers.
    expect(figures.completeness).toEqual(summary);
    expect(activities.registerScore).toBe(summary.score);
    expect(summary.activities).toEqual({ total: 3, complete: 1 });
    const scores = activities.items.map((a) => a.completeness.score);
    expect(summary.score).toBe(Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length));
  });

  it('counts active customers by their agreement status as the customer list shows it', async () => {
    const r = await agreementRegister(); // today: 2026-11-22
    const draft = await r.subscribed('Alfa AB');
    await r.generate(draft.id);
    const sent = await r.subscribed('Beta AB');
    const sentV = await r.generate(sent.id);
    await ok(r.core, 'agreements.setStatus', { id: sentV.id, revision: sentV.revision, status: 'sent', on: '2026-11-20' });
    const overdue = await r.subscribed('Gamma AB');
    const overdueV = await r.generate(overdue.id);
    await ok(r.core, 'agreements.setStatus', { id: overdueV.id, revision: overdueV.revision, status: 'sent', on: '2026-09-01' });
    const signed = await r.subscribed('Delta AB');
    const signedV = await r.generate(signed.id);
    await ok(r.core, 'agreements.setStatus', { id: signedV.id, revision: signedV.revision, status: 'signed', on: '2026-11-01' });
    // Out of date: Epsilon's own service changes after its agreement was signed.
    const helpdesk = await ok(r.core, 'services.create', { ...r.backup, name: 'Helpdesk', subprocessorIds: [r.se.id], systemIds: [] });
    const stale = await r.customer('Epsilon AB', { name: 'Eva Ek', role: 'VD', email: 'eva@example.se' });
    await subscribe(r.core, stale.id, helpdesk.id);
    const staleV = await r.generate(stale.id);
    await ok(r.core, 'agreements.setStatus', { id: staleV.id, revision: staleV.revision, status: 'signed', on: '2026-11-01' });
    await ok(r.core, 'services.update', {
      id: helpdesk.id,
      revision: helpdesk.revision,
      fields: {
        ...r.backup,
        name: 'Helpdesk',
        subprocessorIds: [r.se.id],
        systemIds: [],
        personalDataTermIds: [...r.backup.personalDataTermIds, r.term('personal_data', 'log_data')],
      },
    });
    await r.customer('Zeta AB'); // no agreement
    // Neither an ended customer nor an archived one counts.
    const ended = await r.subscribed('Eta AB');
    const endedC = await ok(r.core, 'customers.get', { id: ended.id });
    await ok(r.core, 'customers.update', {
      id: endedC.id,
      revision: endedC.revision,
      fields: { ...endedC, status: 'ended', contractEnd: '2026-10-31' },
    });
    const archived = await r.customer('Theta AB');
    await ok(r.core, 'customers.setArchived', { id: archived.id, revision: archived.revision, archived: true });

    const { agreementsByStatus } = await ok(r.core, 'overview.figures', {});
    expect(agreementsByStatus.customers).toBe(6);
    expect(agreementsByStatus.statuses.map((s) => s.status)).toEqual([...CUSTOMER_AGREEMENT_STATUSES]);
    expect(byKey(agreementsByStatus.statuses, (s) => s.status)).toEqual({
      none: 1,
      draft: 1,
      sent: 1,
      overdue: 1,
      signed: 1,
      outOfDate: 1,
    });
    // The customer list, filtered as a user would, gives the same counts.
    for (const s of agreementsByStatus.statuses) {
      const list = await ok(r.core, 'customers.list', { status: 'active', agreementStatus: s.status });
      expect(list.total, s.status).toBe(s.count);
    }
  });

  it('counts sub-processors in use by EU/EEA, adequacy decision and third country, and by place', async () => {
    const { core } = await coreWithRegister();
    const add = (name: string, country: string, mechanism: Parameters<typeof subprocessor>[2], extra = {}) =>
      ok(core, 'subprocessors.create', { ...subprocessor(name, country, mechanism), ...extra });
    await add('Mälardalens Datacenter AB', 'SE', 'none_eea');
    await add('Norrlands Drift AB', 'SE', 'none_eea');
    await add('Sicherung GmbH', 'DE', 'none_eea');
    await add('Nordic Cloud', '', 'none_eea', { locationKind: 'region', regionName: 'Norden (eu-north-1)', regionInEea: true });
    await add('Alpen Hosting AG', 'CH', 'adequacy');
    await add('Remote Watch Inc.', 'US', 'adequacy_us_dpf');
    // The USA has an adequacy decision for DPF-certified recipients only.
    await add('Mailer Corp.', 'US', 'scc_2021_914');
    await add('Support India Pvt Ltd', 'IN', 'scc_2021_914');
    await add('Global CDN', '', 'scc_2021_914', { locationKind: 'region', regionName: 'Asien–Stillahavsområdet', regionInEea: false });
    await add('Framtida Partner AB', 'SE', 'none_eea', { status: 'planned' });
    await add('Avslutad Leverantör AB', 'SE', 'none_eea', { status: 'terminated' });

    const { subprocessorsByPlace: figure } = await ok(core, 'overview.figures', {});
    const inUse = (await ok(core, 'subprocessors.list', {})).filter((s) => s.status === 'active');
    expect(figure.subprocessors).toBe(inUse.length);
    expect(figure.subprocessors).toBe(9);
    expect(byKey(figure.zones, (z) => z.zone)).toEqual({ eea: 4, adequacy: 2, thirdCountry: 3 });
    // The EU/EEA zone is exactly the sub-processors the list does not mark as third country.
    expect(figure.zones[0]!.count).toBe(inUse.filter((s) => !s.thirdCountry).length);
    // Most first, then by the place's Swedish name.
    expect(figure.places.map((p) => [p.locationKind, p.country || p.regionName, p.count])).toEqual([
      ['country', 'SE', 2],
      ['country', 'US', 2],
      ['region', 'Asien–Stillahavsområdet', 1],
      ['country', 'IN', 1],
      ['region', 'Norden (eu-north-1)', 1],
      ['country', 'CH', 1],
      ['country', 'DE', 1],
    ]);
  });
});

describe('overview figures on the sample register', () => {
  it('gives the counts of the lists and the one completeness figure', async () => {
    const { core } = testCore(); // today: 2026-11-22
    await ok(core, 'register.openSample', {});
    const { figures, activities, summary } = await figuresAndLists(core);

    // One figure, the same on Översikt and Behandlingar: whole percent, rounded down, over the
    // activities not archived and the active services.
    const services = (await ok(core, 'services.list', {})).filter((s) => s.status === 'active');
    const scores = [...activities.items.map((a) => a.completeness.score), ...services.map((s) => s.completeness.score)];
    const expected = Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length);
    expect(summary.score).toBe(expected);
    expect(activities.registerScore).toBe(expected);
    expect(figures.completeness).toEqual(summary);
    expect(expected).toBeGreaterThan(80);
    expect(expected).toBeLessThan(100);

    const basis: OverviewFigures['activitiesByLegalBasis'] = figures.activitiesByLegalBasis;
    expect(basis.activities).toBe(activities.items.length);
    for (const b of basis.bases)
      expect(b.count, b.legalBasis).toBe(activities.items.filter((a) => a.legalBases.includes(b.legalBasis)).length);

    const customers = (await ok(core, 'customers.list', { status: 'active', limit: 1000 })).items;
    expect(figures.agreementsByStatus.customers).toBe(customers.length);
    for (const s of figures.agreementsByStatus.statuses)
      expect(s.count, s.status).toBe(customers.filter((c) => c.agreement.status === s.status).length);
    expect(figures.agreementsByStatus.statuses.filter((s) => s.count > 0).length).toBeGreaterThan(2);

    const inUse = (await ok(core, 'subprocessors.list', {})).filter((s) => s.status === 'active');
    expect(figures.subprocessorsByPlace.subprocessors).toBe(inUse.length);
    expect(figures.subprocessorsByPlace.zones.reduce((n, z) => n + z.count, 0)).toBe(inUse.length);
    expect(figures.subprocessorsByPlace.places.reduce((n, p) => n + p.count, 0)).toBe(inUse.length);
    // The sample has US sub-processors: not all of it stays in the EU/EEA.
    expect(figures.subprocessorsByPlace.zones[0]!.count).toBeLessThan(inUse.length);
  });
});
