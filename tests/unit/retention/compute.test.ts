import { describe, expect, it } from 'vitest';
import { computeRetention, decidingCandidate, isDue, type RuleTiming } from '../../../electron/core/retention/compute';

// domain.md §7.3: the algorithm, its seed examples and its edge cases.

const rule = (patch: Partial<RuleTiming> = {}): RuleTiming => ({
  anchorKind: 'created',
  anchorEvent: null,
  roundAnchorTo: 'none',
  duration: 'P1Y',
  inclusive: false,
  backupLag: null,
  legalMinimumDuration: null,
  legalHoldAllowed: true,
  ...patch,
});

describe('the seed examples of domain.md §7.3', () => {
  it('Bokföring: FY ends 2025-06-30 → rounded 2025-12-31 → keep through 2032-12-31 → purge from 2033-01-01', () => {
    const bookkeeping = rule({
      anchorKind: 'fiscal_year_end',
      roundAnchorTo: 'end_of_calendar_year',
      duration: 'P7Y',
      inclusive: true,
      legalMinimumDuration: 'P7Y',
    });
    expect(computeRetention(bookkeeping, { fiscalYearEnd: '2025-06-30' })).toEqual({
      anchorDate: '2025-06-30',
      retainUntil: '2032-12-31',
      purgeDueAt: '2033-01-01',
      backupPurgeDueAt: '2033-01-01',
      warnings: [],
    });
  });

  it('Bokföring kept ten years (the old rule, or a choice) meets the seven-year minimum: no warning', () => {
    const tenYears = rule({
      anchorKind: 'fiscal_year_end',
      roundAnchorTo: 'end_of_calendar_year',
      duration: 'P10Y',
      inclusive: true,
      legalMinimumDuration: 'P7Y',
    });
    const c = computeRetention(tenYears, { fiscalYearEnd: '2025-06-30' });
    expect(c.retainUntil).toBe('2035-12-31');
    expect(c.warnings).toEqual([]);
  });

  it('Loggfiler: log from 2026-03-01 → primary purge 2026-03-31, backup copies gone by 2026-04-07', () => {
    const logs = rule({ duration: 'P30D', backupLag: 'P7D' });
    const c = computeRetention(logs, { created: '2026-03-01' });
    expect(c.purgeDueAt).toBe('2026-03-31');
    expect(c.backupPurgeDueAt).toBe('2026-04-07');
  });

  it('CMDB: contract ended 2026-05-15 → purge due 2027-05-15', () => {
    const cmdb = rule({ anchorKind: 'event', anchorEvent: 'contract_ended', duration: 'P1Y' });
    const c = computeRetention(cmdb, { events: { contract_ended: '2026-05-15' } });
    expect(c.anchorDate).toBe('2026-05-15');
    expect(c.purgeDueAt).toBe('2027-05-15');
  });

  it('Supportärenden: closed 2026-02-10 → purge due 2029-02-10', () => {
    const tickets = rule({ anchorKind: 'event', anchorEvent: 'ticket_closed', duration: 'P3Y' });
    expect(computeRetention(tickets, { events: { ticket_closed: '2026-02-10' } }).purgeDueAt).toBe('2029-02-10');
  });

  it('Kunduppgifter: the contract end plus the policy period', () => {
    const customerData = rule({ anchorKind: 'event', anchorEvent: 'contract_ended', duration: 'P2Y', inclusive: true });
    const c = computeRetention(customerData, { events: { contract_ended: '2025-09-30' } });
    expect(c.retainUntil).toBe('2027-09-30');
    expect(c.purgeDueAt).toBe('2027-10-01');
  });
});

describe('calendar arithmetic and rounding', () => {
  it('clamps to the end of the month: 31 Jan + P1M is 28 Feb, or 29 Feb in a leap year', () => {
    expect(computeRetention(rule({ duration: 'P1M' }), { created: '2026-01-31' }).retainUntil).toBe('2026-02-28');
    expect(computeRetention(rule({ duration: 'P1M' }), { created: '2024-01-31' }).retainUntil).toBe('2024-02-29');
  });

  it('29 Feb + P1Y is 28 Feb; + P4Y is 29 Feb again', () => {
    expect(computeRetention(rule({ duration: 'P1Y' }), { created: '2024-02-29' }).retainUntil).toBe('2025-02-28');
    expect(computeRetention(rule({ duration: 'P4Y' }), { created: '2024-02-29' }).retainUntil).toBe('2028-02-29');
  });

  it('inclusive keeps through the last day and purges the next; exclusive purges on the last day', () => {
    const exclusive = computeRetention(rule({ duration: 'P1Y', inclusive: false }), { created: '2026-12-31' });
    const inclusive = computeRetention(rule({ duration: 'P1Y', inclusive: true }), { created: '2026-12-31' });
    expect(exclusive).toMatchObject({ retainUntil: '2027-12-31', purgeDueAt: '2027-12-31' });
    expect(inclusive).toMatchObject({ retainUntil: '2027-12-31', purgeDueAt: '2028-01-01' });
  });

  it('end_of_month rounding starts the period on the last day of the anchor month, then clamps', () => {
    const c = computeRetention(rule({ roundAnchorTo: 'end_of_month', duration: 'P1M', inclusive: true }), { created: '2026-01-15' });
    expect(c.anchorDate).toBe('2026-01-15');
    expect(c.retainUntil).toBe('2026-02-28');
    expect(c.purgeDueAt).toBe('2026-03-01');
    const leap = computeRetention(rule({ roundAnchorTo: 'end_of_month', duration: 'P6M' }), { created: '2024-02-03' });
    expect(leap.retainUntil).toBe('2024-08-29');
  });

  it('end_of_calendar_year rounding runs from 31 December whatever the day', () => {
    const c = computeRetention(rule({ roundAnchorTo: 'end_of_calendar_year', duration: 'P2Y' }), { created: '2026-01-02' });
    expect(c.retainUntil).toBe('2028-12-31');
  });

  it('the backup lag is added to the purge date, with month-end clamping; no lag means the same day', () => {
    const lagged = computeRetention(rule({ duration: 'P1M', inclusive: false, backupLag: 'P1M' }), { created: '2025-12-31' });
    expect(lagged.purgeDueAt).toBe('2026-01-31');
    expect(lagged.backupPurgeDueAt).toBe('2026-02-28');
    const none = computeRetention(rule({ backupLag: null }), { created: '2026-03-01' });
    expect(none.backupPurgeDueAt).toBe(none.purgeDueAt);
  });
});

describe('legal minimum, legal hold and events that have not happened', () => {
  it('warns when the period is shorter than the legal minimum', () => {
    const short = rule({
      anchorKind: 'fiscal_year_end',
      roundAnchorTo: 'end_of_calendar_year',
      duration: 'P5Y',
      legalMinimumDuration: 'P7Y',
    });
    expect(computeRetention(short, { fiscalYearEnd: '2025-12-31' }).warnings).toEqual(['w.retention.belowLegalMinimum']);
  });

  it('compares the durations by the dates they give from the same anchor, not by a count of days', () => {
    const oneMonth = rule({ duration: 'P1M', legalMinimumDuration: 'P30D' });
    // From 31 January one month (28 Feb) ends before 30 days (2 March) …
    expect(computeRetention(oneMonth, { created: '2026-01-31' }).warnings).toEqual(['w.retention.belowLegalMinimum']);
    // … from 1 March it ends after (1 April against 31 March).
    expect(computeRetention(oneMonth, { created: '2026-03-01' }).warnings).toEqual([]);
  });

  it('a legal hold suspends the purge: the dates stay but the record is not due', () => {
    const cmdb = rule({ anchorKind: 'event', anchorEvent: 'contract_ended' });
    const held = computeRetention(cmdb, { events: { contract_ended: '2025-05-15' } }, { id: 7 });
    expect(held.heldBy).toBe('7');
    expect(held.purgeDueAt).toBe('2026-05-15');
    expect(isDue(held, '2026-06-01')).toBe(false);
    const free = computeRetention(cmdb, { events: { contract_ended: '2025-05-15' } });
    expect(isDue(free, '2026-06-01')).toBe(true);
  });

  it('a rule that does not allow holds is not suspended by one', () => {
    const strict = rule({ anchorKind: 'event', anchorEvent: 'contract_ended', legalHoldAllowed: false });
    const c = computeRetention(strict, { events: { contract_ended: '2025-05-15' } }, { id: 7 });
    expect(c.heldBy).toBeUndefined();
    expect(isDue(c, '2026-05-15')).toBe(true);
  });

  it('an event that has not happened yet gives nulls: active, not yet scheduled', () => {
    const cmdb = rule({ anchorKind: 'event', anchorEvent: 'contract_ended', backupLag: 'P7D' });
    for (const record of [{}, { events: { contract_ended: null } }, { events: { ticket_closed: '2026-01-01' } }]) {
      const c = computeRetention(cmdb, record);
      expect(c).toEqual({ anchorDate: null, retainUntil: null, purgeDueAt: null, backupPurgeDueAt: null, warnings: [] });
      expect(isDue(c, '2099-12-31')).toBe(false);
    }
  });

  it('is due from the purge date on, not the day before', () => {
    const c = computeRetention(rule({ anchorKind: 'event', anchorEvent: 'contract_ended' }), { events: { contract_ended: '2026-05-15' } });
    expect(isDue(c, '2027-05-14')).toBe(false);
    expect(isDue(c, '2027-05-15')).toBe(true);
  });
});

describe('a record under several rules', () => {
  const candidate = (due: string | null, binding: boolean, name: string) => ({
    name,
    binding,
    computation: { anchorDate: due, retainUntil: due, purgeDueAt: due, backupPurgeDueAt: due, warnings: [] },
  });

  it('takes the latest date among the rules whose legal minimum binds', () => {
    const list = [candidate('2027-01-01', false, 'policy'), candidate('2033-01-01', true, 'BFL'), candidate('2030-01-01', true, 'SFL')];
    expect(decidingCandidate(list)?.name).toBe('BFL');
  });

  it('takes the earliest date when no rule has a legal minimum', () => {
    const list = [candidate('2029-02-10', false, 'tickets'), candidate('2027-05-15', false, 'cmdb')];
    expect(decidingCandidate(list)?.name).toBe('cmdb');
  });

  it('a binding rule whose event has not happened keeps the record; a non-binding one does not stop another', () => {
    expect(decidingCandidate([candidate('2027-01-01', true, 'a'), candidate(null, true, 'b')])?.computation.purgeDueAt).toBeNull();
    expect(decidingCandidate([candidate(null, false, 'a'), candidate('2027-01-01', false, 'b')])?.name).toBe('b');
  });

  it('can be told to take the earliest or the latest whatever the rules say', () => {
    const list = [candidate('2027-01-01', false, 'policy'), candidate('2033-01-01', true, 'BFL')];
    expect(decidingCandidate(list, 'earliest')?.name).toBe('policy');
    expect(decidingCandidate(list, 'latest')?.name).toBe('BFL');
    expect(decidingCandidate([])).toBeNull();
  });
});
