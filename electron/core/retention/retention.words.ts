// A retention rule in words, Swedish and English, built from its parameters: e.g.
// "Rensas ett år efter avslutat avtal" / "Deleted one year after the contract ended".
// Numbers up to twelve are written out; larger numbers are digits.
import type { z } from 'zod';
import type { retentionRuleFields } from '../../../shared/contract/retention';
import type { RetentionAction, RetentionEvent } from '../../../shared/domain/enums';
import { isShorter, isZeroDuration, parseDuration, type Duration } from './duration';

export type RetentionFields = z.output<typeof retentionRuleFields>;
/** What the words depend on: everything but the records the rule applies to. */
export type RuleWordsFields = Omit<RetentionFields, 'appliesTo'> & { appliesTo?: RetentionFields['appliesTo'] };

interface Words {
  sv: string;
  en: string;
}

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

/** "ett år", "en månad", "sex månader", "30 dagar". `neuter` picks "ett" over "en" for one. */
function svCount(n: number, singular: string, plural: string, neuter: boolean): string {
  if (n === 1) return `${neuter ? 'ett' : 'en'} ${singular}`;
  return `${n <= 12 ? SV_NUMBERS[n] : String(n)} ${plural}`;
}

function enCount(n: number, singular: string, plural: string): string {
  return `${n <= 12 ? EN_NUMBERS[n] : String(n)} ${n === 1 ? singular : plural}`;
}

function svOrdinal(n: number): string {
  if (n <= 12) return SV_ORDINALS[n]!;
  const last = n % 10;
  return `${n}:${(last === 1 || last === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e'}`;
}

function enOrdinal(n: number): string {
  if (n <= 12) return EN_ORDINALS[n]!;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function joinList(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** "ett år och sex månader" / "one year and six months". */
export function durationWords(d: Duration): Words {
  const sv: string[] = [];
  const en: string[] = [];
  if (d.years) {
    sv.push(svCount(d.years, 'år', 'år', true));
    en.push(enCount(d.years, 'year', 'years'));
  }
  if (d.months) {
    sv.push(svCount(d.months, 'månad', 'månader', false));
    en.push(enCount(d.months, 'month', 'months'));
  }
  if (d.weeks) {
    sv.push(svCount(d.weeks, 'vecka', 'veckor', false));
    en.push(enCount(d.weeks, 'week', 'weeks'));
  }
  if (d.days) {
    sv.push(svCount(d.days, 'dag', 'dagar', false));
    en.push(enCount(d.days, 'day', 'days'));
  }
  return { sv: joinList(sv, 'och'), en: joinList(en, 'and') };
}

type AnchorKey = 'created' | 'last_activity' | 'fiscal_year_end' | RetentionEvent | 'unknown_event';

/** What follows "efter" / "after" when the anchor is not rounded. */
const AFTER: Record<AnchorKey, Words> = {
  created: { sv: 'att uppgifterna skapats', en: 'the data was created' },
  last_activity: { sv: 'den senaste aktiviteten', en: 'the last activity' },
  fiscal_year_end: { sv: 'räkenskapsårets utgång', en: 'the end of the financial year' },
  contract_ended: { sv: 'avslutat avtal', en: 'the contract ended' },
  ticket_closed: { sv: 'att ärendet stängts', en: 'the ticket was closed' },
  employment_ended: { sv: 'avslutad anställning', en: 'the employment ended' },
  recruitment_decided: { sv: 'avslutad rekrytering', en: 'the recruitment was decided' },
  consent_withdrawn: { sv: 'att samtycket återkallats', en: 'consent was withdrawn' },
  account_closed: { sv: 'att kontot avslutats', en: 'the account was closed' },
  asset_decommissioned: { sv: 'att utrustningen avvecklats', en: 'the equipment was decommissioned' },
  site_closed: { sv: 'att kundplatsen avvecklats', en: 'the customer site was closed' },
  purpose_fulfilled: { sv: 'att ändamålet uppfyllts', en: 'the purpose was fulfilled' },
  agreement_terminated: { sv: 'att PUB-avtalet upphört', en: 'the data processing agreement ended' },
  unknown_event: { sv: 'händelsen', en: 'the event' },
};

/** The clause after "det kalenderår då" / "the calendar year in which" when the anchor is rounded. */
const CLAUSE: Record<AnchorKey, Words> = {
  created: { sv: 'uppgifterna skapades', en: 'the data was created' },
  last_activity: { sv: 'den senaste aktiviteten skedde', en: 'the last activity took place' },
  fiscal_year_end: { sv: 'räkenskapsåret avslutades', en: 'the financial year ended' },
  contract_ended: { sv: 'avtalet upphörde', en: 'the contract ended' },
  ticket_closed: { sv: 'ärendet stängdes', en: 'the ticket was closed' },
  employment_ended: { sv: 'anställningen upphörde', en: 'the employment ended' },
  recruitment_decided: { sv: 'rekryteringen avgjordes', en: 'the recruitment was decided' },
  consent_withdrawn: { sv: 'samtycket återkallades', en: 'consent was withdrawn' },
  account_closed: { sv: 'kontot avslutades', en: 'the account was closed' },
  asset_decommissioned: { sv: 'utrustningen avvecklades', en: 'the equipment was decommissioned' },
  site_closed: { sv: 'kundplatsen avvecklades', en: 'the customer site was closed' },
  purpose_fulfilled: { sv: 'ändamålet uppfylldes', en: 'the purpose was fulfilled' },
  agreement_terminated: { sv: 'PUB-avtalet upphörde', en: 'the data processing agreement ended' },
  unknown_event: { sv: 'händelsen inträffade', en: 'the event occurred' },
};

/** The verb of each action, and what follows it ("Återlämnas | till den personuppgiftsansvarige"). */
const ACTIONS: Record<RetentionAction, { sv: [string, string]; en: [string, string] }> = {
  delete: { sv: ['rensas', ''], en: ['deleted', ''] },
  anonymise: { sv: ['anonymiseras', ''], en: ['anonymised', ''] },
  return_to_controller: { sv: ['återlämnas', ' till den personuppgiftsansvarige'], en: ['returned', ' to the controller'] },
  archive: { sv: ['arkiveras', ''], en: ['archived', ''] },
  review: { sv: ['prövas', ' på nytt'], en: ['reviewed', ' again'] },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function anchorKey(f: Pick<RetentionFields, 'anchorKind' | 'anchorEvent'>): AnchorKey {
  if (f.anchorKind !== 'event') return f.anchorKind;
  return f.anchorEvent ?? 'unknown_event';
}

/** The rule in words. Fields are the validated form fields (saved or not). */
export function summarise(f: RuleWordsFields): Words {
  const duration = parseDuration(f.duration) ?? { years: 0, months: 0, weeks: 0, days: 0 };
  const lag = f.backupLag ? parseDuration(f.backupLag) : null;
  const hasLag = lag !== null && !isZeroDuration(lag);
  const key = anchorKey(f);
  const [svVerb, svRest] = ACTIONS[f.action].sv;
  const [enVerb, enRest] = ACTIONS[f.action].en;
  const lagWords = hasLag ? durationWords(lag) : null;
  const backupSentence = lagWords
    ? { sv: `. Säkerhetskopiorna rensas ${lagWords.sv} senare`, en: `. Backup copies are deleted ${lagWords.en} later` }
    : { sv: '', en: '' };

  // "Sparas till och med det sjunde året efter utgången av det kalenderår då …" (the BFL form).
  const onlyYears = duration.years > 0 && duration.months + duration.weeks + duration.days === 0;
  if (onlyYears && f.roundAnchorTo === 'end_of_calendar_year' && f.inclusive) {
    return {
      sv:
        `Sparas till och med det ${svOrdinal(duration.years)} året efter utgången av det kalenderår då ${CLAUSE[key].sv}` +
        ` och ${svVerb} därefter${svRest}${backupSentence.sv}`,
      en:
        `Kept up to and including the ${enOrdinal(duration.years)} year after the end of the calendar year in which ` +
        `${CLAUSE[key].en}, then ${enVerb}${enRest}${backupSentence.en}`,
    };
  }

  const anchor: Words =
    f.roundAnchorTo === 'end_of_calendar_year'
      ? { sv: `efter utgången av det kalenderår då ${CLAUSE[key].sv}`, en: `after the end of the calendar year in which ${CLAUSE[key].en}` }
      : f.roundAnchorTo === 'end_of_month'
        ? { sv: `efter utgången av den månad då ${CLAUSE[key].sv}`, en: `after the end of the month in which ${CLAUSE[key].en}` }
        : { sv: `efter ${AFTER[key].sv}`, en: `after ${AFTER[key].en}` };
  const when: Words = isZeroDuration(duration) ? { sv: 'direkt', en: 'immediately' } : durationWords(duration);
  let sv = `${capitalise(svVerb)}${svRest} ${when.sv} ${anchor.sv}`;
  let en = `${capitalise(enVerb)}${enRest} ${when.en} ${anchor.en}`;
  if (lagWords && f.action === 'delete') {
    sv += ` och ${lagWords.sv} därefter ur säkerhetskopiorna`;
    en += `, and from backups ${lagWords.en} later`;
  } else {
    sv += backupSentence.sv;
    en += backupSentence.en;
  }
  return { sv, en };
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
