import { z } from 'zod';
import { HOSTING_KINDS, SYSTEM_KINDS } from '../domain/enums';
import { id, isoDateTime, requiredText, revision, text } from './common';

export const countryCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, { error: 'v.country' }));

export const systemFields = z.object({
  name: requiredText(200),
  kind: z.enum(SYSTEM_KINDS),
  hosting: z.enum(HOSTING_KINDS),
  country: countryCode,
  location: text(500),
  subprocessorId: id.nullable(),
  supplierName: text(200),
  notes: text(5000),
});
export type SystemFields = z.input<typeof systemFields>;

/** A new, empty system: the starting point of the form, the sample data and tests. */
export const emptySystem: SystemFields = {
  name: '',
  kind: 'other',
  hosting: 'saas',
  country: 'SE',
  location: '',
  subprocessorId: null,
  supplierName: '',
  notes: '',
};

const ref = z.object({ id, name: z.string() });

export const system = z.object({
  id,
  revision,
  name: z.string(),
  kind: z.enum(SYSTEM_KINDS),
  hosting: z.enum(HOSTING_KINDS),
  country: z.string(),
  location: z.string(),
  subprocessorId: id.nullable(),
  supplierName: z.string(),
  notes: z.string(),
  activities: z.array(ref),
  services: z.array(ref),
  updatedAt: isoDateTime,
});
export type System = z.output<typeof system>;

export const systemMethods = {
  'systems.list': { input: z.object({ query: z.string().max(200).default('') }), output: z.array(system) },
  'systems.get': { input: z.object({ id }), output: system },
  'systems.create': { changes: ['systems'], input: systemFields, output: system },
  'systems.update': { changes: ['systems'], input: z.object({ id, revision, fields: systemFields }), output: system },
  /** Refused with IN_USE while activities or services link to it. */
  'systems.delete': { changes: ['systems'], input: z.object({ id, revision }), output: z.object({ id }) },
} as const;
