// The reply to an access request as a Word document: a pure function from the view-model to a
// docx Document, on the shared letterhead and styles (date, address block, Heading 1 subject, a
// Heading 2 per item of Art. 15, real bullets). The annex for the copy of the data starts on a
// page of its own.
import { AlignmentType, Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { AccessReplyView } from './access-reply.model';
import { letterheadHeader, pageNumberFooter } from './letterhead';
import type { DocBlock, DocRun } from './model';
import { sanitizeText } from './sanitize';
import { BULLETS, documentStyles, externalStyles, numbering, TABLE_STYLE_ID } from './styles';

/** Width of the text column in twips (A4 minus the page margins below). */
const TEXT_WIDTH = 11906 - 2 * 1247;
const PAGE = { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 } };

/** Runs of text; newlines inside a run become line breaks. */
function textRuns(runs: readonly DocRun[], extra: { bold?: boolean } = {}): TextRun[] {
  return runs.flatMap((run) =>
    sanitizeText(run.text)
      .split('\n')
      .map((line, i) => new TextRun({ text: line, bold: run.bold ?? extra.bold, break: i > 0 ? 1 : undefined })),
  );
}

function table(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const cell = (text: string, header: boolean, column: number) =>
    new TableCell({
      width: block.widths?.[column] !== undefined ? { size: block.widths[column]!, type: WidthType.PERCENTAGE } : undefined,
      children: [new Paragraph({ keepNext: header, spacing: { after: 0 }, children: textRuns([{ text }], { bold: header }) })],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.widths?.map((w) => Math.round((w * TEXT_WIDTH) / 100)),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, true, i)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

/** A section's blocks; an activity's heading is a Heading 3 under the section's Heading 2. */
function renderBlocks(blocks: readonly DocBlock[]): (Paragraph | Table)[] {
  return blocks.flatMap((block, index): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: textRuns([{ text: block.text }]) })];
      case 'paragraph':
        // A lead-in paragraph stays with the list it introduces.
        return [new Paragraph({ keepNext: blocks[index + 1]?.kind === 'list', children: textRuns(block.runs) })];
      case 'list':
        return block.items.map(
          (item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 }, children: textRuns(item) }),
        );
      case 'table':
        return [table(block), new Paragraph({ children: [] })];
    }
  });
}

function letterChildren(view: AccessReplyView): (Paragraph | Table)[] {
  const heading2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns([{ text }]) });
  const senderLines = [view.sender.name, ...view.sender.lines];
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: textRuns([{ text: view.date }]) }),
    new Paragraph({ spacing: { after: 360 }, children: textRuns([{ text: view.recipient.join('\n') }]) }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 0 }, children: textRuns([{ text: view.subject }]) }),
    ...renderBlocks(view.intro),
    ...view.sections.flatMap((section) => [heading2(section.title), ...renderBlocks(section.blocks)]),
    // The closing stays with our name.
    ...view.closing.map((text) => new Paragraph({ keepNext: true, keepLines: true, children: textRuns([{ text }]) })),
    ...senderLines.map(
      (line, i) =>
        new Paragraph({
          keepNext: i < senderLines.length - 1,
          keepLines: true,
          spacing: { before: i === 0 ? 240 : 0, after: 0 },
          children: textRuns([{ text: line, bold: i === 0 }]),
        }),
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: textRuns([{ text: view.annex.title }]) }),
    ...renderBlocks(view.annex.blocks),
  ];
}

export function accessReplyDocx(view: AccessReplyView): Document {
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
        children: letterChildren(view),
      },
    ],
  });
}
