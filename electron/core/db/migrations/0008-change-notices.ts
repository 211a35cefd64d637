import type { Db } from '../types';

// Issue 15: a change of sub-processor as a record, its notice to each affected customer with the
// objection deadline and the answer, and the notice letter's text as the register's own.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE change_notices (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      kind TEXT NOT NULL CHECK (kind IN ('add', 'replace', 'remove', 'change')),
      -- The one added, changed or removed; for 'replace' the new one.
      subprocessor_id INTEGER NOT NULL REFERENCES subprocessors (id),
      replaced_subprocessor_id INTEGER REFERENCES subprocessors (id),
      -- Before → after in words, as proposed by the app and edited by the user.
      change_sv TEXT NOT NULL DEFAULT '',
      change_en TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      reason_en TEXT NOT NULL DEFAULT '',
      effective_date TEXT,
      decided_by TEXT NOT NULL DEFAULT '',
      -- pending: proposed, nobody has decided; notify: customers are told; no_notice: decided that
      -- none is needed (decision_note says why); withdrawn: the change will not be made.
      decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'notify', 'no_notice', 'withdrawn')),
      decision_note TEXT NOT NULL DEFAULT '',
      -- Why the effective date may come before the latest objection deadline.
      early_reason TEXT NOT NULL DEFAULT '',
      proposed INTEGER NOT NULL DEFAULT 0 CHECK (proposed IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((kind = 'replace') = (replaced_subprocessor_id IS NOT NULL))
    ) STRICT;
    CREATE INDEX change_notices_subprocessor ON change_notices (subprocessor_id);
    CREATE INDEX change_notices_replaced ON change_notices (replaced_subprocessor_id);

    CREATE TABLE change_notice_services (
      change_notice_id INTEGER NOT NULL REFERENCES change_notices (id) ON DELETE CASCADE,
      service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
      PRIMARY KEY (change_notice_id, service_id)
    ) STRICT;
    CREATE INDEX change_notice_services_service ON change_notice_services (service_id);

    -- One row per customer once something is recorded for it (a letter, sent, an answer); which
    -- customers are affected is derived from subscriptions, never stored.
    CREATE TABLE change_notice_customers (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      change_notice_id INTEGER NOT NULL REFERENCES change_notices (id) ON DELETE CASCADE,
      -- A customer purged or deleted takes its letters and answers with it.
      customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      sent_on TEXT,
      sent_via TEXT CHECK (sent_via IN ('email', 'post', 'portal')),
      -- The agreement whose notice period applied when the notice was sent, and that period.
      agreement_id INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
      notice_days INTEGER CHECK (notice_days BETWEEN 0 AND 365),
      response TEXT NOT NULL DEFAULT 'none' CHECK (response IN ('none', 'accepted', 'objected')),
      responded_on TEXT,
      objection_text TEXT NOT NULL DEFAULT '',
      resolution TEXT CHECK (resolution IN ('withdrawn', 'excepted', 'terminated')),
      resolved_on TEXT,
      resolution_note TEXT NOT NULL DEFAULT '',
      letter_lang TEXT CHECK (letter_lang IN ('sv', 'en')),
      letter_docx BLOB,
      letter_sha256 TEXT,
      letter_generated_at TEXT,
      -- The objection deadline the letter printed: the register never counts an earlier one.
      letter_deadline TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((sent_on IS NULL) = (notice_days IS NULL)),
      UNIQUE (change_notice_id, customer_id)
    ) STRICT;
    CREATE INDEX change_notice_customers_customer ON change_notice_customers (customer_id);
    CREATE INDEX change_notice_customers_agreement ON change_notice_customers (agreement_id);

    -- The notice letter's texts (one row): NULL where the register uses the text shipped with the app.
    CREATE TABLE notice_letter (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL DEFAULT 1,
      subject_sv TEXT,
      subject_en TEXT,
      intro_sv TEXT,
      intro_en TEXT,
      objection_sv TEXT,
      objection_en TEXT,
      closing_sv TEXT,
      closing_en TEXT,
      -- For a customer without a signed agreement: no clause to point to, nothing it has agreed to.
      intro_no_agreement_sv TEXT,
      intro_no_agreement_en TEXT,
      objection_no_agreement_sv TEXT,
      objection_no_agreement_en TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO notice_letter (id, updated_at) VALUES (1, '1970-01-01T00:00:00.000Z');
  `);
}
