import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import {
  SHORT_QUERY_COUNT_CAP,
  type EquipmentMove,
  type EquipmentSummary,
  type equipmentFields,
  type equipmentListInput,
  type siteFields,
} from '../../../shared/contract';
import type { EncryptionState, EquipmentStatus, EquipmentType } from '../../../shared/domain/enums';
import type { Db } from '../db/types';
import { foldForSearch } from '../text';
import { equipmentLabel, equipmentSearchText, equipmentSortKey } from './equipment-text';

export type SiteFieldsOut = z.output<typeof siteFields>;
export type EquipmentFieldsOut = z.output<typeof equipmentFields>;
type ListQuery = z.output<typeof equipmentListInput>;
type Statement = Database.Statement<unknown[]>;

export interface SiteRecord {
  id: number;
  revision: number;
  customerId: number;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  accessNotes: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  closedOn: string | null;
  equipmentCount: number;
  activeEquipmentCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface EquipmentRecord extends EquipmentSummary {
  networkNotes: string;
  personalData: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

interface SiteRow {
  id: number;
  revision: number;
  customer_id: number;
  name: string;
  street: string;
  postal_code: string;
  city: string;
  access_notes: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  closed_on: string | null;
  equipment_count: number;
  active_count: number;
  created_at: string;
  updated_at: string;
}

interface SummaryRow {
  id: number;
  revision: number;
  customer_id: number;
  customer_name: string;
  site_id: number | null;
  site_name: string | null;
  type: EquipmentType;
  make: string;
  model: string;
  serial_number: string;
  hostname: string;
  encrypted: EncryptionState;
  installed_on: string | null;
  removed_on: string | null;
  status: EquipmentStatus;
}

interface EquipmentRow extends SummaryRow {
  network_notes: string;
  personal_data: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface MoveRow {
  id: number;
  from_site_id: number | null;
  from_site_name: string;
  to_site_id: number | null;
  to_site_name: string;
  moved_on: string;
  note: string;
  created_at: string;
}

/** A device's columns that its search text and sort key are made from, with the names around it. */
interface TextRow {
  id: number;
  type: EquipmentType;
  make: string;
  model: string;
  serial_number: string;
  hostname: string;
  network_notes: string;
  site_name: string | null;
  customer_name: string;
  search_text: string;
  sort_key: string;
}

const SITE_SELECT = `SELECT s.*,
    (SELECT count(*) FROM equipment e WHERE e.site_id = s.id) AS equipment_count,
    (SELECT count(*) FROM equipment e WHERE e.site_id = s.id AND e.status <> 'removed') AS active_count
  FROM sites s`;

const SUMMARY_COLUMNS = `e.id, e.revision, e.customer_id, c.name AS customer_name, e.site_id, s.name AS site_name, e.type,
  e.make, e.model, e.serial_number, e.hostname, e.encrypted, e.installed_on, e.removed_on, e.status`;
const FROM = 'equipment e JOIN customers c ON c.id = e.customer_id LEFT JOIN sites s ON s.id = e.site_id';

const TEXT_SELECT = `SELECT e.id, e.type, e.make, e.model, e.serial_number, e.hostname, e.network_notes, e.search_text, e.sort_key,
    s.name AS site_name, c.name AS customer_name
  FROM equipment e JOIN customers c ON c.id = e.customer_id LEFT JOIN sites s ON s.id = e.site_id`;

// Text columns sort with blanks last whichever the direction; ties fall back to the CMDB order.
const TYPE_RANK = `CASE e.type WHEN 'server' THEN 0 WHEN 'nas' THEN 1 WHEN 'firewall' THEN 2 WHEN 'switch' THEN 3
  WHEN 'access_point' THEN 4 WHEN 'pc' THEN 5 WHEN 'camera' THEN 6 WHEN 'printer' THEN 7 ELSE 8 END`;
const STATUS_RANK = `CASE e.status WHEN 'in_use' THEN 0 WHEN 'in_storage' THEN 1 ELSE 2 END`;
function orderBy(sort: ListQuery['sort'], direction: 'asc' | 'desc'): string {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  const tail = `e.sort_key ${dir}, e.id ${dir}`;
  switch (sort) {
    case 'placement':
      return tail;
    case 'hostname':
      return `e.hostname = '', lower(e.hostname) ${dir}, ${tail}`;
    case 'make':
      return `e.make = '' AND e.model = '', lower(e.make) ${dir}, lower(e.model) ${dir}, ${tail}`;
    case 'serialNumber':
      return `e.serial_number = '', e.serial_number ${dir}, ${tail}`;
    case 'type':
      return `${TYPE_RANK} ${dir}, ${tail}`;
    case 'status':
      return `${STATUS_RANK} ${dir}, ${tail}`;
    case 'installedOn':
      return `e.installed_on IS NULL, e.installed_on ${dir}, ${tail}`;
  }
}

/** Escapes an already folded word for a LIKE pattern with ESCAPE '\'. */
const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** One FTS5 string (a substring for the trigram tokenizer). */
const ftsWord = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * The words of a search: folded, distinct, at most eight. Control characters split words: the
 * search text uses one as its field separator, and FTS5 cannot parse a NUL inside a string.
 */
export function searchWords(query: string): string[] {
  return [
    ...new Set(
      foldForSearch(query.replace(/[\u0000-\u001f\u007f]/g, ' '))
        .split(' ')
        .filter((w) => w !== ''),
    ),
  ].slice(0, 8);
}

/**
 * WHERE terms for `words` over `e.search_text`: words of three letters or more through the
 * trigram index (one MATCH, all words), shorter ones as LIKE (the index cannot find them).
 */
function wordTerms(words: readonly string[]): { where: string[]; params: Record<string, string> } {
  const long = words.filter((w) => w.length >= 3);
  const short = words.filter((w) => w.length < 3);
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (long.length > 0) {
    where.push('e.id IN (SELECT rowid FROM equipment_fts WHERE equipment_fts MATCH @match)');
    params.match = long.map(ftsWord).join(' AND ');
  }
  short.forEach((w, i) => {
    where.push(`e.search_text LIKE @short${i} ESCAPE '\\'`);
    params[`short${i}`] = likeWord(w);
  });
  return { where, params };
}

function toSite(r: SiteRow): SiteRecord {
  return {
    id: r.id,
    revision: r.revision,
    customerId: r.customer_id,
    name: r.name,
    street: r.street,
    postalCode: r.postal_code,
    city: r.city,
    accessNotes: r.access_notes,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    closedOn: r.closed_on,
    equipmentCount: r.equipment_count,
    activeEquipmentCount: r.active_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toSummary(r: SummaryRow): EquipmentSummary {
  return {
    id: r.id,
    revision: r.revision,
    customerId: r.customer_id,
    customerName: r.customer_name,
    siteId: r.site_id,
    siteName: r.site_name ?? '',
    name: equipmentLabel({ make: r.make, model: r.model, serialNumber: r.serial_number, hostname: r.hostname }),
    type: r.type,
    make: r.make,
    model: r.model,
    serialNumber: r.serial_number,
    hostname: r.hostname,
    encrypted: r.encrypted,
    installedOn: r.installed_on,
    removedOn: r.removed_on,
    status: r.status,
  };
}

function fieldParams(f: EquipmentFieldsOut, names: { site: string; customer: string }, now: string) {
  return {
    type: f.type,
    make: f.make,
    model: f.model,
    serialNumber: f.serialNumber,
    hostname: f.hostname,
    networkNotes: f.networkNotes,
    personalData: f.personalData,
    encrypted: f.encrypted,
    installedOn: f.installedOn,
    removedOn: f.removedOn,
    status: f.status,
    notes: f.notes,
    searchText: equipmentSearchText(f, names.site, names.customer),
    sortKey: equipmentSortKey(f, names.site, names.customer),
    now,
  };
}

const siteParams = (f: SiteFieldsOut, now: string) => ({
  name: f.name,
  street: f.street,
  postalCode: f.postalCode,
  city: f.city,
  accessNotes: f.accessNotes,
  contactName: f.contactName,
  contactPhone: f.contactPhone,
  contactEmail: f.contactEmail,
  closedOn: f.closedOn,
  now,
});

/** All SQL of sites, equipment, the services a device serves and its move history. */
export function createSitesRepo(db: Db) {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[]>(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

  const siteOne = db.prepare(`${SITE_SELECT} WHERE s.id = ?`);
  const sitePlace = db.prepare('SELECT id, customer_id, name FROM sites WHERE id = ?');
  const sitesOfCustomer = db.prepare(`${SITE_SELECT} WHERE s.customer_id = ?`);
  const insertSite = db.prepare(`INSERT INTO sites (customer_id, name, street, postal_code, city, access_notes, contact_name,
      contact_phone, contact_email, closed_on, created_at, updated_at)
    VALUES (@customerId, @name, @street, @postalCode, @city, @accessNotes, @contactName, @contactPhone, @contactEmail,
      @closedOn, @now, @now)`);
  const updateSite = db.prepare(`UPDATE sites SET revision = revision + 1, name = @name, street = @street,
      postal_code = @postalCode, city = @city, access_notes = @accessNotes, contact_name = @contactName,
      contact_phone = @contactPhone, contact_email = @contactEmail, closed_on = @closedOn, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const deleteSite = db.prepare('DELETE FROM sites WHERE id = ? AND revision = ?');

  const equipmentOne = db.prepare(`SELECT ${SUMMARY_COLUMNS}, e.network_notes, e.personal_data, e.notes, e.created_at, e.updated_at
    FROM ${FROM} WHERE e.id = ?`);
  const servicesOf = db.prepare(`SELECT v.id, v.name FROM equipment_services es JOIN services v ON v.id = es.service_id
    WHERE es.equipment_id = ?`);
  const movesOf = db.prepare(`SELECT id, from_site_id, from_site_name, to_site_id, to_site_name, moved_on, note, created_at
    FROM equipment_moves WHERE equipment_id = ? ORDER BY moved_on, id`);
  const insertEquipment = db.prepare(`INSERT INTO equipment (customer_id, site_id, type, make, model, serial_number, hostname,
      network_notes, personal_data, encrypted, installed_on, removed_on, status, notes, sort_key, search_text, created_at, updated_at)
    VALUES (@customerId, @siteId, @type, @make, @model, @serialNumber, @hostname, @networkNotes, @personalData, @encrypted,
      @installedOn, @removedOn, @status, @notes, @sortKey, @searchText, @now, @now)`);
  const updateEquipment = db.prepare(`UPDATE equipment SET revision = revision + 1, type = @type, make = @make, model = @model,
      serial_number = @serialNumber, hostname = @hostname, network_notes = @networkNotes, personal_data = @personalData,
      encrypted = @encrypted, installed_on = @installedOn, removed_on = @removedOn, status = @status, notes = @notes,
      sort_key = @sortKey, search_text = @searchText, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const placeEquipment = db.prepare(`UPDATE equipment SET revision = revision + 1, site_id = @siteId, updated_at = @now
    WHERE id = @id AND revision = @revision`);
  const deleteEquipment = db.prepare('DELETE FROM equipment WHERE id = ? AND revision = ?');
  const clearServices = db.prepare('DELETE FROM equipment_services WHERE equipment_id = ?');
  const addService = db.prepare('INSERT OR IGNORE INTO equipment_services (equipment_id, service_id) VALUES (?, ?)');
  const insertMove = db.prepare(`INSERT INTO equipment_moves (equipment_id, from_site_id, to_site_id, from_site_name,
      to_site_name, moved_on, note, created_at)
    VALUES (@equipmentId, @fromSiteId, @toSiteId, @fromSiteName, @toSiteName, @movedOn, @note, @now)`);
  const lastMove = db.prepare('SELECT max(moved_on) AS d FROM equipment_moves WHERE equipment_id = ?');
  const customerName = db.prepare('SELECT name FROM customers WHERE id = ?');
  const subscribedServices = db.prepare('SELECT DISTINCT service_id AS id FROM subscriptions WHERE customer_id = ?');
  const textOfCustomer = db.prepare(`${TEXT_SELECT} WHERE e.customer_id = ?`);
  const textOfSite = db.prepare(`${TEXT_SELECT} WHERE e.site_id = ?`);
  const textOfOne = db.prepare(`${TEXT_SELECT} WHERE e.id = ?`);
  const setText = db.prepare('UPDATE equipment SET search_text = ?, sort_key = ? WHERE id = ?');

  /** Brings search text and sort key up to date; writes only rows whose text changed. */
  function refreshText(rows: TextRow[]): number {
    let changed = 0;
    for (const r of rows) {
      const device = {
        type: r.type,
        make: r.make,
        model: r.model,
        serialNumber: r.serial_number,
        hostname: r.hostname,
        networkNotes: r.network_notes,
      };
      const searchText = equipmentSearchText(device, r.site_name ?? '', r.customer_name);
      const sortKey = equipmentSortKey(device, r.site_name ?? '', r.customer_name);
      if (searchText !== r.search_text || sortKey !== r.sort_key) {
        setText.run(searchText, sortKey, r.id);
        changed++;
      }
    }
    return changed;
  }

  function writeServices(id: number, serviceIds: readonly number[]): void {
    clearServices.run(id);
    for (const s of serviceIds) addService.run(id, s);
  }

  /** The WHERE clause of a list (without words) and its parameters. */
  function listWhere(q: ListQuery, words: readonly string[]): { where: string; params: Record<string, unknown> } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (q.customerId !== undefined) {
      where.push('e.customer_id = @customerId');
      params.customerId = q.customerId;
    }
    if (q.siteId !== undefined) {
      where.push('e.site_id = @siteId');
      params.siteId = q.siteId;
    }
    if (q.type !== undefined) {
      where.push('e.type = @type');
      params.type = q.type;
    }
    if (q.status !== undefined) {
      where.push('e.status = @status');
      params.status = q.status;
    }
    const terms = wordTerms(words);
    where.push(...terms.where);
    Object.assign(params, terms.params);
    return { where: where.length ? where.join(' AND ') : '1 = 1', params };
  }

  return {
    // Sites ------------------------------------------------------------------------------------
    site(id: number): SiteRecord | null {
      const row = siteOne.get(id) as SiteRow | undefined;
      return row ? toSite(row) : null;
    },
    /** Just where a site is and what it is called (no counting: cheap enough for every device written). */
    sitePlace(id: number): { id: number; customerId: number; name: string } | null {
      const row = sitePlace.get(id) as { id: number; customer_id: number; name: string } | undefined;
      return row ? { id: row.id, customerId: row.customer_id, name: row.name } : null;
    },
    sitesOf(customerId: number): SiteRecord[] {
      return (sitesOfCustomer.all(customerId) as SiteRow[]).map(toSite);
    },
    insertSite(customerId: number, f: SiteFieldsOut, now: string): number {
      return Number(insertSite.run({ ...siteParams(f, now), customerId }).lastInsertRowid);
    },
    /** Returns false when the revision is stale (or the row is gone). */
    updateSite(id: number, revision: number, f: SiteFieldsOut, now: string): boolean {
      if (updateSite.run({ ...siteParams(f, now), id, revision }).changes !== 1) return false;
      refreshText(textOfSite.all(id) as TextRow[]);
      return true;
    },
    deleteSite(id: number, revision: number): boolean {
      return deleteSite.run(id, revision).changes === 1;
    },
    customerName(customerId: number): string | null {
      return (customerName.get(customerId) as { name: string } | undefined)?.name ?? null;
    },
    /** Services the customer has (or had) a subscription to. */
    subscribedServiceIds(customerId: number): Set<number> {
      return new Set((subscribedServices.all(customerId) as { id: number }[]).map((r) => r.id));
    },

    // Equipment --------------------------------------------------------------------------------
    equipment(id: number): EquipmentRecord | null {
      const r = equipmentOne.get(id) as EquipmentRow | undefined;
      if (!r) return null;
      return {
        ...toSummary(r),
        networkNotes: r.network_notes,
        personalData: r.personal_data,
        notes: r.notes,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    },
    servicesOf(id: number): { id: number; name: string }[] {
      return servicesOf.all(id) as { id: number; name: string }[];
    },
    movesOf(id: number): EquipmentMove[] {
      return (movesOf.all(id) as MoveRow[]).map((m) => ({
        id: m.id,
        fromSiteId: m.from_site_id,
        fromSiteName: m.from_site_name,
        toSiteId: m.to_site_id,
        toSiteName: m.to_site_name,
        movedOn: m.moved_on,
        note: m.note,
        createdAt: m.created_at,
      }));
    },
    lastMoveDate(id: number): string | null {
      return (lastMove.get(id) as { d: string | null }).d;
    },
    insertEquipment(
      place: { customerId: number; siteId: number | null },
      f: EquipmentFieldsOut,
      names: { site: string; customer: string },
      now: string,
    ): number {
      const id = Number(insertEquipment.run({ ...fieldParams(f, names, now), ...place }).lastInsertRowid);
      writeServices(id, f.serviceIds);
      return id;
    },
    updateEquipment(id: number, revision: number, f: EquipmentFieldsOut, names: { site: string; customer: string }, now: string): boolean {
      if (updateEquipment.run({ ...fieldParams(f, names, now), id, revision }).changes !== 1) return false;
      writeServices(id, f.serviceIds);
      return true;
    },
    /** Puts the device at `siteId` (bumping its revision) and refreshes its search text. */
    placeEquipment(id: number, revision: number, siteId: number | null, now: string): boolean {
      if (placeEquipment.run({ id, revision, siteId, now }).changes !== 1) return false;
      refreshText(textOfOne.all(id) as TextRow[]);
      return true;
    },
    insertMove(
      m: {
        equipmentId: number;
        fromSiteId: number | null;
        toSiteId: number | null;
        fromSiteName: string;
        toSiteName: string;
        movedOn: string;
        note: string;
      },
      now: string,
    ): void {
      insertMove.run({ ...m, now });
    },
    deleteEquipment(id: number, revision: number): boolean {
      return deleteEquipment.run(id, revision).changes === 1;
    },
    /** One page of devices and how many match (capped for one- and two-letter searches). */
    list(q: ListQuery): { total: number; totalIsCapped: boolean; items: EquipmentSummary[] } {
      const words = searchWords(q.query);
      const { where, params } = listWhere(q, words);
      const rows = prepared(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE ${where}
        ORDER BY ${orderBy(q.sort, q.direction)} LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit: q.limit,
        offset: q.offset,
      }) as SummaryRow[];
      // Only short words: no index can help and most rows match, so count only up to the cap.
      const shortOnly = words.length > 0 && words.every((w) => w.length < 3);
      const counted = (
        prepared(
          shortOnly
            ? `SELECT count(*) AS n FROM (SELECT 1 FROM equipment e WHERE ${where} LIMIT ${SHORT_QUERY_COUNT_CAP + 1})`
            : `SELECT count(*) AS n FROM equipment e WHERE ${where}`,
        ).get(params) as { n: number }
      ).n;
      const capped = shortOnly && counted > SHORT_QUERY_COUNT_CAP;
      return { total: capped ? SHORT_QUERY_COUNT_CAP : counted, totalIsCapped: capped, items: rows.map(toSummary) };
    },
    /** Search everywhere: matching devices, removed ones last, in CMDB order; and how many match. */
    search(words: readonly string[], limit: number): { total: number; items: EquipmentSummary[] } {
      if (words.length === 0) return { total: 0, items: [] };
      const terms = wordTerms(words);
      const where = terms.where.join(' AND ');
      const total = (prepared(`SELECT count(*) AS n FROM equipment e WHERE ${where}`).get(terms.params) as { n: number }).n;
      const rows = prepared(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE ${where}
        ORDER BY e.status = 'removed', e.sort_key, e.id LIMIT @limit`).all({ ...terms.params, limit }) as SummaryRow[];
      return { total, items: rows.map(toSummary) };
    },
    /** After a customer is renamed: its devices' search text and sort key. */
    refreshCustomerText(customerId: number): number {
      return refreshText(textOfCustomer.all(customerId) as TextRow[]);
    },
  };
}

export type SitesRepo = ReturnType<typeof createSitesRepo>;
