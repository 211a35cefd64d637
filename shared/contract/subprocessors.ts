import { z } from 'zod';
import { LOCATION_KINDS, SCC_MODULES, SUBPROCESSOR_STATUSES, TRANSFER_MECHANISMS } from '../domain/enums';
import { locationIsInEea } from '../domain/labels';
import { id, isoDate, isoDateTime, optionalDate, optionalEmail, requiredText, revision, text } from './common';
import { fieldsParsed, locationShape, withLocation } from './systems';

const transferParsed = fieldsParsed(['transferMechanism', 'locationKind', 'country', 'regionName', 'regionInEea']);

export const subprocessorFields = withLocation(
  z.object({
    name: requiredText(200),
    /** Swedish organisationsnummer or a foreign registration id: free text, not Luhn-checked. */
    orgNr: text(50),
    /** Where the data is processed: a country, the EU/EEA as a whole, or a named region. */
    ...locationShape,
    address: text(500),
    website: text(300),
    contactName: text(200),
    contactEmail: optionalEmail,
    serviceDescription: text(1000),
    dataProcessed: text(2000),
    processingLocations: text(1000),
    transferMechanism: z.enum(TRANSFER_MECHANISMS),
    sccModule: z.enum(SCC_MODULES).nullable(),
    transferNotes: text(2000),
    agreementDate: optionalDate,
    agreementNotes: text(2000),
    status: z.enum(SUBPROCESSOR_STATUSES),
    notes: text(5000),
  }),
)
  // "Inom EU/EES" for a place outside it would make every document contradict itself.
  .refine((s) => s.transferMechanism !== 'none_eea' || locationIsInEea(s), {
    path: ['transferMechanism'],
    message: 'v.transfer.noneEeaOutside',
    when: transferParsed,
  })
  .refine((s) => s.transferMechanism !== 'scc_2021_914' || s.sccModule !== null, {
    path: ['sccModule'],
    message: 'v.required',
    when: (p) =>
      typeof p.value === 'object' &&
      p.value !== null &&
      !p.issues.some((i) => ['transferMechanism', 'sccModule'].includes(String(i.path?.[0]))),
  });
export type SubprocessorFields = z.input<typeof subprocessorFields>;

/** A new, empty sub-processor (in Sweden, no transfer): the starting point of the form and tests. */
export const emptySubprocessor: SubprocessorFields = {
  name: '',
  orgNr: '',
  locationKind: 'country',
  country: 'SE',
  regionName: '',
  regionInEea: true,
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  serviceDescription: '',
  dataProcessed: '',
  processingLocations: '',
  transferMechanism: 'none_eea',
  sccModule: null,
  transferNotes: '',
  agreementDate: null,
  agreementNotes: '',
  status: 'active',
  notes: '',
};

const ref = z.object({ id, name: z.string() });

export const subprocessor = z.object({
  id,
  revision,
  name: z.string(),
  orgNr: z.string(),
  locationKind: z.enum(LOCATION_KINDS),
  country: z.string(),
  regionName: z.string(),
  regionInEea: z.boolean(),
  address: z.string(),
  website: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  serviceDescription: z.string(),
  dataProcessed: z.string(),
  processingLocations: z.string(),
  transferMechanism: z.enum(TRANSFER_MECHANISMS),
  sccModule: z.enum(SCC_MODULES).nullable(),
  transferNotes: z.string(),
  agreementDate: z.string().nullable(),
  agreementNotes: z.string(),
  status: z.enum(SUBPROCESSOR_STATUSES),
  notes: z.string(),
  /** True when the place is outside the EU/EEA (a third-country transfer): !locationIsInEea. */
  thirdCountry: z.boolean(),
  /** Message keys for things that do not add up, e.g. a US recipient without DPF or SCC. */
  warnings: z.array(z.string()),
  services: z.array(ref),
  systems: z.array(ref),
  /** Customers reached through subscriptions (derived). */
  customerCount: z.number().int(),
  updatedAt: isoDateTime,
});
export type Subprocessor = z.output<typeof subprocessor>;

/** Sub-processors × customers, derived from subscriptions on a date. */
export const subprocessorMatrix = z.object({
  onDate: z.string(),
  subprocessors: z.array(
    z.object({
      id,
      name: z.string(),
      locationKind: z.enum(LOCATION_KINDS),
      country: z.string(),
      regionName: z.string(),
      regionInEea: z.boolean(),
    }),
  ),
  customers: z.array(z.object({ id, name: z.string() })),
  /** One cell per (customer, sub-processor) that touches: through which services. */
  cells: z.array(z.object({ customerId: id, subprocessorId: id, services: z.array(z.string()) })),
});

export const subprocessorMethods = {
  'subprocessors.list': { input: z.object({ query: z.string().max(200).default('') }), output: z.array(subprocessor) },
  'subprocessors.get': { input: z.object({ id }), output: subprocessor },
  'subprocessors.create': { changes: ['subprocessors'], input: subprocessorFields, output: subprocessor },
  'subprocessors.update': {
    changes: ['subprocessors', 'changeNotices'],
    input: z.object({ id, revision, fields: subprocessorFields }),
    output: subprocessor,
  },
  /** Refused with IN_USE while services, systems or activities link to it. */
  'subprocessors.delete': { changes: ['subprocessors'], input: z.object({ id, revision }), output: z.object({ id }) },
  'subprocessors.matrix': { input: z.object({ onDate: isoDate.optional() }), output: subprocessorMatrix },
} as const;
