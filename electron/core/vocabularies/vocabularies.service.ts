import type { z } from 'zod';
import type { VocabularyTerm, vocabularyTermFields } from '../../../shared/contract/vocabularies';
import type { VocabularyKind } from '../../../shared/domain/enums';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createVocabulariesRepo, type TermRef, type VocabulariesRepo } from './vocabularies.repo';

type Fields = z.output<typeof vocabularyTermFields>;

export function createVocabulariesService(repo: VocabulariesRepo, tx: <T>(fn: () => T) => T, now: () => string) {
  function get(id: number): VocabularyTerm {
    const term = repo.get(id);
    if (!term) throw notFound(`Vocabulary term ${id}`);
    return term;
  }

  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  /** The flag marks personal-data categories only (special, criminal, personnummer). */
  function checkFlag(f: Fields): void {
    if (f.kind !== 'personal_data' && f.flag !== 'none') throw invalidField(['flag'], 'v.vocabulary.flagOnlyPersonalData');
  }

  return {
    get,
    list: (kind?: VocabularyKind, includeArchived = false): VocabularyTerm[] => repo.list(kind, includeArchived),

    create: (fields: Fields): VocabularyTerm =>
      tx(() => {
        checkFlag(fields);
        return get(repo.insert(fields, now()));
      }),

    /** Relabel or re-flag a term. Built-ins keep their kind; a term in use keeps its kind too. */
    update: (id: number, revision: number, fields: Fields): VocabularyTerm =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        checkFlag(fields);
        let position = repo.position(id);
        if (fields.kind !== current.kind) {
          if (current.builtin) throw invalidField(['kind'], 'v.vocabulary.builtinKind');
          if (current.usageCount > 0) throw invalidField(['kind'], 'v.vocabulary.kindInUse');
          position = repo.nextPosition(fields.kind);
        }
        ensureWritten(repo.update(id, revision, fields, position, now()), id);
        return get(id);
      }),

    setArchived: (id: number, revision: number, archived: boolean): VocabularyTerm =>
      tx(() => {
        const at = now();
        ensureWritten(repo.setArchived(id, revision, archived ? at : null, at), id);
        return get(id);
      }),

    /** Only user-made terms that nothing uses; otherwise IN_USE with the reason. */
    delete: (id: number, revision: number): { id: number } =>
      tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        if (current.builtin) throw inUse('e.inUse.vocabularyBuiltin');
        if (current.usageCount > 0) throw inUse('e.inUse.vocabulary', { count: current.usageCount });
        ensureWritten(repo.delete(id, revision), id);
        return { id };
      }),

    /** `{id, kind, code, labelSv, labelEn, flag, archived}` for the ids that exist, in vocabulary order. */
    termsByIds: (ids: readonly number[]): TermRef[] => repo.refs(ids),

    /**
     * Throws INVALID_INPUT (v.unknownReference at `path`, the offending id as `params.id`) unless
     * every id is a term of `kind`. Archived terms pass: they stay valid on records that already have them.
     */
    assertKind(ids: readonly number[], kind: VocabularyKind, path: (string | number)[]): void {
      const found = new Map(repo.refs(ids).map((t) => [t.id, t.kind]));
      for (const termId of ids) {
        if (found.get(termId) !== kind) throw invalidField(path, 'v.unknownReference', { id: termId });
      }
    },
  };
}

export type VocabulariesService = ReturnType<typeof createVocabulariesService>;

/** The vocabularies of the open register (`session.use(vocabulariesService)`). */
export const vocabulariesService = (s: Session): VocabulariesService =>
  createVocabulariesService(createVocabulariesRepo(s.db), (fn) => s.tx(fn), s.now);
