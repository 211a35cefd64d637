// The 72-hour clock to IMY (Art. 33(1)): clock hours from awareness, in UTC, so that neither a
// weekend nor a change to or from summer time moves it. Pure: the core and the renderer share it.
import { IMY_HOURS, type BreachRisk, type ImyClock } from './contract/breaches';
import type { OurRole } from './domain/enums';

const HOUR_MS = 3_600_000;

/** discoveredAt + 72 × 3600 s, as a UTC instant. */
export function imyDeadline(discoveredAt: string): string {
  return new Date(Date.parse(discoveredAt) + IMY_HOURS * HOUR_MS).toISOString();
}

/** Hours from one instant to another, to one decimal. */
export function hoursBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / (HOUR_MS / 10)) / 10;
}

/** Whole minutes from `now` to `deadline`, rounded down: negative once the deadline has passed. */
export function minutesUntil(deadline: string, now: string): number {
  return Math.floor((Date.parse(deadline) - Date.parse(now)) / 60_000);
}

export interface ImyClockInput {
  ourRole: OurRole;
  discoveredAt: string;
  risk: BreachRisk | null;
  imyNotifiedAt: string | null;
  now: string;
}

export function imyClock({ ourRole, discoveredAt, risk, imyNotifiedAt, now }: ImyClockInput): ImyClock {
  const deadline = imyDeadline(discoveredAt);
  if (ourRole === 'processor') return { state: 'not_applicable', deadline, minutesLeft: null, hoursToNotice: null };
  if (imyNotifiedAt !== null) {
    const late = Date.parse(imyNotifiedAt) > Date.parse(deadline);
    return { state: late ? 'late' : 'met', deadline, minutesLeft: null, hoursToNotice: hoursBetween(discoveredAt, imyNotifiedAt) };
  }
  if (risk === 'no_risk') return { state: 'not_required', deadline, minutesLeft: null, hoursToNotice: null };
  const minutesLeft = minutesUntil(deadline, now);
  // Not assessed yet: the clock runs all the same (the 72 hours count from awareness).
  if (risk === null) return { state: 'not_assessed', deadline, minutesLeft, hoursToNotice: null };
  return { state: Date.parse(now) > Date.parse(deadline) ? 'overdue' : 'running', deadline, minutesLeft, hoursToNotice: null };
}

/** More than 72 hours have passed and IMY has not been told (assessed as a risk, or not assessed at all). */
export function imyOverdue(clock: ImyClock): boolean {
  return clock.state === 'overdue' || (clock.state === 'not_assessed' && (clock.minutesLeft ?? 0) < 0);
}
