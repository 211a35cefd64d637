import type { z } from 'zod';
import type { ProcessorEntry, subprocessorMatrix } from '../../../shared/contract';
import { locationIsInEea } from '../../../shared/domain/labels';
import { notFound } from '../errors';
import { type NoticeOverride, servicesAsOn } from '../change-notices/notice-effects';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { swedishSortKey } from '../text';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import type { ServiceRecord } from './services.repo';
import { servicesService, sortByName } from './services.service';
import { createSubscriptionsRepo, type ActiveSubscription, type SubscriptionChanges } from './subscriptions.repo';

type Matrix = z.output<typeof subprocessorMatrix>;

/** One date's subscriptions, changes and services, read once (see subscriptionsOn). */
export interface SubscriptionsOn {
  onDate: string;
  active: ActiveSubscription[];
  changes: Map<number, SubscriptionChanges>;
  services: ServiceRecord[];
}
type Term = { id: number; labelSv: string; labelEn: string };
type SubprocessorRef = ProcessorEntry['subprocessors'][number];

/** The service's set with a subscription's additions applied and its exceptions removed. */
export function applyChanges(base: readonly number[], added: readonly number[], removed: readonly number[]): number[] {
  const out = new Set(base);
  for (const id of added) out.add(id);
  for (const id of removed) out.delete(id);
  return [...out];
}

const joinParts = (parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(', ');

function describeContact(c: ActiveSubscription['contact']): string {
  if (!c) return '';
  return joinParts([c.role.trim() ? `${c.name} (${c.role})` : c.name, c.email, c.phone]);
}

const NO_CHANGES: SubscriptionChanges = { addedTermIds: [], removedTermIds: [], addedSubprocessorIds: [], removedSubprocessorIds: [] };

/**
 * The Art. 30(2) register and the sub-processor matrix, derived on demand from subscriptions
 * and the service catalogue: never stored, so a change to a service shows everywhere at once.
 * Every look-up is batched (services, subscriptions, changes, customers, terms, sub-processors,
 * measures once each), so all customers cost about as much as one.
 */
export function createProcessorRegisterService(session: Session) {
  const subscriptions = createSubscriptionsRepo(session.db);

  function load(onDate: string, customerId?: number, override?: NoticeOverride) {
    if (customerId !== undefined && !subscriptions.customerExists(customerId)) throw notFound(`Customer ${customerId}`);
    const active = subscriptions.active(onDate, customerId);
    const changes = subscriptions.activeChanges(onDate, customerId);
    // A sub-processor change counts from its notice's effective date.
    const services = new Map(servicesAsOn(session, session.use(servicesService).records(), onDate, override).map((s) => [s.id, s]));
    return { active, changes, services };
  }

  /** Sub-processors of one subscription: the service's, plus additions, minus exceptions. */
  const subprocessorIdsOf = (service: ServiceRecord, ch: SubscriptionChanges) =>
    applyChanges(service.subprocessorIds, ch.addedSubprocessorIds, ch.removedSubprocessorIds);

  /** What every derivation on one date reads: its active subscriptions, their changes and the services. */
  function subscriptionsOn(onDate: string): SubscriptionsOn {
    return {
      onDate,
      active: subscriptions.active(onDate),
      changes: subscriptions.activeChanges(onDate),
      services: session.use(servicesService).records(),
    };
  }

  /**
   * Each customer's sub-processors on a date (its services' with its own additions and
   * exceptions), with one notice treated as applied or held back when asked: what a change
   * notice compares to find the customers it affects. `base` lets several calls share one read.
   */
  function subprocessorSets(onDate: string, override?: NoticeOverride, base = subscriptionsOn(onDate)): Map<number, Set<number>> {
    const services = new Map(servicesAsOn(session, base.services, onDate, override).map((s) => [s.id, s]));
    const out = new Map<number, Set<number>>();
    for (const a of base.active) {
      const service = services.get(a.serviceId)!;
      let set = out.get(a.customerId);
      if (!set) out.set(a.customerId, (set = new Set()));
      for (const id of subprocessorIdsOf(service, base.changes.get(a.id) ?? NO_CHANGES)) set.add(id);
    }
    return out;
  }

  function list(input: { customerId?: number; onDate?: string } = {}): { onDate: string; entries: ProcessorEntry[] } {
    const onDate = input.onDate ?? session.today();
    const { active, changes, services } = load(onDate, input.customerId);
    const used = active.map((a) => services.get(a.serviceId)!);
    const usedServices = [...new Set(used)];
    const allChanges = [...changes.values()];

    // One look-up per kind of linked record.
    const termList = session
      .use(vocabulariesService)
      .termsByIds([...new Set([...usedServices.flatMap((s) => s.termIds), ...allChanges.flatMap((c) => c.addedTermIds)])]);
    const termOrder = new Map(termList.map((t, i) => [t.id, i]));
    const terms = new Map(termList.map((t) => [t.id, t]));
    const subprocessorList = session
      .use(subprocessorsService)
      .byIds([...new Set([...usedServices.flatMap((s) => s.subprocessorIds), ...allChanges.flatMap((c) => c.addedSubprocessorIds)])]);
    const subprocessors = new Map(subprocessorList.map((s) => [s.id, s]));
    const measures = new Map(
      session
        .use(measuresService)
        .byIds([...new Set(usedServices.flatMap((s) => s.measureIds))])
        .map((m) => [m.id, m]),
    );
    const summaries = new Map<number, { sv: string; en: string }>();
    for (const s of usedServices) {
      if (s.retentionRuleId !== null && !summaries.has(s.retentionRuleId)) {
        summaries.set(s.retentionRuleId, session.use(retentionService).get(s.retentionRuleId).summary);
      }
    }

    const termsOfKind = (ids: number[], kind: string): Term[] =>
      ids
        .filter((id) => terms.get(id)?.kind === kind)
        .sort((a, b) => termOrder.get(a)! - termOrder.get(b)!)
        .map((id) => {
          const t = terms.get(id)!;
          return { id: t.id, labelSv: t.labelSv, labelEn: t.labelEn };
        });
    // Sub-processors in Swedish name order: the keys are worked out once, not per entry.
    const subprocessorKeys = new Map(subprocessorList.map((s) => [s.id, swedishSortKey(s.name)]));
    const subprocessorRefs = (ids: number[]): SubprocessorRef[] =>
      ids
        .filter((id) => subprocessors.has(id))
        .sort((a, b) => {
          const ka = subprocessorKeys.get(a)!;
          const kb = subprocessorKeys.get(b)!;
          return ka < kb ? -1 : ka > kb ? 1 : a - b;
        })
        .map((id) => {
          const s = subprocessors.get(id)!;
          return {
            id: s.id,
            name: s.name,
            country: s.country,
            transferMechanism: s.transferMechanism,
            locationKind: s.locationKind,
            regionName: s.regionName,
            regionInEea: s.regionInEea,
          };
        });
    /** The categories, sub-processors and transfers for a set of term and sub-processor ids. */
    const derive = (termIds: number[], subprocessorIds: number[]) => {
      const subs = subprocessorRefs(subprocessorIds);
      return {
        processingCategories: termsOfKind(termIds, 'processing'),
        personalDataCategories: termsOfKind(termIds, 'personal_data'),
        dataSubjectCategories: termsOfKind(termIds, 'data_subject'),
        subprocessors: subs,
        transfers: subs
          .filter((s) => !locationIsInEea(s))
          .map((s) => ({
            subprocessorId: s.id,
            name: s.name,
            country: s.country,
            mechanism: s.transferMechanism,
            locationKind: s.locationKind,
            regionName: s.regionName,
            regionInEea: s.regionInEea,
          })),
      };
    };

    // What depends only on the service is worked out once per service; most subscriptions have
    // no additions or exceptions and share it.
    const perService = new Map(
      usedServices.map((s) => [
        s.id,
        {
          nameKey: swedishSortKey(s.name),
          plain: derive(s.termIds, s.subprocessorIds),
          securityMeasures: s.measureIds
            .map((id) => measures.get(id))
            .filter((m) => m !== undefined && m.status === 'implemented')
            .map((m) => ({ id: m!.id, labelSv: m!.labelSv, labelEn: m!.labelEn, note: m!.note, noteEn: m!.noteEn })),
          retentionSummary: s.retentionRuleId === null ? null : (summaries.get(s.retentionRuleId) ?? null),
        },
      ]),
    );

    const entries = active.map((a, index) => {
      const service = services.get(a.serviceId)!;
      const ch = changes.get(a.id);
      const derived = perService.get(service.id)!;
      const lists = ch
        ? derive(applyChanges(service.termIds, ch.addedTermIds, ch.removedTermIds), subprocessorIdsOf(service, ch))
        : derived.plain;
      const entry: ProcessorEntry = {
        customerId: a.customerId,
        customerName: a.customerName,
        customerLegalForm: a.customerLegalForm,
        customerOrgNr: a.customerOrgNr,
        customerContact: describeContact(a.contact),
        customerDpo: joinParts([a.dpo.name, a.dpo.email, a.dpo.phone]),
        serviceId: service.id,
        serviceName: service.name,
        subscriptionId: a.id,
        startDate: a.startDate,
        endDate: a.endDate,
        subjectMatter: service.subjectMatter,
        purpose: service.purpose,
        subjectMatterEn: service.subjectMatterEn,
        purposeEn: service.purposeEn,
        nature: service.nature,
        ...lists,
        specialCategories: service.specialCategories,
        securityMeasures: derived.securityMeasures,
        endOfContractAction: service.endOfContractAction,
        retentionSummary: derived.retentionSummary,
      };
      return { entry, customerKey: a.customerSortKey, serviceKey: derived.nameKey, index };
    });
    // The query returns customers in Swedish order; within a customer, services by name.
    entries.sort((x, y) =>
      x.customerKey !== y.customerKey
        ? x.customerKey < y.customerKey
          ? -1
          : 1
        : x.entry.customerId !== y.entry.customerId
          ? x.index - y.index
          : x.serviceKey !== y.serviceKey
            ? x.serviceKey < y.serviceKey
              ? -1
              : 1
            : x.entry.startDate < y.entry.startDate
              ? -1
              : x.entry.startDate > y.entry.startDate
                ? 1
                : x.index - y.index,
    );
    return { onDate, entries: entries.map((e) => e.entry) };
  }

  /**
   * Which sub-processor touches which customer on a date, and through which services. Rows are
   * the sub-processors used by any service (or added for a customer); columns the customers
   * with an active subscription.
   */
  function matrix(input: { onDate?: string } = {}): Matrix {
    const onDate = input.onDate ?? session.today();
    const { active, changes, services } = load(onDate);
    const cells = new Map<string, { customerId: number; subprocessorId: number; services: Set<string> }>();
    const customers = new Map<number, { id: number; name: string }>();
    const subprocessorIds = new Set<number>([...services.values()].flatMap((s) => s.subprocessorIds));
    for (const a of active) {
      customers.set(a.customerId, { id: a.customerId, name: a.customerName });
      const service = services.get(a.serviceId)!;
      const ch = changes.get(a.id) ?? NO_CHANGES;
      for (const id of ch.addedSubprocessorIds) subprocessorIds.add(id);
      for (const subprocessorId of subprocessorIdsOf(service, ch)) {
        const key = `${a.customerId}:${subprocessorId}`;
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { customerId: a.customerId, subprocessorId, services: new Set() }));
        cell.services.add(service.name);
      }
    }
    const subprocessors = sortByName(
      session
        .use(subprocessorsService)
        .byIds([...subprocessorIds])
        .map((s) => ({
          id: s.id,
          name: s.name,
          locationKind: s.locationKind,
          country: s.country,
          regionName: s.regionName,
          regionInEea: s.regionInEea,
        })),
    );
    const known = new Set(subprocessors.map((s) => s.id));
    return {
      onDate,
      subprocessors,
      // `active` is already in the customers' Swedish order.
      customers: [...customers.values()],
      cells: [...cells.values()]
        .filter((c) => known.has(c.subprocessorId))
        .map((c) => ({ customerId: c.customerId, subprocessorId: c.subprocessorId, services: sortNames([...c.services]) })),
    };
  }

  return { list, matrix, subprocessorSets, subscriptionsOn };
}

function sortNames(names: string[]): string[] {
  return names
    .map((name) => ({ name, key: swedishSortKey(name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((n) => n.name);
}

export type ProcessorRegisterService = ReturnType<typeof createProcessorRegisterService>;
export const processorRegisterService = (session: Session): ProcessorRegisterService => createProcessorRegisterService(session);
