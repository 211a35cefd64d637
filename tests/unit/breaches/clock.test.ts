import { describe, expect, it } from 'vitest';
import { hoursBetween, imyClock, imyDeadline, imyOverdue } from '../../../shared/breach-clock';

// Art. 33(1): 72 clock hours from awareness. Weekends and summer time do not stretch or shrink them.

const wall = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** The instant as a Swede reads it on the wall clock. */
const stockholm = (iso: string) => wall.format(new Date(iso)).replace(',', '');
const spanHours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

const controller = (discoveredAt: string, extra: Partial<Parameters<typeof imyClock>[0]> = {}) =>
  imyClock({ ourRole: 'controller', discoveredAt, risk: 'risk', imyNotifiedAt: null, now: discoveredAt, ...extra });

describe('the 72-hour clock to IMY', () => {
  it('runs through a weekend: discovered Friday 16:00 in Stockholm, due Monday 16:00', () => {
    const discovered = '2026-11-20T15:00:00.000Z';
    expect(stockholm(discovered)).toBe('fredag 2026-11-20 16:00');
    const clock = controller(discovered, { now: '2026-11-21T15:00:00.000Z' });
    expect(clock.deadline).toBe('2026-11-23T15:00:00.000Z');
    expect(stockholm(clock.deadline)).toBe('måndag 2026-11-23 16:00');
    // A day gone: 48 hours left, Saturday and Sunday counting like any other day.
    expect(clock).toEqual({ state: 'running', deadline: clock.deadline, minutesLeft: 48 * 60, hoursToNotice: null });
  });

  it('keeps exactly 72 hours across the change to summer time in March: the wall clock moves an hour', () => {
    // Summer time starts on Sunday 29 March 2026 at 02:00 (clocks go to 03:00).
    const discovered = '2026-03-27T09:00:00.000Z';
    expect(stockholm(discovered)).toBe('fredag 2026-03-27 10:00');
    const deadline = imyDeadline(discovered);
    expect(spanHours(discovered, deadline)).toBe(72);
    expect(stockholm(deadline)).toBe('måndag 2026-03-30 11:00');
  });

  it('keeps exactly 72 hours across the change back in October: the wall clock moves back an hour', () => {
    // Summer time ends on Sunday 25 October 2026 at 03:00 (clocks go back to 02:00).
    const discovered = '2026-10-23T08:00:00.000Z';
    expect(stockholm(discovered)).toBe('fredag 2026-10-23 10:00');
    const deadline = imyDeadline(discovered);
    expect(spanHours(discovered, deadline)).toBe(72);
    expect(stockholm(deadline)).toBe('måndag 2026-10-26 09:00');
  });

  it('counts minutes down and goes overdue the moment the deadline has passed', () => {
    const discovered = '2026-11-20T15:00:00.000Z';
    expect(controller(discovered, { now: '2026-11-23T14:59:30.000Z' })).toMatchObject({ state: 'running', minutesLeft: 0 });
    expect(controller(discovered, { now: '2026-11-23T15:00:00.000Z' })).toMatchObject({ state: 'running', minutesLeft: 0 });
    const over = controller(discovered, { now: '2026-11-23T15:00:30.000Z' });
    expect(over).toMatchObject({ state: 'overdue', minutesLeft: -1 });
    expect(imyOverdue(over)).toBe(true);
    expect(controller(discovered, { now: '2026-11-24T17:30:00.000Z' })).toMatchObject({ state: 'overdue', minutesLeft: -(26 * 60 + 30) });
  });

  it('says whether the notice was in time, with the hours it took', () => {
    const discovered = '2026-11-20T15:00:00.000Z';
    const met = controller(discovered, { imyNotifiedAt: '2026-11-23T14:54:00.000Z', now: '2026-12-01T00:00:00.000Z' });
    expect(met).toEqual({ state: 'met', deadline: '2026-11-23T15:00:00.000Z', minutesLeft: null, hoursToNotice: 71.9 });
    // Exactly 72 hours is still in time.
    expect(controller(discovered, { imyNotifiedAt: '2026-11-23T15:00:00.000Z' })).toMatchObject({ state: 'met', hoursToNotice: 72 });
    const late = controller(discovered, { imyNotifiedAt: '2026-11-23T23:30:00.000Z' });
    expect(late).toMatchObject({ state: 'late', minutesLeft: null, hoursToNotice: 80.5 });
    expect(imyOverdue(late)).toBe(false);
  });

  it('needs no notice for a breach assessed as no risk, but runs while the risk is not assessed', () => {
    const discovered = '2026-11-20T15:00:00.000Z';
    const now = '2026-11-24T15:00:00.000Z';
    expect(controller(discovered, { risk: 'no_risk', now })).toEqual({
      state: 'not_required',
      deadline: '2026-11-23T15:00:00.000Z',
      minutesLeft: null,
      hoursToNotice: null,
    });
    // Reported all the same: the notice is what counts.
    expect(controller(discovered, { risk: 'no_risk', imyNotifiedAt: '2026-11-21T15:00:00.000Z' })).toMatchObject({ state: 'met' });
    const unassessed = controller(discovered, { risk: null, now });
    expect(unassessed).toMatchObject({ state: 'not_assessed', minutesLeft: -24 * 60 });
    expect(imyOverdue(unassessed)).toBe(true);
    expect(imyOverdue(controller(discovered, { risk: null, now: '2026-11-21T15:00:00.000Z' }))).toBe(false);
  });

  it('does not apply to a breach where we are processor: the customer reports to IMY', () => {
    const clock = imyClock({
      ourRole: 'processor',
      discoveredAt: '2026-11-20T15:00:00.000Z',
      risk: 'high_risk',
      imyNotifiedAt: null,
      now: '2026-11-30T00:00:00.000Z',
    });
    expect(clock).toEqual({ state: 'not_applicable', deadline: '2026-11-23T15:00:00.000Z', minutesLeft: null, hoursToNotice: null });
    expect(imyOverdue(clock)).toBe(false);
  });

  it('gives hours to one decimal', () => {
    expect(hoursBetween('2026-11-20T15:00:00.000Z', '2026-11-20T16:20:00.000Z')).toBe(1.3);
    expect(hoursBetween('2026-11-20T15:00:00.000Z', '2026-11-20T15:00:00.000Z')).toBe(0);
  });
});
