import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { attentionLines } from '../../../electron/cli/commands/attention';
import { emptyDsrRequest, type AttentionList } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { draftActivity } from '../activities/fixtures';
import { coreWithRegister, FIXED_NOW, ok, tempDir } from '../helpers';

// The command line runs on the system clock: the tests' day is FIXED_NOW, Sunday 22 November 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXED_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

/** A review overdue since 1 November, a request due 2 December, a review due 10 December and one next year. */
async function seed(core: Core) {
  await ok(core, 'activities.create', draftActivity('Personalregister', { nextReviewAt: '2026-11-01' }));
  await ok(core, 'activities.create', draftActivity('Kundregister', { nextReviewAt: '2026-12-10' }));
  await ok(core, 'activities.create', draftActivity('Kamerabevakning', { nextReviewAt: '2027-09-01' }));
  await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    receivedOn: '2026-11-02',
    requesterName: 'Åsa Östlund',
    identity: 'not_needed',
  });
}

async function registerFile(options: { keepOpen?: boolean } = {}) {
  const { core, info } = await coreWithRegister();
  await seed(core);
  if (!options.keepOpen) await ok(core, 'register.close', {});
  return info.path!;
}

/** Rows of the table: the cells split on the column gaps. */
const rowsOf = (out: string) =>
  out
    .split('\n')
    .slice(3)
    .filter((l) => l !== '')
    .map((l) => l.split(/ {2,}/));

describe('attention command', () => {
  it('lists what needs attention as lines, overdue first, and exits with 3 when something is overdue', async () => {
    const file = await registerFile();
    const result = await cli('attention', file);
    expect(result.code, result.err.join('\n')).toBe(3);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^Att göra 2026-11-22: försenade 1 · inom 30 dagar 2 · att åtgärda \d+$/);
    expect(lines[2]).toMatch(/^Läge +Dag +Slag +Gäller +Vad$/);
    const rows = rowsOf(result.out);
    expect(rows[0]).toEqual([
      'försenat',
      '2026-11-01',
      'activity.review',
      'Personalregister',
      expect.stringMatching(/^Behandlingen ska granskas \(granskningsdatum 2026-11-01\)/),
    ]);
    expect(rows[1]!.slice(0, 3)).toEqual(['snart', '2026-12-02', 'request.deadline']);
    expect(rows[2]!.slice(0, 4)).toEqual(['snart', '2026-12-10', 'activity.review', 'Kundregister']);
    // The review beyond the 30 days is not on the list (the draft's gaps are, without a day). The
    // gaps come last, as "åtgärda".
    expect(rows.filter((r) => r[3] === 'Kamerabevakning').map((r) => r.slice(0, 3))).toEqual([['åtgärda', '–', 'activity.incomplete']]);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows.slice(3)) expect(row.slice(0, 2)).toEqual(['åtgärda', '–']);
    // The columns line up: every row's day starts where the header's does.
    const at = lines[2]!.indexOf('Dag');
    for (const l of lines.slice(3)) expect(l.slice(at, at + 10)).toMatch(/^(\d{4}-\d{2}-\d{2}|– {9})$/);
    // No data subject's name: the request is named by its right and day.
    expect(result.out).not.toContain('Östlund');
  });

  it('exits with 0 when nothing is overdue, and reads another day and horizon with --on and --horizon', async () => {
    const file = await registerFile();
    const before = await cli('attention', file, '--on', '2026-10-01');
    expect(before.code, before.err.join('\n')).toBe(0);
    expect(before.out).not.toMatch(/^försenat/m);
    expect(before.out.split('\n')[0]).toMatch(/^Att göra 2026-10-01: försenade 0 · inom 30 dagar 0/);

    const wide = await cli('attention', file, '--horizon', '366');
    expect(wide.code).toBe(3);
    expect(
      rowsOf(wide.out)
        .find((r) => r[3] === 'Kamerabevakning')
        ?.slice(0, 2),
    ).toEqual(['snart', '2027-09-01']);
    const none = await cli('attention', file, '--horizon', '0');
    expect(rowsOf(none.out).filter((r) => r[0] === 'snart')).toEqual([]);
  });

  it('gives the list as JSON with --json, and English with --lang en', async () => {
    const file = await registerFile();
    const json = await cli('attention', file, '--json', '--lang', 'en');
    expect(json.code).toBe(3);
    const list = JSON.parse(json.out) as AttentionList;
    expect(list).toMatchObject({ on: '2026-11-22', horizonDays: 30, counts: { overdue: 1, dueSoon: 2 } });
    expect(list.items[0]).toMatchObject({ kind: 'activity.review', severity: 'overdue', dueOn: '2026-11-01', subject: 'Personalregister' });
    expect(list.items[0]!.text).toMatch(/^The activity is due for review/);

    const en = await cli('attention', file, '--lang', 'en');
    expect(en.out.split('\n')[0]).toMatch(/^To do 2026-11-22: overdue 1 · within 30 days 2 · to fix \d+$/);
    expect(rowsOf(en.out)[0]!.slice(0, 2)).toEqual(['overdue', '2026-11-01']);
  });

  it('reads a register the app has open, read-only, and says so', async () => {
    const open = await registerFile({ keepOpen: true });
    const result = await cli('attention', open);
    expect(result.code, result.err.join('\n')).toBe(3);
    expect(result.err.join('\n')).toMatch(/läser det skrivskyddat/);
    expect(result.out).toContain('Personalregister');
  });

  it('says in words that nothing needs attention, and how many answers hide items', () => {
    const list: AttentionList = {
      on: '2026-11-22',
      horizonDays: 30,
      items: [],
      dismissed: [],
      counts: { overdue: 0, dueSoon: 0, toFix: 0 },
      byKind: {},
    };
    expect(attentionLines(list, 'sv')).toEqual(['Inget behöver åtgärdas (2026-11-22, inom 30 dagar).']);
    expect(attentionLines(list, 'en')).toEqual(['Nothing needs attention (2026-11-22, within 30 days).']);
    const item = {
      key: 'activity.review:activity:1',
      kind: 'activity.review' as const,
      severity: 'dueSoon' as const,
      dueOn: '2026-12-01',
      text: 'Granska\nden.\u001b[2J',
      subject: 'Kund\u0007register',
      fix: { kind: 'activity' as const, id: 1, field: null },
      fingerprint: 'x',
      dismissal: null,
    };
    expect(attentionLines({ ...list, dismissed: [item] }, 'sv')).toEqual([
      'Inget behöver åtgärdas (2026-11-22, inom 30 dagar).',
      '1 uppskjutna eller inte aktuella visas inte.',
    ]);
    // A name or text never reaches the terminal with a control character or a line break.
    const lines = attentionLines({ ...list, items: [item], counts: { overdue: 0, dueSoon: 1, toFix: 0 } }, 'sv');
    expect(lines.at(-1)).toBe('snart  2026-12-01  activity.review  Kundregister  Granska den.[2J');
  });

  it('opens an encrypted register with --password-file, and says where the password goes without one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'krypterat.forteckna');
    const password = path.join(dir, 'lösen.txt');
    fs.writeFileSync(password, 'ett långt lösenord\n');
    expect((await cli('new', file, '--name', 'Krypto AB', '--password-file', password)).code).toBe(0);
    const without = await cli('attention', file);
    expect(without.code).toBe(1);
    expect(without.err).toEqual([expect.stringMatching(/PASSWORD_REQUIRED: .*--password-file/)]);
    const withIt = await cli('attention', file, '--password-file', password);
    expect(withIt.code, withIt.err.join('\n')).toBe(0);
    const calendar = await cli('calendar', file, '--out', path.join(dir, 'k.ics'), '--password-file', password);
    expect(calendar.code, calendar.err.join('\n')).toBe(0);
  });

  it('fails with one line on wrong usage, and is in the help text with its exit code', async () => {
    const file = await registerFile();
    for (const [args, message] of [
      [['attention'], /ange en registerfil/],
      [['attention', file, '--on', '22/11'], /--on ska vara ett datum som ÅÅÅÅ-MM-DD/],
      [['attention', file, '--horizon', '400'], /--horizon ska vara ett antal dagar, 0–366/],
      [['attention', file, '--horizon', '-1'], /--horizon/],
      [['attention', file, '--horizon', 'tio'], /--horizon ska vara ett antal dagar/],
      [['attention', file, '--lang', 'de'], /--lang ska vara sv eller en/],
      [['calendar', file], /ange kalenderfilen med --out/],
      [['calendar', file, '--out', 'x.ics', '--lang', 'fi'], /--lang ska vara sv eller en/],
    ] as const) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toEqual([expect.stringMatching(message)]);
    }
    const help = (await cli('help')).out;
    expect(help).toMatch(/attention <fil\.forteckna> \[--on ÅÅÅÅ-MM-DD\] \[--horizon 30\] \[--json\] \[--lang sv\|en\]/);
    expect(help).toMatch(/slutkod 3 om något är försenat/);
    expect(help).toMatch(/calendar <fil\.forteckna> --out <fil\.ics>/);
  });
});

describe('calendar command', () => {
  it('writes every dated item as an iCalendar file and says where, how big and how many events', async () => {
    const file = await registerFile();
    const out = path.join(tempDir(), 'frister.ics');
    const result = await cli('calendar', file, '--out', out);
    expect(result.code, result.err.join('\n')).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    // Overdue, the request, two reviews ahead (one beyond the list's horizon): four events.
    expect(JSON.parse(result.out)).toEqual({ path: out, bytes: Buffer.byteLength(text), events: 4 });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const days = events.map((e) => `${String(e.getFirstPropertyValue('dtstart'))} ${String(e.getFirstPropertyValue('summary'))}`);
    expect(days).toEqual([
      '2026-11-22 Förteckna: Granska behandlingen Personalregister (försenat, sista dag var 2026-11-01)',
      expect.stringMatching(/^2026-12-02 Förteckna: Hantera begäran från en registrerad: /),
      '2026-12-10 Förteckna: Granska behandlingen Kundregister',
      '2027-09-01 Förteckna: Granska behandlingen Kamerabevakning',
    ]);

    // Read on 5 December in English: the request is overdue then, and on that day.
    const en = path.join(tempDir(), 'deadlines.ics');
    expect((await cli('calendar', file, '--out', en, '--lang', 'en', '--on', '2026-12-05')).code).toBe(0);
    const enEvents = new ICAL.Component(ICAL.parse(fs.readFileSync(en, 'utf8'))).getAllSubcomponents('vevent');
    expect(enEvents.map((e) => `${String(e.getFirstPropertyValue('dtstart'))} ${String(e.getFirstPropertyValue('summary'))}`)).toEqual([
      '2026-12-05 Förteckna: Review the processing activity Personalregister (overdue, was due 2026-11-01)',
      expect.stringMatching(/^2026-12-05 Förteckna: Deal with a data subject's request: .*\(overdue, was due 2026-12-02\)$/),
      '2026-12-10 Förteckna: Review the processing activity Kundregister',
      '2027-09-01 Förteckna: Review the processing activity Kamerabevakning',
    ]);
  });

  it('refuses to write the calendar over a register', async () => {
    const file = await registerFile();
    const result = await cli('calendar', file, '--out', file);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringMatching(/^forteckna: INVALID_INPUT/)]);
  });
});
