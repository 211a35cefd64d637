import { describe, expect, it } from 'vitest';
import type { AttentionDismissal, AttentionSeverity } from '../../../shared/contract';
import { decideReminders, overdueKeys, type ReminderCandidate } from '../../../electron/core/attention/reminder-decision';
import { reminderNotification } from '../../../electron/core/attention/reminder.words';

// Which overdue items a reminder names, from the attention list and what the user has seen.

const snoozed: AttentionDismissal = {
  id: 1,
  revision: 1,
  mode: 'snooze',
  until: '2026-12-01',
  reason: '',
  by: 'Maria',
  at: '2026-11-20T10:00:00Z',
};
const item = (key: string, severity: AttentionSeverity = 'overdue', dismissal: AttentionDismissal | null = null): ReminderCandidate => ({
  key,
  severity,
  dismissal,
});

describe('decideReminders', () => {
  const cases: { name: string; items: ReminderCandidate[]; seen: string[]; notify: string[]; next: string[] }[] = [
    { name: 'nothing overdue', items: [], seen: [], notify: [], next: [] },
    { name: 'a first overdue item', items: [item('a')], seen: [], notify: ['a'], next: ['a'] },
    { name: 'an item already seen', items: [item('a')], seen: ['a'], notify: [], next: ['a'] },
    {
      name: 'a new one beside a seen one, in the list order',
      items: [item('a'), item('b'), item('c')],
      seen: ['b'],
      notify: ['a', 'c'],
      next: ['a', 'b', 'c'],
    },
    { name: 'due soon is not overdue', items: [item('a', 'dueSoon')], seen: [], notify: [], next: [] },
    { name: 'a gap to fix is not overdue', items: [item('a', 'toFix')], seen: [], notify: [], next: [] },
    { name: 'a snoozed overdue item', items: [item('a', 'overdue', snoozed)], seen: [], notify: [], next: [] },
    {
      name: 'a seen item snoozed since: forgotten, so its return is told',
      items: [item('a', 'overdue', snoozed)],
      seen: ['a'],
      notify: [],
      next: [],
    },
    { name: 'a seen item no longer overdue is forgotten', items: [item('b')], seen: ['a', 'b'], notify: [], next: ['b'] },
    { name: 'a seen item now only due soon is forgotten', items: [item('a', 'dueSoon')], seen: ['a'], notify: [], next: [] },
    { name: 'a key listed twice is told once', items: [item('a'), item('a')], seen: [], notify: ['a'], next: ['a'] },
  ];
  it.each(cases)('$name', ({ items, seen, notify, next }) => {
    const decision = decideReminders(items, seen);
    expect(decision.notify.map((i) => i.key)).toEqual(notify);
    expect(decision.seen).toEqual(next);
  });

  it('tells again of a key that stopped being overdue and became overdue again', () => {
    let seen: string[] = [];
    const steps: [ReminderCandidate[], string[]][] = [
      [[item('review')], ['review']], // overdue: told
      [[item('review')], []], // still overdue the next day: not again
      [[item('review', 'dueSoon')], []], // reviewed, the next review ahead
      [[], []], // beyond the horizon
      [[item('review')], ['review']], // overdue again: told again
    ];
    for (const [items, told] of steps) {
      const decision = decideReminders(items, seen);
      expect(decision.notify.map((i) => i.key)).toEqual(told);
      seen = decision.seen;
    }
  });

  it('tells of a snoozed item when its snooze ends while it is still overdue', () => {
    const first = decideReminders([item('a')], []);
    const during = decideReminders([item('a', 'overdue', snoozed)], first.seen);
    expect(during.notify).toEqual([]);
    expect(decideReminders([item('a')], during.seen).notify.map((i) => i.key)).toEqual(['a']);
  });

  it('records as seen only what is overdue and not answered', () => {
    expect(overdueKeys([item('a'), item('b', 'dueSoon'), item('c', 'overdue', snoozed), item('d', 'toFix'), item('e')])).toEqual([
      'a',
      'e',
    ]);
  });
});

describe('reminderNotification', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'activity.review' as const, subject: `Behandling ${i + 1}` }));

  it('names one item in the singular', () => {
    expect(reminderNotification(items(1), 'Test AB', 'sv')).toEqual({
      title: '1 sak är försenad i Test AB',
      body: 'Behandling 1: dags att granska',
    });
  });

  it('names the first three and counts the rest', () => {
    const n = reminderNotification(items(5), 'Test AB', 'sv');
    expect(n.title).toBe('5 saker är försenade i Test AB');
    expect(n.body.split('\n')).toEqual([
      'Behandling 1: dags att granska',
      'Behandling 2: dags att granska',
      'Behandling 3: dags att granska',
      'och 2 till',
    ]);
  });

  it('speaks English when the settings do', () => {
    const n = reminderNotification([...items(3), { kind: 'request.deadline', subject: 'Anna Andersson' }], 'Test AB', 'en');
    expect(n.title).toBe('4 items are overdue in Test AB');
    expect(n.body.split('\n').at(-1)).toBe('and 1 more');
    expect(reminderNotification([{ kind: 'request.deadline', subject: 'Anna Andersson' }], 'Test AB', 'en')).toEqual({
      title: '1 item is overdue in Test AB',
      body: 'Anna Andersson: the reply deadline has passed',
    });
  });
});
