import type Database from 'better-sqlite3-multiple-ciphers';
import type { DsrRight, DsrStatus, OurRole } from '../../../shared/domain/enums';
import type { Db } from '../db/types';

// Read-only queries for the search box. Each feature owns the writes to its table and keeps its
// `search_text` column (lower-case, without diacritics: foldForSearch) up to date; this repo only
// reads those columns across customers, activities, services, sub-processors, systems, requests
// from data subjects and breaches, which is
// the one place where reading other features' tables is the point. Customers (hundreds of rows)
// use the trigram FTS5 index for words of three letters or more; the other registers are small
// (tens of rows), so a LIKE scan over `search_text` is quicker than any index; requests and breaches
// (thousands at most) are scanned the same way, counted and cut to the first page newest first.

export interface CustomerHitRow {
  id: number;
  name: string;
  org_nr: string;
  legal_form: 'company' | 'sole_trader';
  visiting_city: string;
  archived_at: string | null;
}
export interface ActivityHitRow {
  id: number;
  name: string;
  ref_no: string;
  owner: string;
  status: string;
}
export interface ServiceHitRow {
  id: number;
  name: string;
  subject_matter: string;
  status: string;
}
export interface SubprocessorHitRow {
  id: number;
  name: string;
  org_nr: string;
  country: string;
  status: string;
  location_kind: 'country' | 'eea' | 'region';
  region_name: string;
  region_in_eea: number;
}
export interface SystemHitRow {
  id: number;
  name: string;
  kind: string;
  country: string;
  location: string;
  location_kind: 'country' | 'eea' | 'region';
  region_name: string;
  region_in_eea: number;
}

export interface RequestHitRow {
  id: number;
  requester_name: string;
  right: DsrRight;
  received_on: string;
  status: DsrStatus;
  customer_name: string | null;
}
export interface BreachHitRow {
  id: number;
  title: string;
  our_role: OurRole;
  discovered_at: string;
  closed_on: string | null;
}

type Statement = Database.Statement<unknown[]>;

/** Escapes an already folded word for a LIKE pattern with ESCAPE '\'. */
const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** One FTS5 string (a substring for the trigram tokenizer). */
const ftsWord = (word: string) => `"${word.replace(/"/g, '""')}"`;

export function createSearchRepo(db: Db) {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[]>(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

  /** `search_text LIKE ?` once per word: every word must occur somewhere. */
  const likeAll = (words: readonly string[], column: string) => words.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' AND ');

  function small<R>(table: string, columns: string, words: readonly string[]): R[] {
    if (words.length === 0) return [];
    return prepared(`SELECT ${columns} FROM ${table} WHERE ${likeAll(words, 'search_text')}`).all(...words.map(likeWord)) as R[];
  }

  return {
    /** Matching customers, not archived first, in Swedish order; and how many match in all. */
    customers(words: readonly string[], limit: number): { total: number; rows: CustomerHitRow[] } {
      if (words.length === 0) return { total: 0, rows: [] };
      const long = words.filter((w) => w.length >= 3);
      const short = words.filter((w) => w.length < 3);
      const where = [
        ...(long.length > 0 ? ['c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)'] : []),
        ...(short.length > 0 ? [likeAll(short, 'c.search_text')] : []),
      ].join(' AND ');
      const params = [...(long.length > 0 ? [long.map(ftsWord).join(' AND ')] : []), ...short.map(likeWord)];
      const total = (prepared(`SELECT count(*) AS n FROM customers c WHERE ${where}`).get(...params) as { n: number }).n;
      const rows = prepared(`SELECT c.id, c.name, c.org_nr, c.legal_form, c.visiting_city, c.archived_at FROM customers c WHERE ${where}
        ORDER BY c.archived_at IS NOT NULL, c.sort_key, c.id LIMIT ?`).all(...params, limit) as CustomerHitRow[];
      return { total, rows };
    },
    activities: (words: readonly string[]) => small<ActivityHitRow>('activities', 'id, name, ref_no, owner, status', words),
    services: (words: readonly string[]) => small<ServiceHitRow>('services', 'id, name, subject_matter, status', words),
    subprocessors: (words: readonly string[]) =>
      small<SubprocessorHitRow>('subprocessors', 'id, name, org_nr, country, status, location_kind, region_name, region_in_eea', words),
    systems: (words: readonly string[]) =>
      small<SystemHitRow>('systems', 'id, name, kind, country, location, location_kind, region_name, region_in_eea', words),
    /** Matching requests, the latest received first; and how many match in all. */
    requests(words: readonly string[], limit: number): { total: number; rows: RequestHitRow[] } {
      if (words.length === 0) return { total: 0, rows: [] };
      const where = likeAll(words, 'r.search_text');
      const params = words.map(likeWord);
      const total = (prepared(`SELECT count(*) AS n FROM dsr_requests r WHERE ${where}`).get(...params) as { n: number }).n;
      const rows = prepared(`SELECT r.id, r.requester_name, r.right, r.received_on, r.status, c.name AS customer_name
        FROM dsr_requests r LEFT JOIN customers c ON c.id = r.customer_id WHERE ${where}
        ORDER BY r.received_on DESC, r.id DESC LIMIT ?`).all(...params, limit) as RequestHitRow[];
      return { total, rows };
    },
    /** Matching breaches, the latest discovered first; and how many match in all. */
    breaches(words: readonly string[], limit: number): { total: number; rows: BreachHitRow[] } {
      if (words.length === 0) return { total: 0, rows: [] };
      const where = likeAll(words, 'search_text');
      const params = words.map(likeWord);
      const total = (prepared(`SELECT count(*) AS n FROM breaches WHERE ${where}`).get(...params) as { n: number }).n;
      const rows = prepared(`SELECT id, title, our_role, discovered_at, closed_on FROM breaches WHERE ${where}
        ORDER BY discovered_at DESC, id DESC LIMIT ?`).all(...params, limit) as BreachHitRow[];
      return { total, rows };
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
