import type { PreflightItem } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Session } from '../session';

/**
 * What the agreements of these customers (null: every customer a batch would cover) in `lang`
 * would lack or claim falsely; item texts in `textLang`.
 */
export function agreementPreflight(
  _session: Session,
  _options: { lang: Language; textLang: Language; customerIds: number[] | null },
): PreflightItem[] {
  return [];
}
