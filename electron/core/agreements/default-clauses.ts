// The agreement text a new register starts from: our own wording, Swedish and English, covering
// every element of GDPR Art. 28(3). It ships as data (resources/agreement-clauses/default.json)
// so that it reads as text and the user's copy can be edited clause by clause.
import defaults from '../../../resources/agreement-clauses/default.json' with { type: 'json' };

export interface ClauseText {
  titleSv: string;
  bodySv: string;
  titleEn: string;
  bodyEn: string;
}

/** The default clauses in document order; `code` names the clause (e.g. 'security'). */
export const DEFAULT_CLAUSES: readonly (ClauseText & { code: string })[] = Object.freeze(
  defaults.map(({ code, titleSv, bodySv, titleEn, bodyEn }) => Object.freeze({ code, titleSv, bodySv, titleEn, bodyEn })),
);
