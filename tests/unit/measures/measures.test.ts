import { describe, expect, it } from 'vitest';
import { measuresService } from '../../../electron/core/measures/measures.service';
import { call, coreWithRegister, ok } from '../helpers';
import { blankActivity, blankService, newSession } from '../vocabularies/fixtures';

const userMeasure = {
  category: 'technical' as const,
  labelSv: 'Krypterade USB-minnen',
  labelEn: 'Encrypted USB drives',
  status: 'implemented' as const,
  note: 'Alla konsulter har krypterade minnen.',
};

type TestCore = Awaited<ReturnType<typeof coreWithRegister>>['core'];
const byCode = async (core: TestCore, code: string) => (await ok(core, 'securityMeasures.list', {})).find((m) => m.code === code)!;

describe('security measures', () => {
  it('records status and note on a built-in measure, keeping its code', async () => {
    const { core } = await coreWithRegister();
    const mfa = await byCode(core, 'TECH_MFA');
    expect(mfa).toMatchObject({ status: 'planned', builtin: true, note: '', usedBy: { activities: 0, services: 0 } });
    const updated = await ok(core, 'securityMeasures.update', {
      id: mfa.id,
      revision: mfa.revision,
      fields: {
        category: 'technical',
        labelSv: mfa.labelSv,
        labelEn: mfa.labelEn,
        status: 'implemented',
        note: 'Microsoft Entra ID, krävs för alla.',
      },
    });
    expect(updated).toMatchObject({
      code: 'TECH_MFA',
      status: 'implemented',
      note: 'Microsoft Entra ID, krävs för alla.',
      revision: mfa.revision + 1,
    });
  });

  it('adds a user measure at the end of its category and keeps category order in the list', async () => {
    const { core } = await coreWithRegister();
    const created = await ok(core, 'securityMeasures.create', userMeasure);
    expect(created).toMatchObject({ code: null, builtin: false, status: 'implemented', revision: 1 });
    const list = await ok(core, 'securityMeasures.list', {});
    const technical = list.filter((m) => m.category === 'technical');
    expect(technical[technical.length - 1]!.id).toBe(created.id);
    expect(list.findIndex((m) => m.id === created.id)).toBeLessThan(list.findIndex((m) => m.category === 'physical'));
  });

  it('validates with field paths and refuses moving a built-in to another category', async () => {
    const { core } = await coreWithRegister();
    const bad = await call(core, 'securityMeasures.create', { ...userMeasure, labelSv: '', note: 'x'.repeat(5001) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.issues).toEqual([
        { path: ['labelSv'], message: 'v.required' },
        { path: ['note'], message: 'v.tooLong', params: { max: 5000 } },
      ]);
    }
    const policy = await byCode(core, 'ORG_POLICY');
    const moved = await call(core, 'securityMeasures.update', {
      id: policy.id,
      revision: policy.revision,
      fields: { category: 'technical', labelSv: policy.labelSv, labelEn: policy.labelEn, status: 'implemented', note: '' },
    });
    expect(moved.ok || moved.error.issues).toEqual([{ path: ['category'], message: 'v.measure.builtinCategory' }]);
  });

  it('refuses a stale update with CONFLICT and the current measure', async () => {
    const { core } = await coreWithRegister();
    const m = await ok(core, 'securityMeasures.create', userMeasure);
    await ok(core, 'securityMeasures.update', { id: m.id, revision: m.revision, fields: { ...userMeasure, status: 'planned' } });
    const stale = await call(core, 'securityMeasures.update', { id: m.id, revision: m.revision, fields: { ...userMeasure, note: 'Ny' } });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect((stale.error.details as { current: { status: string } }).current.status).toBe('planned');
  });

  it('deletes an unused user measure; refuses built-in and linked ones', async () => {
    const { core } = await coreWithRegister();
    const spare = await ok(core, 'securityMeasures.create', userMeasure);
    expect(await ok(core, 'securityMeasures.delete', { id: spare.id, revision: spare.revision })).toEqual({ id: spare.id });

    const builtin = await byCode(core, 'PHYS_ACCESS');
    const refusedBuiltin = await call(core, 'securityMeasures.delete', { id: builtin.id, revision: builtin.revision });
    expect(refusedBuiltin.ok || refusedBuiltin.error.details).toMatchObject({ messageKey: 'e.inUse.measureBuiltin' });

    const linked = await ok(core, 'securityMeasures.create', userMeasure);
    await ok(core, 'services.create', { ...blankService, measureIds: [linked.id] });
    await ok(core, 'activities.create', { ...blankActivity, measureIds: [linked.id] });
    await ok(core, 'activities.create', { ...blankActivity, name: 'Fakturering', measureIds: [linked.id] });
    const current = (await ok(core, 'securityMeasures.list', {})).find((m) => m.id === linked.id)!;
    expect(current.usedBy).toEqual({ activities: 2, services: 1 });
    const refused = await call(core, 'securityMeasures.delete', { id: current.id, revision: current.revision });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('IN_USE');
    expect(refused.error.details).toMatchObject({ messageKey: 'e.inUse.measure', params: { activities: 2, services: 1 } });
  });

  it('summarises implemented and planned measures per category for the annex', async () => {
    const { core } = await coreWithRegister();
    const before = await ok(core, 'securityMeasures.summary', {});
    expect(before.counts).toEqual({ implemented: 0, planned: 49, notApplicable: 0 });
    expect(before.categories.map((c) => c.category)).toEqual(['organisational', 'technical', 'physical']);

    const backup = await byCode(core, 'TECH_BACKUP');
    await ok(core, 'securityMeasures.update', {
      id: backup.id,
      revision: backup.revision,
      fields: { category: 'technical', labelSv: backup.labelSv, labelEn: backup.labelEn, status: 'implemented', note: 'Veeam, dagligen' },
    });
    const site = await byCode(core, 'PHYS_CUSTOMER_SITE');
    await ok(core, 'securityMeasures.update', {
      id: site.id,
      revision: site.revision,
      fields: { category: 'physical', labelSv: site.labelSv, labelEn: site.labelEn, status: 'not_applicable', note: '' },
    });
    const after = await ok(core, 'securityMeasures.summary', {});
    expect(after.counts).toEqual({ implemented: 1, planned: 47, notApplicable: 1 });
    const technical = after.categories.find((c) => c.category === 'technical')!;
    expect(technical.implemented).toEqual([
      { id: backup.id, labelSv: backup.labelSv, labelEn: backup.labelEn, note: 'Veeam, dagligen', noteEn: '' },
    ]);
    expect(technical.planned.some((m) => m.id === backup.id)).toBe(false);
    const physical = after.categories.find((c) => c.category === 'physical')!;
    expect(physical.planned.some((m) => m.id === site.id)).toBe(false);
    expect(physical.implemented).toEqual([]);
  });

  it('gives other features measures by id and checks that ids exist', () => {
    const measures = newSession().use(measuresService);
    const [policy, mfa] = [measures.list().find((m) => m.code === 'ORG_POLICY')!, measures.list().find((m) => m.code === 'TECH_MFA')!];
    expect(measures.byIds([mfa.id, policy.id, 9999]).map((m) => m.code)).toEqual(['ORG_POLICY', 'TECH_MFA']);
    expect(() => measures.assertExist([policy.id, mfa.id], ['measureIds'])).not.toThrow();
    expect(() => measures.assertExist([policy.id, 9999], ['measureIds'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [{ path: ['measureIds'], message: 'v.unknownReference', params: { id: 9999 } }],
      }),
    );
  });
});
