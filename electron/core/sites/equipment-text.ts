// The derived text columns of a device: what search matches and the CMDB screen's order.
import { labels } from '../../../shared/domain/labels';
import type { EquipmentType } from '../../../shared/domain/enums';
import { foldForSearch, swedishSortKey } from '../text';

export interface DeviceText {
  type: EquipmentType;
  make: string;
  model: string;
  serialNumber: string;
  hostname: string;
  networkNotes: string;
}

/** The short name lists and messages show: hostname, else make and model, else serial number. */
export function equipmentLabel(d: Pick<DeviceText, 'make' | 'model' | 'serialNumber' | 'hostname'>): string {
  return d.hostname || `${d.make} ${d.model}`.trim() || d.serialNumber;
}

/**
 * Folded text for search: the device's own fields, its type in both languages (so "brandvägg"
 * and "firewall" both find firewalls), and where it stands (site and customer).
 */
export function equipmentSearchText(d: DeviceText, siteName: string, customerName: string): string {
  const type = labels.equipmentType[d.type];
  // One separator character between fields: every character is a trigram to index, and there are 20,000 devices.
  const parts = [
    d.make,
    d.model,
    d.serialNumber,
    d.hostname,
    d.networkNotes,
    type.sv,
    type.en === type.sv ? '' : type.en,
    siteName,
    customerName,
  ];
  return foldForSearch(parts.filter((p) => p !== '').join('\u001f'));
}

/**
 * Customer, then site, then device, each in Swedish order. U+0001 separates the parts so that a
 * shorter name sorts before a longer one that starts the same ("Ek AB" before "Eken AB").
 */
export function equipmentSortKey(
  d: Pick<DeviceText, 'make' | 'model' | 'serialNumber' | 'hostname'>,
  siteName: string,
  customerName: string,
): string {
  return [swedishSortKey(customerName), swedishSortKey(siteName), swedishSortKey(equipmentLabel(d))].join('\u0001');
}
