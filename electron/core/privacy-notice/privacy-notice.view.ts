// The privacy notice's view-model: the facts are read from the register once (collectNoticeFacts),
// then turned into a document in one language (buildPrivacyNoticeView, pure). The templates in
// electron/core/documents render the view to DOCX or HTML.
import crypto from 'node:crypto';
import type { Activity, Organisation, RetentionRule } from '../../../shared/contract';
import { isEeaCountry, type LegalBasis, type MeasureCategory } from '../../../shared/domain/enums';
import { countryName, enumLabel, type Label } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { activitiesService } from '../activities/activities.service';
import { documentWords } from '../documents/document.words';
import { labelled, paragraph, type DocBlock, type DocLogo, type DocRun, type DocSection, type PrivacyNoticeView } from '../documents/model';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import { servicesService } from '../services/services.service';
import { stockholmDate, type Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import type { NoticeSection } from './privacy-notice.repo';
import { IMY, privacyNoticeWords } from './privacy-notice.words';

interface TermFact {
  id: number;
  code: string | null;
  labelSv: string;
  labelEn: string;
}

/** Everything the notice says, read from the register (no language chosen yet). */
export interface NoticeFacts {
  organisation: Omit<Organisation, 'revision' | 'updatedAt' | 'complete' | 'logo'>;
  logo: (DocLogo & { sha256: string }) | null;
  intro: Label;
  sections: NoticeSection[];
  /** Included controller activities (not archived, not excluded), in name order. */
  activities: Activity[];
  /** Data-subject, personal-data and recipient terms the activities use. */
  terms: TermFact[];
  subprocessors: { id: number; name: string; country: string; transferMechanism: string }[];
  /** Retention rules used by the activities, in order of first use. */
  rules: RetentionRule[];
  measures: { category: MeasureCategory; labelSv: string; labelEn: string }[];
  /** Names of the firm's active services (it then also acts as a processor). */
  services: string[];
  /** The latest change (ISO timestamp) among the data the notice is built from. */
  latestChange: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function collectNoticeFacts(
  session: Session,
  notice: { intro: Label; sections: NoticeSection[]; excludedIds: number[]; updatedAt: string },
): NoticeFacts {
  const org = session.organisation.get();
  const activitiesSvc = session.use(activitiesService);
  const excluded = new Set(notice.excludedIds);
  const activities = activitiesSvc
    .list({ query: '', includeArchived: false })
    .items.filter((a) => a.status !== 'archived' && !excluded.has(a.id))
    .map((a) => activitiesSvc.get(a.id));

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
    .map((t) => ({ id: t.id, code: t.code, labelSv: t.labelSv, labelEn: t.labelEn }));

  const subprocessors = session
    .use(subprocessorsService)
    .byIds(unique(activities.flatMap((a) => a.recipients.flatMap((r) => (r.subprocessorId === null ? [] : [r.subprocessorId])))))
    .map((s) => ({ id: s.id, name: s.name, country: s.country, transferMechanism: s.transferMechanism }));

  const retention = session.use(retentionService);
  const rules = unique(activities.flatMap((a) => a.retention.map((r) => r.retentionRuleId))).map((id) => retention.get(id));

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
    activities,
    terms,
    subprocessors,
    rules,
    measures: chosen.map(({ category, labelSv, labelEn }) => ({ category, labelSv, labelEn })),
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
  const { logo, activities, ...rest } = facts;
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
const WEBSITE_WORDS = /webbplats|website|cookie|kakor/i;

function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(paragraph);
}

function joinList(items: readonly string[], lang: Language, word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const last = documentWords[lang][word];
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Kontaktuppgifter" → "kontaktuppgifter" inside a sentence; "IP-adress" and "SPAR" stay. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** A sentence-style list of labels: the first as it is, the others with a small initial. */
const labelList = (items: readonly string[], lang: Language) =>
  joinList(
    items.map((x, i) => (i === 0 ? x : lowerFirst(x))),
    lang,
  );

export function buildPrivacyNoticeView(facts: NoticeFacts, lang: Language, today: string): PrivacyNoticeView {
  const words = privacyNoticeWords[lang];
  const sv = lang === 'sv';
  const org = facts.organisation;
  const version = registerVersion(facts);
  const term = new Map(facts.terms.map((x) => [x.id, x]));
  const termLabel = (id: number) => {
    const x = term.get(id);
    return x ? (sv ? x.labelSv : x.labelEn || x.labelSv) : '';
  };
  const subs = new Map(facts.subprocessors.map((s) => [s.id, s]));
  const activityName = (a: Activity) => a.name;
  const sections: DocSection[] = [];

  // 1. Introduction (the user's own, or ours).
  const ownIntro = (sv ? facts.intro.sv : facts.intro.en || facts.intro.sv).trim();
  sections.push({
    title: words.introTitle,
    blocks: ownIntro ? paragraphs(ownIntro) : [paragraph(words.intro(org.name))],
  });

  // 2. Who is responsible.
  const address = [org.address.street, [org.address.postalCode, org.address.city].filter(Boolean).join(' '), org.address.country]
    .filter(Boolean)
    .join(', ');
  const contactItems: DocRun[][] = [];
  if (address) contactItems.push(labelled(words.address, address));
  if (org.email) contactItems.push(labelled(words.email, org.email));
  if (org.phone) contactItems.push(labelled(words.phone, org.phone));
  if (org.website) contactItems.push(labelled(words.website, org.website));
  const responsible: DocBlock[] = [paragraph(words.controllerStatement(org.name, org.orgNr))];
  if (contactItems.length) responsible.push({ kind: 'list', items: contactItems });
  if (org.dpo.name || org.dpo.email) {
    const dpo = [org.dpo.name, org.dpo.email, org.dpo.phone].filter(Boolean).join(', ');
    responsible.push({ kind: 'paragraph', runs: labelled(words.dpo, dpo) });
  }
  sections.push({ title: words.responsibleTitle, blocks: responsible });

  // 3. What data, about whom, from where – per category of data subjects.
  const other = words.otherSubjects;
  const groups = new Map<string, Activity[]>();
  for (const a of facts.activities) {
    const subjects = a.dataSubjectTermIds.length ? a.dataSubjectTermIds.map(termLabel) : [other];
    for (const s of subjects) groups.set(s, [...(groups.get(s) ?? []), a]);
  }
  const dataBlocks: DocBlock[] = [];
  dataBlocks.push(paragraph(groups.size === 0 ? words.noData : words.dataDepends));
  for (const [subject, acts] of groups) {
    const data = unique(acts.flatMap((a) => a.personalDataTermIds.map(termLabel)));
    const sources = unique(acts.flatMap((a) => a.dataSources)).map((s) => words.sourcePhrase[s]);
    const special = unique(acts.flatMap((a) => a.specialCategories)).map((c) => enumLabel('specialCategory', c, lang).toLowerCase());
    const items: DocRun[][] = [];
    items.push(labelled(words.data, data.length ? `${labelList(data, lang)}.` : words.dataNeeded));
    if (sources.length) items.push(labelled(words.source, `${capitalise(joinList(sources, lang))}.`));
    items.push(labelled(words.inConnectionWith, `${joinList(unique(acts.map(activityName)), lang)}.`));
    if (special.length) items.push(labelled(words.specialCategories, `${capitalise(joinList(special, lang))}.`));
    if (acts.some((a) => a.personnummer)) items.push(labelled(words.personnummer, words.personnummerText));
    dataBlocks.push({ kind: 'heading', text: subject }, { kind: 'list', items });
  }
  sections.push({ title: words.dataTitle, blocks: dataBlocks });

  // 4. Purposes and legal bases.
  const purposeBlocks: DocBlock[] = [];
  const basesUsed = new Set<LegalBasis>();
  for (const a of facts.activities) {
    if (a.purposes.length === 0) continue;
    purposeBlocks.push({ kind: 'heading', text: a.name });
    purposeBlocks.push({
      kind: 'list',
      items: a.purposes.map((p) => {
        basesUsed.add(p.legalBasis);
        const runs: DocRun[] = [
          { text: `${p.description.trim().replace(/\.$/, '')}. ` },
          ...labelled(words.legalBasis, enumLabel('legalBasis', p.legalBasis, lang)),
        ];
        const detail = p.legalBasisDetail.trim();
        if (p.legalBasis === 'legitimate_interests') {
          const interest = detail || p.liaText.trim();
          if (interest) runs.push({ text: '. ' }, ...labelled(words.ourInterest, interest));
        } else if (detail) {
          runs.push({ text: ` (${detail})` });
        }
        runs.push({ text: runs.at(-1)!.text.trim().endsWith('.') ? '' : '.' });
        return runs;
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

  // 5. Website and cookies.
  const web = facts.activities.filter(
    (a) =>
      a.dataSubjectTermIds.some((id) => WEBSITE_CODES.has(term.get(id)?.code ?? '')) ||
      a.personalDataTermIds.some((id) => WEBSITE_WORDS.test(term.get(id)?.labelSv ?? '')) ||
      WEBSITE_WORDS.test(a.name),
  );
  if (web.length) {
    const data = unique(web.flatMap((a) => a.personalDataTermIds.map(termLabel))).map(lowerFirst);
    sections.push({
      title: words.websiteTitle,
      blocks: [
        paragraph(words.visit(words.ourWebsite(org.website), joinList(data, lang), joinList(web.map(activityName), lang))),
        paragraph(words.cookies),
      ],
    });
  }

  // 6. Recipients, processors and transfers.
  const recipientBlocks: DocBlock[] = [];
  const recipients = facts.activities.flatMap((a) => a.recipients);
  const labelOf = (r: Activity['recipients'][number]) =>
    (r.subprocessorId !== null ? subs.get(r.subprocessorId)?.name : undefined) ?? (r.termId !== null ? termLabel(r.termId) : '') ?? r.name;
  const named = (kind: string) =>
    unique(
      recipients
        .filter((r) => r.kind === kind)
        .map((r) => labelOf(r) || r.name)
        .filter(Boolean),
    );
  const internal = named('internal');
  const external = named('external');
  const processorSubs = unique(recipients.flatMap((r) => (r.kind === 'processor' && r.subprocessorId !== null ? [r.subprocessorId] : [])))
    .map((id) => subs.get(id))
    .filter((s) => s !== undefined);
  const processorOthers = unique(
    recipients
      .filter((r) => r.kind === 'processor' && r.subprocessorId === null)
      .map((r) => labelOf(r) || r.name)
      .filter(Boolean),
  );
  if (internal.length)
    recipientBlocks.push({
      kind: 'paragraph',
      runs: labelled(words.internal, `${joinList(internal, lang)}.`),
    });
  if (external.length) {
    recipientBlocks.push({
      kind: 'paragraph',
      runs: labelled(words.external, words.disclosedTo(joinList(external.map(lowerFirst), lang))),
    });
  }
  if (processorSubs.length || processorOthers.length) {
    recipientBlocks.push({ kind: 'heading', text: words.suppliersTitle });
    recipientBlocks.push(paragraph(words.suppliersText), {
      kind: 'list',
      items: [
        ...processorSubs.map((s) => [{ text: `${s.name} (${countryName(s.country, lang)})` }]),
        ...processorOthers.map((n) => [{ text: n }]),
      ],
    });
  }
  if (recipientBlocks.length === 0) recipientBlocks.push(paragraph(words.noDisclosure));

  const transfers: string[] = [];
  for (const a of facts.activities) {
    for (const tr of a.transfers) {
      if (tr.mechanism === 'none_eea' && isEeaCountry(tr.country)) continue;
      transfers.push(
        `${countryName(tr.country, lang)}${tr.recipient ? ` (${tr.recipient})` : ''}: ${enumLabel('transferMechanism', tr.mechanism, lang)}`,
      );
    }
  }
  for (const s of processorSubs) {
    if (!isEeaCountry(s.country))
      transfers.push(`${countryName(s.country, lang)} (${s.name}): ${enumLabel('transferMechanism', s.transferMechanism, lang)}`);
  }
  recipientBlocks.push({ kind: 'heading', text: words.transfersTitle });
  if (transfers.length) {
    recipientBlocks.push(paragraph(words.transfersText), { kind: 'list', items: unique(transfers).map((x) => [{ text: x }]) });
  } else {
    recipientBlocks.push(paragraph(words.noTransfers));
  }
  sections.push({ title: words.recipientsTitle, blocks: recipientBlocks });

  // 7. Retention table.
  const rows = facts.rules.map((rule) => {
    const users = facts.activities.filter((a) => a.retention.some((r) => r.retentionRuleId === rule.id));
    const name = sv ? rule.nameSv : rule.nameEn || rule.nameSv;
    const location = rule.storageLocation.trim() || joinList(unique(users.flatMap((a) => a.systems.map((s) => s.name))), lang) || '–';
    const purpose = rule.purpose.trim() || joinList(users.map(activityName), lang);
    const policy = (sv ? rule.policySv : rule.policyEn).trim() || rule.summary[lang];
    return [name, location, purpose, policy];
  });
  sections.push({
    title: words.retentionTitle,
    blocks: rows.length
      ? [paragraph(words.retentionIntro), { kind: 'table', widths: [19, 24, 22, 35], header: words.retentionHeader, rows }]
      : [paragraph(words.retentionGeneral)],
  });

  // 8. Security.
  const byCategory = new Map<MeasureCategory, string[]>();
  for (const m of facts.measures)
    byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), sv ? m.labelSv : m.labelEn || m.labelSv]);
  sections.push({
    title: words.securityTitle,
    blocks: [
      paragraph(words.securityText),
      ...(byCategory.size
        ? [
            {
              kind: 'list' as const,
              items: [...byCategory].map(([c, items]) =>
                labelled(`${enumLabel('measureCategory', c, lang)}:`, `${labelList(items, lang)}.`),
              ),
            },
          ]
        : []),
    ],
  });

  // 9. Processor role.
  if (facts.services.length) {
    sections.push({ title: words.processorTitle, blocks: [paragraph(words.processorText(joinList(facts.services, lang)))] });
  }

  // 10. Rights.
  const how = [
    org.email && words.byEmail(org.email),
    org.phone && words.byPhone(org.phone),
    address && words.byLetter(org.name, address),
  ].filter(Boolean) as string[];
  sections.push({
    title: words.rightsTitle,
    blocks: [
      paragraph(words.rightsIntro),
      { kind: 'list', items: words.rights.map((r) => [{ text: `${r.title} `, bold: true }, { text: r.text }]) },
      { kind: 'paragraph', runs: labelled(words.howTo, words.howToText(joinList(how, lang, 'or'))) },
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
  for (const s of facts.sections) {
    const title = sv ? s.titleSv : s.titleEn || s.titleSv;
    const body = sv ? s.bodySv : s.bodyEn || s.bodySv;
    sections.push({ title, blocks: paragraphs(body) });
  }

  // 13. This version.
  sections.push({
    title: words.versionTitle,
    blocks: [paragraph(words.versionText(today, version, org.website))],
  });

  return {
    lang,
    title: words.title,
    subtitle: [`${org.name}${org.orgNr ? ` · ${org.orgNr}` : ''}`, words.subtitleVersion(today, version)],
    organisationName: org.name,
    logo: facts.logo ? { mime: facts.logo.mime, data: facts.logo.data } : null,
    pageWords: documentWords[lang].pageWords,
    footerText: words.footer(today, version),
    sections,
    versionDate: today,
    registerVersion: version,
  };
}
