import { Packer } from 'docx';
import type { PrivacyNoticeFields, PrivacyNoticeSettings } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { activitiesService } from '../activities/activities.service';
import { privacyNoticeDocx } from '../documents/privacy-notice.docx';
import { privacyNoticeHtml } from '../documents/privacy-notice.html';
import type { PrivacyNoticeView } from '../documents/model';
import { conflict, invalidField } from '../errors';
import type { Session } from '../session';
import { createPrivacyNoticeRepo, type PrivacyNoticeRepo } from './privacy-notice.repo';
import { buildPrivacyNoticeView, collectNoticeFacts } from './privacy-notice.view';

type Fields = Required<PrivacyNoticeFields> & { sections: Required<PrivacyNoticeFields['sections'][number]>[] };

export function createPrivacyNoticeService(repo: PrivacyNoticeRepo, session: Session) {
  const activities = () => session.use(activitiesService);

  function get(): PrivacyNoticeSettings {
    const row = repo.get();
    const excluded = repo.excludedIds();
    const excludedSet = new Set(excluded);
    return {
      revision: row.revision,
      introSv: row.introSv,
      introEn: row.introEn,
      excludedActivityIds: excluded,
      sections: repo.sections(),
      activities: activities()
        .list({ query: '', includeArchived: false })
        .items.filter((a) => a.status !== 'archived')
        .map((a) => ({ id: a.id, refNo: a.refNo, name: a.name, status: a.status, included: !excludedSet.has(a.id) }))
        // In reference-number order as in the register (PA-01, PA-02 …); unnumbered ones last.
        .sort(
          (a, b) =>
            (a.refNo === '' ? 1 : 0) - (b.refNo === '' ? 1 : 0) ||
            a.refNo.localeCompare(b.refNo, 'sv', { numeric: true }) ||
            a.name.localeCompare(b.name, 'sv'),
        ),
      updatedAt: row.updatedAt,
    };
  }

  function view(lang: Language): PrivacyNoticeView {
    const row = repo.get();
    const facts = collectNoticeFacts(session, {
      intro: { sv: row.introSv, en: row.introEn },
      sections: repo.sections(),
      excludedIds: repo.excludedIds(),
      updatedAt: row.updatedAt,
    });
    return buildPrivacyNoticeView(facts, lang, session.today());
  }

  return {
    get,
    update(fields: Fields, revision: number): PrivacyNoticeSettings {
      return session.tx(() => {
        const known = new Set(
          activities()
            .list({ query: '', includeArchived: true })
            .items.map((a) => a.id),
        );
        fields.excludedActivityIds.forEach((id, i) => {
          if (!known.has(id)) throw invalidField(['excludedActivityIds', i], 'v.unknownReference', { id });
        });
        if (!repo.update(fields, revision, session.now())) throw conflict(get());
        return get();
      });
    },
    view,
    html: (lang: Language) => {
      const v = view(lang);
      return { html: privacyNoticeHtml(v), registerVersion: v.registerVersion, view: v };
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
