import type { Db } from '../types';

// Issue 16: the register of data subject requests (Art. 12, 15–22) and the breach log (Art. 33(5)),
// with the links the register can give, and retention rules that can target both.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE dsr_requests (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      right TEXT NOT NULL CHECK (right IN ('access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated_decisions', 'withdraw_consent')),
      received_on TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'phone', 'web', 'in_person')),
      -- The requester is personal data: purged under the requests' retention rule.
      requester_name TEXT NOT NULL,
      requester_contact TEXT NOT NULL DEFAULT '',
      request_text TEXT NOT NULL DEFAULT '',
      our_role TEXT NOT NULL CHECK (our_role IN ('controller', 'processor')),
      -- As processor: whose request it is; SET NULL keeps the log when the customer is removed.
      customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
      forwarded_on TEXT,
      customer_instruction TEXT NOT NULL DEFAULT '',
      identity TEXT NOT NULL DEFAULT 'pending' CHECK (identity IN ('pending', 'verified', 'not_needed', 'failed')),
      identity_method TEXT NOT NULL DEFAULT '',
      identity_checked_on TEXT,
      identity_checked_by TEXT NOT NULL DEFAULT '',
      searched TEXT NOT NULL DEFAULT '',
      found TEXT NOT NULL DEFAULT '',
      extension_reason TEXT NOT NULL DEFAULT '',
      extension_notified_on TEXT,
      status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'verifying', 'in_progress', 'answered', 'refused', 'forwarded')),
      outcome TEXT CHECK (outcome IN ('granted', 'partially_granted', 'refused_unfounded_excessive', 'refused_exemption', 'no_data')),
      outcome_reason TEXT NOT NULL DEFAULT '',
      fee_sek INTEGER CHECK (fee_sek >= 0),
      answered_on TEXT,
      recipients_notified_on TEXT,
      recipients_note TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      -- Derived from received_on and the extension when the row is written (Art. 12(3)), kept for
      -- sorting and filtering long lists by deadline.
      due_on TEXT NOT NULL,
      target_on TEXT NOT NULL,
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX dsr_requests_due ON dsr_requests (due_on);
    CREATE INDEX dsr_requests_customer ON dsr_requests (customer_id);
    CREATE INDEX dsr_requests_received ON dsr_requests (received_on);

    CREATE TABLE dsr_request_activities (
      dsr_request_id INTEGER NOT NULL REFERENCES dsr_requests (id) ON DELETE CASCADE,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      PRIMARY KEY (dsr_request_id, activity_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX dsr_request_activities_activity ON dsr_request_activities (activity_id);

    CREATE TABLE dsr_request_systems (
      dsr_request_id INTEGER NOT NULL REFERENCES dsr_requests (id) ON DELETE CASCADE,
      system_id INTEGER NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
      PRIMARY KEY (dsr_request_id, system_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX dsr_request_systems_system ON dsr_request_systems (system_id);

    -- Every breach, reported or not (Art. 33(5)). Times are UTC instants (ISO, ending in Z).
    CREATE TABLE breaches (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      title TEXT NOT NULL,
      our_role TEXT NOT NULL CHECK (our_role IN ('controller', 'processor')),
      -- Awareness: starts the 72-hour clock (controller) or the notice without undue delay (processor).
      discovered_at TEXT NOT NULL,
      occurred_from TEXT,
      occurred_to TEXT,
      ended_at TEXT,
      breach_types TEXT NOT NULL DEFAULT '[]',
      cause TEXT NOT NULL CHECK (cause IN ('misdirected_email', 'lost_stolen_device', 'phishing', 'malware_ransomware', 'hacking', 'unauthorised_internal_access', 'misconfiguration', 'software_bug', 'supplier_incident', 'physical', 'other')),
      description TEXT NOT NULL DEFAULT '',
      approx_subjects INTEGER CHECK (approx_subjects >= 0),
      approx_records INTEGER CHECK (approx_records >= 0),
      special_categories INTEGER NOT NULL DEFAULT 0 CHECK (special_categories IN (0, 1)),
      likely_consequences TEXT NOT NULL DEFAULT '',
      -- NULL: not yet assessed.
      risk TEXT CHECK (risk IN ('no_risk', 'risk', 'high_risk')),
      risk_rationale TEXT NOT NULL DEFAULT '',
      measures_taken TEXT NOT NULL DEFAULT '',
      measures_planned TEXT NOT NULL DEFAULT '',
      imy_notified_at TEXT,
      imy_reference TEXT NOT NULL DEFAULT '',
      imy_delay_reason TEXT NOT NULL DEFAULT '',
      subjects_informed_at TEXT,
      subjects_method TEXT NOT NULL DEFAULT '',
      subjects_exemption TEXT CHECK (subjects_exemption IN ('encrypted', 'risk_mitigated', 'disproportionate_public_notice')),
      dpo_consulted INTEGER NOT NULL DEFAULT 0 CHECK (dpo_consulted IN (0, 1)),
      lessons_learned TEXT NOT NULL DEFAULT '',
      closed_on TEXT,
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX breaches_discovered ON breaches (discovered_at);

    -- Categories of data subjects and of data, from the vocabularies.
    CREATE TABLE breach_terms (
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      PRIMARY KEY (breach_id, term_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX breach_terms_term ON breach_terms (term_id);

    -- A customer named by hand, or one notified (as processor); others are affected through links.
    CREATE TABLE breach_customers (
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      named INTEGER NOT NULL DEFAULT 0 CHECK (named IN (0, 1)),
      notified_at TEXT,
      notified_via TEXT CHECK (notified_via IN ('email', 'phone', 'post', 'portal')),
      note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (breach_id, customer_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX breach_customers_customer ON breach_customers (customer_id);

    CREATE TABLE breach_services (
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, service_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX breach_services_service ON breach_services (service_id);

    CREATE TABLE breach_systems (
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      system_id INTEGER NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, system_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX breach_systems_system ON breach_systems (system_id);

    CREATE TABLE breach_sites (
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, site_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX breach_sites_site ON breach_sites (site_id);

    CREATE TABLE breach_equipment (
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      equipment_id INTEGER NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, equipment_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX breach_equipment_equipment ON breach_equipment (equipment_id);

    -- Information given to IMY in phases (Art. 33(4)).
    CREATE TABLE breach_supplements (
      id INTEGER PRIMARY KEY,
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      summary TEXT NOT NULL
    ) STRICT;
    CREATE INDEX breach_supplements_breach ON breach_supplements (breach_id);

    -- Reports to others than IMY (police, CERT-SE under NIS2, …).
    CREATE TABLE breach_reports (
      id INTEGER PRIMARY KEY,
      breach_id INTEGER NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      authority TEXT NOT NULL CHECK (authority IN ('police', 'cert_se_nis2', 'other')),
      at TEXT NOT NULL,
      reference TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX breach_reports_breach ON breach_reports (breach_id);

    -- Retention rules may now target requests and breach records.
    CREATE TABLE retention_rule_targets_new (
      record_kind TEXT NOT NULL CHECK (record_kind IN ('contact_person', 'site', 'equipment', 'agreement', 'dsr_request', 'breach')),
      retention_rule_id INTEGER NOT NULL REFERENCES retention_rules (id) ON DELETE CASCADE,
      PRIMARY KEY (record_kind, retention_rule_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO retention_rule_targets_new SELECT record_kind, retention_rule_id FROM retention_rule_targets;
    DROP TABLE retention_rule_targets;
    ALTER TABLE retention_rule_targets_new RENAME TO retention_rule_targets;
    CREATE INDEX retention_rule_targets_rule ON retention_rule_targets (retention_rule_id);
  `);
  // The requests' own rule (issue 16: three years after closing, editable like any rule).
  const now = new Date().toISOString();
  const rule = db
    .prepare(
      `INSERT INTO retention_rules (name_sv, name_en, storage_location, storage_location_en, purpose, purpose_en, anchor_kind,
         anchor_event, duration, action, created_at, updated_at)
       VALUES ('Begäranden från registrerade', 'Requests from data subjects', 'Förteckna', 'Förteckna',
         'Kunna visa hur en begäran från en registrerad hanterades, om personen klagar eller IMY frågar.',
         'Show how a request from a data subject was handled, should the person complain or IMY ask.',
         'event', 'request_closed', 'P3Y', 'delete', ?, ?)`,
    )
    .run(now, now);
  db.prepare(`INSERT INTO retention_rule_targets (record_kind, retention_rule_id) VALUES ('dsr_request', ?)`).run(rule.lastInsertRowid);
}
