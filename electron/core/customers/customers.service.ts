import type { z } from 'zod';
import type { Customer, CustomerSummary, customerFields, customerListInput } from '../../../shared/contract';
import { agreementsService } from '../agreements/agreements.service';
import { breachesService } from '../breaches/breaches.service';
import { conflict, notFound } from '../errors';
import { requestsService } from '../requests/requests.service';
import type { Session } from '../session';
import { sitesService } from '../sites/sites.service';
import type { CustomersRepo } from './customers.repo';

type Fields = z.output<typeof customerFields>;

/** `use` is the session's: the list asks the agreements service for each row's state, an update the sites service. */
export function createCustomersService(repo: CustomersRepo, tx: <T>(fn: () => T) => T, now: () => string, use: Session['use']) {
  function get(id: number): Customer {
    const customer = repo.get(id);
    if (!customer) throw notFound(`Customer ${id}`);
    return customer;
  }

  /** Stale revision → CONFLICT carrying the row as it is now; missing row → NOT_FOUND. */
  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  return {
    get,
    /** With each row's PUB-avtal state, overdue and out of date included (they need today and the register). */
    list(query: z.output<typeof customerListInput>): { total: number; totalIsCapped: boolean; items: CustomerSummary[] } {
      const agreements = use(agreementsService);
      const result = repo.list(query, agreements.customerListOptions(query));
      // Only the page's rows are checked (the filter above already knows them all when used).
      const outOfDate = agreements.outOfDateAmong(result.items.filter((c) => c.agreement.status !== 'none').map((c) => c.id));
      for (const item of result.items) {
        if (outOfDate.has(item.id)) item.agreement = { ...item.agreement, status: 'outOfDate' };
      }
      return result;
    },
    count: () => repo.count(),
    create: (fields: Fields): Customer => tx(() => get(repo.insert(fields, now()))),
    update: (id: number, revision: number, fields: Fields): Customer =>
      tx(() => {
        ensureWritten(repo.update(id, revision, fields, now()), id);
        use(sitesService).customerRenamed(id);
        use(requestsService).customerRenamed(id);
        use(breachesService).customerRenamed(id);
        return get(id);
      }),
    setArchived: (id: number, revision: number, archived: boolean): Customer =>
      tx(() => {
        const at = now();
        ensureWritten(repo.setArchived(id, revision, archived ? at : null, at), id);
        return get(id);
      }),
    delete: (id: number, revision: number): { id: number } =>
      tx(() => {
        ensureWritten(repo.delete(id, revision), id);
        return { id };
      }),
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
