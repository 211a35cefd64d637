// Every message the import shows about a row or the file, by key, in Swedish and English: the
// tables of its parts joined, so a problem carries a key and parameters until it is shown.
import type { Language } from '../../../shared/messages';
import { previewWords } from './preview.words';
import { controllerWords } from './targets/controller.words';
import { processorWords } from './targets/processor.words';
import { valuesWords } from './values.words';
import { byLanguage } from './words-table';

/** Every message of the import, as { sv, en } tables. */
export const importWords = byLanguage({ ...valuesWords, ...controllerWords, ...processorWords, ...previewWords });

/**
 * The message with its {{param}} placeholders filled; an unknown key comes back as it is. A
 * parameter in words (a field's name) comes in both languages: `field` and `field_en`.
 */
export function importText(key: string, lang: Language, params: Record<string, string | number> = {}): string {
  const text = (importWords[lang] as Record<string, string>)[key] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String((lang === 'en' ? params[`${name}_en`] : undefined) ?? params[name] ?? ''),
  );
}
