import type { z } from 'zod';
import { hoursBetween, imyClock, imyOverdue } from '../../../shared/breach-clock';
import type { Subscription } from '../../../shared/contract';
import {
  AFFECTED_VIA,
  type AffectedCustomer,
  type AffectedVia,
  type Breach,
  type BreachClock,
  type BreachNoticeVia,
  type BreachSummary,
  type ImyClock,
  type breachFields,
  type breachMethods,
} from '../../../shared/contract/breaches';
import { agreementsService } from '../agreements/agreements.service';
import { conflict, invalidField, notFound } from '../errors';
import { servicesService } from '../services/services.service';
import { isActiveOn, subscriptionsService } from '../services/subscriptions.service';
import { stockholmDate, type Session } from '../session';
import { equipmentLabel } from '../sites/equipment-text';
import { systemsService } from '../systems/systems.service';
import { likeContains, swedishSortKey } from '../text';
import { breachSearchText } from './breach-text';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import { createBreachesRepo, type BreachLinks, type BreachRecord, type BreachWrite, type CustomerRow } from './breaches.repo';

type Fields = z.output<typeof breachFields>;
type ListInput = z.output<(typeof breachMethods)['breaches.list']['input']>;
type Signed = ReturnType<ReturnType<typeof agreementsService>['signedByCustomer']>;

/** What one call reads once and shares between breaches: the clock's moment, signed agreements, subscriptions per service. */
interface Context {
  now: string;
  /** Read on first use: the list only counts customers. */
  signed: () => Signed;
  subscriptions: Map<number, Subscription[]>;
  /** Per service and day: the subscriptions active then (many breaches share a day and a service). */
  active: Map<string, Subscription[]>;
  sortKeys: Map<string, string>;
}

const once = <T>(fn: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => (value ??= { v: fn() }).v;
};

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const sortByName = <T extends { name: string }>(items: T[]): T[] =>
  items
    .map((item) => ({ item, key: swedishSortKey(item.name) }))
    .sort(byKey)
    .map((x) => x.item);

/** The IMY clock still open: a notice is (or may be) owed. */
const imyOpen = (c: ImyClock) => c.state === 'running' || c.state === 'overdue' || c.state === 'not_assessed';
const holdsNotice = (r: CustomerRow | undefined) => r !== undefined && (r.notifiedAt !== null || r.note !== '');

/**
 * The Art. 33(5) breach log (issue 16): every breach with what the register links it to, the
 * 72-hour clock to IMY as controller, and as processor the customers (controllers) it affects,
 * derived from the links on the day of discovery (never stored), each with its notice.
 */
export function createBreachesService(session: Session) {
  const repo = createBreachesRepo(session.db);

  function record(id: number): BreachRecord {
    const b = repo.get(id);
    if (!b) throw notFound(`Breach ${id}`);
    return b;
  }

  function context(now: string = session.now()): Context {
    return {
      now,
      signed: once(() => session.use(agreementsService).signedByCustomer()),
      subscriptions: new Map(),
      active: new Map(),
      sortKeys: new Map(),
    };
  }

  function activeOn(serviceId: number, onDate: string, ctx: Context): Subscription[] {
    const key = `${serviceId}|${onDate}`;
    let active = ctx.active.get(key);
    if (!active) {
      let all = ctx.subscriptions.get(serviceId);
      if (!all) ctx.subscriptions.set(serviceId, (all = session.use(subscriptionsService).list({ serviceId })));
      ctx.active.set(key, (active = all.filter((s) => isActiveOn(s, onDate))));
    }
    return active;
  }

  function sortKey(name: string, ctx: Context): string {
    let key = ctx.sortKeys.get(name);
    if (key === undefined) ctx.sortKeys.set(name, (key = swedishSortKey(name)));
    return key;
  }

  /**
   * Named customers, the customers of the linked sites and devices, and those subscribing to a
   * linked service on the day of discovery (Stockholm date); each with why. A customer told
   * earlier but no longer linked stays on the list (with no reason): the notice is a fact of the log.
   */
  function customersOf(b: BreachRecord, links: BreachLinks, ctx: Context): AffectedCustomer[] {
    const onDate = stockholmDate(new Date(b.discoveredAt));
    const found = new Map<number, { name: string; via: Set<AffectedVia> }>();
    const add = (customerId: number, name: string, via: AffectedVia) => {
      const c = found.get(customerId);
      if (c) c.via.add(via);
      else found.set(customerId, { name, via: new Set([via]) });
    };
    for (const r of links.customers) if (r.named) add(r.customerId, r.name, 'named');
    for (const serviceId of links.serviceIds)
      for (const s of activeOn(serviceId, onDate, ctx)) add(s.customerId, s.customerName, 'service');
    for (const s of links.sites) add(s.customerId, s.customerName, 'site');
    for (const e of links.equipment) add(e.customerId, e.customerName, 'equipment');
    const rows = new Map(links.customers.map((r) => [r.customerId, r]));
    for (const r of links.customers)
      if (!found.has(r.customerId) && holdsNotice(r)) found.set(r.customerId, { name: r.name, via: new Set() });
    return [...found]
      .map(([customerId, c]): AffectedCustomer & { key: string } => {
        const row = rows.get(customerId);
        const agreement = ctx.signed().get(customerId);
        const notifiedAt = row?.notifiedAt ?? null;
        return {
          customerId,
          name: c.name,
          via: AFFECTED_VIA.filter((v) => c.via.has(v)),
          lang: agreement?.lang ?? 'sv',
          agreement: agreement ? { id: agreement.id, reference: agreement.reference } : null,
          notifiedAt,
          notifiedVia: row?.notifiedVia ?? null,
          note: row?.note ?? '',
          hoursToNotice: notifiedAt === null ? null : hoursBetween(b.discoveredAt, notifiedAt),
          key: sortKey(c.name, ctx),
        };
      })
      .sort(byKey)
      .map(({ key: _key, ...c }) => c);
  }

  const affected = (customers: AffectedCustomer[]) => customers.filter((c) => c.via.length > 0);
  const toNotify = (b: BreachRecord, customers: AffectedCustomer[]) =>
    b.ourRole === 'processor' ? affected(customers).filter((c) => c.notifiedAt === null) : [];
  /** Art. 34: as controller, a high risk with no exemption recorded. */
  const subjectsNoticeRequired = (b: BreachRecord) => b.ourRole === 'controller' && b.risk === 'high_risk' && b.subjectsExemption === null;

  const clockOf = (b: BreachRecord, now: string) =>
    imyClock({ ourRole: b.ourRole, discoveredAt: b.discoveredAt, risk: b.risk, imyNotifiedAt: b.imyNotifiedAt, now });

  /** How many customers are affected and how many of those were told. */
  const countsOf = (customers: AffectedCustomer[]) => {
    const linked = affected(customers);
    return { affected: linked.length, notified: linked.filter((c) => c.notifiedAt !== null).length };
  };

  function summarise(b: BreachRecord, counts: { affected: number; notified: number }, clock: ImyClock): BreachSummary {
    return {
      id: b.id,
      revision: b.revision,
      title: b.title,
      ourRole: b.ourRole,
      discoveredAt: b.discoveredAt,
      cause: b.cause,
      risk: b.risk,
      imy: clock,
      customersAffected: counts.affected,
      customersNotified: counts.notified,
      closedOn: b.closedOn,
      updatedAt: b.updatedAt,
    };
  }

  /**
   * The same customers as customersOf, only counted (no names, agreements or order): what the
   * list needs for every breach of the log.
   */
  function reach(b: BreachRecord, links: BreachLinks, ctx: Context) {
    const onDate = stockholmDate(new Date(b.discoveredAt));
    const ids = new Set<number>();
    for (const r of links.customers) if (r.named) ids.add(r.customerId);
    for (const serviceId of links.serviceIds) for (const s of activeOn(serviceId, onDate, ctx)) ids.add(s.customerId);
    for (const x of links.sites) ids.add(x.customerId);
    for (const e of links.equipment) ids.add(e.customerId);
    const notified = links.customers.filter((r) => r.notifiedAt !== null && ids.has(r.customerId)).length;
    return {
      affected: ids.size,
      notified,
      toNotify: b.ourRole === 'processor' ? ids.size - notified : 0,
      /** On the breach's list of customers: affected, or told earlier. */
      lists: (customerId: number) => ids.has(customerId) || links.customers.some((r) => r.customerId === customerId && holdsNotice(r)),
    };
  }

  function warningsOf(b: BreachRecord, customers: AffectedCustomer[], clock: ImyClock): string[] {
    const w: string[] = [];
    if (b.ourRole === 'controller') {
      if (b.risk === null) w.push('w.breach.notAssessed');
      if (imyOverdue(clock)) w.push('w.breach.imyOverdue');
      if ((clock.state === 'late' || imyOverdue(clock)) && b.imyDelayReason.trim() === '') w.push('w.breach.delayReasonMissing');
      if (subjectsNoticeRequired(b) && b.subjectsInformedAt === null) w.push('w.breach.subjectsNotInformed');
    } else {
      if (affected(customers).length === 0) w.push('w.breach.noCustomers');
      else if (toNotify(b, customers).length > 0) w.push('w.breach.customersNotNotified');
    }
    if (b.breachTypes.length === 0) w.push('w.breach.noTypes');
    if (b.closedOn !== null && outstanding(b, customers, clock)) w.push('w.breach.closedOpen');
    return w;
  }

  function outstanding(b: BreachRecord, customers: AffectedCustomer[], clock: ImyClock): boolean {
    return imyOpen(clock) || (subjectsNoticeRequired(b) && b.subjectsInformedAt === null) || toNotify(b, customers).length > 0;
  }

  function get(id: number, now?: string): Breach {
    const b = record(id);
    const links = repo.links(id);
    const ctx = context(now);
    const customers = customersOf(b, links, ctx);
    const clock = clockOf(b, ctx.now);
    const terms = session.use(vocabulariesService).termsByIds(links.termIds);
    const subjectTerms = terms.filter((t) => t.kind === 'data_subject');
    const dataTerms = terms.filter((t) => t.kind === 'personal_data');
    const serviceIds = new Set(links.serviceIds);
    const services = sortByName(
      session
        .use(servicesService)
        .records()
        .filter((s) => serviceIds.has(s.id))
        .map((s) => ({ id: s.id, name: s.name })),
    );
    const sites = links.sites
      .map((s) => ({ s, key: `${swedishSortKey(s.customerName)}\u0001${swedishSortKey(s.name)}` }))
      .sort(byKey)
      .map(({ s }) => ({ id: s.id, name: s.name, customerId: s.customerId, customerName: s.customerName }));
    const equipment = links.equipment
      .map((e) => ({ e, name: equipmentLabel(e) }))
      .map((x) => ({ ...x, key: [x.e.customerName, x.e.siteName ?? '', x.name].map(swedishSortKey).join('\u0001') }))
      .sort(byKey)
      .map(({ e, name }) => ({ id: e.id, name, customerId: e.customerId, customerName: e.customerName, siteName: e.siteName }));
    return {
      ...summarise(b, countsOf(customers), clock),
      fields: {
        title: b.title,
        ourRole: b.ourRole,
        discoveredAt: b.discoveredAt,
        occurredFrom: b.occurredFrom,
        occurredTo: b.occurredTo,
        endedAt: b.endedAt,
        breachTypes: b.breachTypes,
        cause: b.cause,
        description: b.description,
        subjectTermIds: subjectTerms.map((t) => t.id),
        dataTermIds: dataTerms.map((t) => t.id),
        approxSubjects: b.approxSubjects,
        approxRecords: b.approxRecords,
        specialCategories: b.specialCategories,
        likelyConsequences: b.likelyConsequences,
        risk: b.risk,
        riskRationale: b.riskRationale,
        measuresTaken: b.measuresTaken,
        measuresPlanned: b.measuresPlanned,
        customerIds: sortByName(links.customers.filter((r) => r.named)).map((r) => r.customerId),
        serviceIds: services.map((s) => s.id),
        systemIds: links.systemIds,
        siteIds: sites.map((s) => s.id),
        equipmentIds: equipment.map((e) => e.id),
        imyNotifiedAt: b.imyNotifiedAt,
        imyReference: b.imyReference,
        imyDelayReason: b.imyDelayReason,
        supplements: links.supplements,
        subjectsInformedAt: b.subjectsInformedAt,
        subjectsMethod: b.subjectsMethod,
        subjectsExemption: b.subjectsExemption,
        otherReports: links.otherReports,
        dpoConsulted: b.dpoConsulted,
        lessonsLearned: b.lessonsLearned,
        closedOn: b.closedOn,
      },
      subjectTerms: subjectTerms.map((t) => ({ id: t.id, name: t.labelSv })),
      dataTerms: dataTerms.map((t) => ({ id: t.id, name: t.labelSv })),
      services,
      systems: session
        .use(systemsService)
        .byIds(links.systemIds)
        .map((s) => ({ id: s.id, name: s.name })),
      sites,
      equipment,
      customers,
      subjectsNoticeRequired: subjectsNoticeRequired(b),
      warnings: warningsOf(b, customers, clock),
      createdAt: b.createdAt,
    };
  }

  /** Keeps the search text current (customerRenamed calls it for the customers' names). */
  function refreshSearchText(id: number): void {
    const links = repo.links(id);
    const names = [
      ...links.customers.map((c) => c.name),
      ...links.sites.map((s) => s.customerName),
      ...links.equipment.map((e) => e.customerName),
    ];
    repo.setSearchText(id, breachSearchText(record(id), names));
  }

  /** Checks what needs the register; `at` is the path of the fields ('fields' on update). */
  function validate(f: Fields, at: string[]): void {
    const path = (field: string) => [...at, field];
    const unknown = (field: string, id: number) => invalidField(path(field), 'v.breach.unknownLink', { id });
    for (const [field, table] of [
      ['customerIds', 'customers'],
      ['siteIds', 'sites'],
      ['equipmentIds', 'equipment'],
    ] as const) {
      const missing = repo.missing(table, f[field]);
      if (missing.length) throw unknown(field, missing[0]!);
    }
    const services = new Set(
      session
        .use(servicesService)
        .records()
        .map((s) => s.id),
    );
    for (const id of f.serviceIds) if (!services.has(id)) throw unknown('serviceIds', id);
    const systems = new Set(
      session
        .use(systemsService)
        .byIds(f.systemIds)
        .map((s) => s.id),
    );
    for (const id of f.systemIds) if (!systems.has(id)) throw unknown('systemIds', id);
    for (const [field, kind] of [
      ['subjectTermIds', 'data_subject'],
      ['dataTermIds', 'personal_data'],
    ] as const) {
      const kinds = new Map(
        session
          .use(vocabulariesService)
          .termsByIds(f[field])
          .map((t) => [t.id, t.kind]),
      );
      for (const id of f[field]) {
        if (!kinds.has(id)) throw unknown(field, id);
        if (kinds.get(id) !== kind) throw invalidField(path(field), 'v.breach.wrongTermKind', { id });
      }
    }
    // IMY and the data subjects are the controller's to inform (Arts 33(1), 34).
    if (f.ourRole === 'processor') {
      if (f.imyNotifiedAt !== null) throw invalidField(path('imyNotifiedAt'), 'v.breach.notController');
      if (f.subjectsInformedAt !== null) throw invalidField(path('subjectsInformedAt'), 'v.breach.notController');
    }
  }

  const toWrite = (f: Fields): BreachWrite => ({
    title: f.title,
    ourRole: f.ourRole,
    discoveredAt: f.discoveredAt,
    occurredFrom: f.occurredFrom,
    occurredTo: f.occurredTo,
    endedAt: f.endedAt,
    breachTypes: [...new Set(f.breachTypes)],
    cause: f.cause,
    description: f.description,
    approxSubjects: f.approxSubjects,
    approxRecords: f.approxRecords,
    specialCategories: f.specialCategories,
    likelyConsequences: f.likelyConsequences,
    risk: f.risk,
    riskRationale: f.riskRationale,
    measuresTaken: f.measuresTaken,
    measuresPlanned: f.measuresPlanned,
    imyNotifiedAt: f.imyNotifiedAt,
    imyReference: f.imyReference,
    imyDelayReason: f.imyDelayReason,
    subjectsInformedAt: f.subjectsInformedAt,
    subjectsMethod: f.subjectsMethod,
    subjectsExemption: f.subjectsExemption,
    dpoConsulted: f.dpoConsulted,
    lessonsLearned: f.lessonsLearned,
    closedOn: f.closedOn,
    termIds: [...f.subjectTermIds, ...f.dataTermIds],
    serviceIds: f.serviceIds,
    systemIds: f.systemIds,
    siteIds: f.siteIds,
    equipmentIds: f.equipmentIds,
    supplements: f.supplements,
    otherReports: f.otherReports,
  });

  /**
   * The named customers become exactly `customerIds`. A customer no longer named keeps its row
   * (as not named) while it holds a notice or a note: what was told to whom is not lost by
   * editing the links; a row with nothing in it goes.
   */
  function writeNamed(id: number, customerIds: readonly number[]): void {
    const wanted = new Set(customerIds);
    const rows = repo.links(id).customers;
    for (const r of rows) {
      if (wanted.has(r.customerId)) repo.setNamed(id, r.customerId, true);
      else if (holdsNotice(r)) repo.setNamed(id, r.customerId, false);
      else repo.deleteCustomer(id, r.customerId);
    }
    const have = new Set(rows.map((r) => r.customerId));
    for (const c of wanted) if (!have.has(c)) repo.insertCustomer(id, c, true);
  }

  /** Every breach with its links and its IMY clock at `now`. */
  function all(now: string) {
    const links = repo.allLinks();
    return repo.all().map((b) => ({ b, links: links.get(b.id) ?? repo.emptyLinks(), clock: clockOf(b, now) }));
  }

  return {
    get,
    /**
     * Open breaches first, those with an open IMY clock by its deadline, then the other open
     * ones newest first; closed ones newest first. Counts are over the whole log.
     */
    list(input: ListInput): z.output<(typeof breachMethods)['breaches.list']['output']> {
      const now = input.now ?? session.now();
      const ctx = context(now);
      const rows = all(now).map((r) => ({ ...r, reach: reach(r.b, r.links, ctx) }));
      const open = rows.filter((r) => r.b.closedOn === null);
      const counts = {
        open: open.length,
        imyOverdue: open.filter((r) => imyOverdue(r.clock)).length,
        customersToNotify: open.reduce((n, r) => n + r.reach.toNotify, 0),
      };
      const search = input.search.trim();
      const matching = search === '' ? null : repo.searchIds(likeContains(search));
      const chosen = rows.filter(
        (r) =>
          (input.filter === 'all' || (input.filter === 'open') === (r.b.closedOn === null)) &&
          (input.ourRole === undefined || r.b.ourRole === input.ourRole) &&
          (matching === null || matching.has(r.b.id)) &&
          (input.customerId === undefined || r.reach.lists(input.customerId)),
      );
      const deadline = (r: (typeof rows)[number]) => (r.b.closedOn === null && imyOpen(r.clock) ? r.clock.deadline : null);
      chosen.sort((x, y) => {
        const openX = x.b.closedOn === null;
        const openY = y.b.closedOn === null;
        if (openX !== openY) return openX ? -1 : 1;
        const dx = deadline(x);
        const dy = deadline(y);
        if (dx !== null || dy !== null) {
          if (dx === null) return 1;
          if (dy === null) return -1;
          if (dx !== dy) return dx < dy ? -1 : 1;
        }
        if (x.b.discoveredAt !== y.b.discoveredAt) return x.b.discoveredAt < y.b.discoveredAt ? 1 : -1;
        return y.b.id - x.b.id;
      });
      return {
        rows: chosen.slice(input.offset, input.offset + input.limit).map((r) => summarise(r.b, r.reach, r.clock)),
        total: chosen.length,
        counts,
      };
    },
    create: (f: Fields): Breach =>
      session.tx(() => {
        validate(f, []);
        const id = repo.insert(toWrite(f), '', session.now());
        writeNamed(id, f.customerIds);
        refreshSearchText(id);
        return get(id);
      }),
    update: (id: number, revision: number, f: Fields): Breach =>
      session.tx(() => {
        const before = record(id);
        if (before.revision !== revision) throw conflict(get(id));
        validate(f, ['fields']);
        if (!repo.update(id, revision, toWrite(f), '', session.now())) throw conflict(get(id));
        writeNamed(id, f.customerIds);
        refreshSearchText(id);
        return get(id);
      }),
    delete: (id: number, revision: number): { id: number } =>
      session.tx(() => {
        const b = record(id);
        if (b.revision !== revision) throw conflict(get(id));
        if (!repo.delete(id, revision)) throw conflict(get(id));
        return { id };
      }),
    /**
     * When an affected customer was told of a processor breach (Art. 33(2)); notifiedAt null
     * clears it. A customer affected only through links gets a row of its own (not named).
     */
    recordCustomerNotice(input: {
      id: number;
      revision: number;
      customerId: number;
      notifiedAt: string | null;
      via: BreachNoticeVia | null;
      note: string;
    }): Breach {
      return session.tx(() => {
        const b = record(input.id);
        if (b.revision !== input.revision) throw conflict(get(input.id));
        if (b.ourRole !== 'processor') throw invalidField(['customerId'], 'v.breach.notProcessor');
        const links = repo.links(b.id);
        const customer = customersOf(b, links, context()).find((c) => c.customerId === input.customerId);
        // A customer no longer linked can still have its earlier notice cleared, nothing more.
        if (!customer || (customer.via.length === 0 && input.notifiedAt !== null))
          throw invalidField(['customerId'], 'v.breach.notAffected', { id: input.customerId });
        if (input.notifiedAt !== null && input.via === null) throw invalidField(['via'], 'v.required');
        if (input.notifiedAt !== null && input.notifiedAt < b.discoveredAt) throw invalidField(['notifiedAt'], 'v.breach.beforeDiscovered');
        const row = links.customers.find((r) => r.customerId === input.customerId);
        if (!row) repo.insertCustomer(b.id, input.customerId, false);
        const notice = { notifiedAt: input.notifiedAt, via: input.notifiedAt === null ? null : input.via, note: input.note };
        repo.setNotice({ id: b.id, customerId: input.customerId, ...notice });
        if (!row?.named && notice.notifiedAt === null && notice.note === '') repo.deleteCustomer(b.id, input.customerId);
        if (!repo.touch(b.id, input.revision, session.now())) throw conflict(get(b.id));
        return get(b.id);
      });
    },
    /**
     * Every open clock of the open breaches: IMY's 72 hours (running, over, or not yet assessed),
     * each affected customer not yet told (processor), data subjects to inform (high risk).
     * Nearest first: IMY's by its deadline, the others (due without undue delay) from discovery.
     */
    clocks(now?: string): BreachClock[] {
      const at = now ?? session.now();
      const out: (BreachClock & { key: string })[] = [];
      const ctx = context(at);
      for (const { b, links, clock } of all(at)) {
        if (b.closedOn !== null) continue;
        const customers = b.ourRole === 'processor' ? customersOf(b, links, ctx) : [];
        const base = { breachId: b.id, title: b.title, customerId: null, customerName: null, deadline: null, minutesLeft: null };
        if (imyOpen(clock))
          out.push({ ...base, kind: 'imy', deadline: clock.deadline, minutesLeft: clock.minutesLeft, key: clock.deadline });
        for (const c of toNotify(b, customers))
          out.push({ ...base, kind: 'customer', customerId: c.customerId, customerName: c.name, key: b.discoveredAt });
        if (subjectsNoticeRequired(b) && b.subjectsInformedAt === null) out.push({ ...base, kind: 'subjects', key: b.discoveredAt });
      }
      return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.breachId - y.breachId)).map(({ key: _key, ...c }) => c);
    },
    /** Keeps the breaches that name the customer (or link its sites or devices) findable under its new name. */
    customerRenamed(customerId: number): void {
      for (const id of repo.touchingCustomer(customerId)) refreshSearchText(id);
    },
  };
}

export type BreachesService = ReturnType<typeof createBreachesService>;
export const breachesService = (session: Session): BreachesService => createBreachesService(session);
