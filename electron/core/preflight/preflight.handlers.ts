import type { PreflightItem } from '../../../shared/contract';
import { agreementPreflight } from '../agreements/agreement.preflight';
import { breachDocumentPreflight } from '../breaches/breach-documents.preflight';
import { noticeLettersPreflight } from '../change-notices/notice-letters.preflight';
import type { Handlers } from '../handlers';
import { noticePreflight } from '../privacy-notice/privacy-notice.preflight';
import { accessReplyPreflight } from '../requests/access-reply.preflight';

// Each document's checks live beside the document (privacy-notice/, agreements/); this only
// routes the call and says whether anything blocks the generation.
export const preflightHandlers: Handlers<'preflight.check'> = {
  'preflight.check': (
    { document, lang, uiLang, customerId, customerIds, noticeId, requestId, activityIds, breachId, breachDocument },
    ctx,
  ) => {
    const session = ctx.session();
    const textLang = uiLang ?? lang;
    let items: PreflightItem[];
    if (document === 'privacyNotice') items = noticePreflight(session, lang, textLang);
    else if (document === 'agreement')
      items = agreementPreflight(session, { lang, textLang, customerIds: customerId === undefined ? [] : [customerId] });
    else if (document === 'noticeLetters') items = noticeLettersPreflight(session, { noticeId, textLang, customerIds });
    else if (document === 'accessReply') items = accessReplyPreflight(session, { requestId, activityIds, lang, textLang });
    else if (document === 'breachDocument')
      items = breachDocumentPreflight(session, { breachId, document: breachDocument, customerId, lang, textLang });
    else items = agreementPreflight(session, { lang, textLang, customerIds: customerIds ?? null });
    // Errors first, then warnings; each group in the order the checks found them.
    items = [...items.filter((i) => i.severity === 'error'), ...items.filter((i) => i.severity === 'warning')];
    return { items, ok: !items.some((i) => i.severity === 'error') };
  },
};
