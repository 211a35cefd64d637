// The change-notice letter as a Word document: a pure function from the view-model to a docx
// Document, on the agreements' letterhead and styles (Heading 1 subject, a facts table in the
// shared table style, real bullets). The merged document for printing puts each letter in its own
// section, so each starts on a new page with its own page numbers.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Language } from '../../../shared/messages';
import type { ClauseBlock } from './agreement.model';
import { letterheadHeader, pageNumberFooter } from './letterhead';
import type { NoticeLetterView } from './notice-letter.model';
import { sanitizeText } from './sanitize';
import { BULLETS, documentStyles, externalStyles, numbering, TABLE_STYLE_ID } from './styles';

/** Width of the text column in twips (A4 minus the page margins below). */
const TEXT_WIDTH = 11906 - 2 * 1247;
const PAGE = { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 } };
/** A table row longer than this may split across pages (a very long reason would not fit on one). */
const KEEP_ROW_CHARS = 1200;

const languageTag = (lang: Language) => (lang === 'sv' ? 'sv-SE' : 'en-GB');

interface RunOptions {
  bold?: boolean;
  size?: number;
  color?: string;
  /** Set on each run only where the letter's language differs from the document's (a merged document). */
  language?: string;
}

/** Runs of text; newlines become line breaks. */
function runs(text: string, options: RunOptions = {}): TextRun[] {
  const { language, ...rest } = options;
  return sanitizeText(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({ text: line, ...rest, ...(language ? { language: { value: language } } : {}), break: i > 0 ? 1 : undefined }),
    );
}

/** Paragraphs and bullets; `keepTogether` keeps every one with the next (the closing stays with our name). */
function textBlocks(blocks: readonly ClauseBlock[], language: string | undefined, keepTogether = false): Paragraph[] {
  return blocks.flatMap((block, index) => {
    if (block.kind === 'paragraph') {
      const keepNext = keepTogether || blocks[index + 1]?.kind === 'bullets';
      return [new Paragraph({ keepNext, keepLines: keepTogether, children: runs(block.text, { language }) })];
    }
    return block.items.map(
      (item) =>
        new Paragraph({
          numbering: { reference: BULLETS, level: 0 },
          keepNext: keepTogether,
          spacing: { after: 60 },
          children: runs(item, { language }),
        }),
    );
  });
}

function factsTable(view: NoticeLetterView, language: string | undefined): Table {
  const widths = [32, 68];
  const cell = (text: string, column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({ keepNext: isHeader, spacing: { after: 0 }, children: runs(text, { bold: isHeader || column === 0, language }) }),
      ],
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((w * TEXT_WIDTH) / 100)),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: view.factsHeader.map((h, i) => cell(h, i, true)) }),
      ...view.facts.map(
        ([label, value]) =>
          new TableRow({ cantSplit: value.length <= KEEP_ROW_CHARS, children: [cell(label, 0, false), cell(value, 1, false)] }),
      ),
    ],
  });
}

/** The letter's body, top to bottom. */
function letterChildren(view: NoticeLetterView, language: string | undefined): (Paragraph | Table)[] {
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, children: runs(text, { language }) });
  const senderLines = [view.sender.name, ...view.sender.lines];
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: runs(view.date, { language }) }),
    new Paragraph({ spacing: { after: 360 }, children: runs(view.recipient.join('\n'), { language }) }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 0 }, children: runs(view.subject, { language }) }),
    ...textBlocks(view.intro, language),
    heading(view.factsHeading, HeadingLevel.HEADING_2),
    factsTable(view, language),
    heading(view.objectionHeading, HeadingLevel.HEADING_2),
    ...textBlocks(view.objection, language),
    ...textBlocks(view.closing, language, true),
    ...senderLines.map(
      (line, i) =>
        new Paragraph({
          keepNext: i < senderLines.length - 1,
          keepLines: true,
          spacing: { before: i === 0 ? 240 : 0, after: 0 },
          children: runs(line, { bold: i === 0, language }),
        }),
    ),
  ];
}

/**
 * "Sida 2" counted within the letter's own section (the merged document holds many letters): no
 * "av N", since LibreOffice cannot show a section's page count (Word's SECTIONPAGES) and would
 * print "Sida 2 av".
 */
function sectionPageFooter(view: NoticeLetterView): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [
          new TextRun({ text: sanitizeText(view.footerText), size: 16, color: '7F7F7F' }),
          new TextRun({
            size: 16,
            color: '7F7F7F',
            children: [`\t${view.pageWords.page} `, PageNumber.CURRENT],
          }),
        ],
      }),
    ],
  });
}

export function noticeLetterDocx(view: NoticeLetterView): Document {
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
        children: letterChildren(view, undefined),
      },
    ],
  });
}

/**
 * Every letter in one document for printing: one section per letter, so each starts on a new
 * page and counts its own pages. The document's language is the first letter's; a letter in the
 * other language marks its runs with its own, so spelling is checked in the right language.
 */
export function mergedNoticeLettersDocx(views: readonly NoticeLetterView[], meta: { title: string; description: string }): Document {
  const lang = views[0]?.lang ?? 'sv';
  const sections: ISectionOptions[] = views.map((view) => ({
    properties: { page: { ...PAGE, pageNumbers: { start: 1 } } },
    headers: { default: letterheadHeader(view) },
    footers: { default: sectionPageFooter(view) },
    children: letterChildren(view, view.lang === lang ? undefined : languageTag(view.lang)),
  }));
  return new Document({
    creator: sanitizeText(views[0]?.organisationName ?? ''),
    title: sanitizeText(meta.title),
    description: sanitizeText(meta.description),
    externalStyles: externalStyles(lang),
    styles: documentStyles(lang),
    numbering,
    sections,
  });
}
