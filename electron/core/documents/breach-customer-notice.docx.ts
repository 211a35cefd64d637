// The notice to an affected customer as a Word document (a letter: date, address block, subject,
// sections, our name), and the parts the other two breach documents share with it: the frame on
// the shared letterhead and styles, runs, section blocks, the two-column table, the draft banner.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { BreachDocView } from './breach-notice.model';
import { letterheadHeader, pageNumberFooter } from './letterhead';
import type { DocBlock, DocRun } from './model';
import { sanitizeText } from './sanitize';
import { ACCENT, BULLETS, documentStyles, externalStyles, numbering, TABLE_STYLE_ID } from './styles';

/** Width of the text column in twips (A4 minus the page margins below). */
const TEXT_WIDTH = 11906 - 2 * 1247;
const PAGE = { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 } };
/** A table row longer than this may split across pages (a long description would not fit on one). */
const KEEP_ROW_CHARS = 1200;

type Block = Paragraph | Table;

/** Runs of text; newlines become line breaks. */
export function runs(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return sanitizeText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...options, break: i > 0 ? 1 : undefined }));
}

const docRuns = (parts: readonly DocRun[]) => parts.flatMap((r) => runs(r.text, { bold: r.bold }));

function table(header: readonly string[], rows: readonly string[][], widths: readonly number[]): Table {
  const cell = (text: string, column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column] ?? 50, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ keepNext: isHeader, spacing: { after: 0 }, children: runs(text, { bold: isHeader || column === 0 }) })],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w * TEXT_WIDTH) / 100)),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: row.join('').length <= KEEP_ROW_CHARS,
            children: row.map((text, i) => cell(text, i, false)),
          }),
      ),
    ],
  });
}

/** One block of a section: a paragraph, bullets, or a label/value table. */
export function blockChildren(block: DocBlock): Block[] {
  if (block.kind === 'heading') return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(block.text) })];
  if (block.kind === 'paragraph') return [new Paragraph({ children: docRuns(block.runs) })];
  if (block.kind === 'list')
    return block.items.map(
      (item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 }, children: docRuns(item) }),
    );
  const widths = block.widths ?? block.header.map(() => 100 / block.header.length);
  // A paragraph after the table, so two tables in a row stay apart.
  return [table(block.header, block.rows, widths), new Paragraph({ spacing: { after: 0 }, children: [] })];
}

/** The sections under their Heading 2, in order. */
export function sectionChildren(view: BreachDocView): Block[] {
  return view.sections.flatMap((section) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(section.title) }),
    ...section.blocks.flatMap(blockChildren),
  ]);
}

/** Plain paragraphs; `keepTogether` keeps each with the next and leaves room above the first (a letter's closing). */
export const plainParagraphs = (lines: readonly string[], keepTogether = false): Paragraph[] =>
  lines.map(
    (line, i) =>
      new Paragraph({
        keepNext: keepTogether,
        keepLines: keepTogether,
        ...(keepTogether && i === 0 ? { spacing: { before: 240 } } : {}),
        children: runs(line),
      }),
  );

const BANNER_BORDER: IBorderOptions = { style: 'single', size: 12, color: ACCENT, space: 6 };

/** Lines in a shaded, bordered box (the IMY draft's "not a notification"); the first in bold. */
export function bannerParagraphs(lines: readonly string[]): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({
        keepNext: i < lines.length - 1,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEAF6' },
        border: { top: BANNER_BORDER, bottom: BANNER_BORDER, left: BANNER_BORDER, right: BANNER_BORDER },
        spacing: { after: i === lines.length - 1 ? 240 : 0 },
        children: runs(line, { bold: i === 0, color: i === 0 ? ACCENT : undefined }),
      }),
  );
}

/** The title (Title style) with the date under it, for the documents that are not letters. */
export function titleParagraphs(view: BreachDocView): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(view.heading) }),
    new Paragraph({ style: 'Subtitle', spacing: { after: 240 }, children: runs(`${view.organisationName} · ${view.date}`) }),
  ];
}

/** The Word document around the body: letterhead, page numbers, properties, styles. */
export function breachDocument(view: BreachDocView, children: Block[]): Document {
  return new Document({
    creator: sanitizeText(view.organisationName),
    title: sanitizeText(view.title),
    description: sanitizeText(view.description),
    externalStyles: externalStyles(view.lang),
    styles: documentStyles(view.lang),
    numbering,
    sections: [
      {
        properties: { page: PAGE },
        headers: { default: letterheadHeader(view) },
        footers: { default: pageNumberFooter(view, view.footerText) },
        children,
      },
    ],
  });
}

export function breachCustomerNoticeDocx(view: BreachDocView): Document {
  const senderLines = view.sender ? [view.sender.name, ...view.sender.lines] : [];
  return breachDocument(view, [
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: runs(view.date) }),
    new Paragraph({ spacing: { after: 360 }, children: runs((view.recipient ?? []).join('\n')) }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 0 }, children: runs(view.heading) }),
    ...plainParagraphs(view.intro),
    ...sectionChildren(view),
    ...plainParagraphs(view.closing, true),
    ...senderLines.map(
      (line, i) =>
        new Paragraph({
          keepNext: i < senderLines.length - 1,
          keepLines: true,
          spacing: { before: i === 0 ? 240 : 0, after: 0 },
          children: runs(line, { bold: i === 0 }),
        }),
    ),
  ]);
}
