import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, testCore } from '../helpers';

describe('the sample register applies its rules to its own records', () => {
  it('has CMDB on sites and equipment, customer data on contact persons and a rule for terminated agreements', async () => {
    const { core, dir } = testCore();
    await ok(core, 'register.openSample', { path: path.join(dir, 'exempel.forteckna') });
    const rules = await ok(core, 'retentionRules.list', {});
    const byName = (start: string) => rules.find((r) => r.nameSv.startsWith(start));
    expect(byName('CMDB')?.appliesTo).toEqual(['site', 'equipment']);
    expect(byName('Kunduppgifter')?.appliesTo).toEqual(['contact_person']);
    expect(byName('Uppsagda PUB-avtal')).toMatchObject({
      anchorKind: 'event',
      anchorEvent: 'agreement_terminated',
      duration: 'P10Y',
      appliesTo: ['agreement'],
    });
    // The three above, and the requests' own rule that every register starts with (migration 9).
    expect(rules.filter((r) => r.appliesTo.length > 0)).toHaveLength(4);
    expect(byName('Begäranden från registrerade')).toMatchObject({
      anchorEvent: 'request_closed',
      duration: 'P3Y',
      appliesTo: ['dsr_request'],
    });
    // Retention as firms write it (issue 14): a range, and a rule counted from the register's own event.
    expect(byName('Spamkarantän')).toMatchObject({
      durationMin: 'P3D',
      duration: 'P28D',
      summary: { sv: 'Rensas 3–28 dagar efter att uppgifterna skapats', en: 'Deleted 3–28 days after the data was created' },
    });
    expect(byName('Betalningspåminnelser')).toMatchObject({
      action: 'delete_or_anonymise',
      anchorEventLabel: { sv: 'Fakturan betald', en: 'The invoice was paid' },
      summary: {
        sv: 'Rensas eller anonymiseras ett år efter händelsen ”fakturan betald”, utom underlag som ska sparas enligt bokföringslagen',
        en: 'Deleted or anonymised one year after the event “the invoice was paid”, except records that must be kept under the Swedish Bookkeeping Act',
      },
    });
    expect(await ok(core, 'retentionEvents.list', {})).toMatchObject([{ labelSv: 'Fakturan betald', usedBy: 1 }]);

    // The customer that ended 2025-05-15: its contacts go two years later (kept through the day).
    const list = await ok(core, 'purge.list', { on: '2027-06-01' });
    const contacts = list.items.filter((i) => i.recordKind === 'contact_person');
    expect(contacts.map((i) => i.customerName)).toEqual(['Gamla Tryckeriet i Västerås AB']);
    expect(contacts[0]).toMatchObject({ dueOn: '2027-05-16', due: true, action: 'delete' });
    expect(contacts[0]!.reason.sv).toBe(
      'Avtalet upphörde 2025-05-15; regeln Kunduppgifter (namn, adress, telefon, e-post, avtal): rensas två år efter avslutat avtal',
    );
    // Whatever the sample has in sites and equipment, only the two ended customers' records are due.
    const ended = new Set(['Gamla Tryckeriet i Västerås AB', 'Hökåsens Kontorshotell AB']);
    expect(list.items.every((i) => ended.has(i.customerName ?? ''))).toBe(true);
  });
});
