import { z } from 'zod';
import { id } from './common';
import { registerCompleteness } from './completeness';

export const SEARCH_KINDS = ['customer', 'activity', 'service', 'subprocessor', 'system', 'equipment', 'dsrRequest', 'breach'] as const;

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id,
  title: z.string(),
  /** A short second line: org no, ref no, country… */
  detail: z.string(),
});
export type SearchHit = z.output<typeof searchHit>;

export const searchMethods = {
  /** One search box across the register, grouped by kind; diacritics and case ignored. */
  'search.all': {
    input: z.object({ query: z.string().max(200), limitPerKind: z.number().int().min(1).max(50).default(8) }),
    output: z.object({ groups: z.array(z.object({ kind: z.enum(SEARCH_KINDS), total: z.number().int(), hits: z.array(searchHit) })) }),
  },
  /** Register-wide completeness: activities and services, and the overall score (null: nothing to assess). */
  'completeness.summary': { input: z.object({}), output: registerCompleteness },
} as const;
