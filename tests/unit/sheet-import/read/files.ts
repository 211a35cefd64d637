// Files for the reader's tests, made by the test itself: workbooks (exceljs writer), zips with a
// chosen content or order (jszip), and raw bytes for the hostile ones.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A workbook with the kinds of cells a register kept in Excel has, two hidden sheets and a merged title. */
export async function normalWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const customers = wb.addWorksheet('Kunder');
  customers.getCell('A1').value = 'Kundlista';
  customers.mergeCells('A1:C1');
  customers.getRow(2).values = ['Namn', 'Belopp', 'Start', 'Aktiv', 'Dubbelt', 'Webb', 'Beskrivning', 'Formel utan värde'];
  const row = customers.getRow(3);
  row.getCell(1).value = 'Åkesson & Co AB';
  row.getCell(2).value = 12.5;
  row.getCell(3).value = new Date(Date.UTC(2024, 2, 15));
  row.getCell(3).numFmt = 'yyyy-mm-dd';
  row.getCell(4).value = true;
  row.getCell(5).value = { formula: 'B3*2', result: 25 };
  row.getCell(6).value = { text: 'Vår webbplats', hyperlink: 'https://example.se' };
  row.getCell(7).value = { richText: [{ text: 'Fet ', font: { bold: true } }, { text: 'och vanlig' }] };
  row.getCell(8).value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  const row4 = customers.getRow(4);
  row4.getCell(1).value = '=SUMMA(A1:A3)';
  row4.getCell(2).value = '+46 70 123 45 67';
  row4.getCell(3).value = 45366; // a number in a date-formatted cell is a date
  row4.getCell(3).numFmt = 'yyyy-mm-dd';
  row4.getCell(4).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  row4.getCell(5).value = { formula: 'C4+1', result: 45367 };
  row4.getCell(5).numFmt = 'yyyy-mm-dd';
  row4.getCell(6).value = '@kund';
  // XML cannot hold control characters: Excel writes them as _xHHHH_ (and a line break's \r as _x000D_).
  row4.getCell(7).value = 'rad 1_x000D_\nrad 2_x0007__x0000_ slut _x005F_x0041_';
  // Row 5 is empty; row 6 has a date with a time.
  customers.getCell('A6').value = new Date(Date.UTC(2024, 2, 15, 8, 30));
  customers.getCell('A6').numFmt = 'yyyy-mm-dd hh:mm';
  customers.getCell('B6').value = -0.5;
  const hidden = wb.addWorksheet('Listor', { state: 'hidden' });
  hidden.getCell('A1').value = 'Avtal';
  const veryHidden = wb.addWorksheet('Intern', { state: 'veryHidden' });
  veryHidden.getCell('B2').value = 42;
  const last = wb.addWorksheet('Tjänster');
  last.getCell('A1').value = 'Drift';
  await wb.xlsx.writeFile(file);
}

/** The same workbook with its parts in the order Excel writes them (sheets before the shared strings and styles). */
export async function inExcelOrder(source: string, target: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(source));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const rank = (name: string) =>
    name === '[Content_Types].xml'
      ? 0
      : name.startsWith('_rels/')
        ? 1
        : name === 'xl/workbook.xml'
          ? 2
          : name.includes('worksheets/')
            ? 3
            : 4;
  const sorted = [...names].sort((a, b) => rank(a) - rank(b) || b.localeCompare(a));
  const out = new JSZip();
  for (const name of sorted) out.file(name, await zip.file(name)!.async('uint8array'));
  fs.writeFileSync(target, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export async function zipOf(file: string, entries: Record<string, string | Buffer>): Promise<void> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A zip whose directory (and local headers) claim `claimed` bytes unpacked for every entry. */
export function claimSizes(file: string, claimed: number): void {
  const bytes = fs.readFileSync(file);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = bytes.readUInt32LE(i);
    if (signature === 0x02014b50) bytes.writeUInt32LE(claimed, i + 24);
    else if (signature === 0x04034b50) bytes.writeUInt32LE(claimed, i + 22);
  }
  fs.writeFileSync(file, bytes);
}

/** An OLE compound file (what .xls and an encrypted .xlsx are) with streams of these names in its directory. */
export function oleFile(file: string, streams: string[]): void {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const directory = Buffer.concat(streams.map((name) => Buffer.concat([Buffer.from(name, 'utf16le'), Buffer.alloc(64 - name.length * 2)])));
  fs.writeFileSync(file, Buffer.concat([header, Buffer.alloc(504), directory, Buffer.alloc(4096, 0xab)]));
}

/** A CSV of `rows` lines, written in pieces. */
export function bigCsv(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'Namn;Ort\n');
    const block = 'Kund AB;Göteborg\n'.repeat(10_000);
    for (let written = 0; written < rows; written += 10_000) fs.writeSync(fd, block);
  } finally {
    fs.closeSync(fd);
  }
}

export const inDir = (dir: string) => (name: string) => path.join(dir, name);
