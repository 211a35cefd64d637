import { z } from 'zod';
import { PERSONAL_DATA_FLAGS, VOCABULARY_KINDS } from '../domain/enums';
import { id, isoDateTime, requiredText, revision } from './common';

export const vocabularyKind = z.enum(VOCABULARY_KINDS);

export const vocabularyTermFields = z.object({
  kind: vocabularyKind,
  labelSv: requiredText(200),
  labelEn: requiredText(200),
  /** Only meaningful for personal-data categories. */
  flag: z.enum(PERSONAL_DATA_FLAGS),
});
export type VocabularyTermFields = z.input<typeof vocabularyTermFields>;

/** A new, empty term (the form sets the kind of the tab it is added on): the starting point of the form and tests. */
export const emptyVocabularyTerm: VocabularyTermFields = { kind: 'data_subject', labelSv: '', labelEn: '', flag: 'none' };

export const vocabularyTerm = z.object({
  id,
  revision,
  kind: vocabularyKind,
  /** Built-in terms carry the code of domain.md §1.5 (e.g. 'customer_contact'); user terms null. */
  code: z.string().nullable(),
  labelSv: z.string(),
  labelEn: z.string(),
  flag: z.enum(PERSONAL_DATA_FLAGS),
  builtin: z.boolean(),
  archivedAt: z.string().nullable(),
  /** How many activities, services and subscriptions use the term. */
  usageCount: z.number().int(),
  updatedAt: isoDateTime,
});
export type VocabularyTerm = z.output<typeof vocabularyTerm>;

export const vocabularyMethods = {
  'vocabularies.list': {
    input: z.object({ kind: vocabularyKind.optional(), includeArchived: z.boolean().default(false) }),
    output: z.array(vocabularyTerm),
  },
  'vocabularies.create': { changes: ['vocabularies'], input: vocabularyTermFields, output: vocabularyTerm },
  /** Built-in terms can be relabelled but not change kind. */
  'vocabularies.update': {
    changes: ['vocabularies'],
    input: z.object({ id, revision, fields: vocabularyTermFields }),
    output: vocabularyTerm,
  },
  /** Archived terms stay on existing records but are not offered for new ones. */
  'vocabularies.setArchived': {
    changes: ['vocabularies'],
    input: z.object({ id, revision, archived: z.boolean() }),
    output: vocabularyTerm,
  },
  /** Only unused, user-made terms can be deleted (IN_USE otherwise). */
  'vocabularies.delete': { changes: ['vocabularies'], input: z.object({ id, revision }), output: z.object({ id }) },
} as const;
