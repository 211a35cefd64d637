import {
  emptyEquipment,
  emptySite,
  equipmentFields,
  siteFields,
  type Customer,
  type EquipmentFields,
  type SiteFields,
} from '../../../shared/contract';
import type { Session } from '../session';
import { sitesService } from '../sites/sites.service';
import type { SampleRefs, ServiceKey } from './sample-register';

// Sites and equipment of a few sample customers: an accounting firm, a dental clinic (with a
// camera and a device moved between its two clinics), a logistics firm, a care home whose NAS
// holds health data unencrypted, a customer that left hosting for a server of its own, and the
// two ended customers, whose records fall under the CMDB retention rule.

type SampleSite = Partial<SiteFields> & Pick<SiteFields, 'name'>;
type SampleDevice = Partial<Omit<EquipmentFields, 'serviceIds'>> &
  Pick<EquipmentFields, 'type'> & {
    /** Index into the customer's sites; null for none. */
    site: number | null;
    services?: ServiceKey[];
    /** Moved later: to this site, on this day, with this note. */
    moved?: { to: number; on: string; note: string };
  };

interface SampleCustomerSites {
  /** Index into the sample's customer list. */
  customer: number;
  sites: SampleSite[];
  devices: SampleDevice[];
}

const PLAN: SampleCustomerSites[] = [
  {
    customer: 0, // Västerås Redovisning AB: drift, backup, m365
    sites: [
      {
        name: 'Huvudkontoret',
        street: 'Kopparbergsvägen 8',
        postalCode: '722 13',
        city: 'Västerås',
        accessNotes: 'Serverrummet ligger i källaren. Nyckel hämtas i receptionen; larmet stängs av Per Sjöberg.',
        contactName: 'Per Sjöberg',
        contactPhone: '021-11 23 15',
        contactEmail: 'per.sjoberg@vasterasredovisn.se',
      },
    ],
    devices: [
      {
        site: 0,
        type: 'server',
        make: 'Dell',
        model: 'PowerEdge R650',
        serialNumber: '7XK2M93',
        hostname: 'vred-srv01',
        networkNotes: '10.20.1.10, VLAN 10 (servrar)',
        personalData: 'Kundernas bokföringsunderlag, löneuppgifter och e-post i filarkivet.',
        encrypted: 'yes',
        installedOn: '2022-03-14',
        services: ['drift', 'backup'],
      },
      {
        site: 0,
        type: 'nas',
        make: 'Synology',
        model: 'DS923+',
        serialNumber: '2280QAN418236',
        hostname: 'vred-nas01',
        networkNotes: '10.20.1.20',
        personalData: 'Lokala säkerhetskopior av filservern (samma uppgifter som den).',
        encrypted: 'yes',
        installedOn: '2022-03-14',
        services: ['backup'],
      },
      {
        site: 0,
        type: 'firewall',
        make: 'Fortinet',
        model: 'FortiGate 60F',
        serialNumber: 'FGT60FTK21047731',
        hostname: 'vred-fw01',
        networkNotes: 'Extern IP 194.68.12.40; VPN för distansarbete',
        personalData: 'Trafikloggar med IP-adresser och användarnamn, sparas 30 dagar.',
        encrypted: 'unknown',
        installedOn: '2021-11-02',
        services: ['drift'],
      },
      {
        site: 0,
        type: 'switch',
        make: 'HPE Aruba',
        model: '2930F 24G',
        serialNumber: 'CN12KP40QX',
        hostname: 'vred-sw01',
        networkNotes: '10.20.0.2',
        installedOn: '2021-11-02',
      },
      {
        site: 0,
        type: 'access_point',
        make: 'Ubiquiti',
        model: 'U6 Pro',
        serialNumber: 'F4E2C6A1B2C3',
        hostname: 'vred-ap01',
        installedOn: '2023-05-08',
      },
    ],
  },
  {
    customer: 1, // Mälardalens Tandvård AB: drift, backup, hosting
    sites: [
      {
        name: 'Kliniken Sigurdsgatan',
        street: 'Sigurdsgatan 21',
        postalCode: '721 30',
        city: 'Västerås',
        accessNotes: 'Tekniskt utrymme bakom röntgenrummet. Besök före kl. 8 eller efter kl. 17 så att patienterna inte störs.',
        contactName: 'Eva Bergström',
        contactPhone: '021-13 17 26',
      },
      {
        name: 'Filialen Bäckby',
        street: 'Bäckbytorget 6',
        postalCode: '723 43',
        city: 'Västerås',
        accessNotes: 'Nyckel i kodskåpet vid personalingången.',
      },
    ],
    devices: [
      {
        site: 0,
        type: 'server',
        make: 'HPE',
        model: 'ProLiant ML350 Gen11',
        serialNumber: 'CZ24180LQK',
        hostname: 'mtv-srv01',
        networkNotes: '192.168.10.5',
        personalData: 'Röntgenbilder och bokningar i väntan på överföring till journalsystemet (hälsouppgifter).',
        encrypted: 'yes',
        installedOn: '2023-01-16',
        services: ['drift', 'backup'],
      },
      {
        site: 0,
        type: 'camera',
        make: 'Axis',
        model: 'M3106-L Mk II',
        serialNumber: 'ACCC8E9F21D4',
        networkNotes: '192.168.30.11, VLAN 30 (kameror)',
        personalData: 'Bilder av besökare vid entrén, sparas 7 dagar.',
        encrypted: 'no',
        installedOn: '2023-02-01',
        services: ['drift'],
        notes: 'Skylt om kamerabevakning sitter vid dörren.',
      },
      {
        site: 0,
        type: 'printer',
        make: 'Brother',
        model: 'MFC-L8900CDW',
        serialNumber: 'E78412K3N',
        hostname: 'mtv-prn01',
        networkNotes: '192.168.10.40',
        personalData: 'Skannade remisser ligger kvar i minnet tills de hämtats.',
        encrypted: 'no',
        installedOn: '2023-01-16',
      },
      {
        site: 1,
        type: 'pc',
        make: 'Lenovo',
        model: 'ThinkCentre M70q Gen 4',
        serialNumber: 'PF4K2B7Q',
        hostname: 'mtv-rec02',
        personalData: 'Receptionens dator: tidbok och patientkontakter.',
        encrypted: 'yes',
        installedOn: '2023-09-04',
        moved: { to: 0, on: '2025-02-10', note: 'Filialens reception stängde; datorn används nu i receptionen på Sigurdsgatan.' },
      },
    ],
  },
  {
    customer: 4, // Eskilstuna Logistik AB: drift, backup, helpdesk
    sites: [
      {
        name: 'Kontoret',
        street: 'Verkstadsgatan 3',
        postalCode: '632 20',
        city: 'Eskilstuna',
        contactName: 'Johan Nyström',
        contactPhone: '021-22 38 59',
      },
      {
        name: 'Terminalen',
        street: 'Mälarhamnen 14',
        postalCode: '632 21',
        city: 'Eskilstuna',
        accessNotes: 'Anmäl besök i grindstugan. Varselväst krävs på lastkajen.',
      },
    ],
    devices: [
      {
        site: 0,
        type: 'server',
        make: 'Lenovo',
        model: 'ThinkSystem SR630 V2',
        serialNumber: 'J30A7T9X',
        hostname: 'esklog-srv01',
        networkNotes: '10.4.1.10',
        personalData: 'Personalregister, körjournaler och kunders leveransadresser.',
        encrypted: 'yes',
        installedOn: '2021-06-21',
        services: ['drift', 'backup'],
      },
      {
        site: 1,
        type: 'access_point',
        make: 'Cisco Meraki',
        model: 'MR36',
        serialNumber: 'Q3AB-7KXD-2M9P',
        hostname: 'esklog-ap-term1',
        installedOn: '2022-04-11',
        services: ['drift'],
      },
      {
        site: 1,
        type: 'camera',
        make: 'Hikvision',
        model: 'DS-2CD2143G2-I',
        serialNumber: 'G41872936',
        networkNotes: '10.4.30.21',
        personalData: 'Bilder av lastkajen där förare och personal syns, sparas 14 dagar.',
        encrypted: 'unknown',
        installedOn: '2022-04-11',
      },
      {
        site: 1,
        type: 'printer',
        make: 'Zebra',
        model: 'ZT411',
        serialNumber: '99J224700156',
        hostname: 'esklog-etikett',
        installedOn: '2022-04-11',
        status: 'in_storage',
        notes: 'Reservskrivare för fraktsedlar.',
      },
    ],
  },
  {
    customer: 17, // Ängshagens Vårdboende AB: drift, backup, helpdesk
    sites: [
      {
        name: 'Ängshagen',
        street: 'Ängsvägen 14',
        postalCode: '724 76',
        city: 'Västerås',
        accessNotes: 'Boendet är låst dygnet runt. Ring Ahmed Yilmaz före besöket; han möter vid entrén.',
        contactName: 'Ahmed Yilmaz',
        contactPhone: '021-62 52 22',
      },
    ],
    devices: [
      {
        site: 0,
        type: 'nas',
        make: 'QNAP',
        model: 'TS-464',
        serialNumber: 'Q23BI12345',
        hostname: 'angs-nas01',
        networkNotes: '192.168.1.30',
        personalData: 'Skannad omsorgsdokumentation om boende (hälsouppgifter).',
        encrypted: 'no',
        installedOn: '2020-10-05',
        services: ['backup'],
        notes: 'Kryptering planeras vid byte av diskar under året.',
      },
      {
        site: 0,
        type: 'pc',
        make: 'HP',
        model: 'EliteBook 840 G10',
        serialNumber: '5CG3451KQZ',
        hostname: 'angs-pc07',
        personalData: 'Omsorgspersonalens dokumentation.',
        encrypted: 'yes',
        installedOn: '2024-02-19',
      },
    ],
  },
  {
    customer: 27, // Ramnäs Bruk Smide AB: drift, helpdesk (left hosting for a server of its own)
    sites: [{ name: 'Smedjan', street: 'Bruksvägen 12', postalCode: '735 91', city: 'Ramnäs', contactName: 'Camilla Berg' }],
    devices: [
      {
        site: 0,
        type: 'server',
        make: 'Dell',
        model: 'PowerEdge T350',
        serialNumber: '4HQ9ZN3',
        hostname: 'ramnas-srv01',
        networkNotes: '10.27.0.10',
        personalData: 'Ekonomi- och lönesystem som tidigare låg hos oss.',
        encrypted: 'yes',
        installedOn: '2025-01-08',
        services: ['drift'],
        notes: 'Ersatte Hosting-tjänsten i januari 2025.',
      },
    ],
  },
  {
    customer: 28, // Gamla Tryckeriet i Västerås AB: ended 2025-05-15
    sites: [
      {
        name: 'Tryckeriet',
        street: 'Tryckerigatan 4',
        postalCode: '721 34',
        city: 'Västerås',
        accessNotes: 'Lokalen är tömd.',
        closedOn: '2025-05-31',
      },
    ],
    devices: [
      {
        site: 0,
        type: 'server',
        make: 'HPE',
        model: 'ProLiant DL380 Gen10',
        serialNumber: 'CZ29370FHM',
        hostname: 'gtryck-srv01',
        personalData: 'Kundregister och orderhistorik.',
        encrypted: 'yes',
        installedOn: '2019-08-12',
        removedOn: '2025-05-20',
        status: 'removed',
        services: ['drift', 'backup'],
        notes: 'Diskarna destruerade, intyg från Säker Destruktion Mälardalen.',
      },
      {
        site: 0,
        type: 'nas',
        make: 'Synology',
        model: 'RS1221+',
        serialNumber: '2050RQR71204',
        hostname: 'gtryck-nas01',
        personalData: 'Säkerhetskopior av servern.',
        encrypted: 'yes',
        installedOn: '2021-02-03',
        removedOn: '2025-05-20',
        status: 'removed',
        services: ['backup'],
      },
      {
        site: 0,
        type: 'printer',
        make: 'Kyocera',
        model: 'ECOSYS M2540dn',
        serialNumber: 'VCF9412345',
        installedOn: '2019-08-12',
        removedOn: '2025-05-20',
        status: 'removed',
      },
    ],
  },
  {
    customer: 29, // Hökåsens Kontorshotell AB: ended 2025-09-30
    sites: [{ name: 'Kontorshotellet', street: 'Hökåsen 11', postalCode: '725 94', city: 'Västerås', contactName: 'Nina Axelsson' }],
    devices: [
      {
        site: 0,
        type: 'firewall',
        make: 'Zyxel',
        model: 'USG FLEX 200',
        serialNumber: 'S212L35100482',
        hostname: 'hok-fw01',
        personalData: 'Loggar över gästnätets anslutningar.',
        installedOn: '2022-09-01',
        services: ['helpdesk'],
      },
      {
        site: 0,
        type: 'access_point',
        make: 'Ubiquiti',
        model: 'U6 Lite',
        serialNumber: '24A43C9E7F10',
        hostname: 'hok-ap01',
        installedOn: '2022-09-01',
      },
      {
        site: 0,
        type: 'access_point',
        make: 'Ubiquiti',
        model: 'U6 Lite',
        serialNumber: '24A43C9E7F2A',
        hostname: 'hok-ap02',
        installedOn: '2022-09-01',
        status: 'in_storage',
        notes: 'Nedmonterad i väntan på hämtning.',
      },
    ],
  },
];

/** Sites and equipment of the sample customers (issue 6). Called inside the sample's transaction. */
export function writeSampleSites(session: Session, customers: Customer[], refs: SampleRefs): void {
  const sites = session.use(sitesService);
  for (const plan of PLAN) {
    const customer = customers[plan.customer];
    if (!customer) continue;
    const siteIds = plan.sites.map((s) => sites.createSite(customer.id, siteFields.parse({ ...emptySite, ...s })).id);
    for (const { site, services, moved, ...device } of plan.devices) {
      const fields = equipmentFields.parse({
        ...emptyEquipment,
        ...device,
        serviceIds: (services ?? []).map((key) => refs.services[key]),
      });
      const created = sites.create({ customerId: customer.id, siteId: site === null ? null : siteIds[site]! }, fields);
      if (moved) sites.move(created.id, created.revision, siteIds[moved.to]!, moved.on, moved.note);
    }
  }
}
