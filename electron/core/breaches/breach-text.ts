// The derived search text of a breach, shared by the breaches service and the portable import.
import { labels } from '../../../shared/domain/labels';
import type { BreachCause } from '../../../shared/domain/enums';
import { foldForSearch } from '../text';

/**
 * What search matches: title, description, IMY's reference, the cause in both languages and the
 * names of the customers named or linked through a site or device. Customers reached through a
 * service are left out: subscriptions change without the breach being saved.
 */
export function breachSearchText(
  b: { title: string; description: string; imyReference: string; cause: BreachCause },
  customerNames: Iterable<string>,
) {
  const cause = labels.breachCause[b.cause];
  const parts = [b.title, b.description, b.imyReference, cause.sv, cause.en, ...new Set(customerNames)];
  return foldForSearch(parts.filter((p) => p.trim() !== '').join('\u001f'));
}
