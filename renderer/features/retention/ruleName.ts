import type { RetentionRule } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';

/** A retention rule's name in the user's language (Swedish when it has no English one). */
export const ruleName = (rule: Pick<RetentionRule, 'nameSv' | 'nameEn'>, lang: Language) =>
  lang === 'en' && rule.nameEn ? rule.nameEn : rule.nameSv;
