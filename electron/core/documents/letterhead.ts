// The letterhead of generated documents: the organisation's name (and logo) in the page header,
// "Sida X av Y" in the footer. Shared with the PUB-avtal documents.
import { AlignmentType, Footer, Header, ImageRun, PageNumber, Paragraph, TabStopPosition, TabStopType, TextRun } from 'docx';
import { ACCENT } from './styles';
import type { DocFrame, DocLogo } from './model';
import { sanitizeText } from './sanitize';

/** Pixel size of a PNG or JPEG from its header; null when it cannot be read. */
export function imageSize(logo: DocLogo): { width: number; height: number } | null {
  const d = logo.data;
  if (logo.mime === 'image/png') {
    if (d.length < 24) return null;
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let i = 2;
  while (i + 9 < d.length) {
    if (d[i] !== 0xff) return null;
    const marker = d[i + 1]!;
    const length = (d[i + 2]! << 8) | d[i + 3]!;
    // Start-of-frame markers (baseline, progressive…) hold the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (d[i + 5]! << 8) | d[i + 6]!, width: (d[i + 7]! << 8) | d[i + 8]! };
    }
    i += 2 + length;
  }
  return null;
}

const LOGO_HEIGHT = 40;
const LOGO_MAX_WIDTH = 200;

function logoRun(logo: DocLogo | null): ImageRun | null {
  if (!logo) return null;
  const size = imageSize(logo);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  const scale = Math.min(LOGO_HEIGHT / size.height, LOGO_MAX_WIDTH / size.width);
  return new ImageRun({
    type: logo.mime === 'image/png' ? 'png' : 'jpg',
    data: logo.data,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
  });
}

/** `right`: the text width in twips, for a page other than portrait A4 (a landscape list). */
export function letterheadHeader(frame: DocFrame, right: number = TabStopPosition.MAX): Header {
  const logo = logoRun(frame.logo);
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: right }],
        border: { bottom: { style: 'single', size: 6, color: ACCENT, space: 4 } },
        children: [
          ...(logo ? [logo, new TextRun({ text: '\t' })] : []),
          new TextRun({ text: sanitizeText(frame.organisationName), bold: true, color: ACCENT, size: 20 }),
        ],
      }),
    ],
  });
}

export function pageNumberFooter(frame: DocFrame, leftText: string, right: number = TabStopPosition.MAX): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: right }],
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: sanitizeText(leftText), size: 16, color: '7F7F7F' }),
          new TextRun({
            size: 16,
            color: '7F7F7F',
            children: [`\t${frame.pageWords.page} `, PageNumber.CURRENT, ` ${frame.pageWords.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
