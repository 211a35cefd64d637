// The Art. 12(3) clock on Swedish working days (domain.md §6.1) and Stockholm wall-clock times.
import { describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS } from '../../shared/contract';
import {
  addMonthsClamped,
  easterSunday,
  fromStockholmWallClock,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  requestClock,
  stockholmWallClock,
  swedishHolidays,
} from '../../shared/deadlines';

const clock = (receivedOn: string, extra: Partial<Parameters<typeof requestClock>[0]> = {}) =>
  requestClock({ receivedOn, extensionNotifiedOn: null, closedOn: null, on: receivedOn, ...extra });

describe('the one-month deadline', () => {
  const cases: [why: string, received: string, due: string][] = [
    ['31 January, non-leap year: the last day of February (a Friday)', '2025-01-31', '2025-02-28'],
    ['31 January, leap year: 29 February', '2024-01-31', '2024-02-29'],
    ['29 February: 29 March is långfredagen, then Easter to annandag påsk', '2024-02-29', '2024-04-02'],
    ['30 March: no 30 February problem, the same date next month', '2026-03-30', '2026-04-30'],
    ['a Friday stays', '2026-07-14', '2026-08-14'],
    ['a Saturday moves to Monday', '2026-07-15', '2026-08-17'],
    ['midsommarafton (Friday) moves past midsommardagen to Monday', '2026-05-19', '2026-06-22'],
    ['julafton moves past juldagen and annandag jul, over the weekend', '2026-11-24', '2026-12-28'],
    ['30 November: 30 December, a Wednesday (no month-end deadline can fall on nyårsafton)', '2026-11-30', '2026-12-30'],
    ['nyårsdagen (a Friday) moves to Monday', '2026-12-01', '2027-01-04'],
    ['trettondedag jul (a Wednesday) moves to Thursday', '2026-12-06', '2027-01-07'],
    ['annandag påsk 2025', '2025-03-21', '2025-04-22'],
    ['annandag påsk 2026', '2026-03-06', '2026-04-07'],
    ['Kristi himmelsfärdsdag 2025', '2025-04-29', '2025-05-30'],
    ['Kristi himmelsfärdsdag 2026', '2026-04-14', '2026-05-15'],
    ['första maj 2026 (a Friday) moves to Monday', '2026-04-01', '2026-05-04'],
    ['nationaldagen 2025 (a Friday) moves to Monday', '2025-05-06', '2025-06-09'],
  ];
  it.each(cases)('%s', (_why, received, due) => {
    const c = clock(received);
    expect(c.firstDueOn).toBe(due);
    expect(c.dueOn).toBe(due);
    expect(c.extendedDueOn).toBeNull();
    expect(isWorkingDay(c.dueOn)).toBe(true);
  });

  it('keeps the day of the month, or the month’s last day when it has none', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsClamped('2027-01-15', -1)).toBe('2026-12-15');
  });
});

describe('the extension of two further months', () => {
  it('counts when the requester was told within the first month (the last day included)', () => {
    for (const notified of ['2026-03-20', '2026-04-10']) {
      const c = clock('2026-03-10', { extensionNotifiedOn: notified });
      expect(c).toMatchObject({ firstDueOn: '2026-04-10', extendedDueOn: '2026-06-10', dueOn: '2026-06-10', extensionLate: false });
    }
  });

  it('told after the first month it is flagged and the deadline stays one month', () => {
    const c = clock('2026-03-10', { extensionNotifiedOn: '2026-04-13', on: '2026-04-20' });
    expect(c).toMatchObject({ firstDueOn: '2026-04-10', extendedDueOn: '2026-06-10', dueOn: '2026-04-10', extensionLate: true });
    expect(c.state).toBe('overdue');
    expect(c.daysLeft).toBe(-10);
  });

  it('moves the extended deadline to a working day too', () => {
    // 17 March + 3 months = 17 June 2029, a Sunday.
    expect(clock('2029-03-17', { extensionNotifiedOn: '2029-03-20' }).dueOn).toBe('2029-06-18');
  });
});

describe('the internal target', () => {
  it('is 28 days after receipt, moved back to a working day, before the deadline', () => {
    expect(clock('2026-03-10').targetOn).toBe('2026-04-07');
    // 18 July + 28 days is Saturday 15 August: back to Friday.
    const c = clock('2026-07-18');
    expect(c.targetOn).toBe('2026-08-14');
    expect(c.dueOn).toBe('2026-08-18');
    // 3 December + 28 days is nyårsafton, not a working day: back to 30 December.
    expect(clock('2026-12-03').targetOn).toBe('2026-12-30');
    for (const [received] of [['2025-01-31'], ['2024-02-29'], ['2026-11-24'], ['2026-12-01']]) {
      const k = clock(received!);
      expect(k.targetOn <= k.dueOn, received).toBe(true);
      expect(isWorkingDay(k.targetOn), received).toBe(true);
    }
  });

  it('is a week before an extended deadline', () => {
    expect(clock('2026-03-10', { extensionNotifiedOn: '2026-03-20' }).targetOn).toBe('2026-06-03');
    // A late extension does not move the target either.
    expect(clock('2026-03-10', { extensionNotifiedOn: '2026-04-13' }).targetOn).toBe('2026-04-07');
  });
});

describe('the clock’s state', () => {
  it('runs, is due soon within a week, is overdue after the last day, and closes', () => {
    const at = (on: string, closedOn: string | null = null) => clock('2026-03-10', { on, closedOn });
    expect(at('2026-03-20')).toMatchObject({ state: 'running', daysLeft: 21 });
    expect(at('2026-04-02')).toMatchObject({ state: 'running', daysLeft: 8 });
    expect(at('2026-04-03')).toMatchObject({ state: 'due_soon', daysLeft: DUE_SOON_DAYS });
    expect(at('2026-04-10')).toMatchObject({ state: 'due_soon', daysLeft: 0 });
    expect(at('2026-04-11')).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(at('2026-05-01', '2026-04-10')).toMatchObject({ state: 'closed', daysLeft: null, answeredLate: false });
    expect(at('2026-05-01', '2026-04-13')).toMatchObject({ state: 'closed', daysLeft: null, answeredLate: true });
  });
});

describe('Swedish holidays, computed for any year', () => {
  it('finds Easter by the Gregorian algorithm', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('lists the holidays and holiday eves of three years', () => {
    const year = (y: number) => Object.fromEntries([...swedishHolidays(y)].map(([date, name]) => [name, date]));
    expect(year(2025)).toMatchObject({
      langfredagen: '2025-04-18',
      annandagPask: '2025-04-21',
      kristiHimmelsfardsdag: '2025-05-29',
      midsommarafton: '2025-06-20',
      midsommardagen: '2025-06-21',
      allaHelgonsDag: '2025-11-01',
    });
    expect(year(2026)).toMatchObject({
      langfredagen: '2026-04-03',
      paskdagen: '2026-04-05',
      annandagPask: '2026-04-06',
      kristiHimmelsfardsdag: '2026-05-14',
      pingstdagen: '2026-05-24',
      midsommarafton: '2026-06-19',
      midsommardagen: '2026-06-20',
      allaHelgonsDag: '2026-10-31',
    });
    expect(year(2027)).toMatchObject({
      nyarsdagen: '2027-01-01',
      trettondedagJul: '2027-01-06',
      langfredagen: '2027-03-26',
      annandagPask: '2027-03-29',
      forstaMaj: '2027-05-01',
      kristiHimmelsfardsdag: '2027-05-06',
      nationaldagen: '2027-06-06',
      midsommarafton: '2027-06-25',
      midsommardagen: '2027-06-26',
      allaHelgonsDag: '2027-11-06',
      julafton: '2027-12-24',
      juldagen: '2027-12-25',
      annandagJul: '2027-12-26',
      nyarsafton: '2027-12-31',
    });
  });

  it('steps to the next and the previous working day', () => {
    expect(isWorkingDay('2026-04-02')).toBe(true); // skärtorsdag is a working day
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-02');
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07');
    expect(previousWorkingDay('2026-04-06')).toBe('2026-04-02');
    expect(previousWorkingDay('2027-01-01')).toBe('2026-12-30');
  });
});

describe('Stockholm wall-clock time', () => {
  it('reads an instant in winter and in summer time', () => {
    expect(stockholmWallClock('2026-01-15T11:00:00.000Z')).toBe('2026-01-15T12:00');
    expect(stockholmWallClock('2026-07-01T10:00:00Z')).toBe('2026-07-01T12:00');
    expect(fromStockholmWallClock('2026-01-15T12:00')).toBe('2026-01-15T11:00:00.000Z');
    expect(fromStockholmWallClock('2026-07-01T12:00')).toBe('2026-07-01T10:00:00.000Z');
  });

  it('round-trips across the change to summer time in March', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00 (01:00 UTC).
    expect(stockholmWallClock('2026-03-29T00:59:00Z')).toBe('2026-03-29T01:59');
    expect(stockholmWallClock('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00');
    expect(fromStockholmWallClock('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(fromStockholmWallClock('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 was never on a clock that night: read as winter time, i.e. 03:30 summer time.
    expect(fromStockholmWallClock('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    for (let m = -120; m <= 180; m += 15) {
      const instant = new Date(Date.parse('2026-03-29T01:00:00Z') + m * 60_000).toISOString();
      expect(fromStockholmWallClock(stockholmWallClock(instant)), instant).toBe(instant);
    }
  });

  it('round-trips across the change back in October, the repeated hour read as summer time first', () => {
    // 25 October 2026: clocks go from 03:00 back to 02:00 (01:00 UTC).
    expect(stockholmWallClock('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
    expect(stockholmWallClock('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30');
    expect(fromStockholmWallClock('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(fromStockholmWallClock('2026-10-25T03:30')).toBe('2026-10-25T02:30:00.000Z');
    for (const wall of ['2026-10-24T23:45', '2026-10-25T01:59', '2026-10-25T02:00', '2026-10-25T03:00', '2026-10-25T12:00']) {
      expect(stockholmWallClock(fromStockholmWallClock(wall)), wall).toBe(wall);
    }
  });

  it('refuses what is not a wall-clock time', () => {
    expect(() => fromStockholmWallClock('2026-02-30T10:00')).toThrow(RangeError);
    expect(() => fromStockholmWallClock('2026-02-03 10:00')).toThrow(RangeError);
    expect(() => stockholmWallClock('i går')).toThrow(RangeError);
  });
});
