// A retention rule in words, Swedish and English, built from its parameters: e.g.
// "Rensas ett år efter avslutat avtal" / "Deleted one year after the contract ended".
// Numbers up to twelve are written out; larger numbers are digits.
import type { z } from 'zod';
import type { retentionRuleFields } from '../../../shared/contract/retention';
import type { RetentionAction, RetentionEvent } from '../../../shared/domain/enums';
import type { Label } from '../../../shared/domain/labels';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { isShorter, isZeroDuration, parseDuration, type Duration } from './duration';

export type RetentionFields = z.output<typeof retentionRuleFields>;
/** What the words depend on: everything but the records the rule applies to. */
export type RuleWordsFields = Omit<RetentionFields, 'appliesTo'> & { appliesTo?: RetentionFields['appliesTo'] };

type Unit = 'years' | 'months' | 'weeks' | 'days';
type AnchorKey = 'created' | 'last_activity' | 'fiscal_year_end' | RetentionEvent | 'unknown_event';

const SV_NUMBERS = ['', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
const EN_NUMBERS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const SV_ORDINALS = [
  '',
  'första',
  'andra',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
  'elfte',
  'tolfte',
];
const EN_ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** Singular, plural, and whether one is "ett" (neuter) rather than "en". */
const SV_UNITS: Record<Unit, [string, string, boolean]> = {
  years: ['år', 'år', true],
  months: ['månad', 'månader', false],
  weeks: ['vecka', 'veckor', false],
  days: ['dag', 'dagar', false],
};
const EN_UNITS: Record<Unit, [string, string]> = {
  years: ['year', 'years'],
  months: ['month', 'months'],
  weeks: ['week', 'weeks'],
  days: ['day', 'days'],
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const sv = {
  /** "ett år", "en månad", "sex månader", "30 dagar". */
  count: (n: number, unit: Unit) => {
    const [singular, plural, neuter] = SV_UNITS[unit];
    if (n === 1) return `${neuter ? 'ett' : 'en'} ${singular}`;
    return `${n <= 12 ? SV_NUMBERS[n] : String(n)} ${plural}`;
  },
  ordinal: (n: number) => {
    if (n <= 12) return SV_ORDINALS[n]!;
    const last = n % 10;
    return `${n}:${(last === 1 || last === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e'}`;
  },
  and: 'och',
  immediately: 'direkt',
  /** What follows "efter" when the anchor is not rounded. */
  after: {
    created: 'att uppgifterna skapats',
    last_activity: 'den senaste aktiviteten',
    fiscal_year_end: 'räkenskapsårets utgång',
    contract_ended: 'avslutat avtal',
    ticket_closed: 'att ärendet stängts',
    employment_ended: 'avslutad anställning',
    recruitment_decided: 'avslutad rekrytering',
    consent_withdrawn: 'att samtycket återkallats',
    account_closed: 'att kontot avslutats',
    asset_decommissioned: 'att utrustningen avvecklats',
    site_closed: 'att kundplatsen avvecklats',
    purpose_fulfilled: 'att ändamålet uppfyllts',
    agreement_terminated: 'att PUB-avtalet upphört',
    unknown_event: 'händelsen',
  } satisfies Record<AnchorKey, string>,
  /** The clause after "det kalenderår då" when the anchor is rounded. */
  clause: {
    created: 'uppgifterna skapades',
    last_activity: 'den senaste aktiviteten skedde',
    fiscal_year_end: 'räkenskapsåret avslutades',
    contract_ended: 'avtalet upphörde',
    ticket_closed: 'ärendet stängdes',
    employment_ended: 'anställningen upphörde',
    recruitment_decided: 'rekryteringen avgjordes',
    consent_withdrawn: 'samtycket återkallades',
    account_closed: 'kontot avslutades',
    asset_decommissioned: 'utrustningen avvecklades',
    site_closed: 'kundplatsen avvecklades',
    purpose_fulfilled: 'ändamålet uppfylldes',
    agreement_terminated: 'PUB-avtalet upphörde',
    unknown_event: 'händelsen inträffade',
  } satisfies Record<AnchorKey, string>,
  /** The verb of each action, and what follows it ("Återlämnas | till den personuppgiftsansvarige"). */
  actions: {
    delete: { verb: 'rensas', rest: '' },
    anonymise: { verb: 'anonymiseras', rest: '' },
    return_to_controller: { verb: 'återlämnas', rest: ' till den personuppgiftsansvarige' },
    archive: { verb: 'arkiveras', rest: '' },
    review: { verb: 'prövas', rest: ' på nytt' },
  } satisfies Record<RetentionAction, { verb: string; rest: string }>,
  backupsLater: (lag: string) => `. Säkerhetskopiorna rensas ${lag} senare`,
  /** The BFL form: "Sparas till och med det sjunde året efter utgången av det kalenderår då …". */
  keptThroughYear: (ordinal: string, clause: string, action: { verb: string; rest: string }, backups: string) =>
    `Sparas till och med det ${ordinal} året efter utgången av det kalenderår då ${clause} och ${action.verb} därefter${action.rest}${backups}`,
  afterCalendarYear: (clause: string) => `efter utgången av det kalenderår då ${clause}`,
  afterMonth: (clause: string) => `efter utgången av den månad då ${clause}`,
  afterAnchor: (after: string) => `efter ${after}`,
  rule: (action: { verb: string; rest: string }, when: string, anchor: string) =>
    `${capitalise(action.verb)}${action.rest} ${when} ${anchor}`,
  alsoFromBackups: (lag: string) => ` och ${lag} därefter ur säkerhetskopiorna`,
};

export const retentionWords: Words<typeof sv> = {
  sv,
  en: {
    count: (n, unit) => {
      const [singular, plural] = EN_UNITS[unit];
      return `${n <= 12 ? EN_NUMBERS[n] : String(n)} ${n === 1 ? singular : plural}`;
    },
    ordinal: (n) => {
      if (n <= 12) return EN_ORDINALS[n]!;
      const teen = n % 100 >= 11 && n % 100 <= 13;
      const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
      return `${n}${suffix}`;
    },
    and: 'and',
    immediately: 'immediately',
    after: {
      created: 'the data was created',
      last_activity: 'the last activity',
      fiscal_year_end: 'the end of the financial year',
      contract_ended: 'the contract ended',
      ticket_closed: 'the ticket was closed',
      employment_ended: 'the employment ended',
      recruitment_decided: 'the recruitment was decided',
      consent_withdrawn: 'consent was withdrawn',
      account_closed: 'the account was closed',
      asset_decommissioned: 'the equipment was decommissioned',
      site_closed: 'the customer site was closed',
      purpose_fulfilled: 'the purpose was fulfilled',
      agreement_terminated: 'the data processing agreement ended',
      unknown_event: 'the event',
    },
    clause: {
      created: 'the data was created',
      last_activity: 'the last activity took place',
      fiscal_year_end: 'the financial year ended',
      contract_ended: 'the contract ended',
      ticket_closed: 'the ticket was closed',
      employment_ended: 'the employment ended',
      recruitment_decided: 'the recruitment was decided',
      consent_withdrawn: 'consent was withdrawn',
      account_closed: 'the account was closed',
      asset_decommissioned: 'the equipment was decommissioned',
      site_closed: 'the customer site was closed',
      purpose_fulfilled: 'the purpose was fulfilled',
      agreement_terminated: 'the data processing agreement ended',
      unknown_event: 'the event occurred',
    },
    actions: {
      delete: { verb: 'deleted', rest: '' },
      anonymise: { verb: 'anonymised', rest: '' },
      return_to_controller: { verb: 'returned', rest: ' to the controller' },
      archive: { verb: 'archived', rest: '' },
      review: { verb: 'reviewed', rest: ' again' },
    },
    backupsLater: (lag) => `. Backup copies are deleted ${lag} later`,
    keptThroughYear: (ordinal, clause, action, backups) =>
      `Kept up to and including the ${ordinal} year after the end of the calendar year in which ${clause}, then ${action.verb}${action.rest}${backups}`,
    afterCalendarYear: (clause) => `after the end of the calendar year in which ${clause}`,
    afterMonth: (clause) => `after the end of the month in which ${clause}`,
    afterAnchor: (after) => `after ${after}`,
    rule: (action, when, anchor) => `${capitalise(action.verb)}${action.rest} ${when} ${anchor}`,
    alsoFromBackups: (lag) => `, and from backups ${lag} later`,
  },
};

const bothLanguages = (words: (lang: Language) => string): Label => ({ sv: words('sv'), en: words('en') });

function durationIn(lang: Language, d: Duration): string {
  const words = retentionWords[lang];
  const parts = (['years', 'months', 'weeks', 'days'] as const).filter((unit) => d[unit]).map((unit) => words.count(d[unit], unit));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${words.and} ${parts[parts.length - 1]}`;
}

/** "ett år och sex månader" / "one year and six months". */
export function durationWords(d: Duration): Label {
  return bothLanguages((lang) => durationIn(lang, d));
}

function anchorKey(f: Pick<RetentionFields, 'anchorKind' | 'anchorEvent'>): AnchorKey {
  if (f.anchorKind !== 'event') return f.anchorKind;
  return f.anchorEvent ?? 'unknown_event';
}

function summariseIn(lang: Language, f: RuleWordsFields): string {
  const words = retentionWords[lang];
  const duration = parseDuration(f.duration) ?? { years: 0, months: 0, weeks: 0, days: 0 };
  const lag = f.backupLag ? parseDuration(f.backupLag) : null;
  const lagWords = lag !== null && !isZeroDuration(lag) ? durationIn(lang, lag) : null;
  const key = anchorKey(f);
  const action = words.actions[f.action];
  const backupSentence = lagWords ? words.backupsLater(lagWords) : '';

  // "Sparas till och med det sjunde året efter utgången av det kalenderår då …" (the BFL form).
  const onlyYears = duration.years > 0 && duration.months + duration.weeks + duration.days === 0;
  if (onlyYears && f.roundAnchorTo === 'end_of_calendar_year' && f.inclusive) {
    return words.keptThroughYear(words.ordinal(duration.years), words.clause[key], action, backupSentence);
  }

  const anchor =
    f.roundAnchorTo === 'end_of_calendar_year'
      ? words.afterCalendarYear(words.clause[key])
      : f.roundAnchorTo === 'end_of_month'
        ? words.afterMonth(words.clause[key])
        : words.afterAnchor(words.after[key]);
  const when = isZeroDuration(duration) ? words.immediately : durationIn(lang, duration);
  const rule = words.rule(action, when, anchor);
  return rule + (lagWords && f.action === 'delete' ? words.alsoFromBackups(lagWords) : backupSentence);
}

/** The rule in words. Fields are the validated form fields (saved or not). */
export function summarise(f: RuleWordsFields): Label {
  return bothLanguages((lang) => summariseIn(lang, f));
}

/** Message keys (shared/messages.ts, `w.retention.*`) for what looks wrong in the rule. */
export function retentionWarnings(f: RuleWordsFields): string[] {
  const warnings: string[] = [];
  if (f.anchorKind === 'event' && !f.anchorEvent) warnings.push('w.retention.eventMissing');
  if (f.legalMinimumDuration) {
    const chosen = parseDuration(f.duration);
    const minimum = parseDuration(f.legalMinimumDuration);
    if (chosen && minimum && isShorter(chosen, minimum)) warnings.push('w.retention.belowLegalMinimum');
    if (f.legalMinimumSource.trim() === '') warnings.push('w.retention.legalMinimumSourceMissing');
  }
  return warnings;
}
