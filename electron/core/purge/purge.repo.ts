import type Database from 'better-sqlite3-multiple-ciphers';
import type { PurgeRecordKind } from '../../../shared/domain/enums';
import type { Db } from '../db/types';
import { equipmentSearchText } from '../sites/equipment-text';

// The SQL of purging: reading the register's own records that rules can purge (contact persons,
// sites, equipment, agreements, requests from data subjects, breach records — the tables of other
// features, read here as the search repo does), deleting or anonymising them, legal holds and the
// deletion log.

/** A record that a rule may purge, with the dates its anchors come from. */
export interface PurgeCandidate {
  kind: PurgeRecordKind;
  id: number;
  /** Null for the firm's own records: a request as controller, a breach. */
  customerId: number | null;
  customerName: string | null;
  /** Customers a legal hold on any of them keeps the record for (a breach involving several). */
  holdCustomerIds: number[];
  label: string;
  /** ISO timestamps, turned into Swedish calendar dates by the service when a rule needs them. */
  createdAt: string;
  updatedAt: string;
  /** The customer's contract end, when the customer has ended. */
  contractEnded: string | null;
  /** site_closed, asset_decommissioned, agreement_terminated, request_closed or breach_closed, by kind. */
  ownEvent: string | null;
  /** Agreements only: 'terminated' or 'superseded' (which date ownEvent is). */
  agreementStatus: string | null;
  /** Still holds something that anonymising would clear. */
  personal: boolean;
}

export interface HoldRow {
  id: number;
  revision: number;
  customer_id: number | null;
  customer_name: string | null;
  retention_rule_id: number | null;
  rule_name_sv: string | null;
  rule_name_en: string | null;
  reason: string;
  placed_on: string;
  released_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface LogRow {
  id: number;
  performed_at: string;
  purge_date: string;
  retention_rule_id: number | null;
  rule_name: string;
  action: 'delete' | 'anonymise';
  customer_id: number | null;
  customer_name: string;
  records: string;
  performed_by: string;
}

export interface NewLogEntry {
  performedAt: string;
  purgeDate: string;
  ruleId: number;
  ruleName: string;
  action: 'delete' | 'anonymise';
  customerId: number | null;
  customerName: string;
  /** Kinds and counts only, e.g. {"equipment":3,"site":1}. */
  records: string;
  performedBy: string;
}

/** What anonymising leaves of a contact person's name. */
export const ANONYMISED_NAME = 'Anonymiserad';

/** Only customers whose contract has ended (when every rule for the kind counts from that). */
const ENDED = "c.status = 'ended'";

// Each query gives: id, customer_id, customer_name, label, created_at, updated_at, contract_ended,
// own_event, agreement_status and personal: whether anonymising would still clear something (a
// record already anonymised is not listed again under an anonymising rule).
const CANDIDATE_SQL: Record<PurgeRecordKind, string> = {
  contact_person: `SELECT p.id, p.customer_id, c.name AS customer_name,
      CASE WHEN p.role = '' THEN p.name ELSE p.name || ' (' || p.role || ')' END AS label,
      p.created_at, p.updated_at, CASE WHEN c.status = 'ended' THEN c.contract_end END AS contract_ended,
      NULL AS own_event, NULL AS agreement_status,
      NOT (p.name = '${ANONYMISED_NAME}' AND p.email = '' AND p.phone = '') AS personal
    FROM contact_persons p JOIN customers c ON c.id = p.customer_id
    WHERE 1 = 1`,
  site: `SELECT s.id, s.customer_id, c.name AS customer_name, s.name AS label, s.created_at, s.updated_at,
      CASE WHEN c.status = 'ended' THEN c.contract_end END AS contract_ended, s.closed_on AS own_event, NULL AS agreement_status,
      (s.access_notes <> '' OR s.contact_name <> '' OR s.contact_phone <> '' OR s.contact_email <> '') AS personal
    FROM sites s JOIN customers c ON c.id = s.customer_id
    WHERE 1 = 1`,
  equipment: `SELECT e.id, e.customer_id, c.name AS customer_name,
      coalesce(nullif(e.hostname, ''), nullif(trim(e.make || ' ' || e.model), ''), nullif(e.serial_number, ''), e.type) AS label,
      e.created_at, e.updated_at, CASE WHEN c.status = 'ended' THEN c.contract_end END AS contract_ended,
      e.removed_on AS own_event, NULL AS agreement_status,
      (e.personal_data <> '' OR e.notes <> '' OR e.network_notes <> ''
        OR EXISTS (SELECT 1 FROM equipment_moves m WHERE m.equipment_id = e.id AND m.note <> '')) AS personal
    FROM equipment e JOIN customers c ON c.id = e.customer_id
    WHERE 1 = 1`,
  // A superseded version ended when a later one was signed.
  agreement: `SELECT a.id, a.customer_id, c.name AS customer_name, 'PUB-avtal v' || a.version AS label, a.created_at, a.updated_at,
      CASE WHEN c.status = 'ended' THEN c.contract_end END AS contract_ended,
      CASE a.status
        WHEN 'terminated' THEN a.terminated_on
        WHEN 'superseded' THEN (SELECT min(n.signed_on) FROM agreements n
          WHERE n.customer_id = a.customer_id AND n.version > a.version AND n.signed_on IS NOT NULL)
      END AS own_event,
      a.status AS agreement_status, 1 AS personal
    FROM agreements a JOIN customers c ON c.id = a.customer_id
    WHERE 1 = 1`,
  // Closed: answered or refused (answered_on), or as processor forwarded to the customer whose request it is.
  dsr_request: `SELECT r.id, r.customer_id, c.name AS customer_name,
      r.requester_name || ' (' || r.received_on || ')' AS label, r.created_at, r.updated_at,
      CASE WHEN c.status = 'ended' THEN c.contract_end END AS contract_ended,
      CASE WHEN r.status IN ('answered', 'refused') THEN r.answered_on WHEN r.status = 'forwarded' THEN r.forwarded_on END AS own_event,
      NULL AS agreement_status,
      NOT (r.requester_name = '${ANONYMISED_NAME}' AND r.requester_contact = '' AND r.request_text = '' AND r.searched = ''
        AND r.found = '' AND r.notes = '') AS personal,
      CASE WHEN r.customer_id IS NULL THEN '[]' ELSE json_array(r.customer_id) END AS hold_customers
    FROM dsr_requests r LEFT JOIN customers c ON c.id = r.customer_id
    WHERE 1 = 1`,
  // A breach belongs to no one customer; a hold on any customer it involves keeps it. Breach
  // records are the Art. 33(5) log: never anonymised, only deleted.
  breach: `SELECT b.id, NULL AS customer_id, NULL AS customer_name, b.title || ' (' || substr(b.discovered_at, 1, 10) || ')' AS label,
      b.created_at, b.updated_at, NULL AS contract_ended, b.closed_on AS own_event, NULL AS agreement_status, 0 AS personal,
      (SELECT json_group_array(DISTINCT x.customer_id) FROM (
         SELECT customer_id FROM breach_customers WHERE breach_id = b.id
         UNION SELECT s.customer_id FROM breach_sites bs JOIN sites s ON s.id = bs.site_id WHERE bs.breach_id = b.id
         UNION SELECT e.customer_id FROM breach_equipment be JOIN equipment e ON e.id = be.equipment_id WHERE be.breach_id = b.id) x)
        AS hold_customers
    FROM breaches b
    WHERE 1 = 1`,
};

interface CandidateRow {
  id: number;
  customer_id: number | null;
  customer_name: string | null;
  label: string;
  created_at: string;
  updated_at: string;
  contract_ended: string | null;
  own_event: string | null;
  agreement_status: string | null;
  personal: 0 | 1;
  hold_customers?: string;
}

interface EquipmentTextRow {
  id: number;
  type: Parameters<typeof equipmentSearchText>[0]['type'];
  make: string;
  model: string;
  serial_number: string;
  hostname: string;
  site_name: string | null;
  customer_name: string;
}

export function createPurgeRepo(db: Db) {
  const candidateStatements = new Map<string, Database.Statement<[]>>();
  const candidateStatement = (kind: PurgeRecordKind, onlyEnded: boolean) => {
    const key = `${kind}:${onlyEnded}`;
    let stmt = candidateStatements.get(key);
    if (!stmt) {
      stmt = db.prepare<[]>(`${CANDIDATE_SQL[kind]}${onlyEnded ? ` AND ${ENDED}` : ''}`);
      candidateStatements.set(key, stmt);
    }
    return stmt;
  };

  const deleteEquipment = db.prepare('DELETE FROM equipment WHERE id = ?');
  // The device stays (make, model, serial number: the asset itself); what it says about people goes.
  const anonymiseEquipment = db.prepare(`UPDATE equipment SET revision = revision + 1, personal_data = '', notes = '',
      network_notes = '', search_text = @searchText, updated_at = @now WHERE id = @id`);
  const clearMoveNotes = db.prepare("UPDATE equipment_moves SET note = '' WHERE equipment_id = ?");
  const equipmentText = db.prepare(`SELECT e.id, e.type, e.make, e.model, e.serial_number, e.hostname, s.name AS site_name,
      c.name AS customer_name
    FROM equipment e JOIN customers c ON c.id = e.customer_id LEFT JOIN sites s ON s.id = e.site_id WHERE e.id = ?`);
  const deleteSite = db.prepare('DELETE FROM sites WHERE id = ?');
  const anonymiseSite = db.prepare(`UPDATE sites SET revision = revision + 1, access_notes = '', contact_name = '',
      contact_phone = '', contact_email = '', updated_at = ? WHERE id = ?`);
  const deleteAgreement = db.prepare('DELETE FROM agreements WHERE id = ?');
  // Their links, supplements and reports go with them (ON DELETE CASCADE).
  const deleteRequest = db.prepare('DELETE FROM dsr_requests WHERE id = ?');
  const deleteBreach = db.prepare('DELETE FROM breaches WHERE id = ?');
  // The log of the request stays (right, dates, outcome: how it was handled); who asked and what they said go.
  const anonymiseRequest = db.prepare(`UPDATE dsr_requests SET revision = revision + 1, requester_name = '${ANONYMISED_NAME}',
      requester_contact = '', request_text = '', identity_method = '', customer_instruction = '', searched = '', found = '',
      outcome_reason = '', recipients_note = '', notes = '', search_text = @searchText, updated_at = @now WHERE id = @id`);

  const holdSelect = `SELECT h.*, c.name AS customer_name, r.name_sv AS rule_name_sv, r.name_en AS rule_name_en
    FROM legal_holds h LEFT JOIN customers c ON c.id = h.customer_id LEFT JOIN retention_rules r ON r.id = h.retention_rule_id`;
  const holdsAll = db.prepare(`${holdSelect} ORDER BY h.released_on IS NOT NULL, h.placed_on DESC, h.id DESC`);
  const holdsActiveOn = db.prepare(`${holdSelect} WHERE h.released_on IS NULL OR h.released_on > @on ORDER BY h.placed_on, h.id`);
  const holdOne = db.prepare(`${holdSelect} WHERE h.id = ?`);
  const insertHold = db.prepare(`INSERT INTO legal_holds (customer_id, retention_rule_id, reason, placed_on, created_at, updated_at)
    VALUES (@customerId, @ruleId, @reason, @placedOn, @now, @now)`);
  const releaseHold = db.prepare(`UPDATE legal_holds SET revision = revision + 1, released_on = @releasedOn, updated_at = @now
    WHERE id = @id AND revision = @revision AND released_on IS NULL`);
  const customerExists = db.prepare('SELECT 1 FROM customers WHERE id = ?');

  const insertLog = db.prepare(`INSERT INTO deletion_log (performed_at, purge_date, retention_rule_id, rule_name, action,
      customer_id, customer_name, records, performed_by)
    VALUES (@performedAt, @purgeDate, @ruleId, @ruleName, @action, @customerId, @customerName, @records, @performedBy)`);
  const logAll = db.prepare('SELECT * FROM deletion_log ORDER BY performed_at DESC, id DESC');

  return {
    /** Every record of `kind` (of ended customers only, when `onlyEnded`). */
    candidates(kind: PurgeRecordKind, onlyEnded: boolean): PurgeCandidate[] {
      const rows = candidateStatement(kind, onlyEnded).all() as CandidateRow[];
      return rows.map((r) => ({
        kind,
        id: r.id,
        customerId: r.customer_id,
        customerName: r.customer_name,
        holdCustomerIds: r.hold_customers === undefined ? [r.customer_id!] : (JSON.parse(r.hold_customers) as number[]),
        label: r.label,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        contractEnded: r.contract_ended,
        ownEvent: r.own_event,
        agreementStatus: r.agreement_status,
        personal: r.personal === 1,
      }));
    },

    deleteEquipment(id: number): boolean {
      return deleteEquipment.run(id).changes === 1;
    },
    /** Clears what the device says about people and keeps its search text in step. */
    anonymiseEquipment(id: number, now: string): boolean {
      const r = equipmentText.get(id) as EquipmentTextRow | undefined;
      if (!r) return false;
      const device = { type: r.type, make: r.make, model: r.model, serialNumber: r.serial_number, hostname: r.hostname, networkNotes: '' };
      anonymiseEquipment.run({ id, now, searchText: equipmentSearchText(device, r.site_name ?? '', r.customer_name) });
      clearMoveNotes.run(id);
      return true;
    },
    deleteSite(id: number): boolean {
      return deleteSite.run(id).changes === 1;
    },
    anonymiseSite(id: number, now: string): boolean {
      return anonymiseSite.run(now, id).changes === 1;
    },
    deleteAgreement(id: number): boolean {
      return deleteAgreement.run(id).changes === 1;
    },
    deleteRequest(id: number): boolean {
      return deleteRequest.run(id).changes === 1;
    },
    anonymiseRequest(id: number, now: string, searchText: string): boolean {
      return anonymiseRequest.run({ id, now, searchText }).changes === 1;
    },
    deleteBreach(id: number): boolean {
      return deleteBreach.run(id).changes === 1;
    },

    holds(): HoldRow[] {
      return holdsAll.all() as HoldRow[];
    },
    /**
     * Holds not released by `on`. When they were placed does not matter: a hold that exists keeps
     * the data even for a purge dated before it (when in doubt, keep).
     */
    holdsActiveOn(on: string): HoldRow[] {
      return holdsActiveOn.all({ on }) as HoldRow[];
    },
    hold(id: number): HoldRow | null {
      return (holdOne.get(id) as HoldRow | undefined) ?? null;
    },
    insertHold(h: { customerId: number | null; ruleId: number | null; reason: string; placedOn: string }, now: string): number {
      return Number(insertHold.run({ ...h, now }).lastInsertRowid);
    },
    releaseHold(id: number, revision: number, releasedOn: string, now: string): boolean {
      return releaseHold.run({ id, revision, releasedOn, now }).changes === 1;
    },
    customerExists(id: number): boolean {
      return customerExists.get(id) !== undefined;
    },

    insertLog(entry: NewLogEntry): number {
      return Number(insertLog.run(entry).lastInsertRowid);
    },
    log(): LogRow[] {
      return logAll.all() as LogRow[];
    },

    /** Folds the WAL into the file and empties it, so purged bytes are not left in the WAL. */
    /** Contact persons who sign a generated agreement: the document keeps naming them. */
    contactsNamedInAgreements(): Set<number> {
      const rows = db
        .prepare(
          `SELECT DISTINCT p.id FROM contact_persons p
           JOIN agreements a ON a.customer_id = p.customer_id AND a.document IS NOT NULL AND a.controller_signatory_name = p.name`,
        )
        .all() as { id: number }[];
      return new Set(rows.map((r) => r.id));
    },
    checkpoint(): void {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

export type PurgeRepo = ReturnType<typeof createPurgeRepo>;
