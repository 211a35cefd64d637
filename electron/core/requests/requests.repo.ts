import type Database from 'better-sqlite3-multiple-ciphers';
import type { DsrChannel, DsrOutcome, DsrRight, DsrStatus, IdentityState, OurRole } from '../../../shared/contract';
import type { Db } from '../db/types';
import { requestSearchText } from './request-text';

type Statement = Database.Statement<unknown[]>;

/** What a request holds, as the service writes it (the contract's fields, normalised). */
export interface RequestWrite {
  right: DsrRight;
  receivedOn: string;
  channel: DsrChannel;
  requesterName: string;
  requesterContact: string;
  requestText: string;
  ourRole: OurRole;
  customerId: number | null;
  forwardedOn: string | null;
  customerInstruction: string;
  identity: IdentityState;
  identityMethod: string;
  identityCheckedOn: string | null;
  identityCheckedBy: string;
  activityIds: number[];
  systemIds: number[];
  searched: string;
  found: string;
  extensionReason: string;
  extensionNotifiedOn: string | null;
  status: DsrStatus;
  outcome: DsrOutcome | null;
  outcomeReason: string;
  feeSek: number | null;
  answeredOn: string | null;
  recipientsNotifiedOn: string | null;
  recipientsNote: string;
  notes: string;
}

/** The clock's dates kept on the row for sorting and filtering (computed by the service). */
export interface StoredDates {
  dueOn: string;
  targetOn: string;
}

export interface RequestRecord extends RequestWrite, StoredDates {
  id: number;
  revision: number;
  customerName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the deadlines need of an open request. */
export interface OpenRequest {
  id: number;
  right: DsrRight;
  requesterName: string;
  customerName: string | null;
  receivedOn: string;
  extensionNotifiedOn: string | null;
}

interface RequestRow {
  id: number;
  revision: number;
  right: DsrRight;
  received_on: string;
  channel: DsrChannel;
  requester_name: string;
  requester_contact: string;
  request_text: string;
  our_role: OurRole;
  customer_id: number | null;
  customer_name: string | null;
  forwarded_on: string | null;
  customer_instruction: string;
  identity: IdentityState;
  identity_method: string;
  identity_checked_on: string | null;
  identity_checked_by: string;
  activity_ids: string;
  system_ids: string;
  searched: string;
  found: string;
  extension_reason: string;
  extension_notified_on: string | null;
  status: DsrStatus;
  outcome: DsrOutcome | null;
  outcome_reason: string;
  fee_sek: number | null;
  answered_on: string | null;
  recipients_notified_on: string | null;
  recipients_note: string;
  notes: string;
  due_on: string;
  target_on: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (r: RequestRow): RequestRecord => ({
  id: r.id,
  revision: r.revision,
  right: r.right,
  receivedOn: r.received_on,
  channel: r.channel,
  requesterName: r.requester_name,
  requesterContact: r.requester_contact,
  requestText: r.request_text,
  ourRole: r.our_role,
  customerId: r.customer_id,
  customerName: r.customer_name,
  forwardedOn: r.forwarded_on,
  customerInstruction: r.customer_instruction,
  identity: r.identity,
  identityMethod: r.identity_method,
  identityCheckedOn: r.identity_checked_on,
  identityCheckedBy: r.identity_checked_by,
  activityIds: (JSON.parse(r.activity_ids) as number[] | null) ?? [],
  systemIds: (JSON.parse(r.system_ids) as number[] | null) ?? [],
  searched: r.searched,
  found: r.found,
  extensionReason: r.extension_reason,
  extensionNotifiedOn: r.extension_notified_on,
  status: r.status,
  outcome: r.outcome,
  outcomeReason: r.outcome_reason,
  feeSek: r.fee_sek,
  answeredOn: r.answered_on,
  recipientsNotifiedOn: r.recipients_notified_on,
  recipientsNote: r.recipients_note,
  notes: r.notes,
  dueOn: r.due_on,
  targetOn: r.target_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = `r.*, c.name AS customer_name,
  (SELECT json_group_array(activity_id) FROM (SELECT activity_id FROM dsr_request_activities
    WHERE dsr_request_id = r.id ORDER BY activity_id)) AS activity_ids,
  (SELECT json_group_array(system_id) FROM (SELECT system_id FROM dsr_request_systems
    WHERE dsr_request_id = r.id ORDER BY system_id)) AS system_ids`;
const FROM = 'dsr_requests r LEFT JOIN customers c ON c.id = r.customer_id';

/**
 * Closed for us: answered or refused, or (as processor) forwarded to the customer, whose request it
 * is to answer. Kept in step with the service's `closedOn`.
 */
export const CLOSED_SQL = `(r.status IN ('answered', 'refused') OR (r.our_role = 'processor' AND r.status = 'forwarded'))`;
/** The day a closed request was closed, for "newest first". */
const CLOSED_ON_SQL = 'COALESCE(r.answered_on, r.forwarded_on, r.received_on)';

export type ListFilter = 'open' | 'overdue' | 'due_soon' | 'closed' | 'all';

export interface ListQuery {
  filter: ListFilter;
  /** Folded words, each of which must occur in the search text. */
  words: string[];
  right?: DsrRight;
  ourRole?: OurRole;
  customerId?: number;
  /** The day the clocks are read on, and the last day that counts as "due soon". */
  on: string;
  dueSoonUntil: string;
  offset: number;
  limit: number;
}

/** Escapes a folded word for a LIKE pattern with ESCAPE '\'. */
const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** All SQL of the requests register and its links to activities and systems. */
export function createRequestsRepo(db: Db) {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[]>(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ?`);
  const byIds = db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id IN (SELECT value FROM json_each(?))`);
  const insert = db.prepare(`INSERT INTO dsr_requests (right, received_on, channel, requester_name, requester_contact, request_text,
      our_role, customer_id, forwarded_on, customer_instruction, identity, identity_method, identity_checked_on, identity_checked_by,
      searched, found, extension_reason, extension_notified_on, status, outcome, outcome_reason, fee_sek, answered_on,
      recipients_notified_on, recipients_note, notes, due_on, target_on, search_text, created_at, updated_at)
    VALUES (@right, @receivedOn, @channel, @requesterName, @requesterContact, @requestText, @ourRole, @customerId, @forwardedOn,
      @customerInstruction, @identity, @identityMethod, @identityCheckedOn, @identityCheckedBy, @searched, @found, @extensionReason,
      @extensionNotifiedOn, @status, @outcome, @outcomeReason, @feeSek, @answeredOn, @recipientsNotifiedOn, @recipientsNote, @notes,
      @dueOn, @targetOn, @searchText, @now, @now)`);
  const update = db.prepare(`UPDATE dsr_requests SET revision = revision + 1, right = @right, received_on = @receivedOn,
      channel = @channel, requester_name = @requesterName, requester_contact = @requesterContact, request_text = @requestText,
      our_role = @ourRole, customer_id = @customerId, forwarded_on = @forwardedOn, customer_instruction = @customerInstruction,
      identity = @identity, identity_method = @identityMethod, identity_checked_on = @identityCheckedOn,
      identity_checked_by = @identityCheckedBy, searched = @searched, found = @found, extension_reason = @extensionReason,
      extension_notified_on = @extensionNotifiedOn, status = @status, outcome = @outcome, outcome_reason = @outcomeReason,
      fee_sek = @feeSek, answered_on = @answeredOn, recipients_notified_on = @recipientsNotifiedOn,
      recipients_note = @recipientsNote, notes = @notes, due_on = @dueOn, target_on = @targetOn, search_text = @searchText,
      updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM dsr_requests WHERE id = ? AND revision = ?');
  const activitiesOf = db.prepare('SELECT activity_id AS id FROM dsr_request_activities WHERE dsr_request_id = ?');
  const addActivity = db.prepare('INSERT INTO dsr_request_activities (dsr_request_id, activity_id) VALUES (?, ?)');
  const dropActivity = db.prepare('DELETE FROM dsr_request_activities WHERE dsr_request_id = ? AND activity_id = ?');
  const systemsOf = db.prepare('SELECT system_id AS id FROM dsr_request_systems WHERE dsr_request_id = ?');
  const addSystem = db.prepare('INSERT INTO dsr_request_systems (dsr_request_id, system_id) VALUES (?, ?)');
  const dropSystem = db.prepare('DELETE FROM dsr_request_systems WHERE dsr_request_id = ? AND system_id = ?');
  const customerName = db.prepare('SELECT name FROM customers WHERE id = ?');
  // The activities feature has no lookup by id: the names are read here (read only, never written).
  const activityRefs = db.prepare('SELECT id, name FROM activities WHERE id IN (SELECT value FROM json_each(?))');
  const textOfCustomer =
    db.prepare(`SELECT r.id, r.requester_name, r.requester_contact, r.request_text, r.search_text, c.name AS customer_name
    FROM ${FROM} WHERE r.customer_id = ?`);
  const setText = db.prepare('UPDATE dsr_requests SET search_text = ? WHERE id = ?');
  const OPEN_COLUMNS = `r.id, r.right, r.requester_name AS requesterName, c.name AS customerName, r.received_on AS receivedOn,
    r.extension_notified_on AS extensionNotifiedOn`;
  const openRows = db.prepare(`SELECT ${OPEN_COLUMNS} FROM ${FROM} WHERE NOT ${CLOSED_SQL} ORDER BY r.due_on, r.id`);
  const openRowsOfCustomer = db.prepare(
    `SELECT ${OPEN_COLUMNS} FROM ${FROM} WHERE NOT ${CLOSED_SQL} AND r.customer_id = ? ORDER BY r.due_on, r.id`,
  );
  const counts = db.prepare(`SELECT
      coalesce(sum(NOT ${CLOSED_SQL}), 0) AS open,
      coalesce(sum(NOT ${CLOSED_SQL} AND r.due_on < @on), 0) AS overdue,
      coalesce(sum(NOT ${CLOSED_SQL} AND r.due_on >= @on AND r.due_on <= @until), 0) AS due_soon
    FROM dsr_requests r`);

  /** Only the links that changed are written, so the history lists what was added and removed. */
  function writeLinks(id: number, ids: readonly number[], current: Statement, add: Statement, drop: Statement): void {
    const before = new Set((current.all(id) as { id: number }[]).map((r) => r.id));
    const after = new Set(ids);
    for (const x of before) if (!after.has(x)) drop.run(id, x);
    for (const x of after) if (!before.has(x)) add.run(id, x);
  }

  const params = (w: RequestWrite, dates: StoredDates, searchText: string, now: string) => ({
    right: w.right,
    receivedOn: w.receivedOn,
    channel: w.channel,
    requesterName: w.requesterName,
    requesterContact: w.requesterContact,
    requestText: w.requestText,
    ourRole: w.ourRole,
    customerId: w.customerId,
    forwardedOn: w.forwardedOn,
    customerInstruction: w.customerInstruction,
    identity: w.identity,
    identityMethod: w.identityMethod,
    identityCheckedOn: w.identityCheckedOn,
    identityCheckedBy: w.identityCheckedBy,
    searched: w.searched,
    found: w.found,
    extensionReason: w.extensionReason,
    extensionNotifiedOn: w.extensionNotifiedOn,
    status: w.status,
    outcome: w.outcome,
    outcomeReason: w.outcomeReason,
    feeSek: w.feeSek,
    answeredOn: w.answeredOn,
    recipientsNotifiedOn: w.recipientsNotifiedOn,
    recipientsNote: w.recipientsNote,
    notes: w.notes,
    dueOn: dates.dueOn,
    targetOn: dates.targetOn,
    searchText,
    now,
  });

  function where(q: ListQuery): { sql: string; params: Record<string, string | number> } {
    const terms: string[] = [];
    const p: Record<string, string | number> = {};
    if (q.filter === 'open') terms.push(`NOT ${CLOSED_SQL}`);
    if (q.filter === 'closed') terms.push(CLOSED_SQL);
    if (q.filter === 'overdue') terms.push(`NOT ${CLOSED_SQL}`, 'r.due_on < @on');
    if (q.filter === 'due_soon') terms.push(`NOT ${CLOSED_SQL}`, 'r.due_on >= @on', 'r.due_on <= @until');
    if (q.filter === 'overdue' || q.filter === 'due_soon') p.on = q.on;
    if (q.filter === 'due_soon') p.until = q.dueSoonUntil;
    if (q.right !== undefined) {
      terms.push('r.right = @right');
      p.right = q.right;
    }
    if (q.ourRole !== undefined) {
      terms.push('r.our_role = @ourRole');
      p.ourRole = q.ourRole;
    }
    if (q.customerId !== undefined) {
      terms.push('r.customer_id = @customerId');
      p.customerId = q.customerId;
    }
    q.words.forEach((w, i) => {
      terms.push(`r.search_text LIKE @w${i} ESCAPE '\\'`);
      p[`w${i}`] = likeWord(w);
    });
    return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params: p };
  }

  return {
    get(id: number): RequestRecord | null {
      const r = selectOne.get(id) as RequestRow | undefined;
      return r ? toRecord(r) : null;
    },
    insert(w: RequestWrite, dates: StoredDates, searchText: string, now: string): number {
      const id = Number(insert.run(params(w, dates, searchText, now)).lastInsertRowid);
      writeLinks(id, w.activityIds, activitiesOf, addActivity, dropActivity);
      writeLinks(id, w.systemIds, systemsOf, addSystem, dropSystem);
      return id;
    },
    update(id: number, revision: number, w: RequestWrite, dates: StoredDates, searchText: string, now: string): boolean {
      if (update.run({ ...params(w, dates, searchText, now), id, revision }).changes !== 1) return false;
      writeLinks(id, w.activityIds, activitiesOf, addActivity, dropActivity);
      writeLinks(id, w.systemIds, systemsOf, addSystem, dropSystem);
      return true;
    },
    delete: (id: number, revision: number): boolean => remove.run(id, revision).changes === 1,
    customerName: (id: number): string | null => (customerName.get(id) as { name: string } | undefined)?.name ?? null,
    /** `{ id, name }` of the activities that exist among `ids`. */
    activityRefs: (ids: readonly number[]): { id: number; name: string }[] =>
      ids.length ? (activityRefs.all(JSON.stringify([...new Set(ids)])) as { id: number; name: string }[]) : [],
    /** Open requests first by deadline; closed ones newest first; then by id. */
    list(q: ListQuery): { rows: RequestRecord[]; total: number } {
      const w = where(q);
      const total = (prepared(`SELECT count(*) AS n FROM dsr_requests r ${w.sql}`).get(w.params) as { n: number }).n;
      const order = `ORDER BY ${CLOSED_SQL}, CASE WHEN NOT ${CLOSED_SQL} THEN r.due_on END, ${CLOSED_ON_SQL} DESC,
        CASE WHEN ${CLOSED_SQL} THEN -r.id ELSE r.id END`;
      // The page's ids first (a sort over narrow rows), then the page's rows with their links.
      const ids = (
        prepared(`SELECT r.id FROM dsr_requests r ${w.sql} ${order} LIMIT @limit OFFSET @offset`).all({
          ...w.params,
          limit: q.limit,
          offset: q.offset,
        }) as { id: number }[]
      ).map((r) => r.id);
      const byId = new Map((byIds.all(JSON.stringify(ids)) as RequestRow[]).map((r) => [r.id, r]));
      const rows = ids.map((id) => byId.get(id)!);
      return { rows: rows.map(toRecord), total };
    },
    counts(on: string, until: string): { open: number; overdue: number; dueSoon: number } {
      const r = counts.get({ on, until }) as { open: number; overdue: number; due_soon: number };
      return { open: r.open, overdue: r.overdue, dueSoon: r.due_soon };
    },
    /** Every open request, soonest deadline first. */
    open: (customerId?: number): OpenRequest[] =>
      (customerId === undefined ? openRows.all() : openRowsOfCustomer.all(customerId)) as OpenRequest[],
    /** Rewrites the search text of the customer's requests whose text changed; returns how many. */
    refreshCustomerText(customerId: number): number {
      let changed = 0;
      const rows = textOfCustomer.all(customerId) as {
        id: number;
        requester_name: string;
        requester_contact: string;
        request_text: string;
        search_text: string;
        customer_name: string | null;
      }[];
      for (const r of rows) {
        const text = requestSearchText({
          requesterName: r.requester_name,
          requesterContact: r.requester_contact,
          customerName: r.customer_name,
          requestText: r.request_text,
        });
        if (text !== r.search_text) {
          setText.run(text, r.id);
          changed++;
        }
      }
      return changed;
    },
  };
}

export type RequestsRepo = ReturnType<typeof createRequestsRepo>;
