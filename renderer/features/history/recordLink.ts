import type { HistoryEntry, HistoryKind } from '../../../shared/contract';
import { paths } from '../../app/paths';

// Where the page of an entry's record is. Built from paths.ts rather than the manifests' search
// hits: those cover six kinds, and reading them here would make the manifests import each other.
// A record that belongs to a customer (a contact person, a site, a subscription) opens its customer.

type Target = Pick<HistoryEntry, 'kind' | 'recordId' | 'parentKind' | 'parentId'>;

const OWN: Partial<Record<HistoryKind, (id: number) => string>> = {
  customer: paths.customers.one,
  activity: paths.activities.one,
  service: paths.services.one,
  subprocessor: paths.subprocessors.one,
  system: paths.systems.one,
  agreement: paths.agreements.one,
  equipment: paths.equipment.one,
  changeNotice: paths.changeNotices.one,
  dsrRequest: paths.requests.one,
  breach: paths.breaches.one,
};

const AREA: Partial<Record<HistoryKind, string>> = {
  organisation: paths.organisation,
  securityMeasure: paths.measures,
  retentionRule: paths.retention,
  legalHold: paths.retention,
  vocabularyTerm: paths.vocabularies,
  agreementTemplate: paths.agreements.template,
  privacyNotice: paths.documents,
  noticeLetter: paths.changeNotices.letter,
};

/** The page showing the record, or null when there is none to open. */
export function recordPath(entry: Target): string | null {
  const own = OWN[entry.kind];
  if (own && entry.recordId !== null) return own(entry.recordId);
  if (entry.parentKind === 'customer' && entry.parentId !== null) return paths.customers.one(entry.parentId);
  if (entry.parentKind === 'changeNotice' && entry.parentId !== null) return paths.changeNotices.one(entry.parentId);
  return AREA[entry.kind] ?? null;
}
