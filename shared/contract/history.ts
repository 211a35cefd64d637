// The change history (issue 11): one entry per changed record, chained by SHA-256, append-only.
import { z } from 'zod';
import { DATA_KINDS, filePath, id, isoDate, isoDateTime, language, paging, revision, type DataKind } from './common';

/** The kinds of record the history knows; each is one record page in the app. */
export const HISTORY_KINDS = [
  'register',
  'organisation',
  'customer',
  'contactPerson',
  'activity',
  'service',
  'subscription',
  'subprocessor',
  'system',
  'securityMeasure',
  'retentionRule',
  'retentionEvent',
  'vocabularyTerm',
  'agreementTemplate',
  'agreement',
  'privacyNotice',
  'site',
  'equipment',
  'legalHold',
  'changeNotice',
  'noticeRecipient',
  'noticeLetter',
  'dsrRequest',
  'breach',
  'attentionDismissal',
  'attentionSettings',
] as const;
export const historyKind = z.enum(HISTORY_KINDS);
export type HistoryKind = z.output<typeof historyKind>;

/**
 * create/update/delete: what a method did to the record; restore: an earlier version written
 * back (or a deleted record brought back); redact: the values of the record's earlier entries
 * were removed (a purge or a deliberate erasure), the facts kept.
 */
export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'restore', 'redact'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

const value = z.union([z.string(), z.number(), z.null()]);

/** One field of the record: its value before and after (camelCase column name). */
export const fieldChange = z.object({ field: z.string(), before: value, after: value });
export type FieldChange = z.output<typeof fieldChange>;

/** One list of the record (purposes, contact persons' lists, services, …): items added and removed, by label. */
export const listChange = z.object({ list: z.string(), added: z.array(z.string()), removed: z.array(z.string()) });
export type ListChange = z.output<typeof listChange>;

export const historyChanges = z.object({
  fields: z.array(fieldChange),
  lists: z.array(listChange),
  /** A redaction entry: why, and under which retention rule (when a purge). */
  redaction: z.object({ reason: z.enum(['purge', 'erasure']), rule: z.string().nullable(), entries: z.number().int() }).optional(),
  /** An undelete: the change whose delete this entry undid. */
  undoes: z.number().int().optional(),
});
export type HistoryChanges = z.output<typeof historyChanges>;

export const historyEntry = z.object({
  id,
  /** Entries written by one call share it (a delete with its cascade, a batch step). */
  changeId: id,
  at: isoDateTime,
  osUser: z.string(),
  displayName: z.string(),
  method: z.string(),
  kind: historyKind,
  recordId: z.number().int().nullable(),
  /** '' once redacted. */
  recordName: z.string(),
  /** The record this one belongs to (a contact person's or a site's customer). */
  parentKind: historyKind.nullable(),
  parentId: z.number().int().nullable(),
  action: z.enum(HISTORY_ACTIONS),
  changes: historyChanges,
  /** Its values were removed by a purge or an erasure; the fact stays. */
  redacted: z.boolean(),
  /** The record's revision today; null when the record no longer exists. */
  currentRevision: revision.nullable(),
  /** The entry holds the record's values at that point, so it can be written back. */
  restorable: z.boolean(),
  /** The newest entry of a record that exists: its version is the record as it is now. */
  latest: z.boolean(),
});
export type HistoryEntry = z.output<typeof historyEntry>;

export const historyFilter = z.object({
  kind: historyKind.optional(),
  recordId: id.optional(),
  /** With kind and recordId: also the records that belong to it (a customer's contact persons, sites, …). */
  withChildren: z.boolean().default(false),
  /** OS user name or display name, exact. */
  user: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Words in the record's name or the method. */
  search: z.string().max(200).optional(),
});
export type HistoryFilter = z.input<typeof historyFilter>;

export const historyListInput = historyFilter.extend({ ...paging });
export const historyList = z.object({ total: z.number().int(), rows: z.array(historyEntry) });
export type HistoryList = z.output<typeof historyList>;

export const historyVerifyResult = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** The first entry where the chain breaks, and how. */
  brokenAt: z.object({ id: z.number().int(), reason: z.enum(['order', 'link', 'content', 'redaction']) }).nullable(),
});
export type HistoryVerifyResult = z.output<typeof historyVerifyResult>;

export const historyExportInput = z.object({
  format: z.enum(['xlsx', 'csv']),
  lang: language.default('sv'),
  /** With a path (CLI, tests) it writes there; otherwise the host asks or uses its export folder. */
  path: filePath.optional(),
  filter: historyFilter.default({ withChildren: false }),
});
export const historyExportResult = z.object({ path: z.string(), bytes: z.number().int(), rows: z.number().int() }).nullable();

export const restoredRecord = z.object({ kind: historyKind, recordId: id, name: z.string() });
export type RestoredRecord = z.output<typeof restoredRecord>;

/** Restoring may touch any kind of record. */
const anyRecord = DATA_KINDS.filter((k): k is Exclude<DataKind, 'register'> => k !== 'register');

export const historyMethods = {
  'history.list': { input: historyListInput, output: historyList },
  /** The users seen in the history, for the filter. */
  'history.users': { input: z.object({}), output: z.array(z.string()) },
  /**
   * Writes the record's values as they were after this entry back, as a new change. `revision`
   * is the record's revision the user saw: CONFLICT when someone changed it since.
   */
  'history.restore': { changes: anyRecord, input: z.object({ entryId: id, revision }), output: restoredRecord },
  /** Brings back the records a delete removed (the record and what went with it), from the delete's entry. */
  'history.undelete': {
    changes: anyRecord,
    input: z.object({ entryId: id }),
    output: z.object({ records: z.array(restoredRecord) }),
  },
  /**
   * Takes a whole change back (an import, say), as one new change: the records it created are
   * deleted, the records it changed get the version they had before. Refused when any of them was
   * changed after it, or got records of its own since (an agreement for an imported customer).
   */
  'history.undoChange': {
    changes: anyRecord,
    input: z.object({ changeId: id }),
    output: z.object({ removed: z.number().int(), restored: z.number().int() }),
  },
  /** Deliberate erasure: removes the values of a deleted record from its history entries, keeping the facts. */
  'history.erase': {
    changes: ['history'],
    input: z.object({ kind: historyKind, recordId: id }),
    output: z.object({ redacted: z.number().int() }),
  },
  /** Walks the chain: OK, or the first entry that was changed, removed or reordered. */
  'history.verify': { input: z.object({}), output: historyVerifyResult },
  'history.export': { input: historyExportInput, output: historyExportResult },
} as const;
