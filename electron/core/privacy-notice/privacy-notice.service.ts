import { Packer } from 'docx';
import type { PrivacyNoticeFields, PrivacyNoticeSettings } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { activitiesService } from '../activities/activities.service';
import { privacyNoticeDocx } from '../documents/privacy-notice.docx';
import { privacyNoticeHtml } from '../documents/privacy-notice.html';
import type { PrivacyNoticeView } from '../documents/model';
import { conflict, invalidField } from '../errors';
import { retentionService } from '../retention/retention.service';
import type { Session } from '../session';
import { createPrivacyNoticeRepo, type NoticeStored, type PrivacyNoticeRepo } from './privacy-notice.repo';
import { buildPrivacyNoticeDraft, collectNoticeFacts, leftOutReason, type NoticeDraft, type NoticeFacts } from './privacy-notice.view';

/** The validated fields; the ones added in schema 7 may be left out by older callers (the sample, tests). */
type Fields = Omit<NoticeStored, 'validFrom' | 'cookies' | 'cookieList' | 'includedDraftIds' | 'retentionOrder'> &
  Partial<Pick<NoticeStored, 'validFrom' | 'cookies' | 'cookieList' | 'includedDraftIds' | 'retentionOrder'>> &
  Pick<Required<PrivacyNoticeFields>, 'sections'>;

/** In reference-number order as in the register (PA-01, PA-02 …); unnumbered ones last. */
const byRefNo = (a: { refNo: string; name: string }, b: { refNo: string; name: string }) =>
  (a.refNo === '' ? 1 : 0) - (b.refNo === '' ? 1 : 0) ||
  a.refNo.localeCompare(b.refNo, 'sv', { numeric: true }) ||
  a.name.localeCompare(b.name, 'sv');

export function createPrivacyNoticeService(repo: PrivacyNoticeRepo, session: Session) {
  const activities = () => session.use(activitiesService);

  function facts(): NoticeFacts {
    const row = repo.get();
    return collectNoticeFacts(session, {
      intro: { sv: row.introSv, en: row.introEn },
      sections: repo.sections(),
      excludedIds: repo.excludedIds(),
      includedDraftIds: repo.includedDraftIds(),
      retentionOrder: repo.retentionOrder(),
      validFrom: row.validFrom,
      cookies: row.cookies,
      cookieList: repo.cookies(),
      updatedAt: row.updatedAt,
    });
  }

  function get(): PrivacyNoticeSettings {
    const row = repo.get();
    const choice = { excludedIds: repo.excludedIds(), includedDraftIds: repo.includedDraftIds() };
    const listed = activities()
      .list({ query: '', includeArchived: false })
      .items.filter((a) => a.status !== 'archived')
      .sort(byRefNo);
    // The table's rows, in the order the notice prints them.
    const retentionRows = facts().rules.map((r) => ({ id: r.id, name: r.nameSv }));
    return {
      revision: row.revision,
      introSv: row.introSv,
      introEn: row.introEn,
      validFrom: row.validFrom,
      cookies: row.cookies,
      cookieList: repo.cookies(),
      excludedActivityIds: choice.excludedIds,
      includedDraftIds: choice.includedDraftIds,
      retentionOrder: repo.retentionOrder(),
      sections: repo.sections(),
      activities: listed.map((a) => ({
        id: a.id,
        refNo: a.refNo,
        name: a.name,
        status: a.status,
        included: leftOutReason(a, choice) === null,
      })),
      retentionRows,
      updatedAt: row.updatedAt,
    };
  }

  function draft(lang: Language): NoticeDraft {
    return buildPrivacyNoticeDraft(facts(), lang, session.today());
  }

  const view = (lang: Language): PrivacyNoticeView => draft(lang).view;

  return {
    get,
    facts,
    draft,
    update(input: Fields, revision: number): PrivacyNoticeSettings {
      const fields: NoticeStored = {
        validFrom: null,
        cookies: null,
        cookieList: [],
        includedDraftIds: [],
        retentionOrder: [],
        ...input,
      };
      return session.tx(() => {
        const known = new Set(
          activities()
            .list({ query: '', includeArchived: true })
            .items.map((a) => a.id),
        );
        for (const list of ['excludedActivityIds', 'includedDraftIds'] as const) {
          fields[list].forEach((id, i) => {
            if (!known.has(id)) throw invalidField([list, i], 'v.unknownReference', { id });
          });
        }
        const rules = new Set(
          session
            .use(retentionService)
            .list()
            .map((r) => r.id),
        );
        fields.retentionOrder.forEach((id, i) => {
          if (!rules.has(id)) throw invalidField(['retentionOrder', i], 'v.unknownReference', { id });
        });
        // "Described" is an answer only with the cookies described.
        if (fields.cookies === 'described' && fields.cookieList.length === 0) throw invalidField(['cookieList'], 'v.required');
        if (!repo.update(fields, revision, session.now())) throw conflict(get());
        return get();
      });
    },
    view,
    html: (lang: Language) => {
      const v = view(lang);
      return { html: privacyNoticeHtml(v), registerVersion: v.registerVersion, view: v };
    },
    /** The HTML preview and which activities it leaves out. */
    preview(lang: Language) {
      const f = facts();
      const v = buildPrivacyNoticeDraft(f, lang, session.today()).view;
      return { html: privacyNoticeHtml(v), registerVersion: v.registerVersion, leftOut: f.leftOut };
    },
    async docx(lang: Language): Promise<{ data: Uint8Array; registerVersion: string }> {
      const v = view(lang);
      const buffer = await Packer.toBuffer(privacyNoticeDocx(v));
      return { data: new Uint8Array(buffer), registerVersion: v.registerVersion };
    },
  };
}

export type PrivacyNoticeService = ReturnType<typeof createPrivacyNoticeService>;

/** The privacy notice of the open register (`session.use(privacyNoticeService)`). */
export const privacyNoticeService = (s: Session): PrivacyNoticeService => createPrivacyNoticeService(createPrivacyNoticeRepo(s.db), s);
