import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../electron/core/services/processor-register.service';
import { blankCustomer, call, ok } from '../helpers';
import { serviceRegister, subscribe, subscriptionFor } from './fixture';

describe('processor register (Art. 30(2)), derived from subscriptions', () => {
  it('applies additions and removes exceptions', () => {
    expect(applyChanges([1, 2, 3], [4, 2], [1])).toEqual([2, 3, 4]);
    expect(applyChanges([], [], [5])).toEqual([]);
  });

  it('gives one entry per active subscription with the customer, the service description and Art. 30(2)(a)–(d)', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', { ...r.backup, subprocessorIds: [r.se.id, r.de.id, r.us.id] });
    const c = await ok(r.core, 'customers.create', {
      ...blankCustomer,
      name: 'Mälardalens Tandvård AB',
      orgNr: '5561234567',
      contactPersons: [
        { name: 'Eva Bergström', role: 'Klinikchef', email: 'eva@tandvard.se', phone: '021-10 20 30' },
        { name: 'Per Ek', role: 'IT', email: '', phone: '' },
      ],
      dpo: { name: 'Dataskyddsombud', email: 'dso@tandvard.se', phone: '' },
    });
    const sub = await subscribe(r.core, c.id, s.id, '2025-02-01');

    const { onDate, entries } = await ok(r.core, 'processorRegister.list', {});
    expect(onDate).toBe('2026-11-22');
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e).toMatchObject({
      customerId: c.id,
      customerName: 'Mälardalens Tandvård AB',
      customerOrgNr: '556123-4567',
      customerContact: 'Eva Bergström (Klinikchef), eva@tandvard.se, 021-10 20 30',
      customerDpo: 'Dataskyddsombud, dso@tandvard.se',
      serviceId: s.id,
      serviceName: 'Backup',
      subscriptionId: sub.id,
      startDate: '2025-02-01',
      endDate: null,
      subjectMatter: r.backup.subjectMatter,
      purpose: r.backup.purpose,
      nature: ['storage', 'retrieval', 'erasure'],
      endOfContractAction: 'return_then_delete',
    });
    expect(e.processingCategories.map((t) => t.labelSv)).toEqual(['Säkerhetskopiering']);
    expect(e.dataSubjectCategories.map((t) => t.labelSv)).toEqual(['Kunders användare och anställda']);
    expect(e.subprocessors.map((x) => x.name)).toEqual(['Mälardalens Datacenter AB', 'Remote Watch Inc.', 'Sicherung GmbH']);
    // Art. 30(2)(c): only the sub-processor outside the EU/EEA is a transfer.
    expect(e.transfers).toEqual([
      {
        subprocessorId: r.us.id,
        name: 'Remote Watch Inc.',
        country: 'US',
        mechanism: 'adequacy_us_dpf',
        locationKind: 'country',
        regionName: '',
        regionInEea: true,
      },
    ]);
    // Art. 30(2)(d): implemented measures only (penetration tests are still planned).
    expect(e.securityMeasures.map((m) => m.id).sort()).toEqual([r.measure('TECH_BACKUP').id, r.measure('TECH_ENC_REST').id].sort());
    expect(e.retentionSummary?.sv).toBeTruthy();
    expect(e.retentionSummary?.en).toBeTruthy();
  });

  it("shows a change to a service in every subscribed customer's register; an ended subscription drops out", async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const names = ['Örebro Kyl AB', 'Alfa AB', 'Åkessons Bygg AB', 'Zeta AB'];
    const customers = [];
    for (const name of names) customers.push(await r.customer(name));
    for (const c of customers.slice(0, 3)) await subscribe(r.core, c.id, s.id, '2025-01-01');
    // Zeta's subscription ended last year.
    await subscribe(r.core, customers[3]!.id, s.id, '2024-01-01', '2025-12-31');

    const before = await ok(r.core, 'processorRegister.list', {});
    expect(before.entries.map((e) => e.customerName)).toEqual(['Alfa AB', 'Åkessons Bygg AB', 'Örebro Kyl AB']);
    expect(before.entries.every((e) => e.transfers.length === 0)).toBe(true);

    await ok(r.core, 'services.update', {
      id: s.id,
      revision: s.revision,
      fields: {
        ...r.backup,
        purpose: 'Återställning efter incident',
        subprocessorIds: [...r.backup.subprocessorIds, r.us.id],
        personalDataTermIds: [...r.backup.personalDataTermIds, r.term('personal_data', 'log_data')],
      },
    });
    // The new sub-processor waits for the proposed change notice; the rest shows at once.
    const pending = await ok(r.core, 'processorRegister.list', {});
    expect(pending.entries.map((e) => [e.purpose, e.transfers.length])).toEqual(Array(3).fill(['Återställning efter incident', 0]));
    const [proposed] = await ok(r.core, 'changeNotices.list', { open: true });
    const notice = await ok(r.core, 'changeNotices.get', { id: proposed!.id });
    await ok(r.core, 'changeNotices.update', {
      id: notice.id,
      revision: notice.revision,
      fields: { ...notice.fields, decision: 'no_notice', decisionNote: 'Kunderna har redan godkänt leverantören.' },
    });
    const after = await ok(r.core, 'processorRegister.list', {});
    expect(after.entries).toHaveLength(3);
    for (const e of after.entries) {
      expect(e.purpose).toBe('Återställning efter incident');
      expect(e.transfers.map((t) => t.name)).toEqual(['Remote Watch Inc.']);
      expect(e.personalDataCategories.map((t) => t.labelSv)).toContain('Loggar och inloggningshistorik');
    }
    // The same register on a date when Zeta was still a subscriber.
    const past = await ok(r.core, 'processorRegister.list', { onDate: '2025-06-01' });
    expect(past.entries.map((e) => e.customerName)).toEqual(['Alfa AB', 'Zeta AB', 'Åkessons Bygg AB', 'Örebro Kyl AB']);
    // Before anyone subscribed: empty.
    expect((await ok(r.core, 'processorRegister.list', { onDate: '2023-12-31' })).entries).toEqual([]);

    // Ending one subscription takes that customer out of today's register.
    const alfa = (await ok(r.core, 'subscriptions.list', { customerId: customers[1]!.id }))[0]!;
    await ok(r.core, 'subscriptions.update', {
      id: alfa.id,
      revision: alfa.revision,
      fields: subscriptionFor(customers[1]!.id, s.id, '2025-01-01', '2026-10-31'),
    });
    expect((await ok(r.core, 'processorRegister.list', {})).entries.map((e) => e.customerName)).toEqual([
      'Åkessons Bygg AB',
      'Örebro Kyl AB',
    ]);
    expect((await ok(r.core, 'processorRegister.list', { customerId: customers[1]!.id })).entries).toEqual([]);
  });

  it("applies one customer's additions and exceptions to that customer only", async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const plain = await r.customer('Alfa AB');
    const special = await r.customer('Beta AB');
    await subscribe(r.core, plain.id, s.id);
    const logData = r.term('personal_data', 'log_data');
    const identity = r.term('personal_data', 'identity');
    await ok(r.core, 'subscriptions.create', {
      ...subscriptionFor(special.id, s.id),
      addedTermIds: [logData, r.term('data_subject', 'employee')],
      removedTermIds: [identity],
      addedSubprocessorIds: [r.us.id],
      removedSubprocessorIds: [r.de.id],
    });

    const [a] = (await ok(r.core, 'processorRegister.list', { customerId: plain.id })).entries;
    const [b] = (await ok(r.core, 'processorRegister.list', { customerId: special.id })).entries;
    expect(a!.personalDataCategories.map((t) => t.id)).toEqual([identity, r.term('personal_data', 'communication_content')]);
    expect(a!.subprocessors.map((x) => x.name)).toEqual(['Mälardalens Datacenter AB', 'Sicherung GmbH']);
    expect(a!.transfers).toEqual([]);
    // In vocabulary order, whatever order they were added in.
    expect(b!.personalDataCategories.map((t) => t.id)).toEqual([logData, r.term('personal_data', 'communication_content')]);
    expect(b!.dataSubjectCategories.map((t) => t.labelSv)).toEqual(['Kunders användare och anställda', 'Anställda']);
    expect(b!.subprocessors.map((x) => x.name)).toEqual(['Mälardalens Datacenter AB', 'Remote Watch Inc.']);
    expect(b!.transfers.map((t) => [t.name, t.country, t.mechanism])).toEqual([['Remote Watch Inc.', 'US', 'adequacy_us_dpf']]);
  });

  it("lists every customer's services in Swedish order and refuses an unknown customer", async () => {
    const r = await serviceRegister();
    const backup = await ok(r.core, 'services.create', r.backup);
    const drift = await ok(r.core, 'services.create', { ...r.backup, name: 'Övervakning' });
    const hosting = await ok(r.core, 'services.create', { ...r.backup, name: 'Hosting' });
    const c = await r.customer('Alfa AB');
    for (const s of [drift, backup, hosting]) await subscribe(r.core, c.id, s.id);
    expect((await ok(r.core, 'processorRegister.list', { customerId: c.id })).entries.map((e) => e.serviceName)).toEqual([
      'Backup',
      'Hosting',
      'Övervakning',
    ]);
    const unknown = await call(r.core, 'processorRegister.list', { customerId: 4711 });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });
});

describe('sub-processor matrix', () => {
  it('lists, per customer, the services through which each sub-processor touches it', async () => {
    const r = await serviceRegister();
    const backup = await ok(r.core, 'services.create', r.backup); // SE + DE
    const monitoring = await ok(r.core, 'services.create', {
      ...r.backup,
      name: 'Drift och övervakning',
      subprocessorIds: [r.us.id, r.se.id],
    });
    const alfa = await r.customer('Alfa AB');
    const beta = await r.customer('Beta AB');
    const gamma = await r.customer('Gamma AB');
    await subscribe(r.core, alfa.id, backup.id);
    await subscribe(r.core, alfa.id, monitoring.id);
    await ok(r.core, 'subscriptions.create', {
      ...subscriptionFor(beta.id, backup.id),
      removedSubprocessorIds: [r.de.id],
      addedSubprocessorIds: [r.us.id],
    });
    await subscribe(r.core, gamma.id, monitoring.id, '2024-01-01', '2025-12-31'); // ended

    const m = await ok(r.core, 'subprocessors.matrix', {});
    expect(m.onDate).toBe('2026-11-22');
    expect(m.subprocessors.map((s) => [s.name, s.country])).toEqual([
      ['Mälardalens Datacenter AB', 'SE'],
      ['Remote Watch Inc.', 'US'],
      ['Sicherung GmbH', 'DE'],
    ]);
    expect(m.customers.map((c) => c.name)).toEqual(['Alfa AB', 'Beta AB']);
    const cell = (customerId: number, subprocessorId: number) =>
      m.cells.find((c) => c.customerId === customerId && c.subprocessorId === subprocessorId)?.services ?? null;
    expect(cell(alfa.id, r.se.id)).toEqual(['Backup', 'Drift och övervakning']);
    expect(cell(alfa.id, r.de.id)).toEqual(['Backup']);
    expect(cell(alfa.id, r.us.id)).toEqual(['Drift och övervakning']);
    expect(cell(beta.id, r.se.id)).toEqual(['Backup']);
    expect(cell(beta.id, r.us.id)).toEqual(['Backup']);
    expect(cell(beta.id, r.de.id)).toBeNull();
    expect(m.cells.some((c) => c.customerId === gamma.id)).toBe(false);
    expect(m.cells).toHaveLength(5);
    // The sub-processor list counts the same customers as the matrix shows.
    for (const sp of [r.se, r.de, r.us]) {
      expect((await ok(r.core, 'subprocessors.get', { id: sp.id })).customerCount, sp.name).toBe(
        m.cells.filter((c) => c.subprocessorId === sp.id).length,
      );
    }

    // On a date when Gamma still had monitoring.
    const past = await ok(r.core, 'subprocessors.matrix', { onDate: '2025-06-01' });
    expect(past.customers.map((c) => c.name)).toEqual(['Alfa AB', 'Beta AB', 'Gamma AB']);
    expect(
      past.cells
        .filter((c) => c.customerId === gamma.id)
        .map((c) => c.subprocessorId)
        .sort(),
    ).toEqual([r.se.id, r.us.id].sort());
  });

  it('changes when a customer subscribes to a service', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', { ...r.backup, subprocessorIds: [r.us.id] });
    const c = await r.customer('Alfa AB');
    expect((await ok(r.core, 'subprocessors.matrix', {})).cells).toEqual([]);
    await subscribe(r.core, c.id, s.id, '2026-11-22');
    expect((await ok(r.core, 'subprocessors.matrix', {})).cells).toEqual([
      { customerId: c.id, subprocessorId: r.us.id, services: ['Backup'] },
    ]);
  });
});
