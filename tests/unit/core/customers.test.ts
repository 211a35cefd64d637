import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHORT_QUERY_COUNT_CAP } from '../../../shared/contract';
import { blankCustomer, call, coreWithRegister, ok } from '../helpers';

const withContacts = {
  ...blankCustomer,
  name: 'Östra Mälardalens Vård AB',
  orgNr: '5561234567',
  visitingAddress: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
  contactPersons: [
    { name: 'Åsa Öberg', role: 'IT-ansvarig', email: 'asa.oberg@ostravard.se', phone: '021-10 20 30' },
    { name: 'Per Ek', role: 'VD', email: '', phone: '' },
  ],
  contractStart: '2024-01-01',
};

describe('customers', () => {
  it('creates a customer with normalised organisationsnummer and ordered contact persons', async () => {
    const { core } = await coreWithRegister();
    const c = await ok(core, 'customers.create', withContacts);
    expect(c.orgNr).toBe('556123-4567');
    expect(c.revision).toBe(1);
    expect(c.contactPersons.map((p) => p.name)).toEqual(['Åsa Öberg', 'Per Ek']);
    expect(c.invoiceAddress).toEqual(c.visitingAddress);
    expect(await ok(core, 'customers.get', { id: c.id })).toEqual(c);
  });

  it('returns every validation problem with its field path', async () => {
    const { core } = await coreWithRegister();
    const result = await call(core, 'customers.create', {
      ...blankCustomer,
      name: '   ',
      orgNr: '556123-4568',
      contactPersons: [{ name: 'X', role: '', email: 'not-an-email', phone: '' }],
      contractStart: '2025-05-01',
      contractEnd: '2024-01-01',
      status: 'ended',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const byPath = Object.fromEntries(result.error.issues!.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toMatchObject({
      name: 'v.required',
      orgNr: 'v.orgNr.checksum',
      'contactPersons.0.email': 'v.email',
    });
    expect(result.error.issues!.some((i) => i.path.join('.') === 'contractEnd')).toBe(true);
    expect((await ok(core, 'register.info', {})).counts.customers).toBe(0);
  });

  it('lists with search that ignores case and diacritics, and sorts in Swedish order', async () => {
    const { core } = await coreWithRegister();
    for (const name of ['Örebro Kyl AB', 'Åkessons Bygg AB', 'Zeta Data AB', 'Ängby El AB', 'Alfa IT AB']) {
      await ok(core, 'customers.create', { ...blankCustomer, name });
    }
    const all = await ok(core, 'customers.list', {});
    expect(all.items.map((c) => c.name)).toEqual(['Alfa IT AB', 'Zeta Data AB', 'Åkessons Bygg AB', 'Ängby El AB', 'Örebro Kyl AB']);
    expect((await ok(core, 'customers.list', { query: 'orebro' })).items.map((c) => c.name)).toEqual(['Örebro Kyl AB']);
    expect((await ok(core, 'customers.list', { query: 'ÅKESSON' })).items.map((c) => c.name)).toEqual(['Åkessons Bygg AB']);
    expect((await ok(core, 'customers.list', { query: '100%_' })).total).toBe(0);
    const desc = await ok(core, 'customers.list', { direction: 'desc', limit: 2 });
    expect(desc.total).toBe(5);
    expect(desc.items.map((c) => c.name)).toEqual(['Örebro Kyl AB', 'Ängby El AB']);
  });

  it('finds customers by contact person, org no without dash, and city', async () => {
    const { core } = await coreWithRegister();
    await ok(core, 'customers.create', withContacts);
    for (const query of ['asa oberg', '5561234567', '556123-4567', 'vasteras']) {
      expect((await ok(core, 'customers.list', { query })).total, query).toBe(1);
    }
  });

  it('refuses a stale update with CONFLICT and the current row, never overwriting', async () => {
    const { core } = await coreWithRegister();
    const c = await ok(core, 'customers.create', withContacts);
    const first = await ok(core, 'customers.update', {
      id: c.id,
      revision: c.revision,
      fields: { ...withContacts, notes: 'Från fönster 1' },
    });
    expect(first.revision).toBe(2);
    const stale = await call(core, 'customers.update', {
      id: c.id,
      revision: c.revision,
      fields: { ...withContacts, notes: 'Från fönster 2' },
    });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect((stale.error.details as { current: { notes: string; revision: number } }).current).toMatchObject({
      notes: 'Från fönster 1',
      revision: 2,
    });
    expect((await ok(core, 'customers.get', { id: c.id })).notes).toBe('Från fönster 1');
  });

  it('keeps contact person ids on edit, adds new ones and removes dropped ones', async () => {
    const { core } = await coreWithRegister();
    const c = await ok(core, 'customers.create', withContacts);
    const [asa] = c.contactPersons;
    const updated = await ok(core, 'customers.update', {
      id: c.id,
      revision: c.revision,
      fields: {
        ...withContacts,
        contactPersons: [
          { ...asa!, role: 'CIO' },
          { name: 'Ny Person', role: '', email: '', phone: '' },
        ],
      },
    });
    expect(updated.contactPersons[0]).toMatchObject({ id: asa!.id, role: 'CIO' });
    expect(updated.contactPersons.map((p) => p.name)).toEqual(['Åsa Öberg', 'Ny Person']);
    expect((await ok(core, 'register.info', {})).counts.contactPersons).toBe(2);
  });

  it('archives and restores; archived customers are hidden from the default list', async () => {
    const { core } = await coreWithRegister();
    const c = await ok(core, 'customers.create', withContacts);
    const archived = await ok(core, 'customers.setArchived', { id: c.id, revision: c.revision, archived: true });
    expect(archived.archivedAt).toBe('2026-11-22T09:00:00.000Z');
    expect((await ok(core, 'customers.list', {})).total).toBe(0);
    expect((await ok(core, 'customers.list', { includeArchived: true })).total).toBe(1);
    const restored = await ok(core, 'customers.setArchived', { id: c.id, revision: archived.revision, archived: false });
    expect(restored.archivedAt).toBeNull();
  });

  it('deletes a customer and its contact persons; erased from the history too, the text is gone from the file', async () => {
    const { core, info } = await coreWithRegister();
    const marker = 'Raderingsmarkör Qxzvy';
    const c = await ok(core, 'customers.create', {
      ...withContacts,
      contactPersons: [{ name: `${marker} Person`, role: '', email: 'marker.qxzvy@example.se', phone: '' }],
    });
    await ok(core, 'customers.delete', { id: c.id, revision: c.revision });
    expect((await call(core, 'customers.get', { id: c.id })).ok).toBe(false);
    // A delete can be undone: the history keeps the values until they are deliberately erased.
    const bytesNow = () => Buffer.concat([info.path, `${info.path}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    expect(bytesNow().includes(Buffer.from('marker.qxzvy'))).toBe(true);
    expect((await ok(core, 'history.erase', { kind: 'customer', recordId: c.id })).redacted).toBeGreaterThan(0);
    // Gone while the register is still open (the erase checkpoints the WAL), and after closing.
    expect(bytesNow().includes(Buffer.from('marker.qxzvy'))).toBe(false);
    await ok(core, 'register.close', {});
    for (const file of [info.path, `${info.path}-wal`]) {
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file);
      expect(bytes.includes(Buffer.from(marker)), file).toBe(false);
      expect(bytes.includes(Buffer.from('marker.qxzvy')), file).toBe(false);
    }
  });

  it('answers NOT_FOUND for a customer that does not exist and CONFLICT for a stale delete', async () => {
    const { core } = await coreWithRegister();
    const missing = await call(core, 'customers.get', { id: 999 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const c = await ok(core, 'customers.create', withContacts);
    await ok(core, 'customers.update', { id: c.id, revision: 1, fields: withContacts });
    const stale = await call(core, 'customers.delete', { id: c.id, revision: 1 });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
  });
});

describe('customer search at scale', () => {
  it('counts short searches only up to the cap, and long ones exactly', async () => {
    const { core } = await coreWithRegister();
    for (let i = 0; i < SHORT_QUERY_COUNT_CAP + 5; i++) {
      await ok(core, 'customers.create', { ...blankCustomer, name: `Bolag ${i} AB` });
    }
    const all = await ok(core, 'customers.list', {});
    expect([all.total, all.totalIsCapped]).toEqual([SHORT_QUERY_COUNT_CAP + 5, false]);
    const short = await ok(core, 'customers.list', { query: 'ab' });
    expect([short.total, short.totalIsCapped]).toEqual([SHORT_QUERY_COUNT_CAP, true]);
    const long = await ok(core, 'customers.list', { query: 'bolag 1' });
    expect(long.totalIsCapped).toBe(false);
    expect(long.total).toBe(1 + 10 + 100 + 5); // Bolag 1, 10–19, 100–199, 1000–1004
  });
});
