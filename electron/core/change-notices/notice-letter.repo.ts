import type { NoticeLetterTexts } from '../../../shared/contract';
import type { Db } from '../db/types';

/** The letter's texts as stored: null where the register uses the text shipped with the app. */
export type StoredLetterTexts = { [K in keyof NoticeLetterTexts]: string | null };

export interface NoticeLetterRecord {
  revision: number;
  texts: StoredLetterTexts;
  updatedAt: string;
}

interface NoticeLetterRow {
  revision: number;
  subject_sv: string | null;
  subject_en: string | null;
  intro_sv: string | null;
  intro_en: string | null;
  objection_sv: string | null;
  objection_en: string | null;
  closing_sv: string | null;
  closing_en: string | null;
  intro_no_agreement_sv: string | null;
  intro_no_agreement_en: string | null;
  objection_no_agreement_sv: string | null;
  objection_no_agreement_en: string | null;
  updated_at: string;
}

function toRecord(r: NoticeLetterRow): NoticeLetterRecord {
  return {
    revision: r.revision,
    texts: {
      subjectSv: r.subject_sv,
      subjectEn: r.subject_en,
      introSv: r.intro_sv,
      introEn: r.intro_en,
      objectionSv: r.objection_sv,
      objectionEn: r.objection_en,
      closingSv: r.closing_sv,
      closingEn: r.closing_en,
      introNoAgreementSv: r.intro_no_agreement_sv,
      introNoAgreementEn: r.intro_no_agreement_en,
      objectionNoAgreementSv: r.objection_no_agreement_sv,
      objectionNoAgreementEn: r.objection_no_agreement_en,
    },
    updatedAt: r.updated_at,
  };
}

/** The register's notice-letter texts: one row (id 1), written by the migration. */
export function createNoticeLetterRepo(db: Db) {
  const select = db.prepare('SELECT * FROM notice_letter WHERE id = 1');
  const update = db.prepare(`UPDATE notice_letter SET revision = revision + 1,
      subject_sv = @subjectSv, subject_en = @subjectEn, intro_sv = @introSv, intro_en = @introEn,
      objection_sv = @objectionSv, objection_en = @objectionEn, closing_sv = @closingSv, closing_en = @closingEn,
      intro_no_agreement_sv = @introNoAgreementSv, intro_no_agreement_en = @introNoAgreementEn,
      objection_no_agreement_sv = @objectionNoAgreementSv, objection_no_agreement_en = @objectionNoAgreementEn,
      updated_at = @now WHERE id = 1 AND revision = @revision`);

  return {
    get: (): NoticeLetterRecord => toRecord(select.get() as NoticeLetterRow),
    /** False when the revision is stale. */
    update: (revision: number, texts: StoredLetterTexts, now: string): boolean => update.run({ ...texts, revision, now }).changes === 1,
  };
}

export type NoticeLetterRepo = ReturnType<typeof createNoticeLetterRepo>;
