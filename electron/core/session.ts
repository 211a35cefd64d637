import path from 'node:path';
import type { Db } from './db/types';
import { openRegisterDb, schemaVersion } from './db/open';
import { createCustomersRepo } from './customers/customers.repo';
import { createCustomersService, type CustomersService } from './customers/customers.service';
import { createOrganisationRepo } from './organisation/organisation.repo';
import { createOrganisationService, type OrganisationService } from './organisation/organisation.service';
import type { Clock } from './ports';

/** One open register: its database and the services over it. No globals; close() ends it. */
export interface Session {
  path: string;
  db: Db;
  tx<T>(fn: () => T): T;
  organisation: OrganisationService;
  customers: CustomersService;
  schemaVersion(): number;
  counts(): Record<string, number>;
  close(): void;
}

export function openSession(
  filePath: string,
  clock: Clock,
  options: { create?: boolean; nativeBinding?: string } = {},
): Session {
  const db: Db = openRegisterDb(filePath, { create: options.create, now: clock.now(), nativeBinding: options.nativeBinding });
  const now = () => clock.now().toISOString();
  const tx = <T>(fn: () => T): T => db.transaction(fn)();
  const organisation = createOrganisationService(createOrganisationRepo(db), now);
  const customers = createCustomersService(createCustomersRepo(db), tx, now);
  return {
    path: path.resolve(filePath),
    db,
    tx,
    organisation,
    customers,
    schemaVersion: () => schemaVersion(db),
    /** Row counts per entity, keyed by camelCase plural names (`npm run cli -- info`). */
    counts: (): Record<string, number> => {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { customers: count('customers'), contactPersons: count('contact_persons') };
    },
    close: () => {
      // Fold the WAL back into the file so a copied .forteckna is complete on its own.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
