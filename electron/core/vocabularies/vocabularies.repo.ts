import type { z } from 'zod';
import type { VocabularyTerm, vocabularyTermFields } from '../../../shared/contract/vocabularies';
import type { PersonalDataFlag, VocabularyKind } from '../../../shared/domain/enums';
import type { Db } from '../db/types';

type Fields = z.output<typeof vocabularyTermFields>;

interface TermRow {
  id: number;
  revision: number;
  kind: VocabularyKind;
  code: string | null;
  label_sv: string;
  label_en: string;
  flag: PersonalDataFlag;
  builtin: 0 | 1;
  position: number;
  archived_at: string | null;
  updated_at: string;
  usage_count: number;
}

/** The order lists are shown in: the kinds in enum order, then position within a kind. */
const KIND_ORDER = `CASE t.kind WHEN 'data_subject' THEN 1 WHEN 'personal_data' THEN 2 WHEN 'recipient' THEN 3 ELSE 4 END`;

/**
 * Where a term is used: distinct activities (as a category, a recipient or a retention row),
 * services, subscriptions (per-customer additions and exceptions) and breach records (the
 * categories involved; breach_terms has no ON DELETE, so a used term must stay).
 */
const USAGE = `(
  (SELECT count(*) FROM (
     SELECT activity_id FROM activity_terms WHERE term_id = t.id
     UNION SELECT activity_id FROM activity_recipients WHERE term_id = t.id
     UNION SELECT activity_id FROM activity_retention WHERE term_id = t.id))
  + (SELECT count(*) FROM service_terms WHERE term_id = t.id)
  + (SELECT count(*) FROM subscription_term_changes WHERE term_id = t.id)
  + (SELECT count(*) FROM breach_terms WHERE term_id = t.id)
)`;

function toTerm(r: TermRow): VocabularyTerm {
  return {
    id: r.id,
    revision: r.revision,
    kind: r.kind,
    code: r.code,
    labelSv: r.label_sv,
    labelEn: r.label_en,
    flag: r.flag,
    builtin: r.builtin === 1,
    archivedAt: r.archived_at,
    usageCount: r.usage_count,
    updatedAt: r.updated_at,
  };
}

export interface TermRef {
  id: number;
  kind: VocabularyKind;
  code: string | null;
  labelSv: string;
  labelEn: string;
  flag: PersonalDataFlag;
  archived: boolean;
}

export function createVocabulariesRepo(db: Db) {
  const select = `SELECT t.*, ${USAGE} AS usage_count FROM vocabulary_terms t`;
  const order = `ORDER BY ${KIND_ORDER}, t.position, t.id`;
  const selectOne = db.prepare(`${select} WHERE t.id = ?`);
  const listAll = db.prepare(`${select} WHERE (@archived = 1 OR t.archived_at IS NULL) ${order}`);
  const listKind = db.prepare(`${select} WHERE t.kind = @kind AND (@archived = 1 OR t.archived_at IS NULL) ${order}`);
  const nextPosition = db.prepare('SELECT coalesce(max(position), 0) + 10 AS p FROM vocabulary_terms WHERE kind = ?');
  const insert = db.prepare(`INSERT INTO vocabulary_terms (kind, code, label_sv, label_en, flag, builtin, position,
      created_at, updated_at) VALUES (@kind, NULL, @labelSv, @labelEn, @flag, 0, @position, @now, @now)`);
  const update = db.prepare(`UPDATE vocabulary_terms SET revision = revision + 1, kind = @kind, label_sv = @labelSv,
      label_en = @labelEn, flag = @flag, position = @position, updated_at = @now WHERE id = @id AND revision = @revision`);
  const setArchived = db.prepare(`UPDATE vocabulary_terms SET revision = revision + 1, archived_at = @archivedAt,
      updated_at = @now WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM vocabulary_terms WHERE id = ? AND revision = ?');
  const selectRefs = db.prepare(`SELECT t.id, t.kind, t.code, t.label_sv, t.label_en, t.flag, t.archived_at
    FROM vocabulary_terms t WHERE t.id IN (SELECT value FROM json_each(?)) ${order}`);
  const selectPosition = db.prepare('SELECT position FROM vocabulary_terms WHERE id = ?');

  return {
    get(id: number): VocabularyTerm | null {
      const r = selectOne.get(id) as TermRow | undefined;
      return r ? toTerm(r) : null;
    },
    list(kind: VocabularyKind | undefined, includeArchived: boolean): VocabularyTerm[] {
      const params = { kind, archived: includeArchived ? 1 : 0 };
      const rows = (kind ? listKind.all(params) : listAll.all(params)) as TermRow[];
      return rows.map(toTerm);
    },
    /** Compact rows for other features, in vocabulary order; unknown ids are left out. */
    refs(ids: readonly number[]): TermRef[] {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const rows = selectRefs.all(JSON.stringify(unique)) as Pick<
        TermRow,
        'id' | 'kind' | 'code' | 'label_sv' | 'label_en' | 'flag' | 'archived_at'
      >[];
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        code: r.code,
        labelSv: r.label_sv,
        labelEn: r.label_en,
        flag: r.flag,
        archived: r.archived_at !== null,
      }));
    },
    insert(f: Fields, now: string): number {
      const position = (nextPosition.get(f.kind) as { p: number }).p;
      return Number(insert.run({ ...f, position, now }).lastInsertRowid);
    },
    /** Returns false when the revision is stale (or the row is gone). */
    update(id: number, revision: number, f: Fields, position: number, now: string): boolean {
      return update.run({ ...f, id, revision, position, now }).changes === 1;
    },
    nextPosition(kind: VocabularyKind): number {
      return (nextPosition.get(kind) as { p: number }).p;
    },
    setArchived(id: number, revision: number, archivedAt: string | null, now: string): boolean {
      return setArchived.run({ id, revision, archivedAt, now }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
    /** The row's position, for keeping it when the kind does not change. */
    position(id: number): number {
      return (selectPosition.get(id) as { position: number } | undefined)?.position ?? 0;
    },
  };
}

export type VocabulariesRepo = ReturnType<typeof createVocabulariesRepo>;
