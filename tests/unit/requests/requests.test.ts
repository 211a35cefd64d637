// The requests register (issue 16 §1): create/read/update/delete with revisions and validation, the
// clocks as the list reads them on a day, search, deadlines, the history, and a customer renamed.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { emptyDsrRequest, type DsrRequest, type DsrRequestFields } from '../../../shared/contract';
import { draftActivity, system } from '../activities/fixtures';
import { blankCustomer, call, coreWithRegister, ok } from '../helpers';

// FIXED_NOW is Sunday 22 November 2026: the register's today.

async function register() {
  const { core } = await coreWithRegister();
  const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Kund AB' });
  const other = await ok(core, 'customers.create', { ...blankCustomer, name: 'Annan Kund AB' });
  const activity = await ok(core, 'activities.create', draftActivity('Kundadministration'));
  const staff = await ok(core, 'activities.create', draftActivity('Anställda'));
  const sys = await ok(core, 'systems.create', system);
  return { core, customer, other, activity, staff, system: sys };
}

const fields = (extra: Partial<DsrRequestFields> = {}): DsrRequestFields => ({
  ...emptyDsrRequest,
  receivedOn: '2026-11-02',
  requesterName: 'Åsa Östlund',
  requesterContact: 'asa@example.se',
  requestText: 'Jag vill veta vilka uppgifter ni har om mig.',
  ...extra,
});

const create = (core: Core, extra: Partial<DsrRequestFields> = {}) => ok(core, 'requests.create', fields(extra));

const issues = (result: { ok: boolean; error?: { code: string; issues?: { path: (string | number)[]; message: string }[] } }) =>
  result.ok ? 'ok' : [result.error?.code, ...(result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`)];

const update = (core: Core, r: DsrRequest, extra: Partial<DsrRequestFields>) =>
  call(core, 'requests.update', { id: r.id, revision: r.revision, fields: { ...r.fields, ...extra } });

describe('a request', () => {
  it('is created with its clock, its links by name and what is missing', async () => {
    const r = await register();
    const req = await create(r.core, { activityIds: [r.activity.id], systemIds: [r.system.id] });
    expect(req).toMatchObject({
      revision: 1,
      right: 'access',
      receivedOn: '2026-11-02',
      requesterName: 'Åsa Östlund',
      ourRole: 'controller',
      customer: null,
      status: 'received',
      activities: [{ id: r.activity.id, name: 'Kundadministration' }],
      systems: [{ id: r.system.id, name: 'Ekonomisystem' }],
      warnings: ['w.request.identityPending'],
    });
    // Received 2 November: due Wednesday 2 December, ten days after today.
    expect(req.clock).toEqual({
      firstDueOn: '2026-12-02',
      extendedDueOn: null,
      dueOn: '2026-12-02',
      targetOn: '2026-11-30',
      extensionLate: false,
      state: 'running',
      daysLeft: 10,
      answeredLate: false,
    });
    expect(await ok(r.core, 'requests.get', { id: req.id })).toEqual(req);
    // Read on another day, the same request is due soon.
    expect((await ok(r.core, 'requests.get', { id: req.id, on: '2026-11-30' })).clock).toMatchObject({ state: 'due_soon', daysLeft: 2 });
  });

  it('keeps only its own role’s links: no customer as controller, no activities as processor', async () => {
    const r = await register();
    const mine = await create(r.core, { customerId: r.customer.id, forwardedOn: '2026-11-03', activityIds: [r.activity.id] });
    expect(mine.fields).toMatchObject({ customerId: null, forwardedOn: null, activityIds: [r.activity.id] });
    const theirs = await create(r.core, {
      ourRole: 'processor',
      customerId: r.customer.id,
      activityIds: [r.activity.id],
      systemIds: [r.system.id],
    });
    expect(theirs.fields).toMatchObject({ customerId: r.customer.id, activityIds: [], systemIds: [r.system.id] });
    expect(theirs.customer).toEqual({ id: r.customer.id, name: 'Kund AB' });
    expect(theirs.warnings).toEqual(['w.request.notForwarded']);
  });

  it('is refused field by field when it does not add up', async () => {
    const r = await register();
    const bad: [Partial<DsrRequestFields>, string][] = [
      [{ ourRole: 'processor', customerId: null }, 'customerId: v.required'],
      [{ identity: 'verified', identityCheckedOn: '2026-11-03' }, 'identityMethod: v.required'],
      [{ identity: 'verified', identityMethod: 'BankID' }, 'identityCheckedOn: v.required'],
      [
        { status: 'refused', outcome: 'refused_unfounded_excessive', answeredOn: '2026-11-10', outcomeReason: '' },
        'outcomeReason: v.required',
      ],
      [{ status: 'refused', outcome: 'granted', answeredOn: '2026-11-10' }, 'outcome: v.request.refusedOutcome'],
      [{ status: 'answered', outcome: 'granted', answeredOn: '2026-10-30' }, 'answeredOn: v.request.beforeReceived'],
      [{ status: 'answered', outcome: 'granted', answeredOn: null }, 'answeredOn: v.required'],
      [{ status: 'forwarded', forwardedOn: '2026-11-03' }, 'status: v.request.forwardedOnlyProcessor'],
      [{ extensionNotifiedOn: '2026-11-20', extensionReason: '' }, 'extensionReason: v.required'],
      [{ ourRole: 'processor', customerId: 9999 }, 'customerId: v.request.customerUnknown'],
      [{ activityIds: [r.activity.id, 9999] }, 'activityIds.1: v.unknownReference'],
      [{ systemIds: [9999] }, 'systemIds: v.unknownReference'],
    ];
    for (const [extra, expected] of bad) {
      expect(issues(await call(r.core, 'requests.create', fields(extra))), expected).toEqual(['INVALID_INPUT', expected]);
    }
    // An update names the same fields under `fields`.
    const req = await create(r.core);
    expect(issues(await update(r.core, req, { ourRole: 'processor', customerId: 9999 }))).toEqual([
      'INVALID_INPUT',
      'fields.customerId: v.request.customerUnknown',
    ]);
    expect(issues(await update(r.core, req, { answeredOn: '2026-10-01', status: 'answered', outcome: 'granted' }))).toEqual([
      'INVALID_INPUT',
      'fields.answeredOn: v.request.beforeReceived',
    ]);
  });

  it('is updated and deleted with the revision it was read at, CONFLICT otherwise', async () => {
    const r = await register();
    const req = await create(r.core);
    const verified = await ok(r.core, 'requests.update', {
      id: req.id,
      revision: 1,
      fields: { ...req.fields, identity: 'verified', identityMethod: 'BankID', identityCheckedOn: '2026-11-03', status: 'in_progress' },
    });
    expect(verified).toMatchObject({ revision: 2, identity: 'verified', status: 'in_progress', warnings: ['w.request.noActivities'] });

    const stale = await update(r.core, req, { notes: 'gammal' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('CONFLICT');
      expect((stale.error.details as { current: DsrRequest }).current.revision).toBe(2);
    }
    expect(issues(await call(r.core, 'requests.delete', { id: req.id, revision: 1 }))).toEqual(['CONFLICT']);
    expect(await ok(r.core, 'requests.delete', { id: req.id, revision: 2 })).toEqual({ id: req.id });
    expect(issues(await call(r.core, 'requests.get', { id: req.id }))).toEqual(['NOT_FOUND']);
  });

  it('extends the deadline when told in time, and flags an extension told too late', async () => {
    const r = await register();
    const inTime = await create(r.core, {
      receivedOn: '2026-09-01',
      extensionReason: 'Många system att söka i',
      extensionNotifiedOn: '2026-09-20',
      activityIds: [r.activity.id],
      identity: 'not_needed',
    });
    expect(inTime.clock).toMatchObject({
      firstDueOn: '2026-10-01',
      extendedDueOn: '2026-12-01',
      dueOn: '2026-12-01',
      extensionLate: false,
    });
    expect(inTime.warnings).toEqual([]);
    const late = await create(r.core, {
      receivedOn: '2026-09-01',
      extensionReason: 'Många system att söka i',
      extensionNotifiedOn: '2026-10-05',
      activityIds: [r.activity.id],
      identity: 'not_needed',
    });
    expect(late.clock).toMatchObject({ dueOn: '2026-10-01', extensionLate: true, state: 'overdue', daysLeft: -52 });
    expect(late.warnings).toEqual(['w.request.extensionLate']);
  });

  it('closes when answered, refused or (as processor) forwarded, and says what is still owed', async () => {
    const r = await register();
    const answeredLate = await create(r.core, {
      right: 'erasure',
      receivedOn: '2026-09-15',
      identity: 'not_needed',
      status: 'answered',
      outcome: 'granted',
      answeredOn: '2026-10-20',
    });
    expect(answeredLate.clock).toMatchObject({ state: 'closed', daysLeft: null, dueOn: '2026-10-15', answeredLate: true });
    expect(answeredLate.warnings).toEqual(['w.request.answeredLate', 'w.request.recipientsNotNotified']);
    const told = await ok(r.core, 'requests.update', {
      id: answeredLate.id,
      revision: 1,
      fields: { ...answeredLate.fields, recipientsNotifiedOn: '2026-10-21' },
    });
    expect(told.warnings).toEqual(['w.request.answeredLate']);

    const forwarded = await create(r.core, {
      ourRole: 'processor',
      customerId: r.customer.id,
      status: 'forwarded',
      forwardedOn: '2026-11-03',
    });
    expect(forwarded.clock.state).toBe('closed');
    expect(forwarded.warnings).toEqual([]);
    const refused = await create(r.core, {
      status: 'refused',
      outcome: 'refused_unfounded_excessive',
      outcomeReason: 'Fjärde begäran samma månad',
      answeredOn: '2026-11-05',
      identity: 'not_needed',
      activityIds: [r.activity.id],
    });
    expect(refused).toMatchObject({ clock: { state: 'closed', answeredLate: false }, warnings: [] });
  });
});

describe('the list', () => {
  /** Requests in every state on 22 November 2026. */
  async function listed() {
    const r = await register();
    const base = { identity: 'not_needed' as const, activityIds: [r.activity.id] };
    const overdue = await create(r.core, { ...base, receivedOn: '2026-10-01', requesterName: 'Bo Ek' }); // due 2 Nov
    const soon = await create(r.core, { ...base, right: 'erasure', receivedOn: '2026-10-26', requesterName: 'Cecilia Å' }); // due 26 Nov
    const later = await create(r.core, { ...base, receivedOn: '2026-11-20', requesterName: 'Dan Öst' }); // due 21 Dec
    const extended = await create(r.core, {
      ...base,
      receivedOn: '2026-09-01',
      requesterName: 'Eva Lund',
      extensionReason: 'Omfattande',
      extensionNotifiedOn: '2026-09-10',
    }); // due 1 Dec
    const answered = await create(r.core, {
      ...base,
      receivedOn: '2026-09-15',
      requesterName: 'Fredrik Berg',
      status: 'answered',
      outcome: 'no_data',
      answeredOn: '2026-10-10',
    });
    const forwarded = await create(r.core, {
      ourRole: 'processor',
      customerId: r.customer.id,
      receivedOn: '2026-11-10',
      requesterName: 'Gun Ås',
      requestText: 'Radera mina uppgifter i ert kundsystem',
      right: 'erasure',
      status: 'forwarded',
      forwardedOn: '2026-11-11',
    });
    const theirs = await create(r.core, {
      ourRole: 'processor',
      customerId: r.other.id,
      receivedOn: '2026-11-16',
      requesterName: 'Hans Ahl',
    }); // due 16 Dec
    return { ...r, overdue, soon, later, extended, answered, forwarded, theirs };
  }

  const ids = async (core: Core, input: Parameters<typeof ok<'requests.list'>>[2]) =>
    (await ok(core, 'requests.list', input)).rows.map((x) => x.id);

  it('shows open requests soonest deadline first, closed ones newest first, with counts over the register', async () => {
    const r = await listed();
    const open = await ok(r.core, 'requests.list', {});
    expect(open.rows.map((x) => x.id)).toEqual([r.overdue.id, r.soon.id, r.extended.id, r.theirs.id, r.later.id]);
    expect(open.total).toBe(5);
    expect(open.counts).toEqual({ open: 5, overdue: 1, dueSoon: 1 });
    expect(open.rows.map((x) => x.clock.state)).toEqual(['overdue', 'due_soon', 'running', 'running', 'running']);
    expect(await ids(r.core, { filter: 'closed' })).toEqual([r.forwarded.id, r.answered.id]);
    expect(await ids(r.core, { filter: 'all' })).toEqual([
      r.overdue.id,
      r.soon.id,
      r.extended.id,
      r.theirs.id,
      r.later.id,
      r.forwarded.id,
      r.answered.id,
    ]);
    expect(await ids(r.core, { filter: 'overdue' })).toEqual([r.overdue.id]);
    expect(await ids(r.core, { filter: 'due_soon' })).toEqual([r.soon.id]);
    // The counts stay the register's whatever the filter.
    expect((await ok(r.core, 'requests.list', { filter: 'closed' })).counts).toEqual({ open: 5, overdue: 1, dueSoon: 1 });
  });

  it('reads the clocks on the day asked about', async () => {
    const r = await listed();
    const on = '2026-11-28';
    expect(await ids(r.core, { filter: 'overdue', on })).toEqual([r.overdue.id, r.soon.id]);
    expect(await ids(r.core, { filter: 'due_soon', on })).toEqual([r.extended.id]);
    const list = await ok(r.core, 'requests.list', { on });
    expect(list.counts).toEqual({ open: 5, overdue: 2, dueSoon: 1 });
    expect(list.rows.find((x) => x.id === r.soon.id)!.clock).toMatchObject({ state: 'overdue', daysLeft: -2 });
  });

  it('filters by right, role and customer, and pages', async () => {
    const r = await listed();
    expect(await ids(r.core, { filter: 'all', right: 'erasure' })).toEqual([r.soon.id, r.forwarded.id]);
    expect(await ids(r.core, { filter: 'all', ourRole: 'processor' })).toEqual([r.theirs.id, r.forwarded.id]);
    expect(await ids(r.core, { filter: 'all', customerId: r.customer.id })).toEqual([r.forwarded.id]);
    const page = await ok(r.core, 'requests.list', { offset: 1, limit: 2 });
    expect([page.rows.map((x) => x.id), page.total]).toEqual([[r.soon.id, r.extended.id], 5]);
  });

  it('finds requests by requester, contact, customer and text, diacritics folded, every word', async () => {
    const r = await listed();
    expect(await ids(r.core, { filter: 'all', search: 'CECILIA a' })).toEqual([r.soon.id]);
    expect(await ids(r.core, { filter: 'all', search: 'öst' })).toEqual([r.later.id]);
    expect(await ids(r.core, { filter: 'all', search: 'DAN OST' })).toEqual([r.later.id]);
    expect(await ids(r.core, { filter: 'all', search: 'gun as' })).toEqual([r.forwarded.id]);
    expect(await ids(r.core, { filter: 'all', search: 'kundsystem' })).toEqual([r.forwarded.id]);
    expect(await ids(r.core, { filter: 'all', search: 'annan kund' })).toEqual([r.theirs.id]);
    expect(await ids(r.core, { filter: 'all', search: 'example.se hans' })).toEqual([r.theirs.id]);
    expect(await ids(r.core, { filter: 'all', search: '100%_' })).toEqual([]);
  });

  it('gives the open deadlines soonest first, for one customer too', async () => {
    const r = await listed();
    const all = await ok(r.core, 'requests.deadlines', {});
    expect(all.map((d) => [d.requestId, d.dueOn, d.state, d.daysLeft])).toEqual([
      [r.overdue.id, '2026-11-02', 'overdue', -20],
      [r.soon.id, '2026-11-26', 'due_soon', 4],
      [r.extended.id, '2026-12-01', 'running', 9],
      [r.theirs.id, '2026-12-16', 'running', 24],
      [r.later.id, '2026-12-21', 'running', 29],
    ]);
    expect(await ok(r.core, 'requests.deadlines', { customerId: r.other.id })).toEqual([
      {
        requestId: r.theirs.id,
        right: 'access',
        requesterName: 'Hans Ahl',
        customerName: 'Annan Kund AB',
        dueOn: '2026-12-16',
        targetOn: '2026-12-14',
        state: 'running',
        daysLeft: 24,
      },
    ]);
    expect((await ok(r.core, 'requests.deadlines', { on: '2026-12-20' })).map((d) => d.state)).toEqual([
      'overdue',
      'overdue',
      'overdue',
      'overdue',
      'due_soon',
    ]);
  });

  it('keeps a renamed customer’s requests findable under the new name', async () => {
    const r = await listed();
    const c = await ok(r.core, 'customers.get', { id: r.customer.id });
    expect(await ids(r.core, { filter: 'all', search: 'bergslagens' })).toEqual([]);
    await ok(r.core, 'customers.update', { id: c.id, revision: c.revision, fields: { ...blankCustomer, name: 'Bergslagens Bygg AB' } });
    expect(await ids(r.core, { filter: 'all', search: 'bergslagens' })).toEqual([r.forwarded.id]);
    expect((await ok(r.core, 'requests.get', { id: r.forwarded.id })).customer?.name).toBe('Bergslagens Bygg AB');
  });
});

describe('the history', () => {
  it('records the request’s creation and each change with its fields and links', async () => {
    const r = await register();
    const req = await create(r.core);
    await ok(r.core, 'requests.update', {
      id: req.id,
      revision: 1,
      fields: { ...req.fields, status: 'in_progress', activityIds: [r.staff.id] },
    });
    const { rows } = await ok(r.core, 'history.list', { kind: 'dsrRequest', recordId: req.id });
    expect(rows.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const change = rows.find((e) => e.action === 'update')!;
    expect(change.method).toBe('requests.update');
    expect(change.changes.fields).toContainEqual({ field: 'status', before: 'received', after: 'in_progress' });
    expect(change.changes.lists).toContainEqual({ list: 'activities', added: ['Anställda'], removed: [] });
  });
});
