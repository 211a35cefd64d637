import type { z } from 'zod';
import type { Activity, activityMethods, activitySummary, RegisterCompleteness } from '../../../shared/contract';
import type { ActivityStatus } from '../../../shared/domain/enums';
import { conflict, invalidField, notFound } from '../errors';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import { servicesService } from '../services/services.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';
import { foldForSearch, likeContains, swedishSortKey } from '../text';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import {
  createActivitiesRepo,
  type ActivitiesRepo,
  type ActivityChildren,
  type ActivityInput,
  type ActivityRowFields,
  type StoredActivity,
} from './activities.repo';
import { activityCompleteness } from './completeness';

type ActivitySummary = z.output<typeof activitySummary>;
type ListResult = z.output<(typeof activityMethods)['activities.list']['output']>;

const COPY_SUFFIX = ' (kopia)';
const NAME_MAX = 300;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** What the search box and the list filter match: name, ref no, purposes, owner (Swedish and English). */
export function searchText(f: {
  name: string;
  nameEn?: string;
  refNo: string;
  owner: string;
  purposes: readonly { description: string; descriptionEn?: string }[];
}): string {
  const parts = [f.name, f.nameEn ?? '', f.refNo, f.owner, ...f.purposes.flatMap((p) => [p.description, p.descriptionEn ?? ''])];
  return foldForSearch(parts.filter((p) => p !== '').join(' \u001f '));
}

/**
 * The register's figure from its records' 0–100 scores (one decimal each): their mean in whole
 * percent, rounded down, so it never says 100 while anything is missing; null when there is
 * nothing to assess. Summed in tenths, so no floating-point error moves it across a whole number.
 */
export function registerScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const tenths = scores.reduce((sum, s) => sum + Math.round(s * 10), 0);
  return Math.floor(tenths / (10 * scores.length));
}

function byName<T extends { name: string; id: number }>(a: T, b: T): number {
  const ka = swedishSortKey(a.name);
  const kb = swedishSortKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
}

/** Splits the input into the main row and the child rows, deduplicating id lists. */
function split(f: ActivityInput): { row: ActivityRowFields; children: ActivityChildren } {
  const { purposes, dataSubjectTermIds, personalDataTermIds, recipients, transfers, systemIds, retention, measureIds, ...row } = f;
  return {
    row,
    children: {
      purposes,
      termIds: unique([...dataSubjectTermIds, ...personalDataTermIds]),
      // A sub-processor link only means something on a processor recipient.
      recipients: recipients.map((r) => ({ ...r, subprocessorId: r.kind === 'processor' ? r.subprocessorId : null })),
      transfers,
      systemIds: unique(systemIds),
      retention: retention.filter(
        (r, i) => retention.findIndex((o) => o.termId === r.termId && o.retentionRuleId === r.retentionRuleId) === i,
      ),
      measureIds: unique(measureIds),
    },
  };
}

export function createActivitiesService(repo: ActivitiesRepo, session: Session) {
  const vocabularies = () => session.use(vocabulariesService);
  const subprocessors = () => session.use(subprocessorsService);
  const systems = () => session.use(systemsService);
  const measures = () => session.use(measuresService);
  const retention = () => session.use(retentionService);

  /** Checks every reference against the database; throws INVALID_INPUT at the field's path. */
  function validate(f: ActivityInput, c: ActivityChildren): void {
    // "No recipients" is an answer of its own: it cannot stand beside a list of recipients.
    if (f.noRecipients && c.recipients.length > 0) throw invalidField(['noRecipients'], 'v.activity.noRecipientsWithList');
    const vocab = vocabularies();
    vocab.assertKind(f.dataSubjectTermIds, 'data_subject', ['dataSubjectTermIds']);
    vocab.assertKind(f.personalDataTermIds, 'personal_data', ['personalDataTermIds']);
    const terms = new Map(
      vocab
        .termsByIds([...f.recipients.map((r) => r.termId), ...f.retention.map((r) => r.termId)].filter((id) => id !== null))
        .map((t) => [t.id, t]),
    );
    const knownSubprocessors = new Set(
      subprocessors()
        .byIds(c.recipients.flatMap((r) => (r.subprocessorId === null ? [] : [r.subprocessorId])))
        .map((s) => s.id),
    );
    c.recipients.forEach((r, i) => {
      if (r.termId !== null && terms.get(r.termId)?.kind !== 'recipient')
        throw invalidField(['recipients', i, 'termId'], 'v.unknownReference');
      if (r.subprocessorId !== null && !knownSubprocessors.has(r.subprocessorId)) {
        throw invalidField(['recipients', i, 'subprocessorId'], 'v.unknownReference');
      }
      if (r.termId === null && r.subprocessorId === null && r.name === '') throw invalidField(['recipients', i, 'name'], 'v.required');
    });
    systems().assertExist(c.systemIds, ['systemIds']);
    measures().assertExist(c.measureIds, ['measureIds']);
    f.retention.forEach((r, i) => {
      if (r.termId !== null && terms.get(r.termId)?.kind !== 'personal_data')
        throw invalidField(['retention', i, 'termId'], 'v.unknownReference');
      retention().assertExist([r.retentionRuleId], ['retention', i, 'retentionRuleId']);
    });
  }

  /** Completeness and the other derived values need the flags of the personal-data terms. */
  function termsOf(stored: readonly StoredActivity[]) {
    const ids = unique(
      stored
        .flatMap((a) => [...a.termIds, ...a.recipients.map((r) => r.termId), ...a.retention.map((r) => r.termId)])
        .filter((id) => id !== null),
    );
    return vocabularies().termsByIds(ids);
  }

  function completenessOf(a: StoredActivity, terms: ReturnType<typeof termsOf>) {
    const mine = new Set(a.termIds);
    return activityCompleteness({
      ...a,
      dataSubjectTermIds: terms.filter((t) => mine.has(t.id) && t.kind === 'data_subject').map((t) => t.id),
      personalDataTerms: terms.filter((t) => mine.has(t.id) && t.kind === 'personal_data'),
    });
  }

  function present(stored: readonly StoredActivity[]): Activity[] {
    const terms = termsOf(stored);
    const termById = new Map(terms.map((t) => [t.id, t]));
    const subs = new Map(
      subprocessors()
        .byIds(unique(stored.flatMap((a) => a.recipients.flatMap((r) => (r.subprocessorId === null ? [] : [r.subprocessorId])))))
        .map((s) => [s.id, s]),
    );
    const systemRefs = systems().byIds(unique(stored.flatMap((a) => a.systemIds)));
    const rules = new Map<number, { name: string; sv: string; en: string }>();
    const rule = (id: number) => {
      let r = rules.get(id);
      if (!r) {
        const full = retention().get(id);
        r = { name: full.nameSv, sv: full.summary.sv, en: full.summary.en };
        rules.set(id, r);
      }
      return r;
    };
    return stored.map((a) => {
      const mine = new Set(a.termIds);
      const dataSubjectTerms = terms.filter((t) => mine.has(t.id) && t.kind === 'data_subject');
      const personalDataTerms = terms.filter((t) => mine.has(t.id) && t.kind === 'personal_data');
      const linkedSystems = new Set(a.systemIds);
      const { termIds: _termIds, ...rest } = a;
      return {
        ...rest,
        dataSubjectTermIds: dataSubjectTerms.map((t) => t.id),
        personalDataTermIds: personalDataTerms.map((t) => t.id),
        dataSubjectTerms: dataSubjectTerms.map((t) => ({ id: t.id, labelSv: t.labelSv, labelEn: t.labelEn })),
        personalDataTerms: personalDataTerms.map((t) => ({ id: t.id, labelSv: t.labelSv, labelEn: t.labelEn, flag: t.flag })),
        recipients: a.recipients.map((r) => ({
          ...r,
          label:
            (r.subprocessorId !== null ? subs.get(r.subprocessorId)?.name : undefined) ??
            (r.termId !== null ? termById.get(r.termId)?.labelSv : undefined) ??
            r.name,
        })),
        systems: systemRefs
          .filter((s) => linkedSystems.has(s.id))
          // nameEn: the system's English name once the systems feature returns it with its refs.
          .map((s) => ({ id: s.id, name: s.name, nameEn: (s as { nameEn?: string }).nameEn ?? '' })),
        systemIds: systemRefs.filter((s) => linkedSystems.has(s.id)).map((s) => s.id),
        retention: a.retention.map((r) => {
          const { name, sv, en } = rule(r.retentionRuleId);
          return { ...r, ruleName: name, summarySv: sv, summaryEn: en };
        }),
        completeness: completenessOf(a, terms),
      };
    });
  }

  function get(id: number): Activity {
    const stored = repo.get(id);
    if (!stored) throw notFound(`Processing activity ${id}`);
    return present([stored])[0]!;
  }

  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  function summaries(ids: readonly number[]): ActivitySummary[] {
    const stored = [...repo.loadMany(ids).values()];
    const terms = termsOf(stored);
    return stored
      .map((a) => ({
        id: a.id,
        revision: a.revision,
        refNo: a.refNo,
        name: a.name,
        nameEn: a.nameEn,
        status: a.status,
        owner: a.owner,
        legalBases: unique(a.purposes.flatMap((p) => [p.legalBasis, ...p.moreBases.map((b) => b.legalBasis)])),
        purposeCount: a.purposes.length,
        nextReviewAt: a.nextReviewAt,
        completeness: completenessOf(a, terms),
      }))
      .sort(byName);
  }

  /**
   * The register's completeness, the one figure the overview and the activities list show: the
   * activities that are not archived (given when the caller has their summaries already) and the
   * active services, the two records of Art. 30(1) and 30(2).
   */
  function registerCompleteness(notArchived?: readonly ActivitySummary[]): RegisterCompleteness {
    const activities = (notArchived ?? summaries(repo.ids(false, null))).map((a) => a.completeness.score);
    const services = session
      .use(servicesService)
      .list({ query: '', includeArchived: false })
      .filter((s) => s.status === 'active')
      .map((s) => s.completeness.score);
    const complete = (scores: number[]) => scores.filter((score) => score === 100).length;
    return {
      score: registerScore([...activities, ...services]),
      activities: { total: activities.length, complete: complete(activities) },
      services: { total: services.length, complete: complete(services) },
    };
  }

  function setStatus(id: number, revision: number, status: ActivityStatus): Activity {
    return session.tx(() => {
      ensureWritten(repo.setStatus(id, revision, status, session.now()), id);
      return get(id);
    });
  }

  return {
    get,
    list(query: { query: string; includeArchived: boolean }): ListResult {
      const pattern = foldForSearch(query.query) === '' ? null : likeContains(query.query);
      // One pass over every activity serves both the page and the register-wide score.
      const all = summaries(repo.ids(true, null));
      const matching = new Set(repo.ids(query.includeArchived, pattern));
      return {
        items: all.filter((a) => matching.has(a.id)),
        registerScore: registerCompleteness(all.filter((a) => a.status !== 'archived')).score,
      };
    },
    registerCompleteness,
    create: (fields: ActivityInput): Activity =>
      session.tx(() => {
        const { row, children } = split(fields);
        validate(fields, children);
        return get(repo.insert(row, children, searchText(fields), session.now()));
      }),
    update: (id: number, revision: number, fields: ActivityInput): Activity =>
      session.tx(() => {
        if (!repo.exists(id)) throw notFound(`Processing activity ${id}`);
        const { row, children } = split(fields);
        validate(fields, children);
        ensureWritten(repo.update(id, revision, row, children, searchText(fields), session.now()), id);
        return get(id);
      }),
    /** A copy with every child row, as a new draft named "<name> (kopia)" without a ref no. */
    duplicate: (id: number): Activity =>
      session.tx(() => {
        const source = repo.get(id);
        if (!source) throw notFound(`Processing activity ${id}`);
        const { id: _id, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, termIds, ...fields } = source;
        const name = `${fields.name.slice(0, NAME_MAX - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
        const row: ActivityRowFields = { ...fields, name, refNo: '', status: 'draft' };
        const children: ActivityChildren = {
          purposes: fields.purposes.map(({ id: _purposeId, ...p }) => p),
          termIds,
          recipients: fields.recipients,
          transfers: fields.transfers,
          systemIds: fields.systemIds,
          retention: fields.retention,
          measureIds: fields.measureIds,
        };
        return get(repo.insert(row, children, searchText({ ...row, purposes: children.purposes }), session.now()));
      }),
    /** Archive (status 'archived') or bring back (status 'active'). */
    setArchived: (id: number, revision: number, archived: boolean): Activity => setStatus(id, revision, archived ? 'archived' : 'active'),
    delete: (id: number, revision: number): { id: number } =>
      session.tx(() => {
        ensureWritten(repo.delete(id, revision), id);
        return { id };
      }),
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;

/** The processing activities of the open register (`session.use(activitiesService)`). */
export const activitiesService = (s: Session): ActivitiesService => createActivitiesService(createActivitiesRepo(s.db), s);
