import type { z } from 'zod';
import {
  DEFAULT_NOTICE_DAYS,
  OPEN_CHANGE_NOTICE_STATES,
  type ChangeNotice,
  type ChangeNoticeDeadline,
  type ChangeNoticeState,
  type ChangeNoticeSummary,
  type CustomerChangeFlag,
  type NoticeRecipient,
  type ObjectionResolution,
  type RecipientState,
  type SentVia,
  type changeNoticeFields,
} from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { locationIsInEea } from '../../../shared/domain/labels';
import { agreementsService } from '../agreements/agreements.service';
import { conflict, invalidField, notFound } from '../errors';
import { processorRegisterService, type SubscriptionsOn } from '../services/processor-register.service';
import { servicesService } from '../services/services.service';
import { subscriptionsService } from '../services/subscriptions.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { swedishSortKey } from '../text';
import { createChangeNoticesRepo, type NoticeRecord, type NoticeWrite, type RecipientRecord } from './change-notices.repo';
import { describeChange, describeDetailsChange, type DetailsSnapshot } from './change.words';
import { holdsBack } from './notice-effects';

type Fields = z.output<typeof changeNoticeFields>;
type Signed = ReturnType<ReturnType<typeof agreementsService>['signedByCustomer']>;
/** The subscriptions read per date during one call. */
type Bases = Map<string, SubscriptionsOn>;

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Sub-processor changes (issue 15): the notice as a record, the customers it affects derived from
 * subscriptions on its effective date (never stored), each one's deadline from its own signed
 * agreement, and what was sent, answered and resolved per customer.
 */
export function createChangeNoticesService(session: Session) {
  const repo = createChangeNoticesRepo(session.db);
  const register = () => session.use(processorRegisterService);
  const subprocessors = () => session.use(subprocessorsService);

  function record(id: number): NoticeRecord {
    const n = repo.get(id);
    if (!n) throw notFound(`Change notice ${id}`);
    return n;
  }

  /** The day the change is judged on: its effective date, or today while it has none. */
  const judgedOn = (n: Pick<NoticeRecord, 'effectiveDate'>) => n.effectiveDate ?? session.today();

  /**
   * Customers whose sub-processors differ with and without the change on its day; for a change
   * of details, every customer the sub-processor reaches that day.
   */
  function affectedCustomers(n: NoticeRecord | (Fields & { id?: number }), bases: Bases = new Map()): Set<number> {
    const onDate = judgedOn(n);
    const base = baseOn(onDate, bases);
    if (n.kind === 'change') {
      const out = new Set<number>();
      for (const [customerId, set] of register().subprocessorSets(onDate, undefined, base))
        if (set.has(n.subprocessorId)) out.add(customerId);
      return out;
    }
    const noticeId = n.id ?? 0;
    // A notice not saved yet has no effect of its own: "without" is the register as it is, "with"
    // is the change made by hand on the service lists.
    const without = register().subprocessorSets(onDate, noticeId ? { noticeId, applied: false } : undefined, base);
    const withIt = noticeId ? register().subprocessorSets(onDate, { noticeId, applied: true }, base) : applyByHand(without, n, onDate);
    const touched = [n.subprocessorId, ...(n.replacedSubprocessorId ? [n.replacedSubprocessorId] : [])];
    const out = new Set<number>();
    for (const customerId of new Set([...without.keys(), ...withIt.keys()])) {
      const a = without.get(customerId);
      const b = withIt.get(customerId);
      if (touched.some((id) => (a?.has(id) ?? false) !== (b?.has(id) ?? false))) out.add(customerId);
    }
    return out;
  }

  /** For a preview: each subscriber of the services, with the change applied to its set. */
  function applyByHand(base: Map<number, Set<number>>, n: Fields, onDate: string): Map<number, Set<number>> {
    const out = new Map([...base].map(([k, v]) => [k, new Set(v)]));
    const services = new Set(n.serviceIds);
    const subs = session.use(subscriptionsService).list({});
    for (const s of subs) {
      if (!services.has(s.serviceId) || s.startDate > onDate || (s.endDate !== null && s.endDate < onDate)) continue;
      const set = out.get(s.customerId) ?? new Set<number>();
      out.set(s.customerId, set);
      if ((n.kind === 'add' || n.kind === 'replace') && !s.removedSubprocessorIds.includes(n.subprocessorId)) set.add(n.subprocessorId);
      if (n.kind === 'remove' && !s.addedSubprocessorIds.includes(n.subprocessorId)) set.delete(n.subprocessorId);
      if (n.kind === 'replace' && n.replacedSubprocessorId && !s.addedSubprocessorIds.includes(n.replacedSubprocessorId)) {
        set.delete(n.replacedSubprocessorId);
      }
    }
    return out;
  }

  function recipientState(r: RecipientRecord | undefined, deadline: string, today: string): RecipientState {
    if (!r?.sentOn) return 'not_sent';
    if (r.response === 'accepted') return 'accepted';
    if (r.response === 'objected') return r.resolution ? 'resolved' : 'objected';
    // Silence counts as acceptance from the day after the deadline.
    return today > deadline ? 'deemed_accepted' : 'awaiting';
  }

  /** One read of a date's subscriptions per call, shared by every notice judged on that date. */
  function baseOn(onDate: string, bases: Bases): SubscriptionsOn {
    let base = bases.get(onDate);
    if (!base) bases.set(onDate, (base = register().subscriptionsOn(onDate)));
    return base;
  }

  /** Names and sort keys from the subscriptions already read; a customer no longer subscribed is looked up. */
  function customerNames(ids: readonly number[], bases: Bases): Map<number, { name: string; key: string }> {
    const known = new Map<number, { name: string; key: string }>();
    for (const base of bases.values())
      for (const a of base.active) known.set(a.customerId, { name: a.customerName, key: a.customerSortKey });
    const out = new Map<number, { name: string; key: string }>();
    for (const id of ids) {
      let c = known.get(id);
      if (!c) {
        const name = session.customers.get(id).name;
        c = { name, key: swedishSortKey(name) };
      }
      out.set(id, c);
    }
    return out;
  }

  /** Every customer of the notice: those affected now and those recorded earlier, by name. */
  function recipients(
    n: NoticeRecord,
    signed: Signed,
    rows: RecipientRecord[] = repo.recipients(n.id),
    bases: Bases = new Map(),
  ): NoticeRecipient[] {
    const today = session.today();
    const affected = n.decision === 'no_notice' || n.decision === 'withdrawn' ? new Set<number>() : affectedCustomers(n, bases);
    const recorded = new Map(rows.map((r) => [r.customerId, r]));
    const ids = [...new Set([...affected, ...recorded.keys()])];
    const names = customerNames(ids, bases);
    return ids
      .map((customerId) => {
        const r = recorded.get(customerId);
        const current = signed.get(customerId);
        // Once sent, the period that applied then stays: a later agreement does not move the deadline.
        const noticeDays = r?.noticeDays ?? current?.noticeDays ?? DEFAULT_NOTICE_DAYS;
        const agreementId = r?.sentOn ? r.agreementId : (current?.id ?? null);
        const agreement = agreementId === null ? null : agreementId === current?.id ? current : signedThen(agreementId);
        // Counted from the day it was sent; never before the day a letter already printed.
        const counted = addDays(r?.sentOn ?? today, noticeDays);
        const deadline = r?.sentOn && (r.letterDeadline ?? '') > counted ? r.letterDeadline! : counted;
        const lang = r?.letterLang ?? agreement?.lang ?? 'sv';
        return {
          key: names.get(customerId)!.key,
          recipient: {
            customerId,
            customerName: names.get(customerId)!.name,
            revision: r?.revision ?? null,
            // Excepted after objecting: still this notice's customer, though the change no longer reaches it.
            affected: affected.has(customerId) || r?.resolution === 'excepted',
            agreement: agreement
              ? {
                  id: agreement.id,
                  reference: agreement.reference,
                  version: agreement.version,
                  lang: agreement.lang,
                  signedOn: agreement.signedOn,
                }
              : null,
            noAgreement: agreementId === null,
            noticeDays,
            lang,
            sentOn: r?.sentOn ?? null,
            sentVia: r?.sentVia ?? null,
            deadline,
            state: recipientState(r, deadline, today),
            respondedOn: r?.respondedOn ?? null,
            objectionText: r?.objectionText ?? '',
            resolution: r?.resolution ?? null,
            resolvedOn: r?.resolvedOn ?? null,
            resolutionNote: r?.resolutionNote ?? '',
            letter:
              r?.letterSha256 && r.letterLang && r.letterGeneratedAt
                ? { lang: r.letterLang, sha256: r.letterSha256, generatedAt: r.letterGeneratedAt, size: r.letterSize ?? 0 }
                : null,
            deadlineAfterEffective: n.effectiveDate !== null && deadline > n.effectiveDate,
          } satisfies NoticeRecipient,
        };
      })
      .sort(byKey)
      .map((x) => x.recipient);
  }

  /** The agreement that applied when the notice was sent, since replaced by a newer version. */
  function signedThen(agreementId: number): NonNullable<ReturnType<Signed['get']>> | null {
    try {
      const a = session.use(agreementsService).get(agreementId);
      return {
        customerId: a.customerId,
        id: a.id,
        version: a.version,
        lang: a.lang,
        signedOn: a.signedOn,
        noticeDays: a.noticeDays,
        reference: a.reference,
      };
    } catch {
      return null;
    }
  }

  function stateOf(n: NoticeRecord, list: NoticeRecipient[]): ChangeNoticeState {
    if (n.decision === 'pending') return 'proposed';
    if (n.decision === 'no_notice') return 'no_notice';
    if (n.decision === 'withdrawn') return 'withdrawn';
    if (n.effectiveDate !== null && session.today() >= n.effectiveDate) return 'in_effect';
    const current = list.filter((r) => r.affected);
    if (!current.some((r) => r.sentOn)) return 'draft';
    const settled = current.every((r) => ['accepted', 'deemed_accepted', 'resolved'].includes(r.state));
    return settled ? 'answered' : 'sent';
  }

  function summarise(n: NoticeRecord, list: NoticeRecipient[]): ChangeNoticeSummary {
    const names = new Map(
      subprocessors()
        .byIds([n.subprocessorId, ...(n.replacedSubprocessorId ? [n.replacedSubprocessorId] : [])])
        .map((s) => [s.id, s.name]),
    );
    const serviceNames = new Map(
      session
        .use(servicesService)
        .records()
        .map((s) => [s.id, s.name]),
    );
    const current = list.filter((r) => r.affected);
    const running = current.filter((r) => r.state === 'awaiting').map((r) => r.deadline);
    const deadlines = current.map((r) => r.deadline);
    return {
      id: n.id,
      revision: n.revision,
      kind: n.kind,
      state: stateOf(n, list),
      decision: n.decision,
      proposed: n.proposed,
      subprocessor: { id: n.subprocessorId, name: names.get(n.subprocessorId) ?? '' },
      replacedSubprocessor: n.replacedSubprocessorId
        ? { id: n.replacedSubprocessorId, name: names.get(n.replacedSubprocessorId) ?? '' }
        : null,
      services: n.serviceIds
        .map((id) => ({ id, name: serviceNames.get(id) ?? '', key: swedishSortKey(serviceNames.get(id) ?? '') }))
        .sort(byKey)
        .map(({ id, name }) => ({ id, name })),
      changeSv: n.changeSv,
      changeEn: n.changeEn,
      effectiveDate: n.effectiveDate,
      counts: {
        affected: current.length,
        sent: current.filter((r) => r.sentOn).length,
        objected: current.filter((r) => r.state === 'objected').length,
        open: current.filter((r) => r.state === 'not_sent' || r.state === 'awaiting').length,
        answered: current.filter((r) => ['accepted', 'deemed_accepted', 'resolved'].includes(r.state)).length,
        noAgreement: current.filter((r) => r.noAgreement).length,
      },
      nextDeadline: running.length ? running.sort()[0]! : null,
      latestDeadline: deadlines.length ? deadlines.sort().at(-1)! : null,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  }

  function details(id: number) {
    const s = subprocessors().records([id])[0];
    if (!s) throw notFound(`Sub-processor ${id}`);
    return {
      id: s.id,
      name: s.name,
      orgNr: s.orgNr,
      locationKind: s.locationKind,
      country: s.country,
      regionName: s.regionName,
      regionInEea: s.regionInEea,
      serviceDescription: s.serviceDescription,
      processingLocations: s.processingLocations,
      transferMechanism: s.transferMechanism,
      thirdCountry: !locationIsInEea(s),
    };
  }

  function warningsOf(n: NoticeRecord, list: NoticeRecipient[]): string[] {
    const w: string[] = [];
    const current = list.filter((r) => r.affected);
    if (n.decision === 'notify' && current.some((r) => r.deadlineAfterEffective) && !n.earlyReason.trim()) {
      w.push('w.changeNotice.deadlineAfterEffective');
    }
    if (current.some((r) => r.noAgreement)) w.push('w.changeNotice.noAgreement');
    if (n.decision === 'notify' && n.effectiveDate !== null && session.today() >= n.effectiveDate) {
      if (current.some((r) => r.state === 'objected')) w.push('w.changeNotice.objectionOpenInEffect');
      if (current.some((r) => r.state === 'not_sent')) w.push('w.changeNotice.notSentInEffect');
    }
    if (list.some((r) => !r.affected && r.sentOn)) w.push('w.changeNotice.noLongerAffected');
    return w;
  }

  function get(id: number): ChangeNotice {
    const n = record(id);
    const list = recipients(n, session.use(agreementsService).signedByCustomer());
    return {
      ...summarise(n, list),
      fields: {
        kind: n.kind,
        subprocessorId: n.subprocessorId,
        replacedSubprocessorId: n.replacedSubprocessorId,
        serviceIds: n.serviceIds,
        changeSv: n.changeSv,
        changeEn: n.changeEn,
        reason: n.reason,
        reasonEn: n.reasonEn,
        effectiveDate: n.effectiveDate,
        decidedBy: n.decidedBy,
        decision: n.decision,
        decisionNote: n.decisionNote,
        earlyReason: n.earlyReason,
      },
      subprocessorDetails: details(n.subprocessorId),
      replacedDetails: n.replacedSubprocessorId ? details(n.replacedSubprocessorId) : null,
      recipients: list,
      warnings: warningsOf(n, list),
    };
  }

  /** Every notice with its recipients, worked out once for all (signed agreements read once). */
  function allWithRecipients(): { notice: NoticeRecord; list: NoticeRecipient[] }[] {
    const signed = session.use(agreementsService).signedByCustomer();
    const rows = repo.allRecipients();
    const bases: Bases = new Map();
    return repo.all().map((notice) => ({ notice, list: recipients(notice, signed, rows.get(notice.id) ?? [], bases) }));
  }

  function validate(f: Fields, id: number | null): void {
    subprocessors().assertExist([f.subprocessorId], ['subprocessorId']);
    if (f.replacedSubprocessorId !== null) {
      subprocessors().assertExist([f.replacedSubprocessorId], ['replacedSubprocessorId']);
      if (f.replacedSubprocessorId === f.subprocessorId) throw invalidField(['replacedSubprocessorId'], 'v.changeNotice.replacedSame');
    }
    const services = new Set(
      session
        .use(servicesService)
        .records()
        .map((s) => s.id),
    );
    for (const [i, s] of f.serviceIds.entries())
      if (!services.has(s)) throw invalidField(['serviceIds', i], 'v.unknownReference', { id: s });
    if (f.decision !== 'notify' || f.effectiveDate === null || f.earlyReason.trim() !== '') return;
    // The effective date may not come before the last customer's deadline, unless the user says why.
    const preview = id === null ? previewRecipients(f) : recipientsFor(id, f);
    const latest = preview
      .filter((r) => r.affected)
      .map((r) => r.deadline)
      .sort()
      .at(-1);
    if (latest !== undefined && f.effectiveDate < latest) {
      throw invalidField(['effectiveDate'], 'v.changeNotice.beforeDeadline', { deadline: latest });
    }
  }

  /** The recipients a saved notice would have with other fields (dates, services) than stored. */
  function recipientsFor(id: number, f: Fields): NoticeRecipient[] {
    const n = { ...record(id), ...f, id };
    return recipients(n, session.use(agreementsService).signedByCustomer());
  }

  /** The recipients of a notice not saved yet, whatever its decision: the form's preview, and what create checks. */
  function previewRecipients(f: Fields): NoticeRecipient[] {
    const unsaved: NoticeRecord = { ...f, decision: 'notify', id: 0, revision: 0, proposed: false, createdAt: '', updatedAt: '' };
    return recipients(unsaved, session.use(agreementsService).signedByCustomer(), []);
  }

  const toWrite = (f: Fields, proposed: boolean): NoticeWrite => ({
    ...f,
    serviceIds: f.kind === 'change' ? [] : f.serviceIds,
    proposed,
  });

  function ensureNotify(n: NoticeRecord): void {
    if (n.decision !== 'notify') throw invalidField(['id'], 'v.changeNotice.notNotify');
  }

  function recipientOf(n: NoticeRecord, customerId: number): NoticeRecipient {
    const r = get(n.id).recipients.find((x) => x.customerId === customerId);
    if (!r) throw invalidField(['customerId'], 'v.changeNotice.notAffected', { id: customerId });
    return r;
  }

  /**
   * The services' lists hold the change (the target state; the notice holds it back until its
   * effective date): `made` writes it into them, or, for a withdrawn change, back out of them.
   */
  function writeLinks(
    n: Pick<NoticeRecord, 'kind' | 'subprocessorId' | 'replacedSubprocessorId'>,
    serviceIds: number[],
    made: boolean,
  ): void {
    if (n.kind === 'change') return;
    const services = session.use(servicesService);
    const incoming = n.kind === 'remove' ? null : n.subprocessorId;
    const outgoing = n.kind === 'remove' ? n.subprocessorId : n.replacedSubprocessorId;
    for (const serviceId of serviceIds) {
      const current = services.get(serviceId).subprocessorIds;
      const ids = new Set(current);
      const [adds, drops] = made ? [incoming, outgoing] : [outgoing, incoming];
      if (adds !== null) ids.add(adds);
      if (drops !== null) ids.delete(drops);
      if (ids.size !== current.length || current.some((id) => !ids.has(id))) services.setSubprocessors(serviceId, [...ids]);
    }
  }

  // --- Proposals: a change made on a service or a sub-processor becomes a record to decide on.

  /** Open notices not yet in effect, about this sub-processor on this service. */
  const openOn = (serviceId: number, subprocessorId: number) =>
    repo.all().filter((n) => holdsBack(n, session.today()) && n.serviceIds.includes(serviceId) && n.subprocessorId === subprocessorId);

  /** Takes a service out of a notice whose change was just undone on it; a notice left with no service goes too. */
  function undoOn(n: NoticeRecord, serviceId: number): void {
    const serviceIds = n.serviceIds.filter((s) => s !== serviceId);
    if (serviceIds.length > 0) {
      repo.update(n.id, n.revision, { ...n, serviceIds }, session.now());
    } else if (!repo.anySent(n.id)) {
      repo.delete(n.id, n.revision);
    } else {
      repo.update(n.id, n.revision, { ...n, serviceIds, decision: 'withdrawn', decisionNote: describeUndo() }, session.now());
    }
  }
  const describeUndo = () => 'Ändringen togs tillbaka i tjänsten innan den började gälla.';

  /** After a service's sub-processors were saved: propose a notice for what customers would see change. */
  function proposeForService(serviceId: number, before: readonly number[], after: readonly number[]): void {
    const added = after.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !after.includes(id));
    if (added.length === 0 && removed.length === 0) return;
    // Undoing a change that has not taken effect is not a change for anyone.
    const stillAdded = added.filter((id) => {
      const pending = openOn(serviceId, id).filter((n) => n.kind === 'remove');
      for (const n of pending) undoOn(n, serviceId);
      return pending.length === 0;
    });
    const stillRemoved = removed.filter((id) => {
      const pending = openOn(serviceId, id).filter((n) => n.kind === 'add');
      for (const n of pending) undoOn(n, serviceId);
      return pending.length === 0;
    });
    const pairs: { kind: 'add' | 'remove' | 'replace'; id: number; replaced: number | null }[] =
      stillAdded.length === 1 && stillRemoved.length === 1
        ? [{ kind: 'replace', id: stillAdded[0]!, replaced: stillRemoved[0]! }]
        : [
            ...stillAdded.map((id) => ({ kind: 'add' as const, id, replaced: null })),
            ...stillRemoved.map((id) => ({ kind: 'remove' as const, id, replaced: null })),
          ];
    for (const p of pairs) {
      // The same sub-processor added to a further service joins the undecided proposal.
      const joined = repo
        .all()
        .find(
          (n) =>
            n.decision === 'pending' &&
            n.proposed &&
            n.kind === p.kind &&
            n.subprocessorId === p.id &&
            n.replacedSubprocessorId === p.replaced &&
            !repo.anySent(n.id),
        );
      const serviceIds = joined ? [...new Set([...joined.serviceIds, serviceId])] : [serviceId];
      const words = describeChange(session, { kind: p.kind, subprocessorId: p.id, replacedSubprocessorId: p.replaced, serviceIds });
      const write: NoticeWrite = {
        kind: p.kind,
        subprocessorId: p.id,
        replacedSubprocessorId: p.replaced,
        serviceIds,
        changeSv: words.sv,
        changeEn: words.en,
        reason: joined?.reason ?? '',
        reasonEn: joined?.reasonEn ?? '',
        effectiveDate: null,
        decidedBy: '',
        decision: 'pending',
        decisionNote: '',
        earlyReason: '',
        proposed: true,
      };
      if (joined) {
        repo.update(joined.id, joined.revision, write, session.now());
        continue;
      }
      const id = repo.insert(write, session.now());
      // Nobody to tell (no customer on the service): not a notice.
      if (affectedCustomers(record(id)).size === 0) repo.delete(id, 1);
    }
  }

  /** After a sub-processor's place or transfer tool changed: propose a notice to the customers it reaches. */
  function proposeForDetails(subprocessorId: number, before: DetailsSnapshot, after: DetailsSnapshot): void {
    const words = describeDetailsChange(before, after);
    if (!words) return;
    const write: NoticeWrite = {
      kind: 'change',
      subprocessorId,
      replacedSubprocessorId: null,
      serviceIds: [],
      changeSv: words.sv,
      changeEn: words.en,
      reason: '',
      reasonEn: '',
      effectiveDate: null,
      decidedBy: '',
      decision: 'pending',
      decisionNote: '',
      earlyReason: '',
      proposed: true,
    };
    const id = repo.insert(write, session.now());
    if (affectedCustomers(record(id)).size === 0) repo.delete(id, 1);
  }

  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  return {
    get,
    list(filter: { open?: boolean; customerId?: number; subprocessorId?: number; serviceId?: number } = {}): ChangeNoticeSummary[] {
      const all = allWithRecipients()
        .filter(
          ({ notice: n, list }) =>
            (filter.subprocessorId === undefined ||
              n.subprocessorId === filter.subprocessorId ||
              n.replacedSubprocessorId === filter.subprocessorId) &&
            (filter.serviceId === undefined || n.serviceIds.includes(filter.serviceId)) &&
            (filter.customerId === undefined || list.some((r) => r.customerId === filter.customerId && r.affected)),
        )
        .map(({ notice, list }) => summarise(notice, list));
      const open = (s: ChangeNoticeSummary) => OPEN_CHANGE_NOTICE_STATES.includes(s.state);
      return all.filter((s) => !filter.open || open(s)).sort((a, b) => Number(open(b)) - Number(open(a)) || b.id - a.id);
    },
    preview: (f: Fields): NoticeRecipient[] => {
      validateRefs(f);
      return previewRecipients(f);
    },
    create: (f: Fields): ChangeNotice =>
      session.tx(() => {
        validate(f, null);
        const id = repo.insert(toWrite(f, false), session.now());
        // A notice started by hand makes its change on the services, held back until it takes effect.
        if (f.decision !== 'withdrawn') writeLinks(f, f.serviceIds, true);
        return get(id);
      }),
    update: (id: number, revision: number, f: Fields): ChangeNotice =>
      session.tx(() => {
        const before = record(id);
        if (before.revision !== revision) throw conflict(get(id));
        if (repo.anySent(id) && (f.kind !== before.kind || f.subprocessorId !== before.subprocessorId)) {
          throw invalidField(['kind'], 'v.changeNotice.sentFixed');
        }
        validate(f, id);
        ensureWritten(repo.update(id, revision, toWrite(f, before.proposed), session.now()), id);
        const was = before.decision === 'withdrawn' ? [] : before.serviceIds;
        const now = f.decision === 'withdrawn' ? [] : f.serviceIds;
        const same =
          f.kind === before.kind &&
          f.subprocessorId === before.subprocessorId &&
          f.replacedSubprocessorId === before.replacedSubprocessorId;
        writeLinks(before, same ? was.filter((s) => !now.includes(s)) : was, false);
        writeLinks(f, now, true);
        return get(id);
      }),
    delete: (id: number, revision: number): { id: number } =>
      session.tx(() => {
        const n = record(id);
        if (n.revision !== revision) throw conflict(get(id));
        if (repo.anySent(id)) throw invalidField(['id'], 'v.changeNotice.sentCannotDelete');
        // The notice is the change: deleting it takes the change back out of the services.
        if (n.decision !== 'withdrawn') writeLinks(n, n.serviceIds, false);
        ensureWritten(repo.delete(id, revision), id);
        return { id };
      }),
    markSent: (id: number, customerIds: readonly number[], on: string, via: SentVia): ChangeNotice =>
      session.tx(() => {
        const n = record(id);
        ensureNotify(n);
        const current = new Map(get(id).recipients.map((r) => [r.customerId, r]));
        for (const customerId of customerIds) {
          const r = current.get(customerId);
          if (!r?.affected) throw invalidField(['customerIds'], 'v.changeNotice.notAffected', { id: customerId });
          repo.ensureRecipient(id, customerId, session.now());
          repo.setSent({
            noticeId: id,
            customerId,
            sentOn: on,
            sentVia: via,
            agreementId: r.agreement?.id ?? null,
            noticeDays: r.noticeDays,
            now: session.now(),
          });
        }
        return get(id);
      }),
    unmarkSent: (id: number, customerIds: readonly number[]): ChangeNotice =>
      session.tx(() => {
        const n = record(id);
        for (const customerId of customerIds) {
          const r = repo.recipient(n.id, customerId);
          if (!r?.sentOn) continue;
          if (r.response !== 'none') throw invalidField(['customerIds'], 'v.changeNotice.answered', { id: customerId });
          repo.setSent({ noticeId: id, customerId, sentOn: null, sentVia: null, agreementId: null, noticeDays: null, now: session.now() });
        }
        repo.forgetUnsent(id);
        return get(id);
      }),
    recordResponse: (
      id: number,
      customerId: number,
      revision: number,
      response: 'none' | 'accepted' | 'objected',
      on: string | null,
      objectionText: string,
    ): ChangeNotice =>
      session.tx(() => {
        const n = record(id);
        const r = recipientOf(n, customerId);
        if (!r.sentOn) throw invalidField(['customerId'], 'v.changeNotice.notSent');
        if (response !== 'none' && on === null) throw invalidField(['on'], 'v.required');
        if (response === 'objected' && objectionText.trim() === '') throw invalidField(['objectionText'], 'v.required');
        if (on !== null && on < r.sentOn) throw invalidField(['on'], 'v.changeNotice.beforeSent', { date: r.sentOn });
        const ok = repo.setResponse({
          noticeId: id,
          customerId,
          revision,
          response,
          respondedOn: response === 'none' ? null : on,
          objectionText: response === 'objected' ? objectionText : '',
          now: session.now(),
        });
        ensureWritten(ok, id);
        return get(id);
      }),
    resolveObjection: (id: number, customerId: number, revision: number, resolution: ObjectionResolution, on: string, note: string) =>
      session.tx(() => {
        const n = record(id);
        const r = recipientOf(n, customerId);
        if (r.state !== 'objected' && r.state !== 'resolved') throw invalidField(['customerId'], 'v.changeNotice.noObjection');
        if (resolution === 'excepted') except(n, customerId);
        const ok = repo.setResolution({
          noticeId: id,
          customerId,
          revision,
          resolution,
          resolvedOn: on,
          resolutionNote: note,
          now: session.now(),
        });
        ensureWritten(ok, id);
        return get(id);
      }),
    deadlines(filter: { customerId?: number } = {}): ChangeNoticeDeadline[] {
      const out: ChangeNoticeDeadline[] = [];
      for (const { notice: n, list } of allWithRecipients()) {
        const s = summarise(n, list);
        if (!OPEN_CHANGE_NOTICE_STATES.includes(s.state) && !(s.state === 'in_effect' && list.some((r) => r.state === 'objected')))
          continue;
        const base = { noticeId: n.id, subprocessorName: s.subprocessor.name, changeKind: n.kind };
        if (s.state === 'proposed') {
          if (filter.customerId === undefined || list.some((r) => r.customerId === filter.customerId && r.affected)) {
            out.push({ ...base, kind: 'undecided', date: null, customerId: null, customerName: null });
          }
          continue;
        }
        for (const r of list) {
          if (!r.affected || (filter.customerId !== undefined && r.customerId !== filter.customerId)) continue;
          const who = { customerId: r.customerId, customerName: r.customerName };
          // The last day a letter can go out and still give the customer its full period.
          if (r.state === 'not_sent')
            out.push({ ...base, ...who, kind: 'notSent', date: n.effectiveDate ? addDays(n.effectiveDate, -r.noticeDays) : null });
          if (r.state === 'awaiting') out.push({ ...base, ...who, kind: 'objectionDeadline', date: r.deadline });
          if (r.state === 'objected') out.push({ ...base, ...who, kind: 'unresolvedObjection', date: r.respondedOn });
        }
        if (
          n.effectiveDate &&
          s.state !== 'in_effect' &&
          (filter.customerId === undefined || list.some((r) => r.customerId === filter.customerId && r.affected))
        ) {
          out.push({ ...base, kind: 'effectiveDate', date: n.effectiveDate, customerId: null, customerName: null });
        }
      }
      return out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.noticeId - b.noticeId);
    },
    customerFlags(filter: { customerId?: number } = {}): CustomerChangeFlag[] {
      const out: CustomerChangeFlag[] = [];
      for (const { notice: n, list } of allWithRecipients()) {
        const s = summarise(n, list);
        if (!OPEN_CHANGE_NOTICE_STATES.includes(s.state)) continue;
        for (const r of list) {
          if (!r.affected || (filter.customerId !== undefined && r.customerId !== filter.customerId)) continue;
          out.push({
            customerId: r.customerId,
            noticeId: n.id,
            changeKind: n.kind,
            subprocessorName: s.subprocessor.name,
            notifiedOn: r.sentOn,
            effectiveDate: n.effectiveDate,
            state: r.state,
          });
        }
      }
      return out;
    },
    /**
     * Keeps a generated letter with the customer's row: bytes and SHA-256, like an agreement
     * snapshot, and the deadline it printed (which the register then never cuts short).
     * `generatedAt` is for the sample's past; the core's clock otherwise.
     */
    storeLetter(
      noticeId: number,
      customerId: number,
      lang: 'sv' | 'en',
      data: Uint8Array,
      sha256: string,
      printed: { deadline: string; generatedAt?: string },
    ): void {
      session.tx(() => {
        record(noticeId);
        repo.ensureRecipient(noticeId, customerId, session.now());
        const at = printed.generatedAt ?? session.now();
        repo.setLetter({ noticeId, customerId, lang, data, sha256, deadline: printed.deadline, at, now: session.now() });
      });
    },
    letter(noticeId: number, customerId: number): { data: Buffer; lang: 'sv' | 'en' } {
      const l = repo.letter(noticeId, customerId);
      if (!l) throw notFound(`Letter for customer ${customerId} of change notice ${noticeId}`);
      return l;
    },
    proposeForService,
    proposeForDetails,
    /** How many notices name the sub-processor: it cannot be deleted while any does. */
    referencing: (subprocessorId: number): number =>
      repo.all().filter((n) => n.subprocessorId === subprocessorId || n.replacedSubprocessorId === subprocessorId).length,
  };

  function validateRefs(f: Fields): void {
    subprocessors().assertExist([f.subprocessorId], ['subprocessorId']);
    if (f.replacedSubprocessorId !== null) subprocessors().assertExist([f.replacedSubprocessorId], ['replacedSubprocessorId']);
  }

  /** The customer keeps its sub-processors as before the change: the exception goes into its subscriptions to the services. */
  function except(n: NoticeRecord, customerId: number): void {
    if (n.kind === 'change') throw invalidField(['resolution'], 'v.changeNotice.cannotExcept');
    const subs = session.use(subscriptionsService);
    const onDate = judgedOn(n);
    const touched = subs
      .list({ customerId })
      .filter((s) => n.serviceIds.includes(s.serviceId) && (s.endDate === null || s.endDate >= onDate));
    for (const s of touched) {
      const added = new Set(s.addedSubprocessorIds);
      const removed = new Set(s.removedSubprocessorIds);
      if (n.kind === 'add' || n.kind === 'replace') {
        added.delete(n.subprocessorId);
        removed.add(n.subprocessorId);
      }
      const kept = n.kind === 'remove' ? n.subprocessorId : n.replacedSubprocessorId;
      if (kept !== null) {
        removed.delete(kept);
        added.add(kept);
      }
      subs.update(s.id, s.revision, {
        customerId: s.customerId,
        serviceId: s.serviceId,
        startDate: s.startDate,
        endDate: s.endDate,
        notes: s.notes,
        addedTermIds: s.addedTermIds,
        removedTermIds: s.removedTermIds,
        addedSubprocessorIds: [...added],
        removedSubprocessorIds: [...removed],
      });
    }
  }
}

export type ChangeNoticesService = ReturnType<typeof createChangeNoticesService>;
export const changeNoticesService = (session: Session): ChangeNoticesService => createChangeNoticesService(session);
