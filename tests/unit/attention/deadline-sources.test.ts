// The attention list's dated legal clocks (issue 17): requests (Art. 12(3)), breaches (Arts 33–34)
// and change notices. Each item shows while its facts hold, with its severity, day, texts in both
// languages and where it is fixed, and goes once the user has done what it asks. The texts go into
// calendar files synced to cloud calendars: no requester and no breach customer is named in them.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import {
  emptyBreach,
  emptyDsrRequest,
  type AttentionItem,
  type AttentionKind,
  type Breach,
  type ChangeNotice,
  type DsrRequest,
} from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { noticeRegister } from '../change-notices/fixture';
import { blankCustomer, coreWithRegister, ok } from '../helpers';

/** The active items of one kind, on the tests' fixed day, a year ahead. */
async function items(core: Core, kind: AttentionKind, lang: Language = 'sv', horizonDays = 366): Promise<AttentionItem[]> {
  return (await ok(core, 'attention.list', { kinds: [kind], lang, horizonDays })).items;
}

async function item(core: Core, kind: AttentionKind, key: string, lang: Language = 'sv'): Promise<AttentionItem | undefined> {
  return (await items(core, kind, lang)).find((i) => i.key === key);
}

describe('request.deadline', () => {
  const requester = { requesterName: 'Åsa Öberg', requesterContact: 'asa.oberg@example.se', requestText: 'Radera allt om mig, Åsa' };

  async function request(core: Core, fields: Partial<DsrRequest['fields']>): Promise<DsrRequest> {
    return ok(core, 'requests.create', { ...emptyDsrRequest, ...requester, receivedOn: '2026-11-10', ...fields });
  }

  it('shows each open request by its deadline, named by its right and day of receipt, and goes once it is answered', async () => {
    const { core } = await coreWithRegister();
    const late = await request(core, { right: 'erasure', receivedOn: '2026-10-19' });
    const running = await request(core, { right: 'access', receivedOn: '2026-11-10' });
    const extended = await request(core, {
      receivedOn: '2026-11-02',
      extensionReason: 'Uppgifter i många system',
      extensionNotifiedOn: '2026-11-20',
    });

    const lateItem = await item(core, 'request.deadline', `request.deadline:dsrRequest:${late.id}`);
    expect(lateItem).toMatchObject({
      severity: 'overdue',
      dueOn: '2026-11-19',
      subject: 'Radering (art. 17), mottagen 2026-10-19',
      fix: { kind: 'dsrRequest', id: late.id, field: 'status' },
    });
    expect(lateItem!.text).toContain('Tidsfristen gick ut 2026-11-19');
    const lateEn = await item(core, 'request.deadline', lateItem!.key, 'en');
    expect(lateEn!.subject).toBe('Erasure (Art. 17), received 2026-10-19');
    expect(lateEn!.text).toContain('The deadline passed on 2026-11-19');

    const runningItem = await item(core, 'request.deadline', `request.deadline:dsrRequest:${running.id}`);
    expect(runningItem).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-10' });
    expect(runningItem!.text).toBe('Svara den registrerade senast 2026-12-10, en månad efter att begäran kom in 2026-11-10 (art. 12.3).');

    // Told of the extension within the first month: three months, beyond the default 30 days.
    const extendedItem = await item(core, 'request.deadline', `request.deadline:dsrRequest:${extended.id}`);
    expect(extendedItem).toMatchObject({ severity: 'dueSoon', dueOn: '2027-02-02' });
    expect(extendedItem!.text).toContain('förlängd');
    const inMonth = await ok(core, 'attention.list', { kinds: ['request.deadline'] });
    expect(inMonth.items.map((i) => i.key)).not.toContain(extendedItem!.key);

    // Nothing of the requester in what goes to the calendar.
    for (const lang of ['sv', 'en'] as const) {
      for (const i of await items(core, 'request.deadline', lang)) {
        expect(`${i.subject} ${i.text}`).not.toMatch(/Åsa|Öberg|asa\.oberg|Radera allt/);
      }
    }

    await ok(core, 'requests.update', {
      id: late.id,
      revision: late.revision,
      fields: { ...late.fields, status: 'answered', outcome: 'granted', answeredOn: '2026-11-22' },
    });
    const keys = (await items(core, 'request.deadline')).map((i) => i.key);
    expect(keys).not.toContain(lateItem!.key);
    expect(keys).toContain(runningItem!.key);
  });

  it('keeps a snoozed deadline hidden while the day stays, and shows it again once the deadline moves', async () => {
    const { core } = await coreWithRegister();
    const r = await request(core, { receivedOn: '2026-11-10' });
    const key = `request.deadline:dsrRequest:${r.id}`;
    const shown = (await item(core, 'request.deadline', key))!;
    await ok(core, 'attention.dismiss', { key, fingerprint: shown.fingerprint, mode: 'snooze', until: '2026-12-01' });
    expect(await item(core, 'request.deadline', key)).toBeUndefined();
    // A later day, when the deadline is near, is not a change of facts: still hidden until the snooze ends.
    const later = await ok(core, 'attention.list', { on: '2026-11-30', kinds: ['request.deadline'] });
    expect(later.items.map((i) => i.key)).not.toContain(key);
    expect(later.dismissed.map((i) => i.key)).toContain(key);

    await ok(core, 'requests.update', {
      id: r.id,
      revision: r.revision,
      fields: { ...r.fields, extensionReason: 'Uppgifter i många system', extensionNotifiedOn: '2026-11-22' },
    });
    expect(await item(core, 'request.deadline', key)).toMatchObject({ dueOn: '2027-02-10', dismissal: null });
  });

  it('asks a processor to forward the request to its customer, and goes once it is forwarded', async () => {
    const { core } = await coreWithRegister();
    const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Tandvården i Sala AB' });
    const r = await request(core, { ourRole: 'processor', customerId: customer.id, receivedOn: '2026-11-20' });
    const key = `request.deadline:dsrRequest:${r.id}`;

    const sv = await item(core, 'request.deadline', key);
    expect(sv).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-21', fix: { kind: 'dsrRequest', id: r.id, field: 'forwardedOn' } });
    expect(sv!.text).toContain('Skicka den vidare till kunden utan dröjsmål');
    expect(sv!.text).toContain('Tandvården i Sala AB');
    expect((await item(core, 'request.deadline', key, 'en'))!.text).toContain('Forward it to the customer without delay');

    await ok(core, 'requests.update', {
      id: r.id,
      revision: r.revision,
      fields: { ...r.fields, status: 'forwarded', forwardedOn: '2026-11-21' },
    });
    expect(await item(core, 'request.deadline', key)).toBeUndefined();
  });
});

describe('breach.clock', () => {
  async function breach(core: Core, fields: Partial<Breach['fields']>): Promise<Breach> {
    return ok(core, 'breaches.create', {
      ...emptyBreach,
      title: 'Felskickat e-postmeddelande',
      discoveredAt: '2026-11-21T13:00:00.000Z',
      breachTypes: ['confidentiality'],
      ...fields,
    });
  }

  const update = (core: Core, b: Breach, fields: Partial<Breach['fields']>) =>
    ok(core, 'breaches.update', { id: b.id, revision: b.revision, fields: { ...b.fields, ...fields } });

  it('gives IMY’s 72 hours with the exact Swedish time, and goes once IMY is notified', async () => {
    const { core } = await coreWithRegister();
    // 13:00 UTC is 14:00 in Stockholm in November; the 72 hours end on the 24th at 14:00.
    const b = await breach(core, { risk: 'risk' });
    const key = `breach.clock:breach:${b.id}:imy`;

    const sv = await item(core, 'breach.clock', key);
    expect(sv).toMatchObject({
      severity: 'dueSoon',
      dueOn: '2026-11-24',
      subject: 'Felskickat e-postmeddelande',
      fix: { kind: 'breach', id: b.id, field: null },
    });
    expect(sv!.text).toContain('Anmäl incidenten till IMY senast 2026-11-24 kl. 14:00');
    expect((await item(core, 'breach.clock', key, 'en'))!.text).toContain('Notify IMY of the breach by 2026-11-24 at 14:00 Swedish time');

    await update(core, b, { imyNotifiedAt: '2026-11-22T08:30:00.000Z', imyReference: 'IMY-2026-123' });
    expect(await item(core, 'breach.clock', key)).toBeUndefined();
  });

  it('is overdue once the 72 hours have run out, and asks for the risk while it is not assessed', async () => {
    const { core } = await coreWithRegister();
    const late = await breach(core, { risk: 'risk', discoveredAt: '2026-11-17T10:00:00.000Z' });
    const unassessed = await breach(core, { title: 'Stulen telefon' });

    const lateItem = await item(core, 'breach.clock', `breach.clock:breach:${late.id}:imy`);
    expect(lateItem).toMatchObject({ severity: 'overdue', dueOn: '2026-11-20' });
    expect(lateItem!.text).toContain('gick ut 2026-11-20 kl. 11:00');
    expect(lateItem!.text).toContain('skälen till förseningen');

    const key = `breach.clock:breach:${unassessed.id}:imy`;
    const open = await item(core, 'breach.clock', key);
    expect(open).toMatchObject({ severity: 'dueSoon', dueOn: '2026-11-24', fix: { kind: 'breach', id: unassessed.id, field: 'risk' } });
    expect(open!.text).toMatch(/^Bedöm risken/);
    expect((await item(core, 'breach.clock', key, 'en'))!.text).toMatch(/^Assess the risk/);

    // Assessed as unlikely to result in a risk: no notice to IMY is owed.
    await update(core, unassessed, { risk: 'no_risk', riskRationale: 'Mottagaren raderade meddelandet direkt.' });
    expect(await item(core, 'breach.clock', key)).toBeUndefined();
  });

  it('as processor, counts the customers still to be told on the Swedish day of discovery, and goes once they are told', async () => {
    const { core } = await coreWithRegister();
    const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Ängshagens Vård AB' });
    // 23:30 UTC on the 21st is half past midnight on the 22nd in Stockholm.
    const b = await breach(core, { ourRole: 'processor', discoveredAt: '2026-11-21T23:30:00.000Z', customerIds: [customer.id] });
    const key = `breach.clock:breach:${b.id}:customers`;

    const sv = await item(core, 'breach.clock', key);
    expect(sv).toMatchObject({ severity: 'dueSoon', dueOn: '2026-11-22', fix: { kind: 'breach', id: b.id, field: null } });
    expect(sv!.text).toContain('En berörd kund har inte fått besked om incidenten, som upptäcktes 2026-11-22 kl. 00:30');
    expect(sv!.text).toContain('utan onödigt dröjsmål (art. 33.2)');
    const en = await item(core, 'breach.clock', key, 'en');
    expect(en!.text).toContain('One affected customer has not been told');
    for (const i of [sv!, en!]) expect(i.text).not.toContain('Ängshagen');
    // No IMY clock as processor: that notice is the controller's.
    expect(await item(core, 'breach.clock', `breach.clock:breach:${b.id}:imy`)).toBeUndefined();

    await ok(core, 'breaches.recordCustomerNotice', {
      id: b.id,
      revision: b.revision,
      customerId: customer.id,
      notifiedAt: '2026-11-22T07:00:00.000Z',
      via: 'phone',
      note: '',
    });
    expect(await item(core, 'breach.clock', key)).toBeUndefined();
  });

  it('asks to inform the data subjects of a high-risk breach, and goes once they are informed', async () => {
    const { core } = await coreWithRegister();
    const b = await breach(core, { risk: 'high_risk' });
    const key = `breach.clock:breach:${b.id}:subjects`;

    // Due without undue delay: on the day of discovery, so overdue the day after.
    const sv = await item(core, 'breach.clock', key);
    expect(sv).toMatchObject({ severity: 'overdue', dueOn: '2026-11-21', fix: { kind: 'breach', id: b.id, field: 'subjectsInformedAt' } });
    expect(sv!.text).toContain('Informera de registrerade utan onödigt dröjsmål (art. 34)');
    expect((await item(core, 'breach.clock', key, 'en'))!.text).toContain('Inform the data subjects without undue delay (Art. 34)');

    await update(core, b, { subjectsInformedAt: '2026-11-22T08:00:00.000Z', subjectsMethod: 'E-post till varje mottagare' });
    expect(await item(core, 'breach.clock', key)).toBeUndefined();
    // IMY's clock is its own item and still runs.
    expect(await item(core, 'breach.clock', `breach.clock:breach:${b.id}:imy`)).toBeDefined();
  });
  it('holds the same open clocks as the breach log, breach by breach', async () => {
    const { core } = await coreWithRegister();
    const a = await ok(core, 'customers.create', { ...blankCustomer, name: 'Alfa AB' });
    const c = await ok(core, 'customers.create', { ...blankCustomer, name: 'Beta AB' });
    const processor = await breach(core, { ourRole: 'processor', customerIds: [a.id, c.id] });
    await ok(core, 'breaches.recordCustomerNotice', {
      id: processor.id,
      revision: processor.revision,
      customerId: a.id,
      notifiedAt: '2026-11-21T15:00:00.000Z',
      via: 'email',
      note: '',
    });
    await breach(core, { risk: 'high_risk', title: 'Hög risk' });
    await breach(core, { title: 'Ej bedömd' });
    await breach(core, { risk: 'risk', title: 'Anmäld', imyNotifiedAt: '2026-11-21T20:00:00.000Z' });
    await breach(core, { risk: 'high_risk', title: 'Avslutad', closedOn: '2026-11-22' });

    const fromLog = (await ok(core, 'breaches.clocks', {})).map((x) => `${x.breachId}:${x.kind === 'customer' ? 'customers' : x.kind}`);
    const fromList = (await items(core, 'breach.clock')).map((i) => i.key.replace('breach.clock:breach:', ''));
    expect(fromList.sort()).toEqual([...new Set(fromLog)].sort());
    const told = (await items(core, 'breach.clock')).find((i) => i.key.endsWith(`:${processor.id}:customers`));
    expect(told!.text).toMatch(/^En berörd kund har inte fått besked/);
  });
});

describe('changeNotice.deadline and changeNotice.objection', () => {
  it('follows a notice from proposal to answers: decide, tell each customer in time, watch the periods, resolve the objection', async () => {
    const r = await noticeRegister();
    await r.setBackupSubprocessors([r.de.id, r.se.id, r.us.id]);
    let n: ChangeNotice = await r.proposed();
    const at = (what: string) => `changeNotice.deadline:changeNotice:${n.id}:${what}`;
    const deadlines = () => items(r.core, 'changeNotice.deadline');

    const decide = (await deadlines()).find((i) => i.key === at('decide'));
    expect(decide).toMatchObject({
      severity: 'toFix',
      dueOn: null,
      subject: 'Nytt underbiträde: Remote Watch Inc.',
      fix: { kind: 'changeNotice', id: n.id, field: 'decision' },
    });
    expect(decide!.text).toMatch(/^Ändringen är föreslagen men inte beslutad/);
    expect((await items(r.core, 'changeNotice.deadline', 'en')).find((i) => i.key === at('decide'))!.subject).toBe(
      'New sub-processor: Remote Watch Inc.',
    );

    // Decided: applies from 1 February. Beta's agreement gives 60 days, Alfa's 30, Gamma (no agreement) 30.
    n = await ok(r.core, 'changeNotices.update', {
      id: n.id,
      revision: n.revision,
      fields: { ...n.fields, decision: 'notify', effectiveDate: '2027-02-01', decidedBy: 'Anna Ek', reason: 'Säkrare lagring' },
    });
    let list = await deadlines();
    expect(list.map((i) => i.key)).not.toContain(at('decide'));
    const beta = list.find((i) => i.key === at('send:2026-12-03'));
    expect(beta).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-03', fix: { kind: 'changeNotice', id: n.id, field: null } });
    expect(beta!.text).toBe(
      'Beta Ltd har inte fått besked om ändringen. Skicka det senast 2026-12-03 så att invändningstiden på 60 dagar hinner löpa ut innan ändringen gäller 2027-02-01.',
    );
    const thirty = list.find((i) => i.key === at('send:2027-01-02'));
    expect(thirty!.text).toMatch(/^2 kunder \(Alfa AB och Gamma AB\) har inte fått besked/);
    expect((await items(r.core, 'changeNotice.deadline', 'en')).find((i) => i.key === thirty!.key)!.text).toMatch(
      /^2 customers \(Alfa AB and Gamma AB\) have not been told of the change\. Send the notice by 2027-01-02/,
    );

    // Alfa and Beta told today: their objection periods run; Gamma is still to be told.
    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.alfa.id, r.beta.id], on: '2026-11-22', via: 'email' });
    list = await deadlines();
    expect(list.map((i) => i.key)).not.toContain(at('send:2026-12-03'));
    expect(list.find((i) => i.key === at('send:2027-01-02'))!.text).toMatch(/^Gamma AB har inte fått besked/);
    const alfaPeriod = list.find((i) => i.key === at('period:2026-12-22'));
    expect(alfaPeriod).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-22' });
    expect(alfaPeriod!.text).toMatch(/^Invändningstiden för Alfa AB går ut 2026-12-22\. En kund som inte har invänt då anses ha godtagit/);
    expect(list.find((i) => i.key === at('period:2027-01-21'))).toBeDefined();

    // Beta objects: its period item gives way to the objection, due before the change applies.
    const betaRow = n.recipients.find((x) => x.customerId === r.beta.id)!;
    n = await ok(r.core, 'changeNotices.recordResponse', {
      noticeId: n.id,
      customerId: r.beta.id,
      revision: betaRow.revision!,
      response: 'objected',
      on: '2026-11-22',
      objectionText: 'Vi godtar inte överföring till USA.',
    });
    expect((await deadlines()).map((i) => i.key)).not.toContain(at('period:2027-01-21'));
    const objectionKey = `changeNotice.objection:changeNotice:${n.id}:customer:${r.beta.id}`;
    const objection = (await items(r.core, 'changeNotice.objection')).find((i) => i.key === objectionKey);
    expect(objection).toMatchObject({
      severity: 'dueSoon',
      dueOn: '2027-02-01',
      subject: 'Beta Ltd',
      fix: { kind: 'changeNotice', id: n.id, field: null },
    });
    expect(objection!.text).toBe(
      'Kunden invände 2026-11-22 mot ändringen ”Nytt underbiträde: Remote Watch Inc.”. Avgör invändningen innan ändringen gäller 2027-02-01: kunden återtar den, undantas från ändringen eller säger upp avtalet.',
    );
    expect((await items(r.core, 'changeNotice.objection', 'en')).find((i) => i.key === objectionKey)!.text).toMatch(
      /^The customer objected on 2026-11-22 to the change “New sub-processor: Remote Watch Inc\.”\. Resolve the objection before the change applies on 2027-02-01/,
    );

    // Resolved, Gamma told, Alfa accepts: nothing left to do.
    const betaNow = n.recipients.find((x) => x.customerId === r.beta.id)!;
    n = await ok(r.core, 'changeNotices.resolveObjection', {
      noticeId: n.id,
      customerId: r.beta.id,
      revision: betaNow.revision!,
      resolution: 'withdrawn',
      on: '2026-11-22',
      note: 'Kunden återtog invändningen efter samtal.',
    });
    expect(await items(r.core, 'changeNotice.objection')).toEqual([]);
    n = await ok(r.core, 'changeNotices.markSent', { id: n.id, customerIds: [r.gamma.id], on: '2026-11-22', via: 'post' });
    const alfaRow = n.recipients.find((x) => x.customerId === r.alfa.id)!;
    await ok(r.core, 'changeNotices.recordResponse', {
      noticeId: n.id,
      customerId: r.alfa.id,
      revision: alfaRow.revision!,
      response: 'accepted',
      on: '2026-11-22',
      objectionText: '',
    });
    // Gamma's letter went the same day with the same 30 days: only its period is left.
    list = await deadlines();
    expect(list.map((i) => i.key)).toEqual([at('period:2026-12-22')]);
    expect(list[0]!.text).toMatch(/^Invändningstiden för Gamma AB går ut 2026-12-22/);
  });
});
