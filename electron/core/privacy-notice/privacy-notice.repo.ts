import type { NoticeCookieAnswer } from '../../../shared/contract';
import type { Db } from '../db/types';

export interface NoticeRow {
  revision: number;
  introSv: string;
  introEn: string;
  validFrom: string | null;
  cookies: NoticeCookieAnswer | null;
  updatedAt: string;
}

export interface NoticeSection {
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
}

export interface NoticeCookie {
  name: string;
  provider: string;
  purposeSv: string;
  purposeEn: string;
  lifetimeSv: string;
  lifetimeEn: string;
  needsConsent: boolean;
}

export interface NoticeStored {
  introSv: string;
  introEn: string;
  validFrom: string | null;
  cookies: NoticeCookieAnswer | null;
  cookieList: NoticeCookie[];
  sections: NoticeSection[];
  excludedActivityIds: number[];
  includedDraftIds: number[];
  retentionOrder: number[];
}

interface CookieDbRow {
  name: string;
  provider: string;
  purpose_sv: string;
  purpose_en: string;
  lifetime_sv: string;
  lifetime_en: string;
  needs_consent: number;
}

/** All SQL of privacy_notice and its child tables (sections, exclusions, inclusions, cookies, retention order). */
export function createPrivacyNoticeRepo(db: Db) {
  const selectRow = db.prepare('SELECT revision, intro_sv, intro_en, valid_from, cookies, updated_at FROM privacy_notice WHERE id = 1');
  const selectSections = db.prepare('SELECT title_sv, title_en, body_sv, body_en FROM privacy_notice_sections ORDER BY position, id');
  const selectExclusions = db.prepare('SELECT activity_id FROM privacy_notice_exclusions ORDER BY activity_id');
  const selectInclusions = db.prepare('SELECT activity_id FROM privacy_notice_inclusions ORDER BY activity_id');
  const selectCookies = db.prepare(
    'SELECT name, provider, purpose_sv, purpose_en, lifetime_sv, lifetime_en, needs_consent FROM privacy_notice_cookies ORDER BY position, id',
  );
  const selectOrder = db.prepare('SELECT retention_rule_id FROM privacy_notice_retention_order ORDER BY position, retention_rule_id');
  const updateRow = db.prepare(
    'UPDATE privacy_notice SET intro_sv = ?, intro_en = ?, valid_from = ?, cookies = ?, revision = revision + 1, updated_at = ? WHERE id = 1 AND revision = ?',
  );
  const deleteSections = db.prepare('DELETE FROM privacy_notice_sections');
  const insertSection = db.prepare(
    'INSERT INTO privacy_notice_sections (position, title_sv, title_en, body_sv, body_en) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteExclusions = db.prepare('DELETE FROM privacy_notice_exclusions');
  const insertExclusion = db.prepare('INSERT OR IGNORE INTO privacy_notice_exclusions (activity_id) VALUES (?)');
  const deleteInclusions = db.prepare('DELETE FROM privacy_notice_inclusions');
  const insertInclusion = db.prepare('INSERT OR IGNORE INTO privacy_notice_inclusions (activity_id) VALUES (?)');
  const deleteCookies = db.prepare('DELETE FROM privacy_notice_cookies');
  const insertCookie = db.prepare(
    'INSERT INTO privacy_notice_cookies (position, name, provider, purpose_sv, purpose_en, lifetime_sv, lifetime_en, needs_consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const deleteOrder = db.prepare('DELETE FROM privacy_notice_retention_order');
  const insertOrder = db.prepare('INSERT OR IGNORE INTO privacy_notice_retention_order (retention_rule_id, position) VALUES (?, ?)');

  const ids = (rows: unknown[], key: string) => (rows as Record<string, number>[]).map((r) => r[key]!);

  return {
    get(): NoticeRow {
      const r = selectRow.get() as {
        revision: number;
        intro_sv: string;
        intro_en: string;
        valid_from: string | null;
        cookies: NoticeCookieAnswer | null;
        updated_at: string;
      };
      return {
        revision: r.revision,
        introSv: r.intro_sv,
        introEn: r.intro_en,
        validFrom: r.valid_from,
        cookies: r.cookies,
        updatedAt: r.updated_at,
      };
    },
    sections(): NoticeSection[] {
      return (selectSections.all() as { title_sv: string; title_en: string; body_sv: string; body_en: string }[]).map((r) => ({
        titleSv: r.title_sv,
        titleEn: r.title_en,
        bodySv: r.body_sv,
        bodyEn: r.body_en,
      }));
    },
    cookies(): NoticeCookie[] {
      return (selectCookies.all() as CookieDbRow[]).map((r) => ({
        name: r.name,
        provider: r.provider,
        purposeSv: r.purpose_sv,
        purposeEn: r.purpose_en,
        lifetimeSv: r.lifetime_sv,
        lifetimeEn: r.lifetime_en,
        needsConsent: r.needs_consent === 1,
      }));
    },
    excludedIds: (): number[] => ids(selectExclusions.all(), 'activity_id'),
    includedDraftIds: (): number[] => ids(selectInclusions.all(), 'activity_id'),
    retentionOrder: (): number[] => ids(selectOrder.all(), 'retention_rule_id'),
    /** Replaces everything; false when the revision is stale. Call inside a transaction. */
    update(f: NoticeStored, revision: number, now: string): boolean {
      if (updateRow.run(f.introSv, f.introEn, f.validFrom, f.cookies, now, revision).changes !== 1) return false;
      deleteSections.run();
      f.sections.forEach((s, i) => insertSection.run(i, s.titleSv, s.titleEn, s.bodySv, s.bodyEn));
      deleteExclusions.run();
      for (const id of f.excludedActivityIds) insertExclusion.run(id);
      deleteInclusions.run();
      for (const id of f.includedDraftIds) insertInclusion.run(id);
      deleteCookies.run();
      f.cookieList.forEach((c, i) =>
        insertCookie.run(i, c.name, c.provider, c.purposeSv, c.purposeEn, c.lifetimeSv, c.lifetimeEn, c.needsConsent ? 1 : 0),
      );
      deleteOrder.run();
      f.retentionOrder.forEach((id, i) => insertOrder.run(id, i));
      return true;
    },
  };
}

export type PrivacyNoticeRepo = ReturnType<typeof createPrivacyNoticeRepo>;
