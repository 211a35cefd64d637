// Reading an exported workbook back the way a spreadsheet program would: sheets, rows, cell types.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface ReadSheet {
  name: string;
  title: string;
  headers: string[];
  /** Data rows (below the title and header rows), as the cells exceljs reads. */
  rows: ExcelJS.Cell[][];
  sheet: ExcelJS.Worksheet;
}

export async function readWorkbook(file: string): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const width = sheet.getRow(2).cellCount;
    const cellsOf = (n: number) => Array.from({ length: width }, (_, i) => sheet.getRow(n).getCell(i + 1));
    const rows: ExcelJS.Cell[][] = [];
    for (let n = 3; n <= sheet.rowCount; n++) rows.push(cellsOf(n));
    return {
      name: sheet.name,
      title: String(sheet.getCell(1, 1).value),
      headers: cellsOf(2).map((c) => String(c.value)),
      rows,
      sheet,
    };
  });
}

/** The column of a sheet by its header. */
export function column(sheet: ReadSheet, header: string): ExcelJS.Cell[] {
  const index = sheet.headers.indexOf(header);
  if (index < 0) throw new Error(`${sheet.name} has no column "${header}" (has ${sheet.headers.join(', ')})`);
  return sheet.rows.map((r) => r[index]!);
}

/** The XML parts of the file (worksheets, shared strings…), for checks a reader would not show. */
export async function xmlParts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels')))
    parts[name] = await zip.file(name)!.async('string');
  return parts;
}
