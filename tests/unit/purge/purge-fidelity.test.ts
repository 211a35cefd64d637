// Issue 14: "delete or anonymise" in the purge, and rules that cannot schedule a purge leave the register's records alone.
import { describe, expect, it } from 'vitest';
import { call, ok } from '../helpers';
import { PURGE_DAY, purgeRegister, ruleInput } from './fixtures';

describe('purging under rules as firms write them', () => {
  it('"delete or anonymise" keeps the site and the device without their personal data, and deletes contact persons', async () => {
    const { core, rules, customers, devices, oldSite } = await purgeRegister();
    // One rule for everything of the customer's, as a firm would write it.
    for (const r of Object.values(rules)) await ok(core, 'retentionRules.delete', { id: r.id, revision: r.revision });
    await ok(
      core,
      'retentionRules.create',
      ruleInput({ nameSv: 'Kunduppgifter', action: 'delete_or_anonymise', appliesTo: ['contact_person', 'site', 'equipment'] }),
    );

    const list = await ok(core, 'purge.list', {});
    const actions = Object.fromEntries(list.items.map((i) => [i.recordKind, i.action]));
    expect(actions).toEqual({ contact_person: 'delete', site: 'anonymise', equipment: 'anonymise' });
    expect(
      list.items.every(
        (i) => !i.manual && i.reason.sv.endsWith('regeln Kunduppgifter: rensas eller anonymiseras ett år efter avslutat avtal'),
      ),
    ).toBe(true);

    const result = await ok(core, 'purge.run', { on: PURGE_DAY });
    expect(result.deleted).toEqual({ contact_person: 2, site: 0, equipment: 0, agreement: 0, dsr_request: 0, breach: 0 });
    expect(result.anonymised).toEqual({ contact_person: 0, site: 1, equipment: 2, agreement: 0, dsr_request: 0, breach: 0 });
    expect((await ok(core, 'customers.get', { id: customers.old.id })).contactPersons).toEqual([]);
    const site = (await ok(core, 'sites.list', { customerId: customers.old.id })).find((s) => s.id === oldSite.id);
    expect(site).toMatchObject({ name: 'Tryckeriet, källaren', accessNotes: '', contactName: '' });
    const server = await ok(core, 'equipment.get', { id: devices.oldServer.id });
    expect(server).toMatchObject({ hostname: 'tryck-srv01', notes: '', networkNotes: '' });
    // The log says what was done: deleted and anonymised apart.
    expect((await ok(core, 'deletionLog.list', {})).map((e) => e.action).sort()).toEqual(['anonymise', 'delete']);
    // Anonymised records are not listed again.
    expect((await ok(core, 'purge.list', {})).items).toEqual([]);
  });

  it('a rule with no period or counted from the register’s own event schedules nothing', async () => {
    const { core, rules } = await purgeRegister();
    for (const r of Object.values(rules)) await ok(core, 'retentionRules.delete', { id: r.id, revision: r.revision });
    const event = await ok(core, 'retentionEvents.create', { labelSv: 'Fordran reglerad' });
    await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Så länge det behövs', duration: null }));
    await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Fordringar', anchorEvent: null, anchorEventId: event.id }));
    // Neither can be pointed at the register's records...
    const refused = await call(core, 'retentionRules.create', ruleInput({ nameSv: 'x', duration: null, appliesTo: ['equipment'] }));
    expect(refused.ok || refused.error.issues).toEqual([
      expect.objectContaining({ path: ['appliesTo'], message: 'v.retention.noDurationNoPurge' }),
    ]);
    // ...so nothing is due, whatever the date.
    expect((await ok(core, 'purge.list', { on: '2199-01-01' })).items).toEqual([]);
  });
});
