import type { Db } from '../types';

// Issue 17: the user's answers to the attention list (snoozed until a day, or not relevant, with
// who and why) and the register's own reminder settings. The list itself is derived, never stored.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE attention_dismissals (
      id INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL DEFAULT 1,
      -- The item's key ('<kind>:<record>'): one answer per item.
      item_key TEXT NOT NULL UNIQUE,
      -- The facts the user answered: when they change, the answer no longer holds.
      fingerprint TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('snooze', 'notRelevant')),
      until TEXT CHECK ((mode = 'snooze') = (until IS NOT NULL)),
      reason TEXT NOT NULL DEFAULT '',
      -- What the item said when it was answered: the history names the answer by it.
      label TEXT NOT NULL DEFAULT '',
      by_name TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE attention_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL DEFAULT 1,
      -- A sent agreement not signed after this many days needs a reminder (was fixed at 30).
      sent_agreement_days INTEGER NOT NULL DEFAULT 30 CHECK (sent_agreement_days BETWEEN 1 AND 365),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
  const now = new Date().toISOString();
  db.prepare('INSERT INTO attention_settings (id, created_at, updated_at) VALUES (1, ?, ?)').run(now, now);
}
