// How the register's tables map onto the portable file: which zod schema checks each table's rows,
// in which order the tables appear, and whether every table of the schema has a portable schema.
import { z } from 'zod';
import {
  activityFields,
  agreementFields,
  attentionMethods,
  breachFields,
  breachReport,
  breachSupplement,
  clauseFields,
  contactPersonInput,
  customerFields,
  dsrRequestFields,
  equipmentFields,
  legalHoldFields,
  organisationFields,
  portableTables,
  privacyNoticeFields,
  privacyNoticeSectionInput,
  noticeCookieInput,
  purposeInput,
  recipientInput,
  retentionRuleFields,
  securityMeasureFields,
  serviceFields,
  siteFields,
  subprocessorFields,
  subscriptionFields,
  systemFields,
  transferInput,
  vocabularyTermFields,
  type PortableTableName,
} from '../../../shared/contract';
import { requestClock } from '../../../shared/deadlines';
import { searchText as activitySearchText } from '../activities/activities.service';
import { breachSearchText } from '../breaches/breach-text';
import { customerSearchText } from '../customers/customer-text';
import { requestSearchText } from '../requests/request-text';
import { serviceSearchText } from '../services/service-text';
import { equipmentSearchText, equipmentSortKey, type DeviceText } from '../sites/equipment-text';
import { searchText as subprocessorSearchText } from '../subprocessors/subprocessors.service';
import { systemSearchText, type SystemText } from '../systems/system-text';
import { swedishSortKey } from '../text';
import type { ColumnInfo, TableInfo } from './portable.repo';

export const APPLICATION_NAME = 'Förteckna';

const ORDER = Object.keys(portableTables);

const isPortableTable = (key: string): key is PortableTableName => Object.hasOwn(portableTables, key);

/** Tables in file order: as declared in the contract (parents first), then any others by name. */
export function inFileOrder(tables: TableInfo[]): TableInfo[] {
  const rank = (t: TableInfo) => (isPortableTable(t.key) ? ORDER.indexOf(t.key) : ORDER.length);
  return [...tables].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

/**
 * Where the schema and the portable schemas disagree: a table or column without a portable schema,
 * or a portable schema for something the register does not have. Empty when they match.
 */
export function coverageProblems(tables: TableInfo[]): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    if (!isPortableTable(table.key)) {
      problems.push(`table ${table.name} has no portable schema (shared/contract/portable.ts)`);
      continue;
    }
    const shape = portableTables[table.key].shape as Record<string, z.ZodType>;
    const columns = table.columns.map((c) => c.key);
    for (const key of columns) if (!Object.hasOwn(shape, key)) problems.push(`column ${table.name}.${key} has no portable schema`);
    for (const key of Object.keys(shape))
      if (!columns.includes(key)) problems.push(`portable schema ${table.key}.${key} is not a column of ${table.name}`);
  }
  const present = new Set(tables.map((t) => t.key));
  for (const key of ORDER) if (!present.has(key)) problems.push(`portable schema ${key} is not a table of the register`);
  return problems;
}

/** A column that has no schema of its own (a table or column of an older schema version, since removed). */
function genericColumn(column: ColumnInfo): z.ZodType {
  const base =
    column.type === 'INTEGER'
      ? z.int()
      : column.type === 'REAL'
        ? z.number()
        : column.type === 'BLOB'
          ? z.base64()
          : column.type === 'TEXT'
            ? z.string()
            : z.union([z.string(), z.number()]);
  return column.notNull ? base : base.nullable();
}

/** The schema that checks one row of `table` (at the file's schema version). */
export function rowSchema(table: TableInfo): z.ZodType {
  const known = isPortableTable(table.key) ? (portableTables[table.key].shape as Record<string, z.ZodType>) : {};
  const columns = table.columns.map((c) => c.key);
  if (isPortableTable(table.key) && columns.length === Object.keys(known).length && columns.every((key) => Object.hasOwn(known, key))) {
    return portableTables[table.key];
  }
  return z.strictObject(
    Object.fromEntries(table.columns.map((c) => [c.key, Object.hasOwn(known, c.key) ? known[c.key]! : genericColumn(c)])),
  );
}

// ---------------------------------------------------------------------------------------------
// What the app itself would save. The row schemas above check the columns' types; a record must
// also pass the field schema the app saves it with (lengths, required names, organisationsnummer,
// e-mail addresses), unchanged, or the import would hold what no user could have entered.

type Row = Record<string, unknown>;

export interface RecordFields {
  /** The contract's schema for saving a record of this table. */
  schema: z.ZodObject;
  /** Columns held elsewhere in the schema (column key → dotted field path); the others by their own name. */
  at?: Record<string, string>;
  /** Only rows the app validates (the organisation once its profile is saved). */
  when?: (row: Row) => boolean;
  /** Child tables that fill a list of the record, which the app saves at most `max` of (read from the schema). */
  lists?: Record<string, { table: PortableTableName; by?: string }>;
}

const address = (prefix: string) =>
  Object.fromEntries(
    ['street', 'postalCode', 'city', 'country'].map((k) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, `${prefix}Address.${k}`]),
  );
const contactAt = (prefix: string, field: string, parts: string[]) =>
  Object.fromEntries(parts.map((k) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, `${field}.${k}`]));

export const RECORD_FIELDS: Partial<Record<PortableTableName, RecordFields>> = {
  organisation: {
    schema: organisationFields,
    at: {
      street: 'address.street',
      postalCode: 'address.postalCode',
      city: 'address.city',
      country: 'address.country',
      ...contactAt('dpo', 'dpo', ['name', 'email', 'phone']),
    },
    // A new register's profile is empty until the user saves it the first time.
    when: (row) => row.profileSaved === 1,
  },
  customers: {
    schema: customerFields,
    at: { ...address('visiting'), ...address('invoice'), ...contactAt('dpo', 'dpo', ['name', 'email', 'phone']) },
    lists: { contactPersons: { table: 'contactPersons', by: 'customerId' } },
  },
  contactPersons: { schema: contactPersonInput },
  vocabularyTerms: { schema: vocabularyTermFields },
  subprocessors: { schema: subprocessorFields },
  systems: { schema: systemFields },
  retentionRules: { schema: retentionRuleFields },
  securityMeasures: { schema: securityMeasureFields },
  activities: {
    schema: activityFields,
    lists: {
      purposes: { table: 'activityPurposes', by: 'activityId' },
      recipients: { table: 'activityRecipients', by: 'activityId' },
      transfers: { table: 'activityTransfers', by: 'activityId' },
    },
  },
  activityPurposes: { schema: purposeInput },
  activityRecipients: { schema: recipientInput },
  activityTransfers: { schema: transferInput },
  services: { schema: serviceFields },
  subscriptions: { schema: subscriptionFields },
  privacyNotice: {
    schema: privacyNoticeFields,
    lists: {
      sections: { table: 'privacyNoticeSections' },
      excludedActivityIds: { table: 'privacyNoticeExclusions' },
      cookieList: { table: 'privacyNoticeCookies' },
      includedDraftIds: { table: 'privacyNoticeInclusions' },
      retentionOrder: { table: 'privacyNoticeRetentionOrder' },
    },
  },
  privacyNoticeSections: { schema: privacyNoticeSectionInput },
  privacyNoticeCookies: { schema: noticeCookieInput },
  agreementClauses: { schema: clauseFields },
  agreements: {
    schema: agreementFields,
    at: {
      ...contactAt('processorSignatory', 'processorSignatory', ['name', 'title']),
      ...contactAt('controllerSignatory', 'controllerSignatory', ['name', 'title']),
    },
  },
  sites: { schema: siteFields },
  equipment: { schema: equipmentFields, lists: { serviceIds: { table: 'equipmentServices', by: 'equipmentId' } } },
  legalHolds: { schema: legalHoldFields, at: { retentionRuleId: 'ruleId' } },
  dsrRequests: {
    schema: dsrRequestFields,
    // A processor request keeps its log when its customer is removed (SET NULL), which no form can save.
    when: (row) => !(row.ourRole === 'processor' && row.customerId === null),
    lists: {
      activityIds: { table: 'dsrRequestActivities', by: 'dsrRequestId' },
      systemIds: { table: 'dsrRequestSystems', by: 'dsrRequestId' },
    },
  },
  // The terms (two lists in one table) and the customers (named or notified) are not counted here.
  breaches: {
    schema: breachFields,
    lists: {
      serviceIds: { table: 'breachServices', by: 'breachId' },
      systemIds: { table: 'breachSystems', by: 'breachId' },
      siteIds: { table: 'breachSites', by: 'breachId' },
      equipmentIds: { table: 'breachEquipment', by: 'breachId' },
      supplements: { table: 'breachSupplements', by: 'breachId' },
      otherReports: { table: 'breachReports', by: 'breachId' },
    },
  },
  breachSupplements: { schema: breachSupplement },
  breachReports: { schema: breachReport },
  // The answers to the attention list and the reminder days, as attention.dismiss and setSettings take them.
  attentionDismissals: { schema: attentionMethods['attention.dismiss'].input, at: { itemKey: 'key' } },
  attentionSettings: { schema: attentionMethods['attention.setSettings'].input },
};

/** The innermost schema of a field: through optional, nullable, default and the input side of a pipe. */
function baseOf(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function fieldAt(schema: z.ZodObject, fieldPath: readonly string[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of fieldPath) {
    const base: z.core.$ZodType | undefined = current && baseOf(current);
    if (!base || (base._zod.def as { type: string }).type !== 'object') return undefined;
    current = (base as z.ZodObject).shape[key];
  }
  return current;
}

/** At most how many items the array schema takes (z.array(…).max(n)), or null. */
function maxItems(schema: z.core.$ZodType | undefined): number | null {
  if (!schema) return null;
  const checks = (baseOf(schema)._zod.def as { checks?: { _zod: { def: { check?: string; maximum?: number } } }[] }).checks ?? [];
  const max = checks.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  return typeof max === 'number' ? max : null;
}

export interface FieldColumn {
  /** Column key in the file. */
  key: string;
  path: string[];
  /** From the column's value to the field's: a flag to a boolean, a JSON list in text to an array. */
  read: (value: unknown) => unknown;
}

export interface FieldPlan {
  fields: RecordFields;
  columns: FieldColumn[];
  /** Column key by dotted field path, to say which column a problem is in. */
  columnOf: Map<string, string>;
  /** Fields no column fills (the lists kept in child tables): given as empty lists. */
  emptyLists: string[];
  /** `by` is the column naming the record; without it (a singleton) every row of the table counts. */
  lists: { field: string; table: PortableTableName; by?: string; max: number }[];
}

const asIs = (value: unknown) => value;
const toBoolean = (value: unknown) => (value === 0 || value === 1 ? value === 1 : value);
const fromJsonList = (value: unknown) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/** How the columns of `table` fill the field schema of its records; null for tables the app saves no fields of. */
export function fieldPlan(table: TableInfo): FieldPlan | null {
  if (!isPortableTable(table.key)) return null;
  const fields = RECORD_FIELDS[table.key];
  if (!fields) return null;
  const columns: FieldColumn[] = [];
  const filled = new Set<string>();
  for (const column of table.columns) {
    const dotted = fields.at?.[column.key] ?? column.key;
    const path = dotted.split('.');
    const field = fieldAt(fields.schema, path);
    if (!field) continue;
    const type = (baseOf(field)._zod.def as { type: string }).type;
    columns.push({ key: column.key, path, read: type === 'boolean' ? toBoolean : type === 'array' ? fromJsonList : asIs });
    filled.add(path[0]!);
  }
  // Fields without a column are lists (child tables, filled below); a scalar field a file from
  // an older schema lacks takes the schema's default.
  const emptyLists = Object.keys(fields.schema.shape).filter(
    (key) => !filled.has(key) && (baseOf(fields.schema.shape[key]!)._zod.def as { type: string }).type === 'array',
  );
  const lists = Object.entries(fields.lists ?? {}).flatMap(([field, list]) => {
    const max = maxItems(fields.schema.shape[field]);
    return max === null ? [] : [{ field, ...list, max }];
  });
  return { fields, columns, columnOf: new Map(columns.map((c) => [c.path.join('.'), c.key])), emptyLists, lists };
}

/** The input the app's schema gets for a row: nested where the schema nests, lists empty. */
export function recordInput(plan: FieldPlan, row: Row): Row {
  const input: Row = {};
  for (const key of plan.emptyLists) input[key] = [];
  for (const column of plan.columns) {
    let target = input;
    for (const key of column.path.slice(0, -1)) target = (target[key] ??= {}) as Row;
    target[column.path[column.path.length - 1]!] = column.read(row[column.key]);
  }
  return input;
}

/** The value at a field path of a parsed record. */
export function valueAt(record: unknown, fieldPath: readonly string[]): unknown {
  let current = record;
  for (const key of fieldPath) current = (current as Row | undefined)?.[key];
  return current;
}

// ---------------------------------------------------------------------------------------------
// Derived columns: search text and sort keys are never taken from a file but derived again, by the
// same functions the services use when they save a record.

/** The rows of other tables a derivation needs: one by its id, or the children of a record in their order. */
export interface RowLookup {
  row(table: PortableTableName, id: unknown): Row | undefined;
  children(table: PortableTableName, by: string, id: unknown): Row[];
}

type Derive = (row: Row, rows: RowLookup) => Record<string, string>;
const as = <T>(value: Row | Row[]) => value as unknown as T;
const nameOf = (row: Row | undefined) => (typeof row?.name === 'string' ? row.name : '');

export const DERIVED_COLUMNS: Partial<Record<PortableTableName, Derive>> = {
  customers: (c, rows) => ({
    searchText: customerSearchText({
      name: c.name as string,
      orgNr: c.orgNr as string,
      visitingAddress: { city: c.visitingCity as string },
      contactPersons: as<{ name: string; email: string }[]>(rows.children('contactPersons', 'customerId', c.id)),
    }),
    sortKey: swedishSortKey(c.name as string),
  }),
  subprocessors: (s) => ({ searchText: subprocessorSearchText(as<Parameters<typeof subprocessorSearchText>[0]>(s)) }),
  systems: (s, rows) => ({ searchText: systemSearchText(as<SystemText>(s), nameOf(rows.row('subprocessors', s.subprocessorId))) }),
  activities: (a, rows) => ({
    searchText: activitySearchText({
      ...as<{ name: string; refNo: string; owner: string }>(a),
      purposes: as<{ description: string }[]>(rows.children('activityPurposes', 'activityId', a.id)),
    }),
  }),
  services: (s) => ({ searchText: serviceSearchText(as<Parameters<typeof serviceSearchText>[0]>(s)) }),
  // The deadline and target the register sorts by, from the receipt and the extension (Art. 12(3)),
  // and the search text as the requests service makes it.
  dsrRequests: (r, rows) => {
    const clock = requestClock({
      receivedOn: r.receivedOn as string,
      extensionNotifiedOn: r.extensionNotifiedOn as string | null,
      closedOn: null,
      on: r.receivedOn as string,
    });
    const searchText = requestSearchText({
      requesterName: String(r.requesterName ?? ''),
      requesterContact: String(r.requesterContact ?? ''),
      customerName: nameOf(rows.row('customers', r.customerId)),
      requestText: String(r.requestText ?? ''),
    });
    return { dueOn: clock.dueOn, targetOn: clock.targetOn, searchText };
  },
  // As the breaches service makes it: title, description, IMY's reference, the cause in both
  // languages and the customers named or reached through a site or device.
  breaches: (b, rows) => {
    const customerOf = (table: 'sites' | 'equipment', id: unknown) => rows.row(table, id)?.customerId;
    const customers = new Set([
      ...rows.children('breachCustomers', 'breachId', b.id).map((c) => c.customerId),
      ...rows.children('breachSites', 'breachId', b.id).map((x) => customerOf('sites', x.siteId)),
      ...rows.children('breachEquipment', 'breachId', b.id).map((x) => customerOf('equipment', x.equipmentId)),
    ]);
    const names = [...customers].map((id) => nameOf(rows.row('customers', id)));
    return { searchText: breachSearchText(as<Parameters<typeof breachSearchText>[0]>(b), names) };
  },
  equipment: (e, rows) => {
    const site = nameOf(rows.row('sites', e.siteId));
    const customer = nameOf(rows.row('customers', e.customerId));
    return {
      searchText: equipmentSearchText(as<DeviceText>(e), site, customer),
      sortKey: equipmentSortKey(as<DeviceText>(e), site, customer),
    };
  },
};
