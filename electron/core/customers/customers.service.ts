import type { z } from 'zod';
import type { Customer, customerFields, customerListInput } from '../../../shared/contract';
import { conflict, notFound } from '../errors';
import type { CustomersRepo } from './customers.repo';

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
    list: (query: z.output<typeof customerListInput>) => repo.list(query),
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
