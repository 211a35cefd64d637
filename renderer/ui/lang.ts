import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/messages';
import { stockholmDate } from '../../shared/dates';

/** The UI language as the shared label tables and helpers want it. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}

/** A vocabulary term or security measure in the UI language (Swedish when there is no English). */
export function termLabel(term: { labelSv: string; labelEn: string }, lang: Language): string {
  return lang === 'en' && term.labelEn.trim() ? term.labelEn : term.labelSv;
}

/** Lower case without diacritics, for filtering lists as the core's search does. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Today in Sweden as YYYY-MM-DD: the day the core counts from too (not the machine's own zone). */
export function todayIso(): string {
  return stockholmDate(new Date());
}
