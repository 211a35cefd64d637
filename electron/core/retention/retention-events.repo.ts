import type { Db } from '../db/types';
import { swedishSortKey } from '../text';

interface EventRow {
  id: number;
  revision: number;
  label_sv: string;
  label_en: string;
  updated_at: string;
  used_by: number;
}

export interface StoredEvent {
  id: number;
  revision: number;
  labelSv: string;
  labelEn: string;
  usedBy: number;
  updatedAt: string;
}

const SELECT = `SELECT e.*, (SELECT count(*) FROM retention_rules r WHERE r.anchor_event_id = e.id) AS used_by
  FROM retention_events e`;

const toEvent = (r: EventRow): StoredEvent => ({
  id: r.id,
  revision: r.revision,
  labelSv: r.label_sv,
  labelEn: r.label_en,
  usedBy: r.used_by,
  updatedAt: r.updated_at,
});

/** The register's own anchor events (table retention_events). */
export function createRetentionEventsRepo(db: Db) {
  const selectOne = db.prepare(`${SELECT} WHERE e.id = ?`);
  const selectAll = db.prepare(SELECT);
  const insert = db.prepare(`INSERT INTO retention_events (label_sv, label_en, created_at, updated_at)
    VALUES (@labelSv, @labelEn, @now, @now)`);
  const update = db.prepare(`UPDATE retention_events SET revision = revision + 1, label_sv = @labelSv, label_en = @labelEn,
      updated_at = @now WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM retention_events WHERE id = ? AND revision = ?');

  return {
    get(id: number): StoredEvent | null {
      const r = selectOne.get(id) as EventRow | undefined;
      return r ? toEvent(r) : null;
    },
    /** In Swedish alphabetical order of the Swedish label. */
    list(): StoredEvent[] {
      const rows = (selectAll.all() as EventRow[]).map((r) => ({ key: swedishSortKey(r.label_sv), event: toEvent(r) }));
      rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.event.id - b.event.id));
      return rows.map((r) => r.event);
    },
    insert(f: { labelSv: string; labelEn: string }, now: string): number {
      return Number(insert.run({ ...f, now }).lastInsertRowid);
    },
    update(id: number, revision: number, f: { labelSv: string; labelEn: string }, now: string): boolean {
      return update.run({ ...f, id, revision, now }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
  };
}

export type RetentionEventsRepo = ReturnType<typeof createRetentionEventsRepo>;
