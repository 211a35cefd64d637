// Requests from data subjects and breach records under retention (issue 16): the seeded rule for
// requests (three years after closing), a rule for breaches, the purge list, the purge itself with
// its history redaction and deletion log, and legal holds.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { emptyBreach, emptyDsrRequest, type BreachFields, type DsrRequestFields } from '../../../shared/contract';
import { call, coreWithRegister, ok } from '../helpers';
import { addDevice, addSite, customerInput, ruleInput } from './fixtures';

const DAY = '2027-06-01';
const NOW = new Date('2027-06-01T10:00:00.000Z');
const MARKER = 'Qxzrequester';

const answered = (name: string, receivedOn: string, answeredOn: string, patch: Partial<DsrRequestFields> = {}): DsrRequestFields => ({
  ...emptyDsrRequest,
  requesterName: name,
  requesterContact: `${name.toLowerCase()}@example.se`,
  requestText: 'Jag vill veta vilka uppgifter ni har om mig.',
  receivedOn,
  identity: 'verified',
  identityMethod: 'BankID',
  identityCheckedOn: receivedOn,
  status: 'answered',
  outcome: 'granted',
  answeredOn,
  ...patch,
});

const breach = (title: string, patch: Partial<BreachFields> = {}): BreachFields => ({
  ...emptyBreach,
  title,
  discoveredAt: '2021-03-01T08:00:00.000Z',
  cause: 'lost_stolen_device',
  closedOn: '2021-04-01',
  ...patch,
});

async function register() {
  const { core } = await coreWithRegister({ now: NOW });
  const customer = await ok(core, 'customers.create', customerInput('Mälardalens Tandvård AB'));
  const old = await ok(core, 'requests.create', answered(`${MARKER} Svensson`, '2024-03-01', '2024-03-20'));
  const recent = await ok(core, 'requests.create', answered('Bo Ek', '2025-05-01', '2025-05-20'));
  const open = await ok(core, 'requests.create', { ...emptyDsrRequest, requesterName: 'Cecilia Öst', receivedOn: '2024-01-10' });
  const forwarded = await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    requesterName: 'Dan Åkesson',
    receivedOn: '2024-02-01',
    ourRole: 'processor',
    customerId: customer.id,
    status: 'forwarded',
    forwardedOn: '2024-02-02',
    customerInstruction: 'Vi svarar själva.',
  });
  return { core, customer, requests: { old, recent, open, forwarded } };
}

const items = async (core: Core, kind: 'dsr_request' | 'breach') =>
  (await ok(core, 'purge.list', { on: DAY })).items.filter((i) => i.recordKind === kind);

describe('retention of requests from data subjects', () => {
  it('lists the seeded rule: three years after the request was closed, for requests', async () => {
    const { core } = await register();
    const rule = (await ok(core, 'retentionRules.list', {})).find((r) => r.appliesTo.includes('dsr_request'));
    expect(rule).toMatchObject({ nameSv: 'Begäranden från registrerade', anchorEvent: 'request_closed', duration: 'P3Y' });
    expect(rule!.summary.sv).toBe('Rensas tre år efter att begäran avslutats');
    expect(rule!.summary.en).toBe('Deleted three years after the request was closed');
  });

  it('puts a request answered more than three years ago on the list, not one answered two years ago or one still open', async () => {
    const { core, customer, requests } = await register();
    const due = await items(core, 'dsr_request');
    expect(due.map((i) => i.recordId).sort()).toEqual([requests.old.id, requests.forwarded.id].sort());
    const old = due.find((i) => i.recordId === requests.old.id)!;
    // A request as controller belongs to no customer. The seeded rule keeps it three years inclusive: due the day after.
    expect(old).toMatchObject({
      customerId: null,
      customerName: null,
      anchorDate: '2024-03-20',
      dueOn: '2027-03-21',
      due: true,
      action: 'delete',
    });
    expect(old.reason.sv).toContain('Begäran avslutades 2024-03-20');
    // Forwarded to the customer as processor: closed for us the day it was forwarded.
    expect(due.find((i) => i.recordId === requests.forwarded.id)).toMatchObject({
      customerId: customer.id,
      customerName: 'Mälardalens Tandvård AB',
      anchorDate: '2024-02-02',
    });
  });

  it('purges it: the request is gone, its history keeps no values, the log counts it', async () => {
    const { core, requests } = await register();
    const before = (await ok(core, 'history.list', { kind: 'dsrRequest', recordId: requests.old.id })).rows;
    expect(JSON.stringify(before)).toContain(MARKER);

    const result = await ok(core, 'purge.run', { on: DAY });
    expect(result.deleted).toMatchObject({ dsr_request: 2, breach: 0 });

    expect((await call(core, 'requests.get', { id: requests.old.id })).ok).toBe(false);
    expect((await ok(core, 'requests.get', { id: requests.recent.id })).fields.requesterName).toBe('Bo Ek');
    const after = (await ok(core, 'history.list', { kind: 'dsrRequest', recordId: requests.old.id })).rows;
    expect(after.some((e) => e.action === 'redact')).toBe(true);
    expect(JSON.stringify(await ok(core, 'history.list', { limit: 1000 }))).not.toContain(MARKER);
    expect(await ok(core, 'history.verify', {})).toMatchObject({ ok: true });

    const log = await ok(core, 'deletionLog.list', {});
    expect(log.map((e) => e.records.dsr_request).reduce((a, b) => a + b, 0)).toBe(2);
    expect(JSON.stringify(log)).not.toContain(MARKER);
    expect(await items(core, 'dsr_request')).toEqual([]);
  });

  it('keeps a processor request while a legal hold is placed on its customer', async () => {
    const { core, customer, requests } = await register();
    await ok(core, 'legalHolds.create', { customerId: customer.id, ruleId: null, reason: 'Tvist med kunden', placedOn: '2027-05-01' });
    const due = await items(core, 'dsr_request');
    expect(due.find((i) => i.recordId === requests.forwarded.id)?.heldBy?.reason).toBe('Tvist med kunden');
    expect(due.find((i) => i.recordId === requests.old.id)?.heldBy).toBeNull();
    await ok(core, 'purge.run', { on: DAY });
    expect((await ok(core, 'requests.get', { id: requests.forwarded.id })).fields.requesterName).toBe('Dan Åkesson');
    expect((await call(core, 'requests.get', { id: requests.old.id })).ok).toBe(false);
  });

  it('anonymises under an anonymising rule: the log of the request stays, who asked goes', async () => {
    const { core, requests } = await register();
    const seeded = (await ok(core, 'retentionRules.list', {})).find((r) => r.appliesTo.includes('dsr_request'))!;
    const { id, revision, ...rest } = seeded;
    await ok(core, 'retentionRules.update', {
      id,
      revision,
      fields: {
        ...ruleInput({ nameSv: rest.nameSv }),
        nameEn: rest.nameEn,
        anchorEvent: 'request_closed',
        duration: 'P3Y',
        action: 'anonymise',
        appliesTo: ['dsr_request'],
      },
    });
    const result = await ok(core, 'purge.run', { on: DAY });
    expect(result.anonymised.dsr_request).toBe(2);
    const kept = await ok(core, 'requests.get', { id: requests.old.id });
    expect(kept.fields).toMatchObject({ requesterName: 'Anonymiserad', requesterContact: '', requestText: '', status: 'answered' });
    expect(kept.fields.answeredOn).toBe('2024-03-20');
    // Not listed again once nothing personal is left.
    expect(await items(core, 'dsr_request')).toEqual([]);
    const found = await ok(core, 'search.all', { query: MARKER });
    expect(found.groups).toEqual([]);
  });
});

describe('retention of breach records', () => {
  it('purges a breach closed longer ago than its rule keeps it, with its links; a hold on a customer it involves keeps another', async () => {
    const { core } = await coreWithRegister({ now: NOW });
    const held = await ok(core, 'customers.create', customerInput('Köpings Bygg AB'));
    const site = await addSite(core, held.id, 'Kontoret');
    const laptop = await addDevice(core, held.id, site.id, { type: 'pc', hostname: 'KB-LAP-07' });
    await ok(core, 'retentionRules.create', {
      ...ruleInput({ nameSv: 'Incidentloggen' }),
      anchorEvent: 'breach_closed',
      duration: 'P5Y',
      appliesTo: ['breach'],
    });
    const old = await ok(core, 'breaches.create', breach('Felskickad lönespecifikation', { cause: 'misdirected_email' }));
    const atCustomer = await ok(core, 'breaches.create', breach('Stulen dator', { ourRole: 'processor', equipmentIds: [laptop.id] }));
    const recent = await ok(
      core,
      'breaches.create',
      breach('Nätfiske', { discoveredAt: '2024-03-01T08:00:00.000Z', closedOn: '2024-03-10' }),
    );
    const openOne = await ok(core, 'breaches.create', breach('Pågående', { closedOn: null }));
    await ok(core, 'legalHolds.create', { customerId: held.id, ruleId: null, reason: 'Polisutredning', placedOn: '2027-05-01' });

    const listed = await items(core, 'breach');
    expect(listed.map((i) => i.recordId).sort()).toEqual([old.id, atCustomer.id].sort());
    expect(listed.find((i) => i.recordId === old.id)).toMatchObject({ customerId: null, dueOn: '2026-04-01', heldBy: null });
    expect(listed.find((i) => i.recordId === atCustomer.id)?.heldBy?.reason).toBe('Polisutredning');

    const result = await ok(core, 'purge.run', { on: DAY });
    expect(result.deleted.breach).toBe(1);
    expect((await call(core, 'breaches.get', { id: old.id })).ok).toBe(false);
    for (const id of [atCustomer.id, recent.id, openOne.id]) expect((await call(core, 'breaches.get', { id })).ok).toBe(true);
    // The device stays: only the breach record and its links went.
    expect((await ok(core, 'breaches.get', { id: atCustomer.id })).fields.equipmentIds).toEqual([laptop.id]);
    const history = (await ok(core, 'history.list', { kind: 'breach', recordId: old.id })).rows;
    expect(history.some((e) => e.action === 'redact')).toBe(true);
    expect(JSON.stringify(history)).not.toContain('lönespecifikation');
  });

  it('refuses a breach rule counted from an event that is not a breach’s', async () => {
    const { core } = await coreWithRegister({ now: NOW });
    const refused = await call(core, 'retentionRules.create', {
      ...ruleInput({ nameSv: 'Fel' }),
      anchorEvent: 'contract_ended',
      appliesTo: ['breach'],
    });
    expect(refused.ok).toBe(false);
    const fine = await call(core, 'retentionRules.create', {
      ...ruleInput({ nameSv: 'Rätt' }),
      anchorKind: 'created',
      anchorEvent: null,
      appliesTo: ['breach', 'dsr_request'],
    });
    expect(fine.ok).toBe(true);
  });
});
