// A document as plain data: the view-model the templates render to DOCX or HTML. Every string is
// already in the document's language; the templates add no words of their own.
import type { Language } from '../../../shared/messages';

/** A piece of a paragraph; `bold` for a lead-in such as "Rättslig grund:". */
export interface DocRun {
  text: string;
  bold?: boolean;
}

export type DocBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: DocRun[] }
  | { kind: 'list'; items: DocRun[][] }
  | { kind: 'table'; header: string[]; rows: string[][]; /** Relative column widths (percent). */ widths?: number[] };

export interface DocSection {
  title: string;
  blocks: DocBlock[];
}

export interface DocLogo {
  mime: 'image/png' | 'image/jpeg';
  data: Uint8Array;
}

/** What every generated document shares: the letterhead, title and footer words. */
export interface DocFrame {
  lang: Language;
  title: string;
  /** Lines under the title (organisation, version). */
  subtitle: string[];
  organisationName: string;
  logo: DocLogo | null;
  /** "Sida" / "av" or "Page" / "of" for the footer. */
  pageWords: { page: string; of: string };
}

export const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', runs: [{ text }] });

export const labelled = (label: string, text: string): DocRun[] => [{ text: `${label} `, bold: true }, { text }];

/** A whole generated document. */
export interface DocModel extends DocFrame {
  sections: DocSection[];
  /** Small text at the left of the footer (e.g. the version). */
  footerText: string;
}

/** The privacy notice's view-model (built by electron/core/privacy-notice/privacy-notice.view.ts). */
export interface PrivacyNoticeView extends DocModel {
  /** Date of this version (YYYY-MM-DD). */
  versionDate: string;
  /** Which state of the register the notice reflects. */
  registerVersion: string;
}
