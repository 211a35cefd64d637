import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, ok } from '../helpers';
import { customerInput, MARKERS, PURGE_DAY, purgeRegister, ruleInput } from './fixtures';

describe('the purge list', () => {
  it('lists what is due on the day, grouped data for the UI, with the reason in words', async () => {
    const { core, customers, devices, oldSite } = await purgeRegister();
    const list = await ok(core, 'purge.list', {});
    expect(list.on).toBe(PURGE_DAY);
    expect(list.until).toBe(PURGE_DAY);
    // Only the customer whose contract ended more than a year ago.
    expect(new Set(list.items.map((i) => i.customerName))).toEqual(new Set(['Gamla Tryckeriet AB']));
    expect(list.items.map((i) => i.key).sort()).toEqual(
      [
        `equipment:${devices.oldServer.id}`,
        `equipment:${devices.oldNas.id}`,
        `site:${oldSite.id}`,
        ...customers.old.contactPersons.map((p) => `contact_person:${p.id}`),
      ].sort(),
    );
    const server = list.items.find((i) => i.recordId === devices.oldServer.id && i.recordKind === 'equipment')!;
    expect(server).toMatchObject({
      ruleName: { sv: 'CMDB', en: 'CMDB' },
      recordLabel: 'tryck-srv01',
      anchorDate: '2026-05-15',
      dueOn: '2027-05-15',
      due: true,
      action: 'delete',
      manual: false,
      heldBy: null,
    });
    expect(server.reason.sv).toBe('Avtalet upphörde 2026-05-15; regeln CMDB: rensas ett år efter avslutat avtal');
    expect(server.reason.en).toBe('The contract ended on 2026-05-15; rule CMDB: deleted one year after the contract ended');
    // Review by hand is listed as manual.
    expect(list.items.find((i) => i.recordKind === 'site')).toMatchObject({ action: 'review', manual: true });
  });

  it('looks 30 and 90 days ahead when asked, and from any date', async () => {
    const { core, devices } = await purgeRegister();
    const month = await ok(core, 'purge.list', { horizonDays: 30 });
    expect(month.until).toBe('2027-07-01');
    const summer = month.items.find((i) => i.recordId === devices.summerDevice.id && i.recordKind === 'equipment');
    expect(summer).toMatchObject({ dueOn: '2027-06-20', due: false });
    const earlier = await ok(core, 'purge.list', { on: '2027-05-14' });
    expect(earlier.items).toEqual([]);
    const later = await ok(core, 'purge.list', { on: '2028-06-01' });
    expect(later.items.some((i) => i.customerName === 'Sena Kunden AB')).toBe(true);
    expect(later.items.some((i) => i.customerName === 'Nya Kunden AB')).toBe(false);
  });
});

describe('carrying out a purge', () => {
  it('deletes and anonymises only what is due, leaves manual items, and logs kinds and counts', async () => {
    const { core, customers, devices, oldSite, rules } = await purgeRegister();
    const result = await ok(core, 'purge.run', { on: PURGE_DAY });
    expect(result.deleted).toEqual({ contact_person: 0, site: 0, equipment: 2, agreement: 0, dsr_request: 0, breach: 0 });
    expect(result.anonymised).toEqual({ contact_person: 2, site: 0, equipment: 0, agreement: 0, dsr_request: 0, breach: 0 });
    expect(result.logEntryIds).toHaveLength(2);

    // Due equipment is gone; everything else is still there.
    for (const d of [devices.oldServer, devices.oldNas]) expect((await call(core, 'equipment.get', { id: d.id })).ok).toBe(false);
    for (const d of [devices.summerDevice, devices.activeDevice, devices.lateDevice]) await ok(core, 'equipment.get', { id: d.id });
    const site = (await ok(core, 'sites.list', { customerId: customers.old.id })).find((s) => s.id === oldSite.id);
    expect(site?.accessNotes).toBe('Portkod 1234');
    // Contact persons are anonymised in place; other customers' contacts are untouched.
    const old = await ok(core, 'customers.get', { id: customers.old.id });
    expect(old.contactPersons.map((p) => [p.name, p.email, p.phone])).toEqual([
      ['Anonymiserad', '', ''],
      ['Anonymiserad', '', ''],
    ]);
    expect((await ok(core, 'customers.get', { id: customers.summer.id })).contactPersons[0]?.name).toBe('Sara Ek');

    const log = await ok(core, 'deletionLog.list', {});
    expect(log.map((e) => [e.ruleName, e.customerName, e.action, e.purgeDate])).toEqual(
      expect.arrayContaining([
        ['CMDB', 'Gamla Tryckeriet AB', 'delete', PURGE_DAY],
        ['Kontaktpersoner', 'Gamla Tryckeriet AB', 'anonymise', PURGE_DAY],
      ]),
    );
    expect(log.find((e) => e.ruleId === rules.cmdb.id)?.records).toEqual({
      contact_person: 0,
      site: 0,
      equipment: 2,
      agreement: 0,
      dsr_request: 0,
      breach: 0,
    });
    expect(log.every((e) => e.performedBy.length > 0)).toBe(true);
    // The log keeps no personal data: no names, e-mails, hostnames, serial numbers or notes.
    const text = JSON.stringify(log);
    for (const gone of [
      MARKERS.person,
      MARKERS.note,
      MARKERS.network,
      'Bengt',
      'Karin Berg',
      'tryckeriet.se',
      'tryck-srv01',
      'SN-OLD-1',
      'Lönefiler',
    ]) {
      expect(text).not.toContain(gone);
    }

    // Nothing more is due, and an anonymised contact is not listed again.
    expect((await ok(core, 'purge.list', {})).items.filter((i) => !i.manual)).toEqual([]);
    const again = await ok(core, 'purge.run', { on: PURGE_DAY });
    expect(again.logEntryIds).toEqual([]);
  });

  it('carries out only the chosen items', async () => {
    const { core, devices } = await purgeRegister();
    const result = await ok(core, 'purge.run', { on: PURGE_DAY, keys: [`equipment:${devices.oldNas.id}`] });
    expect(result.deleted.equipment).toBe(1);
    expect(result.anonymised.contact_person).toBe(0);
    await ok(core, 'equipment.get', { id: devices.oldServer.id });
  });

  it('a legal hold stops the purge and shows its reason; once released the purge goes ahead', async () => {
    const { core, customers, devices } = await purgeRegister();
    const hold = await ok(core, 'legalHolds.create', { customerId: customers.old.id, ruleId: null, reason: 'Tvist om fakturor' });
    expect(hold).toMatchObject({ placedOn: PURGE_DAY, active: true, customerName: 'Gamla Tryckeriet AB', releasedOn: null });

    const list = await ok(core, 'purge.list', {});
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.heldBy?.reason === 'Tvist om fakturor')).toBe(true);
    const held = await ok(core, 'purge.run', { on: PURGE_DAY });
    expect(held.deleted.equipment + held.anonymised.contact_person).toBe(0);
    // A purge dated before the hold was placed is held too: the data is needed now.
    const backdated = await ok(core, 'purge.run', { on: '2027-05-20' });
    expect(backdated.deleted.equipment + backdated.anonymised.contact_person).toBe(0);
    await ok(core, 'equipment.get', { id: devices.oldServer.id });

    const released = await ok(core, 'legalHolds.release', { id: hold.id, revision: hold.revision });
    expect(released).toMatchObject({ releasedOn: PURGE_DAY, active: false });
    expect((await ok(core, 'purge.run', { on: PURGE_DAY })).deleted.equipment).toBe(2);
    expect((await ok(core, 'legalHolds.list', {})).map((h) => h.active)).toEqual([false]);
  });

  it('a hold under one rule holds only that rule, and only rules that allow holds can be held', async () => {
    const { core, rules } = await purgeRegister();
    await ok(core, 'legalHolds.create', { customerId: null, ruleId: rules.cmdb.id, reason: 'Incidentutredning' });
    const result = await ok(core, 'purge.run', { on: PURGE_DAY });
    expect(result.deleted.equipment).toBe(0);
    expect(result.anonymised.contact_person).toBe(2);

    const strict = await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Utan spärr', legalHoldAllowed: false }));
    const refused = await call(core, 'legalHolds.create', { customerId: null, ruleId: strict.id, reason: 'x' });
    expect(refused.ok || refused.error.issues).toEqual([{ path: ['ruleId'], message: 'v.legalHold.ruleNotHoldable' }]);
  });

  it('refuses a purge for a day after today', async () => {
    const { core } = await purgeRegister();
    const result = await call(core, 'purge.run', { on: '2027-06-02' });
    expect(result.ok || result.error.issues).toEqual([{ path: ['on'], message: 'v.purge.futureDate' }]);
  });
});

describe('secure delete', () => {
  const bytesOf = (file: string) => Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
  const contains = (bytes: Buffer, marker: string) =>
    bytes.includes(Buffer.from(marker)) || bytes.includes(Buffer.from(marker.toLowerCase()));

  it('the purged text is gone from the register file and its WAL', async () => {
    const { core, path } = await purgeRegister();
    await ok(core, 'register.close', {});
    // The markers are really in the file before the purge, so the test can fail.
    const before = bytesOf(path);
    for (const marker of Object.values(MARKERS)) expect(contains(before, marker), marker).toBe(true);

    await ok(core, 'register.open', { path });
    await ok(core, 'purge.run', { on: PURGE_DAY });
    // Read right after the purge (it checkpoints), and again after closing.
    for (const step of ['after purge', 'after close']) {
      if (step === 'after close') await ok(core, 'register.close', {});
      const after = bytesOf(path);
      for (const marker of Object.values(MARKERS)) expect(contains(after, marker), `${marker} ${step}`).toBe(false);
    }
  });
});

describe('rules for the register’s own records', () => {
  it('keeps appliesTo and checks that the starting point fits each kind', async () => {
    const { core, rules } = await purgeRegister();
    expect((await ok(core, 'retentionRules.get', { id: rules.cmdb.id })).appliesTo).toEqual(['equipment']);
    const wrong = await call(
      core,
      'retentionRules.create',
      ruleInput({ nameSv: 'Fel', anchorKind: 'last_activity', anchorEvent: null, appliesTo: ['site'] }),
    );
    expect(wrong.ok || wrong.error.issues?.map((i) => [i.path, i.message])).toEqual([[['appliesTo'], 'v.retention.anchorNotForKind']]);
    const anonymiseAgreement = await call(
      core,
      'retentionRules.create',
      ruleInput({ nameSv: 'Fel', anchorEvent: 'agreement_terminated', action: 'anonymise', appliesTo: ['agreement'] }),
    );
    expect(anonymiseAgreement.ok || anonymiseAgreement.error.issues?.map((i) => i.message)).toEqual(['v.retention.anonymiseAgreement']);
    const both = await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Båda', appliesTo: ['equipment', 'site', 'site'] }));
    expect(both.appliesTo).toEqual(['site', 'equipment']);
  });

  it('several rules on one record: the earliest date decides when no legal minimum binds', async () => {
    const { core, devices } = await purgeRegister();
    await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Utrustning kort', duration: 'P6M', appliesTo: ['equipment'] }));
    const list = await ok(core, 'purge.list', { on: '2026-12-01' });
    const server = list.items.find((i) => i.recordKind === 'equipment' && i.recordId === devices.oldServer.id);
    expect(server).toMatchObject({ ruleName: { sv: 'Utrustning kort' }, dueOn: '2026-11-15' });
  });
});

describe('dates at the edges', () => {
  it('refuses a day outside 1900–2199 with a message saying the range, and answers for the last day of it', async () => {
    const { core } = await purgeRegister();
    for (const on of ['9999-12-31', '0000-01-01', '1899-12-31', '2200-01-01']) {
      const refused = await call(core, 'purge.list', { on, horizonDays: 30 });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: expect.stringContaining('between 1900-01-01 and 2199-12-31'),
          issues: [{ path: ['on'], message: 'v.dateRange' }],
        },
      });
    }
    expect(await call(core, 'purge.list', { on: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['on'], message: 'v.date' }] },
    });
    const last = await ok(core, 'purge.list', { on: '2199-12-31', horizonDays: 90 });
    expect(last).toMatchObject({ on: '2199-12-31', until: '2200-03-31' });
    expect(last.items.length).toBeGreaterThan(0);
    expect(await ok(core, 'purge.list', { on: '1900-01-01', horizonDays: 90 })).toMatchObject({ until: '1900-04-01', items: [] });
    // Every date field of the contract is bounded the same way, e.g. a legal hold's day.
    expect(
      await call(core, 'legalHolds.create', { customerId: null, ruleId: null, reason: 'Tvist', placedOn: '9999-12-31' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['placedOn'], message: 'v.dateRange' }] },
    });
  });

  it('refuses a retention period that would run past any calendar, and computes due dates from the last day allowed', async () => {
    const { core, customers } = await purgeRegister();
    for (const duration of ['P99999999Y', 'P201Y', 'P2500M', 'P99999W', 'P9999999999D']) {
      const refused = await call(core, 'retentionRules.create', ruleInput({ nameSv: 'Evig', duration, appliesTo: ['equipment'] }));
      expect(refused, duration).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: ['duration'], message: 'v.durationTooLong' }] },
      });
    }
    expect(
      await call(
        core,
        'retentionRules.create',
        ruleInput({ nameSv: 'Lag', duration: 'P1Y', backupLag: 'P99999Y', appliesTo: ['equipment'] }),
      ),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['backupLag'], message: 'v.durationTooLong' }] } });
    await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Länge', duration: 'P200Y', appliesTo: ['equipment'] }));
    // A due date past the last day one may enter is still an answer, not an error.
    await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Kort', duration: 'P1M', appliesTo: ['equipment'] }));
    const customer = await ok(core, 'customers.get', { id: customers.late.id });
    await ok(core, 'customers.update', {
      id: customer.id,
      revision: customer.revision,
      fields: { ...customerInput(customer.name), status: 'ended', contractStart: '2020-01-01', contractEnd: '2199-12-01' },
    });
    const list = await ok(core, 'purge.list', { on: '2199-12-31', horizonDays: 90 });
    expect(list.items.filter((i) => i.customerId === customer.id).map((i) => [i.dueOn, i.due])).toEqual([['2200-01-01', false]]);
  });
});
