// The overview's figures (issue 17): small counts over the register for its charts, derived on
// every call from the features' own services, never stored.
import { z } from 'zod';
import { LEGAL_BASES, LOCATION_KINDS } from '../domain/enums';
import { CUSTOMER_AGREEMENT_STATUSES } from './agreements';
import { registerCompleteness } from './completeness';

/**
 * Where a sub-processor processes, as a transfer goes: inside the EU/EEA; in a country with an
 * adequacy decision (the USA only for a DPF-certified recipient); or in a third country without
 * one (a region outside the EEA has no decision of its own).
 */
export const TRANSFER_ZONES = ['eea', 'adequacy', 'thirdCountry'] as const;
export type TransferZone = (typeof TRANSFER_ZONES)[number];

const count = z.number().int().min(0);

export const overviewFigures = z.object({
  completeness: registerCompleteness,
  /** Activities that are not archived, per legal basis: an activity counts once for each basis its purposes name. */
  activitiesByLegalBasis: z.object({
    /** Activities counted (not archived). */
    activities: count,
    /** Every basis in LEGAL_BASES order, zeros included. */
    bases: z.array(z.object({ legalBasis: z.enum(LEGAL_BASES), count })),
    /** Activities whose purposes name no basis yet. */
    withoutBasis: count,
  }),
  /** Active customers (not archived) per status of their current PUB-avtal, as the customer list shows it. */
  agreementsByStatus: z.object({
    customers: count,
    /** Every status in CUSTOMER_AGREEMENT_STATUSES order, zeros included. */
    statuses: z.array(z.object({ status: z.enum(CUSTOMER_AGREEMENT_STATUSES), count })),
  }),
  /** Active sub-processors by where they process. */
  subprocessorsByPlace: z.object({
    subprocessors: count,
    /** Every zone in TRANSFER_ZONES order, zeros included. */
    zones: z.array(z.object({ zone: z.enum(TRANSFER_ZONES), count })),
    /** Per place (a country, the EU/EEA as a whole, or a named region), most first. */
    places: z.array(
      z.object({
        locationKind: z.enum(LOCATION_KINDS),
        country: z.string(),
        regionName: z.string(),
        regionInEea: z.boolean(),
        count,
      }),
    ),
  }),
});
export type OverviewFigures = z.output<typeof overviewFigures>;

export const overviewMethods = {
  /** The overview's charts and its completeness figure, in one call. */
  'overview.figures': { input: z.object({}), output: overviewFigures },
} as const;
