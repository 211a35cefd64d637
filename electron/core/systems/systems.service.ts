import type { z } from 'zod';
import type { System, systemFields } from '../../../shared/contract/systems';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createSystemsRepo, type SystemRef, type SystemsRepo } from './systems.repo';

type Fields = z.output<typeof systemFields>;

export function createSystemsService(repo: SystemsRepo, tx: <T>(fn: () => T) => T, now: () => string) {
  function get(id: number): System {
    const system = repo.get(id);
    if (!system) throw notFound(`System ${id}`);
    return system;
  }

  /**
   * The supplier is either a sub-processor from the register or a free-text name; when a
   * sub-processor is chosen the free text is not kept (it would only go stale).
   */
  function normalise(f: Fields): Fields {
    if (f.subprocessorId === null) return f;
    if (!repo.subprocessorExists(f.subprocessorId)) throw invalidField(['subprocessorId'], 'v.unknownReference');
    return { ...f, supplierName: '' };
  }

  return {
    get,
    list: (query = ''): System[] => repo.list(query),
    create: (fields: Fields): System => tx(() => get(repo.insert(normalise(fields), now()))),
    update: (id: number, revision: number, fields: Fields): System =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        if (!repo.update(id, revision, normalise(fields), now())) throw conflict(get(id));
        return get(id);
      }),
    /** Refused with IN_USE (naming them) while activities or services link to the system. */
    delete: (id: number, revision: number): { id: number } =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        const activities = current.activities.length;
        const services = current.services.length;
        if (activities + services > 0) {
          const usedBy = [
            ...current.activities.map((r) => ({ kind: 'activities' as const, ...r })),
            ...current.services.map((r) => ({ kind: 'services' as const, ...r })),
          ];
          throw inUse('e.inUse.system', { activities, services }, usedBy);
        }
        if (!repo.delete(id, revision)) throw conflict(get(id));
        return { id };
      }),

    /** `{id, name}` for the ids that exist, in Swedish alphabetical order. */
    byIds: (ids: readonly number[]): SystemRef[] => repo.refs(ids),

    /** Throws INVALID_INPUT (v.unknownReference at `path`, with the missing id as `params.id`) for an id that does not exist. */
    assertExist(ids: readonly number[], path: (string | number)[]): void {
      const found = new Set(repo.refs(ids).map((s) => s.id));
      for (const systemId of ids) {
        if (!found.has(systemId)) throw invalidField(path, 'v.unknownReference', { id: systemId });
      }
    },
  };
}

export type SystemsService = ReturnType<typeof createSystemsService>;

/** The systems of the open register (`session.use(systemsService)`). */
export const systemsService = (s: Session): SystemsService => createSystemsService(createSystemsRepo(s.db), (fn) => s.tx(fn), s.now);
