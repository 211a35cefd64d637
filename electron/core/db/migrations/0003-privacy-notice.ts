import type { Db } from '../types';

// The privacy notice's own text: the user's introduction and extra sections, and which controller
// activities are left out of it. Everything else in the notice is read from the register.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE privacy_notice (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL DEFAULT 1,
      intro_sv TEXT NOT NULL DEFAULT '',
      intro_en TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE privacy_notice_sections (
      id INTEGER PRIMARY KEY,
      position INTEGER NOT NULL,
      title_sv TEXT NOT NULL,
      title_en TEXT NOT NULL DEFAULT '',
      body_sv TEXT NOT NULL DEFAULT '',
      body_en TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE privacy_notice_exclusions (
      activity_id INTEGER PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE
    ) STRICT;
  `);
  const now = new Date().toISOString();
  db.prepare('INSERT INTO privacy_notice (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
}
