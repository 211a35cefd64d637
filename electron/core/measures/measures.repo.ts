import type { z } from 'zod';
import type { SecurityMeasure, securityMeasureFields } from '../../../shared/contract/measures';
import type { MeasureCategory, MeasureStatus } from '../../../shared/domain/enums';
import type { Db } from '../db/types';

type Fields = z.output<typeof securityMeasureFields>;

interface MeasureRow {
  id: number;
  revision: number;
  code: string | null;
  category: MeasureCategory;
  label_sv: string;
  label_en: string;
  status: MeasureStatus;
  note: string;
  note_en: string;
  builtin: 0 | 1;
  position: number;
  updated_at: string;
  activities: number;
  services: number;
}

/** Organisational first, then technical, then physical (domain.md §5), then position. */
const ORDER = `ORDER BY CASE m.category WHEN 'organisational' THEN 1 WHEN 'technical' THEN 2 ELSE 3 END, m.position, m.id`;

const SELECT = `SELECT m.*,
    (SELECT count(*) FROM activity_measures a WHERE a.measure_id = m.id) AS activities,
    (SELECT count(*) FROM service_measures s WHERE s.measure_id = m.id) AS services
  FROM security_measures m`;

function toMeasure(r: MeasureRow): SecurityMeasure {
  return {
    id: r.id,
    revision: r.revision,
    code: r.code,
    category: r.category,
    labelSv: r.label_sv,
    labelEn: r.label_en,
    status: r.status,
    note: r.note,
    noteEn: r.note_en,
    builtin: r.builtin === 1,
    usedBy: { activities: r.activities, services: r.services },
    updatedAt: r.updated_at,
  };
}

export interface MeasureRef {
  id: number;
  code: string | null;
  category: MeasureCategory;
  labelSv: string;
  labelEn: string;
  status: MeasureStatus;
  note: string;
  noteEn: string;
}

export function createMeasuresRepo(db: Db) {
  const selectOne = db.prepare(`${SELECT} WHERE m.id = ?`);
  const selectAll = db.prepare(`${SELECT} ${ORDER}`);
  const selectRefs = db.prepare(`SELECT m.id, m.code, m.category, m.label_sv, m.label_en, m.status, m.note, m.note_en
    FROM security_measures m WHERE m.id IN (SELECT value FROM json_each(?)) ${ORDER}`);
  const nextPosition = db.prepare('SELECT coalesce(max(position), 0) + 10 AS p FROM security_measures WHERE category = ?');
  const selectPosition = db.prepare('SELECT position FROM security_measures WHERE id = ?');
  const insert = db.prepare(`INSERT INTO security_measures (code, category, label_sv, label_en, status, note, note_en,
      builtin, position, created_at, updated_at)
    VALUES (NULL, @category, @labelSv, @labelEn, @status, @note, @noteEn, 0, @position, @now, @now)`);
  const update = db.prepare(`UPDATE security_measures SET revision = revision + 1, category = @category,
      label_sv = @labelSv, label_en = @labelEn, status = @status, note = @note, note_en = @noteEn, position = @position, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM security_measures WHERE id = ? AND revision = ?');

  return {
    get(id: number): SecurityMeasure | null {
      const r = selectOne.get(id) as MeasureRow | undefined;
      return r ? toMeasure(r) : null;
    },
    list(): SecurityMeasure[] {
      return (selectAll.all() as MeasureRow[]).map(toMeasure);
    },
    refs(ids: readonly number[]): MeasureRef[] {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      return (selectRefs.all(JSON.stringify(unique)) as MeasureRow[]).map((r) => ({
        id: r.id,
        code: r.code,
        category: r.category,
        labelSv: r.label_sv,
        labelEn: r.label_en,
        status: r.status,
        note: r.note,
        noteEn: r.note_en,
      }));
    },
    nextPosition(category: MeasureCategory): number {
      return (nextPosition.get(category) as { p: number }).p;
    },
    position(id: number): number {
      return (selectPosition.get(id) as { position: number } | undefined)?.position ?? 0;
    },
    insert(f: Fields, position: number, now: string): number {
      return Number(insert.run({ ...f, position, now }).lastInsertRowid);
    },
    update(id: number, revision: number, f: Fields, position: number, now: string): boolean {
      return update.run({ ...f, id, revision, position, now }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
  };
}

export type MeasuresRepo = ReturnType<typeof createMeasuresRepo>;
