import type { RetentionRule, SecurityMeasure, Subprocessor, System, VocabularyTerm } from '../../shared/contract';
import { useCall } from './useCall';

/** What a form picks from: vocabularies, sub-processors, systems, measures, retention rules. */
export interface Lookups {
  terms: VocabularyTerm[];
  subprocessors: Subprocessor[];
  systems: System[];
  measures: SecurityMeasure[];
  retentionRules: RetentionRule[];
  loaded: boolean;
  /** Set when one of the lists could not be read (the form still works with what came). */
  error: unknown;
  reload(): void;
}

type Need = 'terms' | 'subprocessors' | 'systems' | 'measures' | 'retentionRules';

const ALL: Need[] = ['terms', 'subprocessors', 'systems', 'measures', 'retentionRules'];

/**
 * Loads the pick lists a form needs; each list fails on its own, so the rest of the form stays usable.
 * Archived vocabulary terms come too unless `archivedTerms` is false (they may be on a record).
 * A list reloads when its own kind of record changes (a pick list needs names, not usage counts).
 */
export function useLookups(needs: Need[] = ALL, { archivedTerms = true }: { archivedTerms?: boolean } = {}): Lookups {
  const ask = <I>(need: Need, input: I): I | null => (needs.includes(need) ? input : null);
  const terms = useCall('vocabularies.list', ask('terms', archivedTerms ? { includeArchived: true } : {}), { reloadOn: ['vocabularies'] });
  const subprocessors = useCall('subprocessors.list', ask('subprocessors', {}), { reloadOn: ['subprocessors'] });
  const systems = useCall('systems.list', ask('systems', {}), { reloadOn: ['systems'] });
  const measures = useCall('securityMeasures.list', ask('measures', {}), { reloadOn: ['measures'] });
  const retentionRules = useCall('retentionRules.list', ask('retentionRules', {}), { reloadOn: ['retentionRules'] });
  const calls = [terms, subprocessors, systems, measures, retentionRules];
  return {
    terms: terms.data ?? [],
    subprocessors: subprocessors.data ?? [],
    systems: systems.data ?? [],
    measures: measures.data ?? [],
    retentionRules: retentionRules.data ?? [],
    loaded: calls.every((c) => !c.loading),
    error: calls.find((c) => c.error)?.error ?? null,
    reload: () => calls.forEach((c) => c.reload()),
  };
}
