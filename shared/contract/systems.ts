import { z } from 'zod';
import { HOSTING_KINDS, LOCATION_KINDS, SYSTEM_KINDS } from '../domain/enums';
import { id, isoDateTime, requiredText, revision, text } from './common';

export const countryCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, { error: 'v.country' }));

/** A country code, or '' where the place is the EU/EEA or a region (checked by `withLocation`). */
export const locationCountry = z.string().transform((s) => s.trim().toUpperCase());

/**
 * For a record-level check: the value is a record and these fields of it parsed (a check must
 * not run on an array or a half-parsed record, where its fields may be missing).
 */
export const fieldsParsed = (keys: readonly string[]) => (p: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
  typeof p.value === 'object' &&
  p.value !== null &&
  !Array.isArray(p.value) &&
  keys.every((k) => (p.value as Record<string, unknown>)[k] !== undefined) &&
  !p.issues.some((i) => keys.includes(String(i.path?.[0])));

const LOCATION_KEYS = ['locationKind', 'country', 'regionName', 'regionInEea'] as const;
const locationParsed = fieldsParsed(LOCATION_KEYS);

/** Where data is (systems, sub-processors): the fields, checked together by `withLocation`. */
export const locationShape = {
  locationKind: z.enum(LOCATION_KINDS).default('country'),
  country: locationCountry,
  /** A named region ("Norden", "Europa"), when locationKind is 'region'. */
  regionName: text(200).default(''),
  /** Whether the region lies wholly inside the EU/EEA: decides whether a transfer happens. */
  regionInEea: z.boolean().default(true),
};

type Located = { locationKind: (typeof LOCATION_KINDS)[number]; country: string; regionName: string; regionInEea: boolean };

/**
 * A country needs its code, a region its name; the fields that do not apply are cleared ('' and
 * "inside the EEA"), so a record never holds a country it does not use.
 */
export function withLocation<S extends z.ZodType<Located>>(schema: S): S {
  return schema
    .check(
      z.superRefine<Located>(
        (v, ctx) => {
          if (v.locationKind === 'country' && !/^[A-Z]{2}$/.test(v.country)) {
            ctx.addIssue({ code: 'custom', path: ['country'], message: v.country === '' ? 'v.required' : 'v.country' });
          }
          if (v.locationKind === 'region' && v.regionName === '') {
            ctx.addIssue({ code: 'custom', path: ['regionName'], message: 'v.required' });
          }
        },
        { when: locationParsed },
      ),
    )
    .overwrite((v) => ({
      ...v,
      country: v.locationKind === 'country' ? v.country : '',
      regionName: v.locationKind === 'region' ? v.regionName : '',
      regionInEea: v.locationKind === 'region' ? v.regionInEea : true,
    }));
}

export const systemFields = withLocation(
  z.object({
    name: requiredText(200),
    /** The name in English documents; '' = the Swedish name, marked as a fallback. */
    nameEn: text(200).default(''),
    kind: z.enum(SYSTEM_KINDS),
    hosting: z.enum(HOSTING_KINDS),
    ...locationShape,
    location: text(500),
    subprocessorId: id.nullable(),
    supplierName: text(200),
    notes: text(5000),
  }),
);
export type SystemFields = z.input<typeof systemFields>;

/** A new, empty system: the starting point of the form, the sample data and tests. */
export const emptySystem: SystemFields = {
  name: '',
  nameEn: '',
  kind: 'other',
  hosting: 'saas',
  locationKind: 'country',
  country: 'SE',
  regionName: '',
  regionInEea: true,
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
  nameEn: z.string(),
  kind: z.enum(SYSTEM_KINDS),
  hosting: z.enum(HOSTING_KINDS),
  locationKind: z.enum(LOCATION_KINDS),
  country: z.string(),
  regionName: z.string(),
  regionInEea: z.boolean(),
  /** Derived: the place lies inside the EU/EEA (locationIsInEea). */
  inEea: z.boolean(),
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
  'systems.delete': { changes: ['systems', 'requests', 'breaches'], input: z.object({ id, revision }), output: z.object({ id }) },
} as const;
