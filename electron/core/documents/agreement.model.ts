// The PUB-avtal's view-model: every word already in the document's language and every
// placeholder filled in (built by electron/core/agreements/agreement.view.ts). The template
// (agreement.docx.ts) only lays it out.
import type { DocBlock, DocFrame } from './model';

/** A numbered paragraph of a clause (1.1, 1.2 …), or bullets under the paragraph before. */
export type ClauseBlock = { kind: 'paragraph'; text: string } | { kind: 'bullets'; items: string[] };

export interface AgreementClause {
  title: string;
  blocks: ClauseBlock[];
}

/** A block of an annex: the shared kinds, or a two-column table of label → value. */
export type AnnexBlock = DocBlock | { kind: 'facts'; header: [string, string]; rows: [string, string][] };

export interface AgreementAnnex {
  title: string;
  blocks: AnnexBlock[];
}

/** One party's column in the signature block; empty strings leave a line to write on. */
export interface SignatureColumn {
  heading: string;
  partyName: string;
  /** Printed before the line for place and date, e.g. "Västerås, ". */
  place: string;
  name: string;
  title: string;
}

export interface AgreementView extends DocFrame {
  /** Sentence above the parties table. */
  partiesIntro: string;
  /** Header: an empty corner, then the controller and the processor; rows: label, controller, processor. */
  parties: { header: string[]; rows: string[][] };
  clauses: AgreementClause[];
  signatures: {
    title: string;
    intro: string;
    /** Captions under the lines. */
    captions: { placeDate: string; signature: string; name: string; title: string };
    columns: [SignatureColumn, SignatureColumn];
  };
  annexes: AgreementAnnex[];
  /** Left of the footer: "Avtal PUB-0012 · version 2". */
  footerText: string;
  /** Document properties (File > Properties in Word). */
  description: string;
}

/**
 * A clause body as blocks: paragraphs are separated by a blank line; a line starting with "- "
 * is a bullet; other lines in a paragraph are kept as line breaks.
 */
export function clauseBlocks(body: string): ClauseBlock[] {
  const blocks: ClauseBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let text: string[] = [];
    let items: string[] = [];
    const flushText = () => {
      if (text.length) blocks.push({ kind: 'paragraph', text: text.join('\n') });
      text = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: 'bullets', items });
      items = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (/^- /.test(line)) {
        flushText();
        items.push(line.slice(2).trim());
      } else {
        flushItems();
        text.push(line);
      }
    }
    flushText();
    flushItems();
  }
  return blocks;
}
