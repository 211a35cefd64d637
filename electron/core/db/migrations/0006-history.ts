import type { Db } from '../types';

// The change history (issue 11): one row per changed record, chained by SHA-256 (prev_hash →
// hash), append-only. The only update allowed is the one-time redaction of an entry's values
// (a purge or a deliberate erasure): the facts and the hashes stay as they were.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE history (
      id INTEGER PRIMARY KEY,
      change_id INTEGER NOT NULL,
      at TEXT NOT NULL,
      os_user TEXT NOT NULL,
      display_name TEXT NOT NULL,
      method TEXT NOT NULL,
      kind TEXT NOT NULL,
      record_id INTEGER,
      record_name TEXT NOT NULL,
      parent_kind TEXT,
      parent_id INTEGER,
      action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'redact')),
      -- JSON: { fields: [{ field, before, after }], lists: [{ list, added, removed }] }
      changes TEXT NOT NULL,
      -- JSON: the record's rows after the change (before it, for a delete); null once redacted
      snapshot TEXT,
      redacted_at TEXT,
      prev_hash TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX history_record ON history (kind, record_id, id);
    CREATE INDEX history_parent ON history (parent_kind, parent_id, id) WHERE parent_id IS NOT NULL;
    CREATE INDEX history_change ON history (change_id);
    CREATE INDEX history_at ON history (at);

    CREATE TRIGGER history_no_delete BEFORE DELETE ON history
    BEGIN
      SELECT RAISE(ABORT, 'The change history is append-only');
    END;

    CREATE TRIGGER history_redact_only BEFORE UPDATE ON history
    WHEN OLD.redacted_at IS NOT NULL OR NEW.redacted_at IS NULL OR NEW.snapshot IS NOT NULL
      OR NEW.id IS NOT OLD.id OR NEW.change_id IS NOT OLD.change_id OR NEW.at IS NOT OLD.at
      OR NEW.os_user IS NOT OLD.os_user OR NEW.display_name IS NOT OLD.display_name
      OR NEW.method IS NOT OLD.method OR NEW.kind IS NOT OLD.kind OR NEW.record_id IS NOT OLD.record_id
      OR NEW.parent_kind IS NOT OLD.parent_kind OR NEW.parent_id IS NOT OLD.parent_id
      OR NEW.action IS NOT OLD.action OR NEW.prev_hash IS NOT OLD.prev_hash
      OR NEW.content_hash IS NOT OLD.content_hash OR NEW.hash IS NOT OLD.hash
    BEGIN
      SELECT RAISE(ABORT, 'A change history entry can only be redacted, once');
    END;
  `);
}
