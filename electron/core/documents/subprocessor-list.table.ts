// The public sub-processor list's tables as header, widths and cells: one layout for the DOCX and
// the HTML page.
import type { SubprocessorListView } from '../subprocessor-list/subprocessor-list.view';
import { subprocessorListWords } from '../subprocessor-list/subprocessor-list.words';

/** A cell's content: lines of text, the first one bold when asked; a second part in grey (an id). */
export interface CellText {
  text: string;
  bold?: boolean;
  /** A smaller grey line under the text (the organisationsnummer). */
  detail?: string;
}

export interface ListTable {
  header: string[];
  /** Column widths in percent of the table. */
  widths: number[];
  rows: CellText[][];
}

/** The list's table: header, column widths (percent) and cells, shared with the HTML page. */
export function listTable(view: SubprocessorListView): ListTable {
  const h = subprocessorListWords[view.lang].header;
  const all = view.service === null;
  const header = [h.name, h.place, h.description, h.locations, h.transfer, ...(all ? [h.services] : [])];
  const widths = all ? [18, 10, 22, 17, 19, 14] : [22, 12, 27, 19, 20];
  const rows = view.rows.map((r) => [
    { text: r.name, bold: true, ...(r.orgNr ? { detail: r.orgNr } : {}) },
    { text: r.place },
    { text: r.description },
    { text: r.locations },
    { text: r.transfer },
    ...(all ? [{ text: r.services.join('\n') }] : []),
  ]);
  return { header, widths, rows };
}

/** The announced changes' table; null when there are none to show. */
export function plannedTable(view: SubprocessorListView): ListTable | null {
  if (!view.planned?.length) return null;
  const words = subprocessorListWords[view.lang];
  const h = words.plannedHeader;
  return {
    header: [h.effectiveDate, h.kind, h.subprocessor, h.place, h.change],
    widths: [12, 16, 22, 13, 37],
    rows: view.planned.map((p) => [
      { text: p.effectiveDate },
      { text: p.kindLabel },
      { text: p.subprocessor, bold: true, ...(p.replaced ? { detail: words.replaces(p.replaced) } : {}) },
      { text: p.place },
      { text: p.change },
    ]),
  };
}
