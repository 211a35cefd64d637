// The reply to an access request (Art. 15): its view-model, every word in the letter's language.
// buildAccessReplyDraft is pure: requests/access-reply.view.ts reads the register and hands it the
// facts; the template (access-reply.docx.ts) lays it out. Each section answers one item of
// Art. 15(1)(a)–(h) and 15(2) for the activities the request concerns, in the privacy notice's
// phrases (privacy-notice/activity-phrases.ts); where the register holds no answer the sentence
// is left out and the preflight (requests/access-reply.preflight.ts) says so.
import type { Activity, DsrRequest, Organisation, RetentionRule } from '../../../shared/contract';
import type { LegalBasis } from '../../../shared/domain/enums';
import { enumLabel, locationIsInEea, type Location } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
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
  type PhraseSubprocessor,
} from '../privacy-notice/activity-phrases';
import { IMY, privacyNoticeWords } from '../privacy-notice/privacy-notice.words';
import { accessReplyWords } from '../requests/access-reply.words';
import { documentWords } from './document.words';
import { fallback } from './language';
import { labelled, paragraph, type DocBlock, type DocFrame, type DocLogo, type DocRun, type DocSection } from './model';

export interface AccessReplyView extends DocFrame {
  /** The letter's date (YYYY-MM-DD), at the top right. */
  date: string;
  /** The address block: the requester's name and contact lines. */
  recipient: string[];
  subject: string;
  /** "Din begäran: …" and the opening paragraph. */
  intro: DocBlock[];
  /** One section per item of Art. 15(1) and (2), in the article's order where it reads well. */
  sections: DocSection[];
  /** The closing paragraphs (questions, regards). */
  closing: string[];
  /** Under the closing: our name, then address, contact and data protection officer lines. */
  sender: { name: string; lines: string[] };
  /** Art. 15(3): where the copy of the data goes, on a page of its own. */
  annex: DocSection;
  footerText: string;
  /** Document properties (File > Properties in Word). */
  description: string;
}

export interface AccessReplyTerm {
  id: number;
  labelSv: string;
  labelEn: string;
}

export interface AccessReplySystem extends Location {
  id: number;
  name: string;
  nameEn: string;
}

/** What one reply is built from, read from the register (requests/access-reply.view.ts). */
export interface AccessReplyFacts {
  lang: Language;
  /** The day the reply is drafted (YYYY-MM-DD). */
  date: string;
  organisation: Pick<Organisation, 'name' | 'address' | 'email' | 'phone' | 'website' | 'dpo'>;
  logo: DocLogo | null;
  request: Pick<DsrRequest['fields'], 'right' | 'receivedOn' | 'requesterName' | 'requesterContact'> & { id: number };
  /** The activities the reply describes, in the order they are listed. */
  activities: Activity[];
  /** Personal-data and recipient terms the activities use. */
  terms: AccessReplyTerm[];
  subprocessors: PhraseSubprocessor[];
  /** The systems the activities use, with where they hold data. */
  systems: AccessReplySystem[];
  /** The retention rules the activities use, in order of first use. */
  rules: RetentionRule[];
  /** The systems the request says were searched (the annex names them). */
  requestSystems: { id: number; name: string; nameEn: string }[];
}

export interface AccessReplyDraft {
  view: AccessReplyView;
  /** Where the English reply printed Swedish text (empty in Swedish); the preflight lists them. */
  fallbacks: NoticeFallback[];
}

const nonBlank = (parts: readonly string[]) => parts.map((p) => p.trim()).filter((p) => p !== '');

/** Where a requester writes back: our data protection officer's e-mail and phone, else the company's. */
export function replyContact(org: AccessReplyFacts['organisation']): string[] {
  const dpo = nonBlank([org.dpo.email, org.dpo.phone]);
  return dpo.length ? dpo : nonBlank([org.email, org.phone]);
}

export function buildAccessReplyDraft(facts: AccessReplyFacts): AccessReplyDraft {
  const { lang, organisation: org, request } = facts;
  const w = accessReplyWords[lang];
  const notice = privacyNoticeWords[lang];
  const sv = lang === 'sv';
  const fallbacks: NoticeFallback[] = [];
  const seen = new Set<string>();

  /** A text with its English variant, in the reply's language; a Swedish stand-in is marked and recorded. */
  const tr = (svText: string, enText: string, where: NoticeFallback): string => {
    if (sv) return svText;
    if (enText.trim() === '' && svText.trim() !== '') {
      const key = `${where.kind}:${where.id}:${where.field}`;
      if (!seen.has(key)) fallbacks.push(where);
      seen.add(key);
    }
    return fallback(enText, svText);
  };
  /** A free text the register holds in Swedish only: marked in English, and recorded on its own field. */
  const svOnly = (text: string, where: NoticeFallback) => tr(text, '', where);

  const term = new Map(facts.terms.map((x) => [x.id, x]));
  const termLabel = (id: number) => {
    const x = term.get(id);
    return x ? tr(x.labelSv, x.labelEn, { kind: 'vocabularyTerm', id: x.id, field: 'labelEn', subject: x.labelSv }) : '';
  };
  const subs = new Map(facts.subprocessors.map((s) => [s.id, s]));
  const activityName = (a: Activity) => tr(a.name, a.nameEn, { kind: 'activity', id: a.id, field: 'nameEn', subject: a.name });
  const activities = facts.activities;
  const sections: DocSection[] = [];

  // Art. 15(1)(a): each activity's purposes with their legal bases, as the privacy notice prints them.
  const basesUsed = new Set<LegalBasis>();
  const purposeBlocks: DocBlock[] = activities.flatMap((a): DocBlock[] => [
    { kind: 'heading', text: activityName(a) },
    a.purposes.length
      ? {
          kind: 'list',
          items: a.purposes.map((p, i) => {
            basesOf(p).forEach((b) => basesUsed.add(b));
            return purposeRuns(a, p, i, lang, tr);
          }),
        }
      : paragraph(w.noPurposes),
  ]);
  sections.push({ title: w.purposesTitle, blocks: purposeBlocks });

  // Art. 15(1)(b): the categories of data, per activity, with any special categories.
  const dataItems = activities.map((a): DocRun[] => {
    const data = unique(a.personalDataTermIds.filter((id) => term.has(id)).map(termLabel));
    const special = a.specialCategories.map((c) => lowerFirst(enumLabel('specialCategory', c, lang)));
    const runs = labelled(`${activityName(a)}:`, data.length ? sentence(labelList(data, lang)) : w.dataNeeded);
    if (special.length) runs.push({ text: ' ' }, ...labelled(notice.specialCategories, sentence(capitalise(joinList(special, lang)))));
    return runs;
  });
  sections.push({ title: w.dataTitle, blocks: [{ kind: 'list', items: dataItems }] });

  // Art. 15(1)(c) and 15(2): recipients, suppliers and transfers outside the EU/EEA with their safeguards.
  const recipientBlocks: DocBlock[] = [];
  const { internal, external, processorSubs, processorOthers } = recipientGroups(activities, subs, {
    has: (id) => term.has(id),
    label: termLabel,
  });
  if (internal.length) recipientBlocks.push({ kind: 'paragraph', runs: labelled(notice.internal, sentence(joinList(internal, lang))) });
  if (external.length)
    recipientBlocks.push({ kind: 'paragraph', runs: labelled(notice.external, notice.disclosedTo(joinList(external, lang))) });
  if (processorSubs.length || processorOthers.length) {
    const agreements = processorOthers.length === 0 && processorSubs.every((s) => s.agreementDate !== null);
    recipientBlocks.push({ kind: 'heading', text: notice.suppliersTitle });
    recipientBlocks.push(paragraph(agreements ? `${notice.suppliersText} ${notice.suppliersAgreements}` : notice.suppliersText), {
      kind: 'list',
      items: [...processorSubs.map((s) => [{ text: supplierLine(s, lang) }]), ...processorOthers.map((n) => [{ text: n }])],
    });
  }
  const allAnswered = activities.every(recipientsAnswered);
  if (recipientBlocks.length === 0 && allAnswered && activities.length > 0) recipientBlocks.push(paragraph(notice.noDisclosure));
  // The firm's own words on a transfer's safeguards have no English variant: marked in English.
  const transfers = transferLines(activities, processorSubs, lang, {
    safeguards: (text) => {
      const owner = activities.find((a) => a.transfers.some((t) => t.safeguards.trim() === text));
      return owner ? svOnly(sentence(text), { kind: 'activity', id: owner.id, field: 'transfers', subject: owner.name }) : sentence(text);
    },
  });
  const systemsInEea = facts.systems.every(locationIsInEea);
  if (transfers.length) {
    recipientBlocks.push({ kind: 'heading', text: notice.transfersTitle });
    recipientBlocks.push(paragraph(notice.transfersText), { kind: 'list', items: transfers.map((x) => [{ text: x }]) });
  } else if (allAnswered && systemsInEea && activities.length > 0) {
    recipientBlocks.push({ kind: 'heading', text: notice.transfersTitle }, paragraph(notice.noTransfers));
  }
  if (recipientBlocks.length) sections.push({ title: w.recipientsTitle, blocks: recipientBlocks });

  // Art. 15(1)(d): each retention rule in words, or the criterion where none is linked.
  const ruleItems = facts.rules.map((rule): DocRun[] => {
    const name = tr(rule.nameSv, rule.nameEn, { kind: 'retentionRule', id: rule.id, field: 'nameEn', subject: rule.nameSv });
    return labelled(`${name}:`, retentionPolicy(rule, lang, tr));
  });
  sections.push({
    title: w.retentionTitle,
    blocks: ruleItems.length ? [paragraph(w.retentionIntro), { kind: 'list', items: ruleItems }] : [paragraph(notice.retentionGeneral)],
  });

  // Art. 15(1)(g): where the data comes from, per activity that records it.
  const sourceItems = activities.flatMap((a): DocRun[][] => {
    const phrases = unique(a.dataSources).map((s) => notice.sourcePhrase[s]);
    return phrases.length ? [labelled(`${activityName(a)}:`, w.source(joinList(phrases, lang)))] : [];
  });
  if (sourceItems.length) sections.push({ title: w.sourceTitle, blocks: [{ kind: 'list', items: sourceItems }] });

  // Art. 15(1)(h): automated decisions, with what the register says about them.
  const automated = activities.filter((a) => a.automatedDecisions);
  sections.push({
    title: w.automatedTitle,
    blocks: automated.length
      ? [
          paragraph(w.automatedYes),
          {
            kind: 'list',
            items: automated.map((a) => {
              const note = a.automatedDecisionsNote.trim();
              const about = note
                ? svOnly(sentence(note), { kind: 'activity', id: a.id, field: 'automatedDecisionsNote', subject: a.name })
                : '';
              return about ? labelled(`${activityName(a)}:`, about) : [{ text: activityName(a) }];
            }),
          },
        ]
      : [paragraph(w.automatedNone)],
  });

  // Art. 15(1)(e): the other rights; portability and consent only where a purpose rests on them,
  // objection only where one rests on a legitimate interest or a public task (Arts 20–21).
  const rights = [
    ...notice.rights.slice(1),
    ...(basesUsed.has('consent') || basesUsed.has('contract') ? [notice.portability] : []),
    ...(basesUsed.has('legitimate_interests') || basesUsed.has('public_task') ? [notice.objection] : []),
    ...(basesUsed.has('consent') ? [notice.withdrawConsent] : []),
  ];
  sections.push({
    title: w.rightsTitle,
    blocks: [paragraph(w.rightsIntro), { kind: 'list', items: rights.map((r) => [{ text: `${r.title} `, bold: true }, { text: r.text }]) }],
  });

  // Art. 15(1)(f): the right to complain to IMY.
  sections.push({
    title: notice.complaintTitle,
    blocks: [
      paragraph(notice.complaintText),
      {
        kind: 'list',
        items: [
          labelled(notice.postalAddress, IMY.address),
          labelled(notice.email, IMY.email),
          labelled(notice.phone, notice.imyPhone),
          labelled(notice.website, IMY.web),
        ],
      },
    ],
  });

  const contact = replyContact(org);
  const closing = [contact.length ? w.closing(joinList(contact, lang, 'or')) : w.closingNoContact, w.regards];
  const address = nonBlank([org.address.street, nonBlank([org.address.postalCode, org.address.city]).join(' '), org.address.country]).join(
    ', ',
  );
  const dpo = nonBlank([org.dpo.name, org.dpo.email, org.dpo.phone]).join(', ');
  const systems = facts.requestSystems.map((s) => tr(s.name, s.nameEn, { kind: 'system', id: s.id, field: 'nameEn', subject: s.name }));

  return {
    view: {
      lang,
      title: w.subject,
      subtitle: [],
      organisationName: org.name,
      logo: facts.logo,
      pageWords: documentWords[lang].pageWords,
      date: facts.date,
      recipient: nonBlank([request.requesterName, ...request.requesterContact.split('\n')]),
      subject: w.subject,
      intro: [
        { kind: 'paragraph', runs: labelled(w.request, w.requestLine(enumLabel('dsrRight', request.right, lang), request.receivedOn)) },
        paragraph(w.intro),
      ],
      sections,
      closing,
      sender: {
        name: org.name,
        lines: [...nonBlank([address, nonBlank([org.email, org.phone, org.website]).join(' · ')]), ...(dpo ? [`${w.dpo} ${dpo}`] : [])],
      },
      annex: {
        title: w.annexTitle,
        blocks: [
          paragraph(w.annexPlaceholder),
          ...(systems.length ? [{ kind: 'paragraph' as const, runs: labelled(w.annexSystems, sentence(joinList(systems, lang))) }] : []),
        ],
      },
      footerText: w.footer(facts.date),
      description: w.description(request.requesterName),
    },
    fallbacks,
  };
}

export const buildAccessReplyView = (facts: AccessReplyFacts): AccessReplyView => buildAccessReplyDraft(facts).view;
