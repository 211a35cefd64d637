import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Core } from '../../../electron/core/core';
import {
  customerFields,
  emptyActivity,
  emptyBreach,
  emptyDsrRequest,
  emptyEquipment,
  emptyService,
  emptySite,
  emptySubprocessor,
  emptySubscription,
  methodChanges,
  methods,
  retentionRuleFields,
  systemFields,
  type DataKind,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Methods,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { blankCustomer, call, FIXED_NOW, ok, testCore } from '../helpers';

// Every method that declares `changes` emits exactly one data.changed with those kinds after a
// real successful call, and the kinds it declares cover every kind whose records the call added,
// removed or rewrote (so a list that reloads on its own kind never misses a cascade).

type MarkedMethod = { [M in MethodName]: Methods[M] extends { changes: readonly DataKind[] } ? M : never }[MethodName];

const marked = (Object.keys(methods) as MethodName[]).filter((m) => methodChanges(m).length > 0);
const TODAY = FIXED_NOW.toISOString().slice(0, 10);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 255]), Buffer.from('\n%%EOF\n')]).toString('base64');

/** The sample register open in a test core, recording every data.changed. */
async function sampleCore() {
  const { core, dir } = testCore();
  await ok(core, 'register.openSample', {});
  const changes: EventPayload<'data.changed'>[] = [];
  core.subscribe((event, payload) => {
    if (event === 'data.changed') changes.push(payload as EventPayload<'data.changed'>);
  });
  return { core, dir, changes };
}

/** A record's values as its fields schema reads them (the dispatch drops what the schema does not know). */
const fieldsOf = <S extends z.ZodObject>(schema: S, record: object): z.input<S> =>
  Object.fromEntries(Object.keys(schema.shape).map((k) => [k, (record as Record<string, unknown>)[k]])) as z.input<S>;

interface Step {
  core: Core;
  dir: string;
  /** What an earlier step's call answered (steps run in the table's order, on one register). */
  result<M extends MarkedMethod>(method: M): MethodOutput<M>;
  /** A sample customer with subscriptions, an agreement, sites and equipment: the one cascades reach. */
  rich: { id: number; siteIds: number[] };
}

const ref = (r: { id: number; revision: number }) => ({ id: r.id, revision: r.revision });

/** A notice adding a sub-processor the customer does not have to one of its services, in effect next year. */
async function noticeFields(core: Core, customerId: number) {
  // A service of the customer's that others use too: the notice reaches more than one customer.
  const own = (await ok(core, 'subscriptions.list', { customerId })).filter((x) => x.active);
  const counts = await Promise.all(
    own.map(async (x) => (await ok(core, 'subscriptions.list', { serviceId: x.serviceId })).filter((y) => y.active).length),
  );
  const sub = own[counts.indexOf(Math.max(...counts))];
  const { entries } = await ok(core, 'processorRegister.list', { customerId });
  const has = new Set(entries.flatMap((e) => e.subprocessors.map((s) => s.id)));
  const other = (await ok(core, 'subprocessors.list', {})).find((s) => !has.has(s.id))!;
  return {
    kind: 'add' as const,
    subprocessorId: other.id,
    replacedSubprocessorId: null,
    serviceIds: [sub!.serviceId],
    changeSv: 'Ny leverantör',
    changeEn: 'New supplier',
    reason: '',
    effectiveDate: '2027-12-31',
    decidedBy: 'Anna',
    decision: 'notify' as const,
    decisionNote: '',
    earlyReason: '',
  };
}

/** One real, successful input per marked method, in the order they run. */
const steps: { [M in MarkedMethod]: (s: Step) => Promise<MethodInput<M>> } = {
  'organisation.update': async ({ core }) => ({ ...(await ok(core, 'organisation.get', {})), phone: '021-99 99 99' }),
  'organisation.setLogo': async ({ result }) => ({
    revision: result('organisation.update').revision,
    logo: { mimeType: 'image/png', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64') },
  }),

  'customers.create': async () => ({ ...blankCustomer, name: 'Ny Kund AB' }),
  'customers.update': async ({ result }) => {
    const c = result('customers.create');
    return { ...ref(c), fields: { ...fieldsOf(customerFields, c), notes: 'Ändrad' } };
  },
  'customers.setArchived': async ({ result }) => ({ ...ref(result('customers.update')), archived: true }),
  // The customer as it was created, written back over the edited and archived one.
  'history.restore': async ({ core, result }) => {
    const id = result('customers.create').id;
    const entries = (await ok(core, 'history.list', { kind: 'customer', recordId: id })).rows;
    return { entryId: entries.find((e) => e.action === 'create')!.id, revision: result('customers.setArchived').revision };
  },

  'vocabularies.create': async () => ({ kind: 'data_subject', labelSv: 'Besökare', labelEn: 'Visitors', flag: 'none' }),
  'vocabularies.update': async ({ result }) => {
    const term = result('vocabularies.create');
    return { ...ref(term), fields: { kind: term.kind, labelSv: 'Gäster', labelEn: 'Guests', flag: 'none' } };
  },
  'vocabularies.setArchived': async ({ result }) => ({ ...ref(result('vocabularies.update')), archived: true }),
  'vocabularies.delete': async ({ result }) => ref(result('vocabularies.setArchived')),

  'systems.create': async ({ core }) => ({ ...fieldsOf(systemFields, (await ok(core, 'systems.list', {}))[0]!), name: 'Nytt system' }),
  'systems.update': async ({ result }) => {
    const s = result('systems.create');
    return { ...ref(s), fields: { ...fieldsOf(systemFields, s), notes: 'Ändrad' } };
  },
  'systems.delete': async ({ result }) => ref(result('systems.update')),

  'securityMeasures.create': async () => ({ category: 'technical', labelSv: 'Egen åtgärd', labelEn: '', status: 'planned', note: '' }),
  'securityMeasures.update': async ({ result }) => {
    const m = result('securityMeasures.create');
    return { ...ref(m), fields: { category: m.category, labelSv: m.labelSv, labelEn: '', status: 'implemented', note: '' } };
  },
  'securityMeasures.delete': async ({ result }) => ref(result('securityMeasures.update')),

  'subprocessors.create': async () => ({ ...emptySubprocessor, name: 'Nytt biträde AB' }),
  'subprocessors.update': async ({ result }) => ({
    ...ref(result('subprocessors.create')),
    fields: { ...emptySubprocessor, name: 'Nytt biträde AB', notes: 'Ändrad' },
  }),
  'subprocessors.delete': async ({ result }) => ref(result('subprocessors.update')),

  // A rule that allows legal holds, so that deleting it takes its hold with it.
  'retentionRules.create': async ({ core }) => ({
    ...fieldsOf(retentionRuleFields, (await ok(core, 'retentionRules.list', {}))[0]!),
    nameSv: 'Ny regel',
    appliesTo: [],
    legalHoldAllowed: true,
  }),
  'retentionRules.update': async ({ result }) => {
    const rule = result('retentionRules.create');
    return { ...ref(rule), fields: { ...fieldsOf(retentionRuleFields, rule), purpose: 'Ändrad' } };
  },
  'legalHolds.create': async ({ result, rich }) => ({ customerId: rich.id, ruleId: result('retentionRules.update').id, reason: 'Tvist' }),
  'legalHolds.release': async ({ result }) => ({ ...ref(result('legalHolds.create')), releasedOn: TODAY }),
  'retentionRules.delete': async ({ result }) => ref(result('retentionRules.update')),
  'retentionEvents.create': async () => ({ labelSv: 'Fakturan betald', labelEn: 'The invoice was paid' }),
  'retentionEvents.update': async ({ result }) => ({
    ...ref(result('retentionEvents.create')),
    fields: { labelSv: 'Fakturan slutbetald', labelEn: '' },
  }),
  'retentionEvents.delete': async ({ result }) => ref(result('retentionEvents.update')),

  'activities.create': async () => ({ ...emptyActivity, name: 'Ny aktivitet' }),
  'activities.update': async ({ result }) => ({
    ...ref(result('activities.create')),
    fields: { ...emptyActivity, name: 'Ändrad aktivitet' },
  }),
  'activities.duplicate': async ({ result }) => ({ id: result('activities.update').id }),
  'activities.setArchived': async ({ result }) => ({ ...ref(result('activities.duplicate')), archived: true }),
  // Leaves the activity out of the privacy notice, so that deleting it changes the notice too.
  'privacyNotice.update': async ({ core, result }) => {
    const { revision, introSv, introEn, excludedActivityIds, sections } = await ok(core, 'privacyNotice.get', {});
    return { revision, introSv, introEn, sections, excludedActivityIds: [...excludedActivityIds, result('activities.update').id] };
  },
  'activities.delete': async ({ result }) => ref(result('activities.update')),

  'services.create': async () => ({ ...emptyService, name: 'Ny tjänst' }),
  'services.update': async ({ result }) => ({ ...ref(result('services.create')), fields: { ...emptyService, name: 'Ändrad tjänst' } }),
  'subscriptions.create': async ({ result, rich }) => ({
    customerId: rich.id,
    serviceId: result('services.update').id,
    startDate: TODAY,
    ...emptySubscription,
  }),
  'sites.create': async ({ rich }) => ({ customerId: rich.id, fields: { ...emptySite, name: 'Nytt kontor' } }),
  'sites.update': async ({ result }) => ({ ...ref(result('sites.create')), fields: { ...emptySite, name: 'Flyttat kontor' } }),
  // Linked to the new service, so that deleting the service changes the device too.
  'equipment.create': async ({ rich, result }) => ({
    customerId: rich.id,
    siteId: result('sites.update').id,
    fields: { ...emptyEquipment, hostname: 'ny-srv01', serviceIds: [result('services.update').id] },
  }),
  'equipment.update': async ({ result }) => ({
    ...ref(result('equipment.create')),
    fields: { ...emptyEquipment, hostname: 'ny-srv02', serviceIds: [result('services.update').id] },
  }),
  'equipment.move': async ({ result }) => ({ ...ref(result('equipment.update')), toSiteId: null, movedOn: TODAY, note: '' }),
  'subscriptions.update': async ({ result }) => {
    const { id, revision, customerId, serviceId, startDate } = result('subscriptions.create');
    return { id, revision, fields: { customerId, serviceId, startDate, ...emptySubscription, notes: 'Ändrad' } };
  },
  'subscriptions.delete': async ({ result }) => ref(result('subscriptions.update')),

  'services.delete': async ({ result }) => ref(result('services.update')),
  'sites.delete': async ({ result }) => ref(result('sites.update')),
  'equipment.delete': async ({ core, result }) => ref(await ok(core, 'equipment.get', { id: result('equipment.move').id })),

  'agreementTemplate.saveClause': async () => ({ fields: { titleSv: 'Egen klausul', bodySv: 'Text.', titleEn: '', bodyEn: '' } }),
  'agreementTemplate.moveClause': async ({ result }) => ({ ...ref(result('agreementTemplate.saveClause').clauses.at(-1)!), position: 0 }),
  'agreementTemplate.deleteClause': async ({ result }) => ref(result('agreementTemplate.moveClause').clauses[0]!),
  'agreementTemplate.reset': async ({ result }) => ({ revision: result('agreementTemplate.deleteClause').revision }),

  'agreements.generate': async ({ core, rich }) => ({
    ...(await ok(core, 'agreements.defaults', { customerId: rich.id })),
    customerId: rich.id,
  }),
  'agreements.addLanguage': async ({ result }) => ({
    id: result('agreements.generate').id,
    lang: result('agreements.generate').lang === 'sv' ? ('en' as const) : ('sv' as const),
  }),
  'agreements.update': async ({ result }) => ({ ...ref(result('agreements.generate')), fields: { notes: 'Ändrad' } }),
  'agreements.setStatus': async ({ result }) => ({ ...ref(result('agreements.update')), status: 'sent', on: TODAY }),
  'agreements.attach': async ({ result }) => ({
    ...ref(result('agreements.setStatus')),
    fileName: 'avtal.pdf',
    mime: 'application/pdf',
    dataBase64: PDF,
  }),
  'agreements.removeAttachment': async ({ result }) => {
    const a = result('agreements.attach');
    return { agreementId: a.id, revision: a.revision, attachmentId: a.attachments[0]!.id };
  },
  'agreements.batch': async ({ dir, rich }) => ({ scope: 'selected', customerIds: [rich.id], lang: 'sv', folder: dir }),

  // A notice by hand: a sub-processor the rich customer does not have yet, added to one of its services.
  'changeNotices.create': async ({ core, rich }) => noticeFields(core, rich.id),
  'changeNotices.update': async ({ result }) => {
    const n = result('changeNotices.create');
    return { ...ref(n), fields: { ...n.fields, reason: 'Bättre tillgänglighet' } };
  },
  'changeNotices.markSent': async ({ result, rich }) => {
    const n = result('changeNotices.update');
    const other = n.recipients.find((r) => r.customerId !== rich.id)!;
    return { id: n.id, customerIds: [rich.id, other.customerId], on: TODAY, via: 'email' as const };
  },
  'changeNotices.unmarkSent': async ({ result, rich }) => {
    const n = result('changeNotices.markSent');
    return { id: n.id, customerIds: n.recipients.filter((r) => r.sentOn && r.customerId !== rich.id).map((r) => r.customerId) };
  },
  'changeNotices.recordResponse': async ({ result, rich }) => {
    const n = result('changeNotices.unmarkSent');
    const r = n.recipients.find((x) => x.customerId === rich.id)!;
    return { noticeId: n.id, customerId: rich.id, revision: r.revision!, response: 'objected' as const, on: TODAY, objectionText: 'Nej' };
  },
  'changeNotices.resolveObjection': async ({ result, rich }) => {
    const n = result('changeNotices.recordResponse');
    const r = n.recipients.find((x) => x.customerId === rich.id)!;
    return { noticeId: n.id, customerId: rich.id, revision: r.revision!, resolution: 'excepted' as const, on: TODAY, note: '' };
  },
  'changeNotices.letters': async ({ result, dir }) => ({ id: result('changeNotices.resolveObjection').id, merged: true, folder: dir }),
  'changeNotices.delete': async ({ core, rich }) => ref(await ok(core, 'changeNotices.create', await noticeFields(core, rich.id))),
  'noticeLetter.save': async ({ core }) => {
    const l = await ok(core, 'noticeLetter.get', {});
    return { revision: l.revision, texts: { ...l.texts, introSv: `${l.texts.introSv} Hör av dig.` } };
  },
  'noticeLetter.reset': async ({ result }) => ({ revision: result('noticeLetter.save').revision }),

  // A processor request of the rich customer's and a breach at its site: its delete reaches both.
  'requests.create': async ({ rich }) => ({
    ...emptyDsrRequest,
    requesterName: 'Ny Begäran',
    receivedOn: TODAY,
    ourRole: 'processor',
    customerId: rich.id,
  }),
  'requests.update': async ({ result }) => {
    const r = result('requests.create');
    return { ...ref(r), fields: { ...r.fields, status: 'forwarded', forwardedOn: TODAY } };
  },
  'requests.delete': async ({ core, result }) =>
    ref(await ok(core, 'requests.create', { ...result('requests.update').fields, requesterName: 'Ännu en begäran' })),
  'breaches.create': async ({ rich }) => ({
    ...emptyBreach,
    title: 'Ny incident',
    ourRole: 'processor',
    discoveredAt: FIXED_NOW.toISOString(),
    siteIds: [rich.siteIds[0]!],
  }),
  'breaches.update': async ({ result }) => {
    const b = result('breaches.create');
    return { ...ref(b), fields: { ...b.fields, description: 'Ändrad' } };
  },
  'breaches.recordCustomerNotice': async ({ result, rich }) => ({
    ...ref(result('breaches.update')),
    customerId: rich.id,
    notifiedAt: FIXED_NOW.toISOString(),
    via: 'phone' as const,
    note: '',
  }),
  'breaches.delete': async ({ core, result }) =>
    ref(await ok(core, 'breaches.create', { ...result('breaches.recordCustomerNotice').fields, title: 'Ännu en incident' })),

  // The sample's first request deadline, snoozed for a week and taken back; then the reminder days.
  'attention.dismiss': async ({ core }) => {
    const item = (await ok(core, 'attention.list', { kinds: ['request.deadline'] })).items[0]!;
    return { key: item.key, fingerprint: item.fingerprint, mode: 'snooze' as const, until: addDays(TODAY, 7), reason: '' };
  },
  'attention.restore': async ({ result }) => ref(result('attention.dismiss')),
  'attention.setSettings': async ({ core }) => ({
    revision: (await ok(core, 'attention.getSettings', {})).revision,
    sentAgreementDays: 45,
  }),

  // The sample has sites and equipment of ended customers that are due.
  'purge.run': async () => ({ on: TODAY }),
  'customers.delete': async ({ core, rich }) => ref(await ok(core, 'customers.get', { id: rich.id })),
  // Brings the customer back with everything its delete took along: agreements, sites, devices.
  'history.undelete': async ({ core, rich }) => {
    const entries = (await ok(core, 'history.list', { kind: 'customer', recordId: rich.id })).rows;
    return { entryId: entries.find((e) => e.action === 'delete')!.id };
  },
  'history.erase': async ({ result }) => ({ kind: 'system', recordId: result('systems.update').id }),

  // A backup of the sample register, restored as a new register that is then open.
  'backups.create': async () => ({}),
  'backups.restore': async ({ result }) => ({ path: result('backups.create').path }),
  'register.create': async ({ dir }) => ({ organisationName: 'Nytt AB', path: path.join(dir, 'nytt.forteckna') }),
  'register.open': async ({ dir }) => ({ path: path.join(dir, 'nytt.forteckna') }),
  'register.openSample': async () => ({}),
  'portable.import': async ({ core, dir }) => {
    const exported = await ok(core, 'portable.export', { path: path.join(dir, 'export.json') });
    return { source: exported!.path, target: path.join(dir, 'importerat.forteckna') };
  },
  'sheetImport.commit': async ({ core, dir }) => {
    // A customer list with one new customer and one the register has (updated), each with a new site.
    const file = path.join(dir, 'kunder.csv');
    fs.writeFileSync(file, 'Kundnamn;Ort\nNyimporterad AB;Västerås\n');
    const opened = (await ok(core, 'sheetImport.open', { path: file }))!;
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    return { importId: opened.importId };
  },
  // The import taken back as a whole.
  'history.undoChange': async ({ result }) => ({ changeId: result('sheetImport.commit').changeId! }),
  'register.setPassword': async () => ({ password: 'ett långt lösenord' }),
  'register.lock': async () => ({}),
  'register.close': async () => ({}),
};

// --- What each kind's records are, as a fingerprint: ids with revisions (and links that change without one).

const revisions = (rows: readonly { id: number; revision?: number }[]) => rows.map((r) => `${r.id}:${r.revision ?? ''}`).sort();

const fingerprints: { [K in Exclude<DataKind, 'register'>]: (core: Core) => Promise<unknown> } = {
  organisation: async (core) => (await ok(core, 'organisation.get', {})).revision,
  customers: async (core) => revisions((await ok(core, 'customers.list', { includeArchived: true, limit: 1000 })).items),
  activities: async (core) => revisions((await ok(core, 'activities.list', { includeArchived: true })).items),
  services: async (core) => revisions(await ok(core, 'services.list', { includeArchived: true })),
  subscriptions: async (core) => revisions(await ok(core, 'subscriptions.list', {})),
  subprocessors: async (core) => revisions(await ok(core, 'subprocessors.list', {})),
  systems: async (core) => revisions(await ok(core, 'systems.list', {})),
  measures: async (core) => revisions(await ok(core, 'securityMeasures.list', {})),
  retentionRules: async (core) => revisions(await ok(core, 'retentionRules.list', {})),
  vocabularies: async (core) => revisions(await ok(core, 'vocabularies.list', { includeArchived: true })),
  agreements: async (core) => revisions(await ok(core, 'agreements.list', {})),
  agreementTemplate: async (core) => {
    const template = await ok(core, 'agreementTemplate.get', {});
    return [template.revision, revisions(template.clauses)];
  },
  sites: async (core) => {
    const customers = (await ok(core, 'customers.list', { includeArchived: true, limit: 1000 })).items;
    return revisions((await Promise.all(customers.map((c) => ok(core, 'sites.list', { customerId: c.id })))).flat());
  },
  equipment: async (core) => {
    const devices = (await ok(core, 'equipment.list', { limit: 1000 })).items;
    const full = await Promise.all(devices.map((d) => ok(core, 'equipment.get', { id: d.id })));
    return full.map((d) => `${d.id}:${d.revision}:${d.serviceIds.join(',')}`).sort();
  },
  // The log's entries point at their rule and customer until those are deleted.
  purge: async (core) => (await ok(core, 'deletionLog.list', {})).map((e) => `${e.id}:${e.ruleId}:${e.customerId}`).sort(),
  legalHolds: async (core) => revisions(await ok(core, 'legalHolds.list', {})),
  privacyNotice: async (core) => {
    const notice = await ok(core, 'privacyNotice.get', {});
    return [notice.revision, notice.excludedActivityIds];
  },
  backups: async (core) => (await ok(core, 'backups.list', {})).backups.map((b) => b.path).sort(),
  changeNotices: async (core) => {
    const notices = await Promise.all((await ok(core, 'changeNotices.list', {})).map((n) => ok(core, 'changeNotices.get', { id: n.id })));
    return notices.map((n) => [`${n.id}:${n.revision}`, n.recipients.map((r) => `${r.customerId}:${r.revision ?? ''}`)]);
  },
  noticeLetter: async (core) => (await ok(core, 'noticeLetter.get', {})).revision,
  // With the links a cascade can take away (a customer, a site, a device deleted) without a new revision.
  requests: async (core) => {
    const rows = (await ok(core, 'requests.list', { filter: 'all', limit: 1000 })).rows;
    const full = await Promise.all(rows.map((r) => ok(core, 'requests.get', { id: r.id })));
    return full.map((r) => `${r.id}:${r.revision}:${r.fields.customerId}:${r.fields.activityIds}:${r.fields.systemIds}`).sort();
  },
  breaches: async (core) => {
    const rows = (await ok(core, 'breaches.list', { filter: 'all', limit: 1000 })).rows;
    const full = await Promise.all(rows.map((b) => ok(core, 'breaches.get', { id: b.id })));
    return full
      .map((b) => {
        const f = b.fields;
        const links = [f.customerIds, f.serviceIds, f.systemIds, f.siteIds, f.equipmentIds, f.subjectTermIds, f.dataTermIds];
        return `${b.id}:${b.revision}:${links.map((l) => l.join(',')).join(';')}:${b.customers.map((c) => `${c.customerId}@${c.notifiedAt}`)}`;
      })
      .sort();
  },

  // The user's answers (held while their items' facts stay the same) and the reminder settings.
  attention: async (core) => {
    const { dismissed } = await ok(core, 'attention.list', { horizonDays: 366 });
    const settings = await ok(core, 'attention.getSettings', {});
    return [settings.revision, dismissed.map((i) => `${i.dismissal!.id}:${i.dismissal!.revision}`).sort()];
  },

  // Every change adds to the history (checked on its own below); this kind is about entries losing their values.
  history: async (core) => (await ok(core, 'history.list', { limit: 1000 })).rows.filter((e) => e.redacted).length,
};

async function snapshot(core: Core): Promise<Map<DataKind, string>> {
  const entries = await Promise.all(
    Object.entries(fingerprints).map(async ([kind, read]) => [kind as DataKind, JSON.stringify(await read(core))] as const),
  );
  return new Map(entries);
}

/** The sample customer with the most sites that also has an agreement and is still a customer. */
async function richCustomer(core: Core): Promise<Step['rich']> {
  const withAgreement = new Set((await ok(core, 'agreements.list', {})).map((a) => a.customerId));
  const customers = (await ok(core, 'customers.list', { status: 'active', limit: 1000 })).items.filter((c) => withAgreement.has(c.id));
  const sites = await Promise.all(
    customers.map(async (c) => ({ id: c.id, siteIds: (await ok(core, 'sites.list', { customerId: c.id })).map((s) => s.id) })),
  );
  return sites.sort((a, b) => b.siteIds.length - a.siteIds.length)[0]!;
}

/** Marked methods that change no record of the open register: a backup is a copy beside it. */
const outsideTheHistory: MethodName[] = ['backups.create'];

describe('data.changed', () => {
  it('has one step below for every method marked as changing data', () => {
    expect(Object.keys(steps).sort()).toEqual([...marked].sort());
  });

  it('follows one real call of every marked method, once, with its declared kinds, which cover what it changed', async () => {
    const { core, dir, changes } = await sampleCore();
    const rich = await richCustomer(core);
    expect(rich.siteIds.length).toBeGreaterThan(0);
    const results = new Map<MethodName, unknown>();
    const step: Step = { core, dir, rich, result: (m) => results.get(m) as never };

    for (const [method, input] of Object.entries(steps) as [MarkedMethod, (s: Step) => Promise<unknown>][]) {
      const declared = methodChanges(method);
      const wholeRegister = declared.includes('register');
      const given = await input(step);
      const before = wholeRegister ? null : await snapshot(core);
      const entriesBefore = wholeRegister ? 0 : (await ok(core, 'history.list', { limit: 1 })).total;
      changes.length = 0;
      const result = await core.dispatch(method, given);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      results.set(method, result.value);
      expect.soft(changes, method).toEqual([{ kinds: [...declared], method }]);
      if (!before) continue;
      // Every change to the register is in its history, under the method that made it.
      if (!outsideTheHistory.includes(method)) {
        const written = (await ok(core, 'history.list', { limit: 1000 })).rows.slice(
          0,
          (await ok(core, 'history.list', { limit: 1 })).total - entriesBefore,
        );
        expect.soft(written.length, `${method} wrote no history entry`).toBeGreaterThan(0);
        expect.soft(new Set(written.map((e) => e.method)), method).toEqual(new Set([method]));
      }
      const after = await snapshot(core);
      const changed = [...after].filter(([kind, print]) => before.get(kind) !== print).map(([kind]) => kind);
      expect
        .soft(
          changed.filter((kind) => !declared.includes(kind)),
          `${method} changed kinds it does not declare`,
        )
        .toEqual([]);
    }
  }, 120_000);

  it('is declared by every method whose name says it changes something', () => {
    const mutation =
      /^(create|update|delete|set.*|move|duplicate|attach|remove.*|run|release|import|generate|batch|reset|save.*|open.*|close)$/;
    // These write only outside the register: the app's settings file, or a file the user saves.
    const outsideTheRegister: MethodName[] = [
      'settings.setLanguage', // the settings file; announced as settings.changed
      'settings.setDisplayName',
      'settings.setBackupFolder',
      'settings.setAutoLock',
      'settings.setNotifyOverdue',
      'register.setRemembered', // the sealed key in the settings file; announced as register.opened
      'agreements.saveDocument', // copies the stored document to a file
      'agreements.saveAttachment', // copies a stored attachment to a file
      'changeNotices.saveLetter', // copies a stored letter to a file
      'sheetImport.open', // reads a spreadsheet into memory; only sheetImport.commit writes
    ];
    const undeclared = (Object.keys(methods) as MethodName[]).filter(
      (m) => mutation.test(m.split('.')[1]!) && methodChanges(m).length === 0 && !outsideTheRegister.includes(m),
    );
    expect(undeclared).toEqual([]);
    // The allow-list holds only names the rule would otherwise catch, and none that declare changes.
    for (const m of outsideTheRegister) expect([mutation.test(m.split('.')[1]!), methodChanges(m)], m).toEqual([true, []]);
  });

  it('is not emitted by reads or by failed changes', async () => {
    const { core, changes } = await sampleCore();
    const system = (await ok(core, 'systems.list', {}))[0]!;
    await ok(core, 'systems.get', { id: system.id });
    await ok(core, 'customers.list', {});
    await ok(core, 'agreements.list', {});
    expect(await call(core, 'systems.create', { ...fieldsOf(systemFields, system), name: '' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(core, 'systems.delete', { id: 99_999, revision: 1 })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const stale = { id: system.id, revision: system.revision + 1, fields: fieldsOf(systemFields, system) };
    expect(await call(core, 'systems.update', stale)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(changes).toEqual([]);
  });

  it('follows a cancelled batch, which keeps what it finished', async () => {
    const { core, dir, changes } = await sampleCore();
    core.subscribe((event, payload) => {
      if (event === 'task.progressed') void core.dispatch('tasks.cancel', { taskId: (payload as EventPayload<'task.progressed'>).taskId });
    });
    const result = await ok(core, 'agreements.batch', { scope: 'all', lang: 'sv', folder: dir });
    expect(result).toMatchObject({ cancelled: true });
    expect(changes).toEqual([{ kinds: ['agreements'], method: 'agreements.batch' }]);
  });
});
