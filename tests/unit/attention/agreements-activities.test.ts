import { describe, expect, it } from 'vitest';
import type { AttentionItem, AttentionKind, FixTarget } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { draftActivity, fullActivity, seedRefs } from '../activities/fixtures';
import { agreementRegister, type AgreementRegister } from '../agreements/fixture';
import { blankCustomer, ok } from '../helpers';
import { subscribe } from '../services/fixture';

// What the attention list says of PUB-avtal, processing activities and services, on a small
// register built through the contract. The tests' day is FIXED_NOW, 2026-11-22; the horizon is
// the default 30 days (to 2026-12-22).

const list = (r: AgreementRegister, lang: Language = 'sv', extra: { on?: string; horizonDays?: number } = {}) =>
  ok(r.core, 'attention.list', { lang, ...extra });

/** The item with this key, active or dismissed; undefined when the list does not have it. */
async function itemOf(r: AgreementRegister, key: string, lang: Language = 'sv'): Promise<AttentionItem | undefined> {
  const l = await list(r, lang);
  return [...l.items, ...l.dismissed].find((i) => i.key === key);
}

/** The keys of the items of these kinds about one record ('customer:12'). */
async function keysAbout(r: AgreementRegister, record: string, kinds: readonly AttentionKind[]): Promise<string[]> {
  const l = await ok(r.core, 'attention.list', { kinds: [...kinds], horizonDays: 366 });
  return l.items.filter((i) => i.key.endsWith(`:${record}`)).map((i) => i.key);
}

const AGREEMENT_KINDS = ['agreement.missing', 'agreement.unsigned', 'agreement.outOfDate', 'agreement.ending'] as const;

async function setStatus(r: AgreementRegister, id: number, status: 'sent' | 'signed' | 'terminated', on: string) {
  const a = await ok(r.core, 'agreements.get', { id });
  return ok(r.core, 'agreements.setStatus', { id, revision: a.revision, status, on });
}

/** A customer with an active Backup subscription and a signed agreement. */
async function signedCustomer(r: AgreementRegister, name: string) {
  const c = await r.subscribed(name);
  const v = await r.generate(c.id);
  await setStatus(r, v.id, 'signed', '2026-11-01');
  return { c, v };
}

async function updateActivity(r: AgreementRegister, id: number, patch: Parameters<typeof draftActivity>[1]) {
  const a = await ok(r.core, 'activities.get', { id });
  return ok(r.core, 'activities.update', { id, revision: a.revision, fields: { ...draftActivity(a.name), ...patch } });
}

interface Arranged {
  key: string;
  fix: FixTarget;
  /** What the user does to fix it; afterwards the item is gone. */
  resolve(): Promise<void>;
}

interface Case {
  name: string;
  kind: AttentionKind;
  severity: AttentionItem['severity'];
  dueOn: string | null;
  sv: RegExp;
  en: RegExp;
  arrange(r: AgreementRegister): Promise<Arranged>;
}

const CASES: Case[] = [
  {
    name: 'a customer with an active subscription and no agreement: made and signed',
    kind: 'agreement.missing',
    severity: 'toFix',
    dueOn: null,
    sv: /aktivt abonnemang men inget PUB-avtal.*Skapa avtalet/,
    en: /active subscription but no data processing agreement.*Create the agreement/,
    async arrange(r) {
      const c = await r.subscribed('Alfa AB');
      return {
        key: `agreement.missing:customer:${c.id}`,
        fix: { kind: 'customer', id: c.id, field: 'agreements' },
        async resolve() {
          const v = await r.generate(c.id);
          await setStatus(r, v.id, 'signed', '2026-11-20');
        },
      };
    },
  },
  {
    name: 'a customer whose agreement is only a draft: signed',
    kind: 'agreement.missing',
    severity: 'toFix',
    dueOn: null,
    sv: /PUB-avtalet är bara ett utkast/,
    en: /agreement is only a draft/,
    async arrange(r) {
      const c = await r.subscribed('Alfa AB');
      const v = await r.generate(c.id);
      return {
        key: `agreement.missing:customer:${c.id}`,
        fix: { kind: 'agreement', id: v.id, field: null },
        resolve: async () => void (await setStatus(r, v.id, 'signed', '2026-11-20')),
      };
    },
  },
  {
    name: 'an agreement sent past the reminder days: signed',
    kind: 'agreement.unsigned',
    severity: 'overdue',
    dueOn: '2026-10-31',
    sv: /skickades 2026-10-01 och är ännu inte signerat \(påminnelse efter 30 dagar\)/,
    en: /sent on 2026-10-01 and is not signed yet \(reminder after 30 days\)/,
    async arrange(r) {
      const c = await r.subscribed('Alfa AB');
      const v = await r.generate(c.id);
      await setStatus(r, v.id, 'sent', '2026-10-01');
      return {
        key: `agreement.unsigned:customer:${c.id}`,
        fix: { kind: 'agreement', id: v.id, field: null },
        resolve: async () => void (await setStatus(r, v.id, 'signed', '2026-11-20')),
      };
    },
  },
  {
    name: 'an agreement sent recently: due when the reminder days are over',
    kind: 'agreement.unsigned',
    severity: 'dueSoon',
    dueOn: '2026-12-10',
    sv: /skickades 2026-11-10/,
    en: /sent on 2026-11-10/,
    async arrange(r) {
      const c = await r.subscribed('Alfa AB');
      const v = await r.generate(c.id);
      await setStatus(r, v.id, 'sent', '2026-11-10');
      return {
        key: `agreement.unsigned:customer:${c.id}`,
        fix: { kind: 'agreement', id: v.id, field: null },
        resolve: async () => void (await setStatus(r, v.id, 'signed', '2026-11-20')),
      };
    },
  },
  {
    name: 'a signed agreement the register no longer matches: a new version signed',
    kind: 'agreement.outOfDate',
    severity: 'toFix',
    dueOn: null,
    sv: /sedan det signerade PUB-avtalet \(version 1\) skapades.*Skapa en ny version/,
    en: /since the signed data processing agreement \(version 1\) was made.*Make a new version/,
    async arrange(r) {
      const { c, v } = await signedCustomer(r, 'Alfa AB');
      const service = await ok(r.core, 'services.get', { id: r.backup.id });
      await ok(r.core, 'services.update', {
        id: service.id,
        revision: service.revision,
        fields: { ...r.backup, personalDataTermIds: [...r.backup.personalDataTermIds, r.term('personal_data', 'log_data')] },
      });
      return {
        key: `agreement.outOfDate:customer:${c.id}`,
        fix: { kind: 'agreement', id: v.id, field: null },
        async resolve() {
          const v2 = await r.generate(c.id);
          await setStatus(r, v2.id, 'signed', '2026-11-22');
        },
      };
    },
  },
  {
    name: "a signed agreement whose customer's contract ends: the contract runs on",
    kind: 'agreement.ending',
    severity: 'dueSoon',
    dueOn: '2026-12-15',
    sv: /behandling upphör 2026-12-15\. .*radera eller lämna tillbaka personuppgifterna.*intyga det skriftligt/,
    en: /processing ends on 2026-12-15\. .*delete or return the personal data.*confirm it in writing/,
    async arrange(r) {
      const c = await ok(r.core, 'customers.create', { ...blankCustomer, name: 'Alfa AB', contractEnd: '2026-12-15' });
      await subscribe(r.core, c.id, r.backup.id);
      const v = await r.generate(c.id);
      await setStatus(r, v.id, 'signed', '2026-11-01');
      return {
        key: `agreement.ending:customer:${c.id}`,
        fix: { kind: 'agreement', id: v.id, field: null },
        async resolve() {
          const now = await ok(r.core, 'customers.get', { id: c.id });
          await ok(r.core, 'customers.update', { id: c.id, revision: now.revision, fields: { ...blankCustomer, name: 'Alfa AB' } });
        },
      };
    },
  },
  {
    name: 'a signed agreement whose last subscription has ended: terminated',
    kind: 'agreement.ending',
    severity: 'overdue',
    dueOn: '2026-11-15',
    sv: /behandling upphörde 2026-11-15\..*Markera avtalet som uppsagt/,
    en: /processing ended on 2026-11-15\..*Mark the agreement terminated/,
    async arrange(r) {
      const c = await r.customer('Alfa AB');
      await subscribe(r.core, c.id, r.backup.id, '2025-01-01', '2026-11-15');
      const v = await r.generate(c.id);
      await setStatus(r, v.id, 'signed', '2025-01-01');
      return {
        key: `agreement.ending:customer:${c.id}`,
        fix: { kind: 'agreement', id: v.id, field: null },
        resolve: async () => void (await setStatus(r, v.id, 'terminated', '2026-11-22')),
      };
    },
  },
  {
    name: 'an activity past its review date: reviewed, the next date set',
    kind: 'activity.review',
    severity: 'overdue',
    dueOn: '2026-11-01',
    sv: /granskas \(granskningsdatum 2026-11-01\)\. Läs igenom beskrivningen och se efter vad som har ändrats/,
    en: /due for review \(review date 2026-11-01\)\. Read through its description and check what has changed/,
    async arrange(r) {
      const a = await ok(r.core, 'activities.create', draftActivity('Personalregister', { nextReviewAt: '2026-11-01' }));
      return {
        key: `activity.review:activity:${a.id}`,
        fix: { kind: 'activity', id: a.id, field: 'nextReviewAt' },
        resolve: async () => void (await updateActivity(r, a.id, { lastReviewedAt: '2026-11-22', nextReviewAt: '2027-11-22' })),
      };
    },
  },
  {
    name: 'an activity whose review is due within the horizon: archived',
    kind: 'activity.review',
    severity: 'dueSoon',
    dueOn: '2026-12-10',
    sv: /granskningsdatum 2026-12-10/,
    en: /review date 2026-12-10/,
    async arrange(r) {
      const a = await ok(r.core, 'activities.create', draftActivity('Personalregister', { nextReviewAt: '2026-12-10' }));
      return {
        key: `activity.review:activity:${a.id}`,
        fix: { kind: 'activity', id: a.id, field: 'nextReviewAt' },
        resolve: async () => void (await ok(r.core, 'activities.setArchived', { id: a.id, revision: a.revision, archived: true })),
      };
    },
  },
  {
    name: 'an activity lacking mandatory details: filled in',
    kind: 'activity.incomplete',
    severity: 'toFix',
    dueOn: null,
    // The first four named, the rest counted; the first missing one is where the fix goes.
    sv: /^Obligatoriska uppgifter saknas: ändamål, kategorier av registrerade, kategorier av personuppgifter, mottagare och 5 till\. .*artikel 30\.1/,
    en: /^Mandatory details are missing: purposes, categories of data subjects, categories of personal data, recipients and 5 more\. .*Article 30\(1\)/,
    async arrange(r) {
      const a = await ok(r.core, 'activities.create', draftActivity('Personalregister'));
      return {
        key: `activity.incomplete:activity:${a.id}`,
        fix: { kind: 'activity', id: a.id, field: 'purposes' },
        async resolve() {
          const refs = await seedRefs(r.core);
          const now = await ok(r.core, 'activities.get', { id: a.id });
          await ok(r.core, 'activities.update', { id: a.id, revision: now.revision, fields: fullActivity(refs) });
        },
      };
    },
  },
  {
    name: 'an active service lacking mandatory details: filled in',
    kind: 'service.incomplete',
    severity: 'toFix',
    dueOn: null,
    sv: /^Obligatoriska uppgifter saknas: föremålet för behandlingen och ändamålet\. PUB-avtalens bilaga 1/,
    en: /^Mandatory details are missing: the subject matter of the processing and the purpose\. The agreements' Annex 1/,
    async arrange(r) {
      const s = await ok(r.core, 'services.create', { ...r.backup, name: 'Helpdesk', subjectMatter: '', purpose: '' });
      return {
        key: `service.incomplete:service:${s.id}`,
        fix: { kind: 'service', id: s.id, field: 'subjectMatter' },
        async resolve() {
          const now = await ok(r.core, 'services.get', { id: s.id });
          await ok(r.core, 'services.update', { id: s.id, revision: now.revision, fields: { ...r.backup, name: 'Helpdesk' } });
        },
      };
    },
  },
];

describe('attention items of agreements, activities and services', () => {
  it.each(CASES)('$kind: $name', async (c) => {
    const r = await agreementRegister();
    const arranged = await c.arrange(r);

    const sv = await itemOf(r, arranged.key, 'sv');
    expect(sv).toMatchObject({ kind: c.kind, severity: c.severity, dueOn: c.dueOn, fix: arranged.fix, dismissal: null });
    expect(sv!.text).toMatch(c.sv);
    const en = await itemOf(r, arranged.key, 'en');
    expect(en!.text).toMatch(c.en);
    // The same item in either language: the subject is the record's name, the answer key the same.
    expect(en).toMatchObject({ key: sv!.key, fingerprint: sv!.fingerprint, subject: sv!.subject });
    expect(sv!.subject).toMatch(/^(Alfa AB|Personalregister|Helpdesk)$/);
    // Counted under its kind and severity.
    const l = await list(r);
    expect(l.byKind[c.kind]).toBeGreaterThanOrEqual(1);
    expect(l.counts[c.severity]).toBe(l.items.filter((i) => i.severity === c.severity).length);

    await arranged.resolve();
    expect(await itemOf(r, arranged.key)).toBeUndefined();
  });
});

describe('which customers need an agreement', () => {
  it('gives one item per customer: a sent agreement is waiting, not missing', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v = await r.generate(c.id);
    expect(await keysAbout(r, `customer:${c.id}`, AGREEMENT_KINDS)).toEqual([`agreement.missing:customer:${c.id}`]);
    await setStatus(r, v.id, 'sent', '2026-11-01');
    expect(await keysAbout(r, `customer:${c.id}`, AGREEMENT_KINDS)).toEqual([`agreement.unsigned:customer:${c.id}`]);
    await setStatus(r, v.id, 'signed', '2026-11-20');
    expect(await keysAbout(r, `customer:${c.id}`, AGREEMENT_KINDS)).toEqual([]);
  });

  it('asks nothing for customers we do not process for: ended, archived, no subscription yet or any more', async () => {
    const r = await agreementRegister();
    const ended = await ok(r.core, 'customers.create', { ...blankCustomer, name: 'Slut AB', status: 'ended', contractEnd: '2026-10-31' });
    await subscribe(r.core, ended.id, r.backup.id);
    const archived = await r.subscribed('Arkiv AB');
    await ok(r.core, 'customers.setArchived', { id: archived.id, revision: archived.revision, archived: true });
    await r.customer('Ingen AB');
    const later = await r.customer('Senare AB');
    await subscribe(r.core, later.id, r.backup.id, '2027-01-01');
    const gone = await r.customer('Förr AB');
    await subscribe(r.core, gone.id, r.backup.id, '2025-01-01', '2026-06-30');
    await r.subscribed('Aktiv AB');

    const l = await ok(r.core, 'attention.list', { kinds: [...AGREEMENT_KINDS], horizonDays: 366 });
    expect(l.items.map((i) => [i.kind, i.subject])).toEqual([['agreement.missing', 'Aktiv AB']]);
    expect(l.byKind).toEqual({ 'agreement.missing': 1 });
  });

  it('dates the end by the contract end or the last subscription, whichever comes first; none while one runs on', async () => {
    const r = await agreementRegister();
    const helpdesk = await ok(r.core, 'services.create', { ...r.backup, name: 'Helpdesk' });
    const c = await ok(r.core, 'customers.create', { ...blankCustomer, name: 'Alfa AB', contractEnd: '2027-03-31' });
    await subscribe(r.core, c.id, r.backup.id, '2025-01-01', '2026-12-31');
    await subscribe(r.core, c.id, helpdesk.id, '2025-01-01', null);
    const v = await r.generate(c.id);
    await setStatus(r, v.id, 'signed', '2026-11-01');
    const ending = async () =>
      (await ok(r.core, 'attention.list', { kinds: ['agreement.ending'], horizonDays: 366 })).items.map((i) => i.dueOn);
    // Helpdesk runs on: the contract end.
    expect(await ending()).toEqual(['2027-03-31']);
    // Both end before the contract: the last of them.
    const subs = await ok(r.core, 'subscriptions.list', { customerId: c.id });
    const hd = subs.find((s) => s.serviceId === helpdesk.id)!;
    await ok(r.core, 'subscriptions.update', {
      id: hd.id,
      revision: hd.revision,
      fields: { ...hd, endDate: '2027-01-31' },
    });
    expect(await ending()).toEqual(['2027-01-31']);
    // Beyond the default horizon of 30 days it is left out of the list.
    expect((await ok(r.core, 'attention.list', { kinds: ['agreement.ending'] })).items).toEqual([]);
    // Without an end anywhere there is nothing to ask.
    const now = await ok(r.core, 'customers.get', { id: c.id });
    await ok(r.core, 'customers.update', { id: c.id, revision: now.revision, fields: { ...blankCustomer, name: 'Alfa AB' } });
    const hd2 = (await ok(r.core, 'subscriptions.list', { customerId: c.id })).find((s) => s.id === hd.id)!;
    await ok(r.core, 'subscriptions.update', { id: hd.id, revision: hd2.revision, fields: { ...hd2, endDate: null } });
    expect(await ending()).toEqual([]);
  });

  it('reads subscriptions and dates on the day asked', async () => {
    const r = await agreementRegister();
    const c = await r.customer('Alfa AB');
    await subscribe(r.core, c.id, r.backup.id, '2026-12-01');
    const missingOn = async (on: string) =>
      (await ok(r.core, 'attention.list', { on, kinds: ['agreement.missing'] })).items.map((i) => i.subject);
    expect(await missingOn('2026-11-22')).toEqual([]);
    expect(await missingOn('2026-12-01')).toEqual(['Alfa AB']);
  });
});

describe('activities and services', () => {
  it('never lists an archived activity, nor an archived service', async () => {
    const r = await agreementRegister();
    const a = await ok(r.core, 'activities.create', draftActivity('Gammal behandling', { nextReviewAt: '2026-10-01' }));
    const s = await ok(r.core, 'services.create', { ...r.backup, name: 'Gammal tjänst', subjectMatter: '' });
    const kinds: AttentionKind[] = ['activity.review', 'activity.incomplete', 'service.incomplete'];
    const subjects = async () => (await ok(r.core, 'attention.list', { kinds })).items.map((i) => `${i.kind} ${i.subject}`).sort();
    expect(await subjects()).toEqual([
      'activity.incomplete Gammal behandling',
      'activity.review Gammal behandling',
      'service.incomplete Gammal tjänst',
    ]);
    await ok(r.core, 'activities.setArchived', { id: a.id, revision: a.revision, archived: true });
    await ok(r.core, 'services.update', {
      id: s.id,
      revision: s.revision,
      fields: { ...r.backup, name: 'Gammal tjänst', subjectMatter: '', status: 'archived' },
    });
    expect(await subjects()).toEqual([]);
  });

  it('names a short list of missing details in full, and follows the fields as they are filled in', async () => {
    const r = await agreementRegister();
    const refs = await seedRefs(r.core);
    const full = fullActivity(refs);
    const a = await ok(r.core, 'activities.create', { ...full, owner: '', retention: [] });
    const item = async (lang: Language) => (await ok(r.core, 'attention.list', { lang, kinds: ['activity.incomplete'] })).items[0];
    expect((await item('sv'))!.text).toMatch(/^Obligatoriska uppgifter saknas: gallringsfrist och ansvarig\./);
    expect((await item('en'))!).toMatchObject({
      text: expect.stringMatching(/^Mandatory details are missing: retention and owner\./),
      fix: { kind: 'activity', id: a.id, field: 'retention' },
    });
    await ok(r.core, 'activities.update', { id: a.id, revision: a.revision, fields: { ...full, retention: [] } });
    expect((await item('sv'))!.text).toMatch(/^Obligatoriska uppgifter saknas: gallringsfrist\./);
  });
});
