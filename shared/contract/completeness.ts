import { z } from 'zod';

/** Which mandatory fields a record lacks: message keys 'c.<field>' (see shared/messages.ts). */
export const completeness = z.object({
  /** 0–100. */
  score: z.number(),
  missing: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type Completeness = z.output<typeof completeness>;

/**
 * The register's completeness, one figure for the whole register (the overview and the
 * activities list show the same): the mean score of the activities that are not archived and the
 * active services, in whole percent rounded down (so never 100 while anything is missing). Null
 * when there is nothing to assess yet.
 */
export const registerCompleteness = z.object({
  score: z.number().int().min(0).max(100).nullable(),
  activities: z.object({ total: z.number().int(), complete: z.number().int() }),
  services: z.object({ total: z.number().int(), complete: z.number().int() }),
});
export type RegisterCompleteness = z.output<typeof registerCompleteness>;
