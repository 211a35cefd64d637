// The public sub-processor list as workbook sheets, written by the register workbook's writer
// (workbook/workbook.writer.ts: streaming, sanitised text cells, real dates, frozen header,
// filters, fitted widths).
import type { CellValue, ColumnDef, SheetDef } from '../workbook/sheets';
import type { SheetData } from '../workbook/workbook.rows';
import type { SubprocessorListView } from './subprocessor-list.view';
import { subprocessorListWords } from './subprocessor-list.words';

const col = (key: string, header: { sv: string; en: string }, width: number, type: ColumnDef['type'] = 'text'): ColumnDef => ({
  key,
  header,
  width,
  type,
});

type ListWords = (typeof subprocessorListWords)['sv'];
/** A label in both languages from the word module. */
const label = (pick: (w: ListWords) => string) => ({ sv: pick(subprocessorListWords.sv), en: pick(subprocessorListWords.en) });

/** The list's sheets: the sub-processors, and the announced changes when there are any. */
export function subprocessorListSheets(view: SubprocessorListView): SheetData[] {
  const all = view.service === null;
  const sheet = (name: { sv: string; en: string }, columns: ColumnDef[], freezeColumns: number): SheetDef => ({
    // The writer does not use the key; these sheets are not among the register workbook's.
    key: 'subprocessors',
    name,
    title: label((w) => w.title),
    columns,
    freezeColumns,
  });
  const list: SheetData = {
    def: sheet(
      label((w) => w.sheet),
      [
        col(
          'name',
          label((w) => w.header.nameOnly),
          32,
        ),
        col(
          'orgNr',
          label((w) => w.header.orgNr),
          18,
        ),
        col(
          'place',
          label((w) => w.header.place),
          18,
        ),
        col(
          'description',
          label((w) => w.header.description),
          45,
        ),
        col(
          'locations',
          label((w) => w.header.locations),
          36,
        ),
        col(
          'transfer',
          label((w) => w.header.transfer),
          36,
        ),
        ...(all
          ? [
              col(
                'services',
                label((w) => w.header.services),
                30,
                'list',
              ),
            ]
          : []),
      ],
      1,
    ),
    rows: view.rows.map((r): Record<string, CellValue> => ({
      name: r.name,
      orgNr: r.orgNr,
      place: r.place,
      description: r.description,
      locations: r.locations,
      // One line in a cell: the module after the mechanism.
      transfer: r.transfer.replace(/\n/g, ', '),
      services: r.services,
    })),
  };
  if (!view.planned?.length) return [list];
  const planned: SheetData = {
    def: sheet(
      label((w) => w.plannedSheet),
      [
        col(
          'effectiveDate',
          label((w) => w.plannedHeader.effectiveDate),
          12,
          'date',
        ),
        col(
          'kind',
          label((w) => w.plannedHeader.kind),
          24,
        ),
        col(
          'subprocessor',
          label((w) => w.plannedHeader.subprocessor),
          32,
        ),
        col(
          'replaced',
          label((w) => w.plannedHeader.replaced),
          32,
        ),
        col(
          'place',
          label((w) => w.plannedHeader.place),
          18,
        ),
        col(
          'change',
          label((w) => w.plannedHeader.change),
          60,
        ),
      ],
      0,
    ),
    rows: view.planned.map((c) => ({
      effectiveDate: c.effectiveDate,
      kind: c.kindLabel,
      subprocessor: c.subprocessor,
      replaced: c.replaced,
      place: c.place,
      change: c.change,
    })),
  };
  return [list, planned];
}

/** The first row of each sheet: the title, the organisation, the service and the version date. */
export function sheetTitle(view: SubprocessorListView, sheet: SheetData): string {
  return [sheet.def.name[view.lang], view.organisationName, ...view.subtitle].join(' – ');
}
