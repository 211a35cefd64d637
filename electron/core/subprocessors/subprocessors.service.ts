import type { z } from 'zod';
import type { Subprocessor, subprocessorFields } from '../../../shared/contract';
import { ADEQUACY_DECISIONS, type TransferMechanism } from '../../../shared/domain/enums';
import { countryName, type Location, labels, locationIsInEea } from '../../../shared/domain/labels';
import { changeNoticesService } from '../change-notices/change-notices.service';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { foldForSearch, likeContains, swedishSortKey } from '../text';
import { createSubprocessorsRepo, type SubprocessorRow, type SubprocessorsRepo } from './subprocessors.repo';

type Fields = z.output<typeof subprocessorFields>;

/**
 * What does not add up about where a sub-processor is and the transfer tool chosen for it
 * (domain.md §4.3). Message keys `w.subprocessor.*`; warnings never block a save.
 */
export function subprocessorWarnings(
  s: Location & {
    transferMechanism: TransferMechanism;
    agreementDate: string | null;
    status: string;
  },
): string[] {
  const warnings: string[] = [];
  const country = s.locationKind === 'country' ? s.country.toUpperCase() : '';
  const m = s.transferMechanism;
  if (locationIsInEea(s)) {
    if (m !== 'none_eea') warnings.push('w.subprocessor.eeaNoTransferNeeded');
  } else {
    // Saving refuses none_eea here; older or imported rows may still hold it.
    if (m === 'none_eea') warnings.push('w.subprocessor.thirdCountryWithoutMechanism');
    // An adequacy decision is per country: a region outside the EEA has none of its own.
    if (m === 'adequacy' && country === 'US') warnings.push('w.subprocessor.usNeedsDpf');
    else if (m === 'adequacy' && !ADEQUACY_DECISIONS[country]) warnings.push('w.subprocessor.noAdequacyDecision');
    if (m === 'adequacy_us_dpf' && country !== 'US') warnings.push('w.subprocessor.dpfOnlyUs');
    if (m === 'derogation_art49') warnings.push('w.subprocessor.derogationNotForRegular');
    if (m === 'ad_hoc_clauses') warnings.push('w.subprocessor.adHocNeedsAuthorisation');
  }
  if (s.status === 'active' && s.agreementDate === null) warnings.push('w.subprocessor.noAgreement');
  return warnings;
}

/** What the search box matches: name, org no (with and without dash), the place (code and names), service. */
export function searchText(f: Fields): string {
  return foldForSearch(
    [
      f.name,
      f.orgNr,
      f.orgNr.replace(/[-\s]/g, ''),
      ...(f.locationKind === 'country'
        ? [f.country, countryName(f.country, 'sv'), countryName(f.country, 'en')]
        : f.locationKind === 'eea'
          ? [labels.locationKind.eea.sv, labels.locationKind.eea.en]
          : [f.regionName]),
      f.serviceDescription,
      f.processingLocations,
      f.website,
    ].join(' \u001f '),
  );
}

export function createSubprocessorsService(repo: SubprocessorsRepo, session: Session) {
  /** Rows with their derived columns, in Swedish alphabetical order. */
  function present(rows: SubprocessorRow[]): Subprocessor[] {
    const ids = rows.map((r) => r.id);
    const services = repo.servicesOf(ids);
    const systems = repo.systemsOf(ids);
    const customers = repo.customerCounts(ids, session.today());
    const byName = (a: { name: string }, b: { name: string }) => (swedishSortKey(a.name) < swedishSortKey(b.name) ? -1 : 1);
    return rows
      .map((r) => {
        const { searchText: _searchText, ...fields } = r;
        return {
          ...fields,
          thirdCountry: !locationIsInEea(r),
          warnings: subprocessorWarnings(r),
          services: (services.get(r.id) ?? []).sort(byName),
          systems: (systems.get(r.id) ?? []).sort(byName),
          customerCount: customers.get(r.id) ?? 0,
        };
      })
      .sort((a, b) => {
        const ka = swedishSortKey(a.name);
        const kb = swedishSortKey(b.name);
        return ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
      });
  }

  function get(id: number): Subprocessor {
    const row = repo.get(id);
    if (!row) throw notFound(`Sub-processor ${id}`);
    return present([row])[0]!;
  }

  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  return {
    get,
    list(query: string): Subprocessor[] {
      return present(repo.list(foldForSearch(query) === '' ? null : likeContains(query)));
    },
    /** Names and transfer tools for other features (services, activities), in the order asked. */
    byIds(ids: readonly number[]) {
      const found = new Map(repo.byIds([...new Set(ids)]).map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const r = found.get(id);
        return r ? [r] : [];
      });
    },
    /** The stored fields (no derived lists or counts) of the ids that exist, in the order asked: for document views. */
    records(ids: readonly number[]): SubprocessorRow[] {
      return ids.flatMap((id) => repo.get(id) ?? []);
    },
    /** Throws INVALID_INPUT (v.unknownReference at `path`, with the id as a param) for an id that does not exist. */
    assertExist(ids: readonly number[], path: (string | number)[]): void {
      if (ids.length === 0) return;
      const found = new Set(repo.byIds([...new Set(ids)]).map((r) => r.id));
      for (const id of ids) {
        if (!found.has(id)) throw invalidField(path, 'v.unknownReference', { id });
      }
    },
    create: (fields: Fields): Subprocessor => session.tx(() => get(repo.insert(fields, searchText(fields), session.now()))),
    update: (id: number, revision: number, fields: Fields): Subprocessor =>
      session.tx(() => {
        const before = repo.get(id);
        ensureWritten(repo.update(id, revision, fields, searchText(fields), session.now()), id);
        // A new place or transfer tool is a change for every customer it reaches: propose a notice.
        if (before) session.use(changeNoticesService).proposeForDetails(id, before, fields);
        return get(id);
      }),
    /** Refused with IN_USE (and who uses it, in `details.usedBy`) while anything links to it. */
    delete: (id: number, revision: number): { id: number } =>
      session.tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        // A change notice must keep saying whom it was about.
        const notices = session.use(changeNoticesService).referencing(id);
        if (notices > 0) throw inUse('e.inUse.subprocessorInNotices', { notices });
        const { services, systems, activities, subscriptions } = repo.usage(id);
        if (services.length + systems.length + activities.length + subscriptions.length > 0) {
          const params = { services: services.length, systems: systems.length, activities: activities.length };
          const usedBy = [
            ...services.map((r) => ({ kind: 'services' as const, ...r })),
            ...systems.map((r) => ({ kind: 'systems' as const, ...r })),
            ...activities.map((r) => ({ kind: 'activities' as const, ...r })),
            ...subscriptions.map((r) => ({ kind: 'subscriptions' as const, ...r })),
          ];
          // A customer's own addition or exception holds on to it as firmly as a service does.
          if (subscriptions.length > 0) {
            throw inUse('e.inUse.subprocessorInSubscriptions', { ...params, subscriptions: subscriptions.length }, usedBy);
          }
          throw inUse('e.inUse.subprocessor', params, usedBy);
        }
        ensureWritten(repo.delete(id, revision), id);
        return { id };
      }),
  };
}

export type SubprocessorsService = ReturnType<typeof createSubprocessorsService>;

export const subprocessorsService = (s: Session) => createSubprocessorsService(createSubprocessorsRepo(s.db), s);
