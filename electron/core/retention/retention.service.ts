import type { RetentionEventRecord, RetentionRule } from '../../../shared/contract/retention';
import { enumLabel } from '../../../shared/domain/labels';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createRetentionEventsRepo, type RetentionEventsRepo } from './retention-events.repo';
import { createRetentionRepo, type RetentionRepo, type StoredRule } from './retention.repo';
import { retentionWarnings, summarise, type OwnEventLabel, type RetentionFields, type RuleWordsFields } from './retention.words';

/** The words and warnings for a rule's fields, saved or not; `ownEvent` the labels of its register-defined event. */
export function describeRule(fields: RuleWordsFields, ownEvent: OwnEventLabel = null): { sv: string; en: string; warnings: string[] } {
  return { ...summarise(fields, ownEvent), warnings: retentionWarnings(fields) };
}

/** The editable fields of a saved rule, e.g. to save it again with one thing changed. */
export function ruleFields(rule: RetentionRule): RetentionFields {
  const {
    id: _id,
    revision: _revision,
    summary: _summary,
    warnings: _warnings,
    usedBy: _usedBy,
    updatedAt: _updatedAt,
    anchorEventLabel: _label,
    ...fields
  } = rule;
  return fields;
}

function withWords({ ownEvent, ...rule }: StoredRule): RetentionRule {
  const anchorEventLabel =
    rule.anchorKind !== 'event'
      ? null
      : rule.anchorEvent !== null
        ? { sv: enumLabel('retentionEvent', rule.anchorEvent, 'sv'), en: enumLabel('retentionEvent', rule.anchorEvent, 'en') }
        : ownEvent;
  return { ...rule, anchorEventLabel, summary: summarise(rule, ownEvent), warnings: retentionWarnings(rule) };
}

export function createRetentionService(repo: RetentionRepo, events: RetentionEventsRepo, tx: <T>(fn: () => T) => T, now: () => string) {
  function get(id: number): RetentionRule {
    const rule = repo.get(id);
    if (!rule) throw notFound(`Retention rule ${id}`);
    return withWords(rule);
  }

  /** A rule may only count from an event the register has. */
  function assertEvent(fields: RetentionFields): void {
    if (fields.anchorKind !== 'event' || fields.anchorEventId === null || fields.anchorEvent !== null) return;
    if (!events.get(fields.anchorEventId)) throw invalidField(['anchorEvent'], 'v.unknownReference', { id: fields.anchorEventId });
  }

  function getEvent(id: number): RetentionEventRecord {
    const event = events.get(id);
    if (!event) throw notFound(`Retention event ${id}`);
    return event;
  }

  return {
    /** The rule with `summary {sv, en}`, `warnings` (message keys) and `usedBy`. */
    get,
    list: (): RetentionRule[] => repo.list().map(withWords),
    create: (fields: RetentionFields): RetentionRule =>
      tx(() => {
        assertEvent(fields);
        return get(repo.insert(fields, now()));
      }),
    update: (id: number, revision: number, fields: RetentionFields): RetentionRule =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        assertEvent(fields);
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
    /** The words for unsaved fields; a register-defined event is looked up here. */
    describe: (fields: RuleWordsFields) => {
      const event =
        fields.anchorKind === 'event' && fields.anchorEvent === null && fields.anchorEventId !== null
          ? events.get(fields.anchorEventId)
          : null;
      return describeRule(fields, event ? { sv: event.labelSv, en: event.labelEn } : null);
    },

    /** Throws INVALID_INPUT (v.unknownReference at `path`, the missing id as `params.id`) for an id that does not exist. */
    assertExist(ids: readonly number[], path: (string | number)[]): void {
      const found = repo.existing(ids);
      for (const ruleId of ids) {
        if (!found.has(ruleId)) throw invalidField(path, 'v.unknownReference', { id: ruleId });
      }
    },

    /** The register's own anchor events ("fakturan betald"), used like the built-in ones. */
    events: {
      list: (): RetentionEventRecord[] => events.list(),
      get: getEvent,
      create: (fields: { labelSv: string; labelEn: string }): RetentionEventRecord => tx(() => getEvent(events.insert(fields, now()))),
      update: (id: number, revision: number, fields: { labelSv: string; labelEn: string }): RetentionEventRecord =>
        tx(() => {
          const current = getEvent(id);
          if (current.revision !== revision) throw conflict(current);
          if (!events.update(id, revision, fields, now())) throw conflict(getEvent(id));
          return getEvent(id);
        }),
      /** Refused with IN_USE while rules count from the event. */
      delete: (id: number, revision: number): { id: number } =>
        tx(() => {
          const current = getEvent(id);
          if (current.revision !== revision) throw conflict(current);
          if (current.usedBy > 0) throw inUse('e.inUse.retentionEvent', { rules: current.usedBy });
          if (!events.delete(id, revision)) throw conflict(getEvent(id));
          return { id };
        }),
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;

/** The retention rules of the open register (`session.use(retentionService)`). */
export const retentionService = (s: Session): RetentionService =>
  createRetentionService(createRetentionRepo(s.db), createRetentionEventsRepo(s.db), (fn) => s.tx(fn), s.now);
