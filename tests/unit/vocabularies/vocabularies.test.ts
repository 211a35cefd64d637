import { describe, expect, it } from 'vitest';
import { vocabulariesService } from '../../../electron/core/vocabularies/vocabularies.service';
import { call, coreWithRegister, ok } from '../helpers';
import { blankActivity, blankService, newSession } from './fixtures';

const userTerm = { kind: 'data_subject' as const, labelSv: 'Styrelseledamöter', labelEn: 'Board members', flag: 'none' as const };

async function termByCode(
  core: Awaited<ReturnType<typeof coreWithRegister>>['core'],
  kind: 'data_subject' | 'personal_data' | 'recipient' | 'processing',
  code: string,
) {
  const term = (await ok(core, 'vocabularies.list', { kind })).find((t) => t.code === code);
  if (!term) throw new Error(`no built-in ${kind}/${code}`);
  return term;
}

describe('vocabularies', () => {
  it('lists the built-in terms of a new register per kind, in order, with their flags', async () => {
    const { core } = await coreWithRegister();
    const subjects = await ok(core, 'vocabularies.list', { kind: 'data_subject' });
    expect(subjects[0]).toMatchObject({ code: 'customer_contact', labelSv: 'Kunders kontaktpersoner', builtin: true, usageCount: 0 });
    expect(subjects.map((t) => t.code)).toContain('job_applicant');
    expect(subjects.every((t) => t.kind === 'data_subject')).toBe(true);

    const data = await ok(core, 'vocabularies.list', { kind: 'personal_data' });
    const flags = Object.fromEntries(data.filter((t) => t.flag !== 'none').map((t) => [t.code, t.flag]));
    expect(flags).toEqual({ personnummer: 'personnummer', special_category: 'special', criminal_offence: 'criminal' });

    const processing = (await ok(core, 'vocabularies.list', { kind: 'processing' })).map((t) => t.labelSv);
    expect(processing).toEqual(expect.arrayContaining(['Säkerhetskopiering', 'Fjärrsupport', 'Enhetshantering (MDM)']));
    const recipients = (await ok(core, 'vocabularies.list', { kind: 'recipient' })).map((t) => t.code);
    expect(recipients).toEqual(expect.arrayContaining(['public_authority', 'auditor_accountant', 'subprocessor']));

    const all = await ok(core, 'vocabularies.list', {});
    expect(all.length).toBe(subjects.length + data.length + processing.length + recipients.length);
    expect(all[0]!.kind).toBe('data_subject');
    expect(all[all.length - 1]!.kind).toBe('processing');
  });

  it('creates user terms after the last one, and archived terms are hidden unless asked for', async () => {
    const { core } = await coreWithRegister();
    const created = await ok(core, 'vocabularies.create', userTerm);
    expect(created).toMatchObject({ code: null, builtin: false, revision: 1, archivedAt: null, labelSv: 'Styrelseledamöter' });
    const list = await ok(core, 'vocabularies.list', { kind: 'data_subject' });
    expect(list[list.length - 1]!.id).toBe(created.id);

    const archived = await ok(core, 'vocabularies.setArchived', { id: created.id, revision: created.revision, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await ok(core, 'vocabularies.list', { kind: 'data_subject' })).some((t) => t.id === created.id)).toBe(false);
    expect((await ok(core, 'vocabularies.list', { kind: 'data_subject', includeArchived: true })).some((t) => t.id === created.id)).toBe(
      true,
    );
    const restored = await ok(core, 'vocabularies.setArchived', { id: created.id, revision: archived.revision, archived: false });
    expect(restored.archivedAt).toBeNull();
  });

  it('validates with field paths: empty label, flag on a non-personal-data term', async () => {
    const { core } = await coreWithRegister();
    const empty = await call(core, 'vocabularies.create', { ...userTerm, labelSv: '  ' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.issues).toEqual([{ path: ['labelSv'], message: 'v.required' }]);

    const flagged = await call(core, 'vocabularies.create', { ...userTerm, flag: 'special' });
    expect(flagged.ok).toBe(false);
    if (!flagged.ok) expect(flagged.error.issues).toEqual([{ path: ['flag'], message: 'v.vocabulary.flagOnlyPersonalData' }]);

    const health = await ok(core, 'vocabularies.create', {
      kind: 'personal_data',
      labelSv: 'Sjukfrånvaro',
      labelEn: 'Sick leave',
      flag: 'special',
    });
    expect(health.flag).toBe('special');
  });

  it('relabels a built-in term but refuses to move it to another kind', async () => {
    const { core } = await coreWithRegister();
    const employee = await termByCode(core, 'data_subject', 'employee');
    const relabelled = await ok(core, 'vocabularies.update', {
      id: employee.id,
      revision: employee.revision,
      fields: { kind: 'data_subject', labelSv: 'Medarbetare', labelEn: 'Staff', flag: 'none' },
    });
    expect(relabelled).toMatchObject({ labelSv: 'Medarbetare', code: 'employee', builtin: true, revision: employee.revision + 1 });

    const moved = await call(core, 'vocabularies.update', {
      id: employee.id,
      revision: relabelled.revision,
      fields: { kind: 'recipient', labelSv: 'Medarbetare', labelEn: 'Staff', flag: 'none' },
    });
    expect(moved.ok).toBe(false);
    if (!moved.ok) {
      expect(moved.error.code).toBe('INVALID_INPUT');
      expect(moved.error.issues).toEqual([{ path: ['kind'], message: 'v.vocabulary.builtinKind' }]);
    }
  });

  it('moves an unused user term to another kind, placed last there', async () => {
    const { core } = await coreWithRegister();
    const t = await ok(core, 'vocabularies.create', userTerm);
    const moved = await ok(core, 'vocabularies.update', { id: t.id, revision: t.revision, fields: { ...userTerm, kind: 'recipient' } });
    expect(moved.kind).toBe('recipient');
    const recipients = await ok(core, 'vocabularies.list', { kind: 'recipient' });
    expect(recipients[recipients.length - 1]!.id).toBe(t.id);
  });

  it('refuses a stale update with CONFLICT carrying the current term', async () => {
    const { core } = await coreWithRegister();
    const t = await ok(core, 'vocabularies.create', userTerm);
    await ok(core, 'vocabularies.update', { id: t.id, revision: t.revision, fields: { ...userTerm, labelSv: 'Styrelsen' } });
    const stale = await call(core, 'vocabularies.update', {
      id: t.id,
      revision: t.revision,
      fields: { ...userTerm, labelSv: 'Ledningen' },
    });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect((stale.error.details as { current: { labelSv: string } }).current.labelSv).toBe('Styrelsen');
    const staleDelete = await call(core, 'vocabularies.delete', { id: t.id, revision: t.revision });
    expect(staleDelete.ok || staleDelete.error.code).toBe('CONFLICT');
    const missing = await call(core, 'vocabularies.delete', { id: 99999, revision: 1 });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
  });

  it('deletes an unused user term but never a built-in one', async () => {
    const { core } = await coreWithRegister();
    const t = await ok(core, 'vocabularies.create', userTerm);
    expect(await ok(core, 'vocabularies.delete', { id: t.id, revision: t.revision })).toEqual({ id: t.id });
    expect((await ok(core, 'vocabularies.list', { includeArchived: true })).some((x) => x.id === t.id)).toBe(false);

    const builtin = await termByCode(core, 'recipient', 'bank_payment');
    const refused = await call(core, 'vocabularies.delete', { id: builtin.id, revision: builtin.revision });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('IN_USE');
    expect(refused.error.details).toMatchObject({ messageKey: 'e.inUse.vocabularyBuiltin' });
    expect(refused.error.message).toMatch(/Built-in categories cannot be deleted/);
  });

  it('counts usage by services and activities, and refuses to delete or move a used term', async () => {
    const { core } = await coreWithRegister();
    const subjects = await ok(core, 'vocabularies.create', userTerm);
    const data = await ok(core, 'vocabularies.create', {
      kind: 'personal_data',
      labelSv: 'Fordonsdata',
      labelEn: 'Vehicle data',
      flag: 'none',
    });
    await ok(core, 'services.create', { ...blankService, dataSubjectTermIds: [subjects.id], personalDataTermIds: [data.id] });
    await ok(core, 'activities.create', { ...blankActivity, dataSubjectTermIds: [subjects.id] });

    const used = (await ok(core, 'vocabularies.list', { kind: 'data_subject' })).find((t) => t.id === subjects.id)!;
    expect(used.usageCount).toBe(2);
    const refused = await call(core, 'vocabularies.delete', { id: used.id, revision: used.revision });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('IN_USE');
      expect(refused.error.details).toMatchObject({ messageKey: 'e.inUse.vocabulary', params: { count: 2 } });
      expect(refused.error.message).toMatch(/used in 2 places/);
    }
    const moved = await call(core, 'vocabularies.update', {
      id: used.id,
      revision: used.revision,
      fields: { ...userTerm, kind: 'recipient' },
    });
    expect(moved.ok || moved.error.issues).toEqual([{ path: ['kind'], message: 'v.vocabulary.kindInUse' }]);

    // Archiving a used term is the way out: it stays on the service but is not offered any more.
    const archived = await ok(core, 'vocabularies.setArchived', { id: used.id, revision: used.revision, archived: true });
    expect(archived.usageCount).toBe(2);
  });

  it('gives other features terms by id and checks their kind', async () => {
    const vocab = newSession().use(vocabulariesService);
    const contact = vocab.list('data_subject').find((t) => t.code === 'customer_contact')!;
    const pnr = vocab.list('personal_data').find((t) => t.code === 'personnummer')!;
    expect(vocab.termsByIds([pnr.id, contact.id, pnr.id, 424242])).toEqual([
      {
        id: contact.id,
        kind: 'data_subject',
        code: 'customer_contact',
        labelSv: contact.labelSv,
        labelEn: contact.labelEn,
        flag: 'none',
        archived: false,
      },
      {
        id: pnr.id,
        kind: 'personal_data',
        code: 'personnummer',
        labelSv: pnr.labelSv,
        labelEn: pnr.labelEn,
        flag: 'personnummer',
        archived: false,
      },
    ]);
    expect(() => vocab.assertKind([contact.id], 'data_subject', ['dataSubjectTermIds'])).not.toThrow();
    expect(() => vocab.assertKind([contact.id, pnr.id], 'data_subject', ['dataSubjectTermIds'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [{ path: ['dataSubjectTermIds'], message: 'v.unknownReference', params: { id: pnr.id } }],
      }),
    );
    expect(() => vocab.assertKind([424242], 'data_subject', ['x'])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
