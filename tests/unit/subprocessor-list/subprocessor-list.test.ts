import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, soffice } from '../agreements/document-fixture';
import { call, ok, testCore } from '../helpers';
import { readWorkbook, xmlParts } from '../workbook/read';
import { EFFECTIVE, listRegister } from './fixture';

type Register = Awaited<ReturnType<typeof listRegister>>;
type Format = 'docx' | 'xlsx' | 'html';

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

/** document.xml's text: paragraphs and line breaks on lines of their own, table cells split by tabs. */
function docxText(xml: string): string {
  return decode(
    xml
      .replace(/<w:br\/>/g, '\n')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<\/w:tc>/g, '\t')
      .replace(/<[^>]+>/g, ''),
  );
}

/** The rows of document.xml's tables: cells' text, one array per row. */
function docxTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...table!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? row[2])!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) =>
        decode(
          cell!
            .replace(/<w:br\/>/g, '\n')
            .replace(/<\/w:p>(?!$)/g, '\n')
            .replace(/<[^>]+>/g, ''),
        ).trim(),
      ),
    ),
  );
}

/** The page's text as a reader sees it (tags dropped, entities decoded). */
const htmlText = (html: string) =>
  decode(
    html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<br>/g, '\n')
      .replace(/<[^>]+>/g, ' '),
  );

/** The HTML tables' rows: cells' text. */
function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
        decode(
          cell!
            .replace(/<br>/g, '\n')
            .replace(/<span class="detail">/g, '\n')
            .replace(/<[^>]+>/g, ''),
        ).trim(),
      ),
    ),
  );
}

/** A small strictness check: tags balance, no forbidden characters, every & an entity. */
function assertWellFormedXml(xml: string): void {
  expect(FORBIDDEN.test(xml)).toBe(false);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) expect(stack.pop(), `closing ${name}`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
}

async function exportList(r: Register, format: Format, input: { lang?: 'sv' | 'en'; serviceId?: number; includePlanned?: boolean } = {}) {
  const file = path.join(r.dir, `list-${Math.random().toString(36).slice(2)}.${format}`);
  const result = await ok(r.core, 'subprocessorList.export', { format, lang: input.lang ?? 'sv', path: file, ...input });
  expect(result).toEqual({ path: file, bytes: fs.statSync(file).size });
  return file;
}

/** The list's rows in each format, as [name, orgNr, place, description, locations, transfer, services?]. */
async function rowsIn(format: Format, file: string): Promise<string[][]> {
  if (format === 'xlsx') {
    const [sheet] = await readWorkbook(file);
    return sheet!.rows.map((row) => row.map((c) => (c.value === null ? '' : String(c.value))));
  }
  const tables = format === 'docx' ? docxTables(await documentXml(file)) : htmlTables(fs.readFileSync(file, 'utf8'));
  // Name and org no share the first cell (the id on a line of its own): split them for comparison.
  return tables[0]!.slice(1).map(([first, ...rest]) => {
    const [name, orgNr = ''] = first!.split('\n');
    return [name!, orgNr, ...rest];
  });
}

const ALL_ROWS = [
  [
    'Acme Cloud Inc.',
    'EIN 12-3456789',
    'USA',
    'Molnplattform för övervakning',
    'Virginia, USA',
    'Standardavtalsklausuler (art. 46.2 c)\nModul 3',
    'Backup\nDrift och övervakning',
  ],
  ['Bergen Drift AS', '', 'Norge', '', '', 'Inom EU/EES', 'Drift och övervakning'],
  ['Nordic Edge Oy', '', 'Norden', 'Nätverk för innehållsleverans', '', 'Inom EU/EES', 'Drift och övervakning'],
  ['Östgöta Lagring AB', '556000-1111', 'Sverige', 'Lagring av säkerhetskopior', 'Linköping och Norrköping', 'Inom EU/EES', 'Backup'],
];

/** The XLSX keeps one line per cell for the transfer tool. */
const asXlsx = (rows: string[][]) => rows.map((r) => r.map((c, i) => (i === 5 ? c.replace('\n', ', ') : c)));

describe('the public sub-processor list', () => {
  it.each(['docx', 'xlsx', 'html'] as const)(
    'lists the active sub-processors of the active services as the register holds them, in Swedish order (%s)',
    async (format) => {
      const r = await listRegister();
      const rows = await rowsIn(format, await exportList(r, format));
      expect(rows).toEqual(format === 'xlsx' ? asXlsx(ALL_ROWS) : ALL_ROWS);
      // A terminated sub-processor and one used only by an archived service are left out.
      expect(rows.flat().join(' ')).not.toMatch(/Avslutad|Arkivtjänst|Gammal tjänst/);
    },
  );

  it.each(['docx', 'xlsx', 'html'] as const)('lists one service without the services column (%s)', async (format) => {
    const r = await listRegister();
    const file = await exportList(r, format, { serviceId: r.services.backup.id });
    const expected = ALL_ROWS.filter((row) => row[6]!.split('\n').includes('Backup')).map((row) => row.slice(0, 6));
    expect(await rowsIn(format, file)).toEqual(format === 'xlsx' ? asXlsx(expected) : expected);
    const text =
      format === 'docx'
        ? docxText(await documentXml(file))
        : format === 'html'
          ? htmlText(fs.readFileSync(file, 'utf8'))
          : (await readWorkbook(file))[0]!.title;
    expect(text).toContain('Tjänst: Backup');
    expect(text).toContain('Versionsdatum 2026-11-22');
    if (format === 'xlsx') expect((await readWorkbook(file))[0]!.headers).not.toContain('Tjänster');
  });

  it('lists an archived service when asked for by id, and refuses an unknown one', async () => {
    const r = await listRegister();
    const rows = await rowsIn('html', await exportList(r, 'html', { serviceId: r.services.archived.id }));
    expect(rows.map((row) => row[0])).toEqual(['Arkivtjänst Sverige AB']);
    const missing = await call(r.core, 'subprocessorList.export', {
      format: 'html',
      lang: 'sv',
      serviceId: 9999,
      path: path.join(r.dir, 'x.html'),
    });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    expect(fs.existsSync(path.join(r.dir, 'x.html'))).toBe(false);
  });

  it('speaks English with --lang en and marks the Swedish-only texts', async () => {
    const r = await listRegister();
    const html = fs.readFileSync(await exportList(r, 'html', { lang: 'en' }), 'utf8');
    expect(html).toContain('<html lang="en">');
    const [table] = htmlTables(html);
    expect(table![0]).toEqual([
      'Sub-processor and company registration number',
      'Country or region',
      'What the sub-processor does',
      'Where processed',
      'Transfer mechanism',
      'Services',
    ]);
    expect(table![1]).toEqual([
      'Acme Cloud Inc.\nEIN 12-3456789',
      'United States',
      'Molnplattform för övervakning [sv]',
      'Virginia, USA [sv]',
      'Standard contractual clauses (Art. 46(2)(c))\nModule 3',
      'Backup\nDrift och övervakning',
    ]);
    expect(table![2]![4]).toBe('Within the EU/EEA');
    expect(htmlText(html)).toContain('Version date 2026-11-22');
    const [sheet] = await readWorkbook(await exportList(r, 'xlsx', { lang: 'en' }));
    expect(sheet!.name).toBe('Sub-processors');
    expect(sheet!.headers[0]).toBe('Sub-processor');
  });

  it('shows an announced change under its own heading until it applies, and not in the list before then', async () => {
    const r = await listRegister();
    const notice = await r.announce();
    expect(notice.state).toBe('draft');
    for (const format of ['docx', 'html'] as const) {
      const file = await exportList(r, format);
      const tables = format === 'docx' ? docxTables(await documentXml(file)) : htmlTables(fs.readFileSync(file, 'utf8'));
      expect(tables).toHaveLength(2);
      expect(tables[0]!.flat().join(' ')).not.toContain('Neue Sicherung');
      expect(tables[1]).toEqual([
        ['Gäller från', 'Ändring', 'Underbiträde', 'Land eller region', 'Beskrivning'],
        [EFFECTIVE, 'Nytt underbiträde', 'Neue Sicherung GmbH', 'Tyskland', notice.changeSv],
      ]);
      const text = format === 'docx' ? docxText(await documentXml(file)) : htmlText(fs.readFileSync(file, 'utf8'));
      expect(text).toContain('Aviserade ändringar');
      // Without the announced changes: the heading and table are gone.
      const without = await exportList(r, format, { includePlanned: false });
      const plain = format === 'docx' ? docxText(await documentXml(without)) : htmlText(fs.readFileSync(without, 'utf8'));
      expect(plain).not.toContain('Aviserade ändringar');
      expect(plain).not.toContain('Neue Sicherung');
    }
    const sheets = await readWorkbook(await exportList(r, 'xlsx', { lang: 'en' }));
    expect(sheets.map((s) => s.name)).toEqual(['Sub-processors', 'Announced changes']);
    expect(sheets[1]!.headers).toEqual(['Applies from', 'Change', 'Sub-processor', 'Replaces', 'Country or region', 'Description']);
    const [row] = sheets[1]!.rows;
    expect(row![0]!.value).toEqual(new Date(`${EFFECTIVE}T00:00:00.000Z`));
    expect(row!.slice(1).map((c) => c.value)).toEqual(['New sub-processor', 'Neue Sicherung GmbH', null, 'Germany', notice.changeEn]);

    // A change to Backup is not announced on Drift's list.
    const drift = htmlText(fs.readFileSync(await exportList(r, 'html', { serviceId: r.services.drift.id }), 'utf8'));
    expect(drift).not.toContain('Aviserade ändringar');
  });

  it('lists the new sub-processor from the effective date, with nothing left announced', async () => {
    const r = await listRegister();
    await r.announce();
    expect((await rowsIn('docx', await exportList(r, 'docx'))).map((row) => row[0])).not.toContain('Neue Sicherung GmbH');
    // The same register opened on the effective date.
    await ok(r.core, 'register.close', {});
    const { core } = testCore({ now: new Date(`${EFFECTIVE}T09:00:00.000Z`) });
    await ok(core, 'register.open', { path: r.file });
    const later = { ...r, core };
    const file = await exportList(later, 'docx');
    expect((await rowsIn('docx', file)).map((row) => row[0])).toContain('Neue Sicherung GmbH');
    expect(docxText(await documentXml(file))).not.toContain('Aviserade ändringar');
  });

  it('says so when no sub-processor is listed', async () => {
    const r = await listRegister();
    const empty = await ok(r.core, 'services.create', {
      ...(await ok(r.core, 'services.get', { id: r.services.archived.id })),
      name: 'Tom tjänst',
      status: 'active',
      subprocessorIds: [],
      processingTermIds: [],
      personalDataTermIds: [],
      dataSubjectTermIds: [],
      systemIds: [],
      measureIds: [],
    });
    const file = await exportList(r, 'docx', { serviceId: empty.id });
    const xml = await documentXml(file);
    expect(docxTables(xml)).toEqual([]);
    expect(docxText(xml)).toContain('Inga underbiträden är registrerade för tjänsten Tom tjänst.');
  });

  it('offers "Underbiträden <date>" in the export folder when no path is given', async () => {
    const r = await listRegister();
    const all = await ok(r.core, 'subprocessorList.export', { format: 'docx', lang: 'sv' });
    expect(path.basename(all!.path)).toBe('Underbiträden 2026-11-22.docx');
    const one = await ok(r.core, 'subprocessorList.export', { format: 'xlsx', lang: 'en', serviceId: r.services.backup.id });
    expect(path.basename(one!.path)).toBe('Sub-processors Backup 2026-11-22.xlsx');
  });

  it('writes an XLSX with a frozen header, filters and fitted widths, text as text', async () => {
    const r = await listRegister();
    const file = await exportList(r, 'xlsx');
    const [sheet] = await readWorkbook(file);
    expect(sheet!.title).toBe('Underbiträden – Test AB – Versionsdatum 2026-11-22');
    expect(sheet!.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    expect(sheet!.sheet.autoFilter).toBeTruthy();
    // Every column has a width of its own, fitted to its contents (at least the header's longest word).
    const cols = (await xmlParts(file))['xl/worksheets/sheet1.xml']!.match(/<cols>.*?<\/cols>/)![0];
    const widths = [...cols.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap(([, min, max, width]) =>
      Array.from({ length: Number(max) - Number(min) + 1 }, () => Number(width)),
    );
    // (exceljs leaves out a column of width 9, its default, so not every column has an element.)
    expect(widths.length).toBeGreaterThanOrEqual(6);
    expect(widths.every((w) => w >= 8 && w <= 45)).toBe(true);
    expect(sheet!.rows.every((row) => row.every((c) => c.value === null || typeof c.value === 'string'))).toBe(true);
  });

  it('matches the golden document.xml', async () => {
    const r = await listRegister();
    await r.announce();
    const xml = await documentXml(await exportList(r, 'docx'));
    assertWellFormedXml(xml);
    const pretty = xml.replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="0"').replace(/(<\/w:p>|<\/w:tr>|<w:tbl>|<\/w:tbl>|<w:body>)/g, '$1\n');
    await expect(pretty).toMatchFileSnapshot('./__snapshots__/subprocessor-list.sv.document.xml');
  });
});

describe('hostile text', () => {
  const HOSTILE = 'A\u0000B\u0007C\uFFFE\uFFFF\uD800 <script>alert("x")</script> & \'q\' ]]> \u202Eevil\r\nrad två 😀';

  it('still gives valid files in every format', async () => {
    const r = await listRegister({ hostile: HOSTILE });
    await r.announce();
    const docx = await exportList(r, 'docx');
    const xml = await documentXml(docx);
    assertWellFormedXml(xml);
    expect(docxText(xml)).toContain('<script>alert("x")</script>');

    const html = fs.readFileSync(await exportList(r, 'html'), 'utf8');
    expect(FORBIDDEN.test(html)).toBe(false);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');

    const xlsx = await exportList(r, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
    expect(cells.join('\n')).toContain('ABC\uFFFD <script>alert("x")</script>');
    expect(FORBIDDEN.test(cells.join('\n'))).toBe(false);
    const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) assertWellFormedXml(await zip.file(name)!.async('string'));
  });

  it.skipIf(!soffice)(
    'converts with LibreOffice',
    async () => {
      const r = await listRegister({ hostile: HOSTILE });
      await r.announce();
      const out = fs.mkdtempSync(path.join(r.dir, 'pdf-'));
      const { pdf, text } = convertWithLibreOffice(fs.readFileSync(await exportList(r, 'docx')), out);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (text !== null) {
        expect(text).toContain('Underbiträden');
        expect(text).toContain('Östgöta Lagring AB');
        expect(text).toMatch(/Sida 1 av \d/);
      }
    },
    120_000,
  );
});
