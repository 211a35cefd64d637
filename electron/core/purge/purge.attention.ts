// What the attention list (issue 17) needs to know of retention applied to the register's own
// records: what is due for purging, and legal holds that keep records the rules would purge.
// Never one item per record (a register has tens of thousands of devices): one item per rule
// for everything due now, and one for the rule's next due day ahead. Both kinds come from one
// computation of the purge list per call.
//
// Legal holds have no review date in the register (placed on, released on, reason). What the
// register does know is when a hold starts to matter: the first day a record it keeps would
// otherwise have been purged. That day is the hold's review day: from then on the data is kept
// only because of the hold, so whether it is still needed is worth asking.
import { ATTENTION_HORIZON_MAX, PURGE_LIST_FIELD, type LegalHold, type PurgeItem } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { PURGE_RECORD_KINDS, type PurgeRecordKind, type RetentionAction } from '../../../shared/domain/enums';
import type { Words } from '../../../shared/glossary';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';
import { purgeService } from './purge.service';

/** How long a hold's reason may be in a text before it is cut. */
const REASON_MAX = 80;

const count = (one: string, other: string) => (n: number) => `${n} ${n === 1 ? one : other}`;

const sv = {
  kinds: {
    contact_person: count('kontaktperson', 'kontaktpersoner'),
    site: count('kundplats', 'kundplatser'),
    equipment: count('enhet', 'enheter'),
    agreement: count('PUB-avtal', 'PUB-avtal'),
    dsr_request: count('begäran', 'begäranden'),
    breach: count('incident', 'incidenter'),
  } satisfies Record<PurgeRecordKind, (n: number) => string>,
  records: count('post', 'poster'),
  and: 'och',
  /** What the rule's action does, after "ska": "ska raderas". */
  action: {
    delete: 'raderas',
    anonymise: 'anonymiseras',
    delete_or_anonymise: 'raderas eller anonymiseras',
    return_to_controller: 'lämnas tillbaka till kunden',
    archive: 'arkiveras',
    review: 'gås igenom',
  } satisfies Record<RetentionAction, string>,
  /** `spread`: the records fell due on different days. */
  due: (what: string, action: string, rule: string, since: string, _plural: boolean, spread: boolean) =>
    `${what} ska ${action} enligt regeln ${rule}, ${spread ? 'de första sedan' : 'sedan'} ${since}. ` +
    'Uppgifterna ska inte sparas längre än regeln säger.',
  upcoming: (what: string, action: string, rule: string, on: string, _several: boolean) =>
    `${what} ska ${action} enligt regeln ${rule} den ${on}.`,
  automatic: 'Genomför gallringen i listan Att gallra.',
  manual: 'Det görs för hand: gå igenom posterna i listan Att gallra.',
  holdKeeps: (reason: string, what: string, from: string, spread: boolean) =>
    `Spärren ”${reason}” håller kvar ${what} som annars skulle ha gallrats, ${spread ? 'de första från' : 'från'} ${from}.`,
  holdWillKeep: (reason: string, what: string, from: string) =>
    `Spärren ”${reason}” håller från ${from} kvar ${what} som annars skulle gallras då.`,
  review: 'Se över om uppgifterna fortfarande behövs och häv spärren när de inte gör det.',
  allCustomers: 'Alla kunder',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    kinds: {
      contact_person: count('contact person', 'contact persons'),
      site: count('site', 'sites'),
      equipment: count('device', 'devices'),
      agreement: count('agreement', 'agreements'),
      dsr_request: count('request', 'requests'),
      breach: count('breach', 'breaches'),
    },
    records: count('record', 'records'),
    and: 'and',
    action: {
      delete: 'deleted',
      anonymise: 'anonymised',
      delete_or_anonymise: 'deleted or anonymised',
      return_to_controller: 'returned to the customer',
      archive: 'archived',
      review: 'reviewed',
    },
    due: (what, action, rule, since, plural, spread) =>
      `${what} ${plural ? 'are' : 'is'} due to be ${action} under the rule ${rule}, ${spread ? 'the first since' : 'since'} ${since}. ` +
      'The data is not to be kept longer than the rule says.',
    upcoming: (what, action, rule, on, several) => `${what} ${several ? 'are' : 'is'} due to be ${action} under the rule ${rule} on ${on}.`,
    automatic: 'Carry out the purge on the list Due for purging.',
    manual: 'This is done by hand: go through the records on the list Due for purging.',
    holdKeeps: (reason, what, from, spread) =>
      `The hold “${reason}” keeps ${what} that would otherwise have been purged, ${spread ? 'the first from' : 'from'} ${from}.`,
    holdWillKeep: (reason, what, from) => `From ${from} the hold “${reason}” keeps ${what} that would otherwise be purged then.`,
    review: 'Check whether the data is still needed and release the hold when it is not.',
    allCustomers: 'All customers',
  },
};

type W = (typeof words)[keyof typeof words];

/** "12 poster (2 kundplatser och 10 enheter)", or "1 enhet" when there is one kind. */
function recordsInWords(items: readonly PurgeItem[], w: W): string {
  const byKind = new Map<PurgeRecordKind, number>();
  for (const i of items) byKind.set(i.recordKind, (byKind.get(i.recordKind) ?? 0) + 1);
  const parts = PURGE_RECORD_KINDS.flatMap((kind) => {
    const n = byKind.get(kind);
    return n === undefined ? [] : [w.kinds[kind](n)];
  });
  if (parts.length === 1) return parts[0]!;
  const list = `${parts.slice(0, -1).join(', ')} ${w.and} ${parts.at(-1)!}`;
  return `${w.records(items.length)} (${list})`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const cut = (s: string) => (s.length > REASON_MAX ? `${s.slice(0, REASON_MAX - 1).trimEnd()}…` : s);

/** Items grouped by a key, each group in the list's order (due day first). */
function groupBy<K>(items: readonly PurgeItem[], key: (i: PurgeItem) => K | null): Map<K, PurgeItem[]> {
  const groups = new Map<K, PurgeItem[]>();
  for (const i of items) {
    const k = key(i);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

function ruleFacts(ctx: AttentionContext, items: readonly PurgeItem[], w: W): AttentionFact[] {
  const facts: AttentionFact[] = [];
  // A held record waits for its hold (legalHold.review), not for a purge.
  for (const [ruleId, group] of groupBy(items, (i) => (i.heldBy === null ? i.ruleId : null))) {
    const first = group[0]!;
    const rule = ctx.lang === 'sv' ? first.ruleName.sv : first.ruleName.en;
    // The purge list (renderer/app/fixPath.ts), not the rule's form.
    const fix = { kind: 'retentionRule' as const, id: ruleId, field: PURGE_LIST_FIELD };
    const how = (g: readonly PurgeItem[]) => (g.every((i) => i.manual) ? w.manual : w.automatic);
    // One rule's records are all done by hand (its action) or all deleted or anonymised, per kind.
    const verb = (g: readonly PurgeItem[]) => {
      const actions = new Set(g.map((i) => i.action));
      return actions.size === 1 ? w.action[[...actions][0]!] : w.action.delete_or_anonymise;
    };

    const due = group.filter((i) => i.due);
    if (due.length > 0) {
      const since = due[0]!.dueOn;
      const what = capitalise(recordsInWords(due, w));
      const spread = due.at(-1)!.dueOn !== since;
      facts.push({
        kind: 'purge.due',
        record: `rule:${ruleId}`,
        subject: rule,
        dueOn: since,
        text: `${w.due(what, verb(due), rule, since, due.length > 1, spread)} ${how(due)}`,
        fix,
        // An answer holds while the oldest due record is the same: a purge (or a changed rule)
        // brings the item back, not each further record that falls due.
        facts: { dueOn: since },
      });
    }
    const next = group.find((i) => !i.due)?.dueOn;
    if (next !== undefined) {
      const onNext = group.filter((i) => i.dueOn === next);
      facts.push({
        kind: 'purge.due',
        record: `rule:${ruleId}:next`,
        subject: rule,
        dueOn: next,
        text: `${w.upcoming(capitalise(recordsInWords(onNext, w)), verb(onNext), rule, next, onNext.length > 1)} ${how(onNext)}`,
        fix,
        facts: { dueOn: next, count: onNext.length },
      });
    }
  }
  return facts;
}

function holdFacts(ctx: AttentionContext, items: readonly PurgeItem[], holds: readonly LegalHold[], w: W): AttentionFact[] {
  const byId = new Map(holds.map((h) => [h.id, h]));
  const facts: AttentionFact[] = [];
  for (const [holdId, group] of groupBy(items, (i) => i.heldBy?.id ?? null)) {
    const hold = byId.get(holdId);
    if (!hold) continue;
    const from = group[0]!.dueOn;
    const reason = cut(hold.reason);
    const started = from <= ctx.on;
    // What it keeps now, or what it will keep on its first day.
    const kept = group.filter((i) => (started ? i.due : i.dueOn === from));
    const what = recordsInWords(kept, w);
    const spread = kept.some((i) => i.dueOn !== from);
    const keeps = started ? w.holdKeeps(reason, what, from, spread) : w.holdWillKeep(reason, what, from);
    facts.push({
      kind: 'legalHold.review',
      record: `legalHold:${holdId}`,
      subject: hold.customerName ?? w.allCustomers,
      dueOn: from,
      text: `${keeps} ${w.review}`,
      fix: { kind: 'legalHold', id: holdId, field: null },
      facts: { dueOn: from },
    });
  }
  return facts;
}

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  const purge = ctx.session.use(purgeService);
  // As far ahead as the attention list can look: the next purge day of a rule within a year.
  const items = purge.schedule(ctx.on, addDays(ctx.on, ATTENTION_HORIZON_MAX));
  const held = items.some((i) => i.heldBy !== null);
  return [...ruleFacts(ctx, items, w), ...(held ? holdFacts(ctx, items, purge.holds.list(), w) : [])];
}

export const purgeAttention: AttentionSource = {
  kinds: ['purge.due', 'legalHold.review'],
  collect,
};
