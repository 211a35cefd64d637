// The privacy notice as a Word document: a pure function from the view-model to a docx Document.
import { Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { letterheadHeader, pageNumberFooter } from './letterhead';
import type { DocBlock, DocModel, DocRun, PrivacyNoticeView } from './model';
import { sanitizeText } from './sanitize';
import { BULLETS, documentStyles, externalStyles, numbering, TABLE_STYLE_ID } from './styles';

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
    columnWidths: block.widths?.map((w) => Math.round(w * 95)),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((h, i) => cell(h, true, i)),
      }),
      // A row stays on one page: a retention rule read across a page break is easily misread.
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

function renderBlock(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns([{ text: block.text }]) })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 60 }, children: textRuns(item) }),
      );
    case 'table':
      // An empty paragraph after the table keeps the next heading from sticking to it.
      return [table(block), new Paragraph({ children: [] })];
  }
}

/** Any generated document (title, subtitle lines, sections) with the shared letterhead. */
export function documentToDocx(model: DocModel, description: string): Document {
  return new Document({
    creator: sanitizeText(model.organisationName),
    title: sanitizeText(model.title),
    description: sanitizeText(description),
    externalStyles: externalStyles(model.lang),
    styles: documentStyles(model.lang),
    numbering,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 } } },
        headers: { default: letterheadHeader(model) },
        footers: { default: pageNumberFooter(model, model.footerText) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns([{ text: model.title }]) }),
          ...model.subtitle.map((line) => new Paragraph({ style: 'Subtitle', children: textRuns([{ text: line }]) })),
          ...model.sections.flatMap((section) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns([{ text: section.title }]) }),
            ...section.blocks.flatMap(renderBlock),
          ]),
        ],
      },
    ],
  });
}

export function privacyNoticeDocx(view: PrivacyNoticeView): Document {
  return documentToDocx(view, `${view.title} – ${view.registerVersion}`);
}
