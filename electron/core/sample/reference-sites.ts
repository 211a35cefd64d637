import { emptySite, equipmentFields, siteFields } from '../../../shared/contract';
import type { EncryptionState, EquipmentType } from '../../../shared/domain/enums';
import { subscriptionsService } from '../services/subscriptions.service';
import type { Session } from '../session';
import { sitesService } from '../sites/sites.service';
import { createRng, type RegisterRefs, type Rng, type Section } from './reference-register';

// Sites and devices of the reference register (quality.md): 3 sites and 40 devices for each of
// the first 500 customers, so 20,000 devices whatever the register's size. Realistic makes,
// models, serial numbers and hostnames; some devices removed, some in storage, some moved.

const MAX_CUSTOMERS = 500;
const SITES_PER_CUSTOMER = 3;
const DEVICES_PER_CUSTOMER = 40;

const SITE_NAMES = [
  'Huvudkontoret',
  'Lagret',
  'Verkstaden',
  'Butiken',
  'Serverrummet',
  'Produktionen',
  'Mottagningen',
  'Filialen',
] as const;
const STREETS = [
  'Industrigatan',
  'Storgatan',
  'Hamnvägen',
  'Verkstadsgatan',
  'Köpmangatan',
  'Ängsvägen',
  'Björkgatan',
  'Östra Ringvägen',
  'Lagervägen',
] as const;
const ACCESS_NOTES = [
  'Nyckel hämtas i receptionen.',
  'Ring kontaktpersonen innan besöket.',
  'Larmkod lämnas av kontaktpersonen på plats.',
  'Tekniskt utrymme bakom personalrummet.',
  'Anmäl besök i grindstugan.',
  '',
  '',
] as const;

// [type, how many of the 40, makes and models, serial prefix, hostname part]
const MIX: readonly [
  type: EquipmentType,
  count: number,
  models: readonly (readonly [make: string, model: string, serial: string])[],
  host: string,
][] = [
  [
    'server',
    2,
    [
      ['Dell', 'PowerEdge R650', ''],
      ['Dell', 'PowerEdge T350', ''],
      ['HPE', 'ProLiant DL380 Gen10', 'CZ'],
      ['HPE', 'ProLiant ML350 Gen11', 'CZ'],
      ['Lenovo', 'ThinkSystem SR630 V2', 'J30'],
    ],
    'srv',
  ],
  [
    'nas',
    1,
    [
      ['Synology', 'DS923+', '2280'],
      ['Synology', 'RS1221+', '2050'],
      ['QNAP', 'TS-464', 'Q23'],
    ],
    'nas',
  ],
  [
    'firewall',
    1,
    [
      ['Fortinet', 'FortiGate 60F', 'FGT60F'],
      ['Fortinet', 'FortiGate 100F', 'FG100F'],
      ['Sophos', 'XGS 2100', 'X21'],
      ['Zyxel', 'USG FLEX 200', 'S21'],
    ],
    'fw',
  ],
  [
    'switch',
    3,
    [
      ['HPE Aruba', '2930F 24G', 'CN'],
      ['Cisco', 'Catalyst 9200L', 'JAE'],
      ['Ubiquiti', 'USW-Pro-24', 'F4E2'],
      ['Netgear', 'M4250-26G4F', '6LR'],
    ],
    'sw',
  ],
  [
    'access_point',
    3,
    [
      ['Ubiquiti', 'U6 Pro', '24A4'],
      ['Ubiquiti', 'U6 Lite', '24A4'],
      ['HPE Aruba', 'AP-505', 'CNK'],
      ['Cisco Meraki', 'MR36', 'Q3AB'],
    ],
    'ap',
  ],
  [
    'pc',
    20,
    [
      ['Lenovo', 'ThinkPad T14 Gen 4', 'PF'],
      ['Dell', 'Latitude 5440', ''],
      ['HP', 'EliteBook 840 G10', '5CG'],
      ['Lenovo', 'ThinkCentre M70q Gen 4', 'MJ'],
      ['Dell', 'OptiPlex 7010', ''],
      ['Apple', 'MacBook Air M2', 'C02'],
    ],
    'pc',
  ],
  [
    'camera',
    4,
    [
      ['Axis', 'P3265-LVE', 'ACCC8E'],
      ['Axis', 'M3106-L Mk II', 'ACCC8E'],
      ['Hikvision', 'DS-2CD2143G2-I', 'G4'],
    ],
    'cam',
  ],
  [
    'printer',
    4,
    [
      ['HP', 'LaserJet Pro M404dn', 'PHB'],
      ['Brother', 'MFC-L8900CDW', 'E78'],
      ['Canon', 'i-SENSYS MF655Cdw', '3HG'],
      ['Kyocera', 'ECOSYS M2540dn', 'VCF'],
    ],
    'prn',
  ],
  [
    'other',
    2,
    [
      ['APC', 'Smart-UPS 1500', 'AS2'],
      ['Yealink', 'T54W', '8030'],
      ['Eaton', '5P 1550i', 'G12'],
    ],
    'dev',
  ],
];

const PERSONAL_DATA: Record<EquipmentType, readonly string[]> = {
  server: ['Filserver med kundens dokument och e-post.', 'Affärssystem med kund- och personaluppgifter.', 'Lönesystem och personalakter.'],
  nas: ['Säkerhetskopior av kundens filer.', 'Lokala säkerhetskopior av servern.'],
  firewall: ['Trafikloggar med IP-adresser och användarnamn, sparas 30 dagar.'],
  switch: ['', 'Anslutningsloggar med MAC-adresser.'],
  access_point: ['', 'Gästnätets anslutningsloggar.'],
  pc: ['Användarens e-post och dokument.', 'Användarens e-post och dokument.', 'Kassasystem med kunduppgifter.'],
  camera: ['Bilder av besökare vid entrén, sparas 14 dagar.', 'Bilder av lager och lastkaj där personal syns, sparas 14 dagar.'],
  printer: ['Skannade dokument ligger kvar i minnet tills de hämtas.', ''],
  other: [''],
};

const ENCRYPTION: Record<EquipmentType, readonly EncryptionState[]> = {
  server: ['yes', 'yes', 'yes', 'unknown'],
  nas: ['yes', 'no', 'unknown'],
  firewall: ['unknown'],
  switch: ['unknown'],
  access_point: ['unknown'],
  pc: ['yes', 'yes', 'yes', 'yes', 'no'],
  camera: ['no', 'unknown'],
  printer: ['no', 'unknown'],
  other: ['unknown'],
};

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

function serial(rng: Rng, prefix: string): string {
  let s = prefix;
  const length = prefix === '' ? 7 : Math.max(10, prefix.length + 6);
  while (s.length < length) s += ALNUM[rng.int(0, ALNUM.length - 1)];
  return s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A short code for hostnames from the customer's name: "Björkdalens Bygg AB" → "bjorkd". */
function hostPrefix(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z]/g, '')
      .slice(0, 6) || 'kund'
  );
}

/** A date between `from` and `to` (YYYY-MM-DD, from ≤ to). */
function dateBetween(rng: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(rng.next() * Math.max(0, b - a))).toISOString().slice(0, 10);
}

/** Sites and devices of the reference register: 3 sites and 40 devices per customer (quality.md). */
export function siteSections(session: Session, rng: Rng, refs: RegisterRefs, customerCount = MAX_CUSTOMERS): Section[] {
  const customers = Math.min(customerCount, MAX_CUSTOMERS);
  // Site ids per customer, filled by the first section and used by the second.
  const sitesOf = new Map<number, number[]>();
  // One draw from the register's generator seeds this feature's own, taken when the sites are
  // written: later sections see the same sequence however many values the devices use.
  let own: Rng | null = null;
  const gen = () => (own ??= createRng(rng.int(1, 2 ** 30)));

  return [
    {
      name: 'sites',
      count: customers * SITES_PER_CUSTOMER,
      rows: function* () {
        const r = gen();
        for (const customer of refs.customers.slice(0, MAX_CUSTOMERS)) {
          const { visitingAddress, contactPersons } = session.customers.get(customer.id);
          // The main office, and two other places of the customer's.
          const others = SITE_NAMES.slice(1);
          const second = r.int(0, others.length - 1);
          const third = (second + r.int(1, others.length - 1)) % others.length;
          const names = [SITE_NAMES[0], others[second]!, others[third]!];
          for (const [n, siteName] of names.entries()) {
            yield () => {
              const main = n === 0;
              const contact = main ? contactPersons[0] : undefined;
              const fields = siteFields.parse({
                ...emptySite,
                name: siteName === 'Filialen' ? `Filialen i ${visitingAddress.city}` : siteName,
                street: main ? visitingAddress.street : `${r.pick(STREETS)} ${r.int(1, 80)}`,
                postalCode: visitingAddress.postalCode,
                city: visitingAddress.city,
                accessNotes: r.pick(ACCESS_NOTES),
                contactName: contact?.name ?? '',
                contactPhone: contact?.phone ?? '',
                closedOn: customer.end !== null && r.chance(0.5) ? customer.end : null,
              });
              const site = session.use(sitesService).createSite(customer.id, fields);
              sitesOf.set(customer.id, [...(sitesOf.get(customer.id) ?? []), site.id]);
            };
          }
        }
      },
    },
    {
      name: 'equipment',
      count: customers * DEVICES_PER_CUSTOMER,
      rows: function* () {
        const r = gen();
        const devices = session.use(sitesService);
        for (const customer of refs.customers.slice(0, MAX_CUSTOMERS)) {
          const prefix = hostPrefix(session.customers.get(customer.id).name);
          const services = [
            ...new Set(
              session
                .use(subscriptionsService)
                .list({ customerId: customer.id })
                .map((s) => s.serviceId),
            ),
          ];
          const siteIds = sitesOf.get(customer.id) ?? [];
          const lastDay = customer.end ?? '2025-12-31';
          for (const [type, count, models, host] of MIX) {
            for (let k = 1; k <= count; k++) {
              yield () => {
                const [make, model, serialPrefix] = r.pick(models);
                const installedOn = dateBetween(r, customer.start, lastDay);
                // Ended customers' devices were mostly taken away when the contract ended.
                const removed = customer.end !== null ? r.chance(0.7) : r.chance(0.06);
                const status = removed ? 'removed' : r.chance(0.04) ? 'in_storage' : 'in_use';
                const removedOn = removed ? (customer.end ?? dateBetween(r, installedOn, '2025-12-31')) : null;
                const central = type !== 'pc' && type !== 'camera' && type !== 'printer';
                const at = central ? siteIds[0] : r.pick(siteIds);
                const fields = equipmentFields.parse({
                  type,
                  make,
                  model,
                  serialNumber: serial(r, serialPrefix),
                  hostname: type === 'other' ? '' : `${prefix}-${host}${pad(k)}`,
                  networkNotes: type === 'pc' ? 'DHCP' : `10.${r.int(1, 250)}.${r.int(0, 9)}.${r.int(2, 250)}`,
                  personalData: r.pick(PERSONAL_DATA[type]),
                  encrypted: r.pick(ENCRYPTION[type]),
                  serviceIds: services.length > 0 && central && type !== 'other' ? [r.pick(services)] : [],
                  installedOn,
                  removedOn,
                  status,
                  notes: '',
                });
                const created = devices.create({ customerId: customer.id, siteId: at ?? null }, fields);
                // A few devices (one in a hundred) have been moved to another of the customer's sites.
                const to = siteIds.find((id) => id !== at);
                if (to !== undefined && at !== undefined && !removed && r.chance(0.01)) {
                  devices.move(created.id, created.revision, to, dateBetween(r, installedOn, lastDay), 'Flyttad efter omorganisation.');
                }
              };
            }
          }
        }
      },
    },
  ];
}
