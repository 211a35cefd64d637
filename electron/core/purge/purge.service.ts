import os from 'node:os';
import {
  customerFields,
  type DeletionLogEntry,
  type HistoryKind,
  type LegalHold,
  type PurgeItem,
  type PurgeList,
  type PurgeResult,
  type RecordCounts,
  type RetentionRule,
} from '../../../shared/contract';
import { PURGE_RECORD_KINDS, type PurgeRecordKind, type RetentionAction, type RetentionEvent } from '../../../shared/domain/enums';
import { conflict, invalidField, notFound } from '../errors';
import {
  anchorOf,
  computeRetention,
  decidingCandidate,
  isManualAction,
  type RecordDates,
  type RetentionComputation,
} from '../retention/compute';
import { addDuration } from '../retention/duration';
import { retentionService } from '../retention/retention.service';
import { stockholmDate, type Session } from '../session';
import { requestSearchText } from '../requests/request-text';
import { swedishSortKey } from '../text';
import { ANONYMISED_NAME, createPurgeRepo, type HoldRow, type LogRow, type PurgeCandidate, type PurgeRepo } from './purge.repo';
import { purgeReason, type AnchorSource } from './purge.words';

/** The event a kind of record carries of its own, beside the customer's contract ending. */
const OWN_EVENT: Partial<Record<PurgeRecordKind, RetentionEvent>> = {
  site: 'site_closed',
  equipment: 'asset_decommissioned',
  agreement: 'agreement_terminated',
  dsr_request: 'request_closed',
  breach: 'breach_closed',
};

/** An anonymised request's search text: requester, contact and text are gone, the customer's name stays. */
const anonymisedRequestText = (item: PurgeItem) =>
  requestSearchText({ requesterName: ANONYMISED_NAME, requesterContact: '', customerName: item.customerName, requestText: '' });

const KIND_ORDER = new Map(PURGE_RECORD_KINDS.map((k, i) => [k, i]));

/**
 * What a rule's action does to a record of the kind. "Delete or anonymise" anonymises what is
 * still of use without its personal data (a site, a device: the asset stays; a request: how it was
 * handled stays, not who asked) and deletes the rest (a contact person is nothing but personal
 * data; an agreement's document cannot be altered; a breach record is the Art. 33(5) log itself).
 */
export function effectiveAction(action: RetentionAction, kind: PurgeRecordKind): RetentionAction {
  if (action !== 'delete_or_anonymise') return action;
  return kind === 'site' || kind === 'equipment' || kind === 'dsr_request' ? 'anonymise' : 'delete';
}

/** Rules that can schedule a purge: a duration, and an anchor the register holds dates for. */
const schedulable = (r: RetentionRule) =>
  r.appliesTo.length > 0 && r.duration !== null && (r.anchorKind !== 'event' || r.anchorEvent !== null);

export const zeroCounts = (): RecordCounts => ({ contact_person: 0, site: 0, equipment: 0, agreement: 0, dsr_request: 0, breach: 0 });

/** Who carries out a purge, as the operating system knows them. */
export function currentUserName(): string {
  try {
    return os.userInfo().username || 'okänd';
  } catch {
    return 'okänd';
  }
}

/** Swedish calendar dates of ISO timestamps; Sweden's offsets are whole hours, so the hour is enough to key on. */
function dateCache(): (timestamp: string) => string {
  const cache = new Map<string, string>();
  return (timestamp) => {
    const hour = timestamp.slice(0, 13);
    let date = cache.get(hour);
    if (date === undefined) {
      date = stockholmDate(new Date(timestamp));
      cache.set(hour, date);
    }
    return date;
  };
}

function anchorSource(rule: RetentionRule, record: PurgeCandidate): AnchorSource {
  if (rule.anchorKind !== 'event') return rule.anchorKind === 'last_activity' ? 'last_activity' : 'created';
  if (rule.anchorEvent === 'agreement_terminated' && record.agreementStatus === 'superseded') return 'agreement_superseded';
  return rule.anchorEvent as AnchorSource;
}

function toHold(r: HoldRow, today: string): LegalHold {
  return {
    id: r.id,
    revision: r.revision,
    customerId: r.customer_id,
    customerName: r.customer_name,
    ruleId: r.retention_rule_id,
    ruleName: r.rule_name_sv === null ? null : { sv: r.rule_name_sv, en: r.rule_name_en || r.rule_name_sv },
    reason: r.reason,
    placedOn: r.placed_on,
    releasedOn: r.released_on,
    active: r.released_on === null || r.released_on > today,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toLogEntry(r: LogRow): DeletionLogEntry {
  return {
    id: r.id,
    performedAt: r.performed_at,
    purgeDate: r.purge_date,
    ruleId: r.retention_rule_id,
    ruleName: r.rule_name,
    action: r.action,
    customerId: r.customer_id,
    customerName: r.customer_name,
    records: { ...zeroCounts(), ...(JSON.parse(r.records) as Partial<RecordCounts>) },
    performedBy: r.performed_by,
  };
}

const HISTORY_KIND = {
  contact_person: 'contactPerson',
  site: 'site',
  equipment: 'equipment',
  agreement: 'agreement',
  dsr_request: 'dsrRequest',
  breach: 'breach',
} as const satisfies Record<PurgeRecordKind, HistoryKind>;

export function createPurgeService(session: Session, repo: PurgeRepo, performedBy: () => string = currentUserName) {
  /** Every record that falls due on or before `until`, as seen on `on` (holds active that day). */
  function items(on: string, until: string): PurgeItem[] {
    const rules = session.use(retentionService).list().filter(schedulable);
    const holds = repo.holdsActiveOn(on);
    // A hold on every customer covers the firm's own records too; one on a customer covers what involves it.
    const holdFor = (customerIds: readonly number[], rule: RetentionRule): HoldRow | null =>
      rule.legalHoldAllowed
        ? (holds.find(
            (h) =>
              (h.customer_id === null || customerIds.includes(h.customer_id)) &&
              (h.retention_rule_id === null || h.retention_rule_id === rule.id),
          ) ?? null)
        : null;
    const holdsById = new Map(holds.map((h) => [String(h.id), h]));
    const toDate = dateCache();
    // Records with the same anchor under the same rule (a customer's devices) share one computation.
    const computed = new Map<string, RetentionComputation>();
    const compute = (rule: RetentionRule, dates: RecordDates, hold: HoldRow | null): RetentionComputation => {
      const key = `${rule.id}|${anchorOf(rule, dates)}|${hold?.id ?? ''}`;
      let c = computed.get(key);
      if (!c) computed.set(key, (c = computeRetention(rule, dates, hold)));
      return c;
    };
    const result: PurgeItem[] = [];
    const namedInAgreements = repo.contactsNamedInAgreements();

    for (const kind of PURGE_RECORD_KINDS) {
      const kindRules = rules.filter((r) => r.appliesTo.includes(kind));
      if (kindRules.length === 0) continue;
      // Rules that all count from the end of the contract only ever reach ended customers.
      const onlyEnded = kindRules.every((r) => r.anchorKind === 'event' && r.anchorEvent === 'contract_ended');
      const needsCreated = kindRules.some((r) => r.anchorKind === 'created');
      const needsActivity = kindRules.some((r) => r.anchorKind === 'last_activity');

      for (const record of repo.candidates(kind, onlyEnded)) {
        const dates: RecordDates = {
          created: needsCreated ? toDate(record.createdAt) : null,
          lastActivity: needsActivity ? toDate(record.updatedAt) : null,
          events: { contract_ended: record.contractEnded, ...(OWN_EVENT[kind] ? { [OWN_EVENT[kind]]: record.ownEvent } : {}) },
        };
        const candidates = kindRules.map((rule) => ({
          rule,
          computation: compute(rule, dates, holdFor(record.holdCustomerIds, rule)),
          binding: rule.legalMinimumDuration !== null,
        }));
        const decided = decidingCandidate(candidates);
        const c = decided?.computation;
        if (!decided || !c || c.purgeDueAt === null || c.anchorDate === null || c.purgeDueAt > until) continue;
        const { rule } = decided;
        const action = effectiveAction(rule.action, kind);
        if (action === 'anonymise' && !record.personal) continue;
        // A hold under any of the record's rules keeps it, not only one under the deciding rule.
        const heldBy = c.heldBy ?? candidates.find((x) => x.computation.heldBy !== undefined)?.computation.heldBy;
        const hold = heldBy === undefined ? undefined : holdsById.get(heldBy);
        result.push({
          key: `${kind}:${record.id}`,
          ruleId: rule.id,
          ruleName: { sv: rule.nameSv, en: rule.nameEn || rule.nameSv },
          customerId: record.customerId,
          customerName: record.customerName,
          recordKind: kind,
          recordId: record.id,
          recordLabel: record.label,
          anchorDate: c.anchorDate,
          dueOn: c.purgeDueAt,
          backupDueOn: c.backupPurgeDueAt ?? c.purgeDueAt,
          due: c.purgeDueAt <= on,
          action,
          manual: isManualAction(action),
          heldBy: hold ? { id: hold.id, reason: hold.reason } : null,
          reason: purgeReason(kind, anchorSource(rule, record), c.anchorDate, rule),
          // The signed copy is immutable: it keeps the name until the agreement's own rule removes it.
          warnings:
            kind === 'contact_person' && namedInAgreements.has(record.id) ? [...c.warnings, 'w.purge.namedInAgreement'] : c.warnings,
        });
      }
    }
    // Swedish order by sort keys, each computed once: thousands of items share a few names.
    const keys = new Map<string, string>();
    const key = (s: string) => {
      let k = keys.get(s);
      if (k === undefined) keys.set(s, (k = swedishSortKey(s)));
      return k;
    };
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    return result.sort(
      (a, b) =>
        cmp(a.dueOn, b.dueOn) ||
        cmp(key(a.ruleName.sv), key(b.ruleName.sv)) ||
        cmp(key(a.customerName ?? ''), key(b.customerName ?? '')) ||
        KIND_ORDER.get(a.recordKind)! - KIND_ORDER.get(b.recordKind)! ||
        cmp(key(a.recordLabel), key(b.recordLabel)) ||
        a.recordId - b.recordId,
    );
  }

  /** Contact persons live inside the customer: they go through the customer's own save, which keeps its search text right. */
  function purgeContacts(customerId: number, chosen: Map<number, PurgeItem>): void {
    const customer = session.customers.get(customerId);
    const persons = customer.contactPersons.flatMap((p) => {
      const item = chosen.get(p.id);
      if (!item) return [p];
      return item.action === 'delete' ? [] : [{ ...p, name: ANONYMISED_NAME, email: '', phone: '' }];
    });
    session.customers.update(customerId, customer.revision, customerFields.parse({ ...customer, contactPersons: persons }));
  }

  return {
    list(input: { on?: string | undefined; horizonDays: 0 | 30 | 90 }): PurgeList {
      const on = input.on ?? session.today();
      const until = addDuration(on, { years: 0, months: 0, weeks: 0, days: input.horizonDays });
      return { on, until, items: items(on, until) };
    },

    /** The purge list's items due on or before any `until` (the attention list looks further ahead than 90 days). */
    schedule: (on: string, until: string): PurgeItem[] => items(on, until),

    /**
     * Deletes or anonymises what is due on `on` (all of it, or the items named by `keys`), never
     * held or manual items, and logs it by rule, customer and action: one transaction. Then the
     * WAL is checkpointed so that the purged text is gone from the files on disk.
     */
    run(input: { on: string; keys?: string[] | undefined }): PurgeResult {
      const { on } = input;
      if (on > session.today()) throw invalidField(['on'], 'v.purge.futureDate');
      const result = session.tx((): PurgeResult => {
        const wanted = input.keys ? new Set(input.keys) : null;
        const chosen = items(on, on).filter((i) => i.due && !i.heldBy && !i.manual && (!wanted || wanted.has(i.key)));
        const deleted = zeroCounts();
        const anonymised = zeroCounts();
        const now = session.now();
        const contacts = new Map<number, Map<number, PurgeItem>>();
        const done: PurgeItem[] = [];

        for (const item of chosen) {
          const remove = item.action === 'delete';
          let ok = false;
          switch (item.recordKind) {
            case 'equipment':
              ok = remove ? repo.deleteEquipment(item.recordId) : repo.anonymiseEquipment(item.recordId, now);
              break;
            case 'site':
              ok = remove ? repo.deleteSite(item.recordId) : repo.anonymiseSite(item.recordId, now);
              break;
            case 'agreement':
              // The generated document cannot be altered, so an agreement is only ever deleted.
              ok = remove && repo.deleteAgreement(item.recordId);
              break;
            case 'dsr_request':
              ok = remove ? repo.deleteRequest(item.recordId) : repo.anonymiseRequest(item.recordId, now, anonymisedRequestText(item));
              break;
            case 'breach':
              ok = remove && repo.deleteBreach(item.recordId);
              break;
            case 'contact_person': {
              const customerId = item.customerId!;
              const forCustomer = contacts.get(customerId) ?? new Map<number, PurgeItem>();
              forCustomer.set(item.recordId, item);
              contacts.set(customerId, forCustomer);
              ok = true;
              break;
            }
          }
          if (!ok) continue;
          (remove ? deleted : anonymised)[item.recordKind]++;
          done.push(item);
        }
        for (const [customerId, chosenContacts] of contacts) purgeContacts(customerId, chosenContacts);
        // The history keeps that each record was purged, under which rule and by whom, never its values.
        session.history.redact(
          done.map((item) => ({
            kind: HISTORY_KIND[item.recordKind],
            recordId: item.recordId,
            reason: 'purge' as const,
            rule: item.ruleName.sv,
          })),
        );

        // The log: kinds and counts per rule, customer and action. Never a name, e-mail, serial number or note.
        const groups = new Map<string, { item: PurgeItem; counts: Partial<RecordCounts> }>();
        for (const item of done) {
          const key = `${item.ruleId}|${item.customerId ?? ''}|${item.action}`;
          const group = groups.get(key) ?? { item, counts: {} };
          group.counts[item.recordKind] = (group.counts[item.recordKind] ?? 0) + 1;
          groups.set(key, group);
        }
        const by = performedBy();
        const logEntryIds = [...groups.values()].map(({ item, counts }) =>
          repo.insertLog({
            performedAt: now,
            purgeDate: on,
            ruleId: item.ruleId,
            ruleName: item.ruleName.sv,
            action: item.action === 'delete' ? 'delete' : 'anonymise',
            customerId: item.customerId,
            customerName: item.customerName ?? '',
            records: JSON.stringify(counts),
            performedBy: by,
          }),
        );
        return { on, deleted, anonymised, logEntryIds };
      });
      repo.checkpoint();
      return result;
    },

    holds: {
      list: (): LegalHold[] => {
        const today = session.today();
        return repo.holds().map((h) => toHold(h, today));
      },
      create(fields: { customerId: number | null; ruleId: number | null; reason: string; placedOn?: string | undefined }): LegalHold {
        return session.tx(() => {
          if (fields.customerId !== null && !repo.customerExists(fields.customerId)) {
            throw invalidField(['customerId'], 'v.unknownReference', { id: fields.customerId });
          }
          if (fields.ruleId !== null) {
            session.use(retentionService).assertExist([fields.ruleId], ['ruleId']);
            if (!session.use(retentionService).get(fields.ruleId).legalHoldAllowed)
              throw invalidField(['ruleId'], 'v.legalHold.ruleNotHoldable');
          }
          const id = repo.insertHold(
            { customerId: fields.customerId, ruleId: fields.ruleId, reason: fields.reason, placedOn: fields.placedOn ?? session.today() },
            session.now(),
          );
          return toHold(repo.hold(id)!, session.today());
        });
      },
      release(id: number, revision: number, releasedOn?: string): LegalHold {
        return session.tx(() => {
          const today = session.today();
          const current = repo.hold(id);
          if (!current) throw notFound(`Legal hold ${id}`);
          if (current.revision !== revision) throw conflict(toHold(current, today));
          if (current.released_on !== null) throw invalidField(['id'], 'v.legalHold.alreadyReleased');
          const on = releasedOn ?? today;
          if (on < current.placed_on) throw invalidField(['releasedOn'], 'v.legalHold.releaseBeforePlaced');
          if (!repo.releaseHold(id, revision, on, session.now())) throw conflict(toHold(repo.hold(id)!, today));
          return toHold(repo.hold(id)!, today);
        });
      },
    },

    log: (): DeletionLogEntry[] => repo.log().map(toLogEntry),
  };
}

export type PurgeService = ReturnType<typeof createPurgeService>;

/** Purging the open register's own records (`session.use(purgeService)`). */
export const purgeService = (s: Session): PurgeService => createPurgeService(s, createPurgeRepo(s.db));
