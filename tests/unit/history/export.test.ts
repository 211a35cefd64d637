import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { blankCustomer, call, coreWithRegister, ok } from '../helpers';
import { column, readWorkbook } from '../workbook/read';

const SV_HEADERS = [
  'Händelse-nr',
  'Tidpunkt',
  'Användare',
  'Namn i appen',
  'Åtgärd',
  'Typ av post',
  'Post',
  'Fält',
  'Före',
  'Efter',
  'Metod',
  'Post-id',
  'Ändrings-id',
  'Hash',
];
const EN_HEADERS = [
  'Entry no.',
  'Time',
  'User',
  'Name in the app',
  'Action',
  'Type of record',
  'Record',
  'Field',
  'Before',
  'After',
  'Method',
  'Record id',
  'Change id',
  'Hash',
];

/** A customer created, then edited twice: its name once, its notes once. */
async function editedTwice(core: Core) {
  const created = await ok(core, 'customers.create', { ...blankCustomer, name: 'Åre Kund AB', notes: 'Första' });
  const renamed = await ok(core, 'customers.update', {
    id: created.id,
    revision: created.revision,
    fields: { ...blankCustomer, name: 'Åre Fjällkund AB', notes: 'Första' },
  });
  await ok(core, 'customers.update', {
    id: created.id,
    revision: renamed.revision,
    fields: { ...blankCustomer, name: 'Åre Fjällkund AB', notes: '=HYPERLINK("http://evil.example","klicka")' },
  });
  return created.id;
}

/** The CSV as rows of cells (the export quotes only what needs quoting). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('history.export', () => {
  it('writes XLSX with Swedish headers, one row per field change, both edits of a customer with before and after', async () => {
    const { core, dir } = await coreWithRegister();
    await editedTwice(core);
    const file = path.join(dir, 'historik.xlsx');
    const result = await ok(core, 'history.export', { format: 'xlsx', path: file });
    expect(result).toMatchObject({ path: file, bytes: fs.statSync(file).size });

    const [sheet, ...more] = await readWorkbook(file);
    expect(more).toHaveLength(0);
    expect(sheet!.name).toBe('Ändringshistorik');
    expect(sheet!.title).toMatch(/^Ändringshistorik – Test AB – exporterad 2026-11-22 – tider i svensk tid/);
    expect(sheet!.headers).toEqual(SV_HEADERS);
    expect(sheet!.rows).toHaveLength(result!.rows);

    const cells = sheet!.rows.map((r) => Object.fromEntries(SV_HEADERS.map((h, i) => [h, r[i]!.value])));
    const edits = cells.filter((c) => c['Åtgärd'] === 'Ändrad' && c['Typ av post'] === 'Kund');
    expect(edits.map((c) => [c['Fält'], c['Före'], c['Efter']])).toEqual([
      ['Namn', 'Åre Kund AB', 'Åre Fjällkund AB'],
      ['Anteckningar', 'Första', '=HYPERLINK("http://evil.example","klicka")'],
    ]);
    // Two separate changes, each its own entry with its own hash.
    expect(new Set(edits.map((c) => c['Händelse-nr'])).size).toBe(2);
    expect(edits.every((c) => /^[0-9a-f]{64}$/.test(String(c.Hash)))).toBe(true);
    expect(edits[0]!['Metod']).toBe('customers.update');
    // The creation lists what the customer was created with.
    const created = cells.filter((c) => c['Åtgärd'] === 'Skapad' && c['Typ av post'] === 'Kund');
    expect(created.map((c) => [c['Fält'], c['Efter']])).toEqual(
      expect.arrayContaining([
        ['Namn', 'Åre Kund AB'],
        ['Anteckningar', 'Första'],
      ]),
    );
    // Times are real date-times on a Swedish clock (09:00 UTC is 10:00 in November).
    const time = column(sheet!, 'Tidpunkt')[0]!;
    expect(time.type).toBe(ExcelJS.ValueType.Date);
    expect((time.value as Date).toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(sheet!.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet!.sheet.autoFilter).toBeTruthy();
  });

  it('keeps a formula-looking value as text, never a formula', async () => {
    const { core, dir } = await coreWithRegister();
    await editedTwice(core);
    await ok(core, 'customers.create', {
      ...blankCustomer,
      name: '+46 8 123 45',
      notes: '@SUM(A1:A2)',
      visitingAddress: { ...blankCustomer.visitingAddress, street: '-1+2' },
    });
    const file = path.join(dir, 'formler.xlsx');
    await ok(core, 'history.export', { format: 'xlsx', path: file });
    const [sheet] = await readWorkbook(file);
    const risky = sheet!.rows.flat().filter((c) => /^[=+\-@]/.test(String(c.value ?? '')));
    expect(risky.map((c) => c.value)).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://evil.example","klicka")', '+46 8 123 45', '@SUM(A1:A2)', '-1+2']),
    );
    for (const cell of risky) {
      expect(cell.type, String(cell.value)).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it('writes CSV for Swedish Excel: UTF-8 with BOM, semicolons, neutralised formulas; English headers with lang en', async () => {
    const { core, dir } = await coreWithRegister();
    const id = await editedTwice(core);
    const file = path.join(dir, 'historik.csv');
    const result = await ok(core, 'history.export', { format: 'csv', path: file });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result!.bytes).toBe(bytes.length);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(SV_HEADERS);
    expect(rows).toHaveLength(result!.rows + 1);
    const at = (name: string) => SV_HEADERS.indexOf(name);
    const edits = rows.filter((r) => r[at('Åtgärd')] === 'Ändrad' && r[at('Post-id')] === String(id));
    expect(edits.map((r) => [r[at('Tidpunkt')], r[at('Fält')], r[at('Före')], r[at('Efter')]])).toEqual([
      ['2026-11-22 10:00:00', 'Namn', 'Åre Kund AB', 'Åre Fjällkund AB'],
      // A leading = would make Excel run it: it starts with an apostrophe instead.
      ['2026-11-22 10:00:00', 'Anteckningar', 'Första', `'=HYPERLINK("http://evil.example","klicka")`],
    ]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);

    const en = path.join(dir, 'history.csv');
    await ok(core, 'history.export', { format: 'csv', lang: 'en', path: en });
    const enRows = parseCsv(fs.readFileSync(en, 'utf8').slice(1));
    expect(enRows[0]).toEqual(EN_HEADERS);
    expect(enRows.some((r) => r[4] === 'Changed' && r[5] === 'Customer' && r[7] === 'Name')).toBe(true);

    const xlsx = path.join(dir, 'history.xlsx');
    await ok(core, 'history.export', { format: 'xlsx', lang: 'en', path: xlsx });
    const [sheet] = await readWorkbook(xlsx);
    expect(sheet!.name).toBe('Change history');
    expect(sheet!.headers).toEqual(EN_HEADERS);
  });

  it('exports what history.list shows for the same filter: one customer with its contact persons', async () => {
    const { core, dir } = await coreWithRegister();
    const id = await editedTwice(core);
    const other = await ok(core, 'customers.create', { ...blankCustomer, name: 'Annan Kund AB' });
    const withContact = await ok(core, 'customers.get', { id });
    await ok(core, 'customers.update', {
      id,
      revision: withContact.revision,
      fields: {
        ...blankCustomer,
        name: withContact.name,
        notes: withContact.notes,
        contactPersons: [{ name: 'Åsa Öberg', role: 'VD', email: 'asa@example.se', phone: '' }],
      },
    });
    const filter = { kind: 'customer' as const, recordId: id, withChildren: true };
    const listed = await ok(core, 'history.list', { ...filter, limit: 100 });
    const file = path.join(dir, 'kund.csv');
    await ok(core, 'history.export', { format: 'csv', path: file, filter });
    const rows = parseCsv(fs.readFileSync(file, 'utf8').slice(1)).slice(1);
    const entryIds = new Set(rows.map((r) => Number(r[0])));
    expect([...entryIds].sort((a, b) => a - b)).toEqual(listed.rows.map((r) => r.id).sort((a, b) => a - b));
    expect(rows.some((r) => r[6] === 'Annan Kund AB' || r[11] === String(other.id))).toBe(false);
    expect(rows.some((r) => r[5] === 'Kontaktperson' && r[6] === 'Åsa Öberg')).toBe(true);
  });

  it('shows "Uppgifterna rensade" instead of the values of an erased record', async () => {
    const { core, dir } = await coreWithRegister();
    const created = await ok(core, 'customers.create', { ...blankCustomer, name: 'Raderas AB', notes: 'MARKÖR-4711' });
    await ok(core, 'customers.delete', { id: created.id, revision: created.revision });
    const erased = await ok(core, 'history.erase', { kind: 'customer', recordId: created.id });
    expect(erased.redacted).toBe(2);

    for (const lang of ['sv', 'en'] as const) {
      const file = path.join(dir, `rensad-${lang}.csv`);
      await ok(core, 'history.export', { format: 'csv', lang, path: file });
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toContain('MARKÖR-4711');
      expect(text).not.toContain('Raderas AB');
      const rows = parseCsv(text.slice(1)).slice(1);
      const phrase = lang === 'sv' ? 'Uppgifterna rensade' : 'Details erased';
      const ofRecord = rows.filter((r) => r[5] === (lang === 'sv' ? 'Kund' : 'Customer') && r[11] === String(created.id));
      // The create and the delete keep their facts (which fields), the values say they were erased.
      const earlier = ofRecord.filter((r) => r[4] !== phrase);
      expect(new Set(earlier.map((r) => r[4]))).toEqual(new Set(lang === 'sv' ? ['Skapad', 'Borttagen'] : ['Created', 'Deleted']));
      for (const r of earlier) expect([r[6], r[8], r[9]]).toEqual([phrase, phrase, phrase]);
      // The erasure itself is an entry of its own that says what happened.
      const redaction = ofRecord.filter((r) => r[4] === phrase);
      expect(redaction.map((r) => r[9])).toEqual([
        lang === 'sv'
          ? 'Raderad ur historiken på begäran – 2 tidigare ändringar rensade.'
          : 'Erased from the history on request – 2 earlier changes erased.',
      ]);
    }
    const xlsx = path.join(dir, 'rensad.xlsx');
    await ok(core, 'history.export', { format: 'xlsx', path: xlsx });
    const [sheet] = await readWorkbook(xlsx);
    expect(sheet!.rows.flat().some((c) => String(c.value ?? '').includes('MARKÖR'))).toBe(false);
    expect(column(sheet!, 'Före').some((c) => c.value === 'Uppgifterna rensade')).toBe(true);
  });

  it('reads a long history in chunks, reports progress, and leaves nothing behind when cancelled', async () => {
    const { core, dir } = await coreWithRegister();
    let customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Många Ändringar AB' });
    for (let i = 0; i < 1_100; i++) {
      customer = await ok(core, 'customers.update', {
        id: customer.id,
        revision: customer.revision,
        fields: { ...blankCustomer, name: customer.name, notes: `Ändring ${i}` },
      });
    }
    const entries = (await ok(core, 'history.list', { limit: 1 })).total;
    expect(entries).toBeGreaterThan(1_100);

    const progress: { label: string; done: number; total: number }[] = [];
    const stop = core.subscribe((event, payload) => {
      if (event === 'task.progressed') progress.push(payload as (typeof progress)[number]);
    });
    const file = path.join(dir, 'lång.xlsx');
    const done = await ok(core, 'history.export', { format: 'xlsx', path: file });
    stop();
    expect(progress[0]).toMatchObject({ label: 'Ändringshistorik', done: 0 });
    expect(progress.at(-1)).toMatchObject({ done: entries, total: entries });
    const [sheet] = await readWorkbook(file);
    expect(sheet!.rows).toHaveLength(done!.rows);
    const notes = column(sheet!, 'Efter').map((c) => c.value);
    expect(notes).toContain('Ändring 0');
    expect(notes).toContain('Ändring 1099');

    for (const format of ['xlsx', 'csv'] as const) {
      const cancel = core.subscribe((event, payload) => {
        const p = payload as { taskId: string; done: number };
        if (event === 'task.progressed' && p.done > 0) void core.dispatch('tasks.cancel', { taskId: p.taskId });
      });
      const target = path.join(dir, `avbruten.${format}`);
      const result = await call(core, 'history.export', { format, path: target });
      cancel();
      expect(result.ok ? 'ok' : result.error.code).toBe('CANCELLED');
      expect(fs.readdirSync(dir).filter((f) => f.includes('avbruten') || f.endsWith('.tmp'))).toEqual([]);
    }
    // A save while an export runs (between its chunks) is not refused: the export does not hold the connection.
    let saved: ReturnType<typeof call<'customers.update'>> | null = null;
    const during = core.subscribe((event, payload) => {
      const p = payload as { done: number; total: number };
      // Once the export has counted its entries and before it is done. Not "after the first chunk":
      // progress is throttled to 20 a second, and on a fast machine that report never comes.
      if (event !== 'task.progressed' || saved || p.total === 0 || p.done >= p.total) return;
      saved = call(core, 'customers.update', {
        id: customer.id,
        revision: customer.revision,
        fields: { ...blankCustomer, name: customer.name, notes: 'Under exporten' },
      });
    });
    const exported = await call(core, 'history.export', { format: 'xlsx', path: path.join(dir, 'samtidig.xlsx') });
    during();
    expect(exported.ok).toBe(true);
    expect(saved).not.toBeNull();
    expect((await saved!).ok).toBe(true);
    // The file shows the history as it was when the export began.
    expect(exported.ok && exported.value!.rows).toBe(done!.rows);
  });

  it('refuses a folder that does not exist, with nothing written', async () => {
    const { core, dir } = await coreWithRegister();
    const result = await call(core, 'history.export', { format: 'csv', path: path.join(dir, 'saknas', 'h.csv') });
    expect(result.ok ? null : [result.error.code, result.error.issues?.[0]?.path]).toEqual(['INVALID_INPUT', ['path']]);
    expect(fs.existsSync(path.join(dir, 'saknas'))).toBe(false);
  });

  it('writes into the export folder with a name that says what it is when no path is given', async () => {
    const { core, dir } = await coreWithRegister();
    const result = await ok(core, 'history.export', { format: 'csv', lang: 'en' });
    expect(path.relative(dir, result!.path)).toBe(path.join('Export', 'Change history Test AB 2026-11-22.csv'));
    expect(result!.rows).toBeGreaterThanOrEqual(1);
  });
});
