// The PUB-avtal as a Word document: a pure function from the view-model to a docx Document.
// Real Word structure so the user can go on editing it: Title, Heading 1 clauses numbered by a
// multi-level list (1. / 1.1), bullets on the list's third level, annexes with real tables whose
// header row repeats on every page, and the shared letterhead and "Sida X av Y" footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import type { AgreementView, AnnexBlock, ClauseBlock, SignatureColumn } from './agreement.model';
import { letterheadHeader, pageNumberFooter } from './letterhead';
import { sanitizeText } from './sanitize';
import { BULLETS, documentStyles, externalStyles, numbering, TABLE_STYLE_ID } from './styles';

const CLAUSES = 'forteckna-clauses';
/** Width of the text column in twips (A4 minus the page margins below). */
const TEXT_WIDTH = 11906 - 2 * 1247;
// Wide enough for "10." in the Heading 1 size.
const INDENT = 680;

const clauseLevels: ILevelsOptions[] = [
  {
    level: 0,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } },
  },
  {
    level: 1,
    format: LevelFormat.DECIMAL,
    text: '%1.%2',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } },
  },
  {
    level: 2,
    format: LevelFormat.BULLET,
    text: '•',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT + 284, hanging: 284 } } },
  },
];

/** Runs of text; newlines become line breaks. */
function runs(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return sanitizeText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...options, break: i > 0 ? 1 : undefined }));
}

function cellParagraph(text: string, bold: boolean, keepNext = false): Paragraph {
  return new Paragraph({ keepNext, spacing: { after: 0 }, children: runs(text, { bold }) });
}

/** A table in the shared table style; the first row is a header that repeats on each page. */
function table(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], boldFirstColumn = false): Table {
  const cell = (text: string, column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.PERCENTAGE },
      children: [cellParagraph(text, isHeader || (boldFirstColumn && column === 0), isHeader)],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w * TEXT_WIDTH) / 100)),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** Even column widths (percent) for a table without its own. */
const even = (columns: number) => Array.from({ length: columns }, () => 100 / columns);

function clauseBlock(block: ClauseBlock, index: number, blocks: readonly ClauseBlock[]): Paragraph[] {
  if (block.kind === 'paragraph') {
    // A lead-in such as "Den personuppgiftsansvarige har rätt att:" stays with its bullets.
    const keepNext = blocks[index + 1]?.kind === 'bullets';
    return [new Paragraph({ numbering: { reference: CLAUSES, level: 1 }, keepNext, children: runs(block.text) })];
  }
  return block.items.map(
    (item) => new Paragraph({ numbering: { reference: CLAUSES, level: 2 }, spacing: { after: 60 }, children: runs(item) }),
  );
}

function annexBlock(block: AnnexBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: block.runs.flatMap((r) => runs(r.text, { bold: r.bold })) })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            spacing: { after: 60 },
            children: item.flatMap((r) => runs(r.text, { bold: r.bold })),
          }),
      );
    case 'table':
      // The empty paragraph keeps the next heading from sticking to the table.
      return [table(block.header, block.rows, block.widths ?? even(block.header.length)), new Paragraph({ children: [] })];
    case 'facts':
      return [table(block.header, block.rows, [32, 68], true), new Paragraph({ children: [] })];
  }
}

/** A line to write on, with its caption underneath ("Ort och datum", "Underskrift" …). */
function signatureLine(text: string, caption: string, spaceBefore: number): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: spaceBefore, after: 0 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '404040', space: 1 } },
      children: runs(text),
    }),
    new Paragraph({ keepNext: true, spacing: { after: 80 }, children: runs(caption, { size: 16, color: '595959' }) }),
  ];
}

function signatureCell(column: SignatureColumn, captions: AgreementView['signatures']['captions']): TableCell {
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    margins: { left: 0, right: 340 },
    children: [
      new Paragraph({ keepNext: true, spacing: { after: 0 }, children: runs(column.heading, { bold: true }) }),
      new Paragraph({ keepNext: true, spacing: { after: 0 }, children: runs(column.partyName) }),
      ...signatureLine(column.place, captions.placeDate, 360),
      ...signatureLine('', captions.signature, 720),
      ...signatureLine(column.name, captions.name, 240),
      ...signatureLine(column.title, captions.title, 240),
    ],
  });
}

function signatureBlock(view: AgreementView): (Paragraph | Table)[] {
  const { signatures } = view;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(signatures.title) }),
    new Paragraph({ keepNext: true, children: runs(signatures.intro) }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: signatures.columns.map((c) => signatureCell(c, signatures.captions)) })],
    }),
  ];
}

export function agreementDocx(view: AgreementView): Document {
  return new Document({
    creator: sanitizeText(view.organisationName),
    title: sanitizeText(view.title),
    description: sanitizeText(view.description),
    externalStyles: externalStyles(view.lang),
    styles: documentStyles(view.lang),
    numbering: { config: [...numbering.config, { reference: CLAUSES, levels: clauseLevels }] },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 } } },
        headers: { default: letterheadHeader(view) },
        footers: { default: pageNumberFooter(view, view.footerText) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(view.title) }),
          ...view.subtitle.map((line) => new Paragraph({ style: 'Subtitle', children: runs(line) })),
          new Paragraph({ spacing: { before: 240 }, children: runs(view.partiesIntro) }),
          table(view.parties.header, view.parties.rows, [26, 37, 37], true),
          ...view.clauses.flatMap((clause) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: CLAUSES, level: 0 }, children: runs(clause.title) }),
            ...clause.blocks.flatMap(clauseBlock),
          ]),
          ...signatureBlock(view),
          ...view.annexes.flatMap((annex) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs(annex.title) }),
            ...annex.blocks.flatMap(annexBlock),
          ]),
        ],
      },
    ],
  });
}
