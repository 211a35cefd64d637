// The public sub-processor list as a Word document: a pure function from the view-model to a docx
// Document, on the agreements' letterhead and styles. Landscape, so that the six columns keep
// readable widths.
import { Document, HeadingLevel, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SubprocessorListView } from '../subprocessor-list/subprocessor-list.view';
import { subprocessorListWords } from '../subprocessor-list/subprocessor-list.words';
import { letterheadHeader, pageNumberFooter } from './letterhead';
import { sanitizeText } from './sanitize';
import { listTable, plannedTable, type CellText } from './subprocessor-list.table';
import { documentStyles, externalStyles, numbering, TABLE_STYLE_ID } from './styles';

const MARGIN = 1247;
/** Landscape A4 (16,838 twips wide) between the margins. */
const TEXT_WIDTH = 16838 - 2 * MARGIN;

/** Text runs with newlines as line breaks. */
function runs(text: string, options: { bold?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return sanitizeText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...options, break: i > 0 ? 1 : undefined }));
}

function table(header: readonly string[], rows: readonly CellText[][], widths: readonly number[]): Table {
  const cell = (content: CellText, column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          keepNext: isHeader,
          spacing: { after: 0 },
          children: [
            ...runs(content.text, { bold: isHeader || content.bold }),
            ...(content.detail ? [new TextRun({ text: '', break: 1 }), ...runs(content.detail, { color: '595959', size: 16 })] : []),
          ],
        }),
      ],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w * TEXT_WIDTH) / 100)),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell({ text: h }, i, true)) }),
      // A row stays on one page: a sub-processor read across a page break is easily misread.
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

export function subprocessorListDocx(view: SubprocessorListView): Document {
  const words = subprocessorListWords[view.lang];
  const list = listTable(view);
  const planned = plannedTable(view);
  return new Document({
    creator: sanitizeText(view.organisationName),
    title: sanitizeText(`${view.title} – ${view.organisationName}`),
    description: sanitizeText(view.footerText),
    externalStyles: externalStyles(view.lang),
    styles: documentStyles(view.lang),
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        headers: { default: letterheadHeader(view, TEXT_WIDTH) },
        footers: { default: pageNumberFooter(view, view.footerText, TEXT_WIDTH) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(view.title) }),
          ...view.subtitle.map((line) => new Paragraph({ style: 'Subtitle', children: runs(line) })),
          new Paragraph({ spacing: { before: 200 }, children: runs(view.intro) }),
          ...(view.rows.length ? [table(list.header, list.rows, list.widths)] : [new Paragraph({ children: runs(view.emptyText) })]),
          ...(planned
            ? [
                new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(words.plannedTitle) }),
                new Paragraph({ children: runs(words.plannedIntro) }),
                table(planned.header, planned.rows, planned.widths),
              ]
            : []),
        ],
      },
    ],
  });
}
