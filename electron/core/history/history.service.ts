import type { HistoryChanges, HistoryEntry, HistoryKind, HistoryList, RestoredRecord } from '../../../shared/contract';
import { conflict, DomainError, notFound } from '../errors';
import type { Session } from '../session';
import { verifyChain, type HistoryRow } from './chain';
import type { HistoryQuery, Row, Snapshot, TableShape } from './history.repo';
import { DERIVED_COLUMNS, LIST_TABLES, RECORD_TABLES, TABLE_OF_KIND } from './history.tables';
import { RESAVE } from './resave';
import { formatMessage } from '../../../shared/messages';

// Reading, verifying and using the history: write an earlier version back, bring a deleted
// record back, erase a deleted record's values. Writes go through ordinary transactions, so
// the recorder puts each of them in the history too.

/** Record tables before the tables that refer to them, so a set of deleted rows can go back in. */
function insertionOrder(shapes: Map<string, TableShape>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (table: string) => {
    if (seen.has(table)) return;
    seen.add(table);
    for (const fk of shapes.get(table)?.foreignKeys ?? []) if (shapes.has(fk.table) && fk.table !== table) visit(fk.table);
    order.push(table);
  };
  for (const table of shapes.keys()) visit(table);
  return order;
}

/** A row whose unique column (an answer's item, a term's label) a newer row has taken cannot come back. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** A refusal the UI shows in words (`details.messageKey`). */
const refusal = (code: 'INVALID_INPUT' | 'NOT_FOUND', messageKey: string, extra: Record<string, unknown> = {}) =>
  new DomainError(code, formatMessage(messageKey, 'en'), { messageKey, params: {}, ...extra });

const fromStored = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && '$hex' in value ? Buffer.from(String((value as { $hex: string }).$hex), 'hex') : value;

export function createHistoryService(session: Session) {
  const recorder = session.history;
  const repo = recorder.repo;
  const order = insertionOrder(repo.shapes);

  function insertOrRefuse(table: string, values: Row): number {
    try {
      return repo.insertRow(table, values);
    } catch (error) {
      if (isUniqueViolation(error)) throw refusal('INVALID_INPUT', 'e.history.uniqueTaken', { table });
      throw error;
    }
  }

  /** Whether the record of this id now is the one the entry is about (record ids can be given again after a delete). */
  function sameRecordNow(row: HistoryRow): boolean {
    if (row.record_id === null) return false;
    const lastDelete = repo.lastDeleteOf(row.kind, row.record_id);
    return lastDelete === null || row.id > lastDelete;
  }

  function toEntry(row: HistoryRow): HistoryEntry {
    const table = TABLE_OF_KIND[row.kind as HistoryKind];
    const currentRevision = table && row.record_id !== null && sameRecordNow(row) ? repo.revisionOf(table, row.record_id) : null;
    const writable = row.snapshot !== null && row.action !== 'redact' && row.kind !== 'register';
    return {
      id: row.id,
      changeId: row.change_id,
      at: row.at,
      osUser: row.os_user,
      displayName: row.display_name,
      method: row.method,
      kind: row.kind as HistoryKind,
      recordId: row.record_id,
      recordName: row.record_name,
      parentKind: row.parent_kind as HistoryKind | null,
      parentId: row.parent_id,
      action: row.action as HistoryEntry['action'],
      changes: JSON.parse(row.changes) as HistoryChanges,
      redacted: row.redacted_at !== null,
      currentRevision,
      restorable: writable && (row.action === 'delete' ? !repo.undone(row.change_id) : currentRevision !== null),
      latest: currentRevision !== null && row.action !== 'delete' && repo.latestOf(row.kind, row.record_id!) === row.id,
    };
  }

  const entryOr404 = (entryId: number) => {
    const row = repo.get(entryId);
    if (!row) throw notFound(`History entry ${entryId}`);
    return row;
  };

  /** A referenced record that is gone: null it where the schema would, otherwise say what is missing. */
  function checkReferences(shape: TableShape, values: Row, remap: Map<string, number>, isList: boolean): Row | null {
    const out = { ...values };
    for (const fk of shape.foreignKeys) {
      const value = out[fk.column];
      if (value === null || value === undefined) continue;
      const moved = remap.get(`${fk.table}:${String(value)}`);
      if (moved !== undefined) {
        out[fk.column] = moved;
        continue;
      }
      if (repo.exists(fk.table, value)) continue;
      if (fk.onDelete === 'SET NULL') out[fk.column] = null;
      else if (isList)
        return null; // an item whose term or system is gone stays out
      else {
        const kind = RECORD_TABLES[fk.table]?.kind;
        throw refusal('NOT_FOUND', 'e.history.missingReference', { kind: kind ?? fk.table });
      }
    }
    return out;
  }

  function writableValues(shape: TableShape, row: Row): Row {
    const values: Row = {};
    for (const column of shape.columns) {
      if (column in row) values[column] = fromStored(row[column]);
      else if (DERIVED_COLUMNS.has(column)) values[column] = ''; // derived again by RESAVE
    }
    return values;
  }

  const now = () => session.now();

  function writeListsBack(kind: HistoryKind, recordId: number, current: Snapshot, target: Snapshot) {
    for (const [table, list] of Object.entries(LIST_TABLES)) {
      if (list.kind !== kind) continue;
      const shape = repo.shape(table);
      const key = (rows: Row[]) => JSON.stringify(rows.map((r) => Object.entries(r).filter(([k]) => k !== '__key' && k !== 'id')));
      if (key(current[table] ?? []) === key(target[table] ?? [])) continue;
      for (const row of current[table] ?? []) repo.deleteRow(table, row.__key);
      for (const row of target[table] ?? []) {
        const values = checkReferences(shape, writableValues(shape, row), new Map(), true);
        if (!values) continue;
        if (typeof list.owner === 'string') values[list.owner] = recordId;
        if ('id' in values && repo.exists(table, values.id)) delete values.id;
        repo.insertRow(table, values);
      }
    }
  }

  return {
    list(q: HistoryQuery, offset: number, limit: number): HistoryList {
      // A record's own history: the record that has the id now, not an earlier one deleted under it.
      const table = q.kind ? TABLE_OF_KIND[q.kind] : undefined;
      const after =
        table && q.recordId !== undefined && repo.exists(table, q.recordId)
          ? (repo.lastDeleteOf(q.kind!, q.recordId) ?? undefined)
          : undefined;
      const page = repo.list({ ...q, after }, offset, limit);
      return { total: page.total, rows: page.rows.map(toEntry) };
    },
    users: () => [...new Set(repo.users())],
    entries: (q: HistoryQuery) => repo.iterate(q),
    toEntry,
    verify: () => verifyChain(repo.iterate()),

    /** Writes the record's values as this entry holds them back over the record, as one new change. */
    restore(entryId: number, revision: number): RestoredRecord {
      const row = entryOr404(entryId);
      const entry = toEntry(row);
      if (!entry.restorable || entry.action === 'delete' || entry.recordId === null) {
        throw refusal('INVALID_INPUT', 'e.history.notRestorable');
      }
      const kind = entry.kind;
      const table = TABLE_OF_KIND[kind]!;
      const recordId = entry.recordId;
      return session.tx(() => {
        const current = repo.readRecord(kind, recordId);
        const own = current[table]?.[0];
        if (!own) throw notFound(`${kind} ${recordId}`);
        if (own.revision !== revision) throw conflict({ revision: own.revision });
        const target = JSON.parse(row.snapshot!) as Snapshot;
        const shape = repo.shape(table);
        const wanted = checkReferences(shape, writableValues(shape, target[table]![0]!), new Map(), false)!;
        // Only what differs is written: an agreement's document columns refuse any update.
        const values: Row = {};
        for (const [column, value] of Object.entries(wanted)) {
          if (column === 'id' || column === 'created_at' || shape.blobColumns.has(column)) continue;
          if (own[column] !== value) values[column] = value;
        }
        values.revision = Number(own.revision) + 1;
        if (shape.columns.includes('updated_at')) values.updated_at = now();
        repo.updateRow(table, recordId, values);
        writeListsBack(kind, recordId, current, target);
        RESAVE[kind]?.(session, recordId);
        return { kind, recordId, name: RECORD_TABLES[table]!.name(repo.rowById(table, recordId)!, () => '') || entry.recordName };
      });
    },

    /**
     * Takes a whole change back as one new change: what it created is deleted, what it changed gets
     * its version from before. Newest first, so a record goes before the ones it refers to.
     */
    undoChange(changeId: number): { removed: number; restored: number } {
      const entries = repo
        .ofChange(changeId)
        .filter((e) => e.record_id !== null && (e.action === 'create' || e.action === 'update' || e.action === 'restore'));
      if (entries.length === 0) throw refusal('INVALID_INPUT', 'e.history.notUndoable');
      const first = entries[0]!.id;
      const last = entries[entries.length - 1]!.id;
      for (const e of entries) {
        if (repo.touchedAfter(e.kind, e.record_id!, last))
          throw refusal('INVALID_INPUT', 'e.history.changedSince', { params: { name: e.record_name } });
      }
      return session.tx(() => {
        recorder.markUndoes(changeId);
        let removed = 0;
        let restored = 0;
        for (const e of [...entries].reverse()) {
          const kind = e.kind as HistoryKind;
          const table = TABLE_OF_KIND[kind]!;
          if (e.action === 'create') {
            removed += repo.deleteById(table, e.record_id!).changes;
            continue;
          }
          const before = repo.entryBefore(kind, e.record_id!, first);
          if (before === null) continue;
          this.restore(before, repo.revisionOf(table, e.record_id!)!);
          restored++;
        }
        return { removed, restored };
      });
    },

    /** Puts back every record the delete of this entry removed (the record and what went with it). */
    undelete(entryId: number): RestoredRecord[] {
      const row = entryOr404(entryId);
      if (row.action !== 'delete' || row.snapshot === null || row.record_id === null) {
        throw refusal('INVALID_INPUT', 'e.history.notDeleted');
      }
      if (repo.undone(row.change_id)) throw refusal('INVALID_INPUT', 'e.history.stillThere');
      // The whole delete: a customer comes back with the contact persons, sites and devices it took along.
      // A record whose id a newer record has taken comes back under a new id (see remap below).
      const gone = repo.ofChange(row.change_id).filter((e) => e.action === 'delete' && e.snapshot !== null && e.record_id !== null);
      const rows = new Map<string, Row[]>();
      for (const e of gone) {
        for (const [t, list] of Object.entries(JSON.parse(e.snapshot!) as Snapshot)) rows.set(t, [...(rows.get(t) ?? []), ...list]);
      }
      return session.tx(() => {
        recorder.markUndoes(row.change_id);
        const remap = new Map<string, number>();
        for (const t of order) {
          const shape = repo.shape(t);
          const isList = Boolean(LIST_TABLES[t]);
          const seen = new Set<unknown>();
          for (const stored of rows.get(t) ?? []) {
            if (seen.has(stored.__key)) continue; // the same row in two snapshots
            seen.add(stored.__key);
            const values = checkReferences(shape, writableValues(shape, stored), remap, isList);
            if (!values) continue;
            const list = LIST_TABLES[t];
            if (list && typeof list.owner === 'string') {
              const owner = remap.get(`${TABLE_OF_KIND[list.kind]!}:${String(stored[list.owner])}`);
              if (owner !== undefined) values[list.owner] = owner;
            }
            const oldId = values.id;
            if ('id' in values && repo.exists(t, values.id)) delete values.id;
            if ('revision' in values) values.revision = Number(values.revision) + 1;
            if ('updated_at' in values) values.updated_at = now();
            const newId = insertOrRefuse(t, values);
            if (oldId !== undefined) remap.set(`${t}:${String(oldId)}`, newId);
          }
        }
        const restored = gone.map((e) => {
          const t = TABLE_OF_KIND[e.kind as HistoryKind]!;
          return { kind: e.kind as HistoryKind, recordId: remap.get(`${t}:${e.record_id}`) ?? e.record_id!, name: e.record_name };
        });
        for (const r of restored) if (repo.exists(TABLE_OF_KIND[r.kind]!, r.recordId)) RESAVE[r.kind]?.(session, r.recordId);
        return restored;
      });
    },

    /** Deliberate erasure of a deleted record (and of the records deleted with it that belonged to it). */
    erase(kind: HistoryKind, recordId: number): number {
      const table = TABLE_OF_KIND[kind];
      if (!table) throw notFound(`${kind} ${recordId}`);
      // Only a record that is gone; when a newer record has its id, only the entries before it took the id.
      const upToOf = (k: HistoryKind, id: number): number | undefined | null =>
        repo.exists(TABLE_OF_KIND[k]!, id) ? repo.lastDeleteOf(k, id) : undefined;
      const upTo = upToOf(kind, recordId);
      if (upTo === null) throw refusal('INVALID_INPUT', 'e.history.eraseExisting');
      const records: { kind: HistoryKind; recordId: number; upTo?: number }[] = [{ kind, recordId, ...(upTo ? { upTo } : {}) }];
      for (const child of repo.childrenOf(kind, recordId, upTo)) {
        const childUpTo = upToOf(child.kind, child.record_id);
        if (childUpTo !== null) records.push({ kind: child.kind, recordId: child.record_id, ...(childUpTo ? { upTo: childUpTo } : {}) });
      }
      const count = records.reduce(
        (n, r) => n + repo.unredactedOf(r.kind, r.recordId, r.upTo).filter((e) => e.action !== 'redact').length,
        0,
      );
      if (count === 0) return 0;
      session.tx(() => recorder.redact(records.map((r) => ({ ...r, reason: 'erasure' as const, rule: null }))));
      return count;
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
