// Writes a plan through the features' services, in the order of IMPORT_TARGETS (a record after the
// ones it refers to). The preview runs it inside a transaction that is always rolled back, so the
// register itself says which records it refuses; the commit runs the same code in one transaction
// that is kept only when every record was written.
import { IMPORT_TARGETS } from '../../../shared/contract/sheet-import';
import type { VocabularyKind } from '../../../shared/domain/enums';
import { formatMessage, type Language } from '../../../shared/messages';
import { DomainError } from '../errors';
import { measuresService } from '../measures/measures.service';
import type { Session } from '../session';
import { systemsService } from '../systems/systems.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import { matchKeysOf, type ExistingIndex } from './existing';
import type { RefTarget, WriteContext } from './model';
import type { Plan, PlannedRecord } from './plan';
import { importText } from './import.words';
import { TargetRefusal } from './targets/processor.shared';
import { minimalSystem } from './targets/systems';
import { fold } from './values';

/** Thrown inside the preview's transaction so that nothing it wrote stays. */
class RolledBack extends Error {}

/** Why the register refused a record, in words (an INVALID_INPUT lists its fields). */
export function refusal(error: unknown, lang: Language): string {
  if (error instanceof TargetRefusal) return importText(error.key, lang, error.params);
  if (error instanceof DomainError) {
    const issues = error.issues ?? [];
    if (issues.length) return issues.map((i) => `${i.path.join('.')}: ${formatMessage(i.message, lang, i.params)}`).join('; ');
    // A refusal in words (IN_USE, a history refusal …) says it in the language asked for.
    const details = error.details as { messageKey?: string; params?: Record<string, string | number> } | undefined;
    return details?.messageKey ? formatMessage(details.messageKey, lang, details.params) : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

interface Created {
  map: Map<string, number>;
  /** Keys added while the current record is written: taken back when it is refused. */
  journal: string[];
}

function writeContext(
  session: Session,
  existing: ExistingIndex,
  created: Created,
  added: Map<string, Set<string>>,
  current: () => PlannedRecord,
): WriteContext {
  const remember = (key: string, id: number) => {
    if (!created.map.has(key)) {
      created.map.set(key, id);
      created.journal.push(key);
    }
  };
  const idOf = (target: RefTarget, name: string, parent?: string, orgNr?: string): number | null => {
    for (const key of matchKeysOf({ orgNr, name, parent })) {
      const id = created.map.get(`${target}|${key}`);
      if (id !== undefined) return id;
    }
    return existing.find(target, { orgNr, name, parent })?.id ?? null;
  };
  const note = (kind: string, name: string) => {
    let set = added.get(kind);
    if (!set) added.set(kind, (set = new Set()));
    set.add(name);
  };
  const memos = new Map<string, unknown>();
  return {
    session,
    idOf,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    warn(message) {
      const record = current();
      record.problems.push({ severity: 'warning', sheet: record.sheet, row: record.rows[0]!, ...message });
    },
    termId(kind: VocabularyKind, label: string) {
      const key = `term:${kind}|${fold(label)}`;
      const known = created.map.get(key) ?? existing.term(kind, label);
      if (known !== null && known !== undefined) return known;
      const text = label.trim().slice(0, 200);
      const term = session.use(vocabulariesService).create({ kind, labelSv: text, labelEn: text, flag: 'none' });
      remember(key, term.id);
      note(`term:${kind}`, text);
      return term.id;
    },
    idOrCreate(target, name) {
      const found = idOf(target, name);
      if (found !== null) return found;
      const text = name.trim().slice(0, 300);
      const id =
        target === 'systems'
          ? session.use(systemsService).create(minimalSystem(text)).id
          : session
              .use(measuresService)
              .create({ category: 'organisational', labelSv: text, labelEn: '', status: 'implemented', note: '', noteEn: '' }).id;
      for (const key of matchKeysOf({ name: text })) remember(`${target}|${key}`, id);
      note(target, text);
      return id;
    },
  };
}

export interface Applied {
  /** Names the import added by kind ('term:data_subject', 'systems', 'measures'). */
  added: Map<string, Set<string>>;
}

function writeAll(session: Session, plan: Plan, existing: ExistingIndex, lang: Language, dry: boolean, onRecord: () => void): Applied {
  const created: Created = { map: new Map(), journal: [] };
  const added = new Map<string, Set<string>>();
  let record: PlannedRecord | null = null;
  const w = writeContext(session, existing, created, added, () => record!);
  const byTarget = new Map<string, PlannedRecord[]>();
  for (const r of plan.records) {
    if (r.action === 'skip' || !r.draft) continue;
    const list = byTarget.get(r.def.key) ?? [];
    list.push(r);
    byTarget.set(r.def.key, list);
  }
  for (const target of IMPORT_TARGETS) {
    for (const next of byTarget.get(target) ?? []) {
      record = next;
      created.journal = [];
      try {
        const existingId = next.action === 'update' ? next.match!.id : null;
        if (dry && next.def.check) {
          // Nothing refers to these records: checked, not written.
          next.def.check(next.draft!, existingId, w);
        } else {
          const write = () => next.def.write(next.draft!, existingId, w);
          // The preview takes back a refused record alone (a savepoint each); the commit takes back all.
          const id = dry ? session.tx(write) : write();
          for (const key of matchKeysOf(next.draft!.matchKeys)) {
            if (!created.map.has(`${target}|${key}`)) created.map.set(`${target}|${key}`, id);
          }
        }
      } catch (error) {
        for (const key of created.journal) created.map.delete(key);
        if (!dry) throw error;
        next.problems.push({
          severity: 'error',
          sheet: next.sheet,
          row: next.rows[0]!,
          key: 'preview.rejected',
          params: { reason: refusal(error, lang) },
        });
        next.action = 'skip';
        next.match = null;
      }
      onRecord();
    }
  }
  return { added };
}

/** The plan written in a transaction that is then rolled back: refused records become skips with the reason. */
export function tryPlan(session: Session, plan: Plan, existing: ExistingIndex, lang: Language, onRecord: () => void): Applied {
  let applied: Applied | null = null;
  try {
    // Nothing of it stays, so there is nothing for the history to record.
    session.history.withoutHistory(() =>
      session.tx(() => {
        applied = writeAll(session, plan, existing, lang, true, onRecord);
        throw new RolledBack();
      }),
    );
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return applied!;
}

/** The plan written for real, all of it or (on any refusal) nothing. */
export function writePlan(session: Session, plan: Plan, existing: ExistingIndex, lang: Language, onRecord: () => void): Applied {
  return session.tx(() => writeAll(session, plan, existing, lang, false, onRecord));
}
