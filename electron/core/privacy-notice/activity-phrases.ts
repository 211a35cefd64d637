// Phrases that turn the register's activities into sentences, shared by the privacy notice
// (privacy-notice.view.ts) and the reply to an access request (requests/access-reply.view.ts):
// lists joined the Swedish or English way, a purpose with its legal bases, the recipients by
// kind, the transfers outside the EU/EEA and a retention rule in words. Every phrase says only
// what the register holds; a Swedish text standing in for a missing English one goes through
// the caller's `Translate`, which marks it and records where it came from.
import type { Activity, HistoryKind, RetentionRule } from '../../../shared/contract';
import { isEeaCountry, type LegalBasis } from '../../../shared/domain/enums';
import { countryName, enumLabel, locationIsInEea, locationLabel, type Location } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { documentWords } from '../documents/document.words';
import { labelled, type DocRun } from '../documents/model';
import { privacyNoticeWords } from './privacy-notice.words';

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** A Swedish English-variant field an English document printed in Swedish instead (the preflight lists them). */
export interface NoticeFallback {
  kind: HistoryKind;
  id: number | null;
  /** The English field, as the contract names it ('nameEn', 'purposes.0.descriptionEn'). */
  field: string;
  /** The record by name (the register's Swedish name); null for the notice itself. */
  subject: string | null;
}

/** A text with its English variant, in the document's language (a Swedish stand-in marked and recorded). */
export type Translate = (svText: string, enText: string, where: NoticeFallback) => string;

/** An activity's recipients question: answered with a list, answered "none", or not answered. */
export const recipientsAnswered = (a: Pick<Activity, 'noRecipients' | 'recipients'>): boolean => a.noRecipients || a.recipients.length > 0;

/** The legal bases a purpose rests on: its main one and any further ones. */
export const basesOf = (p: Activity['purposes'][number]): LegalBasis[] => [p.legalBasis, ...p.moreBases.map((b) => b.legalBasis)];

/**
 * "A, B och C". When an item has an "och" of its own, the last one is joined with "samt" (one
 * "och" per list level).
 */
export function joinList(items: readonly string[], lang: Language, word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const conj = documentWords[lang][word];
  const nested = word === 'and' && items.some((x) => new RegExp(`\\s${conj}\\s`).test(x));
  const last = nested ? privacyNoticeWords[lang].andAlso : conj;
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Kontaktuppgifter" → "kontaktuppgifter", "E-postadress" → "e-postadress" inside a sentence; "IP-adress" and "SPAR" stay. */
export const lowerFirst = (s: string) => (/^\p{Lu}-?\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** A sentence-style list of labels: the first as it is, the others with a small initial. */
export const labelList = (items: readonly string[], lang: Language) =>
  joinList(
    items.map((x, i) => (i === 0 ? x : lowerFirst(x))),
    lang,
  );

/** Inside the brackets a Swedish reference starts in lower case ("bokföringslagen (1999:1078)"); "BFL" stays. */
const statute = (detail: string, lang: Language) => (lang === 'sv' ? lowerFirst(detail) : detail);

/** "Rättslig förpliktelse (art. 6.1 c)" + "Bokföringslagen (1999:1078)" → "Rättslig förpliktelse (art. 6.1 c, bokföringslagen (1999:1078))". */
export function basisWithDetail(basis: LegalBasis, detail: string, lang: Language): string {
  const label = enumLabel('legalBasis', basis, lang);
  const d = statute(detail.trim().replace(/\.$/, ''), lang);
  if (d === '') return label;
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${d})` : `${label} (${d})`;
}

/** A sentence ends with one full stop. */
export const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * One purpose as the notice prints it: its description, "Rättslig grund:" with each basis as the
 * firm split it (and the statute or reference it gave), and the legitimate interest where a basis
 * is one. The interest of an older register may sit in the basis detail.
 */
export function purposeRuns(
  a: Pick<Activity, 'id' | 'name'>,
  p: Activity['purposes'][number],
  i: number,
  lang: Language,
  tr: Translate,
): DocRun[] {
  const words = privacyNoticeWords[lang];
  const at = (field: string): NoticeFallback => ({ kind: 'activity', id: a.id, field: `purposes.${i}.${field}`, subject: a.name });
  const givenDetail = tr(p.legalBasisDetail, p.legalBasisDetailEn, at('legalBasisDetailEn')).trim();
  // Registers written before the assessment had its own place name the interest in the detail.
  const interestInDetail = p.legalBasis === 'legitimate_interests' && p.liaText.trim() === '';
  const detail = interestInDetail ? '' : givenDetail;
  const lia = interestInDetail ? givenDetail : tr(p.liaText, p.liaTextEn, at('liaTextEn')).trim();
  const scoped = (basis: string, scope: string) => (scope.trim() ? words.basisFor(basis, scope.trim()) : basis);
  const bases = [
    scoped(basisWithDetail(p.legalBasis, detail, lang), tr(p.basisScopeSv, p.basisScopeEn, at('basisScopeEn'))),
    ...p.moreBases.map((b, j) =>
      scoped(basisWithDetail(b.legalBasis, b.detail, lang), tr(b.scopeSv, b.scopeEn, at(`moreBases.${j}.scopeEn`))),
    ),
  ];
  const runs: DocRun[] = [
    { text: `${sentence(tr(p.description, p.descriptionEn, at('descriptionEn')))} ` },
    ...labelled(words.legalBasis, sentence(labelList(bases, lang))),
  ];
  if (basesOf(p).includes('legitimate_interests') && lia) runs.push({ text: ' ' }, ...labelled(words.ourInterest, sentence(lia)));
  return runs;
}

/** A sub-processor as the phrases need it: its name, where it is, its transfer tool, its agreement. */
export interface PhraseSubprocessor extends Location {
  id: number;
  name: string;
  transferMechanism: string;
  agreementDate: string | null;
}

export interface RecipientGroups {
  /** Within the organisation (a term's label in lower case after the first). */
  internal: string[];
  /** Other recipients (terms in lower case inside the sentence). */
  external: string[];
  /** Suppliers from the register, and processors only named. */
  processorSubs: PhraseSubprocessor[];
  processorOthers: string[];
}

/**
 * The activities' recipients by kind, each name once. A term's label reads in lower case inside
 * a sentence; a name the firm typed (or a supplier's) stays as written.
 */
export function recipientGroups(
  activities: readonly Pick<Activity, 'recipients'>[],
  subs: ReadonlyMap<number, PhraseSubprocessor>,
  term: { has(id: number): boolean; label(id: number): string },
): RecipientGroups {
  const recipients = activities.flatMap((a) => a.recipients);
  const labelOf = (r: Activity['recipients'][number]): { text: string; term: boolean } => {
    const sub = r.subprocessorId !== null ? subs.get(r.subprocessorId) : undefined;
    if (sub) return { text: sub.name, term: false };
    if (r.termId !== null && term.has(r.termId)) return { text: term.label(r.termId), term: true };
    return { text: r.name.trim(), term: false };
  };
  const named = (kind: string, inSentence: (i: number) => boolean) => {
    const labels = new Map<string, boolean>();
    for (const r of recipients.filter((x) => x.kind === kind)) {
      const { text, term: isTerm } = labelOf(r);
      if (text && !labels.has(text)) labels.set(text, isTerm);
    }
    return [...labels].map(([text, isTerm], i) => (isTerm && inSentence(i) ? lowerFirst(text) : text));
  };
  const internal = named('internal', (i) => i > 0);
  const external = named('external', () => true);
  const processorSubs = unique(recipients.flatMap((r) => (r.kind === 'processor' && r.subprocessorId !== null ? [r.subprocessorId] : [])))
    .map((id) => subs.get(id))
    .filter((s) => s !== undefined);
  const processorOthers = named('processor', () => false).filter((n) => !processorSubs.some((s) => s.name === n));
  return { internal, external, processorSubs, processorOthers };
}

/** A supplier's line in the list of suppliers: "Name (where)". */
export const supplierLine = (s: PhraseSubprocessor, lang: Language) => `${s.name} (${locationLabel(s, lang)})`;

/**
 * The transfers outside the EU/EEA: the activities' recorded transfers and the suppliers outside
 * it, each with its transfer tool ("Acme Inc. (USA): standardavtalsklausuler …"); one transfer
 * recorded twice prints once. `safeguards`: also the firm's own words on the safeguards.
 */
export function transferLines(
  activities: readonly Pick<Activity, 'transfers'>[],
  processorSubs: readonly PhraseSubprocessor[],
  lang: Language,
  options: { safeguards?: (text: string) => string } = {},
): string[] {
  const transfers: string[] = [];
  // A supplier's transfer also recorded on an activity prints once (with the activity's safeguards).
  const recorded = new Set<string>();
  for (const a of activities) {
    for (const t of a.transfers) {
      if (t.mechanism === 'none_eea' && isEeaCountry(t.country)) continue;
      // The same form as a supplier's line below, so one transfer recorded twice prints once.
      const where = t.recipient.trim() ? `${t.recipient.trim()} (${countryName(t.country, lang)})` : countryName(t.country, lang);
      const line = `${where}: ${lowerFirst(enumLabel('transferMechanism', t.mechanism, lang))}`;
      recorded.add(line);
      const own = options.safeguards && t.safeguards.trim() ? options.safeguards(t.safeguards.trim()) : '';
      transfers.push(own ? `${sentence(line)} ${own}` : line);
    }
  }
  for (const s of processorSubs) {
    const line = `${s.name} (${locationLabel(s, lang)}): ${lowerFirst(enumLabel('transferMechanism', s.transferMechanism, lang))}`;
    if (!locationIsInEea(s) && !recorded.has(line)) transfers.push(line);
  }
  return unique(transfers);
}

/**
 * A retention rule in words: the firm's own words beside the generated rule (range, exception and
 * backups included), or whichever there is. The generated sentence marks Swedish parts itself;
 * they are recorded through `tr` for the preflight.
 */
export function retentionPolicy(rule: RetentionRule, lang: Language, tr: Translate): string {
  const at = (field: string): NoticeFallback => ({ kind: 'retentionRule', id: rule.id, field, subject: rule.nameSv });
  const own = tr(rule.policySv, rule.policyEn, at('policyEn')).trim();
  if (lang !== 'sv' && rule.exceptionSv.trim() && !rule.exceptionEn.trim()) tr(rule.exceptionSv, '', at('exceptionEn'));
  if (lang !== 'sv' && rule.anchorEventId !== null && rule.anchorEventLabel && !rule.anchorEventLabel.en.trim())
    tr(rule.anchorEventLabel.sv, '', {
      kind: 'retentionEvent',
      id: rule.anchorEventId,
      field: 'labelEn',
      subject: rule.anchorEventLabel.sv,
    });
  const generated = rule.summary[lang].trim();
  return own && generated && own !== generated ? `${sentence(own)}\n${sentence(generated)}` : own || generated;
}
