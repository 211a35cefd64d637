import type { z } from 'zod';
import type { subprocessorFields } from '../../../shared/contract';
import type { LocationKind, SccModule, SubprocessorStatus, TransferMechanism } from '../../../shared/domain/enums';
import type { Db } from '../db/types';

type Fields = z.output<typeof subprocessorFields>;

export interface SubprocessorRow {
  id: number;
  revision: number;
  name: string;
  orgNr: string;
  locationKind: LocationKind;
  country: string;
  regionName: string;
  regionInEea: boolean;
  address: string;
  website: string;
  contactName: string;
  contactEmail: string;
  serviceDescription: string;
  dataProcessed: string;
  processingLocations: string;
  transferMechanism: TransferMechanism;
  sccModule: SccModule | null;
  transferNotes: string;
  agreementDate: string | null;
  agreementNotes: string;
  status: SubprocessorStatus;
  notes: string;
  searchText: string;
  updatedAt: string;
}

interface DbRow {
  id: number;
  revision: number;
  name: string;
  org_nr: string;
  location_kind: LocationKind;
  country: string;
  region_name: string;
  region_in_eea: 0 | 1;
  address: string;
  website: string;
  contact_name: string;
  contact_email: string;
  service_description: string;
  data_processed: string;
  processing_locations: string;
  transfer_mechanism: TransferMechanism;
  scc_module: SccModule | null;
  transfer_notes: string;
  agreement_date: string | null;
  agreement_notes: string;
  status: SubprocessorStatus;
  notes: string;
  search_text: string;
  updated_at: string;
}

export interface Ref {
  id: number;
  name: string;
}

/** A sub-processor as other features link to it: its name, where it processes data and how it gets there. */
export interface SubprocessorRef {
  id: number;
  name: string;
  locationKind: LocationKind;
  country: string;
  regionName: string;
  regionInEea: boolean;
  transferMechanism: TransferMechanism;
}

interface RefRow {
  id: number;
  name: string;
  location_kind: LocationKind;
  country: string;
  region_name: string;
  region_in_eea: 0 | 1;
  transfer_mechanism: TransferMechanism;
}

/** Who links to a sub-processor: what stops it from being deleted. */
export interface Usage {
  services: Ref[];
  systems: Ref[];
  activities: Ref[];
  /** Subscriptions that add it for their customer or except it: named "Customer – Service". */
  subscriptions: Ref[];
}

function fromDb(r: DbRow): SubprocessorRow {
  return {
    id: r.id,
    revision: r.revision,
    name: r.name,
    orgNr: r.org_nr,
    locationKind: r.location_kind,
    country: r.country,
    regionName: r.region_name,
    regionInEea: r.region_in_eea === 1,
    address: r.address,
    website: r.website,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    serviceDescription: r.service_description,
    dataProcessed: r.data_processed,
    processingLocations: r.processing_locations,
    transferMechanism: r.transfer_mechanism,
    sccModule: r.scc_module,
    transferNotes: r.transfer_notes,
    agreementDate: r.agreement_date,
    agreementNotes: r.agreement_notes,
    status: r.status,
    notes: r.notes,
    searchText: r.search_text,
    updatedAt: r.updated_at,
  };
}

function toParams(f: Fields, searchText: string, now: string) {
  return {
    name: f.name,
    orgNr: f.orgNr,
    locationKind: f.locationKind,
    country: f.country,
    regionName: f.regionName,
    regionInEea: f.regionInEea ? 1 : 0,
    address: f.address,
    website: f.website,
    contactName: f.contactName,
    contactEmail: f.contactEmail,
    serviceDescription: f.serviceDescription,
    dataProcessed: f.dataProcessed,
    processingLocations: f.processingLocations,
    transferMechanism: f.transferMechanism,
    // A module only means something with the standard contractual clauses.
    sccModule: f.transferMechanism === 'scc_2021_914' ? f.sccModule : null,
    transferNotes: f.transferNotes,
    agreementDate: f.agreementDate,
    agreementNotes: f.agreementNotes,
    status: f.status,
    notes: f.notes,
    searchText,
    now,
  };
}

/** Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`. */
const idList = (ids: readonly number[]) => JSON.stringify(ids);

// The derived columns (services, systems, customers reached, who blocks a delete) read the join
// tables of services, systems, subscriptions and activities. Those features own the writes; these
// are read-only queries kept here so that a sub-processor can be shown in one round trip.
export function createSubprocessorsRepo(db: Db) {
  const selectOne = db.prepare('SELECT * FROM subprocessors WHERE id = ?');
  const selectAll = db.prepare('SELECT * FROM subprocessors');
  const selectMatching = db.prepare("SELECT * FROM subprocessors WHERE search_text LIKE ? ESCAPE '\\'");
  const selectByIds = db.prepare(
    `SELECT id, name, location_kind, country, region_name, region_in_eea, transfer_mechanism FROM subprocessors
    WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const insert = db.prepare(`INSERT INTO subprocessors (name, org_nr, location_kind, country, region_name, region_in_eea,
      address, website, contact_name,
      contact_email, service_description, data_processed, processing_locations, transfer_mechanism, scc_module,
      transfer_notes, agreement_date, agreement_notes, status, notes, search_text, created_at, updated_at)
    VALUES (@name, @orgNr, @locationKind, @country, @regionName, @regionInEea, @address, @website, @contactName, @contactEmail, @serviceDescription,
      @dataProcessed, @processingLocations, @transferMechanism, @sccModule, @transferNotes, @agreementDate,
      @agreementNotes, @status, @notes, @searchText, @now, @now)`);
  const update = db.prepare(`UPDATE subprocessors SET revision = revision + 1, name = @name, org_nr = @orgNr,
      location_kind = @locationKind, country = @country, region_name = @regionName, region_in_eea = @regionInEea,
      address = @address, website = @website, contact_name = @contactName,
      contact_email = @contactEmail, service_description = @serviceDescription, data_processed = @dataProcessed,
      processing_locations = @processingLocations, transfer_mechanism = @transferMechanism,
      scc_module = @sccModule, transfer_notes = @transferNotes, agreement_date = @agreementDate,
      agreement_notes = @agreementNotes, status = @status, notes = @notes, search_text = @searchText,
      updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const remove = db.prepare('DELETE FROM subprocessors WHERE id = ? AND revision = ?');

  const servicesOf = db.prepare(`SELECT ss.subprocessor_id AS owner, s.id, s.name FROM service_subprocessors ss
      JOIN services s ON s.id = ss.service_id
    WHERE ss.subprocessor_id IN (SELECT value FROM json_each(?))`);
  const systemsOf = db.prepare(`SELECT subprocessor_id AS owner, id, name FROM systems
    WHERE subprocessor_id IN (SELECT value FROM json_each(?))`);
  const activitiesOf = db.prepare(`SELECT DISTINCT r.subprocessor_id AS owner, a.id, a.name FROM activity_recipients r
      JOIN activities a ON a.id = r.activity_id
    WHERE r.subprocessor_id IN (SELECT value FROM json_each(?))`);
  const subscriptionsOf = db.prepare(`SELECT c.subprocessor_id AS owner, s.id, cu.name || ' – ' || sv.name AS name
      FROM subscription_subprocessor_changes c
      JOIN subscriptions s ON s.id = c.subscription_id
      JOIN customers cu ON cu.id = s.customer_id
      JOIN services sv ON sv.id = s.service_id
    WHERE c.subprocessor_id IN (SELECT value FROM json_each(?))
    ORDER BY cu.name, sv.name, s.id`);
  // Customers with a subscription active on @today to a service that uses the sub-processor, or
  // whose subscription adds it; a subscription that removes it does not count.
  const customerCounts = db.prepare(`WITH active AS (
      SELECT id, customer_id, service_id FROM subscriptions
      WHERE start_date <= @today AND (end_date IS NULL OR end_date >= @today)
    ), links AS (
      SELECT a.customer_id, ss.subprocessor_id FROM active a
        JOIN service_subprocessors ss ON ss.service_id = a.service_id
      WHERE NOT EXISTS (SELECT 1 FROM subscription_subprocessor_changes c
        WHERE c.subscription_id = a.id AND c.subprocessor_id = ss.subprocessor_id AND c.change = 'remove')
      UNION
      SELECT a.customer_id, c.subprocessor_id FROM active a
        JOIN subscription_subprocessor_changes c ON c.subscription_id = a.id AND c.change = 'add'
    )
    SELECT subprocessor_id AS owner, count(DISTINCT customer_id) AS n FROM links
    WHERE subprocessor_id IN (SELECT value FROM json_each(@ids))
    GROUP BY subprocessor_id`);

  function grouped(stmt: ReturnType<Db['prepare']>, ids: readonly number[]): Map<number, Ref[]> {
    const out = new Map<number, Ref[]>();
    for (const r of stmt.all(idList(ids)) as (Ref & { owner: number })[]) {
      const list = out.get(r.owner) ?? [];
      list.push({ id: r.id, name: r.name });
      out.set(r.owner, list);
    }
    return out;
  }

  return {
    get(id: number): SubprocessorRow | null {
      const r = selectOne.get(id) as DbRow | undefined;
      return r ? fromDb(r) : null;
    },
    /** Every row, or those whose search text contains `pattern` (a LIKE pattern, see likeContains). */
    list(pattern: string | null): SubprocessorRow[] {
      const rows = (pattern === null ? selectAll.all() : selectMatching.all(pattern)) as DbRow[];
      return rows.map(fromDb);
    },
    byIds(ids: readonly number[]): SubprocessorRef[] {
      if (ids.length === 0) return [];
      return (selectByIds.all(idList(ids)) as RefRow[]).map((r) => ({
        id: r.id,
        name: r.name,
        locationKind: r.location_kind,
        country: r.country,
        regionName: r.region_name,
        regionInEea: r.region_in_eea === 1,
        transferMechanism: r.transfer_mechanism,
      }));
    },
    servicesOf: (ids: readonly number[]) => grouped(servicesOf, ids),
    systemsOf: (ids: readonly number[]) => grouped(systemsOf, ids),
    activitiesOf: (ids: readonly number[]) => grouped(activitiesOf, ids),
    customerCounts(ids: readonly number[], today: string): Map<number, number> {
      const rows = customerCounts.all({ ids: idList(ids), today }) as { owner: number; n: number }[];
      return new Map(rows.map((r) => [r.owner, r.n]));
    },
    usage(id: number): Usage {
      return {
        services: grouped(servicesOf, [id]).get(id) ?? [],
        systems: grouped(systemsOf, [id]).get(id) ?? [],
        activities: grouped(activitiesOf, [id]).get(id) ?? [],
        subscriptions: grouped(subscriptionsOf, [id]).get(id) ?? [],
      };
    },
    insert(f: Fields, searchText: string, now: string): number {
      return Number(insert.run(toParams(f, searchText, now)).lastInsertRowid);
    },
    /** Returns false when the revision is stale (or the row is gone). */
    update(id: number, revision: number, f: Fields, searchText: string, now: string): boolean {
      return update.run({ ...toParams(f, searchText, now), id, revision }).changes === 1;
    },
    delete(id: number, revision: number): boolean {
      return remove.run(id, revision).changes === 1;
    },
  };
}

export type SubprocessorsRepo = ReturnType<typeof createSubprocessorsRepo>;
