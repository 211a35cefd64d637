// The privacy notice's view-model: the facts are read from the register once (collectNoticeFacts),
// then turned into a document in one language (buildPrivacyNoticeDraft, pure). The templates in
// electron/core/documents render the view to DOCX or HTML. Every sentence comes from the register
// or from the law: where the register holds no answer, the sentence is left out and the preflight
// (privacy-notice.preflight.ts) says what is missing.
import crypto from 'node:crypto';
import type { Activity, NoticeCookieAnswer, NoticeLeftOutReason, Organisation, RetentionRule } from '../../../shared/contract';
import type { LegalBasis, MeasureCategory } from '../../../shared/domain/enums';
import { enumLabel, locationIsInEea, type Label, type Location } from '../../../shared/domain/labels';
import { glossary } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { maskIdentity } from '../../../shared/orgnr';
import { activitiesService } from '../activities/activities.service';
import { documentWords } from '../documents/document.words';
import { fallback } from '../documents/language';
import { labelled, paragraph, type DocBlock, type DocLogo, type DocRun, type DocSection, type PrivacyNoticeView } from '../documents/model';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import { servicesService } from '../services/services.service';
import { stockholmDate, type Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import {
  basesOf,
  capitalise,
  joinList,
  labelList,
  lowerFirst,
  purposeRuns,
  recipientGroups,
  recipientsAnswered,
  retentionPolicy,
  sentence,
  supplierLine,
  transferLines,
  unique,
  type NoticeFallback,
} from './activity-phrases';
import type { NoticeCookie, NoticeSection } from './privacy-notice.repo';
import { IMY, privacyNoticeWords } from './privacy-notice.words';

interface TermFact {
  id: number;
  code: string | null;
  kind: string;
  labelSv: string;
  labelEn: string;
}

export interface NoticeSubprocessor extends Location {
  id: number;
  name: string;
  transferMechanism: string;
  /** When the processor agreement was made; null when the register has none. */
  agreementDate: string | null;
}

export interface NoticeSystem extends Location {
  id: number;
  name: string;
  nameEn: string;
}

/** Everything the notice says, read from the register (no language chosen yet). */
export interface NoticeFacts {
  organisation: Omit<Organisation, 'revision' | 'updatedAt' | 'complete' | 'logo'>;
  logo: (DocLogo & { sha256: string }) | null;
  intro: Label;
  sections: NoticeSection[];
  validFrom: string | null;
  cookies: NoticeCookieAnswer | null;
  cookieList: NoticeCookie[];
  /** Included controller activities (not archived, not excluded, drafts only when let in), in name order. */
  activities: Activity[];
  /** Non-archived activities the notice leaves out, and why (not part of the register version). */
  leftOut: { id: number; name: string; reason: NoticeLeftOutReason }[];
  /** Data-subject, personal-data and recipient terms the activities use. */
  terms: TermFact[];
  subprocessors: NoticeSubprocessor[];
  /** The systems the activities use, with where they hold data. */
  systems: NoticeSystem[];
  /** Retention rules used by the activities: in the notice's chosen order, the rest in order of first use. */
  rules: RetentionRule[];
  measures: { id: number; category: MeasureCategory; labelSv: string; labelEn: string }[];
  /** Names of the firm's active services (it then also acts as a processor). */
  services: string[];
  /** The latest change (ISO timestamp) among the data the notice is built from. */
  latestChange: string;
}

/** What the notice leaves out of it, as stored. */
export interface NoticeChoice {
  excludedIds: readonly number[];
  includedDraftIds: readonly number[];
}

// The phrase builders moved to activity-phrases.ts (shared with the access reply); callers keep these names.
export { basesOf, recipientsAnswered, type NoticeFallback };

/** Whether the notice takes in an activity; null when it does, else why not. */
export function leftOutReason(a: { id: number; status: string }, choice: NoticeChoice): NoticeLeftOutReason | null {
  if (choice.excludedIds.includes(a.id)) return 'excluded';
  if (a.status === 'draft' && !choice.includedDraftIds.includes(a.id)) return 'draft';
  return null;
}

/** The rules in the user's order first, then the others as they came. */
export function orderRules<T extends { id: number }>(rules: readonly T[], order: readonly number[]): T[] {
  const position = new Map(order.map((id, i) => [id, i]));
  return rules
    .map((rule, i) => ({ rule, key: position.get(rule.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.rule);
}

export function collectNoticeFacts(
  session: Session,
  notice: {
    intro: Label;
    sections: NoticeSection[];
    excludedIds: number[];
    includedDraftIds: number[];
    retentionOrder: number[];
    validFrom: string | null;
    cookies: NoticeCookieAnswer | null;
    cookieList: NoticeCookie[];
    updatedAt: string;
  },
): NoticeFacts {
  const org = session.organisation.get();
  const activitiesSvc = session.use(activitiesService);
  const listed = activitiesSvc.list({ query: '', includeArchived: false }).items.filter((a) => a.status !== 'archived');
  const leftOut = listed.flatMap((a) => {
    const reason = leftOutReason(a, { excludedIds: notice.excludedIds, includedDraftIds: notice.includedDraftIds });
    return reason === null ? [] : [{ id: a.id, name: a.name, reason }];
  });
  const out = new Set(leftOut.map((a) => a.id));
  const activities = listed.filter((a) => !out.has(a.id)).map((a) => activitiesSvc.get(a.id));

  const termIds = unique(
    activities.flatMap((a) => [
      ...a.dataSubjectTermIds,
      ...a.personalDataTermIds,
      ...a.recipients.flatMap((r) => (r.termId === null ? [] : [r.termId])),
    ]),
  );
  const wanted = new Set(termIds);
  const terms = session
    .use(vocabulariesService)
    .list(undefined, true)
    .filter((t) => wanted.has(t.id))
    .map((t) => ({ id: t.id, code: t.code, kind: t.kind, labelSv: t.labelSv, labelEn: t.labelEn }));

  const subprocessors = session
    .use(subprocessorsService)
    .records(unique(activities.flatMap((a) => a.recipients.flatMap((r) => (r.subprocessorId === null ? [] : [r.subprocessorId])))))
    .map((s) => ({
      id: s.id,
      name: s.name,
      locationKind: s.locationKind,
      country: s.country,
      regionName: s.regionName,
      regionInEea: s.regionInEea,
      transferMechanism: s.transferMechanism,
      agreementDate: s.agreementDate,
    }));

  const systemIds = new Set(activities.flatMap((a) => a.systemIds));
  const systems = session
    .use(systemsService)
    .list('')
    .filter((s) => systemIds.has(s.id))
    .map((s) => ({
      id: s.id,
      name: s.name,
      nameEn: s.nameEn,
      locationKind: s.locationKind,
      country: s.country,
      regionName: s.regionName,
      regionInEea: s.regionInEea,
    }));

  const retention = session.use(retentionService);
  const firstUse = unique(activities.flatMap((a) => a.retention.map((r) => r.retentionRuleId))).map((id) => retention.get(id));
  const rules = orderRules(firstUse, notice.retentionOrder);

  const linked = new Set(activities.flatMap((a) => a.measureIds));
  const summary = session.use(measuresService).summary();
  const implemented = summary.categories.flatMap((c) =>
    c.implemented.map((m) => ({ category: c.category, id: m.id, labelSv: m.labelSv, labelEn: m.labelEn })),
  );
  // The measures of the included activities; the register-wide list when none are linked.
  const chosen = implemented.some((m) => linked.has(m.id)) ? implemented.filter((m) => linked.has(m.id)) : implemented;

  const services = session
    .use(servicesService)
    .list({})
    .map((s) => s.name);
  const logoData = session.organisation.getLogo();
  const logo =
    org.logo && logoData
      ? {
          mime: org.logo.mimeType,
          data: new Uint8Array(Buffer.from(logoData.dataUrl.slice(logoData.dataUrl.indexOf(',') + 1), 'base64')),
          sha256: org.logo.sha256,
        }
      : null;

  const { revision: _r, updatedAt, complete: _c, logo: _l, ...organisation } = org;
  const latestChange = [updatedAt, notice.updatedAt, ...activities.map((a) => a.updatedAt), ...rules.map((r) => r.updatedAt)]
    .sort()
    .at(-1)!;
  return {
    organisation,
    logo,
    intro: notice.intro,
    sections: notice.sections,
    validFrom: notice.validFrom,
    cookies: notice.cookies,
    cookieList: notice.cookieList,
    activities,
    leftOut,
    terms,
    subprocessors,
    systems,
    rules,
    measures: chosen,
    services,
    latestChange,
  };
}

/**
 * Which state of the register the notice reflects: the date of the latest change to the data it
 * is built from and a short hash of that data. The same for both languages; it changes when
 * anything in the notice would change, and not merely because a day has passed.
 */
export function registerVersion(facts: NoticeFacts): string {
  const { logo, activities, leftOut: _lo, ...rest } = facts;
  const stable = {
    ...rest,
    logo: logo?.sha256 ?? null,
    // Completeness and timestamps do not change what the notice says.
    activities: activities.map(({ completeness: _c, updatedAt: _u, createdAt: _cr, revision: _r, ...a }) => a),
    rules: rest.rules.map(({ updatedAt: _u, revision: _r, usedBy: _ub, warnings: _w, ...r }) => r),
    latestChange: undefined,
  };
  const hash = crypto.createHash('sha256').update(JSON.stringify(stable)).digest('hex').slice(0, 8);
  return `${stockholmDate(new Date(facts.latestChange))}.${hash}`;
}

const WEBSITE_CODES = new Set(['website_visitor']);
const WEBSITE_WORDS = /webbplats|website/i;

/** Activities about visitors of the website: a data-subject term that says so. */
export function websiteActivities(facts: Pick<NoticeFacts, 'activities' | 'terms'>): Activity[] {
  const term = new Map(facts.terms.map((x) => [x.id, x]));
  return facts.activities.filter((a) =>
    a.dataSubjectTermIds.some((id) => {
      const t = term.get(id);
      return t !== undefined && (WEBSITE_CODES.has(t.code ?? '') || WEBSITE_WORDS.test(t.labelSv) || WEBSITE_WORDS.test(t.labelEn));
    }),
  );
}

function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(paragraph);
}

export interface NoticeDraft {
  view: PrivacyNoticeView;
  /** Where the English notice printed Swedish text (empty in Swedish). */
  fallbacks: NoticeFallback[];
}

export function buildPrivacyNoticeView(facts: NoticeFacts, lang: Language, today: string): PrivacyNoticeView {
  return buildPrivacyNoticeDraft(facts, lang, today).view;
}

export function buildPrivacyNoticeDraft(facts: NoticeFacts, lang: Language, today: string): NoticeDraft {
  const words = privacyNoticeWords[lang];
  const sv = lang === 'sv';
  const org = facts.organisation;
  const version = registerVersion(facts);
  const fallbacks: NoticeFallback[] = [];
  const seen = new Set<string>();

  /** A text with its English variant, in the notice's language; a Swedish stand-in is marked and recorded. */
  const tr = (svText: string, enText: string, where: NoticeFallback): string => {
    if (sv) return svText;
    if (enText.trim() === '' && svText.trim() !== '') {
      const key = `${where.kind}:${where.id}:${where.field}`;
      if (!seen.has(key)) fallbacks.push(where);
      seen.add(key);
    }
    return fallback(enText, svText);
  };

  const term = new Map(facts.terms.map((x) => [x.id, x]));
  const termLabel = (id: number) => {
    const x = term.get(id);
    return x ? tr(x.labelSv, x.labelEn, { kind: 'vocabularyTerm', id: x.id, field: 'labelEn', subject: x.labelSv }) : '';
  };
  const subs = new Map(facts.subprocessors.map((s) => [s.id, s]));
  const systems = new Map(facts.systems.map((s) => [s.id, s]));
  const activityName = (a: Activity) => tr(a.name, a.nameEn, { kind: 'activity', id: a.id, field: 'nameEn', subject: a.name });
  const noticeText = (svText: string, enText: string, field: string) =>
    tr(svText, enText, { kind: 'privacyNotice', id: null, field, subject: null });
  const sections: DocSection[] = [];

  // 1. Introduction (the user's own, or ours).
  const ownIntro = (sv ? facts.intro.sv : noticeText(facts.intro.sv, facts.intro.en, 'introEn')).trim();
  sections.push({
    title: words.introTitle,
    blocks: ownIntro ? paragraphs(ownIntro) : [paragraph(words.intro(org.name))],
  });

  // 2. Who is responsible. A sole trader's identity is a personnummer: masked, the notice does not need it.
  const address = [org.address.street, [org.address.postalCode, org.address.city].filter(Boolean).join(' '), org.address.country]
    .filter(Boolean)
    .join(', ');
  const identity = maskIdentity(org.orgNr, org.legalForm);
  const identityLabel = (org.legalForm === 'sole_trader' ? glossary.personnummer : glossary.orgNr)[lang].toLowerCase();
  const contactItems: DocRun[][] = [];
  if (address) contactItems.push(labelled(words.address, address));
  if (org.email) contactItems.push(labelled(words.email, org.email));
  if (org.phone) contactItems.push(labelled(words.phone, org.phone));
  if (org.website) contactItems.push(labelled(words.website, org.website));
  const responsible: DocBlock[] = [paragraph(words.controllerStatement(org.name, identityLabel, identity))];
  if (contactItems.length) responsible.push({ kind: 'list', items: contactItems });
  if (org.dpo.name || org.dpo.email) {
    const dpo = [org.dpo.name, org.dpo.email, org.dpo.phone].filter(Boolean).join(', ');
    responsible.push({ kind: 'paragraph', runs: labelled(words.dpo, dpo) });
  }
  sections.push({ title: words.responsibleTitle, blocks: responsible });

  // 3. What data, about whom, from where – per kind of data subject. A category appears under a
  // kind of data subject only from an activity that has both.
  const OTHER = -1;
  const groups = new Map<number, Activity[]>();
  for (const a of facts.activities) {
    const subjects = a.dataSubjectTermIds.filter((id) => term.has(id));
    for (const s of subjects.length ? subjects : [OTHER]) groups.set(s, [...(groups.get(s) ?? []), a]);
  }
  const dataBlocks: DocBlock[] = [];
  dataBlocks.push(paragraph(groups.size === 0 ? words.noData : words.dataDepends));
  for (const [subject, acts] of groups) {
    const data = unique(acts.flatMap((a) => a.personalDataTermIds.filter((id) => term.has(id)).map(termLabel)));
    const sources = unique(acts.flatMap((a) => a.dataSources)).map((s) => words.sourcePhrase[s]);
    const special = unique(acts.flatMap((a) => a.specialCategories)).map((c) => lowerFirst(enumLabel('specialCategory', c, lang)));
    const items: DocRun[][] = [];
    items.push(labelled(words.data, data.length ? sentence(labelList(data, lang)) : words.dataNeeded));
    if (sources.length) items.push(labelled(words.source, sentence(capitalise(joinList(sources, lang)))));
    const headings = unique(acts.filter((a) => a.purposes.length > 0).map((a) => words.quote(activityName(a))));
    if (headings.length) items.push(labelled(words.purposesOf, words.seeBelow(joinList(headings, lang))));
    if (special.length) items.push(labelled(words.specialCategories, sentence(capitalise(joinList(special, lang)))));
    // The recorded justification and note, never a reason of our own.
    const pnr = unique(
      acts
        .filter((a) => a.personnummer)
        .flatMap((a) => [
          ...(a.pnrJustification ? [words.personnummerBecause[a.pnrJustification]] : []),
          ...(a.pnrNote.trim()
            ? [
                tr(sentence(a.pnrNote), a.pnrNoteEn.trim() ? sentence(a.pnrNoteEn) : '', {
                  kind: 'activity',
                  id: a.id,
                  field: 'pnrNoteEn',
                  subject: a.name,
                }),
              ]
            : []),
        ]),
    );
    if (pnr.length) items.push(labelled(words.personnummer, pnr.join(' ')));
    dataBlocks.push({ kind: 'heading', text: subject === OTHER ? words.otherSubjects : termLabel(subject) }, { kind: 'list', items });
  }
  sections.push({ title: words.dataTitle, blocks: dataBlocks });

  // 4. Purposes and legal bases, each basis as the firm split it.
  const purposeBlocks: DocBlock[] = [];
  const basesUsed = new Set<LegalBasis>();
  for (const a of facts.activities) {
    if (a.purposes.length === 0) continue;
    purposeBlocks.push({ kind: 'heading', text: activityName(a) });
    purposeBlocks.push({
      kind: 'list',
      items: a.purposes.map((p, i) => {
        basesOf(p).forEach((b) => basesUsed.add(b));
        return purposeRuns(a, p, i, lang, tr);
      }),
    });
  }
  if (purposeBlocks.length === 0) {
    purposeBlocks.push(paragraph(words.noPurposes));
  } else {
    purposeBlocks.push({ kind: 'heading', text: words.basesMeaning });
    purposeBlocks.push({
      kind: 'list',
      items: [...basesUsed].map((b) => labelled(`${enumLabel('legalBasis', b, lang)}:`, words.legalBasisExplained[b])),
    });
  }
  sections.push({ title: words.purposesTitle, blocks: purposeBlocks });

  // 5. Website and cookies: the visit from activities about website visitors, cookies only from the cookie answer.
  const web = websiteActivities(facts);
  const websiteBlocks: DocBlock[] = [];
  if (web.length) {
    const data = unique(web.flatMap((a) => a.personalDataTermIds.filter((id) => term.has(id)).map(termLabel))).map(lowerFirst);
    websiteBlocks.push(paragraph(words.visit(words.ourWebsite(org.website), joinList(data, lang))));
  }
  if (facts.cookies === 'necessary_only') websiteBlocks.push(paragraph(words.cookiesNecessaryOnly));
  if (facts.cookies === 'described' && facts.cookieList.length) {
    const rows = facts.cookieList.map((c, i) => [
      c.name,
      c.provider.trim() || '–',
      noticeText(c.purposeSv, c.purposeEn, `cookieList.${i}.purposeEn`).trim() || '–',
      noticeText(c.lifetimeSv, c.lifetimeEn, `cookieList.${i}.lifetimeEn`).trim() || '–',
      c.needsConsent ? words.yes : words.no,
    ]);
    websiteBlocks.push(paragraph(words.cookiesIntro), { kind: 'table', widths: [18, 18, 32, 17, 15], header: words.cookieHeader, rows });
    websiteBlocks.push(paragraph(facts.cookieList.some((c) => c.needsConsent) ? words.cookiesConsent : words.cookiesAllNecessary));
  }
  if (websiteBlocks.length)
    sections.push({ title: facts.cookies === null ? words.websiteOnlyTitle : words.websiteTitle, blocks: websiteBlocks });

  // 6. Recipients, processors and transfers. "We do not disclose" only when every activity said so.
  const recipientBlocks: DocBlock[] = [];
  const allAnswered = facts.activities.every(recipientsAnswered);
  const { internal, external, processorSubs, processorOthers } = recipientGroups(facts.activities, subs, {
    has: (id) => term.has(id),
    label: termLabel,
  });
  if (internal.length) recipientBlocks.push({ kind: 'paragraph', runs: labelled(words.internal, sentence(joinList(internal, lang))) });
  if (external.length) {
    recipientBlocks.push({
      kind: 'paragraph',
      runs: labelled(words.external, words.disclosedTo(joinList(external, lang))),
    });
  }
  if (processorSubs.length || processorOthers.length) {
    // "We have agreements with them" only when the register holds one for every supplier listed.
    const agreements = processorOthers.length === 0 && processorSubs.every((s) => s.agreementDate !== null);
    recipientBlocks.push({ kind: 'heading', text: words.suppliersTitle });
    recipientBlocks.push(paragraph(agreements ? `${words.suppliersText} ${words.suppliersAgreements}` : words.suppliersText), {
      kind: 'list',
      items: [...processorSubs.map((s) => [{ text: supplierLine(s, lang) }]), ...processorOthers.map((n) => [{ text: n }])],
    });
  }
  if (recipientBlocks.length === 0 && allAnswered && facts.activities.length > 0) recipientBlocks.push(paragraph(words.noDisclosure));

  const transfers = transferLines(facts.activities, processorSubs, lang);
  // "No transfers" only when the register says where everything is: recipients answered, systems inside the EEA.
  const systemsInEea = facts.systems.every(locationIsInEea);
  if (transfers.length) {
    recipientBlocks.push({ kind: 'heading', text: words.transfersTitle });
    recipientBlocks.push(paragraph(words.transfersText), { kind: 'list', items: transfers.map((x) => [{ text: x }]) });
  } else if (allAnswered && systemsInEea && facts.activities.length > 0) {
    recipientBlocks.push({ kind: 'heading', text: words.transfersTitle }, paragraph(words.noTransfers));
  }
  if (recipientBlocks.length) sections.push({ title: words.recipientsTitle, blocks: recipientBlocks });

  // 7. Retention table, in the notice's order; the firm's own words beside the rule in words.
  const rows = facts.rules.map((rule) => {
    const at = (field: string): NoticeFallback => ({ kind: 'retentionRule', id: rule.id, field, subject: rule.nameSv });
    const users = facts.activities.filter((a) => a.retention.some((r) => r.retentionRuleId === rule.id));
    const name = tr(rule.nameSv, rule.nameEn, at('nameEn'));
    // The systems and the activities only where the rule names no place or purpose of its own.
    const systemNames = () =>
      unique(users.flatMap((a) => a.systemIds))
        .map((id) => systems.get(id))
        .filter((s) => s !== undefined)
        .map((s) => tr(s.name, s.nameEn, { kind: 'system', id: s.id, field: 'nameEn', subject: s.name }));
    const location =
      tr(rule.storageLocation, rule.storageLocationEn, at('storageLocationEn')).trim() || joinList(systemNames(), lang) || '–';
    const purpose = tr(rule.purpose, rule.purposeEn, at('purposeEn')).trim() || joinList(users.map(activityName), lang);
    const policy = retentionPolicy(rule, lang, tr);
    return [name, location, purpose, policy];
  });
  sections.push({
    title: words.retentionTitle,
    blocks: rows.length
      ? [paragraph(words.retentionIntro), { kind: 'table', widths: [19, 24, 22, 35], header: words.retentionHeader, rows }]
      : [paragraph(words.retentionGeneral)],
  });

  // 8. Security: the measures the register holds as implemented.
  const byCategory = new Map<MeasureCategory, string[]>();
  for (const m of facts.measures)
    byCategory.set(m.category, [
      ...(byCategory.get(m.category) ?? []),
      tr(m.labelSv, m.labelEn, { kind: 'securityMeasure', id: m.id, field: 'labelEn', subject: m.labelSv }),
    ]);
  if (byCategory.size) {
    sections.push({
      title: words.securityTitle,
      blocks: [
        paragraph(words.securityText),
        {
          kind: 'list' as const,
          items: [...byCategory].map(([c, items]) =>
            labelled(`${enumLabel('measureCategory', c, lang)}:`, sentence(labelList(items, lang))),
          ),
        },
      ],
    });
  }

  // 9. Processor role.
  if (facts.services.length) sections.push({ title: words.processorTitle, blocks: [paragraph(words.processorText)] });

  // 10. Rights: portability and consent only where a purpose rests on them.
  const how = [
    org.email && words.byEmail(org.email),
    org.phone && words.byPhone(org.phone),
    address && words.byLetter(org.name, address),
  ].filter(Boolean) as string[];
  const rights = [
    ...words.rights,
    ...(basesUsed.has('consent') || basesUsed.has('contract') ? [words.portability] : []),
    words.objection,
    ...(basesUsed.has('consent') ? [words.withdrawConsent] : []),
  ];
  sections.push({
    title: words.rightsTitle,
    blocks: [
      paragraph(words.rightsIntro),
      { kind: 'list', items: rights.map((r) => [{ text: `${r.title} `, bold: true }, { text: r.text }]) },
      how.length
        ? {
            kind: 'paragraph',
            runs: [...labelled(words.howTo, words.howToText(joinList(how, lang, 'or'))), { text: ` ${words.answerText}` }],
          }
        : paragraph(words.answerText),
    ],
  });

  // 11. Complaints.
  sections.push({
    title: words.complaintTitle,
    blocks: [
      paragraph(words.complaintText),
      {
        kind: 'list',
        items: [
          labelled(words.postalAddress, IMY.address),
          labelled(words.email, IMY.email),
          labelled(words.phone, words.imyPhone),
          labelled(words.website, IMY.web),
        ],
      },
    ],
  });

  // 12. The user's own sections.
  facts.sections.forEach((s, i) => {
    const title = noticeText(s.titleSv, s.titleEn, `sections.${i}.titleEn`);
    const body = noticeText(s.bodySv, s.bodyEn, `sections.${i}.bodyEn`);
    sections.push({ title, blocks: paragraphs(body) });
  });

  // 13. This version.
  sections.push({
    title: words.versionTitle,
    blocks: [paragraph(words.versionText(today, version, facts.validFrom))],
  });

  return {
    view: {
      lang,
      title: words.title,
      subtitle: [`${org.name}${identity ? ` · ${identity}` : ''}`, words.subtitleVersion(today, version, facts.validFrom)],
      organisationName: org.name,
      logo: facts.logo ? { mime: facts.logo.mime, data: facts.logo.data } : null,
      pageWords: documentWords[lang].pageWords,
      footerText: words.footer(today, version),
      sections,
      versionDate: today,
      registerVersion: version,
    },
    fallbacks,
  };
}
