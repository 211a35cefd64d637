import { describe, expect, it } from 'vitest';
import type { Breach } from '../../../shared/contract';
import { blankCustomer, call, ok } from '../helpers';
import { firstIssue } from '../agreements/fixture';
import { breachRegister, DISCOVERED } from './fixture';

// FIXED_NOW is Sunday 22 November 2026, 09:00 UTC: 42 hours after DISCOVERED, 30 hours before IMY's deadline.

const update = (r: { core: Parameters<typeof ok>[0] }, b: Breach, fields: Partial<Breach['fields']>) =>
  call(r.core, 'breaches.update', { id: b.id, revision: b.revision, fields: { ...b.fields, ...fields } });

describe('breaches: the Art. 33(5) log', () => {
  it('creates, reads, updates and deletes a breach with its lists', async () => {
    const r = await breachRegister();
    const staff = r.term('data_subject', 'customer_end_user');
    const identity = r.term('personal_data', 'identity');
    const b = await r.create({
      approxSubjects: 120,
      subjectTermIds: [staff],
      dataTermIds: [identity],
      systemIds: [r.system.id],
      supplements: [{ at: '2026-11-21T10:00:00Z', summary: 'Fler uppgifter om antalet' }],
      otherReports: [{ authority: 'police', at: '2026-11-20T18:00:00+01:00', reference: 'K-123', note: '' }],
      risk: 'risk',
    });
    expect(b).toMatchObject({ revision: 1, ourRole: 'controller', discoveredAt: DISCOVERED, risk: 'risk' });
    expect(b.imy).toEqual({ state: 'running', deadline: '2026-11-23T15:00:00.000Z', minutesLeft: 30 * 60, hoursToNotice: null });
    expect(b.subjectTerms.map((t) => t.id)).toEqual([staff]);
    expect(b.dataTerms.map((t) => t.id)).toEqual([identity]);
    expect(b.systems).toEqual([{ id: r.system.id, name: 'Backup-lagring' }]);
    expect(b.fields.otherReports).toEqual([{ authority: 'police', at: '2026-11-20T17:00:00.000Z', reference: 'K-123', note: '' }]);
    expect(b.fields.supplements).toEqual([{ at: '2026-11-21T10:00:00.000Z', summary: 'Fler uppgifter om antalet' }]);

    const updated = await ok(r.core, 'breaches.update', {
      id: b.id,
      revision: b.revision,
      fields: { ...b.fields, imyNotifiedAt: '2026-11-21T09:00:00Z', imyReference: 'IMY-2026-1', supplements: [], systemIds: [] },
    });
    expect(updated).toMatchObject({ revision: 2, imy: { state: 'met', hoursToNotice: 18, minutesLeft: null } });
    expect(updated.fields.supplements).toEqual([]);
    expect(updated.systems).toEqual([]);
    expect(await ok(r.core, 'breaches.get', { id: b.id })).toEqual(updated);

    // A stale revision is refused with the breach as it is now.
    const stale = await update(r, b, { title: 'Annan titel' });
    expect(stale.ok ? null : [stale.error.code, (stale.error.details as { current: Breach }).current.revision]).toEqual(['CONFLICT', 2]);
    const staleDelete = await call(r.core, 'breaches.delete', { id: b.id, revision: 1 });
    expect(staleDelete.ok ? null : staleDelete.error.code).toBe('CONFLICT');
    expect(await ok(r.core, 'breaches.delete', { id: b.id, revision: 2 })).toEqual({ id: b.id });
    const gone = await call(r.core, 'breaches.get', { id: b.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });

  it('refuses links to records that do not exist and terms of the wrong kind, at the field', async () => {
    const r = await breachRegister();
    const customer = await r.customer('Kund AB');
    const wrongKind = r.term('personal_data', 'identity');
    const cases: [Parameters<typeof r.fields>[0], string][] = [
      [{ customerIds: [customer.id, 9999] }, 'customerIds: v.breach.unknownLink'],
      [{ serviceIds: [9999] }, 'serviceIds: v.breach.unknownLink'],
      [{ systemIds: [9999] }, 'systemIds: v.breach.unknownLink'],
      [{ siteIds: [9999] }, 'siteIds: v.breach.unknownLink'],
      [{ equipmentIds: [9999] }, 'equipmentIds: v.breach.unknownLink'],
      [{ subjectTermIds: [wrongKind] }, 'subjectTermIds: v.breach.wrongTermKind'],
      [{ dataTermIds: [r.term('data_subject', 'customer_end_user')] }, 'dataTermIds: v.breach.wrongTermKind'],
      [{ dataTermIds: [99999] }, 'dataTermIds: v.breach.unknownLink'],
      [{ ourRole: 'processor', imyNotifiedAt: '2026-11-21T09:00:00Z' }, 'imyNotifiedAt: v.breach.notController'],
      [
        { ourRole: 'processor', subjectsInformedAt: '2026-11-21T09:00:00Z', subjectsMethod: 'E-post' },
        'subjectsInformedAt: v.breach.notController',
      ],
      // The contract's own rules.
      [{ imyNotifiedAt: '2026-11-19T09:00:00Z' }, 'imyNotifiedAt: v.breach.beforeDiscovered'],
      [{ risk: 'no_risk' }, 'riskRationale: v.breach.noRiskRationale'],
      [{ discoveredAt: '20 nov' }, 'discoveredAt: v.dateTime'],
    ];
    for (const [fields, expected] of cases) expect(firstIssue(await call(r.core, 'breaches.create', r.fields(fields)))).toBe(expected);
    // On update the path is under 'fields'.
    const b = await r.create();
    expect(firstIssue(await update(r, b, { siteIds: [9999] }))).toBe('fields.siteIds: v.breach.unknownLink');
    expect((await ok(r.core, 'breaches.list', { filter: 'all' })).total).toBe(1);
  });

  it('records a customer notice only for an affected customer of a processor breach, and keeps it when the customer stops being named', async () => {
    const r = await breachRegister();
    const named = await r.customer('Namngiven AB');
    const linked = await r.customer('Länkad AB');
    const office = await r.site(linked.id, 'Kontoret');
    const bystander = await r.customer('Utanför AB');
    const controller = await r.create({ customerIds: [named.id] });
    const notice: { notifiedAt: string | null; via: 'email' | 'phone' | 'post' | 'portal' | null; note: string } = {
      notifiedAt: '2026-11-20T20:00:00Z',
      via: 'email',
      note: '',
    };
    const refused = await call(r.core, 'breaches.recordCustomerNotice', {
      id: controller.id,
      revision: controller.revision,
      customerId: named.id,
      ...notice,
    });
    expect(firstIssue(refused)).toBe('customerId: v.breach.notProcessor');

    let b = await r.create({ ourRole: 'processor', customerIds: [named.id], siteIds: [office.id] });
    const record = (customerId: number, n: Partial<typeof notice> = {}) =>
      call(r.core, 'breaches.recordCustomerNotice', { id: b.id, revision: b.revision, customerId, ...notice, ...n });
    expect(firstIssue(await record(bystander.id))).toBe('customerId: v.breach.notAffected');
    expect(firstIssue(await record(linked.id, { via: null }))).toBe('via: v.required');
    expect(firstIssue(await record(linked.id, { notifiedAt: '2026-11-20T14:00:00Z' }))).toBe('notifiedAt: v.breach.beforeDiscovered');
    expect(b.warnings).toContain('w.breach.customersNotNotified');

    // Linked only through its site: the notice gets a row of its own.
    let result = await record(linked.id, { note: 'Till IT-chefen' });
    b = result.ok ? result.value : b;
    expect(b.revision).toBe(2);
    expect(b.customers.find((c) => c.customerId === linked.id)).toMatchObject({
      via: ['site'],
      notifiedAt: '2026-11-20T20:00:00.000Z',
      notifiedVia: 'email',
      note: 'Till IT-chefen',
      hoursToNotice: 5,
    });
    expect(b.fields.customerIds).toEqual([named.id]);
    result = await record(named.id, { notifiedAt: '2026-11-21T15:00:00Z', via: 'phone' });
    b = result.ok ? result.value : b;
    expect([b.customersAffected, b.customersNotified]).toEqual([2, 2]);
    expect(b.warnings).not.toContain('w.breach.customersNotNotified');
    expect(
      firstIssue(await call(r.core, 'breaches.recordCustomerNotice', { id: b.id, revision: 1, customerId: named.id, ...notice })),
    ).toBe('CONFLICT');

    // No longer named, but still linked through a site of its own: the notice stays.
    const office2 = await r.site(named.id, 'Filialen');
    let saved = await ok(r.core, 'breaches.update', {
      id: b.id,
      revision: b.revision,
      fields: { ...b.fields, customerIds: [], siteIds: [office.id, office2.id] },
    });
    expect(saved.customers.find((c) => c.customerId === named.id)).toMatchObject({
      via: ['site'],
      notifiedAt: '2026-11-21T15:00:00.000Z',
      notifiedVia: 'phone',
    });
    // Not linked at all any more: still on the log (told is told), without a reason, and not counted as affected.
    saved = await ok(r.core, 'breaches.update', {
      id: saved.id,
      revision: saved.revision,
      fields: { ...saved.fields, siteIds: [office.id] },
    });
    expect(saved.customers.find((c) => c.customerId === named.id)).toMatchObject({ via: [], notifiedAt: '2026-11-21T15:00:00.000Z' });
    expect([saved.customersAffected, saved.customersNotified]).toEqual([1, 1]);
    // Its notice can be cleared (and the empty row goes), but nothing new recorded.
    b = saved;
    expect(firstIssue(await record(named.id))).toBe('customerId: v.breach.notAffected');
    const cleared = await ok(r.core, 'breaches.recordCustomerNotice', {
      id: b.id,
      revision: b.revision,
      customerId: named.id,
      notifiedAt: null,
      via: null,
      note: '',
    });
    expect(cleared.customers.map((c) => c.name)).toEqual(['Länkad AB']);
    // A customer named and then dropped with nothing recorded leaves no trace.
    const again = await ok(r.core, 'breaches.update', {
      id: cleared.id,
      revision: cleared.revision,
      fields: { ...cleared.fields, customerIds: [bystander.id] },
    });
    const dropped = await ok(r.core, 'breaches.update', {
      id: again.id,
      revision: again.revision,
      fields: { ...again.fields, customerIds: [] },
    });
    expect(dropped.customers.map((c) => c.name)).toEqual(['Länkad AB']);
  });

  it('warns about what is missing or does not add up', async () => {
    const r = await breachRegister();
    const fresh = await r.create({ breachTypes: [] });
    expect(fresh.warnings).toEqual(['w.breach.notAssessed', 'w.breach.noTypes']);
    // Discovered four days ago, assessed as a risk, not notified: overdue without a reason.
    const old = await r.create({ discoveredAt: '2026-11-18T08:00:00Z', risk: 'risk' });
    expect(old.imy).toMatchObject({ state: 'overdue', minutesLeft: -25 * 60 });
    expect(old.warnings).toEqual(['w.breach.imyOverdue', 'w.breach.delayReasonMissing']);
    const explained = await ok(r.core, 'breaches.update', {
      id: old.id,
      revision: old.revision,
      fields: { ...old.fields, imyNotifiedAt: '2026-11-22T08:00:00Z', imyDelayReason: '' },
    });
    expect(explained.imy.state).toBe('late');
    expect(explained.warnings).toEqual(['w.breach.delayReasonMissing']);
    const high = await r.create({ risk: 'high_risk', closedOn: '2026-11-21' });
    expect(high.subjectsNoticeRequired).toBe(true);
    expect(high.warnings).toEqual(['w.breach.subjectsNotInformed', 'w.breach.closedOpen']);
    const exempt = await r.create({ risk: 'high_risk', subjectsExemption: 'encrypted', imyNotifiedAt: '2026-11-21T08:00:00Z' });
    expect([exempt.subjectsNoticeRequired, exempt.warnings]).toEqual([false, []]);
    const processor = await r.create({ ourRole: 'processor' });
    expect(processor.imy.state).toBe('not_applicable');
    expect(processor.warnings).toEqual(['w.breach.noCustomers']);
    expect(processor.subjectsNoticeRequired).toBe(false);
  });

  it('lists open breaches by the nearest IMY deadline, filters, searches and counts', async () => {
    const r = await breachRegister();
    const kund = await r.customer('Ängshagens Vård AB');
    const overdue = await r.create({
      title: 'Felskickat mejl',
      cause: 'misdirected_email',
      discoveredAt: '2026-11-18T08:00:00Z',
      risk: 'risk',
    });
    const soon = await r.create({ title: 'Nätfiske', cause: 'phishing', discoveredAt: '2026-11-21T08:00:00Z' });
    const processor = await r.create({
      title: 'Stulen dator',
      ourRole: 'processor',
      customerIds: [kund.id],
      discoveredAt: '2026-11-21T12:00:00Z',
    });
    const done = await r.create({ title: 'Rapporterad', imyNotifiedAt: '2026-11-21T08:00:00Z', risk: 'risk' });
    const closed = await r.create({
      title: 'Avslutad',
      discoveredAt: '2026-10-01T08:00:00Z',
      risk: 'no_risk',
      riskRationale: 'Krypterad',
      closedOn: '2026-10-05',
    });
    const ids = async (input: Parameters<typeof ok<'breaches.list'>>[2]) =>
      (await ok(r.core, 'breaches.list', input)).rows.map((b) => b.id);

    const open = await ok(r.core, 'breaches.list', {});
    // Open clocks by deadline, then the other open breaches newest first; closed ones not by default.
    expect(open.rows.map((b) => b.id)).toEqual([overdue.id, soon.id, processor.id, done.id]);
    expect(open.total).toBe(4);
    expect(open.counts).toEqual({ open: 4, imyOverdue: 1, customersToNotify: 1 });
    expect(await ids({ filter: 'all' })).toEqual([overdue.id, soon.id, processor.id, done.id, closed.id]);
    expect(await ids({ filter: 'closed' })).toEqual([closed.id]);
    expect(await ids({ ourRole: 'processor' })).toEqual([processor.id]);
    expect(await ids({ customerId: kund.id })).toEqual([processor.id]);
    // Search ignores case and diacritics, and finds the cause and the customer's name.
    expect(await ids({ search: 'NATFISKE' })).toEqual([soon.id]);
    expect(await ids({ search: 'misdirected' })).toEqual([overdue.id]);
    expect(await ids({ search: 'angshagens', filter: 'all' })).toEqual([processor.id]);
    expect(await ids({ search: '100%' })).toEqual([]);
    expect(await ids({ offset: 1, limit: 2 })).toEqual([soon.id, processor.id]);
    // Clocks read at another moment.
    const later = await ok(r.core, 'breaches.list', { now: '2026-11-25T00:00:00Z' });
    expect(later.counts.imyOverdue).toBe(2);

    // Renaming the customer keeps the breach findable under the new name.
    const c = await ok(r.core, 'customers.get', { id: kund.id });
    await ok(r.core, 'customers.update', { id: c.id, revision: c.revision, fields: { ...blankCustomer, name: 'Björkdalens Omsorg AB' } });
    expect(await ids({ search: 'björkdalens' })).toEqual([processor.id]);
    expect(await ids({ search: 'angshagens' })).toEqual([]);
  });

  it('gives every open clock, nearest first', async () => {
    const r = await breachRegister();
    const alfa = await r.customer('Alfa AB');
    const beta = await r.customer('Beta AB');
    const imy = await r.create({ title: 'IMY', discoveredAt: '2026-11-21T08:00:00Z', risk: 'high_risk' });
    const proc = await r.create({
      title: 'Biträde',
      ourRole: 'processor',
      customerIds: [beta.id, alfa.id],
      discoveredAt: '2026-11-19T08:00:00Z',
    });
    await r.create({ title: 'Klar', risk: 'no_risk', riskRationale: 'Ingen risk' });
    await r.create({ title: 'Stängd', risk: 'risk', closedOn: '2026-11-21' });
    await ok(r.core, 'breaches.recordCustomerNotice', {
      id: proc.id,
      revision: proc.revision,
      customerId: beta.id,
      notifiedAt: '2026-11-19T10:00:00Z',
      via: 'email',
      note: '',
    });
    const clocks = await ok(r.core, 'breaches.clocks', {});
    expect(clocks).toEqual([
      {
        breachId: proc.id,
        title: 'Biträde',
        kind: 'customer',
        customerId: alfa.id,
        customerName: 'Alfa AB',
        deadline: null,
        minutesLeft: null,
      },
      { breachId: imy.id, title: 'IMY', kind: 'subjects', customerId: null, customerName: null, deadline: null, minutesLeft: null },
      {
        breachId: imy.id,
        title: 'IMY',
        kind: 'imy',
        customerId: null,
        customerName: null,
        deadline: '2026-11-24T08:00:00.000Z',
        minutesLeft: 47 * 60,
      },
    ]);
    expect((await ok(r.core, 'breaches.clocks', { now: '2026-11-24T09:00:00Z' })).find((c) => c.kind === 'imy')!.minutesLeft).toBe(-60);
  });

  it('records each change in the history', async () => {
    const r = await breachRegister();
    const b = await r.create();
    await ok(r.core, 'breaches.update', {
      id: b.id,
      revision: b.revision,
      fields: { ...b.fields, risk: 'risk', title: 'Stulen dator, Ängshagen' },
    });
    const history = await ok(r.core, 'history.list', { kind: 'breach', recordId: b.id });
    expect(history.rows.map((e) => e.action)).toEqual(['update', 'create']);
    const change = history.rows[0]!;
    expect(change.recordName).toBe('Stulen dator, Ängshagen');
    expect(change.changes.fields).toEqual(
      expect.arrayContaining([
        { field: 'title', before: 'Stulen bärbar dator', after: 'Stulen dator, Ängshagen' },
        { field: 'risk', before: null, after: 'risk' },
      ]),
    );
  });
});
