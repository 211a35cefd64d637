import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../electron/core/attention/attention.calendar';
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { emptyDsrRequest, type AttentionItem } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { draftActivity } from '../activities/fixtures';
import { call, coreWithRegister, FIXED_NOW, ok, tempDir, testCore } from '../helpers';

// "Lägg i kalendern": the file is read back with a real iCalendar parser (Mozilla's ical.js), as a
// calendar program would, and compared with the attention list. The tests' day is FIXED_NOW,
// Sunday 22 November 2026.

interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  categories: string[];
  alarms: string[];
}

function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((e): ParsedEvent => {
    const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = e.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(e.getFirstPropertyValue('uid')),
      start: start.toString(),
      end: end.toString(),
      allDay: start.isDate && end.isDate,
      summary: String(e.getFirstPropertyValue('summary')),
      description: String(e.getFirstPropertyValue('description')),
      categories: e.getFirstProperty('categories')?.getValues().map(String) ?? [],
      alarms: e.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
  // NAME (RFC 7986) and X-WR-CALNAME are unknown to the parser: their values come back as written.
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

async function exportCalendar(core: Core, dir: string, input: { lang?: 'sv' | 'en'; on?: string } = {}) {
  const target = path.join(dir, `frister-${Math.random().toString(36).slice(2)}.ics`);
  const result = await ok(core, 'attention.calendar', { ...input, path: target });
  const text = fs.readFileSync(target, 'utf8');
  expect(result).toEqual({ path: target, bytes: Buffer.byteLength(text), events: expect.any(Number) });
  const parsed = parseCalendar(text);
  expect(parsed.events).toHaveLength(result!.events);
  return { text, ...parsed };
}

/** The dated items the calendar is made of: the list's, snoozed ones included, on the widest horizon. */
async function datedItems(core: Core, lang: 'sv' | 'en' = 'sv'): Promise<AttentionItem[]> {
  const list = await ok(core, 'attention.list', { horizonDays: 366, lang });
  return [...list.items, ...list.dismissed].filter((i) => i.dueOn !== null && i.dismissal?.mode !== 'notRelevant');
}

/** A register with a review due soon, one overdue, one far beyond the list's horizon, and a request. */
async function register() {
  const { core, dir, info } = await coreWithRegister();
  const soon = await ok(core, 'activities.create', draftActivity('Kundregister', { nextReviewAt: '2026-12-10' }));
  const late = await ok(core, 'activities.create', draftActivity('Personalregister', { nextReviewAt: '2026-11-01' }));
  const far = await ok(core, 'activities.create', draftActivity('Kamerabevakning', { nextReviewAt: '2027-09-01' }));
  // Received 2 November: the Art. 12(3) deadline is 2 December.
  const request = await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    receivedOn: '2026-11-02',
    requesterName: 'Åsa Östlund',
    requesterContact: 'asa.ostlund@example.se',
    identity: 'not_needed',
  });
  return { core, dir, info, soon, late, far, request };
}

const eventFor = (events: ParsedEvent[], summary: RegExp) => {
  const found = events.filter((e) => summary.test(e.summary));
  expect(found, `one event matching ${summary}`).toHaveLength(1);
  return found[0]!;
};

describe('attention.calendar', () => {
  it('puts every dated item in the file as an all-day event on its day, saying what to do, where and why', async () => {
    const { core, dir } = await register();
    const { events, name } = await exportCalendar(core, dir, { lang: 'sv' });
    expect(name).toBe('Förteckna – Test AB');

    const review = eventFor(events, /Kundregister/);
    expect(review).toMatchObject({
      start: '2026-12-10',
      end: '2026-12-11',
      allDay: true,
      summary: 'Förteckna: Granska behandlingen Kundregister',
      categories: ['Förteckna', 'Behandlingar'],
      // 09:00 the day before.
      alarms: ['-PT15H'],
    });
    expect(review.description).toContain('Gäller: Kundregister');
    expect(review.description).toContain('Sista dag: 2026-12-10');
    expect(review.description).toContain('Register: Test AB (test.forteckna)');

    const request = eventFor(events, /begäran/);
    expect(request).toMatchObject({ start: '2026-12-02', allDay: true, categories: ['Förteckna', 'Begäranden'], alarms: ['-PT15H'] });
    expect(request.summary).toMatch(/^Förteckna: Hantera begäran från en registrerad: .*mottagen 2026-11-02$/);
    expect(request.description).toContain('Svara den registrerade senast 2026-12-02');

    // Whatever the list's horizon: a review ten months ahead is in the calendar too.
    expect(eventFor(events, /Kamerabevakning/).start).toBe('2027-09-01');

    // Every event is one of the list's dated items, with its text and subject, and the other way round.
    const items = await datedItems(core);
    expect(events).toHaveLength(items.length);
    for (const item of items) {
      const event = events.find((e) => e.description.startsWith(item.text) && e.description.includes(`Gäller: ${item.subject}\n`));
      expect(event, item.key).toBeDefined();
      expect(event!.start).toBe(item.severity === 'overdue' ? '2026-11-22' : item.dueOn);
      expect(event!.summary).toContain(item.subject);
      expect(event!.description).toContain(`Sista dag: ${item.dueOn}`);
    }
  });

  it("turns the sample register's dated items from every source into events, without the requesters' names", async () => {
    const { core, dir } = testCore();
    await ok(core, 'register.openSample', { path: path.join(dir, 'exempel.forteckna') });
    const items = await datedItems(core);
    const { events, text } = await exportCalendar(core, dir);
    expect(events).toHaveLength(items.length);
    expect([...new Set(items.map((i) => i.kind))]).toEqual(
      expect.arrayContaining([
        'activity.review',
        'agreement.unsigned',
        'request.deadline',
        'breach.clock',
        'changeNotice.deadline',
        'purge.due',
      ]),
    );
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.size).toBe(events.length);
    for (const item of items) {
      const matching = events.filter((e) => e.description.startsWith(`${item.text}\n`) && e.summary.includes(item.subject));
      expect(matching, item.key).toHaveLength(1);
      expect(matching[0]!.start, item.key).toBe(item.severity === 'overdue' ? '2026-11-22' : item.dueOn);
      expect(matching[0]!.alarms, item.key).toEqual(item.severity === 'overdue' ? [] : ['-PT15H']);
    }
    const unsigned = items.find((i) => i.kind === 'agreement.unsigned' && i.severity === 'overdue')!;
    expect(
      events.find((e) => e.summary.startsWith(`Förteckna: Påminn ${unsigned.subject} om PUB-avtalet (försenat, sista dag var `)),
    ).toMatchObject({
      start: '2026-11-22',
      categories: ['Förteckna', 'PUB-avtal'],
    });
    // The sample's requests have requesters with names and contacts: none of it is in the file.
    const requests = await ok(core, 'requests.list', { filter: 'all', offset: 0, limit: 1000 });
    expect(requests.rows.length).toBeGreaterThan(0);
    for (const r of requests.rows) expect(text).not.toContain(r.requesterName);
  });

  it('puts an overdue item on the day of the export, says when it was due, and sets no reminder', async () => {
    const { core, dir } = await register();
    const { events } = await exportCalendar(core, dir);
    const late = eventFor(events, /Personalregister/);
    expect(late).toMatchObject({
      start: '2026-11-22',
      end: '2026-11-23',
      summary: 'Förteckna: Granska behandlingen Personalregister (försenat, sista dag var 2026-11-01)',
      alarms: [],
    });
    expect(late.description).toContain('Sista dag: 2026-11-01');
    // Read for a later day, the item due on 10 December is overdue too.
    const later = await exportCalendar(core, dir, { on: '2026-12-15' });
    expect(eventFor(later.events, /Kundregister/)).toMatchObject({ start: '2026-12-15', alarms: [] });
  });

  it('writes English with lang en', async () => {
    const { core, dir } = await register();
    const { events } = await exportCalendar(core, dir, { lang: 'en' });
    const review = eventFor(events, /Kundregister/);
    expect(review.summary).toBe('Förteckna: Review the processing activity Kundregister');
    expect(review.categories).toEqual(['Förteckna', 'Processing activities']);
    expect(review.description).toMatch(/^The activity is due for review/);
    expect(review.description).toContain('Due: 2026-12-10');
    const items = await datedItems(core, 'en');
    for (const item of items)
      expect(
        events.some((e) => e.description.startsWith(item.text)),
        item.key,
      ).toBe(true);
  });

  it('keeps the UIDs across exports, so importing again updates the events, and differs between registers', async () => {
    const { core, dir, soon } = await register();
    const first = await exportCalendar(core, dir);
    const second = await exportCalendar(core, dir, { lang: 'en' });
    const uids = (events: ParsedEvent[]) => events.map((e) => e.uid).sort();
    expect(new Set(uids(first.events)).size).toBe(first.events.length);
    expect(uids(second.events)).toEqual(uids(first.events));

    // A new review date: the same event (by UID) on the new day.
    const before = eventFor(first.events, /Kundregister/);
    await ok(core, 'activities.update', {
      id: soon.id,
      revision: soon.revision,
      fields: draftActivity('Kundregister', { nextReviewAt: '2027-01-15' }),
    });
    const moved = eventFor((await exportCalendar(core, dir)).events, /Kundregister/);
    expect(moved.uid).toBe(before.uid);
    expect(moved.start).toBe('2027-01-15');

    // Another register with the same contents (created at another moment) has UIDs of its own.
    const other = await coreWithRegister({ now: new Date(FIXED_NOW.getTime() + 1000) });
    await ok(other.core, 'activities.create', draftActivity('Kundregister', { nextReviewAt: '2026-12-10' }));
    const theirs = eventFor((await exportCalendar(other.core, other.dir)).events, /Kundregister/);
    expect(theirs.uid).not.toBe(before.uid);
  });

  it('leaves out items answered "not relevant" and keeps snoozed ones, whose day still comes', async () => {
    const { core, dir } = await register();
    const items = await datedItems(core);
    const far = items.find((i) => i.subject === 'Kamerabevakning')!;
    const soon = items.find((i) => i.subject === 'Kundregister')!;
    await ok(core, 'attention.dismiss', { key: far.key, fingerprint: far.fingerprint, mode: 'notRelevant', reason: 'Avvecklas' });
    await ok(core, 'attention.dismiss', { key: soon.key, fingerprint: soon.fingerprint, mode: 'snooze', until: '2026-12-01' });
    const { events } = await exportCalendar(core, dir);
    expect(events.some((e) => e.summary.includes('Kamerabevakning'))).toBe(false);
    expect(eventFor(events, /Kundregister/).start).toBe('2026-12-10');
    expect(events).toHaveLength(items.length - 1);
  });

  it('carries nothing of the data subjects beyond what the items say', async () => {
    const { core, dir } = await register();
    const { text } = await exportCalendar(core, dir);
    expect(text).not.toMatch(/Åsa|Östlund|asa\.ostlund/);
  });

  it('keeps hostile text valid: no forbidden characters, escaped separators, CRLF lines folded at 75 octets', async () => {
    const { core, dir } = await coreWithRegister();
    const hostile = `Kund\u0001\u001b[31m;register, "x" \\ y\uFFFE\uFFFF\uD800 z\nBEGIN:VEVENT\r\nEND:VCALENDAR 😀 ${'Åäö'.repeat(40)}`;
    await ok(core, 'activities.create', draftActivity(hostile, { nextReviewAt: '2026-12-10' }));
    const { text, events } = await exportCalendar(core, dir);

    expect(events).toHaveLength(1);
    const [event] = events;
    // The name on one line, with what a file may not hold taken out, and everything else kept
    // (the lone surrogate became U+FFFD when the register stored the name).
    const expected = `Kund[31m;register, "x" \\ y\uFFFD z BEGIN:VEVENT END:VCALENDAR 😀 ${'Åäö'.repeat(40)}`;
    expect(event!.summary).toBe(`Förteckna: Granska behandlingen ${expected}`);
    expect(event!.description).toContain(`Gäller: ${expected}\n`);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(text.match(/^END:VCALENDAR\r$/gm)).toHaveLength(1);

    // Every line ends in CRLF (the last one too), none is longer than 75 octets, and nothing
    // outside tab, CR and LF is a control character.
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    // The long name had to be folded: continuation lines start with one space.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Folding never cuts a character in two: every line is valid UTF-8 on its own.
    for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  });

  it('sanitises every text it writes, lone surrogates too, whatever built the event', () => {
    const bad = 'a\uD800b\uDC00c\uFFFE\uFFFFd\u0007e\r\nf';
    const text = renderCalendar(
      [{ uid: 'x@forteckna', day: '2026-12-10', summary: bad, description: bad, categories: [bad], reminder: true }],
      { organisation: `Org\nNAME:Other;${bad}`, lang: 'sv', now: FIXED_NOW.toISOString() },
    );
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF\u0007]/);
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    const { name, events } = parseCalendar(text);
    // On one line, the ";" escaped as TEXT wants it.
    expect(name).toBe('Förteckna – Org NAME:Other\\;abcde f');
    expect(text.match(/^NAME:/gm)).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: 'abcde f', description: 'abcde\nf', categories: ['abcde f'], alarms: ['-PT15H'] });
  });

  it('gives a valid calendar with no events when nothing has a date', async () => {
    const { core, dir } = await coreWithRegister();
    expect(await datedItems(core)).toEqual([]);
    const { text, events } = await exportCalendar(core, dir);
    expect(events).toEqual([]);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).not.toContain('VEVENT');
  });

  it('names the file after the organisation and the day, in the export folder when there is no save dialog', async () => {
    const { core, dir } = await register();
    const result = await ok(core, 'attention.calendar', {});
    expect(result!.path).toBe(path.join(dir, 'Export', 'Förteckna – Test AB – frister 2026-11-22.ics'));
    expect(parseCalendar(fs.readFileSync(result!.path, 'utf8')).events).toHaveLength(result!.events);
    const en = await ok(core, 'attention.calendar', { lang: 'en', on: '2026-12-01' });
    expect(path.basename(en!.path)).toBe('Förteckna – Test AB – deadlines 2026-12-01.ics');
  });

  it('offers the name in the save dialog, and writes nothing when it is cancelled', async () => {
    const dir = tempDir();
    const offered: string[] = [];
    let chosen: string | null = null;
    const core = createCore({
      host: 'test',
      version: '0.0.0-test',
      dataFolder: dir,
      settings: memorySettings(),
      clock: { now: () => FIXED_NOW },
      validateOutputs: true,
      logError: () => {},
      dialogs: {
        chooseNewRegisterPath: async () => null,
        chooseRegisterToOpen: async () => null,
        chooseExportPath: async (name) => {
          offered.push(name);
          return chosen;
        },
      },
    });
    try {
      await ok(core, 'register.create', { organisationName: 'Bygg/Data AB', path: path.join(dir, 'r.forteckna') });
      expect(await ok(core, 'attention.calendar', { lang: 'sv' })).toBeNull();
      expect(offered).toEqual(['Förteckna – Bygg Data AB – frister 2026-11-22.ics']);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.ics'))).toEqual([]);
      chosen = path.join(dir, 'vald.ics');
      expect(await ok(core, 'attention.calendar', { lang: 'sv' })).toMatchObject({ path: chosen, events: 0 });
      // Never onto a register.
      chosen = path.join(dir, 'r.forteckna');
      const refused = await call(core, 'attention.calendar', { lang: 'sv' });
      expect(refused.ok).toBe(false);
    } finally {
      core.close();
    }
  });
});
