import { customerListInput, type OverviewFigures, type TransferZone } from '../../../shared/contract';
import { CUSTOMER_AGREEMENT_STATUSES } from '../../../shared/contract/agreements';
import { TRANSFER_ZONES } from '../../../shared/contract/overview';
import { ADEQUACY_DECISIONS, LEGAL_BASES, type TransferMechanism } from '../../../shared/domain/enums';
import { locationIsInEea, locationLabel, type Location } from '../../../shared/domain/labels';
import { activitiesService } from '../activities/activities.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { compareSwedish } from '../text';

/** Where a transfer to this place stands (TRANSFER_ZONES): the place decides, and for the USA the recipient's DPF certification. */
export function transferZone(s: Location & { transferMechanism: TransferMechanism }): TransferZone {
  if (locationIsInEea(s)) return 'eea';
  if (s.locationKind !== 'country') return 'thirdCountry';
  const country = s.country.toUpperCase();
  if (country === 'US') return s.transferMechanism === 'adequacy_us_dpf' ? 'adequacy' : 'thirdCountry';
  return ADEQUACY_DECISIONS[country] ? 'adequacy' : 'thirdCountry';
}

/** Counted in a fixed order, zeros included, so a chart's legend does not change shape. */
function tally<K extends string>(keys: readonly K[], values: readonly K[]): { key: K; count: number }[] {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** A page of the customer list at a time: its largest. */
const PAGE = 1000;

/** The overview's figures, each from the feature's own service (the same numbers its list shows). */
export function overviewService(session: Session) {
  function activitiesByLegalBasis(): { figures: OverviewFigures['activitiesByLegalBasis']; completeness: OverviewFigures['completeness'] } {
    const activities = session.use(activitiesService);
    const { items } = activities.list({ query: '', includeArchived: false });
    return {
      figures: {
        activities: items.length,
        bases: tally(
          LEGAL_BASES,
          items.flatMap((a) => a.legalBases),
        ).map(({ key, count }) => ({ legalBasis: key, count })),
        withoutBasis: items.filter((a) => a.legalBases.length === 0).length,
      },
      // The same summaries, so the activities are assessed once.
      completeness: activities.registerCompleteness(items),
    };
  }

  /** Active customers, not archived, by their agreement's state as customers.list gives it (out of date included). */
  function agreementsByStatus(): OverviewFigures['agreementsByStatus'] {
    const statuses: (typeof CUSTOMER_AGREEMENT_STATUSES)[number][] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = session.customers.list(customerListInput.parse({ status: 'active', offset, limit: PAGE }));
      statuses.push(...page.items.map((c) => c.agreement.status));
      if (page.items.length < PAGE) break;
    }
    return {
      customers: statuses.length,
      statuses: tally(CUSTOMER_AGREEMENT_STATUSES, statuses).map(({ key, count }) => ({ status: key, count })),
    };
  }

  /** Sub-processors in use (active), by zone and by place. */
  function subprocessorsByPlace(): OverviewFigures['subprocessorsByPlace'] {
    const active = session
      .use(subprocessorsService)
      .list('')
      .filter((s) => s.status === 'active');
    const places = new Map<string, OverviewFigures['subprocessorsByPlace']['places'][number]>();
    for (const s of active) {
      const place = {
        locationKind: s.locationKind,
        country: s.locationKind === 'country' ? s.country.toUpperCase() : '',
        regionName: s.locationKind === 'region' ? s.regionName.trim() : '',
        regionInEea: s.locationKind === 'region' && s.regionInEea,
      };
      const key = `${place.locationKind}|${place.country}|${place.regionName}`;
      const seen = places.get(key);
      if (seen) seen.count += 1;
      else places.set(key, { ...place, count: 1 });
    }
    return {
      subprocessors: active.length,
      zones: tally(
        TRANSFER_ZONES,
        active.map((s) => transferZone(s)),
      ).map(({ key, count }) => ({ zone: key, count })),
      // Most first, then by the place's Swedish name, as the lists sort.
      places: [...places.values()].sort((a, b) => b.count - a.count || compareSwedish(locationLabel(a, 'sv'), locationLabel(b, 'sv'))),
    };
  }

  return {
    figures(): OverviewFigures {
      const { figures, completeness } = activitiesByLegalBasis();
      return {
        completeness,
        activitiesByLegalBasis: figures,
        agreementsByStatus: agreementsByStatus(),
        subprocessorsByPlace: subprocessorsByPlace(),
      };
    },
  };
}

export type OverviewService = ReturnType<typeof overviewService>;
