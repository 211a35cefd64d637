// Customer sites and equipment, the CMDB (issue 6).
import { z } from 'zod';
import { ENCRYPTION_STATES, EQUIPMENT_STATUSES, EQUIPMENT_TYPES } from '../domain/enums';
import {
  id,
  isoDate,
  isoDateTime,
  optionalDate,
  optionalEmail,
  optionalPhone,
  paging,
  requiredText,
  revision,
  sortDirection,
  text,
} from './common';

const ref = z.object({ id, revision });

// ---------------------------------------------------------------------------------------------
// Sites: where a customer has equipment (an office, a server room, a branch).

export const siteFields = z.object({
  name: requiredText(200),
  street: text(200),
  postalCode: text(20),
  city: text(100),
  accessNotes: text(2000),
  contactName: text(200),
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  closedOn: optionalDate,
});
export type SiteFields = z.input<typeof siteFields>;

export const emptySite: SiteFields = {
  name: '',
  street: '',
  postalCode: '',
  city: '',
  accessNotes: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  closedOn: null,
};

export const site = z.object({
  id,
  revision,
  customerId: id,
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  accessNotes: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  closedOn: z.string().nullable(),
  /** Devices whose current place is this site, removed ones included. */
  equipmentCount: z.number().int(),
  /** Of those, the ones not removed. */
  activeEquipmentCount: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Site = z.output<typeof site>;

// ---------------------------------------------------------------------------------------------
// Equipment: a device the firm has placed at (or manages for) a customer.

export const equipmentType = z.enum(EQUIPMENT_TYPES);
export const equipmentStatus = z.enum(EQUIPMENT_STATUSES);
export const encryptionState = z.enum(ENCRYPTION_STATES);

/** Services one device may serve at most. */
export const MAX_EQUIPMENT_SERVICES = 50;

function datesParsed(payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }): boolean {
  if (typeof payload.value !== 'object' || payload.value === null) return false;
  return !payload.issues.some((i) => !i.path?.length || ['installedOn', 'removedOn', 'status'].includes(String(i.path[0])));
}

/** What the equipment form edits. The site changes only by a move (equipment.move), which keeps the history. */
export const equipmentFields = z
  .object({
    type: equipmentType,
    make: text(100),
    model: text(200),
    serialNumber: text(100),
    hostname: text(253),
    /** IP addresses, VLAN, ports: how it is reached. */
    networkNotes: text(2000),
    /** What personal data the device holds (e.g. "Kamerabilder från entrén, sparas 14 dagar"). */
    personalData: text(2000),
    encrypted: encryptionState,
    serviceIds: z.array(id).max(MAX_EQUIPMENT_SERVICES, { error: 'v.tooMany' }),
    installedOn: optionalDate,
    removedOn: optionalDate,
    status: equipmentStatus,
    notes: text(5000),
  })
  // Cross-field rules run even when other fields are invalid, so a form shows every problem at once.
  .refine((e) => !(e.installedOn && e.removedOn && e.removedOn < e.installedOn), {
    path: ['removedOn'],
    message: 'v.equipment.removedBeforeInstalled',
    when: datesParsed,
  })
  .refine((e) => !(e.status === 'removed' && !e.removedOn), {
    path: ['removedOn'],
    message: 'v.equipment.removedOnRequired',
    when: datesParsed,
  });
export type EquipmentFields = z.input<typeof equipmentFields>;

export const emptyEquipment: EquipmentFields = {
  type: 'server',
  make: '',
  model: '',
  serialNumber: '',
  hostname: '',
  networkNotes: '',
  personalData: '',
  encrypted: 'unknown',
  serviceIds: [],
  installedOn: null,
  removedOn: null,
  status: 'in_use',
  notes: '',
};

export const equipmentMove = z.object({
  id,
  fromSiteId: id.nullable(),
  /** The site's name when the move was recorded, kept if the site is later renamed or deleted. */
  fromSiteName: z.string(),
  toSiteId: id.nullable(),
  toSiteName: z.string(),
  movedOn: z.string(),
  note: z.string(),
  createdAt: isoDateTime,
});
export type EquipmentMove = z.output<typeof equipmentMove>;

const equipmentCommon = {
  id,
  revision,
  customerId: id,
  customerName: z.string(),
  siteId: id.nullable(),
  siteName: z.string(),
  /** A short name for lists and messages: the hostname, else make and model, else the serial number ('' when none). */
  name: z.string(),
  type: equipmentType,
  make: z.string(),
  model: z.string(),
  serialNumber: z.string(),
  hostname: z.string(),
  encrypted: encryptionState,
  installedOn: z.string().nullable(),
  removedOn: z.string().nullable(),
  status: equipmentStatus,
};

export const equipmentSummary = z.object(equipmentCommon);
export type EquipmentSummary = z.output<typeof equipmentSummary>;

export const equipment = z.object({
  ...equipmentCommon,
  networkNotes: z.string(),
  personalData: z.string(),
  notes: z.string(),
  serviceIds: z.array(id),
  /** The linked services with their names, in Swedish order. */
  services: z.array(z.object({ id, name: z.string() })),
  /** Where the device has been, oldest first; the first row is where it was placed. */
  moves: z.array(equipmentMove),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Equipment = z.output<typeof equipment>;

export const EQUIPMENT_SORT_FIELDS = ['placement', 'hostname', 'make', 'type', 'serialNumber', 'status', 'installedOn'] as const;
export type EquipmentSortField = (typeof EQUIPMENT_SORT_FIELDS)[number];

export const equipmentListInput = z.object({
  /** Matches make, model, serial number, hostname, network notes, type, site and customer; diacritics and case ignored. */
  query: z.string().max(200).default(''),
  customerId: id.optional(),
  siteId: id.optional(),
  type: equipmentType.optional(),
  status: equipmentStatus.optional(),
  /** `placement`: customer, then site, then device (the CMDB screen's order). */
  sort: z.enum(EQUIPMENT_SORT_FIELDS).default('placement'),
  direction: sortDirection.default('asc'),
  ...paging,
});
export type EquipmentListInput = z.input<typeof equipmentListInput>;

export const equipmentList = z.object({
  total: z.number().int(),
  /** True when `total` stopped at the cap (a one- or two-letter search): type more to narrow the list. */
  totalIsCapped: z.boolean(),
  items: z.array(equipmentSummary),
});

export const siteMethods = {
  /** The customer's sites in Swedish order, with how many devices stand at each. */
  'sites.list': { input: z.object({ customerId: id }), output: z.array(site) },
  'sites.create': { changes: ['sites'], input: z.object({ customerId: id, fields: siteFields }), output: site },
  'sites.update': { changes: ['sites'], input: ref.extend({ fields: siteFields }), output: site },
  /** Refused with IN_USE while equipment stands at the site: move or delete it first, or close the site. */
  'sites.delete': { changes: ['sites', 'equipment', 'breaches'], input: ref, output: z.object({ id }) },

  'equipment.list': { input: equipmentListInput, output: equipmentList },
  'equipment.get': { input: z.object({ id }), output: equipment },
  /** With a site, the first placement is written to the move history. */
  'equipment.create': {
    changes: ['equipment'],
    input: z.object({ customerId: id, siteId: id.nullable(), fields: equipmentFields }),
    output: equipment,
  },
  'equipment.update': { changes: ['equipment'], input: ref.extend({ fields: equipmentFields }), output: equipment },
  'equipment.delete': { changes: ['equipment', 'breaches'], input: ref, output: z.object({ id }) },
  /** To another of the customer's sites (or to none, e.g. back to the firm's own store), keeping the history. */
  'equipment.move': {
    changes: ['equipment'],
    input: ref.extend({ toSiteId: id.nullable(), movedOn: isoDate, note: text(500) }),
    output: equipment,
  },
} as const;
