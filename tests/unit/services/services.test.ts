import { describe, expect, it } from 'vitest';
import { call, ok } from '../helpers';
import { serviceRegister, subscribe } from './fixture';

describe('services', () => {
  it('creates a service and reads it back with terms, sub-processors, systems and the retention rule resolved', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    expect(s).toMatchObject({
      revision: 1,
      name: 'Backup',
      nature: ['storage', 'retrieval', 'erasure'],
      endOfContractAction: 'return_then_delete',
      retentionRuleId: r.rule.id,
      retentionRuleName: 'Säkerhetskopior',
      subscriberCount: 0,
      status: 'active',
    });
    expect(s.processingTerms.map((t) => t.labelSv)).toEqual(['Säkerhetskopiering']);
    expect(s.personalDataTerms.map((t) => t.labelSv)).toEqual(['Namn och titel', 'Innehåll i e-post och filer']);
    expect(s.dataSubjectTerms.map((t) => t.labelSv)).toEqual(['Kunders användare och anställda']);
    // Sub-processors in Swedish order, with country and transfer tool.
    expect(s.subprocessors).toEqual([
      {
        id: r.se.id,
        name: 'Mälardalens Datacenter AB',
        country: 'SE',
        transferMechanism: 'none_eea',
        locationKind: 'country',
        regionName: '',
        regionInEea: true,
      },
      {
        id: r.de.id,
        name: 'Sicherung GmbH',
        country: 'DE',
        transferMechanism: 'none_eea',
        locationKind: 'country',
        regionName: '',
        regionInEea: true,
      },
    ]);
    expect(s.systems).toEqual([{ id: r.system.id, name: 'Backup-lagring' }]);
    expect(s.completeness).toEqual({ score: 100, missing: [] });
    expect(await ok(r.core, 'services.get', { id: s.id })).toEqual(s);
  });

  it('refuses terms of the wrong kind and records that do not exist, naming the field', async () => {
    const r = await serviceRegister();
    // The issue names the field and, in params.id, the id that is wrong.
    const cases: [Partial<typeof r.backup>, string, number][] = [
      [{ processingTermIds: [r.term('personal_data', 'identity')] }, 'processingTermIds', r.term('personal_data', 'identity')],
      [
        { personalDataTermIds: [r.term('personal_data', 'identity'), r.term('data_subject', 'employee')] },
        'personalDataTermIds',
        r.term('data_subject', 'employee'),
      ],
      [{ dataSubjectTermIds: [999_999] }, 'dataSubjectTermIds', 999_999],
      [{ subprocessorIds: [r.se.id, 999_998] }, 'subprocessorIds', 999_998],
      [{ systemIds: [999_997] }, 'systemIds', 999_997],
      [{ measureIds: [999_996] }, 'measureIds', 999_996],
      [{ retentionRuleId: 999_995 }, 'retentionRuleId', 999_995],
    ];
    for (const [patch, path, id] of cases) {
      const result = await call(r.core, 'services.create', { ...r.backup, ...patch });
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues?.map((i) => [i.path.join('.'), i.message, i.params?.id])).toEqual([[path, 'v.unknownReference', id]]);
    }
    expect(await ok(r.core, 'services.list', {})).toEqual([]);
  });

  it('refuses a second service with the same name, ignoring case', async () => {
    const r = await serviceRegister();
    await ok(r.core, 'services.create', r.backup);
    const twin = await call(r.core, 'services.create', { ...r.backup, name: ' BACKUP ' });
    expect(!twin.ok && twin.error.issues?.[0]).toMatchObject({ path: ['name'], message: 'v.service.duplicateName' });
  });

  it('shows what is missing: no measures implemented, no terms, no retention', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', {
      ...r.backup,
      name: 'Hosting',
      purpose: '',
      dataSubjectTermIds: [],
      measureIds: [r.measure('TECH_PENTEST').id], // planned, not implemented
      retentionRuleId: null,
    });
    expect(s.completeness.missing.map((m) => m.field)).toEqual(['purpose', 'dataSubjectTermIds', 'measureIds', 'retentionRuleId']);
    expect(s.completeness.score).toBe(55.5);
  });

  it('replaces the linked rows on update and refuses a stale revision with CONFLICT', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const updated = await ok(r.core, 'services.update', {
      id: s.id,
      revision: s.revision,
      fields: { ...r.backup, subprocessorIds: [r.us.id], systemIds: [], personalDataTermIds: [r.term('personal_data', 'log_data')] },
    });
    expect(updated.revision).toBe(2);
    expect(updated.subprocessors.map((x) => x.name)).toEqual(['Remote Watch Inc.']);
    expect(updated.systems).toEqual([]);
    expect(updated.personalDataTerms.map((t) => t.labelSv)).toEqual(['Loggar och inloggningshistorik']);

    const stale = await call(r.core, 'services.update', {
      id: s.id,
      revision: s.revision,
      fields: { ...r.backup, notes: 'Från fönster 2' },
    });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect((stale.error.details as { current: { revision: number; notes: string } }).current).toMatchObject({ revision: 2, notes: '' });
    expect((await ok(r.core, 'services.get', { id: s.id })).subprocessors.map((x) => x.name)).toEqual(['Remote Watch Inc.']);

    const missing = await call(r.core, 'services.update', { id: 4711, revision: 1, fields: r.backup });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('lists in Swedish order, searches without diacritics, and hides archived services unless asked', async () => {
    const r = await serviceRegister();
    for (const [name, status] of [
      ['Övervakning', 'active'],
      ['Drift', 'active'],
      ['Ärendehantering', 'archived'],
      ['Zebra-tjänst', 'active'],
    ] as const) {
      await ok(r.core, 'services.create', { ...r.backup, name, status });
    }
    expect((await ok(r.core, 'services.list', {})).map((s) => s.name)).toEqual(['Drift', 'Zebra-tjänst', 'Övervakning']);
    expect((await ok(r.core, 'services.list', { includeArchived: true })).map((s) => s.name)).toEqual([
      'Drift',
      'Zebra-tjänst',
      'Ärendehantering',
      'Övervakning',
    ]);
    expect((await ok(r.core, 'services.list', { query: 'overvak' })).map((s) => s.name)).toEqual(['Övervakning']);
    expect((await ok(r.core, 'services.list', { query: 'ÅTERSTÄLLA' })).length).toBe(3);
  });

  it('counts active subscribers and refuses deletion while subscriptions exist, even ended ones', async () => {
    const r = await serviceRegister();
    const s = await ok(r.core, 'services.create', r.backup);
    const a = await r.customer('Alfa AB');
    const b = await r.customer('Beta AB');
    await subscribe(r.core, a.id, s.id, '2025-01-01');
    const ended = await subscribe(r.core, b.id, s.id, '2024-01-01', '2025-06-30');
    expect((await ok(r.core, 'services.get', { id: s.id })).subscriberCount).toBe(1);

    const refused = await call(r.core, 'services.delete', { id: s.id, revision: s.revision });
    expect(!refused.ok && refused.error.code).toBe('IN_USE');
    expect(!refused.ok && refused.error.details).toMatchObject({ messageKey: 'e.inUse.service', params: { count: 2 } });

    for (const sub of await ok(r.core, 'subscriptions.list', { serviceId: s.id })) {
      if (sub.id !== ended.id) await ok(r.core, 'subscriptions.delete', { id: sub.id, revision: sub.revision });
    }
    expect((await call(r.core, 'services.delete', { id: s.id, revision: s.revision })).ok).toBe(false);
    await ok(r.core, 'subscriptions.delete', { id: ended.id, revision: ended.revision });
    const stale = await call(r.core, 'services.delete', { id: s.id, revision: s.revision + 1 });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    expect(await ok(r.core, 'services.delete', { id: s.id, revision: s.revision })).toEqual({ id: s.id });
    expect((await call(r.core, 'services.get', { id: s.id })).ok).toBe(false);
  });
});
