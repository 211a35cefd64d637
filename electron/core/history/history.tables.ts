import type { HistoryKind } from '../../../shared/contract';

// Which record of the history each table's rows belong to. A record is one row of its kind's
// own table plus the rows of its lists (child tables). Every table of the schema is either here
// or in UNTRACKED_TABLES with the reason: a test fails for a new table that is in neither.

type Row = Record<string, unknown>;
/** A record's name by kind and id (its row may be gone already: the lookup also sees what this change deleted). */
export type NameLookup = (kind: HistoryKind, id: unknown) => string;

export interface RecordTable {
  kind: HistoryKind;
  /** Singletons (the organisation, the template, the privacy notice) have one record with this id. */
  singleton?: number;
  /** The record it belongs to, e.g. a site's customer. */
  parent?: { column: string; kind: HistoryKind };
  name(row: Row, lookup: NameLookup): string;
}

export interface ListTable {
  kind: HistoryKind;
  /** The column holding the owning record's id; singletons name the id instead. */
  owner: string | number;
  /** The list's name in the history (camelCase, as the contract calls it). */
  list: string;
  /** How an item of the list reads in the history: "Kunder", "Backup", "Rensas efter ett år". */
  label(row: Row, lookup: NameLookup): string;
}

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const join = (...parts: unknown[]) =>
  parts
    .map(str)
    .filter((p) => p !== '')
    .join(' · ');

export const RECORD_TABLES: Record<string, RecordTable> = {
  organisation: { kind: 'organisation', singleton: 1, name: (r) => str(r.name) },
  customers: { kind: 'customer', name: (r) => str(r.name) },
  contact_persons: { kind: 'contactPerson', parent: { column: 'customer_id', kind: 'customer' }, name: (r) => str(r.name) },
  activities: { kind: 'activity', name: (r) => join(r.ref_no, r.name) },
  services: { kind: 'service', name: (r) => str(r.name) },
  subscriptions: {
    kind: 'subscription',
    parent: { column: 'customer_id', kind: 'customer' },
    name: (r, lookup) => join(lookup('customer', r.customer_id), lookup('service', r.service_id)),
  },
  subprocessors: { kind: 'subprocessor', name: (r) => str(r.name) },
  systems: { kind: 'system', name: (r) => str(r.name) },
  security_measures: { kind: 'securityMeasure', name: (r) => join(r.code, r.label_sv) },
  retention_rules: { kind: 'retentionRule', name: (r) => str(r.name_sv) },
  retention_events: { kind: 'retentionEvent', name: (r) => str(r.label_sv) },
  vocabulary_terms: { kind: 'vocabularyTerm', name: (r) => str(r.label_sv) },
  agreement_template: { kind: 'agreementTemplate', singleton: 1, name: () => '' },
  agreements: {
    kind: 'agreement',
    parent: { column: 'customer_id', kind: 'customer' },
    name: (r, lookup) => join(lookup('customer', r.customer_id), `v${str(r.version)}`),
  },
  privacy_notice: { kind: 'privacyNotice', singleton: 1, name: () => '' },
  sites: { kind: 'site', parent: { column: 'customer_id', kind: 'customer' }, name: (r) => str(r.name) },
  equipment: {
    kind: 'equipment',
    parent: { column: 'customer_id', kind: 'customer' },
    name: (r) => str(r.hostname) || str(r.serial_number) || join(r.make, r.model),
  },
  legal_holds: { kind: 'legalHold', name: (r) => str(r.reason).slice(0, 120) },
  change_notices: { kind: 'changeNotice', name: (r) => str(r.change_sv).slice(0, 120) },
  change_notice_customers: {
    kind: 'noticeRecipient',
    parent: { column: 'change_notice_id', kind: 'changeNotice' },
    name: (r, lookup) => lookup('customer', r.customer_id),
  },
  notice_letter: { kind: 'noticeLetter', singleton: 1, name: () => '' },
  // Named by right and date, never by the requester: the name stays in the history after a purge.
  dsr_requests: { kind: 'dsrRequest', name: (r) => join(r.received_on, r.right) },
  breaches: { kind: 'breach', name: (r) => str(r.title).slice(0, 120) },
  attention_dismissals: { kind: 'attentionDismissal', name: (r) => str(r.label).slice(0, 120) },
  attention_settings: { kind: 'attentionSettings', singleton: 1, name: () => '' },
};

export const LIST_TABLES: Record<string, ListTable> = {
  activity_purposes: { kind: 'activity', owner: 'activity_id', list: 'purposes', label: (r) => join(r.description, r.legal_basis) },
  activity_terms: { kind: 'activity', owner: 'activity_id', list: 'terms', label: (r, l) => l('vocabularyTerm', r.term_id) },
  activity_recipients: {
    kind: 'activity',
    owner: 'activity_id',
    list: 'recipients',
    label: (r, l) => str(r.name) || (r.term_id ? l('vocabularyTerm', r.term_id) : l('subprocessor', r.subprocessor_id)),
  },
  activity_transfers: {
    kind: 'activity',
    owner: 'activity_id',
    list: 'transfers',
    label: (r) => join(r.country, r.recipient, r.mechanism),
  },
  activity_systems: { kind: 'activity', owner: 'activity_id', list: 'systems', label: (r, l) => l('system', r.system_id) },
  activity_measures: { kind: 'activity', owner: 'activity_id', list: 'measures', label: (r, l) => l('securityMeasure', r.measure_id) },
  activity_retention: {
    kind: 'activity',
    owner: 'activity_id',
    list: 'retention',
    label: (r, l) => join(r.term_id ? l('vocabularyTerm', r.term_id) : '', l('retentionRule', r.retention_rule_id)),
  },
  service_terms: { kind: 'service', owner: 'service_id', list: 'terms', label: (r, l) => l('vocabularyTerm', r.term_id) },
  service_subprocessors: {
    kind: 'service',
    owner: 'service_id',
    list: 'subprocessors',
    label: (r, l) => l('subprocessor', r.subprocessor_id),
  },
  service_systems: { kind: 'service', owner: 'service_id', list: 'systems', label: (r, l) => l('system', r.system_id) },
  service_measures: { kind: 'service', owner: 'service_id', list: 'measures', label: (r, l) => l('securityMeasure', r.measure_id) },
  subscription_term_changes: {
    kind: 'subscription',
    owner: 'subscription_id',
    list: 'termChanges',
    label: (r, l) => join(r.change, l('vocabularyTerm', r.term_id)),
  },
  subscription_subprocessor_changes: {
    kind: 'subscription',
    owner: 'subscription_id',
    list: 'subprocessorChanges',
    label: (r, l) => join(r.change, l('subprocessor', r.subprocessor_id)),
  },
  retention_rule_targets: { kind: 'retentionRule', owner: 'retention_rule_id', list: 'targets', label: (r) => str(r.record_kind) },
  agreement_clauses: { kind: 'agreementTemplate', owner: 1, list: 'clauses', label: (r) => str(r.title_sv) },
  agreement_attachments: { kind: 'agreement', owner: 'agreement_id', list: 'attachments', label: (r) => str(r.file_name) },
  privacy_notice_sections: { kind: 'privacyNotice', owner: 1, list: 'sections', label: (r) => str(r.title_sv) },
  privacy_notice_exclusions: { kind: 'privacyNotice', owner: 1, list: 'excludedActivities', label: (r, l) => l('activity', r.activity_id) },
  privacy_notice_inclusions: { kind: 'privacyNotice', owner: 1, list: 'includedDrafts', label: (r, l) => l('activity', r.activity_id) },
  privacy_notice_cookies: { kind: 'privacyNotice', owner: 1, list: 'cookies', label: (r) => str(r.name) },
  privacy_notice_retention_order: {
    kind: 'privacyNotice',
    owner: 1,
    list: 'retentionOrder',
    label: (r, l) => join(str(r.position), l('retentionRule', r.retention_rule_id)),
  },
  agreement_variants: { kind: 'agreement', owner: 'agreement_id', list: 'languageVariants', label: (r) => str(r.lang) },
  change_notice_services: {
    kind: 'changeNotice',
    owner: 'change_notice_id',
    list: 'services',
    label: (r, l) => l('service', r.service_id),
  },
  dsr_request_activities: {
    kind: 'dsrRequest',
    owner: 'dsr_request_id',
    list: 'activities',
    label: (r, l) => l('activity', r.activity_id),
  },
  dsr_request_systems: { kind: 'dsrRequest', owner: 'dsr_request_id', list: 'systems', label: (r, l) => l('system', r.system_id) },
  breach_terms: { kind: 'breach', owner: 'breach_id', list: 'terms', label: (r, l) => l('vocabularyTerm', r.term_id) },
  breach_customers: {
    kind: 'breach',
    owner: 'breach_id',
    list: 'customers',
    label: (r, l) => join(l('customer', r.customer_id), r.notified_at),
  },
  breach_services: { kind: 'breach', owner: 'breach_id', list: 'services', label: (r, l) => l('service', r.service_id) },
  breach_systems: { kind: 'breach', owner: 'breach_id', list: 'systems', label: (r, l) => l('system', r.system_id) },
  breach_sites: { kind: 'breach', owner: 'breach_id', list: 'sites', label: (r, l) => l('site', r.site_id) },
  breach_equipment: { kind: 'breach', owner: 'breach_id', list: 'equipment', label: (r, l) => l('equipment', r.equipment_id) },
  breach_supplements: { kind: 'breach', owner: 'breach_id', list: 'supplements', label: (r) => join(r.at, str(r.summary).slice(0, 80)) },
  breach_reports: { kind: 'breach', owner: 'breach_id', list: 'otherReports', label: (r) => join(r.authority, r.at, r.reference) },
  equipment_services: { kind: 'equipment', owner: 'equipment_id', list: 'services', label: (r, l) => l('service', r.service_id) },
  equipment_moves: {
    kind: 'equipment',
    owner: 'equipment_id',
    list: 'moves',
    label: (r) => join(r.moved_on, `${str(r.from_site_name)} → ${str(r.to_site_name)}`),
  },
};

/** Tables the history does not follow, and why. */
export const UNTRACKED_TABLES: Record<string, string> = {
  history: 'the history itself',
  deletion_log: 'the purge log: written with the purge, whose facts the history keeps as redaction entries',
};

/**
 * Columns derived from others (search text, sort keys). The history does not keep them: they
 * repeat personal data (a customer's search text holds its contact persons' names) that a purge
 * must be able to remove from the record they belong to. A restore derives them again.
 */
export const DERIVED_COLUMNS = new Set(['search_text', 'sort_key']);

/** Columns that change with every save or are derived from other columns: not shown as changes. */
export const QUIET_COLUMNS = new Set(['id', 'revision', 'created_at', 'updated_at', 'search_text', 'sort_key']);

/** The table that holds a kind's own rows. */
export const TABLE_OF_KIND = Object.fromEntries(Object.entries(RECORD_TABLES).map(([table, t]) => [t.kind, table])) as Partial<
  Record<HistoryKind, string>
>;
