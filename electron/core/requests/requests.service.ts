import type { z } from 'zod';
import {
  CLOSED_DSR_STATUSES,
  DUE_SOON_DAYS,
  type DsrRequest,
  type DsrRequestSummary,
  type RequestClock,
  type RequestDeadline,
  type dsrRequestFields,
  type requestMethods,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { requestClock } from '../../../shared/deadlines';
import { conflict, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { systemsService } from '../systems/systems.service';
import { foldForSearch, swedishSortKey } from '../text';
import { requestSearchText } from './request-text';
import { createRequestsRepo, type RequestRecord, type RequestWrite } from './requests.repo';

type Fields = z.output<typeof dsrRequestFields>;
type ListInput = z.output<(typeof requestMethods)['requests.list']['input']>;
type ListOutput = z.output<(typeof requestMethods)['requests.list']['output']>;
type Ref = { id: number; name: string };

/** Rights whose carrying out must be passed on to the recipients (Art. 19). */
const ART_19_RIGHTS = new Set(['rectification', 'erasure', 'restriction']);

const byName = (refs: Ref[]): Ref[] =>
  refs
    .map((r) => ({ r, key: swedishSortKey(r.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.r.id - b.r.id))
    .map((x) => x.r);

/**
 * The day a request closed for us, or null while open. As processor, forwarding it to the
 * customer is all we owe (Art. 28(3)(e), SCC 2021/915 clause 8: forward without delay, do not
 * answer ourselves): the Art. 12 deadline is the controller's from then on.
 */
export function closedOn(r: Pick<RequestWrite, 'status' | 'ourRole' | 'answeredOn' | 'forwardedOn'>): string | null {
  if (CLOSED_DSR_STATUSES.includes(r.status)) return r.answeredOn;
  if (r.ourRole === 'processor' && r.status === 'forwarded') return r.forwardedOn;
  return null;
}

const clockOf = (r: RequestWrite, on: string): RequestClock =>
  requestClock({ receivedOn: r.receivedOn, extensionNotifiedOn: r.extensionNotifiedOn, closedOn: closedOn(r), on });

/**
 * The requests register (issue 16, domain.md §6.1): each request with its Art. 12(3) clock, read
 * on a given day; the deadline is also stored on the row (computed at each write) for sorting and
 * filtering long lists.
 */
export function createRequestsService(session: Session) {
  const repo = createRequestsRepo(session.db);
  const systems = () => session.use(systemsService);

  function record(id: number): RequestRecord {
    const r = repo.get(id);
    if (!r) throw notFound(`Request ${id}`);
    return r;
  }

  function summarise(r: RequestRecord, on: string): DsrRequestSummary {
    return {
      id: r.id,
      revision: r.revision,
      right: r.right,
      receivedOn: r.receivedOn,
      channel: r.channel,
      requesterName: r.requesterName,
      ourRole: r.ourRole,
      customer: r.customerId === null ? null : { id: r.customerId, name: r.customerName ?? '' },
      status: r.status,
      outcome: r.outcome,
      identity: r.identity,
      answeredOn: r.answeredOn,
      forwardedOn: r.forwardedOn,
      clock: clockOf(r, on),
      updatedAt: r.updatedAt,
    };
  }

  function warningsOf(r: RequestRecord, clock: RequestClock): string[] {
    const w: string[] = [];
    const open = clock.state !== 'closed';
    if (clock.extensionLate) w.push('w.request.extensionLate');
    if (r.ourRole === 'processor' && r.forwardedOn === null) w.push('w.request.notForwarded');
    // Checking identity is the controller's part; as processor the customer does it.
    if (open && r.ourRole === 'controller' && r.identity === 'pending') w.push('w.request.identityPending');
    if (CLOSED_DSR_STATUSES.includes(r.status) && clock.answeredLate) w.push('w.request.answeredLate');
    if (
      r.ourRole === 'controller' &&
      ART_19_RIGHTS.has(r.right) &&
      r.status === 'answered' &&
      (r.outcome === 'granted' || r.outcome === 'partially_granted') &&
      r.recipientsNotifiedOn === null
    ) {
      w.push('w.request.recipientsNotNotified');
    }
    if (r.ourRole === 'controller' && r.right === 'access' && r.activityIds.length === 0 && r.outcome !== 'no_data') {
      w.push('w.request.noActivities');
    }
    return w;
  }

  function get(id: number, on?: string): DsrRequest {
    const r = record(id);
    const day = on ?? session.today();
    const summary = summarise(r, day);
    return {
      ...summary,
      fields: {
        right: r.right,
        receivedOn: r.receivedOn,
        channel: r.channel,
        requesterName: r.requesterName,
        requesterContact: r.requesterContact,
        requestText: r.requestText,
        ourRole: r.ourRole,
        customerId: r.customerId,
        forwardedOn: r.forwardedOn,
        customerInstruction: r.customerInstruction,
        identity: r.identity,
        identityMethod: r.identityMethod,
        identityCheckedOn: r.identityCheckedOn,
        identityCheckedBy: r.identityCheckedBy,
        activityIds: r.activityIds,
        systemIds: r.systemIds,
        searched: r.searched,
        found: r.found,
        extensionReason: r.extensionReason,
        extensionNotifiedOn: r.extensionNotifiedOn,
        status: r.status,
        outcome: r.outcome,
        outcomeReason: r.outcomeReason,
        feeSek: r.feeSek,
        answeredOn: r.answeredOn,
        recipientsNotifiedOn: r.recipientsNotifiedOn,
        recipientsNote: r.recipientsNote,
        notes: r.notes,
      },
      activities: byName(repo.activityRefs(r.activityIds)),
      systems: systems().byIds(r.systemIds),
      warnings: warningsOf(r, summary.clock),
      createdAt: r.createdAt,
    };
  }

  /**
   * The fields as stored. Each role keeps only its own links: as controller there is no customer
   * (the request is about our own processing) and nothing forwarded; as processor there are no
   * activities (ours are the firm's own processing; the customer's processing is its record), while
   * systems stay for both (where the customer's data was looked for). Links are checked to exist.
   */
  function normalise(f: Fields, at: (string | number)[]): RequestWrite {
    const controller = f.ourRole === 'controller';
    const w: RequestWrite = {
      ...f,
      customerId: controller ? null : f.customerId,
      forwardedOn: controller ? null : f.forwardedOn,
      customerInstruction: controller ? '' : f.customerInstruction,
      activityIds: controller ? [...new Set(f.activityIds)] : [],
      systemIds: [...new Set(f.systemIds)],
    };
    if (w.customerId !== null && repo.customerName(w.customerId) === null) {
      throw invalidField([...at, 'customerId'], 'v.request.customerUnknown', { id: w.customerId });
    }
    const activities = new Set(repo.activityRefs(w.activityIds).map((a) => a.id));
    for (const [i, a] of w.activityIds.entries()) {
      if (!activities.has(a)) throw invalidField([...at, 'activityIds', i], 'v.unknownReference', { id: a });
    }
    systems().assertExist(w.systemIds, [...at, 'systemIds']);
    return w;
  }

  /** The clock's dates and the search text, as written with the row. */
  function derived(w: RequestWrite) {
    const clock = clockOf(w, session.today());
    const customerName = w.customerId === null ? null : repo.customerName(w.customerId);
    return { dates: { dueOn: clock.dueOn, targetOn: clock.targetOn }, searchText: requestSearchText({ ...w, customerName }) };
  }

  function words(search: string): string[] {
    return [
      ...new Set(
        foldForSearch(search.replace(/[\u0000-\u001f\u007f]/g, ' '))
          .split(' ')
          .filter((x) => x !== ''),
      ),
    ].slice(0, 8);
  }

  return {
    get,
    list(input: ListInput): ListOutput {
      const on = input.on ?? session.today();
      const dueSoonUntil = addDays(on, DUE_SOON_DAYS);
      const { rows, total } = repo.list({
        filter: input.filter,
        words: words(input.search),
        right: input.right,
        ourRole: input.ourRole,
        customerId: input.customerId,
        on,
        dueSoonUntil,
        offset: input.offset,
        limit: input.limit,
      });
      return { rows: rows.map((r) => summarise(r, on)), total, counts: repo.counts(on, dueSoonUntil) };
    },
    create: (f: Fields): DsrRequest =>
      session.tx(() => {
        const w = normalise(f, []);
        const d = derived(w);
        return get(repo.insert(w, d.dates, d.searchText, session.now()));
      }),
    update: (id: number, revision: number, f: Fields): DsrRequest =>
      session.tx(() => {
        const current = record(id);
        if (current.revision !== revision) throw conflict(get(id));
        const w = normalise(f, ['fields']);
        const d = derived(w);
        if (!repo.update(id, revision, w, d.dates, d.searchText, session.now())) throw conflict(get(id));
        return get(id);
      }),
    delete: (id: number, revision: number): { id: number } =>
      session.tx(() => {
        if (!repo.delete(id, revision)) throw conflict(get(id));
        return { id };
      }),
    /** Open requests' deadlines, soonest first (the overview's dated things to act on). */
    deadlines(filter: { on?: string; customerId?: number } = {}): RequestDeadline[] {
      const on = filter.on ?? session.today();
      return repo.open(filter.customerId).map((r) => {
        const clock = requestClock({ receivedOn: r.receivedOn, extensionNotifiedOn: r.extensionNotifiedOn, closedOn: null, on });
        return {
          requestId: r.id,
          right: r.right,
          requesterName: r.requesterName,
          customerName: r.customerName,
          dueOn: clock.dueOn,
          targetOn: clock.targetOn,
          state: clock.state,
          daysLeft: clock.daysLeft ?? 0,
        };
      });
    },
    /**
     * Keeps a renamed customer's requests findable under the new name: the customers service calls
     * it in the same transaction as the update.
     */
    customerRenamed(customerId: number): void {
      repo.refreshCustomerText(customerId);
    },
  };
}

export type RequestsService = ReturnType<typeof createRequestsService>;
export const requestsService = (session: Session): RequestsService => createRequestsService(session);
