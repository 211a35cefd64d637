import { describe, expect, it } from 'vitest';
import { call, coreWithRegister, ok } from '../helpers';
import { draftActivity, fullActivity, seedRefs } from './fixtures';

const issuesOf = (result: { ok: boolean; error?: { code: string; issues?: { path: (string | number)[]; message: string }[] } }) => {
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe('INVALID_INPUT');
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};

describe('processing activities', () => {
  it('creates a full activity and reads every field and child row back', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    const fields = fullActivity(refs);
    const a = await ok(core, 'activities.create', fields);

    expect(a.revision).toBe(1);
    expect(a).toMatchObject({
      refNo: 'PA-01',
      name: fields.name,
      owner: 'Åsa Öberg, VD',
      status: 'active',
      personnummer: true,
      pnrJustification: 'clearly_justified_secure_id',
      dataSources: ['data_subject', 'public_register'],
      dpiaStatus: 'not_needed',
      dpiaCriteria: ['large_scale'],
      lastReviewedAt: '2026-01-10',
      nextReviewAt: '2027-01-10',
    });
    expect(a.purposes.map(({ id: _id, ...p }) => p)).toEqual(fields.purposes);
    expect(a.dataSubjectTermIds).toEqual(fields.dataSubjectTermIds);
    expect([...a.personalDataTermIds].sort()).toEqual([...fields.personalDataTermIds].sort());
    expect(a.dataSubjectTerms.map((t) => t.labelSv)).toEqual(['Kunders kontaktpersoner']);
    expect(a.personalDataTerms.find((t) => t.flag === 'personnummer')?.labelSv).toBe('Personnummer eller samordningsnummer');
    expect(a.recipients).toEqual([
      { ...fields.recipients[0], label: 'Egen personal med behörighet' },
      { ...fields.recipients[1], label: 'Fortnox AB' },
      { ...fields.recipients[2], label: 'Revisorn' },
    ]);
    expect(a.transfers).toEqual([{ country: 'US', recipient: 'Stödtjänst i USA', mechanism: 'adequacy_us_dpf', safeguards: '' }]);
    expect(a.systems).toEqual([{ id: refs.systemId, name: 'Ekonomisystem', nameEn: '' }]);
    expect(a.systemIds).toEqual([refs.systemId]);
    expect([...a.measureIds].sort()).toEqual([...refs.measureIds].sort());
    expect(a.retention).toEqual([
      {
        termId: null,
        retentionRuleId: refs.ruleId,
        ruleName: 'Kunduppgifter efter avslutat avtal',
        summarySv: refs.ruleSummary.sv,
        summaryEn: refs.ruleSummary.en,
      },
      {
        termId: refs.term('personal_data', 'personnummer'),
        retentionRuleId: refs.ruleId,
        ruleName: 'Kunduppgifter efter avslutat avtal',
        summarySv: refs.ruleSummary.sv,
        summaryEn: refs.ruleSummary.en,
      },
    ]);
    expect(a.retention[0]!.summarySv).not.toBe('');
    expect(a.completeness).toEqual({ score: 100, missing: [] });
    expect(await ok(core, 'activities.get', { id: a.id })).toEqual(a);

    // The links show on the other side too.
    expect((await ok(core, 'systems.get', { id: refs.systemId })).activities).toEqual([{ id: a.id, name: fields.name }]);
  });

  it('update replaces every child row; a stale revision is refused with CONFLICT and nothing changes', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    const fields = fullActivity(refs);
    const a = await ok(core, 'activities.create', fields);
    const changed = {
      ...fields,
      purposes: [{ description: 'Endast avtal', legalBasis: 'contract' as const, legalBasisDetail: '', liaText: '' }],
      recipients: [fields.recipients[2]!],
      transfers: [],
      systemIds: [],
      measureIds: [],
      retention: [{ termId: null, retentionRuleId: refs.ruleId }],
      personalDataTermIds: [refs.term('personal_data', 'identity')],
      personnummer: false,
      pnrJustification: null,
    };
    const b = await ok(core, 'activities.update', { id: a.id, revision: 1, fields: changed });
    expect(b.revision).toBe(2);
    expect(b.purposes.map((p) => p.description)).toEqual(['Endast avtal']);
    expect(b.recipients.map((r) => r.label)).toEqual(['Revisorn']);
    expect(b.transfers).toEqual([]);
    expect(b.systems).toEqual([]);
    expect(b.measureIds).toEqual([]);
    expect(b.retention).toHaveLength(1);
    expect(b.personalDataTermIds).toEqual([refs.term('personal_data', 'identity')]);
    // Security now rests on the summary alone, which is enough.
    expect(b.completeness.score).toBe(100);

    const stale = await call(core, 'activities.update', {
      id: a.id,
      revision: 1,
      fields: { ...fields, name: 'Skriven i ett annat fönster' },
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('CONFLICT');
      expect((stale.error.details as { current: { revision: number; name: string } }).current).toMatchObject({
        revision: 2,
        name: fields.name,
      });
    }
    expect((await ok(core, 'activities.get', { id: a.id })).purposes).toHaveLength(1);

    const missing = await call(core, 'activities.update', { id: 999, revision: 1, fields });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
  });

  it('reports validation problems at the field, including references that do not exist', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    const fields = fullActivity(refs);

    expect(
      issuesOf(await call(core, 'activities.create', { ...fields, name: ' ', purposes: [{ ...fields.purposes[0]!, description: '' }] })),
    ).toMatchObject({ name: 'v.required', 'purposes.0.description': 'v.required' });

    // A term of another kind is as wrong as one that does not exist.
    const identity = refs.term('personal_data', 'identity');
    expect(issuesOf(await call(core, 'activities.create', { ...fields, dataSubjectTermIds: [identity] }))).toEqual({
      dataSubjectTermIds: 'v.unknownReference',
    });
    expect(issuesOf(await call(core, 'activities.create', { ...fields, personalDataTermIds: [identity, 99999] }))).toEqual({
      personalDataTermIds: 'v.unknownReference',
    });
    expect(
      issuesOf(
        await call(core, 'activities.create', {
          ...fields,
          recipients: [fields.recipients[0]!, { kind: 'processor', termId: null, subprocessorId: 4242, name: '' }],
        }),
      ),
    ).toEqual({ 'recipients.1.subprocessorId': 'v.unknownReference' });
    expect(
      issuesOf(
        await call(core, 'activities.create', {
          ...fields,
          recipients: [{ kind: 'internal', termId: identity, subprocessorId: null, name: '' }],
        }),
      ),
    ).toEqual({ 'recipients.0.termId': 'v.unknownReference' });
    expect(
      issuesOf(
        await call(core, 'activities.create', {
          ...fields,
          recipients: [{ kind: 'external', termId: null, subprocessorId: null, name: ' ' }],
        }),
      ),
    ).toEqual({ 'recipients.0.name': 'v.required' });
    expect(issuesOf(await call(core, 'activities.create', { ...fields, systemIds: [refs.systemId, 777] }))).toEqual({
      systemIds: 'v.unknownReference',
    });
    expect(issuesOf(await call(core, 'activities.create', { ...fields, measureIds: [888] }))).toEqual({ measureIds: 'v.unknownReference' });
    expect(issuesOf(await call(core, 'activities.create', { ...fields, retention: [{ termId: null, retentionRuleId: 555 }] }))).toEqual({
      'retention.0.retentionRuleId': 'v.unknownReference',
    });
    expect(
      issuesOf(
        await call(core, 'activities.create', {
          ...fields,
          retention: [{ termId: refs.term('data_subject', 'employee'), retentionRuleId: refs.ruleId }],
        }),
      ),
    ).toEqual({ 'retention.0.termId': 'v.unknownReference' });
    expect(
      issuesOf(
        await call(core, 'activities.create', {
          ...fields,
          transfers: [{ country: 'USA', recipient: '', mechanism: 'bcr', safeguards: '' }],
        }),
      ),
    ).toEqual({
      'transfers.0.country': 'v.country',
    });

    expect((await ok(core, 'activities.list', {})).items).toEqual([]);
  });

  it('keeps a sub-processor link only on processor recipients and drops duplicate links', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    const a = await ok(
      core,
      'activities.create',
      draftActivity('Support', {
        recipients: [{ kind: 'external', termId: null, subprocessorId: refs.subprocessorId, name: 'Extern part' }],
        systemIds: [refs.systemId, refs.systemId],
        retention: [
          { termId: null, retentionRuleId: refs.ruleId },
          { termId: null, retentionRuleId: refs.ruleId },
        ],
      }),
    );
    expect(a.recipients).toEqual([{ kind: 'external', termId: null, subprocessorId: null, name: 'Extern part', label: 'Extern part' }]);
    expect(a.systemIds).toEqual([refs.systemId]);
    expect(a.retention).toHaveLength(1);
  });

  it('duplicates as a draft "(kopia)" with every child row and no ref no', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    const a = await ok(core, 'activities.create', fullActivity(refs));
    const copy = await ok(core, 'activities.duplicate', { id: a.id });
    expect(copy.id).not.toBe(a.id);
    expect(copy).toMatchObject({ name: 'Kund- och avtalsadministration (kopia)', refNo: '', status: 'draft', revision: 1 });
    const strip = (x: typeof a) => {
      const { id: _i, revision: _r, name: _n, refNo: _f, status: _s, createdAt: _c, updatedAt: _u, purposes, ...rest } = x;
      return { ...rest, purposes: purposes.map(({ id: _pid, ...p }) => p) };
    };
    expect(strip(copy)).toEqual(strip(a));
    // The copy is independent: changing it leaves the original alone.
    await ok(core, 'activities.update', { id: copy.id, revision: 1, fields: { ...fullActivity(refs), name: 'Kopian', purposes: [] } });
    expect((await ok(core, 'activities.get', { id: a.id })).purposes).toHaveLength(3);
    const missing = await call(core, 'activities.duplicate', { id: 12345 });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
  });

  it('archives and brings back; archived activities leave the list and the register score unless asked for', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    // Nothing to assess yet: no figure, not 0 %.
    expect((await ok(core, 'activities.list', {})).registerScore).toBeNull();
    const a = await ok(core, 'activities.create', fullActivity(refs));
    const d = await ok(core, 'activities.create', draftActivity('Rekrytering'));
    let list = await ok(core, 'activities.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['Kund- och avtalsadministration', 'Rekrytering']);
    // The register's figure: whole percent, rounded down.
    expect(list.registerScore).toBe(Math.floor((100 + d.completeness.score) / 2));

    const archived = await ok(core, 'activities.setArchived', { id: d.id, revision: d.revision, archived: true });
    expect(archived.status).toBe('archived');
    list = await ok(core, 'activities.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['Kund- och avtalsadministration']);
    expect(list.registerScore).toBe(100);
    expect((await ok(core, 'activities.list', { includeArchived: true })).items).toHaveLength(2);

    const back = await ok(core, 'activities.setArchived', { id: d.id, revision: archived.revision, archived: false });
    expect(back.status).toBe('active');
    const stale = await call(core, 'activities.setArchived', { id: d.id, revision: archived.revision, archived: true });
    expect(stale.ok || stale.error.code).toBe('CONFLICT');
    expect(a.status).toBe('active');
  });

  it('lists summaries with legal bases, purposes, next review and completeness, searchable without diacritics', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    await ok(core, 'activities.create', fullActivity(refs));
    await ok(core, 'activities.create', draftActivity('Övervakning av egen infrastruktur', { refNo: 'PA-07', owner: 'Driftchef' }));
    await ok(core, 'activities.create', draftActivity('Ärendehantering'));
    const { items } = await ok(core, 'activities.list', {});
    expect(items.map((i) => i.name)).toEqual(['Kund- och avtalsadministration', 'Ärendehantering', 'Övervakning av egen infrastruktur']);
    expect(items[0]).toMatchObject({
      refNo: 'PA-01',
      legalBases: ['contract', 'legal_obligation', 'legitimate_interests'],
      purposeCount: 3,
      nextReviewAt: '2027-01-10',
      completeness: { score: 100, missing: [] },
    });
    expect(items[1]!.completeness.missing.map((m) => m.message)).toContain('c.purposes');

    const names = async (query: string) => (await ok(core, 'activities.list', { query })).items.map((i) => i.name);
    expect(await names('overvakning')).toEqual(['Övervakning av egen infrastruktur']);
    expect(await names('ÄRENDE')).toEqual(['Ärendehantering']);
    expect(await names('pa-07')).toEqual(['Övervakning av egen infrastruktur']);
    expect(await names('oberg')).toEqual(['Kund- och avtalsadministration']); // owner
    expect(await names('bokforing')).toEqual(['Kund- och avtalsadministration']); // a purpose
    expect(await names('100%')).toEqual([]);
  });

  it('deletes with the current revision only, and a linked sub-processor cannot be deleted meanwhile', async () => {
    const { core } = await coreWithRegister();
    const refs = await seedRefs(core);
    const a = await ok(core, 'activities.create', fullActivity(refs));
    const sub = await ok(core, 'subprocessors.get', { id: refs.subprocessorId });
    const refused = await call(core, 'subprocessors.delete', { id: sub.id, revision: sub.revision });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('IN_USE');
      expect(refused.error.details).toMatchObject({
        messageKey: 'e.inUse.subprocessor',
        usedBy: [{ kind: 'activities', id: a.id }],
      });
    }

    const stale = await call(core, 'activities.delete', { id: a.id, revision: 7 });
    expect(stale.ok || stale.error.code).toBe('CONFLICT');
    expect(await ok(core, 'activities.delete', { id: a.id, revision: 1 })).toEqual({ id: a.id });
    expect((await ok(core, 'register.info', {})).counts).toMatchObject({ activities: 0, purposes: 0 });
    expect(await ok(core, 'subprocessors.delete', { id: sub.id, revision: sub.revision })).toEqual({ id: sub.id });
  });
});
