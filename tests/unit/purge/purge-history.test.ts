// A purge and the change history (issue 11): the history keeps that a record was purged, under
// which rule and by whom, and loses its values; the chain still verifies.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ok } from '../helpers';
import { MARKERS, PURGE_DAY, purgeRegister } from './fixtures';

describe('purge and the change history', () => {
  it('redacts the purged records’ entries, records the redaction with its rule, and the chain still verifies', async () => {
    const { core, path, devices, customers } = await purgeRegister();
    const before = await ok(core, 'history.list', { kind: 'equipment', recordId: devices.oldServer.id });
    expect(before.rows.some((e) => JSON.stringify(e.changes).includes(MARKERS.note))).toBe(true);

    await ok(core, 'purge.run', { on: PURGE_DAY });

    const server = (await ok(core, 'history.list', { kind: 'equipment', recordId: devices.oldServer.id })).rows;
    const redaction = server.find((e) => e.action === 'redact')!;
    expect(redaction.changes.redaction).toEqual({ reason: 'purge', rule: 'CMDB', entries: server.length - 1 });
    expect(server.filter((e) => e.action !== 'redact').every((e) => e.redacted && e.recordName === '' && !e.restorable)).toBe(true);
    // The delete itself is there as a fact: when, by which method, that it was a delete.
    expect(server.some((e) => e.action === 'delete' && e.method === 'purge.run')).toBe(true);

    // The anonymised contact person: its earlier name is gone from every entry, the customer's own entries stay.
    const all = (await ok(core, 'history.list', { limit: 1000 })).rows;
    expect(JSON.stringify(all)).not.toContain(MARKERS.person);
    expect(all.some((e) => e.kind === 'customer' && e.recordId === customers.old.id && !e.redacted)).toBe(true);

    expect(await ok(core, 'history.verify', {})).toMatchObject({ ok: true, brokenAt: null });
    // Gone from the file and its WAL while the register is still open.
    const bytes = Buffer.concat([path, `${path}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    for (const marker of Object.values(MARKERS)) expect(bytes.includes(Buffer.from(marker)), marker).toBe(false);
  });

  it('says on the purge list when a contact person is named in a generated agreement', async () => {
    const { core, customers } = await purgeRegister();
    const defaults = await ok(core, 'agreements.defaults', { customerId: customers.old.id });
    const person = (await ok(core, 'customers.get', { id: customers.old.id })).contactPersons[0]!;
    await ok(core, 'agreements.generate', {
      ...defaults,
      customerId: customers.old.id,
      controllerSignatory: { name: person.name, title: 'VD' },
    });
    const items = (await ok(core, 'purge.list', { on: PURGE_DAY })).items.filter((i) => i.recordKind === 'contact_person');
    expect(items.find((i) => i.recordId === person.id)?.warnings).toContain('w.purge.namedInAgreement');
    expect(items.filter((i) => i.recordId !== person.id).every((i) => !i.warnings.includes('w.purge.namedInAgreement'))).toBe(true);
  });
});
