import type { Subscription } from '../../../shared/contract';
import { conflict, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { swedishSortKey } from '../text';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import { createServicesRepo } from './services.repo';
import { atField } from './services.service';
import { createSubscriptionsRepo, type SubscriptionFieldsOut, type SubscriptionRecord } from './subscriptions.repo';

/** Kinds of vocabulary term a subscription may add to or take away from its service. */
const CHANGEABLE_KINDS = new Set(['processing', 'personal_data', 'data_subject']);

export const isActiveOn = (s: { startDate: string; endDate: string | null }, onDate: string): boolean =>
  s.startDate <= onDate && (s.endDate === null || s.endDate >= onDate);

/** Customers × services with dates and per-customer additions and exceptions. */
export function createSubscriptionsService(session: Session) {
  const repo = createSubscriptionsRepo(session.db);
  const servicesRepo = createServicesRepo(session.db);

  function toOutput(r: SubscriptionRecord, today: string): Subscription {
    return {
      id: r.id,
      revision: r.revision,
      customerId: r.customerId,
      customerName: r.customerName,
      serviceId: r.serviceId,
      serviceName: r.serviceName,
      startDate: r.startDate,
      endDate: r.endDate,
      notes: r.notes,
      addedTermIds: r.addedTermIds,
      removedTermIds: r.removedTermIds,
      addedSubprocessorIds: r.addedSubprocessorIds,
      removedSubprocessorIds: r.removedSubprocessorIds,
      active: isActiveOn(r, today),
      updatedAt: r.updatedAt,
    };
  }

  function get(id: number): Subscription {
    const r = repo.get(id);
    if (!r) throw notFound(`Subscription ${id}`);
    return toOutput(r, session.today());
  }

  /** Lists without repeats, keeping the first occurrence's order. */
  function dedupe(f: SubscriptionFieldsOut): SubscriptionFieldsOut {
    const u = (ids: number[]) => [...new Set(ids)];
    return {
      ...f,
      addedTermIds: u(f.addedTermIds),
      removedTermIds: u(f.removedTermIds),
      addedSubprocessorIds: u(f.addedSubprocessorIds),
      removedSubprocessorIds: u(f.removedSubprocessorIds),
    };
  }

  function validate(f: SubscriptionFieldsOut, current: SubscriptionRecord | null): void {
    if (!repo.customerExists(f.customerId)) throw invalidField(['customerId'], 'v.unknownReference');
    const service = servicesRepo.get(f.serviceId);
    if (!service) throw invalidField(['serviceId'], 'v.unknownReference');
    // A new subscription needs a service that is still offered; existing ones keep theirs.
    if (service.status === 'archived' && current?.serviceId !== f.serviceId) {
      throw invalidField(['serviceId'], 'v.subscription.serviceArchived');
    }

    const termIds = [...f.addedTermIds, ...f.removedTermIds];
    const terms = new Map(
      session
        .use(vocabulariesService)
        .termsByIds(termIds)
        .map((t) => [t.id, t]),
    );
    const checkTerms = (ids: number[], field: string) =>
      ids.forEach((id) => {
        const term = terms.get(id);
        if (!term || !CHANGEABLE_KINDS.has(term.kind)) throw invalidField([field], 'v.unknownReference', { id });
      });
    checkTerms(f.addedTermIds, 'addedTermIds');
    checkTerms(f.removedTermIds, 'removedTermIds');
    atField('addedSubprocessorIds', f.addedSubprocessorIds, (p) =>
      session.use(subprocessorsService).assertExist(f.addedSubprocessorIds, p),
    );
    atField('removedSubprocessorIds', f.removedSubprocessorIds, (p) =>
      session.use(subprocessorsService).assertExist(f.removedSubprocessorIds, p),
    );

    const both = (added: number[], removed: number[], field: string) => {
      const addedSet = new Set(added);
      const id = removed.find((x) => addedSet.has(x));
      if (id !== undefined) throw invalidField([field], 'v.subscription.addedAndRemoved', { id });
    };
    both(f.addedTermIds, f.removedTermIds, 'removedTermIds');
    both(f.addedSubprocessorIds, f.removedSubprocessorIds, 'removedSubprocessorIds');

    if (repo.overlapping(f, current?.id ?? null) !== null) throw invalidField(['startDate'], 'v.subscription.overlap');
  }

  return {
    get,
    /** By customer (Swedish order), then service name; `active` on the core's today. */
    list(filter: { customerId?: number; serviceId?: number } = {}): Subscription[] {
      const today = session.today();
      const keyed = repo
        .list(filter)
        .map((r) => ({ r, key: `${r.customerSortKey}\u0000${swedishSortKey(r.serviceName)}\u0000${r.startDate}` }));
      keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.r.id - b.r.id));
      return keyed.map(({ r }) => toOutput(r, today));
    },
    create(fields: SubscriptionFieldsOut): Subscription {
      return session.tx(() => {
        const f = dedupe(fields);
        validate(f, null);
        return get(repo.insert(f, session.now()));
      });
    },
    update(id: number, revision: number, fields: SubscriptionFieldsOut): Subscription {
      return session.tx(() => {
        const current = repo.get(id);
        if (!current) throw notFound(`Subscription ${id}`);
        if (current.revision !== revision) throw conflict(toOutput(current, session.today()));
        const f = dedupe(fields);
        validate(f, current);
        if (!repo.update(id, revision, f, session.now())) throw conflict(get(id));
        return get(id);
      });
    },
    delete(id: number, revision: number): { id: number } {
      return session.tx(() => {
        if (!repo.delete(id, revision)) throw conflict(get(id));
        return { id };
      });
    },
  };
}

export type SubscriptionsService = ReturnType<typeof createSubscriptionsService>;
export const subscriptionsService = (session: Session): SubscriptionsService => createSubscriptionsService(session);
