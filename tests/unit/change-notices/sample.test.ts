// The sample register's sub-processor changes (issue 15 §8): one notice in progress (Nordlys
// Datasenter AS added to Backup: most customers told, one objection being discussed, one deadline
// next week) and one completed (Microsoft Corporation added to Microsoft 365-administration, in
// effect for months, the law firm excepted after objecting). Read through the contract.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import type { ChangeNotice, NoticeRecipient } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { assertValidParts, docxParts, textOf } from '../agreements/document-fixture';
import { FIXED_NOW, ok } from '../helpers';

const TODAY = '2026-11-22'; // FIXED_NOW's day

let core: Core;
let dir: string;
let backup: ChangeNotice;
let m365: ChangeNotice;

const byName = (n: ChangeNotice) => new Map(n.recipients.map((r) => [r.customerName, r]));
const inState = (n: ChangeNotice, state: NoticeRecipient['state']) => n.recipients.filter((r) => r.state === state);

// One sample for every test (it takes seconds to write): a core of its own, closed after all.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-sample-notices-'));
  core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock: { now: () => FIXED_NOW },
    validateOutputs: true,
    logError: () => {},
  });
  await ok(core, 'register.openSample', {});
  const list = await ok(core, 'changeNotices.list', {});
  expect(list.map((n) => [n.subprocessor.name, n.state])).toEqual([
    ['Nordlys Datasenter AS', 'sent'],
    ['Microsoft Corporation', 'in_effect'],
  ]);
  backup = await ok(core, 'changeNotices.get', { id: list[0]!.id });
  m365 = await ok(core, 'changeNotices.get', { id: list[1]!.id });
}, 60_000);

afterAll(() => {
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the sample’s notice in progress: Nordlys Datasenter AS added to Backup', () => {
  it('is decided, with a reason, and takes effect in five weeks, after every deadline', () => {
    expect(backup.services.map((s) => s.name)).toEqual(['Backup']);
    expect(backup.subprocessorDetails).toMatchObject({ country: 'NO', transferMechanism: 'none_eea', thirdCountry: false });
    expect(backup.fields).toMatchObject({
      kind: 'add',
      decision: 'notify',
      decidedBy: 'Jonas Åberg, VD',
      effectiveDate: addDays(TODAY, 35),
    });
    expect(backup.fields.reason).toContain('EES');
    expect(backup.fields.reasonEn).toContain('EEA');
    expect(backup.latestDeadline! <= backup.effectiveDate!).toBe(true);
    expect(backup.warnings).not.toContain('w.changeNotice.deadlineAfterEffective');
  });

  it('was sent to most Backup customers (one by post), two accepted, one objected, two not yet told', () => {
    expect(backup.counts).toEqual({ affected: 13, sent: 11, objected: 1, open: 10, answered: 2, noAgreement: 10 });
    const sent = backup.recipients.filter((r) => r.sentOn);
    expect(sent.filter((r) => r.sentVia === 'email')).toHaveLength(10);
    expect(sent.filter((r) => r.sentVia === 'post').map((r) => r.customerName)).toEqual(['Tillberga Lantbruk HB']);
    expect(sent.every((r) => r.sentOn! < TODAY && r.deadline === addDays(r.sentOn!, r.noticeDays))).toBe(true);
    expect(inState(backup, 'not_sent').map((r) => r.customerName)).toEqual(['Barkarö Byggtjänst AB', 'Eskilstuna Logistik AB']);
    expect(inState(backup, 'accepted').map((r) => r.customerName)).toEqual(['Arboga Mekaniska Verkstad AB', 'Västerås Redovisning AB']);
    expect(inState(backup, 'awaiting')).toHaveLength(8);
    // The law firm's agreement is in English: so is its letter.
    expect(byName(backup).get('Enköpings Advokatbyrå KB')).toMatchObject({ lang: 'en', noAgreement: false });
  });

  it('has an objection under discussion, without a resolution', () => {
    const [objection] = inState(backup, 'objected');
    expect(objection).toMatchObject({ customerName: 'Mälardalens Tandvård AB', resolution: null, resolvedOn: null });
    expect(objection!.objectionText).toContain('patientjournaler');
    expect(objection!.respondedOn! >= objection!.sentOn!).toBe(true);
  });

  it('has one deadline next week: the customer told first, by post', async () => {
    const soon = backup.recipients.filter((r) => r.state === 'awaiting' && r.deadline > TODAY && r.deadline <= addDays(TODAY, 7));
    expect(soon.map((r) => [r.customerName, r.sentVia])).toEqual([['Tillberga Lantbruk HB', 'post']]);
    expect(backup.nextDeadline).toBe(soon[0]!.deadline);
    const deadlines = await ok(core, 'changeNotices.deadlines', {});
    const mine = deadlines.filter((d) => d.noticeId === backup.id);
    expect(mine[0]!.kind === 'unresolvedObjection' || mine[0]!.date! <= soon[0]!.deadline).toBe(true);
    expect(mine).toContainEqual(
      expect.objectContaining({ kind: 'objectionDeadline', customerName: 'Tillberga Lantbruk HB', date: soon[0]!.deadline }),
    );
    expect(mine).toContainEqual(expect.objectContaining({ kind: 'unresolvedObjection', customerName: 'Mälardalens Tandvård AB' }));
    expect(mine).toContainEqual(expect.objectContaining({ kind: 'effectiveDate', date: backup.effectiveDate }));
    // The completed notice has nothing left to act on.
    expect(deadlines.some((d) => d.noticeId === m365.id)).toBe(false);
  });

  it('keeps a letter for every customer told, dated the day it was sent and printing the deadline held', async () => {
    const sent = backup.recipients.filter((r) => r.sentOn);
    expect(sent.every((r) => r.letter !== null && r.letter.lang === r.lang)).toBe(true);
    expect(backup.recipients.filter((r) => !r.sentOn).every((r) => r.letter === null)).toBe(true);
    const farm = byName(backup).get('Tillberga Lantbruk HB')!;
    expect(farm.letter!.generatedAt.slice(0, 10)).toBe(farm.sentOn);
    const saved = await ok(core, 'changeNotices.saveLetter', {
      noticeId: backup.id,
      customerId: farm.customerId,
      path: path.join(dir, 'tillberga.docx'),
    });
    const data = fs.readFileSync(saved!.path);
    expect(crypto.createHash('sha256').update(data).digest('hex')).toBe(farm.letter!.sha256);
    const parts = await docxParts(data);
    assertValidParts(parts);
    const text = textOf(parts.get('word/document.xml')!);
    expect(text).toContain('Nordlys Datasenter AS');
    expect(text).toContain('Tillberga Lantbruk HB');
  });

  it('is not in the processor register before the effective date, and is from it', async () => {
    const customerId = byName(backup).get('Västerås Redovisning AB')!.customerId;
    const names = async (onDate?: string) =>
      (await ok(core, 'processorRegister.list', { customerId, ...(onDate ? { onDate } : {}) })).entries
        .find((e) => e.serviceName === 'Backup')!
        .subprocessors.map((s) => s.name);
    expect(await names()).not.toContain('Nordlys Datasenter AS');
    expect(await names(backup.effectiveDate!)).toContain('Nordlys Datasenter AS');
    const flags = await ok(core, 'changeNotices.customerFlags', { customerId });
    expect(flags).toEqual([expect.objectContaining({ noticeId: backup.id, state: 'accepted', effectiveDate: backup.effectiveDate })]);
  });
});

describe('the sample’s completed notice: Microsoft Corporation added to Microsoft 365-administration', () => {
  it('has been in effect for months, every customer told and every answer in', () => {
    expect(m365.services.map((s) => s.name)).toEqual(['Microsoft 365-administration']);
    expect(m365.effectiveDate! < addDays(TODAY, -150)).toBe(true);
    expect(m365.counts).toMatchObject({ affected: 16, sent: 16, objected: 0, open: 0, answered: 16 });
    expect(inState(m365, 'accepted')).toHaveLength(3);
    expect(inState(m365, 'deemed_accepted')).toHaveLength(12);
    expect(m365.recipients.filter((r) => r.sentVia === 'post').map((r) => r.customerName)).toEqual(['Norbergs Hembygdsförening']);
    expect(m365.recipients.every((r) => r.letter !== null && r.deadline <= m365.effectiveDate!)).toBe(true);
    expect(m365.warnings).not.toContain('w.changeNotice.notSentInEffect');
  });

  it('excepted the law firm after its objection: its subscription and processor register leave Microsoft Corporation out', async () => {
    const [firm] = inState(m365, 'resolved');
    expect(firm).toMatchObject({ customerName: 'Enköpings Advokatbyrå KB', resolution: 'excepted', affected: true, lang: 'en' });
    expect(firm!.objectionText).toContain('advokatsekretess');
    const subs = await ok(core, 'subscriptions.list', { customerId: firm!.customerId });
    const sub = subs.find((s) => s.serviceName === 'Microsoft 365-administration')!;
    expect(sub.removedSubprocessorIds).toEqual([m365.fields.subprocessorId]);
    expect(sub.notes).toContain('Customer Lockbox');
    const entry = async (customerId: number) =>
      (await ok(core, 'processorRegister.list', { customerId })).entries.find((e) => e.serviceName === 'Microsoft 365-administration')!;
    expect((await entry(firm!.customerId)).subprocessors.map((s) => s.name)).toEqual(['Microsoft Ireland Operations Ltd']);
    const other = m365.recipients.find((r) => r.state === 'deemed_accepted')!;
    expect((await entry(other.customerId)).subprocessors.map((s) => s.name)).toContain('Microsoft Corporation');
  });

  it('leaves no agreement out of date', async () => {
    expect((await ok(core, 'agreements.list', { status: 'all' })).some((a) => a.outOfDate)).toBe(false);
  });
});
