import type { z } from 'zod';
import type { System, systemFields } from '../../../shared/contract/systems';
import type { HostingKind, LocationKind, SystemKind } from '../../../shared/domain/enums';
import { locationIsInEea } from '../../../shared/domain/labels';
import type { Db } from '../db/types';
import { foldForSearch, likeContains, swedishSortKey } from '../text';
import { systemSearchText as searchText } from './system-text';

type Fields = z.output<typeof systemFields>;

interface SystemRow {
  id: number;
  revision: number;
  name: string;
  name_en: string;
  kind: SystemKind;
  hosting: HostingKind;
  location_kind: LocationKind;
  country: string;
  region_name: string;
  region_in_eea: 0 | 1;
  location: string;
  subprocessor_id: number | null;
  supplier_name: string;
  notes: string;
  updated_at: string;
}

interface LinkRow {
  system_id: number;
  id: number;
  name: string;
}

export interface SystemRef {
  id: number;
  name: string;
}

const bySwedishName = <T extends { name: string; id: number }>(a: T, b: T) => {
  const ka = swedishSortKey(a.name);
  const kb = swedishSortKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
};

export function createSystemsRepo(db: Db) {
  const selectOne = db.prepare('SELECT * FROM systems WHERE id = ?');
  const selectAll = db.prepare('SELECT * FROM systems');
  const selectMatching = db.prepare("SELECT * FROM systems WHERE search_text LIKE ? ESCAPE '\\'");
  const selectRefs = db.prepare('SELECT id, name FROM systems WHERE id IN (SELECT value FROM json_each(?))');
  const subprocessorName = db.prepare('SELECT name FROM subprocessors WHERE id = ?');
  // Links are read from the join tables here because other features own them.
  const activityLinks = db.prepare(`SELECT l.system_id, a.id, a.name FROM activity_systems l
    JOIN activities a ON a.id = l.activity_id WHERE l.system_id IN (SELECT value FROM json_each(?))`);
  const serviceLinks = db.prepare(`SELECT l.system_id, s.id, s.name FROM service_systems l
    JOIN services s ON s.id = l.service_id WHERE l.system_id IN (SELECT value FROM json_each(?))`);
  const insert = db.prepare(`INSERT INTO systems (name, name_en, kind, hosting, location_kind, country, region_name,
      region_in_eea, location, subprocessor_id, supplier_name, notes, search_text, created_at, updated_at)
    VALUES (@name, @nameEn, @kind, @hosting, @locationKind, @country, @regionName, @regionInEea, @location, @subprocessorId,
      @supplierName, @notes, @searchText, @now, @now)`);
  const update = db.prepare(`UPDATE systems SET revision = revision + 1, name = @name, name_en = @nameEn, kind = @kind,
      hosting = @hosting, location_kind = @locationKind, country = @country, region_name = @regionName,
      region_in_eea = @regionInEea, location = @location, subprocessor_id = @subprocessorId, supplier_name = @supplierName,
      notes = @notes, search_text = @searchText, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM systems WHERE id = ? AND revision = ?');

  function withLinks(rows: SystemRow[]): System[] {
    const ids = JSON.stringify(rows.map((r) => r.id));
    const group = (links: LinkRow[]) => {
      const map = new Map<number, SystemRef[]>();
      for (const l of links) {
        const list = map.get(l.system_id) ?? [];
        list.push({ id: l.id, name: l.name });
        map.set(l.system_id, list);
      }
      for (const list of map.values()) list.sort(bySwedishName);
      return map;
    };
    const activities = group(activityLinks.all(ids) as LinkRow[]);
    const services = group(serviceLinks.all(ids) as LinkRow[]);
    return rows.map((r) => {
      const place = { locationKind: r.location_kind, country: r.country, regionName: r.region_name, regionInEea: r.region_in_eea === 1 };
      return {
        id: r.id,
        revision: r.revision,
        name: r.name,
        nameEn: r.name_en,
        kind: r.kind,
        hosting: r.hosting,
        ...place,
        inEea: locationIsInEea(place),
        location: r.location,
        subprocessorId: r.subprocessor_id,
        supplierName: r.supplier_name,
        notes: r.notes,
        activities: activities.get(r.id) ?? [],
        services: services.get(r.id) ?? [],
        updatedAt: r.updated_at,
      };
    });
  }

  function toParams(f: Fields, now: string) {
    const spName = f.subprocessorId === null ? '' : ((subprocessorName.get(f.subprocessorId) as { name: string } | undefined)?.name ?? '');
    return { ...f, regionInEea: f.regionInEea ? 1 : 0, searchText: searchText(f, spName), now };
  }

  return {
    get(id: number): System | null {
      const r = selectOne.get(id) as SystemRow | undefined;
      return r ? withLinks([r])[0]! : null;
    },
    /** In Swedish alphabetical order; `query` matches regardless of case and diacritics. */
    list(query: string): System[] {
      const rows = (foldForSearch(query) === '' ? selectAll.all() : selectMatching.all(likeContains(query))) as SystemRow[];
      return withLinks(rows.sort(bySwedishName));
    },
    refs(ids: readonly number[]): SystemRef[] {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      return (selectRefs.all(JSON.stringify(unique)) as SystemRef[]).sort(bySwedishName);
    },
    subprocessorExists(id: number): boolean {
      return subprocessorName.get(id) !== undefined;
    },
    insert(f: Fields, now: string): number {
      return Number(insert.run(toParams(f, now)).lastInsertRowid);
    },
    update(id: number, revision: number, f: Fields, now: string): boolean {
      return update.run({ ...toParams(f, now), id, revision }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
  };
}

export type SystemsRepo = ReturnType<typeof createSystemsRepo>;
