// The spreadsheet import's reader (issue 18): .xlsx and .csv files → sheets of cells as the file
// holds them, and every hostile or broken file refused with a message that says what to do.
import crypto from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../../electron/core/errors';
import type { RawBook, RawCell } from '../../../electron/core/sheet-import/model';
import { cleanText } from '../../../electron/core/sheet-import/read/clean';
import { MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS } from '../../../electron/core/sheet-import/read/limits';
import { readSpreadsheet } from '../../../electron/core/sheet-import/read/read-file';
import type { ImportInvalidDetails } from '../../../shared/contract';
import { coreWithRegister, ok, tempDir } from '../helpers';
import { bigCsv, claimSizes, inDir, inExcelOrder, normalWorkbook, oleFile, zipOf } from './read/files';

const read = (file: string, lang: 'sv' | 'en' = 'sv') => readSpreadsheet(file, { lang });

/** The values of a sheet's rows, as a user would read them off the screen (undefined: an empty cell). */
const values = (rows: (RawCell | undefined)[][]) => rows.map((cells) => Array.from(cells, (cell) => cell?.value));

/** The error a read fails with. */
async function failure(file: string, lang: 'sv' | 'en' = 'sv', signal?: AbortSignal): Promise<DomainError> {
  const error = await readSpreadsheet(file, { lang, signal }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

/** The one problem of an IMPORT_INVALID failure: where and what. */
async function refusal(file: string, lang: 'sv' | 'en' = 'sv') {
  const error = await failure(file, lang);
  expect(error.code).toBe('IMPORT_INVALID');
  const details = error.details as ImportInvalidDetails;
  expect(details.problems).toHaveLength(1);
  expect(details.more).toBe(0);
  return details.problems[0]!;
}

function csvBook(book: RawBook) {
  expect(book.kind).toBe('csv');
  expect(book.sheets).toHaveLength(1);
  return { encoding: book.encoding, delimiter: book.delimiter, name: book.sheets[0]!.name, rows: values(book.sheets[0]!.rows) };
}

describe('reading a workbook', () => {
  it('gives every sheet in workbook order with its hidden state, merged ranges and cells as the file holds them', async () => {
    const file = inDir(tempDir())('kunder.xlsx');
    await normalWorkbook(file);
    const book = await read(file);
    expect(book).toMatchObject({ kind: 'xlsx', fileName: 'kunder.xlsx', bytes: fs.statSync(file).size });
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Kunder', false],
      ['Listor', true],
      ['Intern', true],
      ['Tjänster', false],
    ]);
    const [customers, lists, internal] = book.sheets;
    expect(customers!.merges).toEqual(['A1:C1']);
    const rows = customers!.rows;
    expect(rows[0]![0]).toEqual({ value: 'Kundlista' });
    expect(values(rows.slice(1, 2))).toEqual([['Namn', 'Belopp', 'Start', 'Aktiv', 'Dubbelt', 'Webb', 'Beskrivning', 'Formel utan värde']]);
    expect(rows[2]).toEqual([
      { value: 'Åkesson & Co AB' },
      { value: 12.5 },
      { value: '2024-03-15', date: true },
      { value: true },
      { value: 25, formula: true },
      { value: 'Vår webbplats' },
      { value: 'Fet och vanlig' },
      { value: null, formula: true },
    ]);
    expect(rows[3]).toEqual([
      // Text that looks like a formula stays text: nothing is evaluated.
      { value: '=SUMMA(A1:A3)' },
      { value: '+46 70 123 45 67' },
      { value: '2024-03-15', date: true },
      { value: null },
      { value: '2024-03-16', date: true, formula: true },
      { value: '@kund' },
      // Control characters go, \r\n becomes \n, an escaped "_x" stays as it is; not trimmed.
      { value: 'rad 1\nrad 2 slut _x0041_' },
    ]);
    expect(rows[4]).toEqual([]);
    expect(rows[5]).toEqual([{ value: '2024-03-15T08:30:00', date: true }, { value: -0.5 }]);
    expect(rows).toHaveLength(6);
    expect(values(lists!.rows)).toEqual([['Avtal']]);
    expect(values(internal!.rows)).toEqual([[], [undefined, 42]]);
  });

  it('reads dates of the 1904 date system, and the cached text or error of a formula', async () => {
    const file = inDir(tempDir())('mac.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Mac');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 2, 15));
    ws.getCell('B1').value = { formula: 'A1+1', result: new Date(Date.UTC(2024, 2, 16)) };
    for (const ref of ['A1', 'B1']) ws.getCell(ref).numFmt = 'yyyy-mm-dd';
    ws.getCell('C1').value = { formula: 'A1&"x"', result: 'Kund AB' };
    ws.getCell('D1').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    expect((await read(file)).sheets[0]!.rows).toEqual([
      [
        { value: '2024-03-15', date: true },
        { value: '2024-03-16', date: true, formula: true },
        { value: 'Kund AB', formula: true },
        { value: null, formula: true },
      ],
    ]);
  });

  it('reads a workbook with its parts in the order Excel writes them the same way', async () => {
    const dir = inDir(tempDir());
    await normalWorkbook(dir('exceljs.xlsx'));
    await inExcelOrder(dir('exceljs.xlsx'), dir('excel.xlsx'));
    const [a, b] = [await read(dir('exceljs.xlsx')), await read(dir('excel.xlsx'))];
    expect(b.sheets).toEqual(a.sheets);
  });

  it('decides by content: a workbook named .csv is read as a workbook', async () => {
    const dir = inDir(tempDir());
    await normalWorkbook(dir('export.csv'));
    const book = await read(dir('export.csv'));
    expect(book.kind).toBe('xlsx');
    expect(book.sheets).toHaveLength(4);
  });

  it('reports progress and reads the rows of a larger workbook', async () => {
    const file = inDir(tempDir())('stor.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('Utrustning');
    for (let i = 1; i <= 5000; i++) ws.addRow([`Dator ${i}`, i]).commit();
    ws.commit();
    await wb.commit();
    const seen: number[] = [];
    const book = await readSpreadsheet(file, { lang: 'sv', onProgress: (n) => seen.push(n) });
    expect(book.sheets[0]!.rows).toHaveLength(5000);
    expect(values(book.sheets[0]!.rows.slice(4998))).toEqual([
      ['Dator 4999', 4999],
      ['Dator 5000', 5000],
    ]);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(5000);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });
});

describe('reading a CSV file', () => {
  const write = (name: string, content: string | Buffer) => {
    const file = inDir(tempDir())(name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('reads UTF-8 with a BOM and commas', async () => {
    const book = csvBook(await read(write('kunder.csv', '\ufeffNamn,Ort\r\nÅkesson AB,Göteborg\r\n')));
    expect(book).toEqual({
      encoding: 'utf-8-bom',
      delimiter: ',',
      name: 'kunder',
      rows: [
        ['Namn', 'Ort'],
        ['Åkesson AB', 'Göteborg'],
      ],
    });
  });

  it('reads UTF-8 without a BOM and semicolons, with Swedish decimal commas in the values', async () => {
    const book = csvBook(await read(write('belopp.csv', 'Namn;Belopp;Ort\nÖrebro El;12,5;Örebro\nLuleå IT;3,75;Luleå\n')));
    expect(book.encoding).toBe('utf-8');
    expect(book.delimiter).toBe(';');
    expect(book.rows).toEqual([
      ['Namn', 'Belopp', 'Ort'],
      ['Örebro El', '12,5', 'Örebro'],
      ['Luleå IT', '3,75', 'Luleå'],
    ]);
  });

  it('reads Windows-1252 as Swedish Excel saves it, semicolons and all', async () => {
    // Å, ö are the same bytes in Latin-1 and Windows-1252; € is 0x80 in Windows-1252 only.
    const text = Buffer.concat([Buffer.from('Kund;Ort;Pris\r\nÅkesson;Göteborg;100 ', 'latin1'), Buffer.from([0x80]), Buffer.from('\r\n')]);
    const book = csvBook(await read(write('1252.csv', text)));
    expect(book.encoding).toBe('windows-1252');
    expect(book.delimiter).toBe(';');
    expect(book.rows).toEqual([
      ['Kund', 'Ort', 'Pris'],
      ['Åkesson', 'Göteborg', '100 €'],
    ]);
  });

  it('reads Windows-1252 when the first non-ASCII byte comes late in the file', async () => {
    const lines = 'Namn;Ort\n' + 'Kund AB;Stockholm\n'.repeat(20_000);
    const book = csvBook(await read(write('sen.csv', Buffer.concat([Buffer.from(lines), Buffer.from('Åkesson;Göteborg\n', 'latin1')]))));
    expect(book.encoding).toBe('windows-1252');
    expect(book.rows.at(-1)).toEqual(['Åkesson', 'Göteborg']);
    expect(book.rows).toHaveLength(20_002);
  });

  it('reads tab-separated text', async () => {
    const book = csvBook(await read(write('flikar.txt', 'Namn\tOrt\nAcme, Inc.\tUmeå\n')));
    expect(book.delimiter).toBe('\t');
    expect(book.rows).toEqual([
      ['Namn', 'Ort'],
      ['Acme, Inc.', 'Umeå'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', async () => {
    const csv = 'Namn;Anteckning;Ort\r\n"Acme; AB";"rad 1\r\nrad 2 ""citat""";Kiruna\r\n"";x;\r\nNästa;"a""b";"Sista"';
    const book = csvBook(await read(write('citat.csv', csv)));
    expect(book.delimiter).toBe(';');
    expect(book.rows).toEqual([
      ['Namn', 'Anteckning', 'Ort'],
      ['Acme; AB', 'rad 1\nrad 2 "citat"', 'Kiruna'],
      [undefined, 'x'],
      ['Nästa', 'a"b', 'Sista'],
    ]);
  });

  it('follows an Excel "sep=" line, keeps formula-like text as text and removes control characters', async () => {
    const book = csvBook(await read(write('sep.csv', 'sep=,\nNamn;Del,Kod\n=1+1,@x,+1\na\u0001b\u007f\u0085,-2,"x\uffff\r\ny"')));
    expect(book.delimiter).toBe(',');
    expect(book.rows).toEqual([
      ['Namn;Del', 'Kod'],
      ['=1+1', '@x', '+1'],
      ['ab', '-2', 'x\ny'],
    ]);
  });

  it('keeps empty lines as empty rows, so rows are numbered as Excel numbers them', async () => {
    const book = csvBook(await read(write('tomma.csv', 'A;B\n\n;\nC;D\n')));
    expect(book.rows).toEqual([['A', 'B'], [], [], ['C', 'D']]);
  });
});

describe('cleaning text', () => {
  it('removes lone surrogates and keeps pairs (an emoji)', () => {
    expect(cleanText('a\ud800b\udc00c\ud83d\ude00\r')).toBe('abc\ud83d\ude00\n');
  });
});

describe('refusing files that are not a readable spreadsheet', () => {
  it('a file that does not exist, or a folder', async () => {
    const dir = inDir(tempDir());
    expect(await refusal(dir('borta.xlsx'))).toEqual({
      path: 'borta.xlsx',
      message: 'Filen borta.xlsx finns inte (den kan ha flyttats eller bytt namn). Välj filen igen.',
    });
    fs.mkdirSync(dir('mapp.xlsx'));
    expect((await refusal(dir('mapp.xlsx'))).message).toBe('mapp.xlsx är en mapp. Välj kalkylarksfilen (.xlsx eller .csv) i mappen.');
  });

  it('a file it may not read', async () => {
    const file = inDir(tempDir())('låst.xlsx');
    fs.writeFileSync(file, 'x');
    // Tests run as root, who may read anything: the refusal of the file system is simulated.
    const spy = vi
      .spyOn(fs.promises, 'stat')
      .mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    try {
      expect((await refusal(file, 'en')).message).toMatch(/^Förteckna may not read låst\.xlsx\. Copy the file/);
    } finally {
      spy.mockRestore();
    }
  });

  it('an empty file, and one over the size limit without reading it', async () => {
    const dir = inDir(tempDir());
    fs.writeFileSync(dir('tom.csv'), '');
    expect((await refusal(dir('tom.csv'))).message).toMatch(/^Filen är tom\./);
    // 100 MB and one byte of nothing, made without writing it (a sparse file).
    fs.writeFileSync(dir('skräp.xlsx'), '');
    fs.truncateSync(dir('skräp.xlsx'), MAX_FILE_BYTES + 1);
    expect(await refusal(dir('skräp.xlsx'))).toEqual({
      path: 'skräp.xlsx',
      message: 'Filen är 101 MB; som mest 100 MB kan läsas in. Dela upp den i mindre filer, eller ta bort blad som inte ska importeras.',
    });
  });

  it('random bytes, a PDF, an image, a web page, a zip that is not a workbook, a Word document', async () => {
    const dir = inDir(tempDir());
    fs.writeFileSync(dir('slump.xlsx'), crypto.randomBytes(200_000));
    expect((await refusal(dir('slump.xlsx'))).message).toMatch(
      /^Filen är inte text .*Spara den som CSV UTF-8 eller som Excel-arbetsbok \(\.xlsx\)\.$/,
    );
    fs.writeFileSync(dir('avtal.pdf'), '%PDF-1.7\n1 0 obj\n');
    expect((await refusal(dir('avtal.pdf'))).message).toMatch(/^Filen är en PDF, inte ett kalkylark\./);
    fs.writeFileSync(dir('logga.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect((await refusal(dir('logga.png'))).message).toMatch(/^Filen är en bild/);
    fs.writeFileSync(dir('lista.xls'), '<html><body><table><tr><td>Kund</td></tr></table></body></html>');
    expect((await refusal(dir('lista.xls'))).message).toMatch(
      /^Filen är en webbsida eller XML-fil.*spara den som Excel-arbetsbok \(\.xlsx\)\.$/,
    );
    await zipOf(dir('arkiv.xlsx'), { 'readme.txt': 'hej' });
    expect((await refusal(dir('arkiv.xlsx'))).message).toBe(
      'Filen är inte ett kalkylark. Välj en Excel-arbetsbok (.xlsx) eller en CSV-fil.',
    );
    await zipOf(dir('brev.docx'), { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect((await refusal(dir('brev.docx'))).message).toMatch(/^Filen är ett Word- eller PowerPoint-dokument/);
  });

  it('an old .xls and a password-protected .xlsx, each with what to do', async () => {
    const dir = inDir(tempDir());
    oleFile(dir('gammal.xls'), ['Root Entry', 'Workbook', 'SummaryInformation']);
    expect((await refusal(dir('gammal.xls'))).message).toMatch(
      /^Filen är i Excels gamla format \(\.xls\)\. Öppna den i Excel, spara den som Excel-arbetsbok \(\.xlsx\)/,
    );
    oleFile(dir('hemlig.xlsx'), ['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
    expect((await refusal(dir('hemlig.xlsx'))).message).toMatch(/^Arbetsboken är lösenordsskyddad\. Ta bort lösenordet i Excel/);
    expect((await refusal(dir('hemlig.xlsx'), 'en')).message).toMatch(
      /^The workbook is protected with a password\. Remove the password in Excel/,
    );
  });

  it('an OpenDocument spreadsheet, a Förteckna register and a portable JSON export', async () => {
    const { core, dir, info } = await coreWithRegister();
    const at = inDir(dir);
    await zipOf(at('budget.ods'), {
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': '<office:document-content/>',
      'META-INF/manifest.xml': '<manifest:manifest/>',
    });
    expect((await refusal(at('budget.ods'))).message).toMatch(
      /^Filen är ett OpenDocument-kalkylark \(\.ods\)\. .*spara den som Excel-arbetsbok \(\.xlsx\)/,
    );
    expect((await refusal(info.path)).message).toBe('Filen är ett Förteckna-register, inte ett kalkylark. Öppna det med Arkiv → Öppna.');
    const exported = await ok(core, 'portable.export', { path: at('register.json') });
    expect((await refusal(exported!.path)).message).toBe('Filen är en JSON-export från Förteckna. Läs in den med Arkiv → Importera JSON.');
  });

  it('a zip bomb: too much unpacked in its directory, or an extreme compression ratio, before anything is read', async () => {
    const dir = inDir(tempDir());
    await normalWorkbook(dir('påstår.xlsx'));
    claimSizes(dir('påstår.xlsx'), 400 * 1024 * 1024);
    expect((await refusal(dir('påstår.xlsx'))).message).toMatch(
      /^Arbetsboken packas upp till mer än 500 MB, eller är packad misstänkt hårt/,
    );
    await zipOf(dir('nollor.xlsx'), {
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': Buffer.alloc(12 * 1024 * 1024, 0x20),
    });
    expect((await refusal(dir('nollor.xlsx'))).message).toMatch(/^Arbetsboken packas upp till mer än 500 MB/);
  });

  it('a damaged workbook: cut short, a byte changed, or a directory that lies about sizes', async () => {
    const dir = inDir(tempDir());
    await normalWorkbook(dir('hel.xlsx'));
    const whole = fs.readFileSync(dir('hel.xlsx'));
    const damaged =
      'Arbetsboken går inte att läsa; den kan vara skadad eller ofullständig. Öppna den i Excel och spara den igen som Excel-arbetsbok (.xlsx).';
    fs.writeFileSync(dir('kort.xlsx'), whole.subarray(0, whole.length - 300));
    expect((await refusal(dir('kort.xlsx'))).message).toBe(damaged);
    // A byte inside the packed first sheet (after its local header: name and extra field).
    const changed = Buffer.from(whole);
    const name = changed.indexOf('xl/worksheets/sheet1.xml');
    const dataStart = name + 'xl/worksheets/sheet1.xml'.length + changed.readUInt16LE(name - 2);
    changed[dataStart + 20]! ^= 0xff;
    fs.writeFileSync(dir('ändrad.xlsx'), changed);
    expect((await refusal(dir('ändrad.xlsx'))).message).toBe(damaged);
    fs.writeFileSync(dir('ljuger.xlsx'), whole);
    claimSizes(dir('ljuger.xlsx'), 10);
    expect((await refusal(dir('ljuger.xlsx'))).message).toBe(damaged);
  });

  it('a CSV of 1,000,000 rows: reading stops at the cap', async () => {
    const file = inDir(tempDir())('miljon.csv');
    bigCsv(file, 1_000_000);
    expect(await refusal(file)).toEqual({
      path: 'miljon.csv',
      message: `Filen har fler än ${MAX_ROWS.toLocaleString('sv-SE')} rader med innehåll. Dela upp den i mindre filer och importera dem var för sig.`,
    });
  });

  it('a workbook with more rows than the cap', async () => {
    const file = inDir(tempDir())('rader.xlsx');
    const rows = Array.from({ length: MAX_ROWS + 10 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    await zipOf(file, {
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="Rader" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
    });
    expect((await refusal(file)).message).toMatch(/^Filen har fler än 250\u00a0000 rader med innehåll\./);
  }, 20_000);

  it('content beyond the column cap, at the cell where it is', async () => {
    const dir = inDir(tempDir());
    fs.writeFileSync(dir('bred.csv'), `Namn${';'.repeat(MAX_COLUMNS)}x\n`);
    expect(await refusal(dir('bred.csv'))).toEqual({
      path: 'bred!ALM1',
      message:
        'Bladet har innehåll i kolumn ALM; som mest 1000 kolumner (A–ALL) kan läsas in. Ta bort kolumnerna längre till höger och spara igen.',
    });
    const wb = new ExcelJS.Workbook();
    wb
      .addWorksheet('Mina kunder')
      .getRow(3)
      .getCell(MAX_COLUMNS + 5).value = 'långt ut';
    await wb.xlsx.writeFile(dir('bred.xlsx'));
    expect((await refusal(dir('bred.xlsx'))).path).toBe("'Mina kunder'!ALQ3");
  });

  it('UTF-16 text and other text with NUL bytes: save it as UTF-8 CSV or xlsx', async () => {
    const dir = inDir(tempDir());
    fs.writeFileSync(dir('unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Namn\tOrt\r\n', 'utf16le')]));
    expect((await refusal(dir('unicode.txt'))).message).toBe(
      'Filen är sparad som Unicode-text (UTF-16). Spara den som CSV UTF-8 eller som Excel-arbetsbok (.xlsx) och försök igen.',
    );
    fs.writeFileSync(dir('utan-bom.csv'), Buffer.from('Namn;Ort\r\nÅkesson;Göteborg\r\n', 'utf16le'));
    expect((await refusal(dir('utan-bom.csv'))).message).toMatch(
      /^Filen är inte text \(den innehåller nolltecken; den kan vara sparad som UTF-16/,
    );
    // A NUL far into an otherwise good file.
    fs.writeFileSync(dir('sent.csv'), Buffer.concat([Buffer.from('A;B\n'.repeat(50_000)), Buffer.from([0])]));
    expect((await refusal(dir('sent.csv'))).message).toMatch(/^Filen är inte text/);
  });

  it('a quote that never closes, and a cell longer than Excel allows', async () => {
    const dir = inDir(tempDir());
    fs.writeFileSync(dir('öppen.csv'), 'Namn;Ort\nAcme;"Göteborg\nBeta;Malmö\n');
    expect(await refusal(dir('öppen.csv'))).toMatchObject({
      path: 'öppen!B2',
      message: expect.stringMatching(/^Ett citattecken som börjar i cellen avslutas aldrig/),
    });
    fs.writeFileSync(dir('lång.csv'), `Namn;Text\nAcme;${'x'.repeat(40_000)}\n`);
    expect(await refusal(dir('lång.csv'))).toMatchObject({
      path: 'lång!B2',
      message: expect.stringMatching(/^Cellen har mer än 32\u00a0767 tecken/),
    });
  });
});

describe('cancel', () => {
  it('stops with CANCELLED when the signal is aborted, before or while reading', async () => {
    const file = inDir(tempDir())('många.csv');
    bigCsv(file, 100_000);
    const before = new AbortController();
    before.abort();
    expect((await failure(file, 'sv', before.signal)).code).toBe('CANCELLED');

    const during = new AbortController();
    let progressAfterCancel = 0;
    const error = await readSpreadsheet(file, {
      lang: 'sv',
      signal: during.signal,
      onProgress: (rows) => {
        if (during.signal.aborted) progressAfterCancel++;
        if (rows > 0) during.abort();
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CANCELLED');
    expect(progressAfterCancel).toBe(0);
  });

  it('cancels a workbook while its rows are read', async () => {
    const file = inDir(tempDir())('bok.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet('Rader');
    for (let i = 1; i <= 5000; i++) ws.addRow([i]).commit();
    ws.commit();
    await wb.commit();
    const controller = new AbortController();
    const error = await readSpreadsheet(file, {
      lang: 'en',
      signal: controller.signal,
      onProgress: (rows) => rows > 0 && controller.abort(),
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DomainError).code).toBe('CANCELLED');
  });
});
