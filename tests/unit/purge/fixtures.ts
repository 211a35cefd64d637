import type { Core } from '../../../electron/core/core';
import type { CustomerFields, RetentionRuleFields } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';

/** The day the purge tests are run on. */
export const PURGE_DAY = '2027-06-01';
export const PURGE_NOW = new Date('2027-06-01T10:00:00.000Z');

/** Unique strings that must be gone from the file once purged. */
export const MARKERS = { person: 'Qxzpersonmarker', note: 'QXZNOTEMARKER', network: 'QXZNETMARKER' } as const;

export function ruleInput(patch: Partial<RetentionRuleFields> & Pick<RetentionRuleFields, 'nameSv'>): RetentionRuleFields {
  return {
    nameEn: '',
    storageLocation: '',
    purpose: '',
    anchorKind: 'event',
    anchorEvent: 'contract_ended',
    roundAnchorTo: 'none',
    duration: 'P1Y',
    inclusive: false,
    backupLag: null,
    action: 'delete',
    legalMinimumDuration: null,
    legalMinimumSource: '',
    legalBasisRef: '',
    legalHoldAllowed: true,
    policySv: '',
    policyEn: '',
    appliesTo: [],
    ...patch,
  };
}

export function customerInput(name: string, patch: Partial<CustomerFields> = {}): CustomerFields {
  return { ...blankCustomer, name, ...patch };
}

const device = (patch: Record<string, unknown> = {}) => ({
  type: 'server' as const,
  make: 'Dell',
  model: 'PowerEdge T150',
  serialNumber: '',
  hostname: '',
  networkNotes: '',
  personalData: '',
  encrypted: 'unknown' as const,
  serviceIds: [],
  installedOn: null,
  removedOn: null,
  status: 'in_use' as const,
  notes: '',
  ...patch,
});

const siteInput = (name: string, patch: Record<string, unknown> = {}) => ({
  name,
  street: '',
  postalCode: '',
  city: '',
  accessNotes: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  closedOn: null,
  ...patch,
});

export async function addSite(core: Core, customerId: number, name: string, patch: Record<string, unknown> = {}) {
  return ok(core, 'sites.create', { customerId, fields: siteInput(name, patch) });
}

export async function addDevice(core: Core, customerId: number, siteId: number | null, patch: Record<string, unknown> = {}) {
  return ok(core, 'equipment.create', { customerId, siteId, fields: device(patch) });
}

/**
 * A register on 2027-06-01 with three rules for its own records and four customers:
 * - CMDB (equipment): deleted one year after the contract ended
 * - Kundplatser (sites): reviewed by hand one year after the contract ended
 * - Kontaktpersoner (contact persons): anonymised one year after the contract ended
 * - Gamla Tryckeriet AB ended 2026-05-15: everything of it is due on 2027-05-15
 * - Sommarkunden AB ended 2026-06-20: due on 2027-06-20, within 30 days
 * - Nya Kunden AB is active; Sena Kunden AB ended 2027-05-20 (due 2028)
 */
export async function purgeRegister() {
  const { core, dir, info } = await coreWithRegister({ now: PURGE_NOW });
  const rules = {
    cmdb: await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'CMDB', nameEn: 'CMDB', appliesTo: ['equipment'] })),
    sites: await ok(core, 'retentionRules.create', ruleInput({ nameSv: 'Kundplatser', action: 'review', appliesTo: ['site'] })),
    contacts: await ok(
      core,
      'retentionRules.create',
      ruleInput({ nameSv: 'Kontaktpersoner', action: 'anonymise', appliesTo: ['contact_person'] }),
    ),
  };
  const ended = (contractEnd: string) => ({ status: 'ended' as const, contractStart: '2020-01-01', contractEnd });
  const contact = (name: string, email: string) => ({ name, role: 'VD', email, phone: '021-12 34 56' });
  const old = await ok(
    core,
    'customers.create',
    customerInput('Gamla Tryckeriet AB', {
      ...ended('2026-05-15'),
      contactPersons: [contact(`Bengt ${MARKERS.person}`, 'bengt@tryckeriet.se'), contact('Karin Berg', 'karin@tryckeriet.se')],
    }),
  );
  const summer = await ok(
    core,
    'customers.create',
    customerInput('Sommarkunden AB', { ...ended('2026-06-20'), contactPersons: [contact('Sara Ek', 'sara@sommar.se')] }),
  );
  const active = await ok(
    core,
    'customers.create',
    customerInput('Nya Kunden AB', { contactPersons: [contact('Per Nilsson', 'per@nya.se')] }),
  );
  const late = await ok(core, 'customers.create', customerInput('Sena Kunden AB', ended('2027-05-20')));

  const oldSite = await addSite(core, old.id, 'Tryckeriet, källaren', { accessNotes: 'Portkod 1234', contactName: 'Bengt' });
  const oldServer = await addDevice(core, old.id, oldSite.id, {
    hostname: 'tryck-srv01',
    serialNumber: 'SN-OLD-1',
    notes: `Larmkod ${MARKERS.note}`,
    networkNotes: `VLAN 10 ${MARKERS.network}`,
  });
  const oldNas = await addDevice(core, old.id, oldSite.id, { type: 'nas', make: 'Synology', model: 'DS220+', personalData: 'Lönefiler' });
  const summerDevice = await addDevice(core, summer.id, null, { hostname: 'sommar-fw', type: 'firewall' });
  const activeDevice = await addDevice(core, active.id, null, { hostname: 'nya-srv' });
  const lateDevice = await addDevice(core, late.id, null, { hostname: 'sena-srv' });
  return {
    core,
    dir,
    path: info.path,
    rules,
    customers: { old, summer, active, late },
    oldSite,
    devices: { oldServer, oldNas, summerDevice, activeDevice, lateDevice },
  };
}
