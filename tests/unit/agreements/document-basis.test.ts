// The basis hash: what the annexes are built from. It must move when the processing, the
// sub-processors or the measures behind a customer's agreement change, and only then.
import { describe, expect, it, onTestFinished } from 'vitest';
import { agreementBasis, renderAgreement } from '../../../electron/core/agreements/agreement.view';
import { ok } from '../helpers';
import { serviceRegister, subscribe } from '../services/fixture';
import { fixedOptions, sessionOn } from './document-fixture';

async function register() {
  const r = await serviceRegister();
  const file = (await ok(r.core, 'register.current', {}))!.path;
  const backup = await ok(r.core, 'services.create', r.backup);
  const alfa = await r.customer('Alfa AB');
  const beta = await r.customer('Beta AB');
  await subscribe(r.core, alfa.id, backup.id);
  await subscribe(r.core, beta.id, backup.id);
  const session = sessionOn(file);
  onTestFinished(() => session.close());
  const hash = (customerId: number) => agreementBasis(session, customerId).hash;
  return { ...r, session, backup, alfa, beta, hash };
}

describe('agreement basis', () => {
  it('is a SHA-256 hex digest, the one the rendered document reports, in either language', async () => {
    const { session, alfa, hash } = await register();
    expect(hash(alfa.id)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash(alfa.id)).toBe(hash(alfa.id));
    for (const lang of ['sv', 'en'] as const) {
      expect((await renderAgreement(session, fixedOptions(alfa.id, lang))).basisHash).toBe(hash(alfa.id));
    }
  });

  it('stays when nothing the annexes show has changed, including the customer’s own details', async () => {
    const { core, alfa, beta, hash } = await register();
    const before = hash(alfa.id);
    // Two customers with the same services have the same annexes.
    expect(hash(beta.id)).toBe(before);
    const current = await ok(core, 'customers.get', { id: alfa.id });
    const { id: _id, revision, archivedAt: _a, createdAt: _c, updatedAt: _u, ...fields } = current;
    await ok(core, 'customers.update', { id: alfa.id, revision, fields: { ...fields, name: 'Alfa Nytt Namn AB', notes: 'Ny anteckning' } });
    expect(hash(alfa.id)).toBe(before);
  });

  it('changes with the processing of a subscribed service', async () => {
    const { core, backup, alfa, hash } = await register();
    const before = hash(alfa.id);
    await ok(core, 'services.update', {
      id: backup.id,
      revision: backup.revision,
      fields: { ...serviceFieldsOf(backup), purpose: 'Ett nytt ändamål' },
    });
    expect(hash(alfa.id)).not.toBe(before);
  });

  it('changes with a sub-processor the customer’s services use, not with one they do not', async () => {
    const { core, se, us, alfa, hash } = await register();
    const before = hash(alfa.id);
    const {
      id: _i,
      revision: _r,
      thirdCountry: _t,
      warnings: _w,
      services: _s,
      systems: _y,
      customerCount: _c,
      updatedAt: _u,
      ...unused
    } = us;
    await ok(core, 'subprocessors.update', { id: us.id, revision: us.revision, fields: { ...unused, processingLocations: 'Virginia' } });
    expect(hash(alfa.id)).toBe(before);
    const {
      id: _i2,
      revision: _r2,
      thirdCountry: _t2,
      warnings: _w2,
      services: _s2,
      systems: _y2,
      customerCount: _c2,
      updatedAt: _u2,
      ...used
    } = se;
    await ok(core, 'subprocessors.update', {
      id: se.id,
      revision: se.revision,
      fields: { ...used, processingLocations: 'Västerås och Stockholm' },
    });
    expect(hash(alfa.id)).not.toBe(before);
  });

  it('changes with a linked security measure and with a new subscription', async () => {
    const r = await register();
    const { core, alfa, beta, hash } = r;
    const before = hash(alfa.id);
    const current = (await ok(core, 'securityMeasures.list', {})).find((x) => x.code === 'TECH_BACKUP')!;
    await ok(core, 'securityMeasures.update', {
      id: current.id,
      revision: current.revision,
      fields: {
        category: current.category,
        labelSv: current.labelSv,
        labelEn: current.labelEn,
        status: 'implemented',
        note: 'Dagliga kopior',
      },
    });
    const afterMeasure = hash(alfa.id);
    expect(afterMeasure).not.toBe(before);

    const other = await ok(core, 'services.create', { ...r.backup, name: 'Hosting' });
    await subscribe(core, beta.id, other.id);
    expect(hash(alfa.id)).toBe(afterMeasure);
    expect(hash(beta.id)).not.toBe(afterMeasure);
  });
});

/** The editable fields of a service as the contract returns it. */
function serviceFieldsOf(s: Awaited<ReturnType<typeof register>>['backup']) {
  return {
    name: s.name,
    subjectMatter: s.subjectMatter,
    purpose: s.purpose,
    nature: s.nature,
    processingTermIds: s.processingTerms.map((t) => t.id),
    personalDataTermIds: s.personalDataTerms.map((t) => t.id),
    dataSubjectTermIds: s.dataSubjectTerms.map((t) => t.id),
    specialCategories: s.specialCategories,
    subprocessorIds: s.subprocessors.map((x) => x.id),
    systemIds: s.systems.map((x) => x.id),
    measureIds: s.measureIds,
    endOfContractAction: s.endOfContractAction,
    retentionRuleId: s.retentionRuleId,
    status: s.status,
    notes: s.notes,
  };
}
