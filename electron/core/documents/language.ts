import type { Language } from '../../../shared/messages';

/** Printed after a Swedish text that stands in for a missing English variant. */
export const SV_MARK = ' [sv]';

/**
 * The English text, or the Swedish one followed by `mark` where the English variant is empty,
 * so an English document says where it is not English instead of silently mixing languages.
 */
export function fallback(en: string, sv: string, mark: string = SV_MARK): string {
  if (en.trim() !== '') return en;
  return sv.trim() === '' ? sv : `${sv}${mark}`;
}

/** A free text with an optional English variant, in the document's language. */
export function inLanguage(lang: Language, sv: string, en: string, mark: string = SV_MARK): string {
  return lang === 'sv' ? sv : fallback(en, sv, mark);
}

/** True where an English document would print the Swedish text of this field. */
export const missingEnglish = (sv: string, en: string): boolean => sv.trim() !== '' && en.trim() === '';
