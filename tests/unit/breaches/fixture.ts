// A register for the breach tests: the agreement fixture's Backup service and customers, with
// sites and devices added through the contract as the app would.
import { emptyBreach, emptyEquipment, emptySite, type BreachFields, type EquipmentFields } from '../../../shared/contract';
import { ok } from '../helpers';
import { agreementRegister, formFields } from '../agreements/fixture';
import { subscribe } from '../services/fixture';

/** Friday 20 November 2026, 16:00 in Stockholm. */
export const DISCOVERED = '2026-11-20T15:00:00.000Z';

export async function breachRegister(options: { now?: Date } = {}) {
  const r = await agreementRegister(options);
  const site = async (customerId: number, name: string) => ok(r.core, 'sites.create', { customerId, fields: { ...emptySite, name } });
  const device = async (customerId: number, siteId: number | null, fields: Partial<EquipmentFields> = {}) =>
    ok(r.core, 'equipment.create', { customerId, siteId, fields: { ...emptyEquipment, type: 'pc', ...fields } });
  const sign = async (customerId: number, lang: 'sv' | 'en') => {
    const a = await r.generate(customerId, formFields({ lang }));
    return ok(r.core, 'agreements.setStatus', { id: a.id, revision: a.revision, status: 'signed', on: '2026-01-15' });
  };
  const fields = (overrides: Partial<BreachFields> = {}): BreachFields => ({
    ...emptyBreach,
    title: 'Stulen bärbar dator',
    discoveredAt: DISCOVERED,
    breachTypes: ['confidentiality'],
    cause: 'lost_stolen_device',
    ...overrides,
  });
  const create = (overrides: Partial<BreachFields> = {}) => ok(r.core, 'breaches.create', fields(overrides));
  return {
    ...r,
    site,
    device,
    sign,
    fields,
    create,
    subscribeTo: (customerId: number, start: string, end: string | null = null) => subscribe(r.core, customerId, r.backup.id, start, end),
  };
}

export type BreachRegister = Awaited<ReturnType<typeof breachRegister>>;
