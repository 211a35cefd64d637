import { z } from 'zod';
import { MEASURE_CATEGORIES, MEASURE_STATUSES } from '../domain/enums';
import { id, isoDateTime, requiredText, revision, text } from './common';

export const securityMeasureFields = z.object({
  category: z.enum(MEASURE_CATEGORIES),
  labelSv: requiredText(300),
  labelEn: text(300),
  status: z.enum(MEASURE_STATUSES),
  /** The firm's own description: the only place a measure's details come from in documents. */
  note: text(5000),
  /** The note in English documents; '' = the Swedish note, marked as a fallback. */
  noteEn: text(5000).default(''),
});
export type SecurityMeasureFields = z.input<typeof securityMeasureFields>;

/** A new, empty measure (the user's own): the starting point of the form and tests. */
export const emptySecurityMeasure: SecurityMeasureFields = {
  category: 'technical',
  labelSv: '',
  labelEn: '',
  status: 'implemented',
  note: '',
  noteEn: '',
};

export const securityMeasure = z.object({
  id,
  revision,
  /** Built-in measures carry the id of domain.md §5 (e.g. 'TECH_MFA'); user measures null. */
  code: z.string().nullable(),
  category: z.enum(MEASURE_CATEGORIES),
  labelSv: z.string(),
  labelEn: z.string(),
  status: z.enum(MEASURE_STATUSES),
  note: z.string(),
  noteEn: z.string(),
  builtin: z.boolean(),
  usedBy: z.object({ activities: z.number().int(), services: z.number().int() }),
  updatedAt: isoDateTime,
});
export type SecurityMeasure = z.output<typeof securityMeasure>;

/** The register-wide summary, usable as an annex: implemented measures per category. */
export const measuresSummary = z.object({
  categories: z.array(
    z.object({
      category: z.enum(MEASURE_CATEGORIES),
      implemented: z.array(z.object({ id, labelSv: z.string(), labelEn: z.string(), note: z.string(), noteEn: z.string() })),
      planned: z.array(z.object({ id, labelSv: z.string(), labelEn: z.string(), note: z.string(), noteEn: z.string() })),
    }),
  ),
  counts: z.object({ implemented: z.number().int(), planned: z.number().int(), notApplicable: z.number().int() }),
});

export const measureMethods = {
  'securityMeasures.list': { input: z.object({}), output: z.array(securityMeasure) },
  'securityMeasures.create': { changes: ['measures'], input: securityMeasureFields, output: securityMeasure },
  'securityMeasures.update': {
    changes: ['measures'],
    input: z.object({ id, revision, fields: securityMeasureFields }),
    output: securityMeasure,
  },
  /** Only user-made measures that nothing links to can be deleted (IN_USE otherwise). */
  'securityMeasures.delete': { changes: ['measures'], input: z.object({ id, revision }), output: z.object({ id }) },
  'securityMeasures.summary': { input: z.object({}), output: measuresSummary },
} as const;
