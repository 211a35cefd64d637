// The derived search text of a request, shared by the requests service, the purge (an anonymised
// request) and the portable import, so that all three agree.
import { foldForSearch } from '../text';

/** What a search finds a request by: requester, contact, customer and the request's text, folded. */
export function requestSearchText(p: {
  requesterName: string;
  requesterContact: string;
  customerName: string | null;
  requestText: string;
}) {
  return [p.requesterName, p.requesterContact, p.customerName ?? '', p.requestText]
    .map(foldForSearch)
    .filter((s) => s !== '')
    .join('\u001f');
}
