import type { z } from 'zod';
import type { subscriptionFields } from '../../../shared/contract';
import type { Db } from '../db/types';

export type SubscriptionFieldsOut = z.output<typeof subscriptionFields>;

/** A subscription as stored, with the names the lists show and its per-customer changes. */
export interface SubscriptionRecord {
  id: number;
  revision: number;
  customerId: number;
  customerName: string;
  customerSortKey: string;
  serviceId: number;
  serviceName: string;
  startDate: string;
  endDate: string | null;
  notes: string;
  addedTermIds: number[];
  removedTermIds: number[];
  addedSubprocessorIds: number[];
  removedSubprocessorIds: number[];
  updatedAt: string;
}

/** An active subscription with what the Art. 30(2) register needs about the customer. */
export interface ActiveSubscription {
  id: number;
  customerId: number;
  serviceId: number;
  startDate: string;
  endDate: string | null;
  customerName: string;
  customerLegalForm: 'company' | 'sole_trader';
  customerOrgNr: string;
  customerSortKey: string;
  dpo: { name: string; email: string; phone: string };
  /** The first contact person, if any. */
  contact: { name: string; role: string; email: string; phone: string } | null;
}

export interface SubscriptionChanges {
  addedTermIds: number[];
  removedTermIds: number[];
  addedSubprocessorIds: number[];
  removedSubprocessorIds: number[];
}

interface Row {
  id: number;
  revision: number;
  customer_id: number;
  customer_name: string;
  customer_sort_key: string;
  service_id: number;
  service_name: string;
  start_date: string;
  end_date: string | null;
  notes: string;
  updated_at: string;
}

interface ActiveRow {
  id: number;
  customer_id: number;
  service_id: number;
  start_date: string;
  end_date: string | null;
  customer_name: string;
  legal_form: 'company' | 'sole_trader';
  org_nr: string;
  sort_key: string;
  dpo_name: string;
  dpo_email: string;
  dpo_phone: string;
  contact: string | null;
}

interface ChangeRow {
  subscription_id: number;
  ref_id: number;
  change: 'add' | 'remove';
  kind: 'term' | 'subprocessor';
}

const SELECT = `SELECT s.id, s.revision, s.customer_id, c.name AS customer_name, c.sort_key AS customer_sort_key,
    s.service_id, v.name AS service_name, s.start_date, s.end_date, s.notes, s.updated_at
  FROM subscriptions s JOIN customers c ON c.id = s.customer_id JOIN services v ON v.id = s.service_id`;

const ACTIVE = `s.start_date <= @onDate AND (s.end_date IS NULL OR s.end_date >= @onDate)`;

const CHANGES = `SELECT subscription_id, term_id AS ref_id, change, 'term' AS kind FROM subscription_term_changes
  UNION ALL SELECT subscription_id, subprocessor_id AS ref_id, change, 'subprocessor' AS kind FROM subscription_subprocessor_changes`;

function emptyChanges(): SubscriptionChanges {
  return { addedTermIds: [], removedTermIds: [], addedSubprocessorIds: [], removedSubprocessorIds: [] };
}

function collect(rows: ChangeRow[]): Map<number, SubscriptionChanges> {
  const out = new Map<number, SubscriptionChanges>();
  for (const r of rows) {
    let c = out.get(r.subscription_id);
    if (!c) out.set(r.subscription_id, (c = emptyChanges()));
    const list =
      r.kind === 'term'
        ? r.change === 'add'
          ? c.addedTermIds
          : c.removedTermIds
        : r.change === 'add'
          ? c.addedSubprocessorIds
          : c.removedSubprocessorIds;
    list.push(r.ref_id);
  }
  return out;
}

/** All SQL of subscriptions and their change tables (reads join customers and services for names). */
export function createSubscriptionsRepo(db: Db) {
  const selectOne = db.prepare(`${SELECT} WHERE s.id = ?`);
  // Separate statements per filter, so that a single customer's rows come from its index rather
  // than a scan of every subscription (`@x IS NULL OR …` would keep SQLite from using it).
  const selectAll = db.prepare(SELECT);
  const selectByCustomer = db.prepare(`${SELECT} WHERE s.customer_id = @customerId AND (@serviceId IS NULL OR s.service_id = @serviceId)`);
  const selectByService = db.prepare(`${SELECT} WHERE s.service_id = @serviceId`);
  const changesOne = db.prepare(`SELECT * FROM (${CHANGES}) WHERE subscription_id = ?`);
  const changesAll = db.prepare(`SELECT * FROM (${CHANGES})`);
  const changesOfCustomer = db.prepare(`SELECT ch.* FROM subscriptions s JOIN (${CHANGES}) ch ON ch.subscription_id = s.id
    WHERE s.customer_id = ?`);
  const changesActive = db.prepare(`SELECT ch.* FROM (${CHANGES}) ch JOIN subscriptions s ON s.id = ch.subscription_id
    WHERE ${ACTIVE}`);
  const changesActiveOfCustomer = db.prepare(`SELECT ch.* FROM subscriptions s JOIN (${CHANGES}) ch ON ch.subscription_id = s.id
    WHERE s.customer_id = @customerId AND ${ACTIVE}`);
  const activeColumns = `SELECT s.id, s.customer_id, s.service_id, s.start_date, s.end_date,
      c.name AS customer_name, c.legal_form, c.org_nr, c.sort_key, c.dpo_name, c.dpo_email, c.dpo_phone,
      (SELECT json_array(p.name, p.role, p.email, p.phone) FROM contact_persons p
        WHERE p.customer_id = c.id ORDER BY p.position, p.id LIMIT 1) AS contact
    FROM subscriptions s JOIN customers c ON c.id = s.customer_id`;
  const selectActive = db.prepare(`${activeColumns} WHERE ${ACTIVE} ORDER BY c.sort_key, c.id, s.id`);
  const selectActiveOfCustomer = db.prepare(`${activeColumns} WHERE s.customer_id = @customerId AND ${ACTIVE} ORDER BY s.id`);
  const insert = db.prepare(`INSERT INTO subscriptions (customer_id, service_id, start_date, end_date, notes,
      created_at, updated_at) VALUES (@customerId, @serviceId, @startDate, @endDate, @notes, @now, @now)`);
  const update = db.prepare(`UPDATE subscriptions SET revision = revision + 1, customer_id = @customerId,
      service_id = @serviceId, start_date = @startDate, end_date = @endDate, notes = @notes, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM subscriptions WHERE id = ? AND revision = ?');
  const clearTerms = db.prepare('DELETE FROM subscription_term_changes WHERE subscription_id = ?');
  const clearSubprocessors = db.prepare('DELETE FROM subscription_subprocessor_changes WHERE subscription_id = ?');
  const addTerm = db.prepare('INSERT OR IGNORE INTO subscription_term_changes (subscription_id, term_id, change) VALUES (?, ?, ?)');
  const addSubprocessor = db.prepare(
    'INSERT OR IGNORE INTO subscription_subprocessor_changes (subscription_id, subprocessor_id, change) VALUES (?, ?, ?)',
  );
  // A customer has a handful of subscriptions, a service thousands: `+service_id` keeps SQLite on
  // the customer index (without ANALYZE it would pick the service index and scan).
  const overlapping = db.prepare(`SELECT id FROM subscriptions
    WHERE customer_id = @customerId AND +service_id = @serviceId AND id IS NOT @excludeId
      AND start_date <= coalesce(@endDate, '9999-12-31') AND coalesce(end_date, '9999-12-31') >= @startDate
    LIMIT 1`);
  const customerExists = db.prepare('SELECT 1 FROM customers WHERE id = ?');

  function toRecord(r: Row, changes: SubscriptionChanges): SubscriptionRecord {
    return {
      id: r.id,
      revision: r.revision,
      customerId: r.customer_id,
      customerName: r.customer_name,
      customerSortKey: r.customer_sort_key,
      serviceId: r.service_id,
      serviceName: r.service_name,
      startDate: r.start_date,
      endDate: r.end_date,
      notes: r.notes,
      ...changes,
      updatedAt: r.updated_at,
    };
  }

  function writeChanges(id: number, f: SubscriptionFieldsOut): void {
    clearTerms.run(id);
    clearSubprocessors.run(id);
    for (const t of f.addedTermIds) addTerm.run(id, t, 'add');
    for (const t of f.removedTermIds) addTerm.run(id, t, 'remove');
    for (const s of f.addedSubprocessorIds) addSubprocessor.run(id, s, 'add');
    for (const s of f.removedSubprocessorIds) addSubprocessor.run(id, s, 'remove');
  }

  const params = (f: SubscriptionFieldsOut, now: string) => ({
    customerId: f.customerId,
    serviceId: f.serviceId,
    startDate: f.startDate,
    endDate: f.endDate,
    notes: f.notes,
    now,
  });

  return {
    get(id: number): SubscriptionRecord | null {
      const row = selectOne.get(id) as Row | undefined;
      if (!row) return null;
      return toRecord(row, collect(changesOne.all(id) as ChangeRow[]).get(id) ?? emptyChanges());
    },
    list(filter: { customerId?: number; serviceId?: number }): SubscriptionRecord[] {
      const params = { customerId: filter.customerId ?? null, serviceId: filter.serviceId ?? null };
      const rows = (
        filter.customerId !== undefined
          ? selectByCustomer.all(params)
          : filter.serviceId !== undefined
            ? selectByService.all(params)
            : selectAll.all()
      ) as Row[];
      const changes = collect(
        (filter.customerId !== undefined ? changesOfCustomer.all(filter.customerId) : changesAll.all()) as ChangeRow[],
      );
      return rows.map((r) => toRecord(r, changes.get(r.id) ?? emptyChanges()));
    },
    /** Subscriptions active on `onDate` (start ≤ date ≤ end), customer by customer in Swedish order. */
    active(onDate: string, customerId?: number): ActiveSubscription[] {
      const rows = (
        customerId === undefined ? selectActive.all({ onDate }) : selectActiveOfCustomer.all({ onDate, customerId })
      ) as ActiveRow[];
      return rows.map((r) => {
        const contact = r.contact ? (JSON.parse(r.contact) as [string, string, string, string]) : null;
        return {
          id: r.id,
          customerId: r.customer_id,
          serviceId: r.service_id,
          startDate: r.start_date,
          endDate: r.end_date,
          customerName: r.customer_name,
          customerLegalForm: r.legal_form,
          customerOrgNr: r.org_nr,
          customerSortKey: r.sort_key,
          dpo: { name: r.dpo_name, email: r.dpo_email, phone: r.dpo_phone },
          contact: contact ? { name: contact[0], role: contact[1], email: contact[2], phone: contact[3] } : null,
        };
      });
    },
    /** The changes of the subscriptions active on `onDate`, by subscription id. */
    activeChanges(onDate: string, customerId?: number): Map<number, SubscriptionChanges> {
      return collect(
        (customerId === undefined ? changesActive.all({ onDate }) : changesActiveOfCustomer.all({ onDate, customerId })) as ChangeRow[],
      );
    },
    insert(f: SubscriptionFieldsOut, now: string): number {
      const id = Number(insert.run(params(f, now)).lastInsertRowid);
      writeChanges(id, f);
      return id;
    },
    update(id: number, revision: number, f: SubscriptionFieldsOut, now: string): boolean {
      if (update.run({ ...params(f, now), id, revision }).changes !== 1) return false;
      writeChanges(id, f);
      return true;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
    /** Another subscription of the same customer to the same service whose period overlaps. */
    overlapping(
      f: Pick<SubscriptionFieldsOut, 'customerId' | 'serviceId' | 'startDate' | 'endDate'>,
      excludeId: number | null,
    ): number | null {
      const row = overlapping.get({ ...f, excludeId }) as { id: number } | undefined;
      return row?.id ?? null;
    },
    customerExists(id: number): boolean {
      return customerExists.get(id) !== undefined;
    },
  };
}

export type SubscriptionsRepo = ReturnType<typeof createSubscriptionsRepo>;
