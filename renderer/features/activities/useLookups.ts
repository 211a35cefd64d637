import { useEffect, useState } from 'react';
import type { MethodOutput, RetentionRule, SecurityMeasure, System, VocabularyTerm } from '../../../shared/contract';
import { call } from '../../app/api';

type Subprocessor = MethodOutput<'subprocessors.list'>[number];

/** What the activity form offers in its pickers. */
export interface Lookups {
  terms: VocabularyTerm[];
  systems: System[];
  measures: SecurityMeasure[];
  rules: RetentionRule[];
  subprocessors: Subprocessor[];
}

export const EMPTY_LOOKUPS: Lookups = { terms: [], systems: [], measures: [], rules: [], subprocessors: [] };

/**
 * Loads the pickers' options. A list that fails to load comes back empty and the first failure is
 * reported, so the rest of the form stays usable.
 */
export function useLookups(): { lookups: Lookups; loaded: boolean; error: unknown; reload: () => void } {
  const [lookups, setLookups] = useState<Lookups>(EMPTY_LOOKUPS);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    void Promise.allSettled([
      call('vocabularies.list', {}),
      call('systems.list', {}),
      call('securityMeasures.list', {}),
      call('retentionRules.list', {}),
      call('subprocessors.list', {}),
    ]).then((results) => {
      if (!alive) return;
      const value = <T>(r: PromiseSettledResult<T>, fallback: T): T => (r.status === 'fulfilled' ? r.value : fallback);
      const [terms, systems, measures, rules, subprocessors] = results;
      setLookups({
        terms: value(terms, []),
        systems: value(systems, []),
        measures: value(measures, []),
        rules: value(rules, []),
        subprocessors: value(subprocessors, []),
      });
      const failed = results.find((r) => r.status === 'rejected');
      setError(failed ? (failed as PromiseRejectedResult).reason : null);
      setLoaded(true);
    });
    return () => {
      alive = false;
    };
  }, [version]);

  return { lookups, loaded, error, reload: () => setVersion((v) => v + 1) };
}
