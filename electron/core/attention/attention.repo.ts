import { AGREEMENT_OVERDUE_DAYS, type AttentionDismissal, type DismissalMode } from '../../../shared/contract';
import type { Db } from '../db/types';

// The user's answers to attention items, and the register's reminder settings (migration 10).

interface DismissalRow {
  id: number;
  revision: number;
  item_key: string;
  fingerprint: string;
  mode: DismissalMode;
  until: string | null;
  reason: string;
  by_name: string;
  updated_at: string;
}

export interface StoredDismissal extends AttentionDismissal {
  key: string;
  fingerprint: string;
}

const hydrate = (r: DismissalRow): StoredDismissal => ({
  id: r.id,
  revision: r.revision,
  key: r.item_key,
  fingerprint: r.fingerprint,
  mode: r.mode,
  until: r.until,
  reason: r.reason,
  by: r.by_name,
  at: r.updated_at,
});

export interface DismissalWrite {
  key: string;
  fingerprint: string;
  mode: DismissalMode;
  until: string | null;
  reason: string;
  label: string;
  by: string;
}

export function createAttentionRepo(db: Db) {
  const all = db.prepare<[], DismissalRow>('SELECT * FROM attention_dismissals');
  const byId = db.prepare<[number], DismissalRow>('SELECT * FROM attention_dismissals WHERE id = ?');
  const byKey = db.prepare<[string], DismissalRow>('SELECT * FROM attention_dismissals WHERE item_key = ?');
  const insert = db.prepare(
    `INSERT INTO attention_dismissals (item_key, fingerprint, mode, until, reason, label, by_name, created_at, updated_at)
     VALUES (@key, @fingerprint, @mode, @until, @reason, @label, @by, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE attention_dismissals SET fingerprint = @fingerprint, mode = @mode, until = @until, reason = @reason, label = @label,
       by_name = @by, updated_at = @now, revision = revision + 1 WHERE id = @id`,
  );
  const remove = db.prepare<[number, number]>('DELETE FROM attention_dismissals WHERE id = ? AND revision = ?');
  const settings = db.prepare<[], { revision: number; sent_agreement_days: number }>(
    'SELECT revision, sent_agreement_days FROM attention_settings WHERE id = 1',
  );
  const setSettings = db.prepare<[number, string, number]>(
    'UPDATE attention_settings SET sent_agreement_days = ?, updated_at = ?, revision = revision + 1 WHERE id = 1 AND revision = ?',
  );

  return {
    dismissals: (): StoredDismissal[] => all.all().map(hydrate),
    get: (id: number): StoredDismissal | null => {
      const row = byId.get(id);
      return row ? hydrate(row) : null;
    },
    /** Inserts the item's answer or replaces the earlier one; returns its id. */
    upsert(w: DismissalWrite, now: string): number {
      const existing = byKey.get(w.key);
      if (!existing) return Number(insert.run({ ...w, now }).lastInsertRowid);
      update.run({ ...w, now, id: existing.id });
      return existing.id;
    },
    remove: (id: number, revision: number): boolean => remove.run(id, revision).changes === 1,
    settings: () => {
      const row = settings.get();
      return { revision: row?.revision ?? 1, sentAgreementDays: row?.sent_agreement_days ?? AGREEMENT_OVERDUE_DAYS };
    },
    setSettings: (revision: number, sentAgreementDays: number, now: string): boolean =>
      setSettings.run(sentAgreementDays, now, revision).changes === 1,
  };
}

export type AttentionRepo = ReturnType<typeof createAttentionRepo>;
