import { describe, expect, it } from 'vitest';
import type { ChangeNotice } from '../../../shared/contract';
import { call, FIXED_NOW, ok } from '../helpers';
import { subprocessor } from '../services/fixture';
import { noticeRegister, type NoticeRegister } from './fixture';

const fieldsOf = (n: ChangeNotice) => ({ ...n.fields });
const byName = (n: ChangeNotice) => Object.fromEntries(n.recipients.map((r) => [r.customerName, r]));

async function customerSubprocessors(r: NoticeRegister, customerId: number, onDate?: string) {
  const { entries } = await ok(r.core, 'processorRegister.list', { customerId, ...(onDate ? { onDate } : {}) });
  return [...new Set(entries.flatMap((e) => e.subprocessors.map((s) => s.name)))].sort();
}

/** Accepts the proposal: customers are notified, the change applies from `effectiveDate`. */
async function notify(r: NoticeRegister, n: ChangeNotice, effectiveDate: string, extra: Partial<ChangeNotice['fields']> = {}) {
  return ok(r.core, 'changeNotices.update', {
    id: n.id,
    revision: n.revision,
    fields: { ...fieldsOf(n), decision: 'notify', effectiveDate, decidedBy: 'Anna Ek', reason: 'Säkrare lagring', ...extra },
  });
}

describe('a sub-processor added to a service', () => {
  it('proposes a notice to exactly the customers the matrix gives, each with its own agreement’s period and language', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    const n = await r.proposed();
    expect(n.kind).toBe('add');
    expect(n.proposed).toBe(true);
    expect(n.state).toBe('proposed');
    expect(n.changeSv).toBe('Remote Watch Inc. (USA) läggs till som underbiträde för Backup.');
    expect(n.changeEn).toBe('Remote Watch Inc. (United States) is added as a sub-processor for Backup.');

    // Delta's subscription ended; Epsilon excepted the US sub-processor.
    const rec = byName(n);
    expect(Object.keys(rec)).toEqual(['Alfa AB', 'Beta Ltd', 'Gamma AB']);
    expect(rec['Alfa AB']).toMatchObject({ noticeDays: 30, lang: 'sv', deadline: '2026-12-22', noAgreement: false, state: 'not_sent' });
    expect(rec['Alfa AB']!.agreement?.id).toBe(r.alfaAgreement.id);
    expect(rec['Beta Ltd']).toMatchObject({ noticeDays: 60, lang: 'en', deadline: '2027-01-21', noAgreement: false });
    expect(rec['Gamma AB']).toMatchObject({ noticeDays: 30, lang: 'sv', noAgreement: true, agreement: null });
    expect(n.counts).toMatchObject({ affected: 3, sent: 0, noAgreement: 1 });
    expect(n.warnings).toContain('w.changeNotice.noAgreement');

    // The matrix for that date with the change in effect has the same customers in the US row.
    const matrixLater = await ok(r.core, 'subprocessors.matrix', { onDate: '2027-06-01' });
    expect(matrixLater.cells.filter((c) => c.subprocessorId === r.us.id)).toEqual([]); // still undecided: held back
    await notify(r, n, '2027-02-01');
    const matrix = await ok(r.core, 'subprocessors.matrix', { onDate: '2027-02-01' });
    const usCustomers = matrix.cells.filter((c) => c.subprocessorId === r.us.id).map((c) => c.customerId);
    expect(usCustomers.sort()).toEqual([r.alfa.id, r.beta.id, r.gamma.id].sort());
  });

  it('refuses an effective date before the latest deadline unless the user says why', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    const n = await r.proposed();
    const early = await call(r.core, 'changeNotices.update', {
      id: n.id,
      revision: n.revision,
      fields: { ...fieldsOf(n), decision: 'notify', effectiveDate: '2027-01-01' },
    });
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error.issues?.[0]).toMatchObject({
        path: ['effectiveDate'],
        message: 'v.changeNotice.beforeDeadline',
        params: { deadline: '2027-01-21' },
      });
    }
    const overridden = await notify(r, n, '2027-01-01', { earlyReason: 'Leverantören lägger ned den gamla tjänsten' });
    expect(overridden.state).toBe('draft');
    expect(byName(overridden)['Beta Ltd']!.deadlineAfterEffective).toBe(true);
  });

  it('tracks sent, silence, objection and exception, and applies the change per customer from the effective date', async () => {
    const clock = new Date(FIXED_NOW);
    const r = await noticeRegister({ now: clock });
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    let n = await notify(r, await r.proposed(), '2027-02-01');
    expect(n.state).toBe('draft');

    // Before the effective date nobody has the new sub-processor, in the register or in Bilaga 2.
    expect(await customerSubprocessors(r, r.alfa.id)).toEqual(['Mälardalens Datacenter AB', 'Sicherung GmbH']);
    expect((await ok(r.core, 'agreements.get', { id: r.alfaAgreement.id })).outOfDate).toBe(false);

    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.alfa.id, r.beta.id], on: '2026-11-23', via: 'email' });
    expect(n.state).toBe('sent');
    expect(byName(n)['Alfa AB']).toMatchObject({ sentOn: '2026-11-23', sentVia: 'email', deadline: '2026-12-23', state: 'awaiting' });
    expect(n.counts).toMatchObject({ sent: 2, open: 3 });

    // Beta objects.
    const beta = byName(n)['Beta Ltd']!;
    n = await ok(r.core, 'changeNotices.recordResponse', {
      noticeId: n.id,
      customerId: r.beta.id,
      revision: beta.revision!,
      response: 'objected',
      on: '2026-12-01',
      objectionText: 'Vi vill inte att data lämnar EU.',
    });
    expect(byName(n)['Beta Ltd']!.state).toBe('objected');
    expect(n.counts.objected).toBe(1);

    // The day after Alfa's deadline, silence counts as acceptance; on the deadline itself it does not.
    clock.setTime(Date.parse('2026-12-23T10:00:00Z'));
    expect(byName(await ok(r.core, 'changeNotices.get', { id: n.id }))['Alfa AB']!.state).toBe('awaiting');
    clock.setTime(Date.parse('2026-12-24T10:00:00Z'));
    n = await ok(r.core, 'changeNotices.get', { id: n.id });
    expect(byName(n)['Alfa AB']!.state).toBe('deemed_accepted');

    // Beta is excepted: its subscription gets the exception.
    n = await ok(r.core, 'changeNotices.resolveObjection', {
      noticeId: n.id,
      customerId: r.beta.id,
      revision: byName(n)['Beta Ltd']!.revision!,
      resolution: 'excepted',
      on: '2026-12-28',
      note: 'Beta behåller backup inom EU.',
    });
    expect(byName(n)['Beta Ltd']).toMatchObject({ state: 'resolved', resolution: 'excepted', affected: true });
    const [betaSub] = await ok(r.core, 'subscriptions.list', { customerId: r.beta.id });
    expect(betaSub!.removedSubprocessorIds).toEqual([r.us.id]);

    // From the effective date: Alfa and Gamma have it, Beta never does.
    clock.setTime(Date.parse('2027-02-01T08:00:00Z'));
    expect(await customerSubprocessors(r, r.alfa.id)).toContain('Remote Watch Inc.');
    expect(await customerSubprocessors(r, r.gamma.id)).toContain('Remote Watch Inc.');
    expect(await customerSubprocessors(r, r.beta.id)).not.toContain('Remote Watch Inc.');
    expect(await customerSubprocessors(r, r.alfa.id, '2027-01-31')).not.toContain('Remote Watch Inc.');
    n = await ok(r.core, 'changeNotices.get', { id: n.id });
    expect(n.state).toBe('in_effect');
    expect(n.warnings).toContain('w.changeNotice.notSentInEffect'); // Gamma was never told
    // Alfa's signed agreement now lists fewer sub-processors than the register: out of date, with no write that day.
    expect((await ok(r.core, 'agreements.get', { id: r.alfaAgreement.id })).outOfDate).toBe(true);
    expect((await ok(r.core, 'agreements.get', { id: r.betaAgreement.id })).outOfDate).toBe(false);
  });

  it('lists deadlines and flags for the overview and the customer page', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    const undecided = await ok(r.core, 'changeNotices.deadlines', {});
    expect(undecided.map((d) => d.kind)).toEqual(['undecided']);
    let n = await notify(r, await r.proposed(), '2027-02-01');
    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.alfa.id], on: '2026-11-22', via: 'post' });
    const deadlines = await ok(r.core, 'changeNotices.deadlines', {});
    expect(deadlines.map((d) => [d.kind, d.customerName, d.date])).toEqual([
      ['notSent', 'Beta Ltd', '2026-12-03'],
      ['objectionDeadline', 'Alfa AB', '2026-12-22'],
      ['notSent', 'Gamma AB', '2027-01-02'],
      ['effectiveDate', null, '2027-02-01'],
    ]);
    expect((await ok(r.core, 'changeNotices.deadlines', { customerId: r.alfa.id })).map((d) => d.kind)).toEqual([
      'objectionDeadline',
      'effectiveDate',
    ]);
    const flags = await ok(r.core, 'changeNotices.customerFlags', { customerId: r.alfa.id });
    expect(flags).toEqual([
      {
        customerId: r.alfa.id,
        noticeId: n.id,
        changeKind: 'add',
        subprocessorName: 'Remote Watch Inc.',
        notifiedOn: '2026-11-22',
        effectiveDate: '2027-02-01',
        state: 'awaiting',
      },
    ]);
    expect((await ok(r.core, 'changeNotices.list', { customerId: r.epsilon.id })).length).toBe(0);
  });

  it('keeps the period that applied when the notice was sent, even after a new agreement', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    let n = await notify(r, await r.proposed(), '2027-02-01');
    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.beta.id], on: '2026-11-22', via: 'email' });
    const v2 = await r.generate(r.beta.id, { noticeDays: 10 });
    await ok(r.core, 'agreements.setStatus', { id: v2.id, revision: v2.revision, status: 'signed', on: '2026-11-22' });
    n = await ok(r.core, 'changeNotices.get', { id: n.id });
    expect(byName(n)['Beta Ltd']).toMatchObject({ noticeDays: 60, deadline: '2027-01-21' });
  });
});

describe('the deadline a letter printed', () => {
  it('is never cut short by a send date entered as earlier than the letter', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    let n = await notify(r, await r.proposed(), '2027-02-01');
    await ok(r.core, 'changeNotices.letters', { id: n.id, customerIds: [r.alfa.id], folder: r.dir });
    // The letter (made 2026-11-22) says 2026-12-22; marked as sent a week before it was written.
    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.alfa.id], on: '2026-11-15', via: 'post' });
    expect(byName(n)['Alfa AB']).toMatchObject({ sentOn: '2026-11-15', deadline: '2026-12-22' });
    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.alfa.id], on: '2026-11-29', via: 'post' });
    expect(byName(n)['Alfa AB']!.deadline).toBe('2026-12-29');
  });
});

describe('changes undone, replaced, withdrawn, or needing no notice', () => {
  it('drops a proposal when the change is undone before anyone was told', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    await r.proposed();
    await r.setBackupSubprocessors([r.de.id, r.se.id]);
    expect(await ok(r.core, 'changeNotices.list', {})).toEqual([]);
  });

  it('reads one added and one removed as a replacement, held back until it takes effect', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.se.id, r.us.id]);
    const n = await r.proposed();
    expect(n.kind).toBe('replace');
    expect(n.replacedSubprocessor?.name).toBe('Sicherung GmbH');
    expect(n.changeSv).toBe('Remote Watch Inc. (USA) ersätter Sicherung GmbH (Tyskland) som underbiträde för Backup.');
    // Epsilon loses Sicherung too, so it is affected by the replacement.
    expect(n.recipients.map((x) => x.customerName)).toEqual(['Alfa AB', 'Beta Ltd', 'Epsilon AB', 'Gamma AB']);
    expect(await customerSubprocessors(r, r.alfa.id)).toEqual(['Mälardalens Datacenter AB', 'Sicherung GmbH']);
  });

  it('writes a withdrawn change back out of the service', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    const n = await r.proposed();
    const w = await ok(r.core, 'changeNotices.update', {
      id: n.id,
      revision: n.revision,
      fields: { ...fieldsOf(n), decision: 'withdrawn', decisionNote: 'Vi väljer en annan leverantör.' },
    });
    expect(w.state).toBe('withdrawn');
    expect((await ok(r.core, 'services.get', { id: r.backup.id })).subprocessorIds.sort()).toEqual([r.de.id, r.se.id].sort());
  });

  it('applies at once when no notice is needed, with the reason kept', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    const n = await r.proposed();
    const missing = await call(r.core, 'changeNotices.update', {
      id: n.id,
      revision: n.revision,
      fields: { ...fieldsOf(n), decision: 'no_notice' },
    });
    expect(missing.ok).toBe(false);
    const done = await ok(r.core, 'changeNotices.update', {
      id: n.id,
      revision: n.revision,
      fields: { ...fieldsOf(n), decision: 'no_notice', decisionNote: 'Samma koncern, inga nya uppgifter.' },
    });
    expect(done.state).toBe('no_notice');
    expect(await customerSubprocessors(r, r.alfa.id)).toContain('Remote Watch Inc.');
  });

  it('proposes a notice when a sub-processor moves, in words before → after', async () => {
    const r = await noticeRegister();
    const de = await ok(r.core, 'subprocessors.get', { id: r.de.id });
    await ok(r.core, 'subprocessors.update', {
      id: de.id,
      revision: de.revision,
      fields: { ...subprocessor('Sicherung GmbH', 'US', 'scc_2021_914'), processingLocations: 'Virginia' },
    });
    const n = await r.proposed();
    expect(n.kind).toBe('change');
    expect(n.changeSv).toBe(
      'Plats: Tyskland → USA. Stöd för överföring: Inom EU/EES → Standardavtalsklausuler (art. 46.2 c) (Modul 3: personuppgiftsbiträde till underbiträde). Platser för behandling: (inga angivna) → Virginia.',
    );
    expect(n.recipients.map((x) => x.customerName)).toEqual(['Alfa AB', 'Beta Ltd', 'Epsilon AB', 'Gamma AB']);
    // A sub-processor named by a notice is kept: the notice must still say who it was.
    expect(await call(r.core, 'subprocessors.delete', { id: de.id, revision: de.revision + 1 })).toMatchObject({
      ok: false,
      error: { code: 'IN_USE' },
    });
  });

  it('previews the customers of a notice not yet saved', async () => {
    const r = await noticeRegister();
    const preview = await ok(r.core, 'changeNotices.preview', {
      fields: {
        kind: 'add',
        subprocessorId: r.us.id,
        replacedSubprocessorId: null,
        serviceIds: [r.backup.id],
        changeSv: '',
        changeEn: '',
        reason: '',
        effectiveDate: '2027-03-01',
        decidedBy: '',
        decision: 'notify',
        decisionNote: '',
        earlyReason: '',
      },
    });
    expect(preview.map((x) => [x.customerName, x.deadline])).toEqual([
      ['Alfa AB', '2026-12-22'],
      ['Beta Ltd', '2027-01-21'],
      ['Gamma AB', '2026-12-22'],
    ]);
  });
});
