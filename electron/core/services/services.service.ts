import type { Service } from '../../../shared/contract';
import { changeNoticesService } from '../change-notices/change-notices.service';
import { conflict, DomainError, inUse, invalidField, notFound } from '../errors';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';
import { foldForSearch, likeContains, swedishSortKey } from '../text';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import { serviceCompleteness } from './service-completeness';
import { createServicesRepo, type ServiceFieldsOut, type ServiceRecord } from './services.repo';

type Term = { id: number; labelSv: string; labelEn: string };

/** The service catalogue (product.md §2): what the firm does as processor, described once. */
export function createServicesService(session: Session) {
  const repo = createServicesRepo(session.db);
  const vocabularies = () => session.use(vocabulariesService);
  const measures = () => session.use(measuresService);
  const systems = () => session.use(systemsService);
  const retention = () => session.use(retentionService);
  const subprocessors = () => session.use(subprocessorsService);

  /** Resolves the linked records of many services at once (one look-up per kind, not per service). */
  function resolve(records: ServiceRecord[]): Service[] {
    const unique = (pick: (r: ServiceRecord) => number[]) => [...new Set(records.flatMap(pick))];
    const terms = new Map(
      vocabularies()
        .termsByIds(unique((r) => r.termIds))
        .map((t) => [t.id, t]),
    );
    const subs = new Map(
      subprocessors()
        .byIds(unique((r) => r.subprocessorIds))
        .map((s) => [s.id, s]),
    );
    const syss = new Map(
      systems()
        .byIds(unique((r) => r.systemIds))
        .map((s) => [s.id, s]),
    );
    const meas = new Map(
      measures()
        .byIds(unique((r) => r.measureIds))
        .map((m) => [m.id, m]),
    );
    const ruleNames = new Map<number, string>();
    for (const ruleId of new Set(records.map((r) => r.retentionRuleId))) {
      if (ruleId !== null) ruleNames.set(ruleId, retention().get(ruleId).nameSv);
    }
    const subscribers = repo.activeSubscriberCounts(session.today(), records.length === 1 ? records[0]!.id : undefined);

    return records.map((r) => {
      // termsByIds answers in vocabulary order; keep that order within each kind.
      const linked = new Set(r.termIds);
      const ofKind = (kind: string): Term[] =>
        [...terms.values()]
          .filter((t) => t.kind === kind && linked.has(t.id))
          .map((t) => ({ id: t.id, labelSv: t.labelSv, labelEn: t.labelEn }));
      const processingTerms = ofKind('processing');
      const personalDataTerms = ofKind('personal_data');
      const dataSubjectTerms = ofKind('data_subject');
      const linkedMeasures = r.measureIds.map((id) => meas.get(id)).filter((m) => m !== undefined);
      return {
        id: r.id,
        revision: r.revision,
        name: r.name,
        subjectMatter: r.subjectMatter,
        purpose: r.purpose,
        subjectMatterEn: r.subjectMatterEn,
        purposeEn: r.purposeEn,
        nature: r.nature,
        processingTermIds: processingTerms.map((t) => t.id),
        personalDataTermIds: personalDataTerms.map((t) => t.id),
        dataSubjectTermIds: dataSubjectTerms.map((t) => t.id),
        specialCategories: r.specialCategories,
        subprocessorIds: r.subprocessorIds,
        systemIds: r.systemIds,
        measureIds: r.measureIds,
        endOfContractAction: r.endOfContractAction,
        retentionRuleId: r.retentionRuleId,
        status: r.status,
        notes: r.notes,
        processingTerms,
        personalDataTerms,
        dataSubjectTerms,
        subprocessors: sortByName(
          r.subprocessorIds
            .map((id) => subs.get(id))
            .filter((s) => s !== undefined)
            .map((s) => ({
              id: s.id,
              name: s.name,
              country: s.country,
              transferMechanism: s.transferMechanism,
              locationKind: s.locationKind,
              regionName: s.regionName,
              regionInEea: s.regionInEea,
            })),
        ),
        systems: sortByName(
          r.systemIds
            .map((id) => syss.get(id))
            .filter((s) => s !== undefined)
            .map((s) => ({ id: s.id, name: s.name })),
        ),
        retentionRuleName: r.retentionRuleId === null ? null : (ruleNames.get(r.retentionRuleId) ?? null),
        subscriberCount: subscribers.get(r.id) ?? 0,
        completeness: serviceCompleteness({
          subjectMatter: r.subjectMatter,
          purpose: r.purpose,
          nature: r.nature,
          processingTermIds: processingTerms.map((t) => t.id),
          personalDataTermIds: personalDataTerms.map((t) => t.id),
          dataSubjectTermIds: dataSubjectTerms.map((t) => t.id),
          endOfContractAction: r.endOfContractAction,
          implementedMeasureCount: linkedMeasures.filter((m) => m.status === 'implemented').length,
          retentionRuleId: r.retentionRuleId,
        }),
        updatedAt: r.updatedAt,
      };
    });
  }

  function get(id: number): Service {
    const record = repo.get(id);
    if (!record) throw notFound(`Service ${id}`);
    return resolve([record])[0]!;
  }

  /** Checks everything that needs the database: referenced records exist and terms are of the right kind. */
  function validate(f: ServiceFieldsOut, id: number | null): void {
    const folded = foldForSearch(f.name);
    if (repo.all().some((s) => s.id !== id && foldForSearch(s.name) === folded)) {
      throw invalidField(['name'], 'v.service.duplicateName');
    }
    atField('processingTermIds', f.processingTermIds, (p) => vocabularies().assertKind(f.processingTermIds, 'processing', p));
    atField('personalDataTermIds', f.personalDataTermIds, (p) => vocabularies().assertKind(f.personalDataTermIds, 'personal_data', p));
    atField('dataSubjectTermIds', f.dataSubjectTermIds, (p) => vocabularies().assertKind(f.dataSubjectTermIds, 'data_subject', p));
    atField('subprocessorIds', f.subprocessorIds, (p) => subprocessors().assertExist(f.subprocessorIds, p));
    atField('systemIds', f.systemIds, (p) => systems().assertExist(f.systemIds, p));
    atField('measureIds', f.measureIds, (p) => measures().assertExist(f.measureIds, p));
    const ruleId = f.retentionRuleId;
    if (ruleId !== null) atField('retentionRuleId', [ruleId], (p) => retention().assertExist([ruleId], p));
  }

  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  return {
    get,
    /** Services in Swedish name order; `query` matches name, subject matter, purpose and notes. */
    list(query: { query?: string; includeArchived?: boolean } = {}): Service[] {
      const q = query.query?.trim() ?? '';
      const records = repo.all(q === '' ? undefined : likeContains(q)).filter((r) => query.includeArchived || r.status !== 'archived');
      return sortByName(resolve(records));
    },
    create(fields: ServiceFieldsOut): Service {
      return session.tx(() => {
        validate(fields, null);
        return get(repo.insert(fields, session.now()));
      });
    },
    /** `propose: false` when the change is a notice's own (a withdrawn change written back). */
    update(id: number, revision: number, fields: ServiceFieldsOut, options: { propose?: boolean } = {}): Service {
      return session.tx(() => {
        const before = repo.get(id);
        if (!before) throw notFound(`Service ${id}`);
        validate(fields, id);
        ensureWritten(repo.update(id, revision, fields, session.now()), id);
        // Another list of sub-processors is a change for the service's customers: propose a notice.
        if (options.propose !== false) {
          session.use(changeNoticesService).proposeForService(id, before.subprocessorIds, fields.subprocessorIds);
        }
        return get(id);
      });
    },
    /** Refused while any subscription (active or ended) uses the service: archive it instead. */
    delete(id: number, revision: number): { id: number } {
      return session.tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        const subscriptions = repo.subscriptionCount(id);
        if (subscriptions > 0) {
          throw inUse('e.inUse.service', { count: subscriptions });
        }
        ensureWritten(repo.delete(id, revision), id);
        return { id };
      });
    },
    /** The service with another list of sub-processors, everything else as it is (a withdrawn change written back). */
    setSubprocessors(id: number, subprocessorIds: number[]): Service {
      const s = get(id);
      return this.update(
        id,
        s.revision,
        {
          name: s.name,
          subjectMatter: s.subjectMatter,
          purpose: s.purpose,
          subjectMatterEn: s.subjectMatterEn,
          purposeEn: s.purposeEn,
          nature: s.nature,
          processingTermIds: s.processingTermIds,
          personalDataTermIds: s.personalDataTermIds,
          dataSubjectTermIds: s.dataSubjectTermIds,
          specialCategories: s.specialCategories,
          subprocessorIds,
          systemIds: s.systemIds,
          measureIds: s.measureIds,
          endOfContractAction: s.endOfContractAction,
          retentionRuleId: s.retentionRuleId,
          status: s.status,
          notes: s.notes,
        },
        { propose: false },
      );
    },
    /** Raw records (ids only), for derivations that resolve names themselves. */
    records: (): ServiceRecord[] => repo.all(),
  };
}

/**
 * Runs another feature's reference check and reports its failure at `field` itself (with the
 * offending id in params.id), whatever sub-path that feature uses: one convention for the form.
 */
export function atField(field: string, ids: readonly number[], check: (path: (string | number)[]) => void): void {
  try {
    check([field]);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT' || !error.issues?.[0]) throw error;
    const issue = error.issues[0];
    const index = issue.path[1];
    const id = issue.params?.id ?? (typeof index === 'number' ? ids[index] : undefined);
    throw invalidField([field], issue.message, id === undefined ? issue.params : { ...issue.params, id });
  }
}

export function sortByName<T extends { name: string }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, key: swedishSortKey(item.name) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

export type ServicesService = ReturnType<typeof createServicesService>;
export const servicesService = (session: Session): ServicesService => createServicesService(session);
