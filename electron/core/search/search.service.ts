import { searchWords } from './search.words';
import type { SearchHit } from '../../../shared/contract';
import type { SEARCH_KINDS } from '../../../shared/contract/search';
import { enumLabel, locationLabel, type Location } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { maskIdentity } from '../../../shared/orgnr';
import { activitiesService } from '../activities/activities.service';
import type { Session } from '../session';
import { sitesService } from '../sites/sites.service';
import { stockholmWallClock } from '../../../shared/deadlines';
import { foldForSearch, swedishSortKey } from '../text';
import { createSearchRepo, type SearchRepo } from './search.repo';

const placeOf = (r: {
  country: string;
  location_kind: Location['locationKind'];
  region_name: string;
  region_in_eea: number;
}): Location => ({
  locationKind: r.location_kind,
  country: r.country,
  regionName: r.region_name,
  regionInEea: r.region_in_eea === 1,
});

type Kind = (typeof SEARCH_KINDS)[number];
export interface SearchGroup {
  kind: Kind;
  total: number;
  hits: SearchHit[];
}

/** At most this many words count; more make the query slower without finding anything new. */
const MAX_WORDS = 8;

const join = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join(' · ');
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** Rows with a name, not inactive ones first, then in Swedish alphabetical order. */
function ranked<R extends { id: number; name: string }>(rows: R[], inactive: (r: R) => boolean): R[] {
  return rows
    .map((r) => ({ r, key: `${inactive(r) ? 1 : 0}${swedishSortKey(r.name)}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.r.id - b.r.id))
    .map((x) => x.r);
}

export function createSearchService(repo: SearchRepo, session: Session) {
  return {
    /**
     * One query across the register, grouped by kind in a fixed order (customers, activities,
     * services, sub-processors, systems, equipment, requests, breaches); kinds without hits are left out, and a blank query gives
     * no groups. Both sides are folded (case and diacritics), and every word must match.
     */
    all(query: string, limitPerKind: number, lang: Language): SearchGroup[] {
      const words = [
        ...new Set(
          foldForSearch(query.replace(/[\u0000-\u001f\u007f]/g, ' '))
            .split(' ')
            .filter((w) => w !== ''),
        ),
      ].slice(0, MAX_WORDS);
      if (words.length === 0) return [];
      const archived = searchWords[lang].archived;
      const groups: SearchGroup[] = [];
      const add = <R extends { id: number; name: string }>(kind: Kind, total: number, rows: R[], detail: (r: R) => string) => {
        if (total > 0)
          groups.push({
            kind,
            total,
            hits: rows.slice(0, limitPerKind).map((r) => ({ kind, id: r.id, title: r.name, detail: detail(r) })),
          });
      };

      const customers = repo.customers(words, limitPerKind);
      add('customer', customers.total, customers.rows, (c) =>
        join(maskIdentity(c.org_nr, c.legal_form), c.visiting_city, c.archived_at ? archived : ''),
      );

      const activities = ranked(repo.activities(words), (a) => a.status === 'archived');
      add('activity', activities.length, activities, (a) =>
        join(a.ref_no, a.owner, a.status === 'active' ? '' : enumLabel('activityStatus', a.status, lang)),
      );

      const services = ranked(repo.services(words), (s) => s.status !== 'active');
      add('service', services.length, services, (s) => join(clip(s.subject_matter, 80), s.status === 'active' ? '' : archived));

      const subprocessors = ranked(repo.subprocessors(words), (s) => s.status === 'terminated');
      add('subprocessor', subprocessors.length, subprocessors, (s) =>
        join(locationLabel(placeOf(s), lang), s.org_nr, s.status === 'active' ? '' : enumLabel('subprocessorStatus', s.status, lang)),
      );

      const systems = ranked(repo.systems(words), () => false);
      add('system', systems.length, systems, (s) =>
        join(enumLabel('systemKind', s.kind, lang), locationLabel(placeOf(s), lang), s.location),
      );

      // Devices at customers' sites (20,000 in the reference register): the trigram index, in the sites feature.
      const devices = session.use(sitesService).search(query, limitPerKind);
      add(
        'equipment',
        devices.total,
        devices.items.map((d) => ({ ...d, name: d.name || enumLabel('equipmentType', d.type, lang) })),
        (d) =>
          join(
            enumLabel('equipmentType', d.type, lang),
            d.customerName,
            d.siteName,
            d.status === 'removed' ? enumLabel('equipmentStatus', d.status, lang) : '',
          ),
      );

      // Requests: who asked and what (the right), when, for which customer, and where it stands.
      const say = searchWords[lang];
      const requests = repo.requests(words, limitPerKind);
      add(
        'dsrRequest',
        requests.total,
        requests.rows.map((r) => ({ ...r, name: say.request(r.requester_name) })),
        (r) =>
          join(
            enumLabel('dsrRight', r.right, lang),
            say.received(r.received_on),
            r.customer_name ?? '',
            enumLabel('dsrStatus', r.status, lang),
          ),
      );

      // Breaches: the log's title, when it was discovered (Swedish time) and in which role.
      const breaches = repo.breaches(words, limitPerKind);
      add(
        'breach',
        breaches.total,
        breaches.rows.map((b) => ({ ...b, name: b.title })),
        (b) =>
          join(
            say.discovered(stockholmWallClock(b.discovered_at).replace('T', ' ')),
            b.our_role === 'controller' ? say.asController : say.asProcessor,
            b.closed_on ? say.closed : '',
          ),
      );

      return groups;
    },

    /** Register-wide completeness: the activities service computes it, for the overview and its own list alike. */
    completenessSummary: () => session.use(activitiesService).registerCompleteness(),
  };
}

export type SearchService = ReturnType<typeof createSearchService>;

export const searchService = (s: Session): SearchService => createSearchService(createSearchRepo(s.db), s);
