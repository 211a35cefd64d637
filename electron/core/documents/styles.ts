// Word styles shared by the generated documents (privacy notice, later the PUB-avtal): real
// Title/Heading/Normal styles, a bullet list and a table style, so a user can restyle the
// document in Word.
import { AlignmentType, LevelFormat, type IStylesOptions } from 'docx';
import type { Language } from '../../../shared/messages';
import { documentWords } from './document.words';

export const FONT = 'Calibri';
export const ACCENT = '1F4E79';
export const TABLE_STYLE_ID = 'FortecknaTable';
export const BULLETS = 'forteckna-bullets';

const languageTag = (lang: Language) => (lang === 'sv' ? 'sv-SE' : 'en-GB');

/**
 * A table style with borders, a shaded header row and a little cell padding, as a styles part
 * for docx's `externalStyles` (docx has no API for table styles; its own styles are kept).
 */
export const externalStyles = (lang: Language): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}">` +
  `<w:name w:val="${documentWords[lang].tableStyle}"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  '<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>' +
  '<w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`)
    .join('') +
  '</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${ACCENT}"/></w:tcPr></w:tblStylePr>` +
  '</w:style></w:styles>';

export function documentStyles(lang: Language): IStylesOptions {
  const language = { value: languageTag(lang) };
  return {
    default: {
      document: { run: { font: FONT, size: 21, language }, paragraph: { spacing: { after: 120, line: 276 } } },
      title: { run: { font: FONT, size: 44, bold: true, color: ACCENT }, paragraph: { spacing: { after: 80 } } },
      heading1: {
        run: { font: FONT, size: 30, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 24, bold: true, color: '262626' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: '595959', size: 20 },
        paragraph: { spacing: { after: 40 } },
      },
    ],
  };
}

export const numbering = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
  ],
};
