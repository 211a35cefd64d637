// The check before the reply to an access request is drafted (issue 16). Errors: what would make
// the reply false or empty — no such request, not a request for access, a request we received as
// processor (the customer answers it), no activities, no way for the person to reach us.
// Warnings: what the reply can be drafted past — identity not confirmed, an activity that is a
// draft or incomplete, an item of Art. 15 the register cannot answer, and for an English reply
// each text printed in Swedish instead (found by building the reply itself).
import type { FixTarget, PreflightItem } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';
import { formatMessage, type Language } from '../../../shared/messages';
import { recipientsAnswered, type NoticeFallback } from '../privacy-notice/activity-phrases';
import type { Session } from '../session';
import { accessReplyDraft, replyActivities, replyActivityIds } from './access-reply.view';
import { requestsService } from './requests.service';

const sv = {
  request: 'Begäran',
  organisation: 'Organisationen',
  notFound: 'Begäran finns inte i registret.',
  noContact:
    'Organisationen saknar e-postadress, telefonnummer och adress. Svaret måste tala om hur den registrerade når er med frågor och för att utöva sina rättigheter.',
  unknownActivity: 'En av de valda behandlingarna finns inte längre i registret. Välj behandlingarna på nytt.',
  identityPending: 'Den sökandes identitet är inte kontrollerad. Kontrollera den innan svaret med kopian av uppgifterna skickas.',
  identityFailed: 'Den sökandes identitet kunde inte styrkas. Skicka inte ut uppgifterna till någon vars identitet inte är klarlagd.',
  draft: 'Behandlingen är ett utkast. Kontrollera att beskrivningen stämmer innan den används i svaret.',
  archived: 'Behandlingen är arkiverad. Ta bara med den om uppgifterna fortfarande behandlas.',
  incomplete: (missing: string) => `Behandlingen är inte färdigbeskriven i registret: ${missing}`,
  noRetention: 'Behandlingen har ingen gallringsregel. Svaret säger då bara allmänt att uppgifterna inte sparas längre än de behövs.',
  noSource: 'Det är inte angivet varifrån uppgifterna kommer. Svaret säger då inget om källan (art. 15.1 g).',
  recipientsUnanswered:
    'Det är inte angivet om uppgifterna lämnas till någon. Lista mottagarna eller välj ”Inga mottagare”; svaret säger annars ingenting om mottagare.',
  english: (what: string) => `${what} saknas på engelska. Det engelska svaret visar den svenska texten, märkt [sv].`,
  swedishOnly: (what: string) => `${what} finns bara på svenska i registret. Det engelska svaret visar den svenska texten, märkt [sv].`,
  field: {
    name: 'Namnet',
    term: 'Benämningen',
    description: (n: number) => `Ändamål ${n}`,
    basisDetail: (n: number) => `Hänvisningen för den rättsliga grunden i ändamål ${n}`,
    lia: (n: number) => `Intresseavvägningen i ändamål ${n}`,
    scope: (n: number) => `Vad den rättsliga grunden omfattar i ändamål ${n}`,
    policy: 'Era egna ord om gallringen',
    exception: 'Undantaget',
    event: 'Händelsen som tiden räknas från',
    automated: 'Beskrivningen av de automatiserade besluten',
    safeguards: 'Skyddsåtgärderna för överföringen',
    other: 'En text',
  },
};

const words: Words<typeof sv> = {
  sv,
  en: {
    request: 'The request',
    organisation: 'The organisation',
    notFound: 'The request is not in the register.',
    noContact:
      'The organisation has no e-mail address, phone number or address. The reply must say how the data subject reaches you with questions and to exercise their rights.',
    unknownActivity: 'One of the chosen activities is no longer in the register. Choose the activities again.',
    identityPending: "The requester's identity has not been checked. Check it before the reply with the copy of the data is sent.",
    identityFailed: "The requester's identity could not be confirmed. Do not send the data to anyone whose identity is not established.",
    draft: 'The activity is a draft. Check that its description is right before it is used in the reply.',
    archived: 'The activity is archived. Only include it if the data is still processed.',
    incomplete: (missing) => `The activity is not fully described in the register: ${missing}`,
    noRetention: 'The activity has no retention rule. The reply then only says in general that data is not kept longer than needed.',
    noSource: 'It is not recorded where the data comes from. The reply then says nothing about the source (Art. 15(1)(g)).',
    recipientsUnanswered:
      'It is not stated whether the data is shared with anyone. List the recipients or choose “No recipients”; otherwise the reply says nothing about recipients.',
    english: (what) => `${what} is missing in English. The English reply shows the Swedish text, marked [sv].`,
    swedishOnly: (what) => `${what} is only held in Swedish in the register. The English reply shows the Swedish text, marked [sv].`,
    field: {
      name: 'The name',
      term: 'The term',
      description: (n) => `Purpose ${n}`,
      basisDetail: (n) => `The reference for the legal basis of purpose ${n}`,
      lia: (n) => `The balancing of interests of purpose ${n}`,
      scope: (n) => `What the legal basis covers in purpose ${n}`,
      policy: 'Your own words on retention',
      exception: 'The exception',
      event: 'The event the period counts from',
      automated: 'The description of the automated decisions',
      safeguards: 'The safeguards of the transfer',
      other: 'A text',
    },
  },
};

/** Fields with no English variant in the register: the warning says the text is Swedish only. */
const SWEDISH_ONLY = new Set(['automatedDecisionsNote', 'transfers']);

/** The English field a fallback names, in words ("Ändamål 2"). */
function fieldWords(f: NoticeFallback, w: (typeof words)[Language]): string {
  const purpose = /^purposes\.(\d+)\.(.+)$/.exec(f.field);
  if (purpose) {
    const n = Number(purpose[1]) + 1;
    const rest = purpose[2];
    if (rest === 'descriptionEn') return w.field.description(n);
    if (rest === 'legalBasisDetailEn') return w.field.basisDetail(n);
    if (rest === 'liaTextEn') return w.field.lia(n);
    return w.field.scope(n);
  }
  if (f.kind === 'retentionEvent') return w.field.event;
  if (f.kind === 'vocabularyTerm') return w.field.term;
  const byField: Record<string, string> = {
    nameEn: w.field.name,
    policyEn: w.field.policy,
    exceptionEn: w.field.exception,
    automatedDecisionsNote: w.field.automated,
    transfers: w.field.safeguards,
  };
  return byField[f.field] ?? w.field.other;
}

/** What the reply to request `requestId` in `lang` would lack or claim falsely; item texts in `textLang`. */
export function accessReplyPreflight(
  session: Session,
  input: { requestId: number | undefined; activityIds: readonly number[] | undefined; lang: Language; textLang: Language },
): PreflightItem[] {
  const { lang, textLang } = input;
  const w = words[textLang];
  const items: PreflightItem[] = [];
  const push = (severity: PreflightItem['severity'], code: string, text: string, subject: string, fix: FixTarget | null) =>
    items.push({ severity, code, text, subject, fix });

  const request = input.requestId === undefined ? null : findRequest(session, input.requestId);
  if (request === null) {
    push('error', 'accessReply.notFound', w.notFound, w.request, null);
    return items;
  }
  const subject = request.fields.requesterName;
  const fix = (field: string): FixTarget => ({ kind: 'dsrRequest', id: request.id, field });
  if (request.fields.right !== 'access')
    push('error', 'accessReply.notAccess', formatMessage('v.request.notAccess', textLang), subject, fix('right'));
  if (request.fields.ourRole === 'processor')
    push('error', 'accessReply.processor', formatMessage('v.request.processorReply', textLang), subject, fix('ourRole'));

  const ids = replyActivityIds(request, input.activityIds);
  const { activities, missing } = replyActivities(session, ids);
  if (missing.length) push('error', 'accessReply.unknownActivity', w.unknownActivity, subject, fix('activityIds'));
  if (activities.length === 0 && missing.length === 0)
    push('error', 'accessReply.noActivities', formatMessage('w.request.noActivities', textLang), subject, fix('activityIds'));

  const org = session.organisation.get();
  const address = org.address.street.trim() !== '' && org.address.city.trim() !== '';
  if (![org.email, org.phone, org.dpo.email, org.dpo.phone].some((x) => x.trim() !== '') && !address)
    push('error', 'accessReply.noContact', w.noContact, w.organisation, { kind: 'organisation', id: null, field: 'email' });

  if (request.fields.identity === 'pending') push('warning', 'accessReply.identityPending', w.identityPending, subject, fix('identity'));
  if (request.fields.identity === 'failed') push('error', 'accessReply.identityFailed', w.identityFailed, subject, fix('identity'));

  for (const a of activities) {
    const at = (field: string | null): FixTarget => ({ kind: 'activity', id: a.id, field });
    if (a.status === 'draft') push('warning', 'accessReply.activityDraft', w.draft, a.name, at('status'));
    if (a.status === 'archived') push('warning', 'accessReply.activityArchived', w.archived, a.name, at('status'));
    if (a.completeness.missing.length) {
      const missingText = a.completeness.missing.map((m) => formatMessage(m.message, textLang)).join(' ');
      push('warning', 'accessReply.activityIncomplete', w.incomplete(missingText), a.name, at(a.completeness.missing[0]!.field));
    }
    if (!recipientsAnswered(a)) push('warning', 'accessReply.recipientsUnanswered', w.recipientsUnanswered, a.name, at('recipients'));
    if (a.retention.length === 0) push('warning', 'accessReply.noRetention', w.noRetention, a.name, at('retention'));
    if (a.dataSources.length === 0) push('warning', 'accessReply.noSource', w.noSource, a.name, at('dataSources'));
  }

  if (lang === 'en' && activities.length > 0) {
    for (const f of accessReplyDraft(session, request, activities, 'en').fallbacks) {
      const what = fieldWords(f, w);
      const text = SWEDISH_ONLY.has(f.field) ? w.swedishOnly(what) : w.english(what);
      push('warning', 'accessReply.englishMissing', text, f.subject ?? subject, { kind: f.kind, id: f.id, field: f.field });
    }
  }
  return items;
}

/** The request, or null when the register does not hold it. */
function findRequest(session: Session, id: number) {
  try {
    return session.use(requestsService).get(id);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'NOT_FOUND') return null;
    throw error;
  }
}
