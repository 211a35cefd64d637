import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { customerFields, type EventPayload, type ImportOpened, type ImportPreviewRow, type SheetMapping } from '../../../shared/contract';
import { blankCustomer, call, coreWithRegister, ok, testCore } from '../helpers';

// The import end to end through the contract: open → preview → commit, on real files and registers.

async function exportSample(): Promise<{ file: string; core: Core }> {
  const { core, dir } = testCore();
  await ok(core, 'register.openSample', {});
  const written = await ok(core, 'workbook.export', { lang: 'sv', path: path.join(dir, 'register.xlsx') });
  return { file: written!.path, core };
}

async function openFile(core: Core, file: string, lang: 'sv' | 'en' = 'sv') {
  return (await ok(core, 'sheetImport.open', { path: file, lang })) as NonNullable<ImportOpened>;
}

async function allRows(core: Core, importId: string, show: 'all' | 'problems' = 'all'): Promise<ImportPreviewRow[]> {
  const out: ImportPreviewRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ok(core, 'sheetImport.rows', { importId, offset, limit: 500, show });
    out.push(...page.rows);
    if (out.length >= page.total) return out;
  }
}

const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'sv'));

function writeCsv(dir: string, name: string, text: string, encoding: BufferEncoding = 'utf8'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(text, encoding));
  return file;
}

describe('our own workbook', () => {
  it('is recognised, needs no mapping and brings back the same register into an empty one', async () => {
    const { file, core: source } = await exportSample();
    const { core } = await coreWithRegister();
    const opened = await openFile(core, file);
    expect(opened.ownWorkbook).toBe(true);
    expect(opened.omissions.join(' ')).toMatch(/PUB-avtal/);

    const preview = await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    const errors = (await allRows(core, opened.importId, 'problems')).flatMap((r) =>
      r.problems.filter((p) => p.severity === 'error').map((p) => `${p.sheet}!${p.column ?? ''}${p.row} ${p.message}`),
    );
    expect([...preview.fileProblems.map((p) => p.message), ...errors]).toEqual([]);
    expect(preview.errors).toBe(0);
    const result = await ok(core, 'sheetImport.commit', { importId: opened.importId });
    expect(result.changeId).not.toBeNull();

    // The same records by name, kind by kind.
    const [a, b] = [source, core];
    const customers = async (c: Core) => (await ok(c, 'customers.list', { includeArchived: true, limit: 1000 })).items;
    // Every customer comes back; its organisation number too, unless no sheet with that column
    // names it (no running subscription and no agreement: only its sites or devices name it).
    const named = new Set([
      ...(await ok(a, 'subscriptions.list', {})).filter((s) => s.active).map((s) => s.customerId),
      ...(await ok(a, 'agreements.list', {})).map((x) => x.customerId),
    ]);
    const expected = (await customers(a)).map((x) => `${x.name} ${named.has(x.id) ? x.orgNr : ''}`).sort();
    expect((await customers(b)).map((x) => `${x.name} ${x.orgNr}`).sort()).toEqual(expected);
    const activities = async (c: Core) => (await ok(c, 'activities.list', {})).items;
    expect(names(await activities(b))).toEqual(names(await activities(a)));
    expect(names(await ok(b, 'subprocessors.list', {}))).toEqual(names(await ok(a, 'subprocessors.list', {})));
    const serviceNames = async (c: Core) => names(await ok(c, 'services.list', {}));
    expect(await serviceNames(b)).toEqual(await serviceNames(a));
    // The processor register lists the subscriptions running on the day of the export: those come back.
    const pairs = async (c: Core, runningOnly: boolean) => {
      const services = new Map((await ok(c, 'services.list', {})).map((s) => [s.id, s.name]));
      const byId = new Map((await customers(c)).map((x) => [x.id, x.name]));
      return (await ok(c, 'subscriptions.list', {}))
        .filter((s) => s.active || !runningOnly)
        .map((s) => `${byId.get(s.customerId)} / ${services.get(s.serviceId)} ${s.startDate}–${s.endDate ?? ''}`)
        .sort();
    };
    expect(await pairs(b, false)).toEqual(await pairs(a, true));
    const rules = async (c: Core) => (await ok(c, 'retentionRules.list', {})).map((r) => r.nameSv).sort();
    expect(await rules(b)).toEqual(await rules(a));
    const devices = async (c: Core) =>
      (await ok(c, 'equipment.list', { limit: 1000 })).items.map((d) => `${d.customerName} ${d.serialNumber}`).sort();
    expect(await devices(b)).toEqual(await devices(a));
  });
});

describe('a foreign customer list', () => {
  it('maps Swedish headers, reads Windows-1252 with semicolons, and reports problems by row and column', async () => {
    const { core, dir } = await coreWithRegister();
    const csv = [
      'Kundnr;Kundnamn;Organisationsnummer;Ort;E-post',
      '1;Åkesson Bygg AB;556036-0793;Göteborg;info@akesson.se',
      '2;Östra Vård AB;556036-0794;Örebro;inte-en-adress',
      '3;Åkesson Bygg AB;556036-0793;Göteborg;',
    ].join('\r\n');
    const file = writeCsv(dir, 'kunder.csv', csv, 'latin1');
    const opened = await openFile(core, file);
    expect(opened.detected).toMatch(/Windows-1252/);
    const customers = opened.mappings.find((m) => m.target === 'customers')!;
    expect(customers.headerRow).toBe(1);
    expect(Object.values(customers.columns)).toContain('orgNr');

    const preview = await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    const rows = await allRows(core, opened.importId);
    expect(rows.map((r) => r.label)).toContain('Åkesson Bygg AB');
    const checksum = rows.find((r) => r.rows.includes(3))!;
    expect(checksum.problems.some((p) => p.column === 'C')).toBe(true);
    // The same organisation number twice: one customer, and the preview says so.
    const twice = rows.find((r) => r.rows.includes(4))!;
    expect(twice.rows).toEqual([2, 4]);
    expect(twice.problems.map((p) => p.message).join(' ')).toMatch(/Raderna 2, 4/);
    expect(preview.create.customers).toBeGreaterThanOrEqual(1);

    // Nothing is written before the commit.
    expect((await ok(core, 'customers.list', {})).items).toHaveLength(0);
    await ok(core, 'sheetImport.commit', { importId: opened.importId });
    expect((await ok(core, 'customers.list', {})).items.map((c) => c.name)).toContain('Åkesson Bygg AB');
  });

  it('remembers a corrected mapping for the next file of the same layout', async () => {
    const { core, dir } = await coreWithRegister();
    const file = writeCsv(dir, 'a.csv', 'Kundnamn;Anteckning\nAlfa AB;Ringer ofta\n');
    const opened = await openFile(core, file);
    const mapping: SheetMapping = { ...opened.mappings[0]!, target: 'customers', columns: { A: 'name', B: null } };
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: [mapping] });
    await ok(core, 'sheetImport.commit', { importId: opened.importId });

    const again = await openFile(core, writeCsv(dir, 'b.csv', 'Kundnamn;Anteckning\nBeta AB;Mejlar\n'));
    expect(again.remembered).toBe(true);
    // A CSV's sheet is named after its file.
    expect(again.mappings).toEqual([{ ...mapping, sheet: 'b' }]);
  });
});

describe('all or nothing', () => {
  it('writes nothing when the user cancels the commit, and nothing on a preview alone', async () => {
    const { file } = await exportSample();
    const { core } = await coreWithRegister();
    const before = (await ok(core, 'history.list', { limit: 1 })).rows[0]?.id;
    const opened = await openFile(core, file);
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    expect((await ok(core, 'customers.list', {})).items).toHaveLength(0);
    expect((await ok(core, 'history.list', { limit: 1 })).rows[0]?.id).toBe(before);

    const unsubscribe = core.subscribe((event, payload) => {
      if (event === 'task.progressed') void core.dispatch('tasks.cancel', { taskId: (payload as EventPayload<'task.progressed'>).taskId });
    });
    const cancelled = await call(core, 'sheetImport.commit', { importId: opened.importId });
    unsubscribe();
    expect(cancelled.ok ? null : cancelled.error.code).toBe('CANCELLED');
    expect((await ok(core, 'customers.list', {})).items).toHaveLength(0);
    expect((await ok(core, 'activities.list', {})).items).toHaveLength(0);
  });

  it('refuses a commit after the register changed since the preview', async () => {
    const { core, dir } = await coreWithRegister();
    const opened = await openFile(core, writeCsv(dir, 'k.csv', 'Kundnamn\nGamma AB\n'));
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    await ok(core, 'customers.create', { ...blankCustomer, name: 'Delta AB' });
    const result = await call(core, 'sheetImport.commit', { importId: opened.importId });
    expect(result.ok ? null : result.error.code).toBe('CONFLICT');
    expect((await ok(core, 'customers.list', {})).items.map((c) => c.name)).toEqual(['Delta AB']);
  });
});

describe('files that are not spreadsheets', () => {
  it('are refused with a message and no change', async () => {
    const { core, dir } = await coreWithRegister();
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, Buffer.alloc(4096, 7));
    const result = await call(core, 'sheetImport.open', { path: junk });
    expect(result.ok ? null : result.error.code).toBe('IMPORT_INVALID');
  });
});

const FIXTURES = path.resolve(__dirname, '../../fixtures/sheet-import');

describe('the fixtures', () => {
  it('report every kind of problem at its sheet, row and column, and import what they can', async () => {
    const { core } = await coreWithRegister();
    const opened = await openFile(core, path.join(FIXTURES, 'registerforteckning-sv.xlsx'));
    const sheet = opened.sheets.find((s) => s.name === 'Listor')!;
    expect(sheet.hidden).toBe(true);
    expect(opened.mappings.find((m) => m.sheet === 'Listor')!.target).toBeNull();
    const main = opened.mappings.find((m) => m.sheet === 'Registerförteckning')!;
    expect(main).toMatchObject({ target: 'activities', headerRow: 3 });
    expect(main.columns).toMatchObject({ A: 'name', B: 'purpose', C: 'legalBasis', L: 'lastReviewedAt' });

    const preview = await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    const problems = (await allRows(core, opened.importId)).flatMap((r) => r.problems.map((p) => ({ ...p, label: r.label })));
    const at = (cell: string) => problems.filter((p) => `${p.column ?? ''}${p.row}` === cell).map((p) => p.message);
    expect(at('L8').join(' ')).toMatch(/45713.*2025-02-25/); // an Excel serial number in a date column
    expect(at('K6').join(' ')).toMatch(/formel/); // a formula: its cached value is used
    expect(at('C10').join(' ')).toMatch(/Avtal eller intresse\?/); // an unknown legal basis
    expect(problems.find((p) => p.row === 13 && p.label === 'Webbplatsens kontaktformulär')).toBeDefined(); // no basis
    expect(problems.some((p) => /Raderna 5, 15/.test(p.message))).toBe(true); // the same name twice
    expect(preview.fileProblems.map((p) => p.message).join(' ')).toMatch(/Celler med formler: 1/);
    await ok(core, 'sheetImport.commit', { importId: opened.importId });

    // A missing basis still imports the activity, as a draft whose completeness shows the gap.
    const activities = (await ok(core, 'activities.list', {})).items;
    const form = activities.find((a) => a.name === 'Webbplatsens kontaktformulär')!;
    expect(form.status).toBe('draft');
    expect(activities.find((a) => a.name === 'Bokföring')).toBeDefined();
    expect(activities).toHaveLength(11); // 12 rows, two of them one activity
  });

  it('read the accounting program’s CSV: the check digit and the lost leading zero at their cells, = as text', async () => {
    const { core } = await coreWithRegister();
    const opened = await openFile(core, path.join(FIXTURES, 'kundlista-bokforing.csv'));
    expect(opened.detected).toBe('Windows-1252 (äldre Excel), semikolon');
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    const problems = (await allRows(core, opened.importId, 'problems')).flatMap((r) => r.problems);
    expect(problems.some((p) => p.severity === 'error' && p.column === 'C' && /kontrollsiffr/i.test(p.message))).toBe(true);
    expect(problems.some((p) => p.severity === 'warning' && p.column === 'C' && /nolla/i.test(p.message))).toBe(true);
    await ok(core, 'sheetImport.commit', { importId: opened.importId });
    const lovanger = (await ok(core, 'customers.list', { query: 'Lövånger' })).items[0]!;
    const full = await ok(core, 'customers.get', { id: lovanger.id });
    expect(full.contactPersons.map((c) => c.email).join(' ')).not.toMatch(/^=/);
  });
});

describe('all or nothing, to the last row', () => {
  it('writes nothing when the very last record fails while the import is written', async () => {
    const { file } = await exportSample();
    const { core } = await coreWithRegister();
    const opened = await openFile(core, file);
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    // Equipment is written last; the preview wrote it fine, the commit fails on its last device.
    const { equipmentTarget } = await import('../../../electron/core/sheet-import/targets/equipment');
    const devices = (await allRows(core, opened.importId)).filter((r) => r.target === 'equipment' && r.action === 'create').length;
    const write = equipmentTarget.write;
    let n = 0;
    equipmentTarget.write = (draft, existing, w) => {
      if (++n === devices) throw new Error('disk full at the last row');
      return write(draft, existing, w);
    };
    try {
      const result = await call(core, 'sheetImport.commit', { importId: opened.importId });
      expect(result.ok).toBe(false);
    } finally {
      equipmentTarget.write = write;
    }
    expect((await ok(core, 'customers.list', {})).items).toHaveLength(0);
    expect((await ok(core, 'equipment.list', {})).items).toHaveLength(0);
    expect((await ok(core, 'activities.list', {})).items).toHaveLength(0);
  });

  it('writes nothing when the user cancels the preview', async () => {
    const { file } = await exportSample();
    const { core } = await coreWithRegister();
    const opened = await openFile(core, file);
    const unsubscribe = core.subscribe((event, payload) => {
      if (event === 'task.progressed') void core.dispatch('tasks.cancel', { taskId: (payload as EventPayload<'task.progressed'>).taskId });
    });
    const cancelled = await call(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    unsubscribe();
    expect(cancelled.ok ? null : cancelled.error.code).toBe('CANCELLED');
    const commit = await call(core, 'sheetImport.commit', { importId: opened.importId });
    expect(commit.ok).toBe(false);
    expect((await ok(core, 'customers.list', {})).items).toHaveLength(0);
  });
});

describe('the reference register', () => {
  it('comes back through its own workbook with the same records, kind by kind', async () => {
    const { createReferenceFile } = await import('../../../electron/core/sample/reference-file');
    const { core: source, dir } = testCore();
    const file = path.join(dir, 'reference.forteckna');
    // The generator of the bench's 500-customer register, at 60 customers to keep the suite quick.
    await createReferenceFile(file, { customers: 60, seed: 1, now: new Date('2026-01-15T09:00:00Z') });
    await ok(source, 'register.open', { path: file });
    const workbook = (await ok(source, 'workbook.export', { path: path.join(dir, 'reference.xlsx') }))!.path;

    const { core } = await coreWithRegister();
    const opened = await openFile(core, workbook);
    const preview = await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    expect(preview.errors).toBe(0);
    await ok(core, 'sheetImport.commit', { importId: opened.importId });

    const count = async (c: Core) => ({
      customers: (await ok(c, 'customers.list', { includeArchived: true, limit: 1 })).total,
      activities: (await ok(c, 'activities.list', {})).items.length,
      subprocessors: (await ok(c, 'subprocessors.list', {})).length,
      retentionRules: (await ok(c, 'retentionRules.list', {})).length,
      sites: (
        await Promise.all(
          (await ok(c, 'customers.list', { includeArchived: true, limit: 1000 })).items.map((x) =>
            ok(c, 'sites.list', { customerId: x.id }),
          ),
        )
      ).flat().length,
      equipment: (await ok(c, 'equipment.list', { limit: 1 })).total,
    });
    const [a, b] = [await count(source), await count(core)];
    expect(b).toEqual(a);
    const running = async (c: Core, only: boolean) => (await ok(c, 'subscriptions.list', {})).filter((s) => s.active || !only).length;
    expect(await running(core, false)).toBe(await running(source, true));
    const serials = async (c: Core) => (await ok(c, 'equipment.list', { limit: 1000 })).items.map((d) => d.serialNumber).sort();
    expect(await serials(core)).toEqual(await serials(source));
  });
});

describe('taking an import back', () => {
  it('deletes what it created and gives changed records their earlier version, as one change', async () => {
    const { core, dir } = await coreWithRegister();
    const existing = await ok(core, 'customers.create', { ...blankCustomer, name: 'Alfa AB', notes: 'Före importen' });
    const file = writeCsv(dir, 'k.csv', 'Kundnamn;Anteckningar\nAlfa AB;Efter importen\nBeta AB;Ny kund\n');
    const opened = await openFile(core, file);
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    const result = await ok(core, 'sheetImport.commit', { importId: opened.importId });
    expect(result.created.customers).toBe(1);
    expect(result.updated.customers).toBe(1);
    expect((await ok(core, 'customers.get', { id: existing.id })).notes).toMatch(/Efter importen/);

    const undone = await ok(core, 'history.undoChange', { changeId: result.changeId! });
    expect(undone).toEqual({ removed: 1, restored: 1 });
    expect((await ok(core, 'customers.list', {})).items.map((c) => c.name)).toEqual(['Alfa AB']);
    expect((await ok(core, 'customers.get', { id: existing.id })).notes).toBe('Före importen');
    // Once taken back, the change's records have moved on: it cannot be taken back twice.
    const again = await call(core, 'history.undoChange', { changeId: result.changeId! });
    expect(again.ok ? null : again.error.code).toBe('INVALID_INPUT');
  });

  it('takes back the whole sample workbook, and is refused once an imported record was changed', async () => {
    const { file } = await exportSample();
    const { core } = await coreWithRegister();
    const before = {
      customers: (await ok(core, 'customers.list', {})).total,
      activities: (await ok(core, 'activities.list', {})).items.length,
    };
    const opened = await openFile(core, file);
    await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    const { changeId } = await ok(core, 'sheetImport.commit', { importId: opened.importId });

    const customer = (await ok(core, 'customers.list', {})).items[0]!;
    const full = await ok(core, 'customers.get', { id: customer.id });
    const { id, revision, ...fields } = full;
    await ok(core, 'customers.update', { id, revision, fields: { ...customerFields.parse({ ...fields }), notes: 'Ändrad efteråt' } });
    const refused = await call(core, 'history.undoChange', { changeId: changeId! });
    expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    expect((await ok(core, 'customers.list', {})).total).toBeGreaterThan(0);

    // A fresh import taken back at once leaves the register as it was.
    const { core: other } = await coreWithRegister();
    const reopened = await openFile(other, file);
    await ok(other, 'sheetImport.preview', { importId: reopened.importId, mappings: reopened.mappings });
    const second = await ok(other, 'sheetImport.commit', { importId: reopened.importId });
    await ok(other, 'history.undoChange', { changeId: second.changeId! });
    expect({
      customers: (await ok(other, 'customers.list', {})).total,
      activities: (await ok(other, 'activities.list', {})).items.length,
    }).toEqual(before);
    expect((await ok(other, 'equipment.list', {})).total).toBe(0);
    expect((await ok(other, 'subprocessors.list', {})).length).toBe(0);
    expect((await ok(other, 'history.verify', {})).ok).toBe(true);
  });
});

describe('two customers with the same name', () => {
  it('keep their own subscriptions: a row names its customer by organisation number where it can', async () => {
    const { core: source, dir } = testCore();
    await ok(source, 'register.openSample', {});
    const running = (await ok(source, 'subscriptions.list', {})).filter((s) => s.active);
    const [a, b] = [...new Set(running.map((s) => s.customerId))];
    const first = await ok(source, 'customers.get', { id: a! });
    const second = await ok(source, 'customers.get', { id: b! });
    const { id, revision, ...fields } = second;
    await ok(source, 'customers.update', { id, revision, fields: { ...customerFields.parse(fields), name: first.name } });
    const file = (await ok(source, 'workbook.export', { path: path.join(dir, 'twins.xlsx') }))!.path;

    const { core } = await coreWithRegister();
    const opened = await openFile(core, file);
    const preview = await ok(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
    expect(preview.errors).toBe(0);
    await ok(core, 'sheetImport.commit', { importId: opened.importId });
    const byOrgNr = async (c: Core) => {
      const orgNr = new Map((await ok(c, 'customers.list', { limit: 1000 })).items.map((x) => [x.id, x.orgNr]));
      const services = new Map((await ok(c, 'services.list', {})).map((s) => [s.id, s.name]));
      return (await ok(c, 'subscriptions.list', {}))
        .filter((s) => s.active)
        .map((s) => `${orgNr.get(s.customerId)} ${services.get(s.serviceId)}`)
        .sort();
    };
    expect(await byOrgNr(core)).toEqual(await byOrgNr(source));
  });
});
