import { describe, expect, it } from 'vitest';
import { call, ok } from '../helpers';
import { serviceRegister, subscribe, subscriptionFor } from './fixture';

describe('subscriptions', () => {
  it('links a customer to a service with dates and shows whether it is active today', async () => {
    const r = await serviceRegister(); // today is 2026-11-22
    const s = await ok(r.core, 'services.create', r.backup);
    const c = await r.customer('Västerås Redovisning AB');
    const current = await subscribe(r.core, c.id, s.id, '2025-03-01', '2026-12-31');
    const future = await ok(r.core, 'subscriptions.create', {
      ...subscriptionFor(c.id, s.id, '2027-01-01'),
      notes: 'Startar efter flytten',
    });
    expect(current).toMatchObject({ customerName: 'Västerås Redovisning AB', serviceName: 'Backup', active: true, endDate: '2026-12-31' });
    expect(future).toMatchObject({ active: false, notes: 'Startar efter flytten' });
    const endsToday = await ok(r.core, 'subscriptions.update', {
      id: current.id,
      revision: current.revision,
      fields: { ...subscriptionFor(c.id, s.id, '2025-03-01', '2026-11-22') },
    });
    expect(endsToday.active).toBe(true);
    const ended = await ok(r.core, 'subscriptions.update', {
      id: current.id,
      revision: endsToday.revision,
      fields: { ...subscriptionFor(c.id, s.id, '2025-03-01', '2026-11-21') },
    });
    expect(ended.active).toBe(false);
    expect((await ok(r.core, 'subscriptions.list', { customerId: c.id })).map((x) => x.startDate)).toEqual(['2025-03-01', '2027-01-01']);
  });

  it('checks the ids and kinds of additions and exceptions', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const c = await r.customer('Alfa AB');
    const base = subscriptionFor(c.id, s.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ customerId: 999_999 }, 'customerId', 'v.unknownReference'],
      [{ serviceId: 999_999 }, 'serviceId', 'v.unknownReference'],
      [{ addedTermIds: [999_999] }, 'addedTermIds', 'v.unknownReference'],
      // Recipients are not something a service describes.
      [{ addedTermIds: [r.term('personal_data', 'log_data'), r.term('recipient', 'processor')] }, 'addedTermIds', 'v.unknownReference'],
      [{ removedSubprocessorIds: [999_999] }, 'removedSubprocessorIds', 'v.unknownReference'],
      [
        { addedSubprocessorIds: [r.us.id], removedSubprocessorIds: [r.se.id, r.us.id] },
        'removedSubprocessorIds',
        'v.subscription.addedAndRemoved',
      ],
      [
        { addedTermIds: [r.term('personal_data', 'log_data')], removedTermIds: [r.term('personal_data', 'log_data')] },
        'removedTermIds',
        'v.subscription.addedAndRemoved',
      ],
      [{ startDate: '2025-05-01', endDate: '2025-04-30' }, 'endDate', 'v.endBeforeStart'],
      [{ startDate: '2025-02-30' }, 'startDate', 'v.date'],
    ];
    for (const [patch, path, message] of cases) {
      const result = await call(r.core, 'subscriptions.create', { ...base, ...patch } as typeof base);
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(
        result.error.issues?.map((i) => [i.path.join('.'), i.message]),
        path,
      ).toEqual([[path, message]]);
    }
    expect(await ok(r.core, 'subscriptions.list', {})).toEqual([]);
  });

  it('refuses overlapping periods of the same service for the same customer, and new subscriptions to an archived service', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const c = await r.customer('Alfa AB');
    const first = await subscribe(r.core, c.id, s.id, '2024-01-01', '2024-12-31');
    const overlap = await call(r.core, 'subscriptions.create', subscriptionFor(c.id, s.id, '2024-12-31'));
    expect(!overlap.ok && overlap.error.issues?.[0]).toMatchObject({ path: ['startDate'], message: 'v.subscription.overlap' });
    const again = await subscribe(r.core, c.id, s.id, '2025-01-01');
    // Editing a subscription does not collide with itself.
    await ok(r.core, 'subscriptions.update', {
      id: first.id,
      revision: first.revision,
      fields: { ...subscriptionFor(c.id, s.id, '2023-06-01', '2024-12-31'), notes: 'Förlängd bakåt' },
    });

    const archived = await ok(r.core, 'services.update', { id: s.id, revision: s.revision, fields: { ...r.backup, status: 'archived' } });
    const other = await r.customer('Beta AB');
    const refused = await call(r.core, 'subscriptions.create', subscriptionFor(other.id, archived.id));
    expect(!refused.ok && refused.error.issues?.[0]).toMatchObject({ path: ['serviceId'], message: 'v.subscription.serviceArchived' });
    // …but existing subscribers keep theirs and can still be edited (e.g. given an end date).
    const ended = await ok(r.core, 'subscriptions.update', {
      id: again.id,
      revision: again.revision,
      fields: subscriptionFor(c.id, s.id, '2025-01-01', '2026-12-31'),
    });
    expect(ended.endDate).toBe('2026-12-31');
  });

  it('keeps additions and exceptions, without repeats, and replaces them on update', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const c = await r.customer('Alfa AB');
    const logData = r.term('personal_data', 'log_data');
    const created = await ok(r.core, 'subscriptions.create', {
      ...subscriptionFor(c.id, s.id),
      addedTermIds: [logData, logData],
      removedSubprocessorIds: [r.de.id],
      addedSubprocessorIds: [r.us.id],
    });
    expect(created).toMatchObject({
      addedTermIds: [logData],
      removedTermIds: [],
      addedSubprocessorIds: [r.us.id],
      removedSubprocessorIds: [r.de.id],
    });
    const updated = await ok(r.core, 'subscriptions.update', {
      id: created.id,
      revision: created.revision,
      fields: { ...subscriptionFor(c.id, s.id), removedTermIds: [logData] },
    });
    expect(updated).toMatchObject({
      revision: 2,
      addedTermIds: [],
      removedTermIds: [logData],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });
  });

  it('refuses a stale update or delete with CONFLICT and the current row', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const c = await r.customer('Alfa AB');
    const sub = await subscribe(r.core, c.id, s.id);
    await ok(r.core, 'subscriptions.update', {
      id: sub.id,
      revision: sub.revision,
      fields: { ...subscriptionFor(c.id, s.id), notes: 'Fönster 1' },
    });
    for (const result of [
      await call(r.core, 'subscriptions.update', {
        id: sub.id,
        revision: sub.revision,
        fields: { ...subscriptionFor(c.id, s.id), notes: 'Fönster 2' },
      }),
      await call(r.core, 'subscriptions.delete', { id: sub.id, revision: sub.revision }),
    ]) {
      expect(!result.ok && result.error.code).toBe('CONFLICT');
      expect(!result.ok && (result.error.details as { current: { notes: string; revision: number } }).current).toMatchObject({
        notes: 'Fönster 1',
        revision: 2,
      });
    }
    const gone = await call(r.core, 'subscriptions.delete', { id: 4711, revision: 1 });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
  });

  it('goes with the customer when the customer is deleted', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const c = await r.customer('Alfa AB');
    await ok(r.core, 'subscriptions.create', { ...subscriptionFor(c.id, s.id), addedSubprocessorIds: [r.us.id] });
    await ok(r.core, 'customers.delete', { id: c.id, revision: c.revision });
    expect(await ok(r.core, 'subscriptions.list', {})).toEqual([]);
    expect((await ok(r.core, 'processorRegister.list', {})).entries).toEqual([]);
    expect(await ok(r.core, 'services.delete', { id: s.id, revision: s.revision })).toEqual({ id: s.id });
  });
});
