// "Lägg i kalendern": every dated attention item as an iCalendar file (RFC 5545), one all-day
// event per item, saved through the save port like every other document.
//
// What goes in: the items of attentionService.dated (whatever the horizon; snoozed ones too, since
// their day still comes; "not relevant" ones left out), each with only what the item itself says
// (its text and subject, which the sources keep free of data subjects' personal data) and which
// register it is from. Decisions:
// - An overdue item is put on the day of the export, not on the day it was due: a calendar shows
//   what is ahead, and an event in the past is never looked at. Its title and text say the day it
//   was due. It gets no reminder (it is due already).
// - The UID is a hash of the register's identity (the organisation row's creation time, which a
//   backup, a copy and a portable export keep, unlike the file's path or the organisation's name)
//   and the item's key: importing a later export updates the events instead of adding new ones.
// - SEQUENCE is the export's minute, so a later export counts as the newer version of an event.
import { createHash } from 'node:crypto';
import path from 'node:path';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { AttentionItem, MethodInput } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import type { Language } from '../../../shared/messages';
import { sanitizeText } from '../documents/sanitize';
import { resolveExportTarget, writeFileAtomic } from '../files/export';
import type { HandlerContext } from '../handlers';
import type { Session } from '../session';
import { calendarWords } from './attention.calendar.words';
import { attentionService } from './attention.service';

/** The reminder: 15 hours before the day starts, i.e. 09:00 the day before in the calendar's time. */
const REMINDER_SECONDS = 15 * 60 * 60;

export interface CalendarEvent {
  uid: string;
  /** The day the event is on (YYYY-MM-DD). */
  day: string;
  summary: string;
  description: string;
  categories: string[];
  /** A reminder the day before: only for items not yet overdue. */
  reminder: boolean;
}

/** One line of text: sanitised, with every run of white space (line breaks too) a single space. */
const line = (text: string) => sanitizeText(text).replace(/\s+/g, ' ').trim();

/** Text as iCalendar TEXT, for the properties the generator writes without escaping (the calendar's name). */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);

/**
 * The register's identity for the UIDs: the organisation row's creation time. Read here directly
 * because it is not part of the organisation's contract, and nothing else needs it.
 */
function registerIdentity(session: Session): string {
  const row = session.db.prepare<[], { created_at: string }>('SELECT created_at FROM organisation WHERE id = 1').get();
  return row?.created_at ?? session.path;
}

export function eventUid(registerId: string, itemKey: string): string {
  return `${createHash('sha256').update(`${registerId}\n${itemKey}`).digest('hex').slice(0, 32)}@forteckna`;
}

/** The events for the register's dated items on `on` (today when absent). */
export function calendarEvents(session: Session, on: string | undefined, lang: Language): { on: string; events: CalendarEvent[] } {
  const w = calendarWords[lang];
  const dated = session.use(attentionService).dated(on, lang);
  const registerId = registerIdentity(session);
  const register = `${line(session.organisation.get().name)} (${line(path.basename(session.path))})`;
  const events = dated.items.map((item: AttentionItem): CalendarEvent => {
    const dueOn = item.dueOn!;
    const overdue = dueOn < dated.on;
    const subject = line(item.subject);
    const action = w.action[item.kind](subject);
    const summary = w.summary(overdue ? `${action} (${w.overdue(dueOn)})` : action);
    const description = [
      sanitizeText(item.text).trim(),
      '',
      `${w.concerns} ${subject}`,
      `${w.due} ${dueOn}`,
      `${w.register} ${register}`,
      '',
      w.howToFix,
    ].join('\n');
    return {
      uid: eventUid(registerId, item.key),
      day: overdue ? dated.on : dueOn,
      summary: line(summary),
      description,
      categories: ['Förteckna', w.category[item.kind]],
      reminder: !overdue,
    };
  });
  return { on: dated.on, events };
}

/** Midnight UTC of a calendar day: the generator writes a date-only value from its UTC parts. */
const utcDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The iCalendar text (CRLF line ends, lines folded at 75 octets). */
export function renderCalendar(events: CalendarEvent[], options: { organisation: string; lang: Language; now: string }): string {
  const w = calendarWords[options.lang];
  const stamp = new Date(options.now);
  const calendar = ical({
    prodId: { company: 'Förteckna', product: 'Förteckna', language: options.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: escapeText(line(w.calendarName(options.organisation))),
  });
  const sequence = Math.floor(stamp.getTime() / 60_000);
  for (const e of events) {
    // Sanitised here as well, the last step before the file: whatever built the event.
    const summary = line(e.summary);
    calendar.createEvent({
      id: e.uid,
      sequence,
      stamp,
      allDay: true,
      start: utcDay(e.day),
      end: utcDay(addDays(e.day, 1)),
      summary,
      description: sanitizeText(e.description),
      categories: e.categories.map((name) => ({ name: line(name) })),
      // A deadline does not make the day busy.
      transparency: ICalEventTransparency.TRANSPARENT,
      alarms: e.reminder ? [{ type: ICalAlarmType.display, trigger: REMINDER_SECONDS, description: w.reminder(summary) }] : [],
    });
  }
  // The generator leaves the last line without its CRLF; RFC 5545 ends every content line with one.
  return `${calendar.toString()}\r\n`;
}

/**
 * Writes the calendar through the save port: the path given, else the host's save dialog (null
 * when cancelled), else a free name in the export folder.
 */
export async function writeAttentionCalendar(
  ctx: Pick<HandlerContext, 'ports' | 'currentSession'>,
  session: Session,
  input: MethodInput<'attention.calendar'> & { lang: Language },
): Promise<{ path: string; bytes: number; events: number } | null> {
  const organisation = session.organisation.get().name;
  const suggested = calendarWords[input.lang].fileName(organisation, input.on ?? session.today());
  const target = await resolveExportTarget(ctx, input.path, suggested);
  if (target === null) return null;
  const { events } = calendarEvents(session, input.on, input.lang);
  const text = renderCalendar(events, { organisation, lang: input.lang, now: session.now() });
  return { path: target, bytes: writeFileAtomic(target, text, session.path), events: events.length };
}
