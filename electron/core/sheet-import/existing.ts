// What the register already holds, by the keys an import row is matched with: organisation number
// first, then the name folded (case, diacritics, punctuation), within its parent where it has one
// (a site within its customer). Read once per preview, in one read.
import type { VocabularyKind } from '../../../shared/domain/enums';
import type { Db } from '../db/types';
import type { RefTarget } from './model';
import type { ImportTarget } from '../../../shared/contract';
import { fold } from './values';

export type IndexTarget = ImportTarget | RefTarget;

export interface Known {
  id: number;
  name: string;
}

/** The keys a record is known by: 'o:<orgNr>' and 'n:<parent>|<name>' (folded). */
export function matchKeysOf(keys: { orgNr?: string; name: string; parent?: string }): string[] {
  const out: string[] = [];
  if (keys.orgNr) out.push(`o:${keys.orgNr.replace(/\D/g, '')}`);
  if (keys.name.trim()) out.push(`n:${keys.parent ? `${fold(keys.parent)}|` : ''}${fold(keys.name)}`);
  return out;
}

export interface ExistingIndex {
  find(target: IndexTarget, keys: { orgNr?: string; name: string; parent?: string }): (Known & { by: 'orgNr' | 'name' }) | null;
  term(kind: VocabularyKind, label: string): number | null;
}

interface Row {
  id: number;
  name: string;
  name2?: string | null;
  org_nr?: string | null;
  parent?: string | null;
  /** The parent's organisation number, which a row may name it by instead. */
  parent2?: string | null;
}

const QUERIES: Record<IndexTarget, string> = {
  customers: 'SELECT id, name, org_nr FROM customers',
  subprocessors: 'SELECT id, name, org_nr FROM subprocessors',
  systems: 'SELECT id, name FROM systems',
  services: 'SELECT id, name FROM services',
  activities: 'SELECT id, name, name_en AS name2 FROM activities',
  retentionRules: 'SELECT id, name_sv AS name, name_en AS name2 FROM retention_rules',
  measures: 'SELECT id, label_sv AS name, label_en AS name2 FROM security_measures',
  subscriptions:
    'SELECT s.id, v.name AS name, c.name AS parent, c.org_nr AS parent2 FROM subscriptions s JOIN services v ON v.id = s.service_id JOIN customers c ON c.id = s.customer_id',
  sites: 'SELECT s.id, s.name, c.name AS parent FROM sites s JOIN customers c ON c.id = s.customer_id',
  equipment: `SELECT e.id, CASE WHEN e.serial_number <> '' THEN e.serial_number ELSE e.hostname END AS name, c.name AS parent
              FROM equipment e JOIN customers c ON c.id = e.customer_id`,
};

export function readExisting(db: Db): ExistingIndex {
  const maps = new Map<IndexTarget, Map<string, Known>>();
  for (const [target, sql] of Object.entries(QUERIES) as [IndexTarget, string][]) {
    const map = new Map<string, Known>();
    for (const r of db.prepare(sql).all() as Row[]) {
      const known = { id: r.id, name: r.name };
      for (const name of [r.name, r.name2]) {
        if (!name) continue;
        for (const parent of [r.parent, r.parent2]) {
          if (parent === '') continue;
          for (const key of matchKeysOf({ orgNr: r.org_nr ?? undefined, name, parent: parent ?? undefined })) {
            if (!map.has(key)) map.set(key, known);
          }
        }
      }
    }
    maps.set(target, map);
  }
  const terms = new Map<string, number>();
  for (const t of db.prepare('SELECT id, kind, label_sv, label_en FROM vocabulary_terms WHERE archived_at IS NULL').all() as {
    id: number;
    kind: string;
    label_sv: string;
    label_en: string;
  }[]) {
    for (const label of [t.label_sv, t.label_en]) {
      const key = `${t.kind}|${fold(label)}`;
      if (label && !terms.has(key)) terms.set(key, t.id);
    }
  }
  return {
    find(target, keys) {
      const map = maps.get(target);
      if (!map) return null;
      for (const key of matchKeysOf(keys)) {
        const hit = map.get(key);
        if (hit) return { ...hit, by: key.startsWith('o:') ? 'orgNr' : 'name' };
      }
      return null;
    },
    term: (kind, label) => terms.get(`${kind}|${fold(label)}`) ?? null,
  };
}
