import type { z } from 'zod';
import { AGREEMENT_OVERDUE_DAYS, type Customer, type customerFields, type customerListInput } from '../../../shared/contract';
import { conflict, notFound } from '../errors';
import type { AgreementListOptions, CustomersRepo } from './customers.repo';

/** The date before which a sent, unsigned agreement counts as overdue. */
function overdueBefore(now: string): string {
  const d = new Date(now);
  d.setUTCDate(d.getUTCDate() - AGREEMENT_OVERDUE_DAYS);
  return d.toISOString().slice(0, 10);
}

type Fields = z.output<typeof customerFields>;

export function createCustomersService(repo: CustomersRepo, tx: <T>(fn: () => T) => T, now: () => string) {
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
    /** Without `agreements`, sent agreements count as overdue after 30 days from today (UTC). */
    list: (query: z.output<typeof customerListInput>, agreements?: AgreementListOptions) =>
      repo.list(query, agreements ?? { overdueBefore: overdueBefore(now()), outOfDateIds: [] }),
    count: () => repo.count(),
    create: (fields: Fields): Customer => tx(() => get(repo.insert(fields, now()))),
    update: (id: number, revision: number, fields: Fields): Customer =>
      tx(() => {
        ensureWritten(repo.update(id, revision, fields, now()), id);
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
