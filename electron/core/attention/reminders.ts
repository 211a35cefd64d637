import type { Language } from '../../../shared/messages';
import type { Clock, Notifier } from '../ports';
import { stockholmDate, type Session } from '../session';
import type { SettingsService } from '../settings/settings.service';
import { attentionService } from './attention.service';
import { decideReminders, overdueKeys } from './reminder-decision';
import { reminderNotification } from './reminder.words';

// Reminders without a server (issue 17): while a register is open in the desktop app, a native
// notification for what became overdue since the user last looked. Checked shortly after the
// register opens, then whenever the Stockholm date has changed (looked at hourly: a machine that
// slept past midnight is told within the hour). The seen state is the user's, in the settings.

/** After the open, once the first screen has had its queries. */
export const REMINDER_DELAY_MS = 3000;
/** How often the timer looks whether a new day has begun. */
export const REMINDER_TICK_MS = 60 * 60 * 1000;

/** The register's attention items for today, none ahead: the overdue ones, and the rest due today. */
function itemsToday(session: Session, lang: Language) {
  return session.use(attentionService).list({ horizonDays: 0, lang }).items;
}

/** The user looked at the overview: what is overdue now is not notified later (attention.markSeen). */
export function markOverdueSeen(session: Session, settings: SettingsService): { overdue: number } {
  const keys = overdueKeys(itemsToday(session, 'sv'));
  settings.setOverdueSeen(session.path, keys);
  return { overdue: keys.length };
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

export interface RemindersDeps {
  /** None (browser mode, the CLI): no reminders, no timers. */
  notifier: Notifier | undefined;
  clock: Clock;
  settings: SettingsService;
  /** The open register now (the timers outlive a replaced session object, not the register). */
  current(): Session | null;
  logError(message: string, error: unknown): void;
}

/** The open register's timers, and the Stockholm date it was last checked on. */
interface Watch {
  path: string;
  day: string;
  delay: NodeJS.Timeout | null;
  tick: NodeJS.Timeout | null;
}

export function createReminders({ notifier, clock, settings, current, logError }: RemindersDeps) {
  let watch: Watch | null = null;

  /** Notifies what became overdue in the open register since it was last seen, and records it as seen. */
  function check(registerPath: string): void {
    const session = current();
    if (!notifier || !session || session.path !== registerPath) return;
    const { language, notifyOverdue } = settings.stored();
    if (!notifyOverdue) return;
    const { notify, seen } = decideReminders(itemsToday(session, language), settings.overdueSeen(session.path));
    if (notify.length) notifier.show(reminderNotification(notify, session.organisation.get().name, language));
    if (!sameKeys(seen, settings.overdueSeen(session.path))) settings.setOverdueSeen(session.path, seen);
  }

  function safeCheck(registerPath: string): void {
    try {
      check(registerPath);
    } catch (error) {
      logError(`Could not check ${registerPath} for overdue items`, error);
    }
  }

  function stop(): void {
    if (watch?.delay) clearTimeout(watch.delay);
    if (watch?.tick) clearInterval(watch.tick);
    watch = null;
  }

  return {
    /**
     * A register was opened: checked after REMINDER_DELAY_MS (not a new one: nothing in it is
     * overdue yet, and the sample is still being written), then once a day while it stays open.
     */
    opened(session: Session, options: { created: boolean }): void {
      stop();
      if (!notifier) return;
      const registerPath = session.path;
      const w: Watch = { path: registerPath, day: stockholmDate(clock.now()), delay: null, tick: null };
      if (!options.created) w.delay = setTimeout(() => safeCheck(registerPath), REMINDER_DELAY_MS).unref();
      w.tick = setInterval(() => dayTick(w), REMINDER_TICK_MS).unref();
      watch = w;
    },
    closed: stop,
  };

  function dayTick(w: Watch): void {
    if (watch !== w) return;
    const today = stockholmDate(clock.now());
    if (today === w.day) return;
    w.day = today;
    safeCheck(w.path);
  }
}

export type Reminders = ReturnType<typeof createReminders>;
