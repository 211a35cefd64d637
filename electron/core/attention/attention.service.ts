import { createHash } from 'node:crypto';
import {
  ATTENTION_KINDS,
  type AttentionDismissal,
  type AttentionItem,
  type AttentionKind,
  type AttentionList,
  type AttentionSeverity,
  type DismissalMode,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { fromStockholmWallClock } from '../../../shared/deadlines';
import type { Language } from '../../../shared/messages';
import { conflict, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { createAttentionRepo, type AttentionRepo, type StoredDismissal } from './attention.repo';
import type { AttentionContext, AttentionFact } from './attention.source';
import { attentionSources } from './attention.sources';

const SEVERITY_ORDER: Record<AttentionSeverity, number> = { overdue: 0, dueSoon: 1, toFix: 2 };
const KIND_ORDER = new Map<AttentionKind, number>(ATTENTION_KINDS.map((k, i) => [k, i]));

/** A short, stable hash of an item's facts: an answer to the item holds while it stays the same. */
export function fingerprintOf(facts: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(facts ?? null))
    .digest('base64url')
    .slice(0, 22);
}

function severityOf(dueOn: string | null, on: string): AttentionSeverity {
  if (dueOn === null) return 'toFix';
  return dueOn < on ? 'overdue' : 'dueSoon';
}

function compareItems(a: AttentionItem, b: AttentionItem): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.dueOn ?? '').localeCompare(b.dueOn ?? '') ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    a.subject.localeCompare(b.subject, 'sv') ||
    a.key.localeCompare(b.key)
  );
}

/** Whether an answer still hides the item: same facts, and a snooze not yet over. */
function holds(d: StoredDismissal, fingerprint: string, on: string): boolean {
  if (d.fingerprint !== fingerprint) return false;
  return d.mode === 'notRelevant' || (d.until !== null && d.until > on);
}

const publicDismissal = ({ key: _key, fingerprint: _fp, ...d }: StoredDismissal): AttentionDismissal => d;

export interface ListOptions {
  on?: string;
  horizonDays: number;
  lang: Language;
  kinds?: readonly AttentionKind[];
}

export function createAttentionService(repo: AttentionRepo, session: Session) {
  function context(on: string | undefined, lang: Language): AttentionContext {
    const day = on ?? session.today();
    return {
      session,
      on: day,
      now: on === undefined ? session.now() : fromStockholmWallClock(`${day}T12:00`),
      lang,
      settings: { sentAgreementDays: repo.settings().sentAgreementDays },
    };
  }

  /** Every item the sources find, whatever its day, with its answer when one holds. */
  function collect(ctx: AttentionContext, kinds?: readonly AttentionKind[]): AttentionItem[] {
    const wanted = kinds ? new Set(kinds) : null;
    const answers = new Map(repo.dismissals().map((d) => [d.key, d]));
    const items: AttentionItem[] = [];
    for (const source of attentionSources) {
      if (wanted && !source.kinds.some((k) => wanted.has(k))) continue;
      for (const fact of source.collect(ctx)) {
        if (wanted && !wanted.has(fact.kind)) continue;
        items.push(toItem(fact, ctx.on, answers));
      }
    }
    return items;
  }

  function toItem(fact: AttentionFact, on: string, answers: Map<string, StoredDismissal>): AttentionItem {
    const key = `${fact.kind}:${fact.record}`;
    const fingerprint = fingerprintOf(fact.facts);
    const answer = answers.get(key);
    return {
      key,
      kind: fact.kind,
      severity: severityOf(fact.dueOn, on),
      dueOn: fact.dueOn,
      text: fact.text,
      subject: fact.subject,
      fix: fact.fix,
      fingerprint,
      dismissal: answer && holds(answer, fingerprint, on) ? publicDismissal(answer) : null,
    };
  }

  return {
    list(options: ListOptions): AttentionList {
      const ctx = context(options.on, options.lang);
      const horizonEnd = addDays(ctx.on, options.horizonDays);
      const all = collect(ctx, options.kinds)
        .filter((i) => i.dueOn === null || i.dueOn <= horizonEnd)
        .sort(compareItems);
      const items = all.filter((i) => i.dismissal === null);
      const counts = { overdue: 0, dueSoon: 0, toFix: 0 };
      const byKind: Record<string, number> = {};
      for (const i of items) {
        counts[i.severity] += 1;
        byKind[i.kind] = (byKind[i.kind] ?? 0) + 1;
      }
      return { on: ctx.on, horizonDays: options.horizonDays, items, dismissed: all.filter((i) => i.dismissal !== null), counts, byKind };
    },

    /** Every dated item whatever its day, except those answered "not relevant" (the calendar's events). */
    dated(on: string | undefined, lang: Language): { on: string; items: AttentionItem[] } {
      const ctx = context(on, lang);
      const items = collect(ctx)
        .filter((i) => i.dueOn !== null && i.dismissal?.mode !== 'notRelevant')
        .sort(compareItems);
      return { on: ctx.on, items };
    },

    dismiss(input: { key: string; fingerprint: string; mode: DismissalMode; until: string | null; reason: string }): AttentionDismissal {
      const today = session.today();
      if (input.mode === 'snooze' && (input.until === null || input.until <= today))
        throw invalidField(['until'], input.until === null ? 'v.required' : 'v.attention.untilPast');
      if (input.mode === 'notRelevant' && input.reason === '') throw invalidField(['reason'], 'v.attention.reasonRequired');
      return session.tx(() => {
        // The item as it is now: an answer to an item that is gone, or to facts that changed
        // since the user looked, would hide something they never saw.
        const colon = input.key.indexOf(':');
        const kind = (colon < 0 ? '' : input.key.slice(0, colon)) as AttentionKind;
        const current = KIND_ORDER.has(kind) ? collect(context(undefined, 'sv'), [kind]).find((i) => i.key === input.key) : undefined;
        if (!current) throw notFound(`Attention item ${input.key}`);
        if (current.fingerprint !== input.fingerprint) throw invalidField(['fingerprint'], 'v.attention.changed');
        const actor = session.history.actor();
        const id = repo.upsert(
          {
            key: input.key,
            fingerprint: input.fingerprint,
            mode: input.mode,
            until: input.mode === 'snooze' ? input.until : null,
            reason: input.reason,
            label: `${current.subject}: ${current.text}`.slice(0, 300),
            by: actor.displayName || actor.osUser,
          },
          session.now(),
        );
        return publicDismissal(repo.get(id)!);
      });
    },

    restore(id: number, revision: number): { id: number } {
      return session.tx(() => {
        const current = repo.get(id);
        if (!current) throw notFound(`Attention answer ${id}`);
        if (!repo.remove(id, revision)) throw conflict(publicDismissal(current));
        return { id };
      });
    },

    settings: () => repo.settings(),
    setSettings(revision: number, sentAgreementDays: number) {
      return session.tx(() => {
        if (!repo.setSettings(revision, sentAgreementDays, session.now())) throw conflict(repo.settings());
        return repo.settings();
      });
    },
  };
}

export type AttentionService = ReturnType<typeof createAttentionService>;

export const attentionService = (s: Session): AttentionService => createAttentionService(createAttentionRepo(s.db), s);
