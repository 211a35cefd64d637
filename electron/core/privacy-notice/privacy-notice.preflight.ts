// The check before the privacy notice is generated (issue 14). Errors: what would make the notice
// lack what articles 13–14 require or leave out a sentence the reader needs (no way to contact us,
// recipients or cookies not answered, an activity without a purpose or a stated interest).
// Warnings: what the notice can do without (a retention rule, the personnummer justification) and,
// for an English notice, each text printed in Swedish instead — found by building the notice itself.
import type { FixTarget, PreflightItem } from '../../../shared/contract';
import { locationIsInEea } from '../../../shared/domain/labels';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import type { Session } from '../session';
import { privacyNoticeService } from './privacy-notice.service';
import { basesOf, recipientsAnswered, websiteActivities, type NoticeFacts, type NoticeFallback } from './privacy-notice.view';

const sv = {
  organisation: 'Organisationen',
  notice: 'Integritetspolicyn',
  noActivities:
    'Ingen behandling är med i integritetspolicyn. Den skulle då inte beskriva några ändamål eller rättsliga grunder. Välj behandlingar att ta med.',
  noContact:
    'Organisationen saknar e-postadress, telefonnummer och adress. Policyn måste tala om hur man kontaktar er för att utöva sina rättigheter.',
  recipientsUnanswered:
    'Det är inte angivet om uppgifterna lämnas till någon. Lista mottagarna eller välj ”Inga mottagare”; policyn säger annars ingenting om mottagare.',
  noPurposes: 'Behandlingen har inget ändamål. Policyn måste ange ändamål och rättslig grund för varje behandling.',
  interestMissing: (n: number) =>
    `Ändamål ${n} bygger på berättigat intresse, men intresset är inte beskrivet. Policyn måste ange vilket intresse det är.`,
  cookiesUnanswered:
    'Ni har en webbplats, men det är inte angivet vilka kakor (cookies) den använder. Svara på frågan om kakor; policyn säger annars ingenting om dem.',
  cookiesEmpty: 'Kakorna ska beskrivas, men listan är tom. Lägg till kakorna eller välj att webbplatsen bara använder nödvändiga kakor.',
  noRetention: 'Behandlingen har ingen gallringsregel. Policyn säger då bara allmänt att uppgifterna inte sparas längre än de behövs.',
  pnrJustification: 'Behandlingen omfattar personnummer, men skälet är inte angivet. Policyn säger då inget om varför.',
  systemOutsideEea: (system: string) =>
    `Systemet ${system} har data utanför EU/EES, men behandlingen har ingen överföring angiven. Policyn säger då inget om överföringar.`,
  english: (what: string) => `${what} saknas på engelska. Den engelska policyn visar den svenska texten, märkt [sv].`,
  field: {
    name: 'Namnet',
    term: 'Benämningen',
    description: (n: number) => `Ändamål ${n}`,
    basisDetail: (n: number) => `Hänvisningen för den rättsliga grunden i ändamål ${n}`,
    lia: (n: number) => `Intresseavvägningen i ändamål ${n}`,
    scope: (n: number) => `Vad den rättsliga grunden omfattar i ändamål ${n}`,
    storageLocation: 'Lagringsplatsen',
    purpose: 'Syftet',
    policy: 'Era egna ord om gallringen',
    exception: 'Undantaget',
    pnrNote: 'Kommentaren om personnummer',
    event: 'Händelsen som tiden räknas från',
    intro: 'Inledningen',
    sectionTitle: (n: number) => `Rubriken i eget avsnitt ${n}`,
    sectionBody: (n: number) => `Texten i eget avsnitt ${n}`,
    cookiePurpose: (n: number) => `Syftet med kaka ${n}`,
    cookieLifetime: (n: number) => `Lagringstiden för kaka ${n}`,
    other: 'En text',
  },
};

const words: Words<typeof sv> = {
  sv,
  en: {
    organisation: 'The organisation',
    notice: 'The privacy notice',
    noActivities:
      'No processing activity is included in the privacy notice. It would then describe no purposes or legal bases. Choose the activities to include.',
    noContact:
      'The organisation has no e-mail address, phone number or address. The notice must say how to contact you to exercise one’s rights.',
    recipientsUnanswered:
      'It is not stated whether the data is shared with anyone. List the recipients or choose “No recipients”; otherwise the notice says nothing about recipients.',
    noPurposes: 'The activity has no purpose. The notice must state the purpose and legal basis of every activity.',
    interestMissing: (n) =>
      `Purpose ${n} rests on a legitimate interest, but the interest is not described. The notice must say what the interest is.`,
    cookiesUnanswered:
      'You have a website, but it is not stated which cookies it uses. Answer the cookie question; otherwise the notice says nothing about cookies.',
    cookiesEmpty:
      'The cookies are to be described, but the list is empty. Add the cookies or choose that the website only uses necessary cookies.',
    noRetention: 'The activity has no retention rule. The notice then only says in general that data is not kept longer than needed.',
    pnrJustification:
      'The activity includes personal identity numbers, but the reason is not recorded. The notice then says nothing about why.',
    systemOutsideEea: (system) =>
      `The system ${system} holds data outside the EU/EEA, but the activity records no transfer. The notice then says nothing about transfers.`,
    english: (what) => `${what} is missing in English. The English notice shows the Swedish text, marked [sv].`,
    field: {
      name: 'The name',
      term: 'The term',
      description: (n) => `Purpose ${n}`,
      basisDetail: (n) => `The reference for the legal basis of purpose ${n}`,
      lia: (n) => `The balancing of interests of purpose ${n}`,
      scope: (n) => `What the legal basis covers in purpose ${n}`,
      storageLocation: 'The storage location',
      purpose: 'The purpose',
      policy: 'Your own words on retention',
      exception: 'The exception',
      pnrNote: 'The note on personal identity numbers',
      event: 'The event the period counts from',
      intro: 'The introduction',
      sectionTitle: (n) => `The heading of own section ${n}`,
      sectionBody: (n) => `The text of own section ${n}`,
      cookiePurpose: (n) => `The purpose of cookie ${n}`,
      cookieLifetime: (n) => `How long cookie ${n} is kept`,
      other: 'A text',
    },
  },
};

/** The English field a fallback names, in words ("Ändamål 2"). */
function fieldWords(f: NoticeFallback, w: (typeof words)[Language]): string {
  const n = (i: string | undefined) => Number(i ?? 0) + 1;
  const purpose = /^purposes\.(\d+)\.(.+)$/.exec(f.field);
  if (purpose) {
    const [, i, rest] = purpose;
    if (rest === 'descriptionEn') return w.field.description(n(i));
    if (rest === 'legalBasisDetailEn') return w.field.basisDetail(n(i));
    if (rest === 'liaTextEn') return w.field.lia(n(i));
    return w.field.scope(n(i));
  }
  const listed = /^(sections|cookieList)\.(\d+)\.(.+)$/.exec(f.field);
  if (listed) {
    const [, list, i, rest] = listed;
    if (list === 'sections') return rest === 'titleEn' ? w.field.sectionTitle(n(i)) : w.field.sectionBody(n(i));
    return rest === 'purposeEn' ? w.field.cookiePurpose(n(i)) : w.field.cookieLifetime(n(i));
  }
  if (f.kind === 'retentionEvent') return w.field.event;
  if (f.kind === 'vocabularyTerm' || f.kind === 'securityMeasure') return w.field.term;
  const byField: Record<string, string> = {
    nameEn: w.field.name,
    introEn: w.field.intro,
    storageLocationEn: w.field.storageLocation,
    purposeEn: w.field.purpose,
    policyEn: w.field.policy,
    exceptionEn: w.field.exception,
    pnrNoteEn: w.field.pnrNote,
  };
  return byField[f.field] ?? w.field.other;
}

/**
 * What the privacy notice in `lang` would lack or claim falsely; item texts in `textLang`. A caller
 * that has read the notice's facts already (the attention list) passes them in.
 */
export function noticePreflight(
  session: Session,
  lang: Language,
  textLang: Language,
  facts: NoticeFacts = session.use(privacyNoticeService).facts(),
): PreflightItem[] {
  const w = words[textLang];
  const service = session.use(privacyNoticeService);
  const items: PreflightItem[] = [];
  const push = (severity: PreflightItem['severity'], code: string, text: string, subject: string, fix: FixTarget | null) =>
    items.push({ severity, code, text, subject, fix });
  const org = facts.organisation;
  const noticeFix = (field: string): FixTarget => ({ kind: 'privacyNotice', id: null, field });

  if (facts.activities.length === 0) push('error', 'notice.noActivities', w.noActivities, w.notice, noticeFix('excludedActivityIds'));

  const address = org.address.street.trim() !== '' && org.address.city.trim() !== '';
  if (!org.email.trim() && !org.phone.trim() && !address)
    push('error', 'notice.noContact', w.noContact, w.organisation, { kind: 'organisation', id: null, field: 'email' });

  const hasWebsite = org.website.trim() !== '' || websiteActivities(facts).length > 0;
  if (hasWebsite && facts.cookies === null) push('error', 'notice.cookiesUnanswered', w.cookiesUnanswered, w.notice, noticeFix('cookies'));
  if (facts.cookies === 'described' && facts.cookieList.length === 0)
    push('error', 'notice.cookiesEmpty', w.cookiesEmpty, w.notice, noticeFix('cookieList'));

  const systems = new Map(facts.systems.map((s) => [s.id, s]));
  for (const a of facts.activities) {
    const fix = (field: string): FixTarget => ({ kind: 'activity', id: a.id, field });
    if (!recipientsAnswered(a)) push('error', 'activity.recipientsUnanswered', w.recipientsUnanswered, a.name, fix('recipients'));
    if (a.purposes.length === 0) push('error', 'activity.noPurposes', w.noPurposes, a.name, fix('purposes'));
    a.purposes.forEach((p, i) => {
      if (!basesOf(p).includes('legitimate_interests')) return;
      const interest = p.liaText.trim() || (p.legalBasis === 'legitimate_interests' ? p.legalBasisDetail.trim() : '');
      if (!interest) push('error', 'purpose.interestMissing', w.interestMissing(i + 1), a.name, fix(`purposes.${i}.liaText`));
    });
    if (a.retention.length === 0) push('warning', 'activity.noRetention', w.noRetention, a.name, fix('retention'));
    if (a.personnummer && a.pnrJustification === null && a.pnrNote.trim() === '')
      push('warning', 'activity.pnrJustificationMissing', w.pnrJustification, a.name, fix('pnrJustification'));
    if (a.transfers.length === 0) {
      for (const id of a.systemIds) {
        const s = systems.get(id);
        if (s && !locationIsInEea(s)) push('warning', 'activity.transferUnrecorded', w.systemOutsideEea(s.name), a.name, fix('transfers'));
      }
    }
  }

  if (lang === 'en') {
    for (const f of service.draft('en').fallbacks) {
      const subject = f.subject ?? w.notice;
      push('warning', 'notice.englishMissing', w.english(fieldWords(f, w)), subject, { kind: f.kind, id: f.id, field: f.field });
    }
  }
  return items;
}
