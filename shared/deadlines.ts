// Legal clocks on Swedish calendar dates: public holidays (computed, never a table of years), working
// days, the Art. 12(3) deadline of a data subject request, and Stockholm wall-clock times for the
// breach clock. Pure: dates are ISO strings (YYYY-MM-DD), computed in UTC so no DST shifts a day.
import { DUE_SOON_DAYS, type RequestClock } from './contract/requests';
import { addDays } from './dates';

const DAY_MS = 86_400_000;

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

const isoOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** 0 Sunday … 6 Saturday. */
const weekday = (iso: string) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** Easter Sunday of `year` (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** The Saturday in [from, from + 6 days]. */
function saturdayFrom(year: number, month: number, day: number): string {
  const first = isoOf(year, month, day);
  return addDays(first, (6 - weekday(first) + 7) % 7);
}

export type SwedishHoliday =
  | 'nyarsdagen'
  | 'trettondedagJul'
  | 'langfredagen'
  | 'paskdagen'
  | 'annandagPask'
  | 'forstaMaj'
  | 'kristiHimmelsfardsdag'
  | 'pingstdagen'
  | 'nationaldagen'
  | 'midsommarafton'
  | 'midsommardagen'
  | 'allaHelgonsDag'
  | 'julafton'
  | 'juldagen'
  | 'annandagJul'
  | 'nyarsafton';

const holidayCache = new Map<number, Map<string, SwedishHoliday>>();

/**
 * The days of `year` that are not working days besides Saturdays and Sundays: the public holidays
 * (lag 1989:253 om allmänna helgdagar) and the eves that are treated as holidays (midsommarafton,
 * julafton, nyårsafton; Semesterlagen and most agreements count them as Sundays). Pingstdagen
 * and the Saturday holidays are listed too, though they fall on a weekend anyway.
 */
export function swedishHolidays(year: number): Map<string, SwedishHoliday> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsummer = saturdayFrom(year, 6, 20);
  const days: [string, SwedishHoliday][] = [
    [isoOf(year, 1, 1), 'nyarsdagen'],
    [isoOf(year, 1, 6), 'trettondedagJul'],
    [addDays(easter, -2), 'langfredagen'],
    [easter, 'paskdagen'],
    [addDays(easter, 1), 'annandagPask'],
    [isoOf(year, 5, 1), 'forstaMaj'],
    [addDays(easter, 39), 'kristiHimmelsfardsdag'],
    [addDays(easter, 49), 'pingstdagen'],
    [isoOf(year, 6, 6), 'nationaldagen'],
    [addDays(midsummer, -1), 'midsommarafton'],
    [midsummer, 'midsommardagen'],
    [saturdayFrom(year, 10, 31), 'allaHelgonsDag'],
    [isoOf(year, 12, 24), 'julafton'],
    [isoOf(year, 12, 25), 'juldagen'],
    [isoOf(year, 12, 26), 'annandagJul'],
    [isoOf(year, 12, 31), 'nyarsafton'],
  ];
  const map = new Map(days);
  holidayCache.set(year, map);
  return map;
}

/** Monday to Friday and not a Swedish holiday or holiday eve. */
export function isWorkingDay(iso: string): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !swedishHolidays(parts(iso)[0]).has(iso);
}

/** `iso` itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** `iso` itself when it is a working day, otherwise the last working day before it. */
export function previousWorkingDay(iso: string): string {
  let d = iso;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * The same day of the month `n` months later; the month's last day when that day does not exist
 * (31 January + 1 month = 28 or 29 February). The EDPB reading of Reg. 1182/71 (domain.md §6.1).
 */
export function addMonthsClamped(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoOf(year, month, Math.min(d, last));
}

/** Days before the extended deadline that the internal target aims for. */
const EXTENDED_TARGET_MARGIN = 7;
/** The internal target for an ordinary request: four weeks, always inside the shortest month. */
const TARGET_DAYS = 28;

interface ReceiptDates {
  firstDueOn: string;
  extendedDueOn: string;
  targetOn: string;
  extendedTargetOn: string;
}

/** The dates that follow from the day of receipt alone, kept per day: a long list has few distinct days. */
const receiptCache = new Map<string, ReceiptDates>();

function datesOf(receivedOn: string): ReceiptDates {
  const cached = receiptCache.get(receivedOn);
  if (cached) return cached;
  const firstDueOn = nextWorkingDay(addMonthsClamped(receivedOn, 1));
  const extendedDueOn = nextWorkingDay(addMonthsClamped(receivedOn, 3));
  // Never after the deadline itself (a target on a holiday-heavy stretch could otherwise pass it).
  const notAfter = (target: string, due: string) => (target > due ? due : target);
  const dates = {
    firstDueOn,
    extendedDueOn,
    targetOn: notAfter(previousWorkingDay(addDays(receivedOn, TARGET_DAYS)), firstDueOn),
    extendedTargetOn: notAfter(previousWorkingDay(addDays(extendedDueOn, -EXTENDED_TARGET_MARGIN)), extendedDueOn),
  };
  if (receiptCache.size >= 20_000) receiptCache.clear();
  receiptCache.set(receivedOn, dates);
  return dates;
}

export interface RequestClockInput {
  receivedOn: string;
  /** When the requester was told of the extension (Art. 12(3)); null without one. */
  extensionNotifiedOn: string | null;
  /** When the request was closed for us (answered, refused, forwarded as processor); null while open. */
  closedOn: string | null;
  /** The day the clock is read on. */
  on: string;
}

/**
 * The Art. 12(3) clock of a request: one month from receipt, to the next working day; three
 * months when the requester was told of the extension within the first month. An extension told
 * later is flagged and does not count.
 */
export function requestClock(input: RequestClockInput): RequestClock {
  const { receivedOn, extensionNotifiedOn, closedOn, on } = input;
  const dates = datesOf(receivedOn);
  const firstDueOn = dates.firstDueOn;
  const extendedDueOn = extensionNotifiedOn === null ? null : dates.extendedDueOn;
  const extensionLate = extensionNotifiedOn !== null && extensionNotifiedOn > firstDueOn;
  const extended = extendedDueOn !== null && !extensionLate;
  const dueOn = extended ? extendedDueOn : firstDueOn;
  const targetOn = extended ? dates.extendedTargetOn : dates.targetOn;
  if (closedOn !== null) {
    return { firstDueOn, extendedDueOn, dueOn, targetOn, extensionLate, state: 'closed', daysLeft: null, answeredLate: closedOn > dueOn };
  }
  const daysLeft = daysBetween(on, dueOn);
  const state = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due_soon' : 'running';
  return { firstDueOn, extendedDueOn, dueOn, targetOn, extensionLate, state, daysLeft, answeredLate: false };
}

// --- Stockholm wall-clock time (the breach clock's times are entered and shown in Swedish time).

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallOf(ms: number): string {
  const p: Record<string, string> = {};
  for (const { type, value } of STOCKHOLM.formatToParts(new Date(ms))) p[type] = value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall-clock time as if it were UTC, in ms. */
function wallAsUtc(wall: string): number {
  const m = WALL.exec(wall);
  if (!m) throw new RangeError(`Not a wall-clock time (YYYY-MM-DDTHH:mm): ${wall}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  if (wallOfUtc(ms) !== wall) throw new RangeError(`Not a wall-clock time (YYYY-MM-DDTHH:mm): ${wall}`);
  return ms;
}

const wallOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** The offset of Stockholm from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
const offsetAt = (ms: number) => wallAsUtcUnchecked(wallOf(ms)) - Math.floor(ms / 60_000) * 60_000;

function wallAsUtcUnchecked(wall: string): number {
  const [, y, mo, d, h, mi] = WALL.exec(wall)!.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi);
}

/** An instant (ISO, any offset) as Swedish wall-clock time: 'YYYY-MM-DDTHH:mm'. */
export function stockholmWallClock(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${isoInstant}`);
  return wallOf(ms);
}

/**
 * A Swedish wall-clock time ('YYYY-MM-DDTHH:mm') as a UTC instant (toISOString). In the autumn
 * hour that happens twice the first (summer time) is meant; a time in the spring gap, which no
 * clock showed, is read with the winter offset (02:30 → 03:30 summer time).
 */
export function fromStockholmWallClock(wall: string): string {
  const asUtc = wallAsUtc(wall);
  // The offsets in force around that day: at most two (before and after a change).
  const offsets = [...new Set([offsetAt(asUtc - DAY_MS / 2), offsetAt(asUtc + DAY_MS / 2)])].sort((a, b) => b - a);
  for (const offset of offsets) {
    const candidate = asUtc - offset;
    if (wallOf(candidate) === wall) return new Date(candidate).toISOString();
  }
  return new Date(asUtc - Math.min(...offsets)).toISOString();
}
