// The draft for IMY's e-service as a Word document: first the box that says it is a draft to
// transfer into the e-service, not a notification; then the form's sections in its order, each a
// table of question and answer to copy across.
import type { Document } from 'docx';
import { bannerParagraphs, breachDocument, plainParagraphs, sectionChildren, titleParagraphs } from './breach-customer-notice.docx';
import type { BreachDocView } from './breach-notice.model';

export function breachImyDraftDocx(view: BreachDocView): Document {
  return breachDocument(view, [
    ...bannerParagraphs(view.banner),
    ...titleParagraphs(view),
    ...plainParagraphs(view.intro),
    ...sectionChildren(view),
  ]);
}
