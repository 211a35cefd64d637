// A retention rule in words, Swedish and English, built from its parameters: e.g.
// "Rensas ett år efter avslutat avtal" / "Deleted one year after the contract ended".
// Numbers up to twelve are written out and larger ones are digits, but one sentence never mixes
// the two: when any number in it is past twelve, all its numbers are digits ("30 dagar … och 7 dagar").
import type { z } from 'zod';
import type { retentionRuleFields } from '../../../shared/contract/retention';
import type { RetentionAction, RetentionEvent } from '../../../shared/domain/enums';
import type { Label } from '../../../shared/domain/labels';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { inLanguage } from '../documents/language';
import { isShorter, isZeroDuration, parseDuration, type Duration } from './duration';

export type RetentionFields = z.output<typeof retentionRuleFields>;
/** What the words depend on: everything but the records the rule applies to. */
export type RuleWordsFields = Omit<RetentionFields, 'appliesTo'> & { appliesTo?: RetentionFields['appliesTo'] };

type Unit = 'years' | 'months' | 'weeks' | 'days';
type AnchorKey = 'created' | 'last_activity' | 'fiscal_year_end' | RetentionEvent | 'unknown_event';
/** Numbers as words ("sju") or digits ("7"), the same throughout one sentence. */
type NumberStyle = 'words' | 'digits';
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
  /** "ett år", "en månad", "sex månader"; digits: "1 år", "30 dagar". */
  count: (n: number, unit: Unit, style: NumberStyle) => `${sv.number(n, unit, style)} ${sv.unit(n, unit)}`,
  unit: (n: number, unit: Unit) => SV_UNITS[unit][n === 1 ? 0 : 1],
  /** The number alone, with the gender of its unit: "ett" (år), "en" (månad). */
  number: (n: number, unit: Unit, style: NumberStyle) => {
    if (style === 'digits' || n > 12) return String(n);
    return n === 1 ? (SV_UNITS[unit][2] ? 'ett' : 'en') : SV_NUMBERS[n]!;
  },
  ordinal: (n: number, style: NumberStyle) => {
    if (style === 'words' && n <= 12) return SV_ORDINALS[n]!;
    const last = n % 10;
    return `${n}:${(last === 1 || last === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e'}`;
  },
  and: 'och',
  /** "tre till sju dagar", "3–28 dagar", "sex månader till ett år". */
  range: (min: string, max: string, sameUnit: boolean, style: NumberStyle) =>
    sameUnit && style === 'digits' ? `${min}–${max}` : `${min} till ${max}`,
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
    request_closed: 'att begäran avslutats',
    breach_closed: 'att incidenten avslutats',
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
    request_closed: 'begäran avslutades',
    breach_closed: 'incidenten avslutades',
    unknown_event: 'händelsen inträffade',
  } satisfies Record<AnchorKey, string>,
  /** A register-defined event, in the firm's own words: after "efter", and as a clause. */
  ownEventAfter: (label: string) => `händelsen ”${label}”`,
  ownEventClause: (label: string) => `händelsen ”${label}” inträffade`,
  /** The verb of each action, and what follows it ("Återlämnas | till den personuppgiftsansvarige"). */
  actions: {
    delete: { verb: 'rensas', rest: '' },
    anonymise: { verb: 'anonymiseras', rest: '' },
    delete_or_anonymise: { verb: 'rensas eller anonymiseras', rest: '' },
    return_to_controller: { verb: 'återlämnas', rest: ' till den personuppgiftsansvarige' },
    archive: { verb: 'arkiveras', rest: '' },
    review: { verb: 'prövas', rest: ' på nytt' },
  } satisfies Record<RetentionAction, { verb: string; rest: string }>,
  backupsLater: (lag: string) => `. Säkerhetskopiorna rensas ${lag} senare`,
  /** The BFL form: "Sparas till och med det sjunde året efter utgången av det kalenderår då …". */
  keptThroughYear: (ordinal: string, clause: string, action: { verb: string; rest: string }) =>
    `Sparas till och med det ${ordinal} året efter utgången av det kalenderår då ${clause} och ${action.verb} därefter${action.rest}`,
  /** No number: "as long as needed for the purpose" is the rule. */
  asLongAsNeeded: (action: { verb: string; rest: string }) =>
    `Sparas så länge det behövs för ändamålet och ${action.verb} därefter${action.rest}`,
  afterCalendarYear: (clause: string) => `efter utgången av det kalenderår då ${clause}`,
  afterMonth: (clause: string) => `efter utgången av den månad då ${clause}`,
  afterAnchor: (after: string) => `efter ${after}`,
  rule: (action: { verb: string; rest: string }, when: string, anchor: string) =>
    `${capitalise(action.verb)}${action.rest} ${when} ${anchor}`,
  alsoFromBackups: (lag: string) => ` och ${lag} därefter ur säkerhetskopiorna`,
  /** The firm's exception, after the rule: "…, utom underlag som ska sparas enligt bokföringslagen". */
  except: (what: string) => `, utom ${what}`,
  /** Words a firm may already have started its exception with; the sentence adds its own. */
  exceptPrefix: /^(utom|förutom|undantag:?|med undantag för)\s+/i,
};

export const retentionWords: Words<typeof sv> = {
  sv,
  en: {
    count: (n, unit, style) => `${retentionWords.en.number(n, unit, style)} ${retentionWords.en.unit(n, unit)}`,
    unit: (n, unit) => EN_UNITS[unit][n === 1 ? 0 : 1],
    number: (n, _unit, style) => (style === 'digits' || n > 12 ? String(n) : EN_NUMBERS[n]!),
    ordinal: (n, style) => {
      if (style === 'words' && n <= 12) return EN_ORDINALS[n]!;
      const teen = n % 100 >= 11 && n % 100 <= 13;
      const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
      return `${n}${suffix}`;
    },
    and: 'and',
    range: (min, max, sameUnit, style) => (sameUnit && style === 'digits' ? `${min}–${max}` : `${min} to ${max}`),
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
      request_closed: 'the request was closed',
      breach_closed: 'the breach was closed',
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
      request_closed: 'the request was closed',
      breach_closed: 'the breach was closed',
      unknown_event: 'the event occurred',
    },
    ownEventAfter: (label) => `the event “${label}”`,
    ownEventClause: (label) => `the event “${label}” occurred`,
    actions: {
      delete: { verb: 'deleted', rest: '' },
      anonymise: { verb: 'anonymised', rest: '' },
      delete_or_anonymise: { verb: 'deleted or anonymised', rest: '' },
      return_to_controller: { verb: 'returned', rest: ' to the controller' },
      archive: { verb: 'archived', rest: '' },
      review: { verb: 'reviewed', rest: ' again' },
    },
    backupsLater: (lag) => `. Backup copies are deleted ${lag} later`,
    keptThroughYear: (ordinal, clause, action) =>
      `Kept up to and including the ${ordinal} year after the end of the calendar year in which ${clause}, then ${action.verb}${action.rest}`,
    asLongAsNeeded: (action) => `Kept as long as needed for the purpose, then ${action.verb}${action.rest}`,
    afterCalendarYear: (clause) => `after the end of the calendar year in which ${clause}`,
    afterMonth: (clause) => `after the end of the month in which ${clause}`,
    afterAnchor: (after) => `after ${after}`,
    rule: (action, when, anchor) => `${capitalise(action.verb)}${action.rest} ${when} ${anchor}`,
    alsoFromBackups: (lag) => `, and from backups ${lag} later`,
    except: (what) => `, except ${what}`,
    exceptPrefix: /^(except( for)?|exception:?|apart from)\s+/i,
  },
};

/** "Fakturan betald" → "fakturan betald" inside a sentence; "IT-avdelningen" and "BFL" stay. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

const bothLanguages = (words: (lang: Language) => string): Label => ({ sv: words('sv'), en: words('en') });

const parts = (d: Duration) => (['years', 'months', 'weeks', 'days'] as const).filter((unit) => d[unit]);

/** Digits for every number of the sentence as soon as one of them is past twelve. */
function styleFor(durations: readonly (Duration | null)[]): NumberStyle {
  return durations.some((d) => d !== null && parts(d).some((unit) => d[unit] > 12)) ? 'digits' : 'words';
}

function durationIn(lang: Language, d: Duration, style: NumberStyle = styleFor([d])): string {
  const words = retentionWords[lang];
  const list = parts(d).map((unit) => words.count(d[unit], unit, style));
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${words.and} ${list[list.length - 1]}`;
}

/** "ett år och sex månader" / "one year and six months". */
export function durationWords(d: Duration): Label {
  return bothLanguages((lang) => durationIn(lang, d));
}

/** "tre till sju dagar" / "3–28 days" / "six months to one year". */
function rangeIn(lang: Language, min: Duration, max: Duration, style: NumberStyle): string {
  const words = retentionWords[lang];
  const [minUnit, ...moreMin] = parts(min);
  const [maxUnit, ...moreMax] = parts(max);
  if (minUnit !== undefined && minUnit === maxUnit && moreMin.length === 0 && moreMax.length === 0) {
    const numbers = words.range(words.number(min[minUnit], minUnit, style), words.number(max[maxUnit], maxUnit, style), true, style);
    return `${numbers} ${words.unit(max[maxUnit], maxUnit)}`;
  }
  return words.range(durationIn(lang, min, style), durationIn(lang, max, style), false, style);
}

function anchorKey(f: Pick<RetentionFields, 'anchorKind' | 'anchorEvent'>): AnchorKey {
  if (f.anchorKind !== 'event') return f.anchorKind;
  return f.anchorEvent ?? 'unknown_event';
}

/** The firm's exception text as part of the sentence, without a leading "utom" of its own or a closing full stop. */
function exceptionIn(lang: Language, f: RuleWordsFields): string {
  const words = retentionWords[lang];
  const strip = (s: string, prefix: RegExp) =>
    s
      .trim()
      .replace(prefix, '')
      .replace(/[.;,]+$/, '')
      .trim();
  const text = inLanguage(lang, strip(f.exceptionSv ?? '', sv.exceptPrefix), strip(f.exceptionEn ?? '', retentionWords.en.exceptPrefix));
  return text === '' ? '' : words.except(lowerFirst(text));
}

/** The register-defined event the rule counts from, when it has one: its labels. */
export type OwnEventLabel = Label | null;

function summariseIn(lang: Language, f: RuleWordsFields, ownEvent: OwnEventLabel): string {
  const words = retentionWords[lang];
  const max = f.duration === null ? null : (parseDuration(f.duration) ?? { years: 0, months: 0, weeks: 0, days: 0 });
  const min = f.durationMin ? parseDuration(f.durationMin) : null;
  const lagParsed = f.backupLag ? parseDuration(f.backupLag) : null;
  const lag = lagParsed !== null && !isZeroDuration(lagParsed) ? lagParsed : null;
  const style = styleFor([max, min, lag]);
  const lagWords = lag ? durationIn(lang, lag, style) : null;
  const action = words.actions[f.action];
  const exception = exceptionIn(lang, f);
  const backupSentence = lagWords ? words.backupsLater(lagWords) : '';

  if (max === null) return words.asLongAsNeeded(action) + exception + backupSentence;

  const own =
    f.anchorKind === 'event' && f.anchorEvent === null && ownEvent ? lowerFirst(inLanguage(lang, ownEvent.sv, ownEvent.en)) : null;
  const key = anchorKey(f);
  const clause = own ? words.ownEventClause(own) : words.clause[key];

  // "Sparas till och med det sjunde året efter utgången av det kalenderår då …" (the BFL form).
  const onlyYears = max.years > 0 && max.months + max.weeks + max.days === 0;
  if (onlyYears && min === null && f.roundAnchorTo === 'end_of_calendar_year' && f.inclusive) {
    return words.keptThroughYear(words.ordinal(max.years, style), clause, action) + exception + backupSentence;
  }

  const anchor =
    f.roundAnchorTo === 'end_of_calendar_year'
      ? words.afterCalendarYear(clause)
      : f.roundAnchorTo === 'end_of_month'
        ? words.afterMonth(clause)
        : words.afterAnchor(own ? words.ownEventAfter(own) : words.after[key]);
  const when = min ? rangeIn(lang, min, max, style) : isZeroDuration(max) ? words.immediately : durationIn(lang, max, style);
  const rule = words.rule(action, when, anchor);
  // "… och 7 dagar därefter ur säkerhetskopiorna" only reads right for a plain deletion with nothing after it.
  if (lagWords && f.action === 'delete' && exception === '') return rule + words.alsoFromBackups(lagWords);
  return rule + exception + backupSentence;
}

/**
 * The rule in words. Fields are the validated form fields (saved or not); `ownEvent` the labels
 * of the register-defined event it counts from (anchorEventId), when it has one.
 */
export function summarise(f: RuleWordsFields, ownEvent: OwnEventLabel = null): Label {
  return bothLanguages((lang) => summariseIn(lang, f, ownEvent));
}

/** Message keys (shared/messages.ts, `w.retention.*`) for what looks wrong in the rule. */
export function retentionWarnings(f: RuleWordsFields): string[] {
  const warnings: string[] = [];
  if (f.anchorKind === 'event' && !f.anchorEvent && f.anchorEventId === null) warnings.push('w.retention.eventMissing');
  // Printable, but nothing to count a purge from: incomplete for purging.
  if (f.duration === null) warnings.push('w.retention.noDuration');
  if (f.legalMinimumDuration) {
    // A range may end at its shorter end: that is what must meet the minimum.
    const chosen = f.durationMin ? parseDuration(f.durationMin) : f.duration ? parseDuration(f.duration) : null;
    const minimum = parseDuration(f.legalMinimumDuration);
    if (chosen && minimum && isShorter(chosen, minimum)) warnings.push('w.retention.belowLegalMinimum');
    if (f.legalMinimumSource.trim() === '') warnings.push('w.retention.legalMinimumSourceMissing');
  }
  return warnings;
}
