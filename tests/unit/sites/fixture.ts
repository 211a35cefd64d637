// A small CMDB for the sites tests: customers, a service some of them subscribe to, and helpers
// that add sites and devices through the contract as the app would.
import type { Core } from '../../../electron/core/core';
import { emptyEquipment, emptyService, emptySite, type EquipmentFields, type SiteFields } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';

export async function cmdb() {
  const { core } = await coreWithRegister(); // today is 2026-11-22
  const customer = (name: string, city = '') =>
    ok(core, 'customers.create', { ...blankCustomer, name, visitingAddress: { ...blankCustomer.visitingAddress, city } });
  const service = (name: string) => ok(core, 'services.create', { ...emptyService, name, nature: ['storage'] });
  const subscribe = (customerId: number, serviceId: number, startDate = '2024-01-01', endDate: string | null = null) =>
    ok(core, 'subscriptions.create', {
      customerId,
      serviceId,
      startDate,
      endDate,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });
  const site = (customerId: number, fields: Partial<SiteFields> & { name: string }) =>
    ok(core, 'sites.create', { customerId, fields: { ...emptySite, ...fields } });
  const device = (customerId: number, siteId: number | null, fields: Partial<EquipmentFields> = {}) =>
    ok(core, 'equipment.create', { customerId, siteId, fields: { ...emptyEquipment, ...fields } });
  return { core, customer, service, subscribe, site, device };
}

export const equipmentFieldsOf = (e: {
  type: EquipmentFields['type'];
  make: string;
  model: string;
  serialNumber: string;
  hostname: string;
  networkNotes: string;
  personalData: string;
  encrypted: EquipmentFields['encrypted'];
  serviceIds: number[];
  installedOn: string | null;
  removedOn: string | null;
  status: EquipmentFields['status'];
  notes: string;
}): EquipmentFields => ({
  type: e.type,
  make: e.make,
  model: e.model,
  serialNumber: e.serialNumber,
  hostname: e.hostname,
  networkNotes: e.networkNotes,
  personalData: e.personalData,
  encrypted: e.encrypted,
  serviceIds: e.serviceIds,
  installedOn: e.installedOn,
  removedOn: e.removedOn,
  status: e.status,
  notes: e.notes,
});

export const serials = async (core: Core, query: string, extra: Record<string, unknown> = {}) =>
  (await ok(core, 'equipment.list', { query, ...extra })).items.map((d) => d.serialNumber);
