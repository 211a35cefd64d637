import type { z } from 'zod';
import type { serviceFields } from '../../../shared/contract';
import type { END_OF_CONTRACT_ACTIONS, PROCESSING_OPERATIONS, SERVICE_STATUSES, SPECIAL_CATEGORIES } from '../../../shared/domain/enums';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/types';
import { serviceSearchText as searchText } from './service-text';

export type ServiceFieldsOut = z.output<typeof serviceFields>;

/** One service as stored, with the ids of everything it links to. */
export interface ServiceRecord {
  id: number;
  revision: number;
  name: string;
  subjectMatter: string;
  purpose: string;
  subjectMatterEn: string;
  purposeEn: string;
  nature: (typeof PROCESSING_OPERATIONS)[number][];
  specialCategories: (typeof SPECIAL_CATEGORIES)[number][];
  endOfContractAction: (typeof END_OF_CONTRACT_ACTIONS)[number];
  retentionRuleId: number | null;
  status: (typeof SERVICE_STATUSES)[number];
  notes: string;
  updatedAt: string;
  /** Vocabulary terms of every kind (processing, personal data, data subjects). */
  termIds: number[];
  subprocessorIds: number[];
  systemIds: number[];
  measureIds: number[];
}

interface ServiceRow {
  id: number;
  revision: number;
  name: string;
  subject_matter: string;
  purpose: string;
  subject_matter_en: string;
  purpose_en: string;
  nature: string;
  special_categories: string;
  end_of_contract_action: ServiceRecord['endOfContractAction'];
  retention_rule_id: number | null;
  status: ServiceRecord['status'];
  notes: string;
  updated_at: string;
}

interface LinkRow {
  service_id: number;
  ref_id: number;
}

/** Which column of which table a link of a service lives in. */
const LINKS = {
  termIds: { table: 'service_terms', column: 'term_id' },
  subprocessorIds: { table: 'service_subprocessors', column: 'subprocessor_id' },
  systemIds: { table: 'service_systems', column: 'system_id' },
  measureIds: { table: 'service_measures', column: 'measure_id' },
} as const;
type LinkKey = keyof typeof LINKS;
const LINK_KEYS = Object.keys(LINKS) as LinkKey[];

function toParams(f: ServiceFieldsOut, now: string) {
  return {
    name: f.name,
    subjectMatter: f.subjectMatter,
    purpose: f.purpose,
    subjectMatterEn: f.subjectMatterEn,
    purposeEn: f.purposeEn,
    nature: JSON.stringify([...new Set(f.nature)]),
    specialCategories: JSON.stringify([...new Set(f.specialCategories)]),
    endOfContractAction: f.endOfContractAction,
    retentionRuleId: f.retentionRuleId,
    status: f.status,
    notes: f.notes,
    searchText: searchText(f),
    now,
  };
}

function toRecord(r: ServiceRow, links: Record<LinkKey, number[]>): ServiceRecord {
  return {
    id: r.id,
    revision: r.revision,
    name: r.name,
    subjectMatter: r.subject_matter,
    purpose: r.purpose,
    subjectMatterEn: r.subject_matter_en,
    purposeEn: r.purpose_en,
    nature: JSON.parse(r.nature) as ServiceRecord['nature'],
    specialCategories: JSON.parse(r.special_categories) as ServiceRecord['specialCategories'],
    endOfContractAction: r.end_of_contract_action,
    retentionRuleId: r.retention_rule_id,
    status: r.status,
    notes: r.notes,
    updatedAt: r.updated_at,
    ...links,
  };
}

const COLUMNS = `id, revision, name, subject_matter, purpose, subject_matter_en, purpose_en, nature, special_categories, end_of_contract_action,
  retention_rule_id, status, notes, updated_at`;

/** All SQL of the services table and its link tables. */
export function createServicesRepo(db: Db) {
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM services WHERE id = ?`);
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM services`);
  const selectMatching = db.prepare(`SELECT ${COLUMNS} FROM services WHERE search_text LIKE @pattern ESCAPE '\\'`);
  const insert = db.prepare(`INSERT INTO services (name, subject_matter, purpose, subject_matter_en, purpose_en, nature,
      special_categories, end_of_contract_action, retention_rule_id, status, notes, search_text, created_at, updated_at)
    VALUES (@name, @subjectMatter, @purpose, @subjectMatterEn, @purposeEn, @nature, @specialCategories, @endOfContractAction, @retentionRuleId,
      @status, @notes, @searchText, @now, @now)`);
  const update = db.prepare(`UPDATE services SET revision = revision + 1, name = @name, subject_matter = @subjectMatter,
      purpose = @purpose, subject_matter_en = @subjectMatterEn, purpose_en = @purposeEn, nature = @nature, special_categories = @specialCategories,
      end_of_contract_action = @endOfContractAction, retention_rule_id = @retentionRuleId, status = @status,
      notes = @notes, search_text = @searchText, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM services WHERE id = ? AND revision = ?');
  const unlinkEquipment = db.prepare('DELETE FROM equipment_services WHERE service_id = ?');
  const countSubscriptions = db.prepare('SELECT count(*) AS n FROM subscriptions WHERE service_id = ?');
  const activeSubscribers = db.prepare(`SELECT service_id, count(*) AS n FROM subscriptions
    WHERE start_date <= @onDate AND (end_date IS NULL OR end_date >= @onDate) GROUP BY service_id`);
  const activeSubscribersOf = db.prepare(`SELECT @serviceId AS service_id, count(*) AS n FROM subscriptions
    WHERE service_id = @serviceId AND start_date <= @onDate AND (end_date IS NULL OR end_date >= @onDate)`);

  const linkStatements = Object.fromEntries(
    LINK_KEYS.map((key) => {
      const { table, column } = LINKS[key];
      return [
        key,
        {
          forOne: db.prepare(`SELECT ${column} AS ref_id FROM ${table} WHERE service_id = ?`),
          forAll: db.prepare(`SELECT service_id, ${column} AS ref_id FROM ${table}`),
          clear: db.prepare(`DELETE FROM ${table} WHERE service_id = ?`),
          add: db.prepare(`INSERT OR IGNORE INTO ${table} (service_id, ${column}) VALUES (?, ?)`),
        },
      ];
    }),
  ) as Record<LinkKey, Record<'forOne' | 'forAll' | 'clear' | 'add', Database.Statement<unknown[]>>>;

  function linksOf(id: number): Record<LinkKey, number[]> {
    const out = {} as Record<LinkKey, number[]>;
    for (const key of LINK_KEYS) out[key] = (linkStatements[key].forOne.all(id) as { ref_id: number }[]).map((r) => r.ref_id);
    return out;
  }

  /** Every service's links, loaded with one query per link table. */
  function allLinks(): Map<number, Record<LinkKey, number[]>> {
    const out = new Map<number, Record<LinkKey, number[]>>();
    const entry = (id: number) => {
      let e = out.get(id);
      if (!e) out.set(id, (e = { termIds: [], subprocessorIds: [], systemIds: [], measureIds: [] }));
      return e;
    };
    for (const key of LINK_KEYS) {
      for (const r of linkStatements[key].forAll.all() as LinkRow[]) entry(r.service_id)[key].push(r.ref_id);
    }
    return out;
  }

  function replaceLinks(id: number, f: ServiceFieldsOut): void {
    const wanted: Record<LinkKey, number[]> = {
      termIds: [...f.processingTermIds, ...f.personalDataTermIds, ...f.dataSubjectTermIds],
      subprocessorIds: f.subprocessorIds,
      systemIds: f.systemIds,
      measureIds: f.measureIds,
    };
    for (const key of LINK_KEYS) {
      linkStatements[key].clear.run(id);
      for (const ref of wanted[key]) linkStatements[key].add.run(id, ref);
    }
  }

  const empty = (): Record<LinkKey, number[]> => ({ termIds: [], subprocessorIds: [], systemIds: [], measureIds: [] });

  return {
    get(id: number): ServiceRecord | null {
      const row = selectOne.get(id) as ServiceRow | undefined;
      return row ? toRecord(row, linksOf(id)) : null;
    },
    /** Every service (optionally only those whose search text contains `pattern`, a LIKE pattern). */
    all(pattern?: string): ServiceRecord[] {
      const rows = (pattern ? selectMatching.all({ pattern }) : selectAll.all()) as ServiceRow[];
      const links = allLinks();
      return rows.map((r) => toRecord(r, links.get(r.id) ?? empty()));
    },
    insert(f: ServiceFieldsOut, now: string): number {
      const id = Number(insert.run(toParams(f, now)).lastInsertRowid);
      replaceLinks(id, f);
      return id;
    },
    /** Returns false when the revision is stale (or the row is gone). */
    update(id: number, revision: number, f: ServiceFieldsOut, now: string): boolean {
      if (update.run({ ...toParams(f, now), id, revision }).changes !== 1) return false;
      replaceLinks(id, f);
      return true;
    },
    delete(id: number, revision: number): boolean {
      // Devices that served it (while a customer still subscribed) no longer serve anything there.
      unlinkEquipment.run(id);
      return remove.run(id, revision).changes === 1;
    },
    subscriptionCount(id: number): number {
      return (countSubscriptions.get(id) as { n: number }).n;
    },
    /** Active subscriptions per service on a date (of one service when `serviceId` is given). */
    activeSubscriberCounts(onDate: string, serviceId?: number): Map<number, number> {
      const rows = (serviceId === undefined ? activeSubscribers.all({ onDate }) : activeSubscribersOf.all({ onDate, serviceId })) as {
        service_id: number;
        n: number;
      }[];
      return new Map(rows.map((r) => [r.service_id, r.n]));
    },
  };
}

export type ServicesRepo = ReturnType<typeof createServicesRepo>;
