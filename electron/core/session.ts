import path from 'node:path';
import type { Db } from './db/types';
import { checksInline, openRegisterDb, quickCheck, schemaVersion } from './db/open';
import { createCustomersRepo } from './customers/customers.repo';
import { createCustomersService, type CustomersService } from './customers/customers.service';
import { createOrganisationRepo } from './organisation/organisation.repo';
import { createOrganisationService, type OrganisationService } from './organisation/organisation.service';
import { createRecorder, type Actor, type Recorder } from './history/recorder';
import type { Clock } from './ports';
import type { RegisterKey } from './register/cipher';
import type { OwnerLock } from './register/owner-lock';
import type { ReadOnlyState } from '../../shared/contract';

/** One open register: its database and the services over it. No globals; close() ends it. */
import { stockholmDate } from '../../shared/dates';

export { stockholmDate };

const STOCKHOLM_MINUTE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** '2026-12-02 13:05' in Swedish time, for messages and listings. */
export function stockholmMinute(instant: Date): string {
  return STOCKHOLM_MINUTE.format(instant);
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
  /** Null while the register can be changed; why it cannot otherwise (RegisterInfo.readOnly). */
  readOnly(): ReadOnlyState | null;
  /** From now on nothing is written (query_only): the file turned out damaged. */
  makeReadOnly(state: ReadOnlyState): void;
  /** The key of an encrypted register; null for a plain one. */
  key: RegisterKey | null;
  /** The owner lock this session holds (none when read-only). */
  lock: OwnerLock | undefined;
  /** `keepLock`: the file is about to be replaced and reopened by the same owner (a password change). */
  close(options?: { keepLock?: boolean }): void;
}

const NOBODY: Actor = { osUser: '', displayName: '' };

export interface SessionOptions {
  create?: boolean;
  nativeBinding?: string;
  actor?: () => Actor;
  /** Open without changing anything (and without the owner lock, which the caller takes otherwise). */
  readOnly?: ReadOnlyState;
  /** Checked with quick_check during the open when at most this big (see db/open.ts). */
  quickCheckMaxBytes?: number;
  /** The owner lock taken for this session: released when it closes. */
  lock?: OwnerLock;
  /** Open (or create) the register encrypted with this key. */
  key?: RegisterKey | null;
}

export function openSession(filePath: string, clock: Clock, options: SessionOptions = {}): Session {
  let db: Db;
  try {
    db = openRegisterDb(filePath, {
      create: options.create,
      now: clock.now(),
      nativeBinding: options.nativeBinding,
      readOnly: options.readOnly !== undefined,
      quickCheckMaxBytes: options.quickCheckMaxBytes,
      key: options.key ?? null,
    });
  } catch (error) {
    options.lock?.release();
    throw error;
  }
  const now = () => clock.now().toISOString();
  // The plain transaction, before the recorder wraps it: a read-only session reads in these
  // (the recorder's bookkeeping writes TEMP tables, which query_only refuses too).
  const plainTransaction = db.transaction.bind(db);
  let history: Recorder;
  let readOnly: ReadOnlyState | null = options.readOnly ?? null;
  try {
    history = createRecorder(db, { now, actor: options.actor ?? (() => NOBODY) });
    // After the recorder's TEMP setup: from here on the connection changes nothing.
    if (readOnly) db.pragma('query_only = ON');
    // Opened read-only, a damaged file is still opened (to read what can be read), and says so.
    if (readOnly && checksInline(filePath, options.quickCheckMaxBytes) && quickCheck(db).length) {
      readOnly = { reason: 'damaged', holder: null };
    }
  } catch (error) {
    db.close();
    options.lock?.release();
    throw error;
  }
  const tx = <T>(fn: () => T): T => (readOnly ? plainTransaction(fn)() : db.transaction(fn)());
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
        requests: count('dsr_requests'),
        breaches: count('breaches'),
      };
    },
    readOnly: () => readOnly,
    makeReadOnly(state) {
      readOnly = state;
      db.pragma('query_only = ON');
    },
    key: options.key ?? null,
    lock: options.lock,
    close: (closeOptions = {}) => {
      try {
        // Fold the WAL back into the file so a copied .forteckna is complete on its own (not
        // from a read-only session: the file is someone else's to write, or damaged).
        if (!readOnly) db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A damaged or busy file still closes.
      } finally {
        db.close();
        if (!closeOptions.keepLock) options.lock?.release();
      }
    },
  };
  return session;
}
