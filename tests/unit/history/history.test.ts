// The change history as a user meets it (issue 11): who changed what and when, field by field;
// an earlier version written back; a deleted record brought back with what went with it; the
// values of a deleted record erased from the history, the file and the WAL.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, onTestFinished } from 'vitest';
import { verifyChain } from '../../../electron/core/history/chain';
import { openSession, type Session } from '../../../electron/core/session';
import {
  customerFields as customerSchema,
  emptyEquipment,
  emptyService,
  emptySite,
  type Customer,
  type CustomerFields,
} from '../../../shared/contract';
import { fullActivity, seedRefs } from '../activities/fixtures';
import { blankCustomer, call, FIXED_NOW, ok, tempDir } from '../helpers';
import { allEntries, entriesOf, fileContains, historyCore } from './fixture';

const customerFields = (c: Customer, changes: Partial<CustomerFields> = {}): CustomerFields => ({
  name: c.name,
  orgNr: c.orgNr,
  visitingAddress: c.visitingAddress,
  invoiceAddress: c.invoiceAddress,
  invoiceSameAsVisiting: c.invoiceSameAsVisiting,
  contactPersons: c.contactPersons,
  dpo: c.dpo,
  contractStart: c.contractStart,
  contractEnd: c.contractEnd,
  status: c.status,
  notes: c.notes,
  ...changes,
});

const customerFieldsParse = (fields: CustomerFields) => customerSchema.parse(fields);

const field = (entry: { changes: { fields: { field: string; before: unknown; after: unknown }[] } }, name: string) =>
  entry.changes.fields.find((f) => f.field === name);

describe('history: who changed what, and when', () => {
  it('records a customer’s creation, edits and deletion with the OS user, the display name and the time', async () => {
    const h = await historyCore({ osUser: 'maria.lind' });
    await ok(h.core, 'settings.setDisplayName', { displayName: 'Maria Lind' });

    h.at('2026-11-02T08:15:00.000Z');
    const created = await ok(h.core, 'customers.create', {
      ...blankCustomer,
      name: 'Ängby Bygg AB',
      visitingAddress: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
      contactPersons: [{ name: 'Åsa Öberg', role: 'VD', email: 'asa@angby.se', phone: '' }],
    });

    // Someone else edits it a day later: the entry names that person.
    await ok(h.core, 'settings.setDisplayName', { displayName: 'Johan Ek' });
    h.at('2026-11-03T13:40:00.000Z');
    const updated = await ok(h.core, 'customers.update', {
      id: created.id,
      revision: created.revision,
      fields: customerFields(created, {
        name: 'Ängby Bygg & Måleri AB',
        visitingAddress: { ...created.visitingAddress, city: 'Köping' },
        notes: 'Ny ägare sedan oktober.',
      }),
    });

    h.at('2026-11-04T07:05:00.000Z');
    await ok(h.core, 'customers.delete', { id: created.id, revision: updated.revision });

    const own = await entriesOf(h.core, 'customer', created.id);
    expect(own.map((e) => [e.action, e.method, e.at, e.osUser, e.displayName])).toEqual([
      ['create', 'customers.create', '2026-11-02T08:15:00.000Z', 'maria.lind', 'Maria Lind'],
      ['update', 'customers.update', '2026-11-03T13:40:00.000Z', 'maria.lind', 'Johan Ek'],
      ['delete', 'customers.delete', '2026-11-04T07:05:00.000Z', 'maria.lind', 'Johan Ek'],
    ]);
    const [create, update, del] = own;
    expect(create!.recordName).toBe('Ängby Bygg AB');
    expect(field(create!, 'name')).toEqual({ field: 'name', before: null, after: 'Ängby Bygg AB' });
    expect(field(create!, 'visitingCity')).toEqual({ field: 'visitingCity', before: null, after: 'Västerås' });
    // A new record lists what it holds, not its empty fields.
    expect(field(create!, 'orgNr')).toBeUndefined();

    // Exactly the fields that changed, before → after (invoiced at the visiting address, so its
    // city moved too); the name is the name after the change.
    expect(update!.recordName).toBe('Ängby Bygg & Måleri AB');
    expect(update!.changes.fields).toEqual([
      { field: 'name', before: 'Ängby Bygg AB', after: 'Ängby Bygg & Måleri AB' },
      { field: 'visitingCity', before: 'Västerås', after: 'Köping' },
      { field: 'invoiceCity', before: 'Västerås', after: 'Köping' },
      { field: 'notes', before: '', after: 'Ny ägare sedan oktober.' },
    ]);
    expect(update!.changes.lists).toEqual([]);
    expect(del!.recordName).toBe('Ängby Bygg & Måleri AB');
    expect(field(del!, 'name')).toEqual({ field: 'name', before: 'Ängby Bygg & Måleri AB', after: null });
    expect(del!.restorable).toBe(true);
    expect(update!.restorable).toBe(false); // the record is gone: only its delete entry brings it back

    // The contact person is a record of its own that belongs to the customer, and went with it.
    const withChildren = await entriesOf(h.core, 'customer', created.id, { withChildren: true });
    const person = withChildren.filter((e) => e.kind === 'contactPerson');
    expect(person.map((e) => [e.action, e.recordName, e.parentKind, e.parentId])).toEqual([
      ['create', 'Åsa Öberg', 'customer', created.id],
      ['delete', 'Åsa Öberg', 'customer', created.id],
    ]);
    // One delete is one change: the customer and its contact person share it.
    expect(person[1]!.changeId).toBe(del!.changeId);

    // The filters a user has: by user, by date, by words in the name.
    expect(await ok(h.core, 'history.users', {})).toEqual(expect.arrayContaining(['Johan Ek', 'Maria Lind', 'maria.lind']));
    const byJohan = await allEntries(h.core, { user: 'Johan Ek', kind: 'customer' });
    expect(byJohan.map((e) => e.action)).toEqual(['update', 'delete']);
    const onThe3rd = await allEntries(h.core, { from: '2026-11-03', to: '2026-11-03' });
    expect(onThe3rd.map((e) => e.action)).toEqual(['update']);
    const found = await allEntries(h.core, { search: 'måleri' });
    expect(found.map((e) => e.action)).toEqual(['update', 'delete']);
  });

  it('shows an activity’s lists as items added and removed, by their labels', async () => {
    const h = await historyCore();
    const refs = await seedRefs(h.core);
    const fields = fullActivity(refs);
    const activity = await ok(h.core, 'activities.create', fields);
    await ok(h.core, 'activities.update', {
      id: activity.id,
      revision: activity.revision,
      fields: {
        ...fields,
        owner: 'Karin Ödman',
        purposes: [
          fields.purposes[0]!,
          { description: 'Nyhetsbrev till kunder', legalBasis: 'consent', legalBasisDetail: '', liaText: '' },
        ],
        personalDataTermIds: [refs.term('personal_data', 'identity'), refs.term('personal_data', 'contact')],
        dataSubjectTermIds: [refs.term('data_subject', 'customer_contact'), refs.term('data_subject', 'supplier_contact')],
      },
    });
    const [create, update] = await entriesOf(h.core, 'activity', activity.id);
    expect(create!.action).toBe('create');
    expect(create!.recordName).toBe('PA-01 · Kund- och avtalsadministration');
    expect(create!.changes.lists.find((l) => l.list === 'purposes')!.added).toHaveLength(3);

    expect(update!.changes.fields).toEqual([{ field: 'owner', before: 'Åsa Öberg, VD', after: 'Karin Ödman' }]);
    const lists = Object.fromEntries(update!.changes.lists.map((l) => [l.list, { added: l.added, removed: [...l.removed].sort() }]));
    expect(lists.purposes).toEqual({
      added: ['Nyhetsbrev till kunder · consent'],
      removed: ['Bokföring av fakturor · legal_obligation', 'Kundnöjdhetsuppföljning · legitimate_interests'],
    });
    const terms = await ok(h.core, 'vocabularies.list', {});
    const label = (id: number) => terms.find((t) => t.id === id)!.labelSv;
    expect(lists.terms).toEqual({
      added: [label(refs.term('data_subject', 'supplier_contact'))],
      removed: [label(refs.term('personal_data', 'personnummer'))],
    });
    // Lists that did not change are not mentioned.
    expect(Object.keys(lists).sort()).toEqual(['purposes', 'terms']);
  });

  it('writes nothing for a save that changes nothing', async () => {
    const h = await historyCore();
    const c = await ok(h.core, 'customers.create', { ...blankCustomer, name: 'Oförändrad AB' });
    await ok(h.core, 'customers.update', { id: c.id, revision: c.revision, fields: customerFields(c) });
    expect((await entriesOf(h.core, 'customer', c.id)).map((e) => e.action)).toEqual(['create']);
  });
});

describe('history: restoring a version', () => {
  it('writes the first version back as a new change, and refuses a stale revision', async () => {
    const h = await historyCore();
    h.at('2026-11-02T09:00:00.000Z');
    const v1 = await ok(h.core, 'customers.create', {
      ...blankCustomer,
      name: 'Bergs Redovisning AB',
      orgNr: '556016-0680',
      notes: 'Första versionen',
    });
    h.at('2026-11-03T09:00:00.000Z');
    const v2 = await ok(h.core, 'customers.update', {
      id: v1.id,
      revision: v1.revision,
      fields: customerFields(v1, { name: 'Bergs Redovisning & Lön AB', notes: 'Andra versionen' }),
    });
    h.at('2026-11-04T09:00:00.000Z');
    const v3 = await ok(h.core, 'customers.update', {
      id: v1.id,
      revision: v2.revision,
      fields: customerFields(v2, { status: 'ended', contractEnd: '2026-10-31', notes: 'Tredje versionen' }),
    });
    const [first] = await entriesOf(h.core, 'customer', v1.id);
    expect(first!.restorable).toBe(true);
    expect(first!.currentRevision).toBe(v3.revision);

    // Someone saw version 2 and restores: the record moved on since, so it is refused.
    const stale = await call(h.core, 'history.restore', { entryId: first!.id, revision: v2.revision });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    expect((await ok(h.core, 'customers.get', { id: v1.id })).notes).toBe('Tredje versionen');

    h.at('2026-11-05T09:00:00.000Z');
    const restored = await ok(h.core, 'history.restore', { entryId: first!.id, revision: v3.revision });
    expect(restored).toEqual({ kind: 'customer', recordId: v1.id, name: 'Bergs Redovisning AB' });
    const now = await ok(h.core, 'customers.get', { id: v1.id });
    expect(customerFields(now)).toEqual(customerFields(v1));
    expect(now.revision).toBeGreaterThan(v3.revision);
    expect(now.updatedAt).toBe('2026-11-05T09:00:00.000Z');

    const entries = await entriesOf(h.core, 'customer', v1.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update', 'restore']);
    const restore = entries.at(-1)!;
    expect(restore.method).toBe('history.restore');
    expect(restore.at).toBe('2026-11-05T09:00:00.000Z');
    expect(Object.fromEntries(restore.changes.fields.map((f) => [f.field, [f.before, f.after]]))).toEqual({
      name: ['Bergs Redovisning & Lön AB', 'Bergs Redovisning AB'],
      status: ['ended', 'active'],
      contractEnd: ['2026-10-31', null],
      notes: ['Tredje versionen', 'Första versionen'],
    });
    // The restore is itself a version that can be undone: version 3 back again.
    const back = await ok(h.core, 'history.restore', { entryId: entries[2]!.id, revision: now.revision });
    expect(back.recordId).toBe(v1.id);
    expect((await ok(h.core, 'customers.get', { id: v1.id })).notes).toBe('Tredje versionen');
    expect((await ok(h.core, 'history.verify', {})).ok).toBe(true);
  });

  it('restores an activity’s lists with its fields', async () => {
    const h = await historyCore();
    const refs = await seedRefs(h.core);
    const fields = fullActivity(refs);
    const created = await ok(h.core, 'activities.create', fields);
    const before = await ok(h.core, 'activities.get', { id: created.id });
    const edited = await ok(h.core, 'activities.update', {
      id: created.id,
      revision: created.revision,
      fields: { ...fields, name: 'Kundregister', purposes: [fields.purposes[1]!], measureIds: [], systemIds: [] },
    });
    const [first] = await entriesOf(h.core, 'activity', created.id);
    await ok(h.core, 'history.restore', { entryId: first!.id, revision: edited.revision });
    const after = await ok(h.core, 'activities.get', { id: created.id });
    const strip = (a: typeof after) => ({ ...a, revision: 0, updatedAt: '' });
    expect(strip(after)).toEqual(strip(before));
  });
});

describe('history: bringing a deleted record back', () => {
  it('brings back a customer with its contact persons, sites, devices and subscriptions', async () => {
    const h = await historyCore();
    const { core } = h;
    const service = await ok(core, 'services.create', { ...emptyService, name: 'Drift och övervakning', nature: ['storage'] });
    const customer = await ok(core, 'customers.create', {
      ...blankCustomer,
      name: 'Hälsans Hus i Sala AB',
      notes: 'Tandvårdsklinik',
      contactPersons: [
        { name: 'Örjan Åkesson', role: 'IT-ansvarig', email: 'orjan@halsanshus.se', phone: '0224-123 45' },
        { name: 'Lena Ström', role: 'Ekonomi', email: 'lena@halsanshus.se', phone: '' },
      ],
    });
    const siteA = await ok(core, 'sites.create', { customerId: customer.id, fields: { ...emptySite, name: 'Kliniken', city: 'Sala' } });
    const siteB = await ok(core, 'sites.create', { customerId: customer.id, fields: { ...emptySite, name: 'Lagret', city: 'Sala' } });
    await ok(core, 'subscriptions.create', {
      customerId: customer.id,
      serviceId: service.id,
      startDate: '2025-01-01',
      endDate: null,
      notes: 'Grundavtal',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });
    const pc = await ok(core, 'equipment.create', {
      customerId: customer.id,
      siteId: siteA.id,
      fields: {
        ...emptyEquipment,
        type: 'pc',
        hostname: 'sala-rec01',
        serialNumber: 'SN-1001',
        serviceIds: [service.id],
        installedOn: '2025-03-01',
      },
    });
    const moved = await ok(core, 'equipment.move', {
      id: pc.id,
      revision: pc.revision,
      toSiteId: siteB.id,
      movedOn: '2026-06-01',
      note: '',
    });
    await ok(core, 'equipment.create', {
      customerId: customer.id,
      siteId: null,
      fields: { ...emptyEquipment, type: 'printer', serialNumber: 'SN-2002', status: 'in_storage' },
    });

    const snapshot = async () => ({
      customer: await ok(core, 'customers.get', { id: customer.id }),
      sites: await ok(core, 'sites.list', { customerId: customer.id }),
      equipment: await Promise.all(
        (await ok(core, 'equipment.list', { customerId: customer.id })).items.map((d) => ok(core, 'equipment.get', { id: d.id })),
      ),
      subscriptions: await ok(core, 'subscriptions.list', { customerId: customer.id }),
    });
    const before = await snapshot();
    expect(before.equipment.find((d) => d.id === moved.id)!.moves).toHaveLength(2);

    await ok(core, 'customers.delete', { id: customer.id, revision: before.customer.revision });
    expect((await call(core, 'customers.get', { id: customer.id })).ok).toBe(false);
    const deleted = (await entriesOf(core, 'customer', customer.id)).at(-1)!;
    expect(deleted.action).toBe('delete');

    const { records } = await ok(core, 'history.undelete', { entryId: deleted.id });
    expect(records.map((r) => r.kind).sort()).toEqual(
      ['contactPerson', 'contactPerson', 'customer', 'equipment', 'equipment', 'site', 'site', 'subscription'].sort(),
    );
    const after = await snapshot();
    // Everything as it was (each row at a later revision).
    const strip = <T extends { revision: number; updatedAt?: string }>(rows: T[]) =>
      rows.map((r) => ({ ...r, revision: 0, updatedAt: '' }));
    expect(strip([after.customer])).toEqual(strip([before.customer]));
    expect(strip(after.sites)).toEqual(strip(before.sites));
    expect(strip(after.equipment)).toEqual(strip(before.equipment));
    expect(strip(after.subscriptions)).toEqual(strip(before.subscriptions));

    // The undelete is one change in the history, and its delete entry cannot be used twice.
    const own = await entriesOf(core, 'customer', customer.id);
    expect(own.at(-1)!.action).toBe('restore');
    expect(own.at(-1)!.method).toBe('history.undelete');
    expect((await entriesOf(core, 'customer', customer.id)).find((e) => e.id === deleted.id)!.restorable).toBe(false);
    const twice = await call(core, 'history.undelete', { entryId: deleted.id });
    expect(twice.ok ? null : twice.error.code).toBe('INVALID_INPUT');
    expect((await ok(core, 'history.verify', {})).ok).toBe(true);
  });

  it('brings back a deleted activity with its purposes, terms and links', async () => {
    const h = await historyCore();
    const refs = await seedRefs(h.core);
    const created = await ok(h.core, 'activities.create', fullActivity(refs));
    const before = await ok(h.core, 'activities.get', { id: created.id });
    await ok(h.core, 'activities.delete', { id: created.id, revision: created.revision });
    const deleted = (await entriesOf(h.core, 'activity', created.id)).at(-1)!;
    expect([deleted.action, deleted.restorable]).toEqual(['delete', true]);
    const { records } = await ok(h.core, 'history.undelete', { entryId: deleted.id });
    expect(records).toEqual([{ kind: 'activity', recordId: created.id, name: 'PA-01 · Kund- och avtalsadministration' }]);
    const after = await ok(h.core, 'activities.get', { id: created.id });
    expect({ ...after, revision: 0, updatedAt: '' }).toEqual({ ...before, revision: 0, updatedAt: '' });
  });
});

describe('history: erasing a deleted record', () => {
  it('removes its values from the history, the file and the WAL while the register is open; the chain still verifies', async () => {
    const h = await historyCore();
    const marker = 'Markör-Xq7Zt';
    const customer = await ok(h.core, 'customers.create', {
      ...blankCustomer,
      name: `Kund ${marker} AB`,
      notes: `Anteckning ${marker}`,
      contactPersons: [{ name: `Person ${marker}`, role: '', email: 'person@example.se', phone: '' }],
    });
    const edited = await ok(h.core, 'customers.update', {
      id: customer.id,
      revision: customer.revision,
      fields: customerFields(customer, { notes: `Ändrad ${marker}` }),
    });
    // Another customer's history is not touched.
    const other = await ok(h.core, 'customers.create', { ...blankCustomer, name: 'Kvarstående AB', notes: 'Behålls' });
    await ok(h.core, 'customers.delete', { id: customer.id, revision: edited.revision });

    const history = async () => JSON.stringify(await allEntries(h.core));
    expect(await history()).toContain(marker);
    expect(fileContains(h.file, marker) || fileContains(`${h.file}-wal`, marker)).toBe(true);
    // Erasing a record that still exists is refused: delete it first.
    const existing = await call(h.core, 'history.erase', { kind: 'customer', recordId: other.id });
    expect(existing.ok ? null : existing.error.code).toBe('INVALID_INPUT');

    const { redacted } = await ok(h.core, 'history.erase', { kind: 'customer', recordId: customer.id });
    expect(redacted).toBe(5); // the customer's create, update and delete; the contact person's create and delete

    const text = await history();
    expect(text).not.toContain(marker);
    const own = await entriesOf(h.core, 'customer', customer.id);
    expect(own.map((e) => [e.action, e.redacted, e.recordName])).toEqual([
      ['create', true, ''],
      ['update', true, ''],
      ['delete', true, ''],
      ['redact', false, ''],
    ]);
    // The facts stay: which fields changed, when, by whom; the values go.
    expect(own[1]!.changes.fields).toEqual([{ field: 'notes', before: null, after: null }]);
    expect(own[3]!.changes.redaction).toEqual({ reason: 'erasure', rule: null, entries: 3 });
    // The contact person that went with it has its own redaction entry.
    const person = (await allEntries(h.core, { kind: 'contactPerson' })).filter((e) => e.parentId === customer.id);
    expect(person.map((e) => [e.action, e.redacted, e.recordName])).toEqual([
      ['create', true, ''],
      ['delete', true, ''],
      ['redact', false, ''],
    ]);
    expect(own[3]!.method).toBe('history.erase');
    expect(own.every((e) => !e.restorable)).toBe(true);
    expect((await entriesOf(h.core, 'customer', other.id))[0]!.recordName).toBe('Kvarstående AB');

    // The bytes are gone from the register file and its WAL while it is still open.
    for (const file of [h.file, `${h.file}-wal`]) expect(fileContains(file, marker), file).toBe(false);
    expect(await ok(h.core, 'history.verify', {})).toMatchObject({ ok: true, brokenAt: null });

    // Erasing again has nothing left to do.
    expect(await ok(h.core, 'history.erase', { kind: 'customer', recordId: customer.id })).toEqual({ redacted: 0 });
  });
});

describe('history: the table is append-only', () => {
  it('refuses UPDATE and DELETE from any connection, except the one-time redaction of values', async () => {
    const h = await historyCore();
    await ok(h.core, 'customers.create', { ...blankCustomer, name: 'Skyddad AB' });
    const db = new Database(h.file, { fileMustExist: true });
    try {
      expect(() => db.prepare("UPDATE history SET changes = '{}' WHERE id = 2").run()).toThrow(/only be redacted/);
      expect(() => db.prepare("UPDATE history SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2").run()).toThrow(/only be redacted/);
      expect(() => db.prepare('DELETE FROM history WHERE id = 2').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/);
      // A redaction must not change the facts or the hashes either.
      expect(() => db.prepare("UPDATE history SET snapshot = NULL, redacted_at = '2026-01-01', hash = 'x' WHERE id = 2").run()).toThrow(
        /only be redacted/,
      );
    } finally {
      db.close();
    }
    expect(await ok(h.core, 'history.verify', {})).toEqual({ ok: true, entries: 2, brokenAt: null });
    expect(fs.existsSync(h.file)).toBe(true);
  });
});

describe('history: writing a register’s past (the sample registers)', () => {
  const session = () => {
    const s = openSession(path.join(tempDir(), 'forr.forteckna'), { now: () => FIXED_NOW }, { create: true });
    onTestFinished(() => s.close());
    s.history.withoutHistory(() => s.organisation.initialise('Förr AB'));
    return s;
  };
  const rows = (s: Session) => [...s.history.repo.iterate()];
  const maria = { osUser: 'maria', displayName: 'Maria Lind' };
  const karin = { osUser: 'karin', displayName: 'Karin Ödman' };

  it('leaves out what is written without history, also after an await, but not a call made meanwhile', async () => {
    const s = session();
    let release!: () => void;
    const quiet = s.history.withoutHistory(async () => {
      s.customers.create(customerFieldsParse({ ...blankCustomer, name: 'Tyst AB' }));
      await new Promise<void>((resolve) => (release = resolve));
      s.customers.create(customerFieldsParse({ ...blankCustomer, name: 'Också tyst AB' }));
    });
    // Meanwhile, someone else saves: that is recorded.
    s.customers.create(customerFieldsParse({ ...blankCustomer, name: 'Hörd AB' }));
    release();
    await quiet;
    expect(rows(s).map((r) => r.record_name)).toEqual(['Hörd AB']);
  });

  it('dates and signs changes of the past, one change per scope, and enters records as they are', () => {
    const s = session();
    const ids = s.history.withoutHistory(() =>
      s.tx(() => [
        s.customers.create(
          customerFieldsParse({
            ...blankCustomer,
            name: 'Gammal Kund AB',
            contactPersons: [{ name: 'Åsa', role: '', email: '', phone: '' }],
          }),
        ),
        s.customers.create(customerFieldsParse({ ...blankCustomer, name: 'Annan Kund AB' })),
      ]),
    );
    expect(rows(s)).toEqual([]);
    const [a, b] = ids;
    s.tx(() => {
      s.history.asOf({ at: '2025-03-03T08:10:00.000Z', actor: maria, method: 'customers.create' }, () =>
        s.history.recordExisting([
          { kind: 'customer', recordId: a!.id },
          { kind: 'contactPerson', recordId: a!.contactPersons[0]!.id },
        ]),
      );
      s.history.asOf({ at: '2025-04-01T13:00:00.000Z', actor: karin, method: 'customers.update' }, () => {
        s.customers.update(b!.id, b!.revision, customerFieldsParse({ ...blankCustomer, name: 'Annan Kund AB', notes: 'Ny' }));
      });
    });
    const written = rows(s);
    expect(written.map((r) => [r.change_id, r.at, r.display_name, r.method, r.kind, r.action, r.record_name])).toEqual([
      [1, '2025-03-03T08:10:00.000Z', 'Maria Lind', 'customers.create', 'customer', 'create', 'Gammal Kund AB'],
      [1, '2025-03-03T08:10:00.000Z', 'Maria Lind', 'customers.create', 'contactPerson', 'create', 'Åsa'],
      [2, '2025-04-01T13:00:00.000Z', 'Karin Ödman', 'customers.update', 'customer', 'update', 'Annan Kund AB'],
    ]);
    expect(JSON.parse(written[2]!.changes)).toEqual({ fields: [{ field: 'notes', before: '', after: 'Ny' }], lists: [] });
    // Outside the past, changes are today's again, by the session's user.
    s.customers.update(b!.id, b!.revision + 1, customerFieldsParse({ ...blankCustomer, name: 'Annan Kund AB', notes: 'Nyare' }));
    expect(rows(s).at(-1)!.at).toBe(FIXED_NOW.toISOString());
    expect(verifyChain(rows(s)).ok).toBe(true);
  });
});

describe('history: a record number used again', () => {
  // BUG (reported to the lead, not fixed here): record tables have no AUTOINCREMENT, so a new
  // record takes the number of the newest deleted one. Its history then mixes with the deleted
  // record's, the deleted one cannot be brought back ("already there"), and restoring one of the
  // deleted record's versions would overwrite the new record. Remove `.fails` once fixed.
  it('brings back a deleted customer after a new customer took its number', async () => {
    const h = await historyCore();
    await ok(h.core, 'customers.create', { ...blankCustomer, name: 'Första AB' });
    const gone = await ok(h.core, 'customers.create', { ...blankCustomer, name: 'Raderad AB' });
    await ok(h.core, 'customers.delete', { id: gone.id, revision: gone.revision });
    const next = await ok(h.core, 'customers.create', { ...blankCustomer, name: 'Ny AB' });
    const own = await entriesOf(h.core, 'customer', next.id);
    expect(own.map((e) => e.recordName)).toEqual(['Ny AB']);
    const deleted = (await allEntries(h.core, { kind: 'customer' })).find((e) => e.action === 'delete')!;
    await ok(h.core, 'history.undelete', { entryId: deleted.id });
    expect((await ok(h.core, 'customers.get', { id: next.id })).name).toBe('Ny AB');
  });
});
