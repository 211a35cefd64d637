import path from 'node:path';
import type { Db } from './db/types';
import { openRegisterDb, schemaVersion } from './db/open';
import { createCustomersRepo } from './customers/customers.repo';
import { createCustomersService, type CustomersService } from './customers/customers.service';
import { createOrganisationRepo } from './organisation/organisation.repo';
import { createOrganisationService, type OrganisationService } from './organisation/organisation.service';
import { createRecorder, type Actor, type Recorder } from './history/recorder';
import type { Clock } from './ports';

/** One open register: its database and the services over it. No globals; close() ends it. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Sweden (domain.md §7.3: dates are Europe/Stockholm calendar dates). */
export function stockholmDate(instant: Date): string {
  return STOCKHOLM_DATE.format(instant);
}

export interface Session {
  path: string;
  db: Db;
  tx<T>(fn: () => T): T;
  /** Records every change in the change history, in the change's own transaction. */
  history: Recorder;
  /** A history entry about the register itself: created, restored from a backup, imported. */
  recordEvent(action: 'create' | 'restore', name: string): void;
  organisation: OrganisationService;
  customers: CustomersService;
  /** ISO timestamp from the core's clock. */
  now(): string;
  /** Today's date in Sweden (YYYY-MM-DD) from the core's clock. */
  today(): string;
  /**
   * The feature service built by `factory` for this register, created once and then reused.
   * Features compose this way (a service calls `session.use(otherServiceFactory)`), with no
   * central list to edit and no globals.
   */
  use<T>(factory: (session: Session) => T): T;
  schemaVersion(): number;
  counts(): Record<string, number>;
  close(): void;
}

const NOBODY: Actor = { osUser: '', displayName: '' };

export function openSession(
  filePath: string,
  clock: Clock,
  options: { create?: boolean; nativeBinding?: string; actor?: () => Actor } = {},
): Session {
  const db: Db = openRegisterDb(filePath, { create: options.create, now: clock.now(), nativeBinding: options.nativeBinding });
  const now = () => clock.now().toISOString();
  let history: Recorder;
  try {
    history = createRecorder(db, { now, actor: options.actor ?? (() => NOBODY) });
  } catch (error) {
    db.close();
    throw error;
  }
  const tx = <T>(fn: () => T): T => db.transaction(fn)();
  const organisation = createOrganisationService(createOrganisationRepo(db), now, tx);
  // Its `use` runs only in calls, once `session` below exists.
  const customers = createCustomersService(createCustomersRepo(db), tx, now, (factory) => session.use(factory));
  const services = new Map<(session: Session) => unknown, unknown>();
  const session: Session = {
    path: path.resolve(filePath),
    db,
    tx,
    history,
    recordEvent: (action, name) => history.recordEvent(action, name),
    organisation,
    customers,
    now,
    today: () => stockholmDate(clock.now()),
    use<T>(factory: (session: Session) => T): T {
      if (!services.has(factory)) services.set(factory, factory(session));
      return services.get(factory) as T;
    },
    schemaVersion: () => schemaVersion(db),
    /** Row counts per entity, keyed by camelCase plural names (`npm run cli -- info`). */
    counts: (): Record<string, number> => {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return {
        customers: count('customers'),
        contactPersons: count('contact_persons'),
        activities: count('activities'),
        purposes: count('activity_purposes'),
        services: count('services'),
        subscriptions: count('subscriptions'),
        subprocessors: count('subprocessors'),
        systems: count('systems'),
        retentionRules: count('retention_rules'),
        securityMeasures: count('security_measures'),
        vocabularyTerms: count('vocabulary_terms'),
        agreements: count('agreements'),
        sites: count('sites'),
        equipment: count('equipment'),
      };
    },
    close: () => {
      // Fold the WAL back into the file so a copied .forteckna is complete on its own.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
  return session;
}
