import type { Db } from '../db/types';

export interface ClauseTexts {
  titleSv: string;
  bodySv: string;
  titleEn: string;
  bodyEn: string;
}

export interface ClauseRecord extends ClauseTexts {
  id: number;
  revision: number;
  position: number;
  code: string | null;
}

export interface TemplateRecord {
  revision: number;
  version: number;
  updatedAt: string;
}

interface ClauseRow {
  id: number;
  revision: number;
  position: number;
  code: string | null;
  title_sv: string;
  body_sv: string;
  title_en: string;
  body_en: string;
}

interface TemplateRow {
  revision: number;
  version: number;
  updated_at: string;
}

function toClause(r: ClauseRow): ClauseRecord {
  return {
    id: r.id,
    revision: r.revision,
    position: r.position,
    code: r.code,
    titleSv: r.title_sv,
    bodySv: r.body_sv,
    titleEn: r.title_en,
    bodyEn: r.body_en,
  };
}

/** The register's clause template: one header row (revision, version) and its clauses. */
export function createAgreementTemplateRepo(db: Db) {
  const selectTemplate = db.prepare('SELECT revision, version, updated_at FROM agreement_template WHERE id = 1');
  const selectClauses = db.prepare('SELECT * FROM agreement_clauses ORDER BY position, id');
  const selectClause = db.prepare('SELECT * FROM agreement_clauses WHERE id = ?');
  const insertClause = db.prepare(`INSERT INTO agreement_clauses (position, code, title_sv, body_sv, title_en, body_en,
      created_at, updated_at) VALUES (@position, @code, @titleSv, @bodySv, @titleEn, @bodyEn, @now, @now)`);
  const updateClause = db.prepare(`UPDATE agreement_clauses SET revision = revision + 1, title_sv = @titleSv,
      body_sv = @bodySv, title_en = @titleEn, body_en = @bodyEn, updated_at = @now WHERE id = @id AND revision = @revision`);
  const moveClause = db.prepare(`UPDATE agreement_clauses SET revision = revision + 1, position = @position,
      updated_at = @now WHERE id = @id AND revision = @revision`);
  const setPosition = db.prepare('UPDATE agreement_clauses SET position = @position WHERE id = @id AND position IS NOT @position');
  const deleteClause = db.prepare('DELETE FROM agreement_clauses WHERE id = ? AND revision = ?');
  const deleteAll = db.prepare('DELETE FROM agreement_clauses');
  const bump = db.prepare(`UPDATE agreement_template SET revision = revision + 1, version = version + 1,
      updated_at = @now WHERE id = 1 AND (@revision IS NULL OR revision = @revision)`);

  return {
    template(): TemplateRecord {
      const r = selectTemplate.get() as TemplateRow;
      return { revision: r.revision, version: r.version, updatedAt: r.updated_at };
    },
    clauses: (): ClauseRecord[] => (selectClauses.all() as ClauseRow[]).map(toClause),
    clause(id: number): ClauseRecord | null {
      const r = selectClause.get(id) as ClauseRow | undefined;
      return r ? toClause(r) : null;
    },
    insertClause(position: number, code: string | null, texts: ClauseTexts, now: string): number {
      return Number(insertClause.run({ position, code, ...texts, now }).lastInsertRowid);
    },
    /** False when the revision is stale (or the clause is gone). */
    updateClause: (id: number, revision: number, texts: ClauseTexts, now: string): boolean =>
      updateClause.run({ id, revision, ...texts, now }).changes === 1,
    moveClause: (id: number, revision: number, position: number, now: string): boolean =>
      moveClause.run({ id, revision, position, now }).changes === 1,
    /** Renumbers clauses 0…n-1 in the given order (only rows whose place changes are written). */
    renumber(ids: readonly number[]): void {
      ids.forEach((id, position) => setPosition.run({ id, position }));
    },
    deleteClause: (id: number, revision: number): boolean => deleteClause.run(id, revision).changes === 1,
    deleteAllClauses: (): void => void deleteAll.run(),
    /** A new template version; with a revision, only if it is still current (false otherwise). */
    bump: (now: string, revision: number | null = null): boolean => bump.run({ now, revision }).changes === 1,
  };
}

export type AgreementTemplateRepo = ReturnType<typeof createAgreementTemplateRepo>;
