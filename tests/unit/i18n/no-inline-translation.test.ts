// The lint rule that keeps Swedish/English pairs out of the core's code (tools/eslint).
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../../tools/eslint/no-inline-translation.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' } });
const error = { messageId: 'pair' as const };

tester.run('no-inline-translation', rule, {
  valid: [
    // Picking words from a word module, or data fields in the chosen language.
    'const t = words[lang].title;',
    'const label = sv ? t.labelSv : t.labelEn || t.labelSv;',
    "const name = lang === 'sv' ? rule.nameSv : rule.nameEn;",
    // Locale codes and tags are not words.
    "const language = r.language === 'en' ? 'en' : 'sv';",
    "const tag = lang === 'sv' ? 'sv-SE' : 'en-GB';",
    // Conditions that are not about the language.
    "const article = neuter ? 'ett' : 'en';",
    "const plural = count === 1 ? 'tjänsten' : 'tjänsterna';",
    "const other = type.en === type.sv ? '' : type.en;",
    // One side is not text.
    "const x = sv ? 'Ja' : value;",
  ],
  invalid: [
    { code: "const yes = sv ? 'Ja' : 'Yes';", errors: [error] },
    { code: "const yes = !en ? 'Ja' : 'Yes';", errors: [error] },
    { code: "const title = lang === 'sv' ? 'Integritetspolicy' : 'Privacy notice';", errors: [error] },
    { code: "const title = 'en' === options.lang ? 'Privacy notice' : 'Integritetspolicy';", errors: [error] },
    { code: "const title = language !== 'en' ? 'Registerförteckning' : 'Records of processing';", errors: [error] },
    { code: 'const line = sv ? `Avtal ${ref}` : `Agreement ${ref}`;', errors: [error] },
    { code: "const words = sv ? { page: 'Sida', of: 'av' } : { page: 'Page', of: 'of' };", errors: [error] },
    { code: "const header = sv ? ['Åtgärd', 'Kommentar'] : ['Measure', 'Details'];", errors: [error] },
    { code: "const s = sv ? (n === 1 ? 'tjänsten' : 'tjänsterna') : n === 1 ? 'the service' : 'the services';", errors: [error] },
    { code: "const s = isSv && short ? 'Ja' : 'Yes';", errors: [error] },
  ],
});
