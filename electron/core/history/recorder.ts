import { AsyncLocalStorage } from 'node:async_hooks';
import type { HistoryAction, HistoryChanges, HistoryKind } from '../../../shared/contract';
import { currentCall } from '../call-context';
import type { Db } from '../db/types';
import { contentHash, GENESIS_HASH, linkHash, type HistoryContent, type HistoryRow, type RedactionProof } from './chain';
import { diffRecord, redactChanges } from './diff';
import { createHistoryRepo, keyExpression, type HistoryRepo, type Row, type Snapshot } from './history.repo';
import { DERIVED_COLUMNS, LIST_TABLES, RECORD_TABLES, TABLE_OF_KIND, type NameLookup } from './history.tables';

// Records every change to the register in the same transaction as the change (issue 11).
//
// Connection-local TEMP triggers on every record and list table copy each written row (as JSON)
// into a TEMP staging table; they never touch the file. Every transaction of the connection is
// wrapped: when the outermost one is about to commit, the staged rows are grouped per record,
// diffed and appended to the history as chained entries, inside that same transaction. A write
// outside a transaction is refused by the triggers, so no method can change data unrecorded.

export interface Actor {
  osUser: string;
  displayName: string;
}

export interface RedactionRequest {
  kind: HistoryKind;
  recordId: number;
  reason: 'purge' | 'erasure';
  /** Only the entries up to this one: the record's id was taken by a newer record since. */
  upTo?: number;
  rule: string | null;
}

interface Staged {
  seq: number;
  tbl: string;
  op: 'insert' | 'update' | 'delete';
  row_key: string;
  old: string | null;
  new: string | null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function installTriggers(db: Db, repo: HistoryRepo): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS history_staged (
      seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, row_key TEXT NOT NULL, old TEXT, new TEXT);
    -- One row while a recorded transaction is open; recording = 0 while the sample is written.
    CREATE TEMP TABLE IF NOT EXISTS history_open (recording INTEGER NOT NULL);
  `);
  for (const shape of repo.shapes.values()) {
    const json = (alias: 'NEW' | 'OLD', withBlobs: boolean) =>
      `json_object('__key', ${keyExpression(shape, alias)}, ${shape.columns
        .filter((c) => (withBlobs || !shape.blobColumns.has(c)) && !DERIVED_COLUMNS.has(c))
        .map((c) =>
          shape.blobColumns.has(c)
            ? `'${c}', CASE WHEN ${alias}.${quote(c)} IS NULL THEN NULL ELSE json_object('$hex', hex(${alias}.${quote(c)})) END`
            : `'${c}', ${alias}.${quote(c)}`,
        )
        .join(', ')})`;
    const guard = `SELECT RAISE(ABORT, 'History: a change to ${shape.name} outside a recorded transaction') WHERE NOT EXISTS (SELECT 1 FROM temp.history_open);`;
    const stage = (op: string, key: string, oldJson: string, newJson: string) =>
      `INSERT INTO temp.history_staged (tbl, op, row_key, old, new) SELECT '${shape.name}', '${op}', ${key}, ${oldJson}, ${newJson} WHERE (SELECT recording FROM temp.history_open) = 1;`;
    const t = quote(shape.name);
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`history_${shape.name}_insert`)} AFTER INSERT ON main.${t} BEGIN
        ${guard} ${stage('insert', keyExpression(shape, 'NEW'), 'NULL', json('NEW', false))}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`history_${shape.name}_update`)} AFTER UPDATE ON main.${t} BEGIN
        ${guard} ${stage('update', keyExpression(shape, 'NEW'), json('OLD', false), json('NEW', false))}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${quote(`history_${shape.name}_delete`)} AFTER DELETE ON main.${t} BEGIN
        ${guard} ${stage('delete', keyExpression(shape, 'OLD'), json('OLD', true), 'NULL')}
      END;
    `);
  }
}

/** The owning record of a staged row, by the table's place in the history. */
function ownerOf(s: Staged, row: Row): { kind: HistoryKind; id: number } | null {
  const record = RECORD_TABLES[s.tbl];
  if (record) return { kind: record.kind, id: record.singleton ?? Number(s.row_key) };
  const list = LIST_TABLES[s.tbl];
  if (!list) return null;
  return { kind: list.kind, id: typeof list.owner === 'number' ? list.owner : Number(row[list.owner]) };
}

/** The rows before this transaction: today's rows with the staged writes undone, newest first. */
function undo(after: Snapshot, ops: { s: Staged; oldRow: Row | null }[]): Snapshot {
  const before: Snapshot = Object.fromEntries(Object.entries(after).map(([t, rows]) => [t, [...rows]]));
  for (const { s, oldRow } of [...ops].reverse()) {
    const rows = (before[s.tbl] ??= []);
    const at = rows.findIndex((r) => r.__key === s.row_key);
    if (s.op === 'insert') {
      if (at >= 0) rows.splice(at, 1);
    } else if (oldRow) {
      if (at >= 0) rows[at] = oldRow;
      else rows.push(oldRow);
    }
  }
  return before;
}

const REDACTED_NAME = '';

/** A change of the sample registers' past: when, by whom and through which method (see asOf). */
export interface PastCall {
  at: string;
  actor: Actor;
  method: string;
}

export function createRecorder(db: Db, options: { now: () => string; actor: () => Actor }) {
  const repo = createHistoryRepo(db);
  installTriggers(db, repo);
  const openTx = db.prepare('INSERT INTO temp.history_open (recording) VALUES (?)');
  const readStaged = db.prepare('SELECT * FROM temp.history_staged ORDER BY seq');
  const clear = db.prepare('DELETE FROM temp.history_staged');
  const closeTx = db.prepare('DELETE FROM temp.history_open');
  // Both follow awaits, and only them: a call made meanwhile is recorded as usual.
  const pastCall = new AsyncLocalStorage<PastCall>();
  /** Set while changes go unrecorded (see withoutHistory). */
  const unrecorded = new AsyncLocalStorage<true>();
  const recording = () => (unrecorded.getStore() ? 0 : 1);

  let depth = 0;
  let pendingRedactions: RedactionRequest[] = [];
  let pendingEvents: { action: HistoryAction; name: string }[] = [];
  let pendingExisting: { kind: HistoryKind; recordId: number }[] = [];
  let checkpointAfterCommit = false;
  /** Set by an undelete: the change whose delete the entries of this transaction undo. */
  let pendingUndoes: number | null = null;

  /** Appends one entry to the chain; `redactNow` writes it in redacted form straight away. */
  function append(content: Omit<HistoryContent, 'id' | 'change_id'>, changeId: number, redactNow: boolean): HistoryRow {
    const last = repo.last();
    const full: HistoryContent = { id: (last?.id ?? 0) + 1, change_id: changeId, ...content };
    const ownHash = contentHash(full);
    const prev = last?.hash ?? GENESIS_HASH;
    const row: HistoryRow = { ...full, redacted_at: null, prev_hash: prev, content_hash: ownHash, hash: linkHash(prev, ownHash) };
    if (redactNow) Object.assign(row, redactedForm(row, content.at));
    repo.append(row);
    return row;
  }

  function redactedForm(row: HistoryRow, at: string) {
    return {
      record_name: REDACTED_NAME,
      changes: JSON.stringify(redactChanges(JSON.parse(row.changes) as HistoryChanges)),
      snapshot: null,
      redacted_at: at,
    };
  }

  function flush(): void {
    const staged = readStaged.all() as Staged[];
    const redactions = pendingRedactions;
    const events = pendingEvents;
    pendingRedactions = [];
    pendingEvents = [];
    const existing = pendingExisting;
    pendingExisting = [];
    const undoes = pendingUndoes;
    pendingUndoes = null;
    clear.run();
    closeTx.run();
    if (staged.length === 0 && redactions.length === 0 && events.length === 0 && existing.length === 0) return;

    const past = pastCall.getStore();
    const at = past?.at ?? options.now();
    const who = past?.actor ?? options.actor();
    const method = past?.method ?? currentCall()?.method ?? 'internal';
    const changeId = (repo.last()?.change_id ?? 0) + 1;
    const base = { at, os_user: who.osUser, display_name: who.displayName, method };

    // Rows this change deleted, so names of records that are gone still resolve.
    const deleted = new Map<string, Row>();
    const groups = new Map<string, { kind: HistoryKind; id: number; ops: { s: Staged; oldRow: Row | null }[]; existing?: true }>();
    for (const r of existing) groups.set(`${r.kind}:${r.recordId}`, { kind: r.kind, id: r.recordId, ops: [], existing: true });
    for (const s of staged) {
      const oldRow = s.old ? (JSON.parse(s.old) as Row) : null;
      const newRow = s.new ? (JSON.parse(s.new) as Row) : null;
      if (s.op === 'delete' && oldRow) deleted.set(`${s.tbl}:${s.row_key}`, oldRow);
      const owner = ownerOf(s, (newRow ?? oldRow)!);
      if (!owner) continue;
      const key = `${owner.kind}:${owner.id}`;
      const group = groups.get(key) ?? { kind: owner.kind, id: owner.id, ops: [] };
      group.ops.push({ s, oldRow });
      groups.set(key, group);
    }
    const names = new Map<string, string>();
    const lookup: NameLookup = (kind, id) => {
      const table = TABLE_OF_KIND[kind];
      if (!table || id === null || id === undefined) return '';
      const key = `${table}:${String(id)}`;
      if (!names.has(key)) {
        names.set(key, ''); // guards against a cycle of lookups
        const row = deleted.get(key) ?? repo.rowById(table, id);
        names.set(key, row ? RECORD_TABLES[table]!.name(row, lookup) : '');
      }
      return names.get(key)!;
    };

    const redactKeys = new Map(redactions.map((r) => [`${r.kind}:${r.recordId}`, r]));
    const restoring = method === 'history.restore' || method === 'history.undelete';
    for (const group of groups.values()) {
      const table = TABLE_OF_KIND[group.kind]!;
      const after = repo.readRecord(group.kind, group.id);
      const before = group.existing ? {} : undo(after, group.ops);
      const had = (before[table]?.length ?? 0) > 0;
      const has = (after[table]?.length ?? 0) > 0;
      if (!had && !has) continue; // created and removed again in one go
      const action: HistoryAction = !has ? 'delete' : restoring ? 'restore' : had ? 'update' : 'create';
      const changes = diffRecord(table, before, after, lookup);
      if (action === 'update' && changes.fields.length === 0 && changes.lists.length === 0) continue;
      const own = (has ? after : before)[table]![0]!;
      const record = RECORD_TABLES[table]!;
      const parentId = record.parent ? own[record.parent.column] : null;
      if (action === 'delete') checkpointAfterCommit = true;
      append(
        {
          ...base,
          kind: group.kind,
          record_id: group.id,
          record_name: record.name(own, lookup),
          parent_kind: record.parent && parentId !== null ? record.parent.kind : null,
          parent_id: record.parent && parentId !== null ? Number(parentId) : null,
          action,
          changes: JSON.stringify(undoes === null ? changes : { ...changes, undoes }),
          snapshot: JSON.stringify(action === 'delete' ? before : after),
        },
        changeId,
        redactKeys.has(`${group.kind}:${group.id}`),
      );
    }

    for (const event of events) {
      append(
        {
          ...base,
          kind: 'register',
          record_id: null,
          record_name: event.name,
          parent_kind: null,
          parent_id: null,
          action: event.action,
          changes: '{"fields":[],"lists":[]}',
          snapshot: null,
        },
        changeId,
        false,
      );
    }

    for (const request of redactKeys.values()) redactRecord(request, base, changeId);
  }

  /** Removes the values of a record's entries and appends the redaction entry that vouches for them. */
  function redactRecord(
    request: RedactionRequest,
    base: Pick<HistoryContent, 'at' | 'os_user' | 'display_name' | 'method'>,
    changeId: number,
  ) {
    const proof: RedactionProof = { redacted: [] };
    let parent: { kind: string | null; id: number | null } = { kind: null, id: null };
    for (const row of repo.unredactedOf(request.kind, request.recordId, request.upTo)) {
      if (row.action === 'redact') continue;
      parent = { kind: row.parent_kind, id: row.parent_id };
      const form = { ...row, ...redactedForm(row, base.at) };
      repo.redact({ id: row.id, record_name: form.record_name, changes: form.changes, redacted_at: form.redacted_at });
      proof.redacted.push({ id: row.id, hash: contentHash(form) });
    }
    // Entries written redacted in this very change (see flush) are vouched for here too.
    const fresh = repo.redactedIn(request.kind, request.recordId, changeId);
    for (const row of fresh) {
      parent = { kind: row.parent_kind, id: row.parent_id };
      proof.redacted.push({ id: row.id, hash: contentHash(row) });
    }
    if (proof.redacted.length === 0) return;
    proof.redacted.sort((a, b) => a.id - b.id);
    const changes: HistoryChanges = {
      fields: [],
      lists: [],
      redaction: { reason: request.reason, rule: request.rule, entries: proof.redacted.length },
    };
    append(
      {
        ...base,
        kind: request.kind,
        record_id: request.recordId,
        record_name: REDACTED_NAME,
        parent_kind: parent.kind,
        parent_id: parent.id,
        action: 'redact',
        changes: JSON.stringify(changes),
        snapshot: JSON.stringify(proof),
      },
      changeId,
      false,
    );
    checkpointAfterCommit = true;
  }

  // Every transaction of this connection records its changes before it commits.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const wrapped = transaction(function (this: unknown, ...args: unknown[]) {
      depth += 1;
      try {
        if (depth === 1) openTx.run(recording());
        const result = fn.apply(this, args);
        if (depth === 1) flush();
        return result;
      } finally {
        depth -= 1;
        if (depth === 0) {
          pendingRedactions = [];
          pendingEvents = [];
          pendingUndoes = null;
          pendingExisting = [];
        }
      }
    });
    const afterCommit =
      (run: (...args: unknown[]) => unknown) =>
      (...args: unknown[]) => {
        const result = run(...args);
        if (depth === 0 && checkpointAfterCommit) {
          checkpointAfterCommit = false;
          // Deleted values must leave the WAL too, not only the main file (secure_delete covers that).
          db.pragma('wal_checkpoint(TRUNCATE)');
        }
        return result;
      };
    return Object.assign(afterCommit(wrapped), {
      deferred: afterCommit(wrapped.deferred),
      immediate: afterCommit(wrapped.immediate),
      exclusive: afterCommit(wrapped.exclusive),
    });
  }) as Db['transaction'];

  const inTransaction = <T>(fn: () => T): T => db.transaction(fn)();

  return {
    repo,
    /** Who the change being made now is recorded as (the sample's past actor inside asOf). */
    actor: (): Actor => pastCall.getStore()?.actor ?? options.actor(),
    /** In the current transaction (or one of its own): the record's entries lose their values when it commits. */
    redact(requests: RedactionRequest[]) {
      inTransaction(() => {
        pendingRedactions.push(...requests);
      });
    },
    /** In the current transaction: its entries undo the delete of change `changeId` (history.undelete). */
    markUndoes(changeId: number) {
      inTransaction(() => {
        pendingUndoes = changeId;
      });
    },
    /** An entry about the register itself (created, restored from a backup, imported). */
    recordEvent(action: HistoryAction, name: string) {
      inTransaction(() => {
        pendingEvents.push({ action, name });
      });
    },
    /**
     * In the current transaction (or one of its own): a 'create' entry for each of these records as
     * they are now, for records written without history (the sample registers' past).
     */
    recordExisting(records: { kind: HistoryKind; recordId: number }[]) {
      inTransaction(() => {
        pendingExisting.push(...records);
      });
    },
    /**
     * Runs `fn` as a change made by `past.actor` at `past.at` (the sample registers' past). Outside
     * a transaction, the transactions of `fn` (also those it awaits) are dated so; inside one, what
     * `fn` wrote is one change of its own, so a long past can be written in one transaction.
     */
    asOf<T>(past: PastCall, fn: () => T): T {
      return pastCall.run(past, () => {
        if (depth === 0) return fn();
        const result = fn();
        flush();
        openTx.run(recording());
        return result;
      });
    },
    /**
     * Runs `fn` without recording its changes (the sample register is written, then given its own
     * history); also the transactions it awaits, but not those of other calls meanwhile.
     */
    withoutHistory<T>(fn: () => T): T {
      return unrecorded.run(true, fn);
    },
  };
}

export type Recorder = ReturnType<typeof createRecorder>;
