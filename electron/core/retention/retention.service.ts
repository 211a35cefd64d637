import type { RetentionRule } from '../../../shared/contract/retention';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createRetentionRepo, type RetentionRepo, type StoredRule } from './retention.repo';
import { retentionWarnings, summarise, type RetentionFields, type RuleWordsFields } from './retention.words';

/** The words and warnings for a rule's fields, saved or not. */
export function describeRule(fields: RuleWordsFields): { sv: string; en: string; warnings: string[] } {
  return { ...summarise(fields), warnings: retentionWarnings(fields) };
}

/** The editable fields of a saved rule, e.g. to save it again with one thing changed. */
export function ruleFields(rule: RetentionRule): RetentionFields {
  const { id: _id, revision: _revision, summary: _summary, warnings: _warnings, usedBy: _usedBy, updatedAt: _updatedAt, ...fields } = rule;
  return fields;
}

function withWords(rule: StoredRule): RetentionRule {
  return { ...rule, summary: summarise(rule), warnings: retentionWarnings(rule) };
}

export function createRetentionService(repo: RetentionRepo, tx: <T>(fn: () => T) => T, now: () => string) {
  function get(id: number): RetentionRule {
    const rule = repo.get(id);
    if (!rule) throw notFound(`Retention rule ${id}`);
    return withWords(rule);
  }

  return {
    /** The rule with `summary {sv, en}`, `warnings` (message keys) and `usedBy`. */
    get,
    list: (): RetentionRule[] => repo.list().map(withWords),
    create: (fields: RetentionFields): RetentionRule => tx(() => get(repo.insert(fields, now()))),
    update: (id: number, revision: number, fields: RetentionFields): RetentionRule =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        if (!repo.update(id, revision, fields, now())) throw conflict(get(id));
        return get(id);
      }),
    /** Refused with IN_USE while activities or services use the rule. */
    delete: (id: number, revision: number): { id: number } =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        const { activities, services } = current.usedBy;
        if (activities + services > 0) throw inUse('e.inUse.retentionRule', { activities, services });
        if (!repo.delete(id, revision)) throw conflict(get(id));
        return { id };
      }),
    describe: describeRule,

    /** Throws INVALID_INPUT (v.unknownReference at `path`, the missing id as `params.id`) for an id that does not exist. */
    assertExist(ids: readonly number[], path: (string | number)[]): void {
      const found = repo.existing(ids);
      for (const ruleId of ids) {
        if (!found.has(ruleId)) throw invalidField(path, 'v.unknownReference', { id: ruleId });
      }
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;

/** The retention rules of the open register (`session.use(retentionService)`). */
export const retentionService = (s: Session): RetentionService =>
  createRetentionService(createRetentionRepo(s.db), (fn) => s.tx(fn), s.now);
