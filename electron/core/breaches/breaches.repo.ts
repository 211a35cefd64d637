import type {
  BreachCause,
  BreachNoticeVia,
  BreachRisk,
  BreachType,
  OtherAuthority,
  SubjectNoticeExemption,
} from '../../../shared/contract/breaches';
import type { OurRole } from '../../../shared/domain/enums';
import type { Db } from '../db/types';

/** A breach as stored, without its lists. */
export interface BreachRecord {
  id: number;
  revision: number;
  title: string;
  ourRole: OurRole;
  discoveredAt: string;
  occurredFrom: string | null;
  occurredTo: string | null;
  endedAt: string | null;
  breachTypes: BreachType[];
  cause: BreachCause;
  description: string;
  approxSubjects: number | null;
  approxRecords: number | null;
  specialCategories: boolean;
  likelyConsequences: string;
  risk: BreachRisk | null;
  riskRationale: string;
  measuresTaken: string;
  measuresPlanned: string;
  imyNotifiedAt: string | null;
  imyReference: string;
  imyDelayReason: string;
  subjectsInformedAt: string | null;
  subjectsMethod: string;
  subjectsExemption: SubjectNoticeExemption | null;
  dpoConsulted: boolean;
  lessonsLearned: string;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export type BreachWrite = Omit<BreachRecord, 'id' | 'revision' | 'createdAt' | 'updatedAt'> & {
  termIds: number[];
  serviceIds: number[];
  systemIds: number[];
  siteIds: number[];
  equipmentIds: number[];
  supplements: { at: string; summary: string }[];
  otherReports: { authority: OtherAuthority; at: string; reference: string; note: string }[];
};

/** A customer row of a breach: named by hand, or holding a notice (as processor). */
export interface CustomerRow {
  customerId: number;
  name: string;
  named: boolean;
  notifiedAt: string | null;
  notifiedVia: BreachNoticeVia | null;
  note: string;
}

export interface SiteLink {
  id: number;
  name: string;
  customerId: number;
  customerName: string;
}

export interface EquipmentLink {
  id: number;
  hostname: string;
  make: string;
  model: string;
  serialNumber: string;
  customerId: number;
  customerName: string;
  siteName: string | null;
}

/** Everything a breach links to, read in one go. */
export interface BreachLinks {
  termIds: number[];
  customers: CustomerRow[];
  serviceIds: number[];
  systemIds: number[];
  sites: SiteLink[];
  equipment: EquipmentLink[];
  supplements: { at: string; summary: string }[];
  otherReports: { authority: OtherAuthority; at: string; reference: string; note: string }[];
}

interface BreachRow {
  id: number;
  revision: number;
  title: string;
  our_role: OurRole;
  discovered_at: string;
  occurred_from: string | null;
  occurred_to: string | null;
  ended_at: string | null;
  breach_types: string;
  cause: BreachCause;
  description: string;
  approx_subjects: number | null;
  approx_records: number | null;
  special_categories: 0 | 1;
  likely_consequences: string;
  risk: BreachRisk | null;
  risk_rationale: string;
  measures_taken: string;
  measures_planned: string;
  imy_notified_at: string | null;
  imy_reference: string;
  imy_delay_reason: string;
  subjects_informed_at: string | null;
  subjects_method: string;
  subjects_exemption: SubjectNoticeExemption | null;
  dpo_consulted: 0 | 1;
  lessons_learned: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

const toRecord = (r: BreachRow): BreachRecord => ({
  id: r.id,
  revision: r.revision,
  title: r.title,
  ourRole: r.our_role,
  discoveredAt: r.discovered_at,
  occurredFrom: r.occurred_from,
  occurredTo: r.occurred_to,
  endedAt: r.ended_at,
  breachTypes: (JSON.parse(r.breach_types) as BreachType[] | null) ?? [],
  cause: r.cause,
  description: r.description,
  approxSubjects: r.approx_subjects,
  approxRecords: r.approx_records,
  specialCategories: r.special_categories === 1,
  likelyConsequences: r.likely_consequences,
  risk: r.risk,
  riskRationale: r.risk_rationale,
  measuresTaken: r.measures_taken,
  measuresPlanned: r.measures_planned,
  imyNotifiedAt: r.imy_notified_at,
  imyReference: r.imy_reference,
  imyDelayReason: r.imy_delay_reason,
  subjectsInformedAt: r.subjects_informed_at,
  subjectsMethod: r.subjects_method,
  subjectsExemption: r.subjects_exemption,
  dpoConsulted: r.dpo_consulted === 1,
  lessonsLearned: r.lessons_learned,
  closedOn: r.closed_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = `title = @title, our_role = @ourRole, discovered_at = @discoveredAt, occurred_from = @occurredFrom,
  occurred_to = @occurredTo, ended_at = @endedAt, breach_types = @breachTypes, cause = @cause, description = @description,
  approx_subjects = @approxSubjects, approx_records = @approxRecords, special_categories = @specialCategories,
  likely_consequences = @likelyConsequences, risk = @risk, risk_rationale = @riskRationale, measures_taken = @measuresTaken,
  measures_planned = @measuresPlanned, imy_notified_at = @imyNotifiedAt, imy_reference = @imyReference,
  imy_delay_reason = @imyDelayReason, subjects_informed_at = @subjectsInformedAt, subjects_method = @subjectsMethod,
  subjects_exemption = @subjectsExemption, dpo_consulted = @dpoConsulted, lessons_learned = @lessonsLearned,
  closed_on = @closedOn, search_text = @searchText, updated_at = @now`;

/** The breach log and its lists; reads the names of what it links to (customers, sites, devices) with them. */
export function createBreachesRepo(db: Db) {
  const selectAll = db.prepare('SELECT * FROM breaches ORDER BY id');
  const selectOne = db.prepare('SELECT * FROM breaches WHERE id = ?');
  const selectSearch = db.prepare(`SELECT id FROM breaches WHERE search_text LIKE ? ESCAPE '\\'`);
  const insert = db.prepare(`INSERT INTO breaches (title, our_role, discovered_at, occurred_from, occurred_to, ended_at, breach_types,
      cause, description, approx_subjects, approx_records, special_categories, likely_consequences, risk, risk_rationale,
      measures_taken, measures_planned, imy_notified_at, imy_reference, imy_delay_reason, subjects_informed_at, subjects_method,
      subjects_exemption, dpo_consulted, lessons_learned, closed_on, search_text, created_at, updated_at)
    VALUES (@title, @ourRole, @discoveredAt, @occurredFrom, @occurredTo, @endedAt, @breachTypes, @cause, @description,
      @approxSubjects, @approxRecords, @specialCategories, @likelyConsequences, @risk, @riskRationale, @measuresTaken,
      @measuresPlanned, @imyNotifiedAt, @imyReference, @imyDelayReason, @subjectsInformedAt, @subjectsMethod, @subjectsExemption,
      @dpoConsulted, @lessonsLearned, @closedOn, @searchText, @now, @now)`);
  const update = db.prepare(`UPDATE breaches SET revision = revision + 1, ${COLUMNS} WHERE id = @id AND revision = @revision`);
  const touch = db.prepare('UPDATE breaches SET revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?');
  const setSearchText = db.prepare('UPDATE breaches SET search_text = ? WHERE id = ? AND search_text IS NOT ?');
  const remove = db.prepare('DELETE FROM breaches WHERE id = ? AND revision = ?');

  // The lists: one statement per list for one breach, one for all (the list and the clocks read every breach).
  const lists = {
    terms: { sql: 'SELECT t.breach_id, t.term_id FROM breach_terms t', order: '' },
    services: { sql: 'SELECT t.breach_id, t.service_id FROM breach_services t', order: '' },
    systems: { sql: 'SELECT t.breach_id, t.system_id FROM breach_systems t', order: '' },
    customers: {
      sql: `SELECT t.breach_id, t.customer_id, c.name, t.named, t.notified_at, t.notified_via, t.note
        FROM breach_customers t JOIN customers c ON c.id = t.customer_id`,
      order: '',
    },
    sites: {
      sql: `SELECT t.breach_id, s.id, s.name, s.customer_id, c.name AS customer_name
        FROM breach_sites t JOIN sites s ON s.id = t.site_id JOIN customers c ON c.id = s.customer_id`,
      order: '',
    },
    equipment: {
      sql: `SELECT t.breach_id, e.id, e.hostname, e.make, e.model, e.serial_number, e.customer_id, c.name AS customer_name,
          s.name AS site_name
        FROM breach_equipment t JOIN equipment e ON e.id = t.equipment_id JOIN customers c ON c.id = e.customer_id
        LEFT JOIN sites s ON s.id = e.site_id`,
      order: '',
    },
    supplements: { sql: 'SELECT t.breach_id, t.at, t.summary FROM breach_supplements t', order: ' ORDER BY t.at, t.id' },
    reports: { sql: 'SELECT t.breach_id, t.authority, t.at, t.reference, t.note FROM breach_reports t', order: ' ORDER BY t.at, t.id' },
  };
  type Lists = Record<keyof typeof lists, { all(...params: unknown[]): unknown[] }>;
  const statements = (one: boolean): Lists =>
    Object.fromEntries(
      Object.entries(lists).map(([k, l]) => [k, db.prepare(`${l.sql}${one ? ' WHERE t.breach_id = ?' : ''}${l.order}`)]),
    ) as unknown as Lists;
  const forOne = statements(true);
  const forAll = statements(false);

  const clear = [
    'breach_terms',
    'breach_services',
    'breach_systems',
    'breach_sites',
    'breach_equipment',
    'breach_supplements',
    'breach_reports',
  ].map((t) => db.prepare(`DELETE FROM ${t} WHERE breach_id = ?`));
  const addTerm = db.prepare('INSERT OR IGNORE INTO breach_terms (breach_id, term_id) VALUES (?, ?)');
  const addService = db.prepare('INSERT OR IGNORE INTO breach_services (breach_id, service_id) VALUES (?, ?)');
  const addSystem = db.prepare('INSERT OR IGNORE INTO breach_systems (breach_id, system_id) VALUES (?, ?)');
  const addSite = db.prepare('INSERT OR IGNORE INTO breach_sites (breach_id, site_id) VALUES (?, ?)');
  const addEquipment = db.prepare('INSERT OR IGNORE INTO breach_equipment (breach_id, equipment_id) VALUES (?, ?)');
  const addSupplement = db.prepare('INSERT INTO breach_supplements (breach_id, at, summary) VALUES (?, ?, ?)');
  const addReport = db.prepare('INSERT INTO breach_reports (breach_id, authority, at, reference, note) VALUES (?, ?, ?, ?, ?)');

  const insertCustomer = db.prepare('INSERT INTO breach_customers (breach_id, customer_id, named) VALUES (?, ?, ?)');
  const setNamed = db.prepare('UPDATE breach_customers SET named = ? WHERE breach_id = ? AND customer_id = ? AND named IS NOT ?');
  const deleteCustomer = db.prepare('DELETE FROM breach_customers WHERE breach_id = ? AND customer_id = ?');
  const setNotice = db.prepare(`UPDATE breach_customers SET notified_at = @notifiedAt, notified_via = @via, note = @note
    WHERE breach_id = @id AND customer_id = @customerId`);

  // Which of the given ids exist (the links must name records of the register).
  const existing = (table: 'customers' | 'sites' | 'equipment') =>
    db.prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`);
  const exists = { customers: existing('customers'), sites: existing('sites'), equipment: existing('equipment') };
  const customerName = db.prepare('SELECT name FROM customers WHERE id = ?');
  const touchingCustomer = db.prepare(`SELECT breach_id FROM breach_customers WHERE customer_id = @c
    UNION SELECT bs.breach_id FROM breach_sites bs JOIN sites s ON s.id = bs.site_id WHERE s.customer_id = @c
    UNION SELECT be.breach_id FROM breach_equipment be JOIN equipment e ON e.id = be.equipment_id WHERE e.customer_id = @c`);

  const emptyLinks = (): BreachLinks => ({
    termIds: [],
    customers: [],
    serviceIds: [],
    systemIds: [],
    sites: [],
    equipment: [],
    supplements: [],
    otherReports: [],
  });

  type Row = Record<string, unknown> & { breach_id: number };
  function group(statements: Lists, id?: number): Map<number, BreachLinks> {
    const rows = (statement: { all(...params: unknown[]): unknown[] }) => (id === undefined ? statement.all() : statement.all(id)) as Row[];
    const out = new Map<number, BreachLinks>();
    const of = (breachId: number) => {
      let l = out.get(breachId);
      if (!l) out.set(breachId, (l = emptyLinks()));
      return l;
    };
    for (const r of rows(statements.terms)) of(r.breach_id).termIds.push(r.term_id as number);
    for (const r of rows(statements.services)) of(r.breach_id).serviceIds.push(r.service_id as number);
    for (const r of rows(statements.systems)) of(r.breach_id).systemIds.push(r.system_id as number);
    for (const r of rows(statements.customers)) {
      of(r.breach_id).customers.push({
        customerId: r.customer_id as number,
        name: r.name as string,
        named: r.named === 1,
        notifiedAt: r.notified_at as string | null,
        notifiedVia: r.notified_via as BreachNoticeVia | null,
        note: r.note as string,
      });
    }
    for (const r of rows(statements.sites)) {
      of(r.breach_id).sites.push({
        id: r.id as number,
        name: r.name as string,
        customerId: r.customer_id as number,
        customerName: r.customer_name as string,
      });
    }
    for (const r of rows(statements.equipment)) {
      of(r.breach_id).equipment.push({
        id: r.id as number,
        hostname: r.hostname as string,
        make: r.make as string,
        model: r.model as string,
        serialNumber: r.serial_number as string,
        customerId: r.customer_id as number,
        customerName: r.customer_name as string,
        siteName: r.site_name as string | null,
      });
    }
    for (const r of rows(statements.supplements)) of(r.breach_id).supplements.push({ at: r.at as string, summary: r.summary as string });
    for (const r of rows(statements.reports)) {
      of(r.breach_id).otherReports.push({
        authority: r.authority as OtherAuthority,
        at: r.at as string,
        reference: r.reference as string,
        note: r.note as string,
      });
    }
    return out;
  }

  const params = (b: BreachWrite, searchText: string, now: string) => ({
    title: b.title,
    ourRole: b.ourRole,
    discoveredAt: b.discoveredAt,
    occurredFrom: b.occurredFrom,
    occurredTo: b.occurredTo,
    endedAt: b.endedAt,
    breachTypes: JSON.stringify(b.breachTypes),
    cause: b.cause,
    description: b.description,
    approxSubjects: b.approxSubjects,
    approxRecords: b.approxRecords,
    specialCategories: b.specialCategories ? 1 : 0,
    likelyConsequences: b.likelyConsequences,
    risk: b.risk,
    riskRationale: b.riskRationale,
    measuresTaken: b.measuresTaken,
    measuresPlanned: b.measuresPlanned,
    imyNotifiedAt: b.imyNotifiedAt,
    imyReference: b.imyReference,
    imyDelayReason: b.imyDelayReason,
    subjectsInformedAt: b.subjectsInformedAt,
    subjectsMethod: b.subjectsMethod,
    subjectsExemption: b.subjectsExemption,
    dpoConsulted: b.dpoConsulted ? 1 : 0,
    lessonsLearned: b.lessonsLearned,
    closedOn: b.closedOn,
    searchText,
    now,
  });

  /** The child tables are rewritten whole: they hold nothing of their own beyond what the form sends. */
  function writeLists(id: number, b: BreachWrite): void {
    for (const statement of clear) statement.run(id);
    for (const t of new Set(b.termIds)) addTerm.run(id, t);
    for (const s of new Set(b.serviceIds)) addService.run(id, s);
    for (const s of new Set(b.systemIds)) addSystem.run(id, s);
    for (const s of new Set(b.siteIds)) addSite.run(id, s);
    for (const e of new Set(b.equipmentIds)) addEquipment.run(id, e);
    for (const s of b.supplements) addSupplement.run(id, s.at, s.summary);
    for (const r of b.otherReports) addReport.run(id, r.authority, r.at, r.reference, r.note);
  }

  return {
    all: (): BreachRecord[] => (selectAll.all() as BreachRow[]).map(toRecord),
    get(id: number): BreachRecord | null {
      const r = selectOne.get(id) as BreachRow | undefined;
      return r ? toRecord(r) : null;
    },
    /** Ids of the breaches whose folded search text contains the pattern (likeContains). */
    searchIds: (pattern: string): Set<number> => new Set((selectSearch.all(pattern) as { id: number }[]).map((r) => r.id)),
    links: (id: number): BreachLinks => group(forOne, id).get(id) ?? emptyLinks(),
    allLinks: (): Map<number, BreachLinks> => group(forAll),
    emptyLinks,
    insert(b: BreachWrite, searchText: string, now: string): number {
      const id = Number(insert.run(params(b, searchText, now)).lastInsertRowid);
      writeLists(id, b);
      return id;
    },
    update(id: number, revision: number, b: BreachWrite, searchText: string, now: string): boolean {
      if (update.run({ ...params(b, searchText, now), id, revision }).changes !== 1) return false;
      writeLists(id, b);
      return true;
    },
    /** A new revision for a change to one of its rows (a customer's notice). */
    touch: (id: number, revision: number, now: string): boolean => touch.run(now, id, revision).changes === 1,
    setSearchText: (id: number, text: string): void => void setSearchText.run(text, id, text),
    delete: (id: number, revision: number): boolean => remove.run(id, revision).changes === 1,
    insertCustomer: (id: number, customerId: number, named: boolean): void => void insertCustomer.run(id, customerId, named ? 1 : 0),
    setNamed: (id: number, customerId: number, named: boolean): void => void setNamed.run(named ? 1 : 0, id, customerId, named ? 1 : 0),
    deleteCustomer: (id: number, customerId: number): void => void deleteCustomer.run(id, customerId),
    setNotice: (p: { id: number; customerId: number; notifiedAt: string | null; via: BreachNoticeVia | null; note: string }): void =>
      void setNotice.run(p),
    /** The ids among `ids` that are not in the table. */
    missing(table: 'customers' | 'sites' | 'equipment', ids: readonly number[]): number[] {
      if (ids.length === 0) return [];
      const found = new Set((exists[table].all(JSON.stringify([...new Set(ids)])) as { id: number }[]).map((r) => r.id));
      return ids.filter((i) => !found.has(i));
    },
    customerName: (customerId: number): string | null => (customerName.get(customerId) as { name: string } | undefined)?.name ?? null,
    /** Breaches that name the customer or link one of its sites or devices. */
    touchingCustomer: (customerId: number): number[] =>
      (touchingCustomer.all({ c: customerId }) as { breach_id: number }[]).map((r) => r.breach_id),
  };
}

export type BreachesRepo = ReturnType<typeof createBreachesRepo>;
