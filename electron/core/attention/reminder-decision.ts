import type { AttentionItem } from '../../../shared/contract';

// Which overdue items a reminder tells the user about (issue 17): the ones that became overdue
// since the user last looked at the overview or was last notified. Pure: the caller reads the
// attention list and keeps the seen state (settings, per register).

/** What the decision needs of an attention item. */
export type ReminderCandidate = Pick<AttentionItem, 'key' | 'severity' | 'dismissal'>;

export interface ReminderDecision<T extends ReminderCandidate> {
  /** Overdue, not answered, and not overdue when the user last looked: in the list's order. */
  notify: T[];
  /**
   * The keys overdue now (answered ones left out): the next seen state. Only what is overdue now is
   * kept, so a key that stops being overdue and becomes overdue again later is notified again,
   * and so is an item whose snooze ends while it is still overdue.
   */
  seen: string[];
}

const isActiveOverdue = (i: ReminderCandidate): boolean => i.severity === 'overdue' && i.dismissal === null;

/** The keys overdue now that no answer hides, each once, in the list's order. */
export function overdueKeys(items: readonly ReminderCandidate[]): string[] {
  return [...new Set(items.filter(isActiveOverdue).map((i) => i.key))];
}

export function decideReminders<T extends ReminderCandidate>(items: readonly T[], seen: readonly string[]): ReminderDecision<T> {
  const before = new Set(seen);
  const told = new Set<string>();
  const notify = items.filter((i) => {
    if (!isActiveOverdue(i) || before.has(i.key) || told.has(i.key)) return false;
    told.add(i.key);
    return true;
  });
  return { notify, seen: overdueKeys(items) };
}
