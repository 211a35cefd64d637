import type { z } from 'zod';
import type { SecurityMeasure, measuresSummary, securityMeasureFields } from '../../../shared/contract/measures';
import { MEASURE_CATEGORIES } from '../../../shared/domain/enums';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createMeasuresRepo, type MeasureRef, type MeasuresRepo } from './measures.repo';

type Fields = z.output<typeof securityMeasureFields>;
type Summary = z.output<typeof measuresSummary>;

export function createMeasuresService(repo: MeasuresRepo, tx: <T>(fn: () => T) => T, now: () => string) {
  function get(id: number): SecurityMeasure {
    const measure = repo.get(id);
    if (!measure) throw notFound(`Security measure ${id}`);
    return measure;
  }

  return {
    get,
    /** Every measure, organisational → technical → physical, each in catalogue order. */
    list: (): SecurityMeasure[] => repo.list(),

    create: (fields: Fields): SecurityMeasure => tx(() => get(repo.insert(fields, repo.nextPosition(fields.category), now()))),

    /** Status, note and labels. A built-in measure stays in its category. */
    update: (id: number, revision: number, fields: Fields): SecurityMeasure =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        let position = repo.position(id);
        if (fields.category !== current.category) {
          if (current.builtin) throw invalidField(['category'], 'v.measure.builtinCategory');
          position = repo.nextPosition(fields.category);
        }
        if (!repo.update(id, revision, fields, position, now())) throw conflict(get(id));
        return get(id);
      }),

    /** Only user-made measures that no activity or service links to. */
    delete: (id: number, revision: number): { id: number } =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        if (current.builtin) throw inUse('e.inUse.measureBuiltin');
        const { activities, services } = current.usedBy;
        if (activities + services > 0) throw inUse('e.inUse.measure', { activities, services });
        if (!repo.delete(id, revision)) throw conflict(get(id));
        return { id };
      }),

    /**
     * The register-wide annex "Tekniska och organisatoriska säkerhetsåtgärder": implemented and
     * planned measures per category (every category present, even when empty), and counts.
     */
    summary(): Summary {
      const all = repo.list();
      const item = (m: SecurityMeasure) => ({ id: m.id, labelSv: m.labelSv, labelEn: m.labelEn, note: m.note, noteEn: m.noteEn });
      return {
        categories: MEASURE_CATEGORIES.map((category) => ({
          category,
          implemented: all.filter((m) => m.category === category && m.status === 'implemented').map(item),
          planned: all.filter((m) => m.category === category && m.status === 'planned').map(item),
        })),
        counts: {
          implemented: all.filter((m) => m.status === 'implemented').length,
          planned: all.filter((m) => m.status === 'planned').length,
          notApplicable: all.filter((m) => m.status === 'not_applicable').length,
        },
      };
    },

    /** `{id, code, category, labelSv, labelEn, status, note, noteEn}` for the ids that exist, in catalogue order. */
    byIds: (ids: readonly number[]): MeasureRef[] => repo.refs(ids),

    /** Throws INVALID_INPUT (v.unknownReference at `path`, with the missing id as `params.id`) for an id that does not exist. */
    assertExist(ids: readonly number[], path: (string | number)[]): void {
      const found = new Set(repo.refs(ids).map((m) => m.id));
      for (const measureId of ids) {
        if (!found.has(measureId)) throw invalidField(path, 'v.unknownReference', { id: measureId });
      }
    },
  };
}

export type MeasuresService = ReturnType<typeof createMeasuresService>;

/** The security measures of the open register (`session.use(measuresService)`). */
export const measuresService = (s: Session): MeasuresService => createMeasuresService(createMeasuresRepo(s.db), (fn) => s.tx(fn), s.now);
