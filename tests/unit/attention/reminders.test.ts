import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { Notifier } from '../../../electron/core/ports';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { REMINDER_DELAY_MS, REMINDER_TICK_MS } from '../../../electron/core/attention/reminders';
import { draftActivity } from '../activities/fixtures';
import { FIXED_NOW, ok, tempDir } from '../helpers';

// The desktop app's reminders: a notification for what became overdue since the user last looked,
// when a register opens and once a day while it stays open. A fake notifier, a clock the test moves,
// and fake timers (the open's check and the hourly look at the date) instead of waiting.

const DAY = 24 * 60 * 60 * 1000;

interface Setup {
  core: Core;
  shown: { title: string; body: string }[];
  /** Moves the core's clock (the timers are moved separately). */
  advanceClock(ms: number): void;
  dir: string;
}

const cores: Core[] = [];

function reminderCore(options: { notifier?: boolean } = {}): Setup {
  const dir = tempDir();
  let now = FIXED_NOW.getTime(); // 10:00 in Stockholm, 22 November 2026
  const shown: { title: string; body: string }[] = [];
  const notifier: Notifier = { show: (n) => shown.push(n) };
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock: { now: () => new Date(now) },
    validateOutputs: true,
    logError: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
    ...(options.notifier === false ? {} : { notifier }),
  });
  cores.push(core);
  return { core, shown, dir, advanceClock: (ms) => (now += ms) };
}

/** A new register (a new one is not checked on creation: nothing in it can be overdue yet). */
async function newRegister(s: Setup, name = 'Test AB', file = 'test.forteckna'): Promise<string> {
  const info = await ok(s.core, 'register.create', { organisationName: name, path: path.join(s.dir, file) });
  return info!.path;
}

async function reopen(s: Setup, file: string): Promise<void> {
  await ok(s.core, 'register.open', { path: file });
  await vi.advanceTimersByTimeAsync(REMINDER_DELAY_MS);
}

/** The next day: the clock moves on, and the hourly look at the date runs. */
async function nextDay(s: Setup): Promise<void> {
  s.advanceClock(DAY);
  await vi.advanceTimersByTimeAsync(REMINDER_TICK_MS);
}

const review = (name: string, nextReviewAt: string) => draftActivity(name, { nextReviewAt });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  while (cores.length) cores.pop()!.close();
  vi.useRealTimers();
});

describe('overdue reminders', () => {
  it('notifies once of an overdue item when the register opens, not on opening it again', async () => {
    const s = reminderCore();
    const file = await newRegister(s);
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    await ok(s.core, 'activities.create', review('Personalregister', '2027-03-01'));
    await ok(s.core, 'register.close', {});

    await ok(s.core, 'register.open', { path: file });
    expect(s.shown).toEqual([]); // the open does not wait for the check
    await vi.advanceTimersByTimeAsync(REMINDER_DELAY_MS);
    expect(s.shown).toEqual([{ title: '1 sak är försenad i Test AB', body: 'Kundregister: dags att granska' }]);

    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    // The rest of the day, hour after hour: nothing new.
    await vi.advanceTimersByTimeAsync(5 * REMINDER_TICK_MS);
    expect(s.shown).toHaveLength(1);
  });

  it('notifies the next day of what became overdue since, and only that', async () => {
    const s = reminderCore();
    const file = await newRegister(s);
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    // Due today: not overdue until tomorrow.
    await ok(s.core, 'activities.create', review('Webbshop', '2026-11-22'));
    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    expect(s.shown.map((n) => n.body)).toEqual(['Kundregister: dags att granska']);

    await nextDay(s);
    expect(s.shown.map((n) => n.body)).toEqual(['Kundregister: dags att granska', 'Webbshop: dags att granska']);
    await nextDay(s);
    expect(s.shown).toHaveLength(2);
  });

  it('names the first three and counts the rest, in the settings language', async () => {
    const s = reminderCore();
    const file = await newRegister(s, 'Exempel AB');
    for (const name of ['A', 'B', 'C', 'D', 'E']) await ok(s.core, 'activities.create', review(`Behandling ${name}`, '2026-11-01'));
    await ok(s.core, 'settings.setLanguage', { language: 'en' });
    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    expect(s.shown).toHaveLength(1);
    expect(s.shown[0]!.title).toBe('5 items are overdue in Exempel AB');
    expect(s.shown[0]!.body.split('\n')).toEqual([
      'Behandling A: due for review',
      'Behandling B: due for review',
      'Behandling C: due for review',
      'and 2 more',
    ]);
  });

  it('tells again of a review that was dealt with and later became overdue again', async () => {
    const s = reminderCore();
    const file = await newRegister(s);
    const activity = await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    expect(s.shown).toHaveLength(1);

    // Reviewed: the next review is tomorrow; the day after, it is overdue again.
    const reviewed = await ok(s.core, 'activities.update', {
      id: activity.id,
      revision: activity.revision,
      fields: review('Kundregister', '2026-11-23'),
    });
    expect(reviewed.nextReviewAt).toBe('2026-11-23');
    await nextDay(s);
    expect(s.shown).toHaveLength(1);
    await nextDay(s);
    expect(s.shown).toHaveLength(2);
  });

  it('notifies of nothing when the user has turned it off', async () => {
    const s = reminderCore();
    const file = await newRegister(s);
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    expect((await ok(s.core, 'settings.setNotifyOverdue', { notifyOverdue: false })).notifyOverdue).toBe(false);
    expect((await ok(s.core, 'settings.get', {})).notifyOverdue).toBe(false);
    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    await ok(s.core, 'activities.create', review('Webbshop', '2026-11-22'));
    await nextDay(s);
    expect(s.shown).toEqual([]);
  });

  it('notifies of nothing the user has seen on the overview (attention.markSeen)', async () => {
    const s = reminderCore();
    const file = await newRegister(s);
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    await ok(s.core, 'activities.create', review('Webbshop', '2026-11-02'));
    await ok(s.core, 'activities.create', review('Personalregister', '2027-03-01'));
    expect(await ok(s.core, 'attention.markSeen', {})).toEqual({ overdue: 2 });
    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    await nextDay(s);
    expect(s.shown).toEqual([]);
  });

  it('does not notify of a snoozed item', async () => {
    const s = reminderCore();
    const file = await newRegister(s);
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    const [item] = (await ok(s.core, 'attention.list', { kinds: ['activity.review'] })).items;
    await ok(s.core, 'attention.dismiss', { key: item!.key, fingerprint: item!.fingerprint, mode: 'snooze', until: '2026-11-30' });
    await ok(s.core, 'register.close', {});
    await reopen(s, file);
    await nextDay(s);
    expect(s.shown).toEqual([]);
  });

  it('keeps what was seen per register', async () => {
    const s = reminderCore();
    // The same activity in both (the same item key): seen in one is not seen in the other.
    const first = await newRegister(s, 'Första AB', 'forsta.forteckna');
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    const second = await newRegister(s, 'Andra AB', 'andra.forteckna');
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));

    await reopen(s, first);
    await reopen(s, second);
    expect(s.shown.map((n) => n.title)).toEqual(['1 sak är försenad i Första AB', '1 sak är försenad i Andra AB']);
    await reopen(s, first);
    await reopen(s, second);
    expect(s.shown).toHaveLength(2);
  });

  it('checks only the register that is open: a switch cancels the pending check, a close the daily one', async () => {
    const s = reminderCore();
    const first = await newRegister(s, 'Första AB', 'forsta.forteckna');
    await ok(s.core, 'activities.create', review('Kundregister', '2026-11-01'));
    const second = await newRegister(s, 'Andra AB', 'andra.forteckna');
    await ok(s.core, 'register.close', {});

    await ok(s.core, 'register.open', { path: first });
    await ok(s.core, 'register.open', { path: second }); // before the first one's check
    await vi.advanceTimersByTimeAsync(REMINDER_DELAY_MS);
    expect(s.shown).toEqual([]);

    const timers = vi.getTimerCount();
    await ok(s.core, 'register.close', {});
    expect(vi.getTimerCount()).toBe(timers - 1); // the hourly look at the date
  });

  it('sets no timer where there is no notifier (browser mode, the CLI)', async () => {
    const s = reminderCore({ notifier: false });
    const file = await newRegister(s);
    await ok(s.core, 'register.close', {});
    const before = vi.getTimerCount();
    await ok(s.core, 'register.open', { path: file });
    expect(vi.getTimerCount()).toBe(before);
  });
});
