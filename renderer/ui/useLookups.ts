import { useCallback, useEffect, useState } from 'react';
import type { RetentionRule, SecurityMeasure, Subprocessor, System, VocabularyTerm } from '../../shared/contract';
import { call } from '../app/api';

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
 */
export function useLookups(needs: Need[] = ALL, { archivedTerms = true }: { archivedTerms?: boolean } = {}): Lookups {
  const key = needs.join(',');
  const [state, setState] = useState<Omit<Lookups, 'reload'>>({
    terms: [],
    subprocessors: [],
    systems: [],
    measures: [],
    retentionRules: [],
    loaded: false,
    error: null,
  });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    const wanted = new Set(key.split(','));
    const pick = <T>(need: Need, load: () => Promise<T[]>): Promise<T[]> => (wanted.has(need) ? load() : Promise.resolve([]));
    void Promise.allSettled([
      pick('terms', () => call('vocabularies.list', archivedTerms ? { includeArchived: true } : {})),
      pick('subprocessors', () => call('subprocessors.list', {})),
      pick('systems', () => call('systems.list', {})),
      pick('measures', () => call('securityMeasures.list', {})),
      pick('retentionRules', () => call('retentionRules.list', {})),
    ]).then(([terms, subprocessors, systems, measures, retentionRules]) => {
      if (!alive) return;
      const value = <T>(r: PromiseSettledResult<T[]>): T[] => (r.status === 'fulfilled' ? r.value : []);
      const failed = [terms, subprocessors, systems, measures, retentionRules].find((r) => r.status === 'rejected') as
        PromiseRejectedResult | undefined;
      setState({
        terms: value(terms),
        subprocessors: value(subprocessors),
        systems: value(systems),
        measures: value(measures),
        retentionRules: value(retentionRules),
        loaded: true,
        error: failed ? failed.reason : null,
      });
    });
    return () => {
      alive = false;
    };
  }, [key, archivedTerms, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
