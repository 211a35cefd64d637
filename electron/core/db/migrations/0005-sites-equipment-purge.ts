import type { Db } from '../types';

// Customer sites and the equipment placed there (CMDB), retention rules applied to the register's
// own records, legal holds, and the deletion log.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE sites (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      street TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      access_notes TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '',
      contact_phone TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '',
      closed_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sites_customer ON sites (customer_id);

    CREATE TABLE equipment (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,
      type TEXT NOT NULL CHECK (type IN ('server', 'nas', 'firewall', 'switch', 'access_point', 'pc', 'camera', 'printer', 'other')),
      make TEXT NOT NULL DEFAULT '',
      model TEXT NOT NULL DEFAULT '',
      serial_number TEXT NOT NULL DEFAULT '',
      hostname TEXT NOT NULL DEFAULT '',
      network_notes TEXT NOT NULL DEFAULT '',
      personal_data TEXT NOT NULL DEFAULT '',
      encrypted TEXT NOT NULL DEFAULT 'unknown' CHECK (encrypted IN ('yes', 'no', 'unknown')),
      installed_on TEXT,
      removed_on TEXT,
      status TEXT NOT NULL DEFAULT 'in_use' CHECK (status IN ('in_use', 'in_storage', 'removed')),
      notes TEXT NOT NULL DEFAULT '',
      sort_key TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (removed_on IS NULL OR installed_on IS NULL OR removed_on >= installed_on)
    ) STRICT;
    CREATE INDEX equipment_customer ON equipment (customer_id);
    CREATE INDEX equipment_site ON equipment (site_id);
    CREATE INDEX equipment_sort_key ON equipment (sort_key);

    -- Search across all equipment as you type (20,000 devices in the reference register), with
    -- secure-delete so a purged device's text leaves the index as well.
    CREATE VIRTUAL TABLE equipment_fts USING fts5 (
      search_text, content = 'equipment', content_rowid = 'id', tokenize = 'trigram'
    );
    INSERT INTO equipment_fts (equipment_fts, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER equipment_fts_insert AFTER INSERT ON equipment BEGIN
      INSERT INTO equipment_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END;
    CREATE TRIGGER equipment_fts_delete AFTER DELETE ON equipment BEGIN
      INSERT INTO equipment_fts (equipment_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END;
    CREATE TRIGGER equipment_fts_update AFTER UPDATE OF search_text ON equipment BEGIN
      INSERT INTO equipment_fts (equipment_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      INSERT INTO equipment_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END;

    -- Which of the customer's services a device serves.
    CREATE TABLE equipment_services (
      equipment_id INTEGER NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
      service_id INTEGER NOT NULL REFERENCES services (id),
      PRIMARY KEY (equipment_id, service_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX equipment_services_service ON equipment_services (service_id);

    -- Where a device has been: one row per placement, so moving keeps the history.
    CREATE TABLE equipment_moves (
      id INTEGER PRIMARY KEY,
      equipment_id INTEGER NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
      from_site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,
      to_site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,
      from_site_name TEXT NOT NULL DEFAULT '',
      to_site_name TEXT NOT NULL DEFAULT '',
      moved_on TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX equipment_moves_equipment ON equipment_moves (equipment_id);

    -- Retention rules applied to the register's own personal data.
    CREATE TABLE retention_rule_targets (
      record_kind TEXT NOT NULL CHECK (record_kind IN ('contact_person', 'site', 'equipment', 'agreement')),
      retention_rule_id INTEGER NOT NULL REFERENCES retention_rules (id) ON DELETE CASCADE,
      PRIMARY KEY (record_kind, retention_rule_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX retention_rule_targets_rule ON retention_rule_targets (retention_rule_id);

    -- A legal hold suspends purging: for one customer or all (NULL), under one rule or all (NULL).
    CREATE TABLE legal_holds (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
      retention_rule_id INTEGER REFERENCES retention_rules (id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      placed_on TEXT NOT NULL,
      released_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- What was purged, when, under which rule and by whom: kinds and counts only, never the
    -- deleted personal data itself.
    CREATE TABLE deletion_log (
      id INTEGER PRIMARY KEY,
      performed_at TEXT NOT NULL,
      purge_date TEXT NOT NULL,
      retention_rule_id INTEGER REFERENCES retention_rules (id) ON DELETE SET NULL,
      rule_name TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('delete', 'anonymise')),
      customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
      customer_name TEXT NOT NULL DEFAULT '',
      records TEXT NOT NULL,
      performed_by TEXT NOT NULL
    ) STRICT;
  `);
}
