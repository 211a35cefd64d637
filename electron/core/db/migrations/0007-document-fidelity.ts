import type { Db } from '../types';

// Issue 14: the facts documents need as explicit answers, English beside the Swedish, retention
// rules as firms write them, regions and sole traders.
export function up(db: Db): void {
  db.exec(`
    -- "No recipients" is an answer, distinct from a list nobody filled in.
    ALTER TABLE activities ADD COLUMN no_recipients INTEGER NOT NULL DEFAULT 0 CHECK (no_recipients IN (0, 1));
    ALTER TABLE activities ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE activities ADD COLUMN description_en TEXT NOT NULL DEFAULT '';

    ALTER TABLE activity_purposes ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_purposes ADD COLUMN legal_basis_detail_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_purposes ADD COLUMN lia_text_en TEXT NOT NULL DEFAULT '';
    -- What the main legal basis covers when the purpose has more than one ("trafikdata").
    ALTER TABLE activity_purposes ADD COLUMN basis_scope_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE activity_purposes ADD COLUMN basis_scope_en TEXT NOT NULL DEFAULT '';
    -- Further legal bases, each with its scope: JSON [{ legalBasis, scopeSv, scopeEn, detail }].
    ALTER TABLE activity_purposes ADD COLUMN more_bases TEXT NOT NULL DEFAULT '[]';

    -- User-defined anchor events ("fakturan betald"), used like the built-in ones.
    CREATE TABLE retention_events (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      label_sv TEXT NOT NULL,
      label_en TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- An empty duration means "as long as the purpose needs" (no number).
    ALTER TABLE retention_rules ADD COLUMN anchor_event_id INTEGER REFERENCES retention_events (id);
    ALTER TABLE retention_rules ADD COLUMN duration_min TEXT;
    ALTER TABLE retention_rules ADD COLUMN exception_sv TEXT NOT NULL DEFAULT '';
    ALTER TABLE retention_rules ADD COLUMN exception_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE retention_rules ADD COLUMN storage_location_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE retention_rules ADD COLUMN purpose_en TEXT NOT NULL DEFAULT '';
    CREATE INDEX retention_rules_event ON retention_rules (anchor_event_id);

    ALTER TABLE activities ADD COLUMN pnr_note_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE services ADD COLUMN subject_matter_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE services ADD COLUMN purpose_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE systems ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
    ALTER TABLE security_measures ADD COLUMN note_en TEXT NOT NULL DEFAULT '';

    -- Where data is: a country, the EU/EEA as a whole, or a named region inside or outside it.
    ALTER TABLE systems ADD COLUMN location_kind TEXT NOT NULL DEFAULT 'country' CHECK (location_kind IN ('country', 'eea', 'region'));
    ALTER TABLE systems ADD COLUMN region_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE systems ADD COLUMN region_in_eea INTEGER NOT NULL DEFAULT 1 CHECK (region_in_eea IN (0, 1));
    ALTER TABLE subprocessors ADD COLUMN location_kind TEXT NOT NULL DEFAULT 'country' CHECK (location_kind IN ('country', 'eea', 'region'));
    ALTER TABLE subprocessors ADD COLUMN region_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE subprocessors ADD COLUMN region_in_eea INTEGER NOT NULL DEFAULT 1 CHECK (region_in_eea IN (0, 1));

    -- A sole trader's identity number is the owner's personnummer.
    ALTER TABLE organisation ADD COLUMN legal_form TEXT NOT NULL DEFAULT 'company' CHECK (legal_form IN ('company', 'sole_trader'));
    ALTER TABLE customers ADD COLUMN legal_form TEXT NOT NULL DEFAULT 'company' CHECK (legal_form IN ('company', 'sole_trader'));

    -- The notice: its "gäller från" date, the cookie answer, drafts let in, the retention table's order.
    ALTER TABLE privacy_notice ADD COLUMN valid_from TEXT;
    -- NULL: not answered; 'necessary_only': no cookies beyond the strictly necessary; 'described': the list below.
    ALTER TABLE privacy_notice ADD COLUMN cookies TEXT CHECK (cookies IN ('necessary_only', 'described'));
    CREATE TABLE privacy_notice_cookies (
      id INTEGER PRIMARY KEY,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      provider TEXT NOT NULL DEFAULT '',
      purpose_sv TEXT NOT NULL DEFAULT '',
      purpose_en TEXT NOT NULL DEFAULT '',
      lifetime_sv TEXT NOT NULL DEFAULT '',
      lifetime_en TEXT NOT NULL DEFAULT '',
      needs_consent INTEGER NOT NULL DEFAULT 1 CHECK (needs_consent IN (0, 1))
    ) STRICT;
    CREATE TABLE privacy_notice_inclusions (
      activity_id INTEGER PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE
    ) STRICT;
    CREATE TABLE privacy_notice_retention_order (
      retention_rule_id INTEGER PRIMARY KEY REFERENCES retention_rules (id) ON DELETE CASCADE,
      position INTEGER NOT NULL
    ) STRICT;

    -- The same agreement version in the other language: its own document and SHA-256, generated
    -- while the register still matches the version's basis. Never changed once written.
    CREATE TABLE agreement_variants (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      lang TEXT NOT NULL CHECK (lang IN ('sv', 'en')),
      document BLOB NOT NULL,
      document_sha256 TEXT NOT NULL,
      generated_at TEXT NOT NULL,
      UNIQUE (agreement_id, lang)
    ) STRICT;
    CREATE TRIGGER agreement_variants_immutable
    BEFORE UPDATE OF document, document_sha256, lang, agreement_id ON agreement_variants
    BEGIN
      SELECT RAISE(ABORT, 'an agreement snapshot cannot be changed; generate a new version');
    END;
  `);
  rewordUntouchedDefaults(db);
}

// Built-in texts that stated facts no firm had given ("lösenord lagras hashade och saltade") or
// assumed a liability cap. Rows the user has edited keep the user's words.
const MEASURE_LABELS: [code: string, oldSv: string, oldEn: string, sv: string, en: string][] = [
  [
    'TECH_MFA',
    'Flerfaktorsautentisering, särskilt för administratörer och fjärråtkomst',
    'Multi-factor authentication, especially for administrators and remote access',
    'Flerfaktorsautentisering',
    'Multi-factor authentication',
  ],
  [
    'TECH_PASSWORD',
    'Lösenordspolicy; lösenord lagras hashade och saltade',
    'Password policy; passwords stored hashed and salted',
    'Lösenordspolicy',
    'Password policy',
  ],
];

const LIABILITY: [column: 'body_sv' | 'body_en', old: string, now: string][] = [
  [
    'body_sv',
    'Huvudavtalets bestämmelser om begränsning av ansvar gäller även detta avtal. De begränsar dock inte',
    'Om huvudavtalet begränsar parternas ansvar gäller begränsningen även detta avtal. Den begränsar dock inte',
  ],
  [
    'body_en',
    'The limitations of liability in the main agreement also apply to this agreement. They do not, however, limit',
    "If the main agreement limits the parties' liability, that limitation also applies to this agreement. It does not, however, limit",
  ],
];

function rewordUntouchedDefaults(db: Db): void {
  const now = new Date().toISOString();
  const measure = db.prepare(
    `UPDATE security_measures SET label_sv = ?, label_en = ?, revision = revision + 1, updated_at = ?
     WHERE builtin = 1 AND code = ? AND label_sv = ? AND label_en = ?`,
  );
  for (const [code, oldSv, oldEn, sv, en] of MEASURE_LABELS) measure.run(sv, en, now, code, oldSv, oldEn);

  let clauses = 0;
  for (const [column, old, reworded] of LIABILITY) {
    clauses += db
      .prepare(
        `UPDATE agreement_clauses SET ${column} = replace(${column}, ?, ?), revision = revision + 1, updated_at = ?
         WHERE code = 'liability' AND instr(${column}, ?) > 0`,
      )
      .run(old, reworded, now, old).changes;
  }
  // The template changed: agreements generated before say so (their language variants need a new version).
  if (clauses > 0)
    db.prepare(
      'UPDATE agreement_template SET version = version + 1, revision = revision + 1, updated_at = ? WHERE id = 1 AND version > 0',
    ).run(now);
}
