// The portable format carries the user's answers to the attention list and the register's reminder
// settings (issue 17, schema 10): export → import into a new register → the same answers still
// hide the same items, the same settings, the same file; and a file from schema 9 still imports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { describeTablesAtVersion } from '../../../electron/core/portable/portable.repo';
import { emptyBreach, emptyDsrRequest } from '../../../shared/contract';
import { call, coreWithRegister, ok } from '../helpers';
import { readJson, withoutTimestamp, writeJson } from './fixtures';

/** A register with an overdue request snoozed for a week, a breach clock marked not relevant, and 45 reminder days. */
async function register() {
  const { core, dir } = await coreWithRegister();
  await ok(core, 'requests.create', { ...emptyDsrRequest, requesterName: 'Per Ek', receivedOn: '2026-10-19' });
  await ok(core, 'breaches.create', {
    ...emptyBreach,
    title: 'Felskickad lönefil',
    discoveredAt: '2026-11-21T13:00:00.000Z',
    breachTypes: ['confidentiality'],
    risk: 'risk',
  });
  const { items } = await ok(core, 'attention.list', { kinds: ['request.deadline', 'breach.clock'] });
  const request = items.find((i) => i.kind === 'request.deadline')!;
  const breach = items.find((i) => i.kind === 'breach.clock')!;
  await ok(core, 'attention.dismiss', { key: request.key, fingerprint: request.fingerprint, mode: 'snooze', until: '2026-11-29' });
  await ok(core, 'attention.dismiss', {
    key: breach.key,
    fingerprint: breach.fingerprint,
    mode: 'notRelevant',
    reason: 'Anmäld till IMY per telefon; registreras i morgon.',
  });
  const settings = await ok(core, 'attention.getSettings', {});
  await ok(core, 'attention.setSettings', { revision: settings.revision, sentAgreementDays: 45 });
  return { core, dir };
}

/** What a user sees: the dismissed items with their answers, and the reminder days. */
async function answers(core: Core) {
  const list = await ok(core, 'attention.list', {});
  return {
    active: list.items.map((i) => i.key),
    dismissed: list.dismissed.map((i) => ({ key: i.key, fingerprint: i.fingerprint, dismissal: i.dismissal })),
    settings: await ok(core, 'attention.getSettings', {}),
  };
}

describe('portable JSON: the attention list’s answers and settings', () => {
  it('round-trips the answers and the reminder days into a new register: same hidden items, same file', async () => {
    const { core, dir } = await register();
    const before = await answers(core);
    expect(before.dismissed.map((d) => d.dismissal?.mode).sort()).toEqual(['notRelevant', 'snooze']);
    expect(before.settings.sentAgreementDays).toBe(45);

    const first = await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') });
    expect(first!.counts).toMatchObject({ attentionDismissals: 2, attentionSettings: 1 });
    await ok(core, 'portable.import', { source: first!.path, target: path.join(dir, 'in.forteckna') });
    expect((await ok(core, 'register.current', {}))?.path).toBe(path.join(dir, 'in.forteckna'));
    expect(await answers(core)).toEqual(before);
    const second = await ok(core, 'portable.export', { path: path.join(dir, 'ut-2.json') });
    expect(withoutTimestamp(second!.path)).toBe(withoutTimestamp(first!.path));
  });

  it('refuses answers and settings the app could not have saved', async () => {
    const { core, dir } = await register();
    const doc = readJson((await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') }))!.path);
    doc.tables.attentionDismissals![0]!.itemKey = 'x'.repeat(201);
    doc.tables.attentionSettings![0]!.sentAgreementDays = 0;
    const result = await call(core, 'portable.import', { source: writeJson(dir, 'fel.json', doc), target: path.join(dir, 'x.forteckna') });
    expect(result.ok).toBe(false);
    const problems = (!result.ok && (result.error.details as { problems: { path: string }[] }).problems.map((p) => p.path)) || [];
    expect(problems).toEqual(
      expect.arrayContaining(['$.tables.attentionDismissals[0].itemKey', '$.tables.attentionSettings[0].sentAgreementDays']),
    );
  });

  it('imports a file from schema 9: no answers, and the default reminder days', async () => {
    const { core, dir } = await register();
    const doc = readJson((await ok(core, 'portable.export', { path: path.join(dir, 'ut.json') }))!.path);
    const v9 = new Set(describeTablesAtVersion(9).map((t) => t.key));
    const older = { ...doc, schemaVersion: 9, tables: Object.fromEntries(Object.entries(doc.tables).filter(([key]) => v9.has(key))) };
    expect(Object.keys(older.tables)).not.toContain('attentionDismissals');
    expect(Object.keys(older.tables)).toContain('dsrRequests');
    await ok(core, 'portable.import', { source: writeJson(dir, 'v9.json', older), target: path.join(dir, 'v9.forteckna') });
    expect((await ok(core, 'register.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const after = await answers(core);
    expect(after.dismissed).toEqual([]);
    expect(after.settings.sentAgreementDays).toBe(30);
    // The items the answers hid are back.
    expect(after.active.filter((k) => k.startsWith('request.deadline') || k.startsWith('breach.clock'))).toHaveLength(2);
  });
});
