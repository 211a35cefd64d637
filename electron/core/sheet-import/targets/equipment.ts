// Equipment at customers' sites: from our equipment sheet and from an inventory list. A device is
// recognised by its serial number within the customer, else by its hostname (as existing.ts
// indexes the register's devices); one with neither is always new.
import { emptyEquipment, equipmentFields, type Equipment, type EquipmentFields } from '../../../../shared/contract/sites';
import type { EncryptionState, EquipmentStatus, EquipmentType } from '../../../../shared/domain/enums';
import { subscriptionsService } from '../../services/subscriptions.service';
import { sitesService } from '../../sites/sites.service';
import type { Draft, FieldDef, ImportTargetDef, WriteContext, NameRef } from '../model';
import { checkAgainst, field, requireId, inputOf } from './processor.shared';

export type EquipmentDraft = Partial<Omit<EquipmentFields, 'serviceIds'>> & {
  customer: string;
  site?: string;
  services?: NameRef[];
};

export const equipmentImportFields: readonly FieldDef[] = [
  field('customer', 'Kund', 'Customer', ['Kundnamn', 'Företag', 'Customer name', 'Company', 'Ägare'], { required: true }),
  field('site', 'Plats', 'Site', ['Placering', 'Kontor', 'Anläggning', 'Location', 'Site name']),
  field('type', 'Typ', 'Type', ['Enhetstyp', 'Utrustningstyp', 'Kategori', 'Device type', 'Category'], { expected: true }),
  field('make', 'Fabrikat', 'Make', ['Tillverkare', 'Märke', 'Manufacturer', 'Brand', 'Vendor']),
  field('model', 'Modell', 'Model', ['Modellnamn', 'Produkt', 'Model name', 'Product']),
  field('serialNumber', 'Serienummer', 'Serial number', ['Serienr', 'S/N', 'SN', 'Serial', 'Serial no']),
  field('hostname', 'Värdnamn', 'Hostname', ['Datornamn', 'Enhetsnamn', 'Host', 'Host name', 'Device name', 'Computer name']),
  field('networkNotes', 'Nätverk', 'Network', ['IP-adress', 'IP', 'VLAN', 'IP address', 'Network notes']),
  field('personalData', 'Personuppgifter på enheten', 'Personal data on the device', ['Personuppgifter', 'Personal data']),
  field('encrypted', 'Kryptering', 'Encryption', ['Krypterad', 'Diskkryptering', 'Encrypted', 'Disk encryption']),
  field('services', 'Tjänster', 'Services', ['Tjänst', 'Service']),
  field('status', 'Status', 'Status', ['Tillstånd', 'State']),
  field('installedOn', 'Installerad', 'Installed', ['Installationsdatum', 'Driftsatt', 'Installed on', 'Install date']),
  field('removedOn', 'Borttagen', 'Removed', ['Avvecklad', 'Borttagningsdatum', 'Removed on', 'Decommissioned']),
  field('notes', 'Anteckningar', 'Notes', ['Anteckning', 'Kommentar', 'Övrigt', 'Comment', 'Comments']),
];

const TEXTS = ['make', 'model', 'serialNumber', 'hostname', 'networkNotes', 'personalData', 'notes'] as const;

function equipmentInput(base: EquipmentFields, d: EquipmentDraft, serviceIds: number[] | null): EquipmentFields {
  const { customer: _customer, site: _site, services: _services, ...rest } = d;
  const out: EquipmentFields = { ...base };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (serviceIds) out.serviceIds = serviceIds;
  return out;
}

const fieldsOf = (e: Equipment): EquipmentFields => inputOf(emptyEquipment, e);

/**
 * What a device's row refers to, as ids: its customer, site and services (a link that cannot be
 * made is left out with a warning), and the service input. A name that is nowhere refuses the row.
 */
function resolve(draft: Draft<EquipmentDraft>, existing: number | null, w: WriteContext) {
  const d = draft.fields;
  const sites = w.session.use(sitesService);
  const current = existing === null ? null : sites.get(existing);
  const customerId = current?.customerId ?? requireId(w.idOf('customers', d.customer), 'targets.unknownCustomer', { name: d.customer });
  const siteId = d.site
    ? requireId(w.idOf('sites', d.site, d.customer), 'targets.unknownSite', { name: d.site, customer: d.customer })
    : null;

  let serviceIds: number[] | null = null;
  if (d.services) {
    // A device may serve only what its customer subscribes to (any period); links it has stay.
    const subscribed = w.memo(
      `subscribedServices:${customerId}`,
      () =>
        new Set(
          w.session
            .use(subscriptionsService)
            .list({ customerId })
            .map((s) => s.serviceId),
        ),
    );
    // A link that cannot be made is left out with a warning; the device itself is still imported.
    serviceIds = d.services.flatMap((n) => {
      const id = w.idOf('services', n.name);
      if (id === null) {
        w.warn({ key: 'targets.equipment.serviceUnknown', params: { name: n.name } });
        return [];
      }
      if (!subscribed.has(id) && !current?.serviceIds.includes(id)) {
        w.warn({ key: 'targets.equipment.serviceNotSubscribed', params: { name: n.name, customer: d.customer } });
        return [];
      }
      return [id];
    });
  }
  // The service input, checked: the file's values over the device's own (a new one: of type "other").
  const fields = equipmentFields.parse(equipmentInput(current ? fieldsOf(current) : { ...emptyEquipment, type: 'other' }, d, serviceIds));
  return { d, sites, current, customerId, siteId, fields };
}

export const equipmentTarget: ImportTargetDef<EquipmentDraft> = {
  key: 'equipment',
  label: { sv: 'Utrustning', en: 'Equipment' },
  fields: equipmentImportFields,
  own: {
    equipment: {
      customer: 'customer',
      site: 'site',
      type: 'type',
      make: 'make',
      model: 'model',
      serialNumber: 'serialNumber',
      hostname: 'hostname',
      network: 'networkNotes',
      personalData: 'personalData',
      encrypted: 'encrypted',
      services: 'services',
      status: 'status',
      installedOn: 'installedOn',
      removedOn: 'removedOn',
      notes: 'notes',
    },
  },
  build(rows): Draft<EquipmentDraft> | null {
    const r = rows[0]!;
    const customer = r.text('customer');
    if (!customer) {
      r.problem('customer', 'error', { key: 'targets.equipment.noCustomer' });
      return null;
    }
    const d: EquipmentDraft = { customer };
    if (r.has('site')) d.site = r.text('site');
    for (const key of TEXTS) if (r.has(key)) d[key] = r.text(key);
    const type = r.has('type') ? (r.enumValue('type', 'equipmentType') as EquipmentType | null) : null;
    // Without a type a new device is "other equipment"; an existing one keeps its own.
    if (type) d.type = type;
    else r.problem('type', 'warning', { key: 'targets.equipment.noType' });
    if (r.has('encrypted')) {
      const encrypted = r.enumValue('encrypted', 'encryptionState') as EncryptionState | null;
      if (encrypted) d.encrypted = encrypted;
    }
    if (r.has('installedOn')) d.installedOn = r.date('installedOn');
    if (r.has('removedOn')) d.removedOn = r.date('removedOn');
    const status = r.has('status') ? (r.enumValue('status', 'equipmentStatus') as EquipmentStatus | null) : null;
    if (status) d.status = status;
    else if (d.removedOn) d.status = 'removed';
    if (d.status === 'removed' && !d.removedOn) {
      r.problem('status', 'warning', { key: 'targets.equipment.removedWithoutDate' });
      d.status = 'in_storage';
    }
    if (r.has('services')) d.services = r.refs('services', 'services');

    const fieldOf = (path: readonly PropertyKey[]) =>
      path[0] === 'networkNotes' ? 'networkNotes' : typeof path[0] === 'string' ? path[0] : null;
    if (!checkAgainst(equipmentFields, d, () => equipmentInput(emptyEquipment, d, null), r, fieldOf)) {
      r.problem(null, 'error', { key: 'targets.notAccepted' });
      return null;
    }
    const device = d.hostname || [d.make, d.model].filter(Boolean).join(' ') || d.serialNumber || '';
    return {
      label: [customer, d.site, device].filter(Boolean).join(' / '),
      fields: d,
      matchKeys: { name: d.serialNumber || d.hostname || '', parent: customer },
    };
  },
  // The preview checks a device without writing it: nothing in a file refers to a device, and
  // the 20,000 devices of a big register are most of its writes.
  check(draft, existing, w) {
    resolve(draft, existing, w);
  },
  write(draft, existing, w) {
    const { d, sites, current, customerId, siteId, fields } = resolve(draft, existing, w);
    if (current) {
      const updated = sites.update(current.id, current.revision, fields);
      // Another site in the file is a move (the device's history keeps where it stood).
      if (d.site && siteId !== updated.siteId) sites.move(updated.id, updated.revision, siteId, w.session.today(), '');
      return updated.id;
    }
    return sites.create({ customerId, siteId }, fields).id;
  },
};
