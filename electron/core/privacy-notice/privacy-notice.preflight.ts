import type { PreflightItem } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Session } from '../session';

/** What the privacy notice in `lang` would lack or claim falsely; item texts in `textLang`. */
export function noticePreflight(_session: Session, _lang: Language, _textLang: Language): PreflightItem[] {
  return [];
}
