import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAUSES } from '../../../electron/core/agreements/default-clauses';
import { call, ok } from '../helpers';
import { agreementRegister, firstIssue } from './fixture';

const ownClause = {
  titleSv: 'Försäkring',
  bodySv: '{{processor.name}} har en ansvarsförsäkring.',
  titleEn: 'Insurance',
  bodyEn: '{{processor.name}} holds liability insurance.',
};

describe('the clause template', () => {
  it('starts as the defaults and is versioned through edit, add, move, delete and reset', async () => {
    const r = await agreementRegister();
    const t1 = await ok(r.core, 'agreementTemplate.get', {});
    expect(t1).toMatchObject({ version: 1, isDefault: true });
    expect(t1.clauses.map((c) => c.code)).toEqual(DEFAULT_CLAUSES.map((c) => c.code));
    expect(t1.clauses.map((c) => c.position)).toEqual(DEFAULT_CLAUSES.map((_, i) => i));
    expect(t1.clauses.every((c) => c.unknownPlaceholders.length === 0)).toBe(true);
    expect(t1.placeholders.map((p) => p.name)).toContain('controller.name');
    // Reading again copies nothing more.
    expect((await ok(r.core, 'agreementTemplate.get', {})).version).toBe(1);

    const first = t1.clauses[0]!;
    const t2 = await ok(r.core, 'agreementTemplate.saveClause', {
      id: first.id,
      revision: first.revision,
      fields: { ...first, bodySv: `${first.bodySv}\n\nTillägg.` },
    });
    expect(t2).toMatchObject({ version: 2, isDefault: false });
    expect(t2.clauses[0]!.bodySv.endsWith('Tillägg.')).toBe(true);

    const t3 = await ok(r.core, 'agreementTemplate.saveClause', { fields: ownClause });
    const added = t3.clauses.at(-1)!;
    expect(added).toMatchObject({ ...ownClause, code: null, position: DEFAULT_CLAUSES.length });
    expect(t3.version).toBe(3);

    const t4 = await ok(r.core, 'agreementTemplate.moveClause', { id: added.id, revision: added.revision, position: 1 });
    expect(t4.clauses.map((c) => c.titleSv).slice(0, 3)).toEqual([first.titleSv, 'Försäkring', t1.clauses[1]!.titleSv]);
    expect(t4.clauses.map((c) => c.position)).toEqual(t4.clauses.map((_, i) => i));
    expect(t4.version).toBe(4);

    // A generated agreement records the version it used.
    const c = await r.subscribed('Alfa AB');
    expect((await r.generate(c.id)).templateVersion).toBe(4);

    const moved = t4.clauses[1]!;
    const t5 = await ok(r.core, 'agreementTemplate.deleteClause', { id: moved.id, revision: moved.revision });
    expect(t5.clauses.map((c) => c.titleSv)).not.toContain('Försäkring');
    expect(t5.clauses.map((c) => c.position)).toEqual(t5.clauses.map((_, i) => i));
    const staleDelete = await call(r.core, 'agreementTemplate.deleteClause', { id: t5.clauses[0]!.id, revision: first.revision });
    expect(staleDelete.ok ? 'ok' : staleDelete.error.code).toBe('CONFLICT');

    const staleReset = await call(r.core, 'agreementTemplate.reset', { revision: t1.revision });
    expect(staleReset.ok ? 'ok' : staleReset.error.code).toBe('CONFLICT');
    const t6 = await ok(r.core, 'agreementTemplate.reset', { revision: t5.revision });
    expect(t6).toMatchObject({ isDefault: true, version: 6 });
    expect(t6.clauses.map((c) => c.bodySv)).toEqual(DEFAULT_CLAUSES.map((c) => c.bodySv));
    expect((await r.generate(c.id)).templateVersion).toBe(6);
  });

  it('refuses unknown placeholders with the names, on the field that has them', async () => {
    const r = await agreementRegister();
    const t = await ok(r.core, 'agreementTemplate.get', {});
    const result = await call(r.core, 'agreementTemplate.saveClause', {
      fields: { ...ownClause, bodySv: 'Hej {{kund.namn}} och {{ processor.name }}', bodyEn: 'Hi {{customer}}' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues).toEqual([
        { path: ['bodySv'], message: 'v.placeholder.unknown', params: { names: 'kund.namn' } },
        { path: ['bodyEn'], message: 'v.placeholder.unknown', params: { names: 'customer' } },
      ]);
    }
    // Nothing was saved.
    expect((await ok(r.core, 'agreementTemplate.get', {})).version).toBe(t.version);
    const missingRevision = await call(r.core, 'agreementTemplate.saveClause', { id: t.clauses[0]!.id, fields: ownClause });
    expect(firstIssue(missingRevision)).toBe('revision: v.required');
  });
});
