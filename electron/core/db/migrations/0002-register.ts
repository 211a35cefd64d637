import type { Db } from '../types';

// The register of processing: controlled vocabularies, systems, retention rules, security
// measures, sub-processors, processing activities (Art. 30(1)), services and subscriptions (from
// which the Art. 30(2) register is derived, never copied). Small lists of enum values are JSON
// arrays in TEXT columns; links between records are join tables with foreign keys.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE vocabulary_terms (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      kind TEXT NOT NULL CHECK (kind IN ('data_subject', 'personal_data', 'recipient', 'processing')),
      code TEXT,
      label_sv TEXT NOT NULL,
      label_en TEXT NOT NULL,
      flag TEXT NOT NULL DEFAULT 'none' CHECK (flag IN ('none', 'special', 'criminal', 'personnummer')),
      builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (kind, code)
    ) STRICT;

    CREATE TABLE subprocessors (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      org_nr TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '',
      service_description TEXT NOT NULL DEFAULT '',
      data_processed TEXT NOT NULL DEFAULT '',
      processing_locations TEXT NOT NULL DEFAULT '',
      transfer_mechanism TEXT NOT NULL,
      scc_module TEXT,
      transfer_notes TEXT NOT NULL DEFAULT '',
      agreement_date TEXT,
      agreement_notes TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'planned', 'terminated')),
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE systems (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      hosting TEXT NOT NULL,
      country TEXT NOT NULL DEFAULT 'SE',
      location TEXT NOT NULL DEFAULT '',
      subprocessor_id INTEGER REFERENCES subprocessors (id) ON DELETE SET NULL,
      supplier_name TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE retention_rules (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name_sv TEXT NOT NULL,
      name_en TEXT NOT NULL DEFAULT '',
      storage_location TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('created', 'last_activity', 'fiscal_year_end', 'event')),
      anchor_event TEXT,
      round_anchor_to TEXT NOT NULL DEFAULT 'none' CHECK (round_anchor_to IN ('none', 'end_of_calendar_year', 'end_of_month')),
      duration TEXT NOT NULL,
      inclusive INTEGER NOT NULL DEFAULT 1 CHECK (inclusive IN (0, 1)),
      backup_lag TEXT,
      action TEXT NOT NULL,
      legal_minimum_duration TEXT,
      legal_minimum_source TEXT NOT NULL DEFAULT '',
      legal_basis_ref TEXT NOT NULL DEFAULT '',
      legal_hold_allowed INTEGER NOT NULL DEFAULT 1 CHECK (legal_hold_allowed IN (0, 1)),
      policy_sv TEXT NOT NULL DEFAULT '',
      policy_en TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE security_measures (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      code TEXT UNIQUE,
      category TEXT NOT NULL CHECK (category IN ('organisational', 'technical', 'physical')),
      label_sv TEXT NOT NULL,
      label_en TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('implemented', 'planned', 'not_applicable')),
      note TEXT NOT NULL DEFAULT '',
      builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE activities (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      ref_no TEXT NOT NULL DEFAULT '',
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL DEFAULT 'controller' CHECK (role IN ('controller', 'joint_controller')),
      joint_controllers TEXT NOT NULL DEFAULT '',
      owner TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
      special_categories TEXT NOT NULL DEFAULT '[]',
      art9_conditions TEXT NOT NULL DEFAULT '[]',
      art9_note TEXT NOT NULL DEFAULT '',
      criminal_data INTEGER NOT NULL DEFAULT 0 CHECK (criminal_data IN (0, 1)),
      art10_basis TEXT,
      art10_note TEXT NOT NULL DEFAULT '',
      personnummer INTEGER NOT NULL DEFAULT 0 CHECK (personnummer IN (0, 1)),
      pnr_justification TEXT,
      pnr_note TEXT NOT NULL DEFAULT '',
      data_sources TEXT NOT NULL DEFAULT '[]',
      dpia_status TEXT NOT NULL DEFAULT 'screening_pending',
      dpia_criteria TEXT NOT NULL DEFAULT '[]',
      dpia_note TEXT NOT NULL DEFAULT '',
      security_summary TEXT NOT NULL DEFAULT '',
      volume_estimate TEXT NOT NULL DEFAULT '',
      children_data INTEGER NOT NULL DEFAULT 0 CHECK (children_data IN (0, 1)),
      automated_decisions INTEGER NOT NULL DEFAULT 0 CHECK (automated_decisions IN (0, 1)),
      automated_decisions_note TEXT NOT NULL DEFAULT '',
      last_reviewed_at TEXT,
      next_review_at TEXT,
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX activities_status ON activities (status);

    CREATE TABLE activity_purposes (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      description TEXT NOT NULL,
      legal_basis TEXT NOT NULL,
      legal_basis_detail TEXT NOT NULL DEFAULT '',
      lia_text TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX activity_purposes_activity ON activity_purposes (activity_id, position);

    CREATE TABLE activity_terms (
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      PRIMARY KEY (activity_id, term_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_terms_term ON activity_terms (term_id);

    CREATE TABLE activity_recipients (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('internal', 'external', 'processor')),
      term_id INTEGER REFERENCES vocabulary_terms (id),
      subprocessor_id INTEGER REFERENCES subprocessors (id),
      name TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX activity_recipients_activity ON activity_recipients (activity_id);
    CREATE INDEX activity_recipients_subprocessor ON activity_recipients (subprocessor_id);

    CREATE TABLE activity_transfers (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      country TEXT NOT NULL,
      recipient TEXT NOT NULL DEFAULT '',
      mechanism TEXT NOT NULL,
      safeguards TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX activity_transfers_activity ON activity_transfers (activity_id);

    CREATE TABLE activity_systems (
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      system_id INTEGER NOT NULL REFERENCES systems (id),
      PRIMARY KEY (activity_id, system_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_systems_system ON activity_systems (system_id);

    CREATE TABLE activity_measures (
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      measure_id INTEGER NOT NULL REFERENCES security_measures (id),
      PRIMARY KEY (activity_id, measure_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX activity_measures_measure ON activity_measures (measure_id);

    -- Retention per data category: term_id NULL means "all data of the activity".
    CREATE TABLE activity_retention (
      id INTEGER PRIMARY KEY,
      activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      term_id INTEGER REFERENCES vocabulary_terms (id),
      retention_rule_id INTEGER NOT NULL REFERENCES retention_rules (id),
      UNIQUE (activity_id, term_id, retention_rule_id)
    ) STRICT;
    CREATE INDEX activity_retention_rule ON activity_retention (retention_rule_id);

    CREATE TABLE services (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      subject_matter TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      nature TEXT NOT NULL DEFAULT '[]',
      special_categories TEXT NOT NULL DEFAULT '[]',
      end_of_contract_action TEXT NOT NULL DEFAULT 'return_then_delete',
      retention_rule_id INTEGER REFERENCES retention_rules (id),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      notes TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE service_terms (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      PRIMARY KEY (service_id, term_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX service_terms_term ON service_terms (term_id);

    CREATE TABLE service_subprocessors (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id),
      PRIMARY KEY (service_id, subprocessor_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX service_subprocessors_subprocessor ON service_subprocessors (subprocessor_id);

    CREATE TABLE service_systems (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      system_id INTEGER NOT NULL REFERENCES systems (id),
      PRIMARY KEY (service_id, system_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE service_measures (
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      measure_id INTEGER NOT NULL REFERENCES security_measures (id),
      PRIMARY KEY (service_id, measure_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE subscriptions (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      service_id INTEGER NOT NULL REFERENCES services (id),
      start_date TEXT NOT NULL,
      end_date TEXT,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date IS NULL OR end_date >= start_date)
    ) STRICT;
    CREATE INDEX subscriptions_customer ON subscriptions (customer_id);
    CREATE INDEX subscriptions_service ON subscriptions (service_id);

    -- Per-customer additions to and exceptions from what the service describes.
    CREATE TABLE subscription_term_changes (
      subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
      term_id INTEGER NOT NULL REFERENCES vocabulary_terms (id),
      change TEXT NOT NULL CHECK (change IN ('add', 'remove')),
      PRIMARY KEY (subscription_id, term_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE subscription_subprocessor_changes (
      subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
      subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id),
      change TEXT NOT NULL CHECK (change IN ('add', 'remove')),
      PRIMARY KEY (subscription_id, subprocessor_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
