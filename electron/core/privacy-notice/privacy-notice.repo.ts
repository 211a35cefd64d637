import type { Db } from '../db/types';

export interface NoticeRow {
  revision: number;
  introSv: string;
  introEn: string;
  updatedAt: string;
}

export interface NoticeSection {
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
}

/** All SQL of privacy_notice, privacy_notice_sections and privacy_notice_exclusions. */
export function createPrivacyNoticeRepo(db: Db) {
  const selectRow = db.prepare('SELECT revision, intro_sv, intro_en, updated_at FROM privacy_notice WHERE id = 1');
  const selectSections = db.prepare('SELECT title_sv, title_en, body_sv, body_en FROM privacy_notice_sections ORDER BY position, id');
  const selectExclusions = db.prepare('SELECT activity_id FROM privacy_notice_exclusions ORDER BY activity_id');
  const updateRow = db.prepare(
    'UPDATE privacy_notice SET intro_sv = ?, intro_en = ?, revision = revision + 1, updated_at = ? WHERE id = 1 AND revision = ?',
  );
  const deleteSections = db.prepare('DELETE FROM privacy_notice_sections');
  const insertSection = db.prepare(
    'INSERT INTO privacy_notice_sections (position, title_sv, title_en, body_sv, body_en) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteExclusions = db.prepare('DELETE FROM privacy_notice_exclusions');
  const insertExclusion = db.prepare('INSERT OR IGNORE INTO privacy_notice_exclusions (activity_id) VALUES (?)');

  return {
    get(): NoticeRow {
      const r = selectRow.get() as { revision: number; intro_sv: string; intro_en: string; updated_at: string };
      return { revision: r.revision, introSv: r.intro_sv, introEn: r.intro_en, updatedAt: r.updated_at };
    },
    sections(): NoticeSection[] {
      return (selectSections.all() as { title_sv: string; title_en: string; body_sv: string; body_en: string }[]).map((r) => ({
        titleSv: r.title_sv,
        titleEn: r.title_en,
        bodySv: r.body_sv,
        bodyEn: r.body_en,
      }));
    },
    excludedIds(): number[] {
      return (selectExclusions.all() as { activity_id: number }[]).map((r) => r.activity_id);
    },
    /** Replaces everything; false when the revision is stale. Call inside a transaction. */
    update(
      f: { introSv: string; introEn: string; sections: NoticeSection[]; excludedActivityIds: number[] },
      revision: number,
      now: string,
    ): boolean {
      if (updateRow.run(f.introSv, f.introEn, now, revision).changes !== 1) return false;
      deleteSections.run();
      f.sections.forEach((s, i) => insertSection.run(i, s.titleSv, s.titleEn, s.bodySv, s.bodyEn));
      deleteExclusions.run();
      for (const id of f.excludedActivityIds) insertExclusion.run(id);
      return true;
    },
  };
}

export type PrivacyNoticeRepo = ReturnType<typeof createPrivacyNoticeRepo>;
