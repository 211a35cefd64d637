import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { controllerSheet } from '../../../electron/core/workbook/sheets';
import { cellText, MAX_CELL_TEXT, toCell } from '../../../electron/core/workbook/workbook.writer';
import { emptyActivity, WORKBOOK_SHEETS, type MethodOutput } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { glossary } from '../../../shared/glossary';
import { call, coreWithRegister, FIXED_NOW, ok, tempDir, testCore } from '../helpers';
import { column, readWorkbook, xmlParts, type ReadSheet } from './read';

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TODAY = '2026-11-22';
const SHEET_NAMES_SV = [
  'Organisation',
  'Behandlingar (art. 30.1)',
  'Biträdesregister (art. 30.2)',
  'Underbiträden',
  'Gallringsregler',
  'PUB-avtal',
  'Kundplatser',
  'Utrustning',
  'Begäranden',
  'Incidenter',
];
const SHEET_NAMES_EN = [
  'Organisation',
  'Controller (Art. 30(1))',
  'Processor (Art. 30(2))',
  'Sub-processors',
  'Retention rules',
  'Agreements',
  'Sites',
  'Equipment',
  'Requests',
  'Breaches',
];

async function sampleCore() {
  const { core, dir } = testCore();
  await ok(core, 'register.openSample', { path: path.join(dir, 'sample.forteckna') });
  return { core, dir };
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const text = (cell: ExcelJS.Cell) => (cell.value === null || cell.value === undefined ? '' : String(cell.value));
const byName = (sheets: ReadSheet[], name: string) => sheets.find((s) => s.name === name)!;

/** (activity, purpose) pairs the controller sheet must show: one per purpose, or one for an activity without any. */
async function activityPurposes(core: Awaited<ReturnType<typeof sampleCore>>['core']) {
  const list = await ok(core, 'activities.list', { query: '', includeArchived: false });
  const pairs: string[] = [];
  for (const summary of list.items.filter((a) => a.status !== 'archived')) {
    const a = await ok(core, 'activities.get', { id: summary.id });
    if (a.purposes.length === 0) pairs.push(`${a.name} | `);
    for (const p of a.purposes) pairs.push(`${a.name} | ${p.description}`);
  }
  return pairs.sort();
}

describe('register workbook (XLSX)', () => {
  it('writes every sheet of the sample register with Swedish headers, a row per activity × purpose and per customer × service', async () => {
    const { core, dir } = await sampleCore();
    const file = path.join(dir, 'register.xlsx');
    const result = (await ok(core, 'workbook.export', { path: file }))!;
    expect(result.path).toBe(file);
    expect(result.bytes).toBe(fs.statSync(file).size);
    expect(result.sheets).toEqual([...WORKBOOK_SHEETS]);

    const sheets = await readWorkbook(file);
    expect(sheets.map((s) => s.name)).toEqual(SHEET_NAMES_SV);
    const info = await ok(core, 'register.info', {});
    for (const s of sheets) {
      // The title row: what the sheet is, whose register, when it was exported, which schema.
      expect(s.title).toContain('Exempel IT AB');
      expect(s.title).toContain(`exporterad ${TODAY}`);
      expect(s.title).toContain(`schemaversion ${info.schemaVersion}`);
      // Header row frozen and filtered over every row.
      expect(s.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      const lastColumn = s.sheet.getColumn(s.headers.length).letter;
      expect(s.sheet.autoFilter).toBe(`A2:${lastColumn}${s.rows.length + 2}`);
      expect(s.headers.every((h) => h.trim() !== '')).toBe(true);
    }
    expect(result.rows).toBe(sheets.reduce((sum, s) => sum + s.rows.length, 0));
    // The hidden name that marks each filter's range: without it LibreOffice shows no filter buttons.
    const book = (await xmlParts(file))['xl/workbook.xml']!;
    sheets.forEach((s, i) => {
      const range = String(s.sheet.autoFilter).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      expect(book).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}">&apos;${s.name}&apos;!${range}</definedName>`);
    });

    const controller = byName(sheets, 'Behandlingar (art. 30.1)');
    for (const header of [
      'Behandling',
      'Ändamål',
      'Rättslig grund',
      'Kategorier av registrerade',
      'Kategorier av personuppgifter',
      'Kategorier av mottagare',
      'Överföringar till tredjeland',
      'Gallringsfrister',
      'Säkerhetsåtgärder',
      'Undantag enligt art. 9.2',
      'Konsekvensbedömning (DPIA)',
      'Nästa granskning',
    ]) {
      expect(controller.headers).toContain(header);
    }
    const names = column(controller, 'Behandling').map(text);
    const purposes = column(controller, 'Ändamål').map(text);
    expect(names.map((n, i) => `${n} | ${purposes[i]}`).sort()).toEqual(await activityPurposes(core));
    // Each purpose with its own legal basis.
    const first = await ok(core, 'activities.get', { id: (await ok(core, 'activities.list', { query: 'Kundregister' })).items[0]!.id });
    const row = purposes.indexOf(first.purposes[0]!.description);
    expect(text(column(controller, 'Rättslig grund')[row]!)).toBe(enumLabel('legalBasis', first.purposes[0]!.legalBasis, 'sv'));
    expect(text(column(controller, 'Kategorier av personuppgifter')[row]!).split('\n')).toEqual(
      first.personalDataTerms.map((t) => t.labelSv),
    );

    const processor = byName(sheets, 'Biträdesregister (art. 30.2)');
    const { entries } = await ok(core, 'processorRegister.list', {});
    expect(entries.length).toBeGreaterThan(30);
    const customers = column(processor, 'Personuppgiftsansvarig (kund)').map(text);
    const services = column(processor, 'Tjänst').map(text);
    expect(customers.map((c, i) => `${c} | ${services[i]}`)).toEqual(entries.map((e) => `${e.customerName} | ${e.serviceName}`));
    for (const header of [
      'Kategorier av behandling',
      'Underbiträden',
      'Överföringar till tredjeland',
      'Säkerhetsåtgärder',
      'Kundens dataskyddsombud',
    ]) {
      expect(processor.headers).toContain(header);
    }

    expect(byName(sheets, 'Underbiträden').rows).toHaveLength((await ok(core, 'subprocessors.list', {})).length);
    const retention = byName(sheets, 'Gallringsregler');
    expect(retention.headers.slice(0, 4)).toEqual(['Typ', 'Lagringsplats', 'Syfte', 'Utrensningspolicy']);
    const rules = await ok(core, 'retentionRules.list', {});
    expect(column(retention, 'Typ').map(text).sort()).toEqual(rules.map((r) => r.nameSv).sort());
    expect(column(retention, 'Regeln i ord').map(text).sort()).toEqual(rules.map((r) => r.summary.sv).sort());
    // Agreements, sites and equipment: one row per row of their tables, whatever the sample holds.
    expect(byName(sheets, 'PUB-avtal').rows).toHaveLength(info.counts.agreements!);
    // Status words are the glossary's, as in the UI ("Signerat", "Uppsagt"), in the cells and the headers.
    const agreements = byName(sheets, 'PUB-avtal');
    const statusWords = Object.values(glossary.agreementStatus).map((s) => s.sv);
    expect(
      column(agreements, 'Status')
        .map(text)
        .filter((s) => !statusWords.includes(s)),
    ).toEqual([]);
    expect(column(agreements, 'Status').map(text)).toContain(glossary.agreementStatus.signed.sv);
    expect(agreements.headers).toEqual(expect.arrayContaining(['Skickat', 'Signerat', 'Uppsagt']));
    expect(byName(sheets, 'Kundplatser').rows).toHaveLength(info.counts.sites!);
    expect(byName(sheets, 'Utrustning').rows).toHaveLength(info.counts.equipment!);

    const organisation = byName(sheets, 'Organisation');
    const facts = Object.fromEntries(organisation.rows.map(([k, v]) => [text(k!), text(v!)]));
    expect(facts).toMatchObject({ Namn: 'Exempel IT AB', Organisationsnummer: '556677-8899' });
    expect(facts.Dataskyddsombud).toMatch(/Karin Ödman/);
  });

  it('writes dates as real dates, counts as numbers and every text as text, never a formula', async () => {
    const { core, dir } = await sampleCore();
    const file = path.join(dir, 'register.xlsx');
    await ok(core, 'workbook.export', { path: file });
    const sheets = await readWorkbook(file);

    const changed = column(byName(sheets, 'Behandlingar (art. 30.1)'), 'Senast ändrad');
    expect(changed.length).toBeGreaterThan(10);
    for (const cell of changed) {
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
    }
    const { entries } = await ok(core, 'processorRegister.list', {});
    const from = column(byName(sheets, 'Biträdesregister (art. 30.2)'), 'Från');
    expect(from.map((c) => c.value)).toEqual(entries.map((e) => utcDate(e.startDate)));
    const counts = column(byName(sheets, 'Underbiträden'), 'Antal kunder');
    expect(counts.every((c) => c.type === ExcelJS.ValueType.Number)).toBe(true);
    // An organisation number stays text, with its dash.
    expect(
      column(byName(sheets, 'Biträdesregister (art. 30.2)'), 'Organisationsnummer').every(
        (c) => c.type === ExcelJS.ValueType.String || c.value === null,
      ),
    ).toBe(true);

    for (const sheet of sheets) {
      for (const cell of sheet.rows.flat()) {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }
    }
    const parts = await xmlParts(file);
    for (const [name, xml] of Object.entries(parts)) expect(xml, name).not.toMatch(/<f[ >]/);
  });

  it('writes English headers, sheet names and labels with lang "en"', async () => {
    const { core, dir } = await sampleCore();
    const file = path.join(dir, 'register-en.xlsx');
    await ok(core, 'workbook.export', { lang: 'en', path: file });
    const sheets = await readWorkbook(file);
    expect(sheets.map((s) => s.name)).toEqual(SHEET_NAMES_EN);
    const controller = byName(sheets, 'Controller (Art. 30(1))');
    expect(controller.title).toMatch(
      /^Record of processing as controller \(Art\. 30\(1\)\) – Exempel IT AB .* – exported 2026-11-22 – schema version \d+$/,
    );
    expect(controller.headers.slice(0, 4)).toEqual(['Ref. no.', 'Processing activity', 'Purpose', 'Lawful basis']);
    const bases = new Set(column(controller, 'Lawful basis').map(text));
    expect([...bases].every((b) => b === '' || /\(Art\. 6\(1\)\([a-f]\)\)$/.test(b))).toBe(true);
    expect(byName(sheets, 'Retention rules').headers.slice(0, 4)).toEqual(['Type', 'Storage location', 'Purpose', 'Purge policy']);
  });

  it('keeps hostile text as text: formulas, signs, control characters, lone surrogates, RTL, emoji and 10,000 characters', async () => {
    const { core, dir } = await coreWithRegister();
    const long = `${'Lång text med å, ä och ö. '.repeat(384)}slut`.slice(0, 10_000);
    const hostile = {
      name: '=HYPERLINK("https://example.com","Klicka här")',
      refNo: '+46 8 123',
      owner: '@SUM(A1)',
      purpose: '-5',
      detail: 'Avtal\u0000\u0007 med\uFFFE kund\uFFFF',
      description: 'שלום עולם – مرحبا 👩‍💻 <b>&amp;</b> "citat" \uD800ensam',
      volume: '=1+1',
    };
    const stored = await ok(core, 'activities.create', {
      ...emptyActivity,
      name: hostile.name,
      refNo: hostile.refNo,
      owner: hostile.owner,
      description: hostile.description,
      volumeEstimate: hostile.volume,
      purposes: [{ description: hostile.purpose, legalBasis: 'legitimate_interests', legalBasisDetail: hostile.detail, liaText: long }],
    });
    const file = path.join(dir, 'hostile.xlsx');
    await ok(core, 'workbook.export', { path: file, sheets: ['controller'] });

    const [controller] = await readWorkbook(file);
    expect(controller!.rows).toHaveLength(1);
    const cell = (header: string) => column(controller!, header)[0]!;
    const expected: [string, string][] = [
      ['Behandling', hostile.name],
      ['Ref.nr', hostile.refNo],
      ['Behandlingsägare', hostile.owner],
      ['Ändamål', '-5'],
      ['Antal registrerade', '=1+1'],
      ['Närmare stöd', 'Avtal med kund'],
      // SQLite keeps text as UTF-8, where a lone surrogate has already become U+FFFD.
      ['Beskrivning', stored.description],
      ['Intresseavvägning', long],
    ];
    for (const [header, value] of expected) {
      expect(cell(header).type, header).toBe(ExcelJS.ValueType.String);
      expect(cell(header).value, header).toBe(value);
      expect(cell(header).formula, header).toBeUndefined();
    }
    expect(stored.description).toMatch(/^שלום עולם – مرحبا 👩‍💻 <b>&amp;<\/b> "citat" \uFFFD*ensam$/u);
    const parts = await xmlParts(file);
    for (const [name, xml] of Object.entries(parts)) {
      expect(FORBIDDEN.test(xml), name).toBe(false);
      expect(xml, name).not.toMatch(/<f[ >]/);
    }
  });

  it('cuts a cell at what Excel can hold, never inside a character, and drops what XML forbids', () => {
    expect(cellText('a\uD800b\uDC00c\u0007\uFFFEd\r\ne')).toBe('abcd\ne');
    expect(cellText('a'.repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
    const cut = cellText(`${'a'.repeat(MAX_CELL_TEXT - 3)}😀😀😀`);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.endsWith('…')).toBe(true);
    expect(FORBIDDEN.test(cut)).toBe(false);
  });

  it('makes a date cell only of a real calendar day Excel can show; anything else stays text', () => {
    const nextReview = controllerSheet.columns.find((c) => c.key === 'nextReviewAt')!;
    expect(toCell(nextReview, '2028-02-29')).toEqual(utcDate('2028-02-29'));
    expect(toCell(nextReview, '2027-02-29')).toBe('2027-02-29');
    expect(toCell(nextReview, '1899-12-31')).toBe('1899-12-31');
    expect(toCell(nextReview, null)).toBeNull();
  });

  it('writes only the chosen sheets, in workbook order', async () => {
    const { core, dir } = await sampleCore();
    const file = path.join(dir, 'some.xlsx');
    const result = await ok(core, 'workbook.export', { lang: 'en', path: file, sheets: ['retention', 'controller', 'retention'] });
    expect(result!.sheets).toEqual(['controller', 'retention']);
    expect((await readWorkbook(file)).map((s) => s.name)).toEqual(['Controller (Art. 30(1))', 'Retention rules']);
    const empty = await call(core, 'workbook.export', { path: file, sheets: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.code).toBe('INVALID_INPUT');
  });

  it('writes an empty register: the organisation, and the other sheets with their headers only', async () => {
    const { core, dir } = await coreWithRegister();
    const file = path.join(dir, 'empty.xlsx');
    const result = await ok(core, 'workbook.export', { path: file });
    const sheets = await readWorkbook(file);
    expect(sheets).toHaveLength(WORKBOOK_SHEETS.length);
    expect(sheets[0]!.rows.length).toBeGreaterThan(5);
    for (const s of sheets.slice(1).filter((x) => x.name !== 'Gallringsregler')) expect(s.rows, s.name).toHaveLength(0);
    expect(result!.rows).toBe(sheets.reduce((sum, s) => sum + s.rows.length, 0));
  });

  it('reports progress as a task and, when cancelled, leaves no file behind', async () => {
    const { core, dir } = await sampleCore();
    const events: MethodOutput<'workbook.export'>[] = [];
    const progress: { label: string; done: number; total: number }[] = [];
    const unsubscribe = core.subscribe((event, payload) => {
      if (event !== 'task.progressed') return;
      const p = payload as { taskId: string; label: string; done: number; total: number };
      progress.push(p);
      if (p.total > 0 && events.length === 0) void core.dispatch('tasks.cancel', { taskId: p.taskId });
    });
    const file = path.join(dir, 'cancelled.xlsx');
    const result = await call(core, 'workbook.export', { path: file });
    unsubscribe();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    expect(progress[0]).toMatchObject({ label: 'Excel', done: 0, total: 0 });
    expect(fs.readdirSync(dir).filter((f) => f.includes('cancelled') || f.endsWith('.tmp'))).toEqual([]);

    // The same export, not cancelled, ends at done = total.
    progress.length = 0;
    const stop = core.subscribe((event, payload) => {
      if (event === 'task.progressed') progress.push(payload as (typeof progress)[number]);
    });
    const done = await ok(core, 'workbook.export', { path: file });
    stop();
    expect(progress.at(-1)).toMatchObject({ done: done!.rows, total: done!.rows });
  });

  it('asks where to save (null when the dialog is cancelled) or writes into the export folder', async () => {
    const dir = tempDir();
    let answer: string | null = null;
    const offered: string[] = [];
    const core = createCore({
      host: 'test',
      version: '0.0.0-test',
      dataFolder: dir,
      settings: memorySettings(),
      clock: { now: () => FIXED_NOW },
      validateOutputs: true,
      logError: () => {},
      dialogs: {
        chooseNewRegisterPath: async () => null,
        chooseRegisterToOpen: async () => null,
        chooseExportPath: async (name) => {
          offered.push(name);
          return answer;
        },
      },
    });
    try {
      await ok(core, 'register.create', { organisationName: 'Test AB', path: path.join(dir, 'test.forteckna') });
      expect(await ok(core, 'workbook.export', {})).toBeNull();
      expect(offered).toEqual([`Registerförteckning Test AB ${TODAY}.xlsx`]);
      answer = path.join(dir, 'vald.xlsx');
      expect((await ok(core, 'workbook.export', { lang: 'en' }))!.path).toBe(answer);
      expect(offered[1]).toBe(`Records of processing Test AB ${TODAY}.xlsx`);
      expect(fs.existsSync(answer)).toBe(true);
    } finally {
      core.close();
    }

    // Without a dialog (browser mode): a free name in <dataFolder>/Export.
    const plain = await coreWithRegister();
    const written = await ok(plain.core, 'workbook.export', {});
    expect(written!.path).toBe(path.join(plain.dir, 'Export', `Registerförteckning Test AB ${TODAY}.xlsx`));
    expect(fs.existsSync(written!.path)).toBe(true);
  });
});
