import { z } from 'zod';

/** Which mandatory fields a record lacks: message keys 'c.<field>' (see shared/messages.ts). */
export const completeness = z.object({
  /** 0–100. */
  score: z.number(),
  missing: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type Completeness = z.output<typeof completeness>;
