import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { EventPayload, ImportOpened, ImportPreviewRow, SheetMapping } from '../../../shared/contract';
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
