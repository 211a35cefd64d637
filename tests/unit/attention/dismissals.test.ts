import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { AGREEMENT_OVERDUE_DAYS, type AttentionItem, type EventPayload } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { draftActivity } from '../activities/fixtures';
import { agreementRegister, customerAgreement, firstIssue } from '../agreements/fixture';
import { call, coreWithRegister, ok } from '../helpers';

// The user's answers to the attention list: snoozed until a day, or not relevant (with a
// reason), each holding while the facts behind the item stay the same, kept in the change
// history; and the register's reminder days for sent agreements. The tests' day is FIXED_NOW,
// 2026-11-22.

type Found = { item: AttentionItem; active: boolean } | null;

/** Where the item with this key is on the list read for `on`: active, dismissed, or not there. */
async function find(core: Core, key: string, on?: string, lang: Language = 'sv'): Promise<Found> {
  const l = await ok(core, 'attention.list', { lang, ...(on ? { on } : {}) });
  const active = l.items.find((i) => i.key === key);
  if (active) return { item: active, active: true };
  const dismissed = l.dismissed.find((i) => i.key === key);
  return dismissed ? { item: dismissed, active: false } : null;
}

async function shown(core: Core, key: string, on?: string): Promise<AttentionItem> {
  const found = await find(core, key, on);
  expect(found?.active, `${key} on ${on ?? 'today'}`).toBe(true);
  return found!.item;
}

async function hidden(core: Core, key: string, on?: string): Promise<AttentionItem> {
  const found = await find(core, key, on);
  expect(found?.active, `${key} on ${on ?? 'today'}`).toBe(false);
  return found!.item;
}

/** A register with one draft activity: incomplete, and due for review on `nextReviewAt`. */
async function withActivity(nextReviewAt: string | null = '2026-12-10') {
  const { core } = await coreWithRegister();
  const activity = await ok(core, 'activities.create', draftActivity('Personalregister', { nextReviewAt }));
  const update = async (patch: Parameters<typeof draftActivity>[1]) => {
    const a = await ok(core, 'activities.get', { id: activity.id });
    return ok(core, 'activities.update', {
      id: a.id,
      revision: a.revision,
      fields: { ...draftActivity(a.name, { nextReviewAt }), ...patch },
    });
  };
  return {
    core,
    activity,
    update,
    review: `activity.review:activity:${activity.id}`,
    incomplete: `activity.incomplete:activity:${activity.id}`,
  };
}

describe('snooze', () => {
  it('hides an item until its day, and the item is back on that day', async () => {
    const t = await withActivity('2026-12-10');
    const item = await shown(t.core, t.review);
    expect(item).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-10' });
    const before = await ok(t.core, 'attention.list', {});

    const answer = await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'snooze',
      until: '2026-12-01',
    });
    expect(answer).toMatchObject({ mode: 'snooze', until: '2026-12-01', reason: '' });
    expect(answer.by).not.toBe('');

    const after = await ok(t.core, 'attention.list', {});
    expect(after.dismissed.map((i) => [i.key, i.dismissal?.mode, i.dismissal?.until])).toEqual([[t.review, 'snooze', '2026-12-01']]);
    expect(after.counts.dueSoon).toBe(before.counts.dueSoon - 1);
    expect(after.byKind['activity.review']).toBeUndefined();

    await hidden(t.core, t.review, '2026-11-30');
    expect(await shown(t.core, t.review, '2026-12-01')).toMatchObject({ dismissal: null, fingerprint: item.fingerprint });
    await shown(t.core, t.review, '2026-12-05');
  });

  it('ends early when the facts behind the item change', async () => {
    const t = await withActivity('2026-12-10');
    const review = await shown(t.core, t.review);
    const incomplete = await shown(t.core, t.incomplete);
    await ok(t.core, 'attention.dismiss', { key: t.review, fingerprint: review.fingerprint, mode: 'snooze', until: '2027-01-31' });
    await ok(t.core, 'attention.dismiss', { key: t.incomplete, fingerprint: incomplete.fingerprint, mode: 'snooze', until: '2027-01-31' });
    await hidden(t.core, t.review);
    await hidden(t.core, t.incomplete);

    // Another review date, and one detail filled in: both are other items now.
    await t.update({ nextReviewAt: '2026-12-15', owner: 'Åsa Öberg' });
    const review2 = await shown(t.core, t.review);
    expect(review2).toMatchObject({ dueOn: '2026-12-15', dismissal: null });
    expect(review2.fingerprint).not.toBe(review.fingerprint);
    const incomplete2 = await shown(t.core, t.incomplete);
    expect(incomplete2.fingerprint).not.toBe(incomplete.fingerprint);
    expect(incomplete2.text).not.toContain('ansvarig');
  });

  it('refuses a day that is not after today, and no day at all', async () => {
    const t = await withActivity();
    const item = await shown(t.core, t.review);
    const snooze = (until: string | null) =>
      call(t.core, 'attention.dismiss', { key: t.review, fingerprint: item.fingerprint, mode: 'snooze', until });
    for (const day of ['2026-11-21', '2026-11-22']) {
      const result = await snooze(day);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
      expect(firstIssue(result)).toBe('until: v.attention.untilPast');
    }
    expect(firstIssue(await snooze(null))).toBe('until: v.required');
    expect(firstIssue(await snooze('2026-11-23'))).toBe('ok');
  });
});

describe('not relevant', () => {
  it('needs a reason, and holds whatever the day until the facts change', async () => {
    const t = await withActivity(null);
    const item = await shown(t.core, t.incomplete);
    const dismiss = (reason: string) =>
      call(t.core, 'attention.dismiss', { key: t.incomplete, fingerprint: item.fingerprint, mode: 'notRelevant', reason });
    for (const reason of ['', '   ']) {
      const result = await dismiss(reason);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
      expect(firstIssue(result)).toBe('reason: v.attention.reasonRequired');
    }
    await shown(t.core, t.incomplete);

    const answer = await ok(t.core, 'attention.dismiss', {
      key: t.incomplete,
      fingerprint: item.fingerprint,
      mode: 'notRelevant',
      // A day given with it means nothing: "not relevant" has no end.
      until: '2026-12-01',
      reason: 'Behandlingen avvecklas vid årsskiftet',
    });
    expect(answer).toMatchObject({ mode: 'notRelevant', until: null, reason: 'Behandlingen avvecklas vid årsskiftet' });
    expect((await hidden(t.core, t.incomplete)).dismissal).toMatchObject({
      mode: 'notRelevant',
      reason: 'Behandlingen avvecklas vid årsskiftet',
    });
    await hidden(t.core, t.incomplete, '2026-12-01');
    await hidden(t.core, t.incomplete, '2027-11-22');

    await t.update({ owner: 'Åsa Öberg' });
    expect(await shown(t.core, t.incomplete)).toMatchObject({ dismissal: null });
  });
});

describe('answers', () => {
  it('are taken back with attention.restore', async () => {
    const t = await withActivity();
    const item = await shown(t.core, t.review);
    const answer = await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'snooze',
      until: '2026-12-01',
    });
    await hidden(t.core, t.review);

    const stale = await call(t.core, 'attention.restore', { id: answer.id, revision: answer.revision + 1 });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    await hidden(t.core, t.review);

    expect(await ok(t.core, 'attention.restore', { id: answer.id, revision: answer.revision })).toEqual({ id: answer.id });
    expect(await shown(t.core, t.review)).toMatchObject({ dismissal: null });
    const again = await call(t.core, 'attention.restore', { id: answer.id, revision: answer.revision });
    expect(again.ok ? 'ok' : again.error.code).toBe('NOT_FOUND');
  });

  it('replace the earlier answer to the same item', async () => {
    const t = await withActivity();
    const item = await shown(t.core, t.review);
    const first = await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'snooze',
      until: '2026-12-01',
    });
    const second = await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'notRelevant',
      reason: 'Granskas i den årliga genomgången',
    });
    expect(second).toMatchObject({ id: first.id, revision: first.revision + 1, mode: 'notRelevant', until: null });
    // Hidden past the snooze's day: the newer answer is the one that counts.
    await hidden(t.core, t.review, '2026-12-05');
    expect((await ok(t.core, 'attention.list', {})).dismissed).toHaveLength(1);
  });

  it('refuse an item whose facts changed since it was read, and an item that does not exist', async () => {
    const t = await withActivity();
    const item = await shown(t.core, t.review);
    await t.update({ nextReviewAt: '2026-12-12' });
    const stale = await call(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'snooze',
      until: '2026-12-01',
    });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('INVALID_INPUT');
    expect(firstIssue(stale)).toBe('fingerprint: v.attention.changed');
    await shown(t.core, t.review);

    for (const key of ['nothing:here', 'activity.review:activity:999', 'activity.review', `agreement.missing:activity:${t.activity.id}`]) {
      const result = await call(t.core, 'attention.dismiss', { key, fingerprint: item.fingerprint, mode: 'notRelevant', reason: 'x' });
      expect(result.ok ? 'ok' : result.error.code, key).toBe('NOT_FOUND');
    }
    // An item that went away cannot be answered either.
    const current = await shown(t.core, t.review);
    const a = await ok(t.core, 'activities.get', { id: t.activity.id });
    await ok(t.core, 'activities.setArchived', { id: a.id, revision: a.revision, archived: true });
    const gone = await call(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: current.fingerprint,
      mode: 'notRelevant',
      reason: 'x',
    });
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND');
  });

  it('are in the change history, and can be undone there like any other change', async () => {
    const t = await withActivity();
    const item = await shown(t.core, t.review);
    const entries = async () => (await ok(t.core, 'history.list', { kind: 'attentionDismissal' })).rows;

    const answer = await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'snooze',
      until: '2026-12-01',
    });
    const [created] = await entries();
    expect(created).toMatchObject({ action: 'create', method: 'attention.dismiss', recordId: answer.id });
    // Named by what the item said, so the history reads without the list.
    expect(created!.recordName).toContain('Personalregister');

    await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'notRelevant',
      reason: 'Granskas i den årliga genomgången',
    });
    const [updated] = await entries();
    expect(updated).toMatchObject({ action: 'update', recordId: answer.id });
    expect(updated!.changes.fields).toEqual(expect.arrayContaining([{ field: 'mode', before: 'snooze', after: 'notRelevant' }]));

    // Back to the snooze: the item shows again on the snooze's day.
    await ok(t.core, 'history.restore', { entryId: created!.id, revision: updated!.currentRevision! });
    expect((await hidden(t.core, t.review)).dismissal).toMatchObject({ mode: 'snooze', until: '2026-12-01' });
    await shown(t.core, t.review, '2026-12-01');

    // Taken back, then the taking back undone: hidden again.
    const now = (await hidden(t.core, t.review)).dismissal!;
    await ok(t.core, 'attention.restore', { id: now.id, revision: now.revision });
    await shown(t.core, t.review);
    const [deleted] = await entries();
    expect(deleted).toMatchObject({ action: 'delete', method: 'attention.restore', restorable: true });
    await ok(t.core, 'history.undelete', { entryId: deleted!.id });
    expect((await hidden(t.core, t.review)).dismissal).toMatchObject({ mode: 'snooze', until: '2026-12-01' });
  });

  it('cannot bring back a taken-back answer once the item has a newer one, and says why', async () => {
    const t = await withActivity();
    const item = await shown(t.core, t.review);
    const first = await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'snooze',
      until: '2026-12-20',
    });
    await ok(t.core, 'attention.restore', { id: first.id, revision: first.revision });
    const [takenBack] = (await ok(t.core, 'history.list', { kind: 'attentionDismissal' })).rows;
    await ok(t.core, 'attention.dismiss', {
      key: t.review,
      fingerprint: item.fingerprint,
      mode: 'notRelevant',
      reason: 'Ingår i årsgenomgången',
    });

    const refused = await call(t.core, 'history.undelete', { entryId: takenBack!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { messageKey: 'e.history.uniqueTaken' } } });
    // Nothing changed: the newer answer still holds.
    expect((await hidden(t.core, t.review)).dismissal).toMatchObject({ mode: 'notRelevant', reason: 'Ingår i årsgenomgången' });
  });
});

describe('reminder days for sent agreements', () => {
  it('set when the customer list calls a sent agreement overdue and when the attention item is due', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v = await r.generate(c.id);
    await ok(r.core, 'agreements.setStatus', { id: v.id, revision: v.revision, status: 'sent', on: '2026-11-10' });
    const key = `agreement.unsigned:customer:${c.id}`;
    const overdueIds = async () => (await ok(r.core, 'customers.list', { agreementStatus: 'overdue' })).items.map((x) => x.id);

    const settings = await ok(r.core, 'attention.getSettings', {});
    expect(settings.sentAgreementDays).toBe(AGREEMENT_OVERDUE_DAYS);
    expect((await customerAgreement(r.core, c.id)).status).toBe('sent');
    expect(await overdueIds()).toEqual([]);
    const before = await shown(r.core, key);
    expect(before).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-10' });
    await ok(r.core, 'attention.dismiss', { key, fingerprint: before.fingerprint, mode: 'snooze', until: '2026-12-08' });
    await hidden(r.core, key);

    const changes: EventPayload<'data.changed'>[] = [];
    r.core.subscribe((event, payload) => {
      if (event === 'data.changed') changes.push(payload as EventPayload<'data.changed'>);
    });
    const saved = await ok(r.core, 'attention.setSettings', { revision: settings.revision, sentAgreementDays: 10 });
    expect(saved).toEqual({ revision: settings.revision + 1, sentAgreementDays: 10 });
    // The customer list reloads on it.
    expect(changes.flatMap((x) => x.kinds)).toEqual(expect.arrayContaining(['attention', 'agreements']));

    expect((await customerAgreement(r.core, c.id)).status).toBe('overdue');
    expect(await overdueIds()).toEqual([c.id]);
    // Another due day is another item: the snooze no longer holds.
    const after = await shown(r.core, key);
    expect(after).toMatchObject({ severity: 'overdue', dueOn: '2026-11-20', dismissal: null });
    expect(after.text).toContain('10 dagar');
    expect((await find(r.core, key, undefined, 'en'))!.item.text).toContain('10 days');

    const stale = await call(r.core, 'attention.setSettings', { revision: settings.revision, sentAgreementDays: 20 });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    for (const days of [0, 366]) {
      expect(firstIssue(await call(r.core, 'attention.setSettings', { revision: saved.revision, sentAgreementDays: days }))).toBe(
        'sentAgreementDays: v.attention.reminderDays',
      );
    }
    expect(await ok(r.core, 'attention.getSettings', {})).toEqual(saved);
  });
});
