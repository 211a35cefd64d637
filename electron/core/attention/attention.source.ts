import type { AttentionKind, FixTarget } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Session } from '../session';

// What a feature gives the attention list. Each feature keeps its source beside its own code
// (e.g. agreements/agreements.attention.ts) and attention.sources.ts lists them.

export interface AttentionContext {
  session: Session;
  /** The day the list is read for (YYYY-MM-DD, Stockholm). */
  on: string;
  /** The moment the clocks are read (ISO instant): now, or midday of `on` when a day was asked. */
  now: string;
  /** The texts' language. */
  lang: Language;
  /** The register's reminder settings. */
  settings: { sentAgreementDays: number };
}

/** One thing that needs action, as a source finds it; the list adds severity, key and fingerprint. */
export interface AttentionFact {
  kind: AttentionKind;
  /** The record within the kind, e.g. 'customer:12' (the item's key is '<kind>:<record>'). */
  record: string;
  /** The day it is due (or was); null for a gap with no date. Later days than the horizon are fine: the list drops them, the calendar keeps them. */
  dueOn: string | null;
  /** What needs doing and why, in ctx.lang: one or two sentences. */
  text: string;
  /** The record's name. */
  subject: string;
  fix: FixTarget;
  /**
   * The facts that make it an item (JSON-safe, only what matters: e.g. the missing fields, the due
   * day, the status). A user's "snooze" or "not relevant" holds while these stay the same.
   */
  facts: unknown;
}

export interface AttentionSource {
  /** The kinds it yields: a list asked for other kinds does not call it. */
  kinds: readonly AttentionKind[];
  collect(ctx: AttentionContext): AttentionFact[];
}
