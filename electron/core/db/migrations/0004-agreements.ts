import type { Db } from '../types';

// PUB-avtal: the register's own clause template, and per customer the agreement versions with
// their immutable generated documents and attached signed copies.
export function up(db: Db): void {
  db.exec(`
    -- One template per register. \`version\` goes up with every change to the clauses, and each
    -- generated agreement records the version it used. 0 = the defaults have not been copied yet.
    CREATE TABLE agreement_template (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL DEFAULT 1,
      version INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE agreement_clauses (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      position INTEGER NOT NULL,
      -- The default clause this one started from (e.g. 'security'); NULL for the user's own.
      code TEXT,
      title_sv TEXT NOT NULL,
      body_sv TEXT NOT NULL DEFAULT '',
      title_en TEXT NOT NULL DEFAULT '',
      body_en TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agreement_clauses_position ON agreement_clauses (position);

    -- One row per version of a customer's agreement.
    CREATE TABLE agreements (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version > 0),
      lang TEXT NOT NULL CHECK (lang IN ('sv', 'en')),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'signed', 'terminated', 'superseded')),
      sent_on TEXT,
      signed_on TEXT,
      effective_on TEXT,
      terminated_on TEXT,
      signing_place TEXT NOT NULL DEFAULT '',
      processor_signatory_name TEXT NOT NULL DEFAULT '',
      processor_signatory_title TEXT NOT NULL DEFAULT '',
      controller_signatory_name TEXT NOT NULL DEFAULT '',
      controller_signatory_title TEXT NOT NULL DEFAULT '',
      notice_days INTEGER NOT NULL DEFAULT 30 CHECK (notice_days BETWEEN 0 AND 365),
      notes TEXT NOT NULL DEFAULT '',
      template_version INTEGER NOT NULL,
      -- The generated DOCX, byte for byte, and its SHA-256 (hex). Never changed once written.
      document BLOB NOT NULL,
      document_sha256 TEXT NOT NULL,
      generated_at TEXT NOT NULL,
      -- Hash of what the annexes were built from (processing, sub-processors, measures):
      -- when today's differs, the agreement is out of date.
      basis_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (customer_id, version)
    ) STRICT;
    CREATE INDEX agreements_status ON agreements (status);

    CREATE TRIGGER agreements_document_immutable
    BEFORE UPDATE OF document, document_sha256, basis_hash, template_version, lang, version, customer_id ON agreements
    BEGIN
      SELECT RAISE(ABORT, 'an agreement snapshot cannot be changed; generate a new version');
    END;

    CREATE TABLE agreement_attachments (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/png', 'image/jpeg')),
      size INTEGER NOT NULL CHECK (size > 0),
      sha256 TEXT NOT NULL,
      data BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agreement_attachments_agreement ON agreement_attachments (agreement_id);
  `);
  const now = new Date().toISOString();
  db.prepare('INSERT INTO agreement_template (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
}
