import { describe, expect, it } from 'vitest';
import { addDuration, isShorter, parseDuration } from '../../../electron/core/retention/duration';
import { durationWords, retentionWarnings, summarise, type RetentionFields } from '../../../electron/core/retention/retention.words';

const base: RetentionFields = {
  nameSv: 'Regel',
  nameEn: '',
  storageLocation: '',
  purpose: '',
  storageLocationEn: '',
  purposeEn: '',
  anchorKind: 'created',
  anchorEvent: null,
  anchorEventId: null,
  roundAnchorTo: 'none',
  duration: 'P1Y',
  durationMin: null,
  inclusive: true,
  backupLag: null,
  action: 'delete',
  legalMinimumDuration: null,
  legalMinimumSource: '',
  legalBasisRef: '',
  legalHoldAllowed: true,
  policySv: '',
  policyEn: '',
  exceptionSv: '',
  exceptionEn: '',
  appliesTo: [],
};

const d = (iso: string) => parseDuration(iso)!;

describe('retention rules in words: the worked examples of domain.md §7.3', () => {
  it('Bokföring: fiscal year end, rounded to the calendar year, seven years inclusive', () => {
    const rule = { ...base, anchorKind: 'fiscal_year_end' as const, roundAnchorTo: 'end_of_calendar_year' as const, duration: 'P7Y' };
    expect(summarise(rule)).toEqual({
      sv: 'Sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades och rensas därefter',
      en: 'Kept up to and including the seventh year after the end of the calendar year in which the financial year ended, then deleted',
    });
    // The seed policy's ten years is longer than the legal seven: no warning.
    expect(retentionWarnings({ ...rule, duration: 'P10Y', legalMinimumDuration: 'P7Y', legalMinimumSource: 'BFL 7 kap. 2 §' })).toEqual([]);
    expect(summarise({ ...rule, duration: 'P10Y' }).sv).toMatch(/^Sparas till och med det tionde året/);
  });

  it('Loggfiler: 30 days after creation, and 7 more days in backups', () => {
    expect(summarise({ ...base, duration: 'P30D', backupLag: 'P7D' })).toEqual({
      // One sentence, one way of writing numbers: 30 is past twelve, so seven is a digit too.
      sv: 'Rensas 30 dagar efter att uppgifterna skapats och 7 dagar därefter ur säkerhetskopiorna',
      en: 'Deleted 30 days after the data was created, and from backups 7 days later',
    });
  });

  it('CMDB: one year after the contract ended', () => {
    expect(summarise({ ...base, anchorKind: 'event', anchorEvent: 'contract_ended', duration: 'P1Y' })).toEqual({
      sv: 'Rensas ett år efter avslutat avtal',
      en: 'Deleted one year after the contract ended',
    });
  });

  it('Supportärenden: three years after the ticket was closed', () => {
    expect(summarise({ ...base, anchorKind: 'event', anchorEvent: 'ticket_closed', duration: 'P3Y' })).toEqual({
      sv: 'Rensas tre år efter att ärendet stängts',
      en: 'Deleted three years after the ticket was closed',
    });
  });

  it('Kunduppgifter: a policy period after the contract ended', () => {
    expect(summarise({ ...base, anchorKind: 'event', anchorEvent: 'contract_ended', duration: 'P2Y6M' }).sv).toBe(
      'Rensas två år och sex månader efter avslutat avtal',
    );
  });
});

describe('retention rules in words: actions, anchors and numbers', () => {
  it('changes the verb with the action', () => {
    const rule = { ...base, anchorKind: 'event' as const, anchorEvent: 'employment_ended' as const, duration: 'P2Y' };
    expect(summarise({ ...rule, action: 'anonymise' }).sv).toBe('Anonymiseras två år efter avslutad anställning');
    expect(summarise({ ...rule, action: 'archive' }).en).toBe('Archived two years after the employment ended');
    expect(summarise({ ...rule, action: 'review' }).sv).toBe('Prövas på nytt två år efter avslutad anställning');
    expect(summarise({ ...rule, anchorEvent: 'contract_ended', action: 'return_to_controller', duration: 'P30D' })).toEqual({
      sv: 'Återlämnas till den personuppgiftsansvarige 30 dagar efter avslutat avtal',
      en: 'Returned to the controller 30 days after the contract ended',
    });
    expect(summarise({ ...rule, action: 'anonymise', backupLag: 'P14D' }).sv).toBe(
      'Anonymiseras 2 år efter avslutad anställning. Säkerhetskopiorna rensas 14 dagar senare',
    );
  });

  it('writes numbers up to twelve in words with the right gender, larger ones in digits', () => {
    expect(durationWords(d('P1Y1M1W1D'))).toEqual({
      sv: 'ett år, en månad, en vecka och en dag',
      en: 'one year, one month, one week and one day',
    });
    expect(durationWords(d('P12M'))).toEqual({ sv: 'tolv månader', en: 'twelve months' });
    expect(durationWords(d('P13M'))).toEqual({ sv: '13 månader', en: '13 months' });
    expect(durationWords(d('P2W'))).toEqual({ sv: 'två veckor', en: 'two weeks' });
  });

  it('describes rounding, zero durations and ordinals past twelve', () => {
    expect(summarise({ ...base, anchorKind: 'last_activity', roundAnchorTo: 'end_of_month', duration: 'P6M' }).sv).toBe(
      'Rensas sex månader efter utgången av den månad då den senaste aktiviteten skedde',
    );
    expect(summarise({ ...base, anchorKind: 'event', anchorEvent: 'consent_withdrawn', duration: 'P0D' })).toEqual({
      sv: 'Rensas direkt efter att samtycket återkallats',
      en: 'Deleted immediately after consent was withdrawn',
    });
    const long = { ...base, roundAnchorTo: 'end_of_calendar_year' as const };
    expect(summarise({ ...long, duration: 'P21Y' }).sv).toMatch(/det 21:a året/);
    expect(summarise({ ...long, duration: 'P13Y' }).en).toMatch(/the 13th year/);
    // Not inclusive: the plain form, counted from the end of the calendar year.
    expect(summarise({ ...long, duration: 'P7Y', inclusive: false }).sv).toBe(
      'Rensas sju år efter utgången av det kalenderår då uppgifterna skapades',
    );
  });
});

describe('retention warnings', () => {
  it('warns when the duration is shorter than the legal minimum, compared by dates', () => {
    const bfl = { legalMinimumDuration: 'P7Y', legalMinimumSource: 'BFL 7 kap. 2 §' };
    expect(retentionWarnings({ ...base, duration: 'P5Y', ...bfl })).toEqual(['w.retention.belowLegalMinimum']);
    expect(retentionWarnings({ ...base, duration: 'P7Y', ...bfl })).toEqual([]);
    expect(retentionWarnings({ ...base, duration: 'P84M', ...bfl })).toEqual([]);
    expect(retentionWarnings({ ...base, duration: 'P6Y11M30D', ...bfl })).toEqual(['w.retention.belowLegalMinimum']);
    // One month is shorter than 30 days from 31 January, so it does not meet a 30-day minimum.
    expect(retentionWarnings({ ...base, duration: 'P1M', legalMinimumDuration: 'P30D', legalMinimumSource: 'x' })).toEqual([
      'w.retention.belowLegalMinimum',
    ]);
    expect(retentionWarnings({ ...base, duration: 'P31D', legalMinimumDuration: 'P1M', legalMinimumSource: 'x' })).toEqual([]);
  });

  it('warns about an event anchor without an event and a legal minimum without a source', () => {
    expect(retentionWarnings({ ...base, anchorKind: 'event', anchorEvent: null })).toEqual(['w.retention.eventMissing']);
    expect(retentionWarnings({ ...base, duration: 'P10Y', legalMinimumDuration: 'P7Y' })).toEqual([
      'w.retention.legalMinimumSourceMissing',
    ]);
  });
});

describe('duration arithmetic', () => {
  it('adds calendar durations with end-of-month clamping', () => {
    expect(addDuration('2026-01-31', d('P1M'))).toBe('2026-02-28');
    expect(addDuration('2024-02-29', d('P1Y'))).toBe('2025-02-28');
    expect(addDuration('2025-12-31', d('P7Y'))).toBe('2032-12-31');
    expect(addDuration('2026-03-01', d('P30D'))).toBe('2026-03-31');
    expect(addDuration('2026-03-31', d('P7D'))).toBe('2026-04-07');
    expect(addDuration('2026-05-15', d('P1Y'))).toBe('2027-05-15');
    expect(addDuration('2025-12-31', d('P1Y2M2W'))).toBe('2027-03-14'); // clamp to 28 Feb, then 14 days
  });

  it('compares durations by the dates they give', () => {
    expect(isShorter(d('P6M'), d('P1Y'))).toBe(true);
    expect(isShorter(d('P12M'), d('P1Y'))).toBe(false);
    expect(isShorter(d('P365D'), d('P1Y'))).toBe(true);
    expect(isShorter(d('P366D'), d('P1Y'))).toBe(false);
    expect(parseDuration('7 år')).toBeNull();
  });
});
