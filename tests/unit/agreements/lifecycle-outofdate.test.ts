import { describe, expect, it } from 'vitest';
import { FIXED_NOW, ok } from '../helpers';
import { subprocessor, subscribe } from '../services/fixture';
import { agreementRegister, customerAgreement } from './fixture';

describe('out-of-date agreements', () => {
  it('flags an agreement when the service, a sub-processor or a security measure changes', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    // Beta has another service, with no sub-processors and another measure: none of this touches it.
    const other = await r.customer('Beta AB');
    const helpdesk = await ok(r.core, 'services.create', {
      ...r.backup,
      name: 'Helpdesk',
      subprocessorIds: [],
      systemIds: [],
      measureIds: [r.measure('TECH_MFA').id],
    });
    await subscribe(r.core, other.id, helpdesk.id);
    let v1 = await r.generate(c.id);
    const vOther = await r.generate(other.id);
    expect(v1.outOfDate).toBe(false);

    // 1. The service: one more category of personal data.
    const service = await ok(r.core, 'services.get', { id: r.backup.id });
    await ok(r.core, 'services.update', {
      id: service.id,
      revision: service.revision,
      fields: { ...r.backup, personalDataTermIds: [...r.backup.personalDataTermIds, r.term('personal_data', 'log_data')] },
    });
    expect((await ok(r.core, 'agreements.get', { id: v1.id })).outOfDate).toBe(true);
    expect((await ok(r.core, 'agreements.get', { id: vOther.id })).outOfDate).toBe(false);
    expect((await ok(r.core, 'agreements.list', { status: 'outOfDate' })).map((a) => a.customerName)).toEqual(['Alfa AB']);

    // Regenerating brings it up to date; the old version stays flagged until it is replaced.
    const v2 = await r.generate(c.id);
    expect(v2.outOfDate).toBe(false);
    v1 = await ok(r.core, 'agreements.get', { id: v1.id });
    expect(v1.outOfDate).toBe(true);
    await ok(r.core, 'agreements.setStatus', { id: v2.id, revision: v2.revision, status: 'signed', on: '2026-11-20' });
    expect((await ok(r.core, 'agreements.get', { id: v1.id })).outOfDate).toBe(false); // superseded: no longer in play

    // 2. A sub-processor the service uses moves its processing to another country.
    const de = await ok(r.core, 'subprocessors.get', { id: r.de.id });
    await ok(r.core, 'subprocessors.update', {
      id: de.id,
      revision: de.revision,
      fields: { ...subprocessor('Sicherung GmbH', 'DE', 'none_eea'), processingLocations: 'Amsterdam' },
    });
    expect((await ok(r.core, 'agreements.get', { id: v2.id })).outOfDate).toBe(true);
    const v3 = await r.generate(c.id);
    expect(v3.outOfDate).toBe(false);

    // 3. A security measure linked to the service is reworded.
    const m = r.measure('TECH_BACKUP');
    const current = (await ok(r.core, 'securityMeasures.list', {})).find((x) => x.id === m.id)!;
    await ok(r.core, 'securityMeasures.update', {
      id: current.id,
      revision: current.revision,
      fields: {
        category: current.category,
        labelSv: `${current.labelSv} (dagligen)`,
        labelEn: current.labelEn,
        status: 'implemented',
        note: '',
      },
    });
    expect((await ok(r.core, 'agreements.get', { id: v3.id })).outOfDate).toBe(true);
    expect((await ok(r.core, 'agreements.get', { id: vOther.id })).outOfDate).toBe(false);
  });
});

describe('out of date as time passes', () => {
  it('flags an agreement when a subscription starts or ends after it was generated', async () => {
    const clock = new Date(FIXED_NOW);
    const r = await agreementRegister({ now: clock });
    const c = await r.subscribed('Alfa AB');
    const helpdesk = await ok(r.core, 'services.create', {
      ...r.backup,
      name: 'Helpdesk',
      subprocessorIds: [],
      measureIds: [r.measure('TECH_MFA').id],
    });
    await subscribe(r.core, c.id, helpdesk.id, '2026-12-01');
    clock.setTime(clock.getTime() + 60_000);
    const v1 = await r.generate(c.id);
    clock.setTime(clock.getTime() + 3_600_000); // later the same day: nothing has changed
    expect((await ok(r.core, 'agreements.get', { id: v1.id })).outOfDate).toBe(false);
    expect((await customerAgreement(r.core, c.id)).status).toBe('draft');
    clock.setTime(Date.parse('2026-12-01T08:00:00Z')); // the Helpdesk subscription has started
    expect((await ok(r.core, 'agreements.get', { id: v1.id })).outOfDate).toBe(true);
    expect((await customerAgreement(r.core, c.id)).status).toBe('outOfDate');
  });
});

describe('agreement state in the customer list', () => {
  it('shows none, draft, sent, overdue, signed and out of date, and filters by them', async () => {
    expect(FIXED_NOW.toISOString().slice(0, 10)).toBe('2026-11-22');
    const r = await agreementRegister();
    const none = await r.subscribed('A Ingen AB');
    const draft = await r.subscribed('B Utkast AB');
    const sent = await r.subscribed('C Skickat AB');
    const overdue = await r.subscribed('D Försenat AB');
    const signed = await r.subscribed('E Signerat AB');
    const stale = await r.customer('F Inaktuellt AB');

    await r.generate(draft.id);
    const s = await r.generate(sent.id);
    await ok(r.core, 'agreements.setStatus', { id: s.id, revision: s.revision, status: 'sent', on: '2026-11-01' });
    const o = await r.generate(overdue.id);
    await ok(r.core, 'agreements.setStatus', { id: o.id, revision: o.revision, status: 'sent', on: '2026-10-22' });
    const g = await r.generate(signed.id);
    await ok(r.core, 'agreements.setStatus', { id: g.id, revision: g.revision, status: 'signed', on: '2026-09-01' });
    // Signed, then the customer starts using the service: the annexes no longer match.
    const st = await r.generate(stale.id);
    await ok(r.core, 'agreements.setStatus', { id: st.id, revision: st.revision, status: 'signed', on: '2026-09-02' });
    await ok(r.core, 'subscriptions.create', {
      customerId: stale.id,
      serviceId: r.backup.id,
      startDate: '2026-11-01',
      endDate: null,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });

    expect(await customerAgreement(r.core, none.id)).toEqual({ status: 'none', version: null, since: null });
    expect(await customerAgreement(r.core, draft.id)).toEqual({ status: 'draft', version: 1, since: '2026-11-22' });
    expect(await customerAgreement(r.core, sent.id)).toEqual({ status: 'sent', version: 1, since: '2026-11-01' });
    expect(await customerAgreement(r.core, overdue.id)).toEqual({ status: 'overdue', version: 1, since: '2026-10-22' });
    expect(await customerAgreement(r.core, signed.id)).toEqual({ status: 'signed', version: 1, since: '2026-09-01' });
    expect((await customerAgreement(r.core, stale.id)).status).toBe('outOfDate');

    const names = async (agreementStatus: 'none' | 'draft' | 'sent' | 'overdue' | 'signed' | 'outOfDate') => {
      const list = await ok(r.core, 'customers.list', { agreementStatus });
      expect(list.total).toBe(list.items.length);
      return list.items.map((c) => c.name);
    };
    expect(await names('none')).toEqual(['A Ingen AB']);
    expect(await names('draft')).toEqual(['B Utkast AB']);
    expect(await names('sent')).toEqual(['C Skickat AB']);
    expect(await names('overdue')).toEqual(['D Försenat AB']);
    expect(await names('signed')).toEqual(['E Signerat AB']);
    expect(await names('outOfDate')).toEqual(['F Inaktuellt AB']);

    // A terminated agreement leaves the customer without one.
    const term = await ok(r.core, 'agreements.get', { id: g.id });
    await ok(r.core, 'agreements.setStatus', { id: g.id, revision: term.revision, status: 'terminated', on: '2026-11-21' });
    expect((await customerAgreement(r.core, signed.id)).status).toBe('none');
  });
});
