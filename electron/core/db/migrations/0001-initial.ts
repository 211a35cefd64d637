import type { Db } from '../types';

// The first schema: the organisation that owns the register, its customers and their contact
// persons. Released migrations are never edited; add a new numbered file instead.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE organisation (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      org_nr TEXT NOT NULL DEFAULT '',
      street TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      dpo_name TEXT NOT NULL DEFAULT '',
      dpo_email TEXT NOT NULL DEFAULT '',
      dpo_phone TEXT NOT NULL DEFAULT '',
      default_language TEXT NOT NULL DEFAULT 'sv' CHECK (default_language IN ('sv', 'en')),
      signatory_name TEXT NOT NULL DEFAULT '',
      signatory_title TEXT NOT NULL DEFAULT '',
      logo_mime TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg')),
      logo_data BLOB,
      logo_sha256 TEXT,
      profile_saved INTEGER NOT NULL DEFAULT 0 CHECK (profile_saved IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE customers (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      org_nr TEXT NOT NULL DEFAULT '',
      visiting_street TEXT NOT NULL DEFAULT '',
      visiting_postal_code TEXT NOT NULL DEFAULT '',
      visiting_city TEXT NOT NULL DEFAULT '',
      visiting_country TEXT NOT NULL DEFAULT '',
      invoice_same_as_visiting INTEGER NOT NULL DEFAULT 1 CHECK (invoice_same_as_visiting IN (0, 1)),
      invoice_street TEXT NOT NULL DEFAULT '',
      invoice_postal_code TEXT NOT NULL DEFAULT '',
      invoice_city TEXT NOT NULL DEFAULT '',
      invoice_country TEXT NOT NULL DEFAULT '',
      dpo_name TEXT NOT NULL DEFAULT '',
      dpo_email TEXT NOT NULL DEFAULT '',
      dpo_phone TEXT NOT NULL DEFAULT '',
      contract_start TEXT,
      contract_end TEXT,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
      notes TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      sort_key TEXT NOT NULL,
      search_text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX customers_sort_key ON customers (sort_key);
    CREATE INDEX customers_archived_sort ON customers (archived_at, sort_key);
    CREATE INDEX customers_status ON customers (status, sort_key);

    -- Search as you type: a trigram index over the folded search text finds substrings of three
    -- or more characters without scanning the table. secure-delete removes a deleted customer's
    -- text from the index too, not only from the table.
    CREATE VIRTUAL TABLE customers_fts USING fts5 (
      search_text, content = 'customers', content_rowid = 'id', tokenize = 'trigram'
    );
    INSERT INTO customers_fts (customers_fts, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END;
    CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
      INSERT INTO customers_fts (customers_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END;
    CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN
      INSERT INTO customers_fts (customers_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END;

    CREATE TABLE contact_persons (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contact_persons_customer ON contact_persons (customer_id, position);
  `);
}
