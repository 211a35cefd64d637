// The notice to data subjects (Art. 34) as a Word document: a title, a short introduction and
// plain-language sections with questions as headings.
import type { Document } from 'docx';
import { breachDocument, plainParagraphs, sectionChildren, titleParagraphs } from './breach-customer-notice.docx';
import type { BreachDocView } from './breach-notice.model';

export function breachSubjectNoticeDocx(view: BreachDocView): Document {
  return breachDocument(view, [
    ...titleParagraphs(view),
    ...plainParagraphs(view.intro),
    ...sectionChildren(view),
    ...plainParagraphs(view.closing),
  ]);
}
