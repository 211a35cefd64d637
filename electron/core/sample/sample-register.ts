import type {
  ActivityFields,
  Customer,
  CustomerFields,
  RetentionRuleFields,
  ServiceFields,
  SubprocessorFields,
  SubscriptionFields,
  SystemFields,
} from '../../../shared/contract';
import {
  activityFields,
  emptyActivity,
  emptyService,
  customerFields,
  organisationFields,
  retentionRuleFields,
  securityMeasureFields,
  serviceFields,
  subprocessorFields,
  subscriptionFields,
  systemFields,
} from '../../../shared/contract';
import type { MeasureStatus } from '../../../shared/domain/enums';
import { withCheckDigit } from '../../../shared/orgnr';
import { activitiesService } from '../activities/activities.service';
import { measuresService } from '../measures/measures.service';
import { privacyNoticeService } from '../privacy-notice/privacy-notice.service';
import { addDuration } from '../retention/duration';
import { retentionService } from '../retention/retention.service';
import { servicesService } from '../services/services.service';
import { subscriptionsService } from '../services/subscriptions.service';
import type { Session } from '../session';
import { sampleAgreementSteps } from './sample-agreements';
import { sampleChangeNotices } from './sample-change-notices';
import { writeSampleHistory } from './sample-history';
import { sampleRequestsAndBreaches } from './sample-requests-breaches';
import { writeSampleOwnDataRules } from './sample-retention';
import { writeSampleSites } from './sample-sites';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';

export const SAMPLE_FILE_NAME = 'Exempel IT AB.forteckna';

// "Exempel IT AB": a small MSP in Västerås with customers around Mälardalen. Every entity that
// exists gets realistic data; later features extend this file. Fictitious organisation numbers
// with valid check digits.

const ORGANISATION = {
  name: 'Exempel IT AB',
  orgNr: '556677-8899',
  address: { street: 'Stora Gatan 12', postalCode: '722 12', city: 'Västerås', country: 'Sverige' },
  email: 'info@exempelit.se',
  phone: '021-12 34 56',
  website: 'https://www.exempelit.se',
  dpo: { name: 'Karin Ödman', email: 'dataskydd@exempelit.se', phone: '021-12 34 50' },
  defaultLanguage: 'sv' as const,
  signatoryName: 'Jonas Åberg',
  signatoryTitle: 'VD',
};

type SampleCustomer = [name: string, orgNr: string, street: string, postal: string, city: string, contacts: [string, string][]];

const CUSTOMERS: SampleCustomer[] = [
  [
    'Västerås Redovisning AB',
    '556012-3452',
    'Kopparbergsvägen 8',
    '722 13',
    'Västerås',
    [
      ['Anna Lindqvist', 'Ekonomichef'],
      ['Per Sjöberg', 'IT-ansvarig'],
    ],
  ],
  ['Mälardalens Tandvård AB', '556123-4567', 'Sigurdsgatan 21', '721 30', 'Västerås', [['Eva Bergström', 'Klinikchef']]],
  ['Köpings Bygg & Måleri AB', '556234-5676', 'Glasgatan 4', '731 30', 'Köping', [['Lars Öberg', 'VD']]],
  ['Sala Silvergruva Turism AB', '556345-6785', 'Drottning Christinas väg', '733 36', 'Sala', [['Maria Håkansson', 'Verksamhetschef']]],
  [
    'Eskilstuna Logistik AB',
    '556456-7894',
    'Verkstadsgatan 3',
    '632 20',
    'Eskilstuna',
    [
      ['Johan Nyström', 'Driftchef'],
      ['Sara Ek', 'HR'],
    ],
  ],
  ['Enköpings Advokatbyrå KB', '916512-3451', 'Kungsgatan 17', '745 31', 'Enköping', [['Birgitta Wallin', 'Delägare']]],
  ['Arboga Mekaniska Verkstad AB', '556567-8903', 'Järnvägsgatan 9', '732 30', 'Arboga', [['Göran Ström', 'VD']]],
  ['Fagersta Fastigheter AB', '556678-9012', 'Västmannavägen 2', '737 30', 'Fagersta', [['Helena Åkesson', 'Förvaltare']]],
  ['Hallstahammars Bilservice AB', '556789-0121', 'Trefasgatan 6', '734 30', 'Hallstahammar', [['Mikael Lund', 'Ägare']]],
  ['Strängnäs Förskolor AB', '556890-1230', 'Gyllenhielmsgatan 5', '645 30', 'Strängnäs', [['Karin Söderlund', 'Rektor']]],
  [
    'Uppsala Konsultgrupp AB',
    '556901-2349',
    'Dragarbrunnsgatan 40',
    '753 20',
    'Uppsala',
    [
      ['Fredrik Holm', 'VD'],
      ['Linnea Blom', 'Kontorschef'],
    ],
  ],
  ['Örebro Kyl & Värme AB', '556111-2223', 'Radiatorvägen 11', '702 27', 'Örebro', [['Tomas Engström', 'Serviceansvarig']]],
  ['Norbergs Hembygdsförening', '802412-3459', 'Malmvägen 1', '738 31', 'Norberg', [['Ingrid Dahl', 'Ordförande']]],
  ['Surahammars Revisionsbyrå AB', '556222-3334', 'Centrumvägen 3', '735 30', 'Surahammar', [['Olof Lindgren', 'Auktoriserad revisor']]],
  ['Västmanlands Städservice AB', '556333-4445', 'Saltängsvägen 22', '721 32', 'Västerås', [['Fatima Hassan', 'VD']]],
  ['Kungsörs Kommunfastigheter AB', '556444-5556', 'Drottninggatan 20', '736 30', 'Kungsör', [['Anders Björk', 'Fastighetschef']]],
  ['Mälarhamnens Marina AB', '556555-6667', 'Hamnvägen 7', '721 31', 'Västerås', [['Sofia Strand', 'Hamnkapten']]],
  [
    'Ängshagens Vårdboende AB',
    '556666-7778',
    'Ängsvägen 14',
    '724 76',
    'Västerås',
    [
      ['Lena Forsberg', 'Verksamhetschef'],
      ['Ahmed Yilmaz', 'Systemförvaltare'],
    ],
  ],
  ['Rönnby Elektriska AB', '556777-8889', 'Rönnbyvägen 30', '725 92', 'Västerås', [['Patrik Sundberg', 'VD']]],
  ['Tillberga Lantbruk HB', '969777-1239', 'Tillberga Gård', '725 96', 'Västerås', [['Erik Johansson', 'Delägare']]],
  ['Bäckby Bokhandel AB', '556888-9990', 'Bäckbytorget 2', '723 43', 'Västerås', [['Elin Nilsson', 'Butikschef']]],
  ['Skultuna Design AB', '556999-0009', 'Bruksgatan 1', '726 31', 'Skultuna', [['Magnus Ekdahl', 'Designchef']]],
  ['Irsta Måleri AB', '556100-2003', 'Irstavägen 45', '725 97', 'Västerås', [['Kristina Åström', 'VD']]],
  ['Hälla Trafikskola AB', '556200-3004', 'Hällagatan 8', '721 36', 'Västerås', [['Daniel Persson', 'Trafiklärare']]],
  ['Barkarö Byggtjänst AB', '556300-4005', 'Barkarö Kyrkväg 3', '725 91', 'Västerås', [['Jenny Olofsson', 'Projektledare']]],
  ['Kolbäcks Veterinärklinik AB', '556400-5006', 'Kolbäcksvägen 19', '734 32', 'Kolbäck', [['Ulrika Sandberg', 'Veterinär']]],
  ['Västerås Konsthall Vänner', '802500-6007', 'Fiskartorget 2', '722 15', 'Västerås', [['Gunnar Wik', 'Kassör']]],
  ['Ramnäs Bruk Smide AB', '556600-7008', 'Bruksvägen 12', '735 91', 'Ramnäs', [['Camilla Berg', 'Ekonomiansvarig']]],
  // Two customers whose contracts have ended: they show the contract end and, later, purging.
  ['Gamla Tryckeriet i Västerås AB', '556700-8009', 'Tryckerigatan 4', '721 34', 'Västerås', [['Bengt Karlsson', 'f.d. VD']]],
  ['Hökåsens Kontorshotell AB', '556800-9000', 'Hökåsen 11', '725 94', 'Västerås', [['Nina Axelsson', 'Centrumchef']]],
];

const two = (k: number) => String(10 + (k % 90));

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '')
    .slice(0, 16);
}

export function sampleCustomers(): CustomerFields[] {
  return CUSTOMERS.map(([name, orgNr, street, postalCode, city, contacts], i) => {
    const domain = `${slug(name)}.se`;
    const ended = i >= CUSTOMERS.length - 2;
    const startYear = 2018 + (i % 7);
    return {
      name,
      // The table's last digit is a placeholder: the check digit is computed.
      orgNr: withCheckDigit(orgNr.replace('-', '').slice(0, 9)),
      visitingAddress: { street, postalCode, city, country: 'Sverige' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: i % 5 !== 0,
      ...(i % 5 === 0 ? { invoiceAddress: { street: `Box ${100 + i * 7}`, postalCode, city, country: 'Sverige' } } : {}),
      contactPersons: contacts.map(([person, role], n) => ({
        name: person,
        role,
        email: `${slug(person.split(' ')[0]!)}.${slug(person.split(' ')[1] ?? '')}@${domain}`,
        phone: `021-${two(i * 3 + n)} ${two(i * 7 + n * 13)} ${two(i * 11 + 5)}`,
      })),
      dpo: i % 6 === 1 ? { name: 'Dataskyddsombud', email: `dso@${domain}`, phone: '' } : { name: '', email: '', phone: '' },
      contractStart: `${startYear}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      contractEnd: ended ? `2025-${i % 2 === 0 ? '05-15' : '09-30'}` : null,
      status: ended ? 'ended' : 'active',
      notes: i === 1 ? 'Patientjournalsystemet ägs av leverantören; vi sköter nätverk och arbetsplatser.' : '',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The register of processing: what Exempel IT AB does as controller (its own activities) and as
// processor (its services), with the systems, retention rules, security measures and
// sub-processors behind them. Fictitious suppliers carry fictitious organisation numbers; the
// well-known cloud vendors are named but given no registration number.

type SystemKey =
  'finance' | 'ticketing' | 'crm' | 'rmm' | 'monitoring' | 'cmdb' | 'm365' | 'backup' | 'hosting' | 'website' | 'payroll' | 'newsletter';
export type SubprocessorKey =
  | 'datacenter'
  | 'backupDe'
  | 'rmmUs'
  | 'microsoftIe'
  | 'microsoftUs'
  | 'finance'
  | 'payroll'
  | 'helpdesk'
  | 'webhost'
  | 'newsletterUs'
  | 'disposal'
  | 'backupNo';
export type RuleKey =
  | 'bookkeeping'
  | 'logs'
  | 'cmdb'
  | 'tickets'
  | 'customerData'
  | 'hr'
  | 'recruitment'
  | 'contactForm'
  | 'newsletter'
  | 'customerBackups'
  | 'contractEnd';
export type ServiceKey = 'drift' | 'backup' | 'm365' | 'helpdesk' | 'hosting';

const SUBPROCESSORS: Record<
  SubprocessorKey,
  Partial<SubprocessorFields> & Pick<SubprocessorFields, 'name' | 'country' | 'transferMechanism'>
> = {
  datacenter: {
    name: 'Mälardalens Datacenter AB',
    orgNr: withCheckDigit('559112233'),
    country: 'SE',
    address: 'Kraftverksgatan 4, 721 36 Västerås',
    website: 'https://www.malardalensdatacenter.se',
    contactName: 'Henrik Lundgren, kundansvarig',
    contactEmail: 'avtal@malardalensdatacenter.se',
    serviceDescription: 'Colocation och virtuella servrar (IaaS) för vår driftplattform',
    dataProcessed: 'Allt som lagras på servrar i vår plattform: kunders filer, e-post, databaser och loggar',
    processingLocations: 'Västerås (primärt), Stockholm (reserv)',
    transferMechanism: 'none_eea',
    agreementDate: '2021-03-15',
    agreementNotes: 'Underbiträdesavtal enligt SKR:s mall, version 2021. ISO/IEC 27001-certifierat.',
  },
  backupDe: {
    name: 'Datensafe Backup GmbH',
    orgNr: 'HRB 123456 (Amtsgericht Frankfurt)',
    country: 'DE',
    address: 'Hanauer Landstraße 300, 60314 Frankfurt am Main',
    website: 'https://www.datensafe-backup.de',
    contactName: 'Privacy Team',
    contactEmail: 'privacy@datensafe-backup.de',
    serviceDescription: 'Krypterad lagring av säkerhetskopior utanför Sverige',
    dataProcessed: 'Krypterade säkerhetskopior av kunders servrar och Microsoft 365; leverantören har inte nycklarna',
    processingLocations: 'Frankfurt och Nürnberg, Tyskland',
    transferMechanism: 'none_eea',
    agreementDate: '2022-05-02',
    agreementNotes: 'Leverantörens standard-DPA (art. 28), tysk och engelsk version.',
  },
  rmmUs: {
    name: 'RemoteWatch Inc.',
    orgNr: '',
    country: 'US',
    address: '1200 Harbor Boulevard, Austin, TX 78701, USA',
    website: 'https://www.remotewatch.example',
    contactName: 'Data Protection Office',
    contactEmail: 'dpo@remotewatch.example',
    serviceDescription: 'RMM-plattform för övervakning, patchning och fjärrstöd',
    dataProcessed: 'Datornamn, inloggade användare, IP-adresser, programlistor, larm och fjärrsessionsloggar',
    processingLocations: 'Datacenter i Frankfurt; support och drift från USA',
    transferMechanism: 'adequacy_us_dpf',
    transferNotes: 'Certifierad enligt EU–US Data Privacy Framework, kontrollerad på DPF-listan 2026-01-12.',
    agreementDate: '2023-09-01',
    agreementNotes: 'Leverantörens DPA med standardavtalsklausuler (modul 3) som reserv om DPF upphör.',
  },
  microsoftIe: {
    name: 'Microsoft Ireland Operations Ltd',
    orgNr: '',
    country: 'IE',
    address: 'One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Irland',
    website: 'https://www.microsoft.com',
    contactName: 'Microsoft EU Data Protection Officer',
    contactEmail: '',
    serviceDescription: 'Microsoft 365 (Exchange Online, SharePoint, Teams, Intune)',
    dataProcessed: 'E-post, filer, kalendrar, användarkonton och enhetsuppgifter i kundernas Microsoft 365',
    processingLocations: 'EU Data Boundary: Sverige, Irland, Nederländerna',
    transferMechanism: 'none_eea',
    transferNotes: 'Microsoft Corporation (USA) kan få åtkomst för support och säkerhet; se det underbiträdet.',
    agreementDate: '2020-01-01',
    agreementNotes: 'Microsoft Products and Services Data Protection Addendum (DPA), gällande version.',
  },
  microsoftUs: {
    name: 'Microsoft Corporation',
    orgNr: '',
    country: 'US',
    address: 'One Microsoft Way, Redmond, WA 98052, USA',
    website: 'https://www.microsoft.com',
    serviceDescription: 'Support och säkerhetsövervakning för Microsoft 365',
    dataProcessed: 'Begränsad åtkomst till kunddata vid supportärenden och säkerhetsincidenter',
    processingLocations: 'USA (åtkomst på distans)',
    transferMechanism: 'adequacy_us_dpf',
    transferNotes: 'DPF-certifierad; standardavtalsklausuler i Microsofts DPA gäller också.',
    agreementDate: '2020-01-01',
    agreementNotes: 'Omfattas av Microsofts DPA.',
  },
  finance: {
    name: 'Ekonomimolnet Sverige AB',
    orgNr: withCheckDigit('559334455'),
    country: 'SE',
    address: 'Bangårdsgatan 8, 352 30 Växjö',
    website: 'https://www.ekonomimolnet.se',
    contactEmail: 'dataskydd@ekonomimolnet.se',
    serviceDescription: 'Ekonomisystem som tjänst (bokföring, fakturering, leverantörsreskontra)',
    dataProcessed: 'Kund- och leverantörsuppgifter, fakturor, verifikationer',
    processingLocations: 'Sverige',
    transferMechanism: 'none_eea',
    agreementDate: '2019-06-01',
    agreementNotes: 'Personuppgiftsbiträdesavtal i leverantörens allmänna villkor.',
  },
  payroll: {
    name: 'Lönekraft AB',
    orgNr: withCheckDigit('559445566'),
    country: 'SE',
    address: 'Drottninggatan 55, 111 21 Stockholm',
    website: 'https://www.lonekraft.se',
    contactEmail: 'avtal@lonekraft.se',
    serviceDescription: 'Lönesystem och arbetsgivardeklarationer',
    dataProcessed: 'Anställdas personnummer, lön, skatt, frånvaro och bankkonto',
    processingLocations: 'Sverige',
    transferMechanism: 'none_eea',
    agreementDate: '2019-06-01',
    agreementNotes: 'PUB-avtal enligt leverantörens mall.',
  },
  helpdesk: {
    name: 'Supportdesk Nordic AB',
    orgNr: withCheckDigit('559556677'),
    country: 'SE',
    address: 'Lilla Nygatan 7, 411 08 Göteborg',
    website: 'https://www.supportdesk.se',
    contactEmail: 'privacy@supportdesk.se',
    serviceDescription: 'Ärendesystem (molntjänst) för support och helpdesk',
    dataProcessed: 'Ärenden, e-post i ärenden, kontaktuppgifter och bilagor',
    processingLocations: 'Sverige och Finland',
    transferMechanism: 'none_eea',
    agreementDate: '2021-09-20',
    agreementNotes: 'Underbiträdesavtal med 30 dagars förhandsbesked om nya underbiträden.',
  },
  webhost: {
    name: 'Webbhotellet i Mälardalen AB',
    orgNr: withCheckDigit('559667788'),
    country: 'SE',
    address: 'Stationsgatan 2, 632 20 Eskilstuna',
    website: 'https://www.webbhotelletmalardalen.se',
    contactEmail: 'support@webbhotelletmalardalen.se',
    serviceDescription: 'Webbhotell för vår webbplats och kunders webbplatser',
    dataProcessed: 'Meddelanden från kontaktformulär, webbserverloggar',
    processingLocations: 'Sverige',
    transferMechanism: 'none_eea',
    agreementDate: '2022-02-01',
  },
  newsletterUs: {
    name: 'Mailwave Inc.',
    orgNr: '',
    country: 'US',
    address: '55 Market Street, San Francisco, CA 94105, USA',
    website: 'https://www.mailwave.example',
    contactEmail: 'privacy@mailwave.example',
    serviceDescription: 'Utskick av nyhetsbrev',
    dataProcessed: 'Namn och e-postadress för prenumeranter, öppnings- och klickstatistik',
    processingLocations: 'USA',
    transferMechanism: 'scc_2021_914',
    sccModule: 'C2P',
    transferNotes: 'Inte DPF-certifierad. Standardavtalsklausuler modul 2 med överföringsbedömning (TIA) 2025-03-04; ingen känslig data.',
    agreementDate: '2024-02-15',
  },
  disposal: {
    name: 'Säker Destruktion Mälardalen AB',
    orgNr: withCheckDigit('559778899'),
    country: 'SE',
    address: 'Returvägen 3, 731 36 Köping',
    website: 'https://www.sakerdestruktion.se',
    contactEmail: 'order@sakerdestruktion.se',
    serviceDescription: 'Certifierad destruktion av hårddiskar och utrustning',
    dataProcessed: 'Lagringsmedia från kunders datorer och servrar fram till destruktion',
    processingLocations: 'Köping',
    transferMechanism: 'none_eea',
    agreementDate: '2023-01-10',
    agreementNotes: 'Destruktionsintyg per serienummer.',
  },
  backupNo: {
    name: 'Nordlys Datasenter AS',
    orgNr: 'NO 912 345 678 MVA',
    country: 'NO',
    address: 'Sjøgata 10, 8006 Bodø, Norge',
    website: 'https://www.nordlysdatasenter.example',
    serviceDescription: 'Tänkt andra lagringsplats för säkerhetskopior',
    dataProcessed: 'Krypterade säkerhetskopior',
    processingLocations: 'Bodø, Norge',
    transferMechanism: 'none_eea',
    status: 'planned',
    notes: 'Utvärderas under 2026. Kunder ska få besked innan leverantören används.',
  },
};

const SYSTEMS: Record<
  SystemKey,
  { sub: SubprocessorKey | null } & Omit<SystemFields, 'subprocessorId' | 'supplierName' | 'notes'> & Partial<SystemFields>
> = {
  finance: { name: 'Ekonomisystem', kind: 'finance', hosting: 'saas', country: 'SE', location: 'Ekonomimolnet, Sverige', sub: 'finance' },
  ticketing: {
    name: 'Ärendesystem',
    kind: 'ticketing',
    hosting: 'saas',
    country: 'SE',
    location: 'Supportdesk Nordic, Sverige och Finland',
    sub: 'helpdesk',
  },
  crm: {
    name: 'CRM och kundregister',
    kind: 'crm',
    hosting: 'own_datacenter',
    country: 'SE',
    location: 'Mälardalens Datacenter, Västerås',
    sub: 'datacenter',
  },
  rmm: {
    name: 'RMM-plattform',
    kind: 'rmm',
    hosting: 'saas',
    country: 'DE',
    location: 'RemoteWatch, Frankfurt',
    sub: 'rmmUs',
    notes: 'Agent installerad på kundernas datorer och servrar.',
  },
  monitoring: {
    name: 'Övervakningsserver',
    kind: 'monitoring',
    hosting: 'own_datacenter',
    country: 'SE',
    location: 'Mälardalens Datacenter, Västerås',
    sub: 'datacenter',
  },
  cmdb: {
    name: 'CMDB',
    kind: 'cmdb',
    hosting: 'office_server',
    country: 'SE',
    location: 'Serverrummet, Stora Gatan 12, Västerås',
    sub: null,
    supplierName: 'Egen drift',
  },
  m365: {
    name: 'Microsoft 365',
    kind: 'email',
    hosting: 'saas',
    country: 'IE',
    location: 'Microsoft, EU Data Boundary',
    sub: 'microsoftIe',
  },
  backup: { name: 'Backup-lagring', kind: 'backup', hosting: 'cloud', country: 'DE', location: 'Datensafe, Frankfurt', sub: 'backupDe' },
  hosting: {
    name: 'Driftplattform (virtuella servrar)',
    kind: 'hosting',
    hosting: 'own_datacenter',
    country: 'SE',
    location: 'Mälardalens Datacenter, Västerås och Stockholm',
    sub: 'datacenter',
  },
  website: {
    name: 'Webbplats exempelit.se',
    kind: 'website',
    hosting: 'cloud',
    country: 'SE',
    location: 'Webbhotellet i Mälardalen',
    sub: 'webhost',
  },
  payroll: { name: 'Lönesystem', kind: 'hr_payroll', hosting: 'saas', country: 'SE', location: 'Lönekraft, Sverige', sub: 'payroll' },
  newsletter: { name: 'Nyhetsbrevsverktyg', kind: 'other', hosting: 'saas', country: 'US', location: 'Mailwave, USA', sub: 'newsletterUs' },
};

const rule = (
  r: Partial<RetentionRuleFields> & Pick<RetentionRuleFields, 'nameSv' | 'nameEn' | 'anchorKind' | 'duration'>,
): RetentionRuleFields => ({
  storageLocation: '',
  purpose: '',
  anchorEvent: null,
  roundAnchorTo: 'none',
  inclusive: true,
  backupLag: null,
  action: 'delete',
  legalMinimumDuration: null,
  legalMinimumSource: '',
  legalBasisRef: '',
  legalHoldAllowed: true,
  policySv: '',
  policyEn: '',
  ...r,
});

// domain.md §7.3's seed table, plus HR, recruitment and the rules for data held as processor.
const RULES: Record<RuleKey, RetentionRuleFields> = {
  bookkeeping: rule({
    nameSv: 'Bokföring',
    nameEn: 'Bookkeeping',
    storageLocation: 'Ekonomisystem',
    purpose: 'Rättslig förpliktelse (BFL)',
    storageLocationEn: 'Finance system',
    purposeEn: 'Legal obligation (Swedish Accounting Act)',
    anchorKind: 'fiscal_year_end',
    roundAnchorTo: 'end_of_calendar_year',
    duration: 'P7Y',
    backupLag: 'P30D',
    legalMinimumDuration: 'P7Y',
    legalMinimumSource: 'BFL 7 kap. 2 §',
    legalBasisRef: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
    policySv: 'Räkenskapsinformation sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades.',
    policyEn: 'Accounting records are kept until the end of the seventh year after the calendar year in which the financial year ended.',
  }),
  logs: rule({
    nameSv: 'Loggfiler',
    nameEn: 'Log files',
    storageLocation: 'Övervakningsserver',
    purpose: 'Säkerhet och drift',
    storageLocationEn: 'Monitoring server',
    purposeEn: 'Security and operations',
    anchorKind: 'created',
    duration: 'P30D',
    backupLag: 'P7D',
    policySv: 'Loggar raderas automatiskt efter 30 dagar; kopior i säkerhetskopior är borta 7 dagar senare.',
    policyEn: 'Logs are deleted automatically after 30 days; copies in backups are gone 7 days later.',
  }),
  cmdb: rule({
    nameSv: 'CMDB (hårdvara hos kund, platsinformation)',
    nameEn: 'CMDB (hardware at customer sites, site information)',
    storageLocation: 'Lokal server (CMDB)',
    purpose: 'Avtal och drift',
    storageLocationEn: 'Local server (CMDB)',
    purposeEn: 'Contract and operations',
    anchorKind: 'event',
    anchorEvent: 'contract_ended',
    duration: 'P1Y',
    policySv: 'Uppgifter om kundens platser och utrustning rensas ett år efter att avtalet upphört.',
    policyEn: "Records of the customer's sites and equipment are purged one year after the contract ended.",
  }),
  tickets: rule({
    nameSv: 'Supportärenden',
    nameEn: 'Support tickets',
    storageLocation: 'Ärendesystem',
    purpose: 'Avtal och support',
    storageLocationEn: 'Ticket system',
    purposeEn: 'Contract and support',
    anchorKind: 'event',
    anchorEvent: 'ticket_closed',
    duration: 'P3Y',
    policySv: 'Ärenden rensas tre år efter att de stängts.',
    policyEn: 'Tickets are purged three years after they were closed.',
  }),
  customerData: rule({
    nameSv: 'Kunduppgifter (namn, adress, telefon, e-post, avtal)',
    nameEn: 'Customer details (name, address, phone, e-mail, contracts)',
    storageLocation: 'CRM och affärssystem',
    purpose: 'Avtal',
    storageLocationEn: 'CRM and business system',
    purposeEn: 'Contract',
    anchorKind: 'event',
    anchorEvent: 'contract_ended',
    duration: 'P2Y',
    legalBasisRef: 'Preskriptionslagen (1981:130) som skäl för att spara avtal',
    policySv: 'Kontaktpersoner och avtal rensas två år efter att kundavtalet upphört. Fakturaunderlag följer regeln för bokföring.',
    policyEn:
      'Contact persons and contracts are purged two years after the customer contract ended. Invoice records follow the bookkeeping rule.',
  }),
  hr: rule({
    nameSv: 'Personaluppgifter',
    nameEn: 'Staff records',
    storageLocation: 'Lönesystem och personalakt',
    purpose: 'Anställningsavtal och rättsliga förpliktelser som arbetsgivare',
    storageLocationEn: 'Payroll system and personnel file',
    purposeEn: 'Employment contract and legal obligations as an employer',
    anchorKind: 'event',
    anchorEvent: 'employment_ended',
    duration: 'P2Y',
    policySv:
      'Personalakten rensas två år efter att anställningen upphört; uppgift om anställningstid sparas längre. Löneunderlag följer regeln för bokföring.',
    policyEn:
      'The staff file is purged two years after the employment ended; the period of employment is kept longer. Payroll records follow the bookkeeping rule.',
  }),
  recruitment: rule({
    nameSv: 'Rekrytering',
    nameEn: 'Recruitment',
    storageLocation: 'Microsoft 365 (rekryteringsmapp)',
    purpose: 'Kunna bemöta anspråk enligt diskrimineringslagen',
    storageLocationEn: 'Microsoft 365 (recruitment folder)',
    purposeEn: 'Being able to answer claims under the Discrimination Act',
    anchorKind: 'event',
    anchorEvent: 'recruitment_decided',
    duration: 'P2Y',
    policySv: 'Ansökningar från den som inte anställs rensas två år efter beslutet, om inte den sökande samtyckt till längre tid.',
    policyEn:
      'Applications from candidates not hired are purged two years after the decision, unless the applicant agreed to a longer period.',
  }),
  contactForm: rule({
    nameSv: 'Kontaktformulär',
    nameEn: 'Contact form',
    storageLocation: 'Webbplats och Microsoft 365',
    purpose: 'Besvara frågor',
    storageLocationEn: 'Website and Microsoft 365',
    purposeEn: 'Answering questions',
    anchorKind: 'last_activity',
    duration: 'P1Y',
    policySv: 'Meddelanden från webbplatsen rensas ett år efter senaste kontakt, om de inte lett till ett kundavtal.',
    policyEn: 'Messages from the website are purged one year after the last contact unless they led to a customer contract.',
  }),
  newsletter: rule({
    nameSv: 'Nyhetsbrev',
    nameEn: 'Newsletter',
    storageLocation: 'Nyhetsbrevsverktyg',
    purpose: 'Marknadsföring med samtycke',
    storageLocationEn: 'Newsletter tool',
    purposeEn: 'Marketing with consent',
    anchorKind: 'event',
    anchorEvent: 'consent_withdrawn',
    duration: 'P30D',
    policySv: 'Den som avslutar prenumerationen tas bort inom 30 dagar.',
    policyEn: 'Those who unsubscribe are removed within 30 days.',
  }),
  customerBackups: rule({
    nameSv: 'Kunders säkerhetskopior',
    nameEn: "Customers' backups",
    storageLocation: 'Backup-lagring',
    purpose: 'Återställning enligt kundens instruktion',
    storageLocationEn: 'Backup storage',
    purposeEn: "Restoring on the customer's instructions",
    anchorKind: 'created',
    duration: 'P90D',
    policySv: 'Säkerhetskopior sparas i 90 dagar om kunden inte beställt annat, och skrivs sedan över.',
    policyEn: 'Backups are kept for 90 days unless the customer ordered otherwise, and are then overwritten.',
  }),
  contractEnd: rule({
    nameSv: 'Kunddata när avtalet upphör',
    nameEn: 'Customer data when the contract ends',
    storageLocation: 'Driftplattform, Microsoft 365, ärendesystem',
    purpose: 'Personuppgiftsbiträdesavtalet',
    storageLocationEn: 'Hosting platform, Microsoft 365, ticket system',
    purposeEn: 'The data processing agreement',
    anchorKind: 'event',
    anchorEvent: 'contract_ended',
    duration: 'P30D',
    action: 'return_to_controller',
    policySv: 'Kundens data lämnas tillbaka och raderas sedan senast 30 dagar efter att avtalet upphört.',
    policyEn: "The customer's data is returned and then deleted no later than 30 days after the contract ended.",
  }),
};

/** Status and note per built-in measure (domain.md §5); measures not listed stay planned. */
const MEASURES: Record<string, [MeasureStatus, string]> = {
  ORG_POLICY: ['implemented', 'Fastställd av styrelsen 2025-02-10; ses över varje år.'],
  ORG_ROLES: ['implemented', 'VD är ytterst ansvarig; säkerhetsansvarig och dataskyddsombud utsedda.'],
  ORG_RISK: ['implemented', 'Riskanalys görs årligen och vid större förändringar.'],
  ORG_ASSET_INV: ['implemented', 'Alla system och all utrustning hos kunder finns i CMDB.'],
  ORG_ACCESS_POLICY: ['implemented', ''],
  ORG_ACCESS_REVIEW: ['implemented', 'Behörigheter granskas varje kvartal; konton stängs samma dag som någon slutar.'],
  ORG_CONFIDENTIALITY: ['implemented', 'Alla anställda och konsulter har skrivit under sekretessåtagande.'],
  ORG_TRAINING: ['implemented', 'Årlig utbildning i dataskydd och nätfisketest två gånger per år.'],
  ORG_SUPPLIER: ['implemented', 'Underbiträden granskas innan avtal och därefter årligen.'],
  ORG_CHANGE: ['implemented', 'Ändringar i kundmiljöer godkänns i ärendesystemet.'],
  ORG_INCIDENT: ['implemented', 'Rutin för incidenter; kunder informeras utan onödigt dröjsmål, senast inom 24 timmar.'],
  ORG_BCP: ['planned', 'Kontinuitetsplan tas fram under 2026.'],
  ORG_RETENTION: ['implemented', 'Gallringsreglerna i registret följs upp varje månad.'],
  ORG_DSR: ['implemented', ''],
  ORG_AUDIT: ['planned', 'Första interna revisionen planerad hösten 2026.'],
  ORG_CERT: ['planned', 'ISO/IEC 27001-certifiering planeras till 2027.'],
  ORG_DISPOSAL: ['implemented', 'Lagringsmedia destrueras av certifierad leverantör; intyg sparas.'],
  ORG_CLEAN_DESK: ['implemented', ''],
  TECH_IAM: ['implemented', 'Entra ID med personliga konton.'],
  TECH_MFA: ['implemented', 'MFA krävs för alla konton och all fjärråtkomst.'],
  TECH_RBAC: ['implemented', ''],
  TECH_PAM: ['implemented', 'Separata administratörskonton och lösenordsvalv.'],
  TECH_PASSWORD: ['implemented', ''],
  TECH_ENC_TRANSIT: ['implemented', 'TLS 1.2 eller senare; VPN till kundnät.'],
  TECH_ENC_REST: ['implemented', 'BitLocker på alla datorer; säkerhetskopior krypteras innan de lämnar kunden.'],
  TECH_KEY_MGMT: ['implemented', 'Krypteringsnycklar för backup förvaras i lösenordsvalvet, inte hos lagringsleverantören.'],
  TECH_PSEUDO: ['planned', 'Maskning av personnummer i ärendesystemet utreds.'],
  TECH_FIREWALL: ['implemented', ''],
  TECH_REMOTE_ACCESS: ['implemented', 'Fjärrstöd via RMM-plattformen med MFA; varje session loggas.'],
  TECH_ENDPOINT: ['implemented', 'EDR på alla datorer och servrar vi förvaltar.'],
  TECH_PATCH: ['implemented', 'Säkerhetsuppdateringar inom 14 dagar, kritiska inom 48 timmar.'],
  TECH_HARDENING: ['implemented', ''],
  TECH_LOGGING: ['implemented', 'Inloggningar och administratörsåtgärder loggas och följs upp varje vecka.'],
  TECH_MONITORING: ['implemented', 'Larm dygnet runt från övervakningsservern.'],
  TECH_BACKUP: ['implemented', 'Dagliga, krypterade säkerhetskopior med oföränderlig kopia i Tyskland.'],
  TECH_RESTORE_TEST: ['implemented', 'Återläsningstest varje kvartal per kund med backup.'],
  TECH_REDUNDANCY: ['implemented', 'Driftplattformen speglas mellan Västerås och Stockholm.'],
  TECH_ENV_SEPARATION: ['not_applicable', 'Vi utvecklar inga egna system.'],
  TECH_SECURE_DEV: ['not_applicable', 'Vi utvecklar inga egna system.'],
  TECH_PENTEST: ['planned', 'Första externa penetrationstestet är beställt till andra kvartalet 2026.'],
  TECH_MOBILE: ['implemented', 'Intune på alla mobiler och datorer, med fjärradering.'],
  TECH_EMAIL_SEC: ['implemented', 'SPF, DKIM och DMARC (reject) på våra domäner.'],
  TECH_DELETION: ['implemented', ''],
  TECH_DATA_MIN: ['implemented', ''],
  TECH_PORTABILITY: ['implemented', ''],
  PHYS_ACCESS: ['implemented', 'Passerkort och larm på kontoret; serverrummet är låst.'],
  PHYS_DATACENTER: ['implemented', 'Mälardalens Datacenter är certifierat enligt ISO/IEC 27001.'],
  PHYS_ENVIRONMENT: ['implemented', ''],
  PHYS_CUSTOMER_SITE: ['implemented', 'Utrustning hos kund placeras i låst rack eller rum.'],
};

/** The notes above in English (the English documents use them). */
const MEASURE_NOTES_EN: Record<string, string> = {
  ORG_POLICY: 'Adopted by the board on 2025-02-10; reviewed every year.',
  ORG_ROLES: 'The managing director is ultimately responsible; a security officer and a data protection officer are appointed.',
  ORG_RISK: 'A risk analysis is made every year and at major changes.',
  ORG_ASSET_INV: 'All systems and all equipment at customers are in the CMDB.',
  ORG_ACCESS_REVIEW: 'Access rights are reviewed every quarter; accounts are closed the day someone leaves.',
  ORG_CONFIDENTIALITY: 'All employees and consultants have signed a confidentiality undertaking.',
  ORG_TRAINING: 'Yearly data protection training and a phishing test twice a year.',
  ORG_SUPPLIER: 'Sub-processors are reviewed before an agreement and every year after that.',
  ORG_CHANGE: 'Changes in customer environments are approved in the ticket system.',
  ORG_INCIDENT: 'Incident procedure; customers are informed without undue delay, at the latest within 24 hours.',
  ORG_BCP: 'A continuity plan is being drawn up during 2026.',
  ORG_RETENTION: 'The retention rules in the register are followed up every month.',
  ORG_AUDIT: 'The first internal audit is planned for the autumn of 2026.',
  ORG_CERT: 'ISO/IEC 27001 certification is planned for 2027.',
  ORG_DISPOSAL: 'Storage media are destroyed by a certified supplier; certificates are kept.',
  TECH_IAM: 'Entra ID with personal accounts.',
  TECH_MFA: 'MFA is required for all accounts and all remote access.',
  TECH_PAM: 'Separate administrator accounts and a password vault.',
  TECH_ENC_TRANSIT: 'TLS 1.2 or later; VPN to customer networks.',
  TECH_ENC_REST: 'BitLocker on all computers; backups are encrypted before they leave the customer.',
  TECH_KEY_MGMT: 'Encryption keys for backups are kept in the password vault, not with the storage supplier.',
  TECH_PSEUDO: 'Masking of personal identity numbers in the ticket system is being looked into.',
  TECH_REMOTE_ACCESS: 'Remote support through the RMM platform with MFA; every session is logged.',
  TECH_ENDPOINT: 'EDR on all computers and servers we manage.',
  TECH_PATCH: 'Security updates within 14 days, critical ones within 48 hours.',
  TECH_LOGGING: 'Sign-ins and administrator actions are logged and followed up every week.',
  TECH_MONITORING: 'Round-the-clock alerts from the monitoring server.',
  TECH_BACKUP: 'Daily, encrypted backups with an immutable copy in Germany.',
  TECH_RESTORE_TEST: 'A restore test every quarter for each customer with backup.',
  TECH_REDUNDANCY: 'The hosting platform is mirrored between Västerås and Stockholm.',
  TECH_ENV_SEPARATION: 'We do not develop systems of our own.',
  TECH_SECURE_DEV: 'We do not develop systems of our own.',
  TECH_PENTEST: 'The first external penetration test is ordered for the second quarter of 2026.',
  TECH_MOBILE: 'Intune on all phones and computers, with remote wipe.',
  TECH_EMAIL_SEC: 'SPF, DKIM and DMARC (reject) on our domains.',
  PHYS_ACCESS: 'Access cards and an alarm at the office; the server room is locked.',
  PHYS_DATACENTER: 'Mälardalens Datacenter is certified to ISO/IEC 27001.',
  PHYS_CUSTOMER_SITE: 'Equipment at customers is placed in a locked rack or room.',
};

const ACTIVITY_DEFAULTS: ActivityFields = {
  ...emptyActivity,
  owner: 'Karin Ödman, dataskyddsansvarig',
  status: 'active',
  dataSources: ['data_subject'],
  dpiaStatus: 'not_needed',
  lastReviewedAt: '2025-11-20',
  nextReviewAt: '2026-11-20',
};

/** Which services each of the 30 customers (in CUSTOMERS order) subscribes to. */
const SUBSCRIPTIONS: ServiceKey[][] = [
  ['drift', 'backup', 'm365'],
  ['drift', 'backup', 'hosting'],
  ['m365', 'helpdesk'],
  ['m365'],
  ['drift', 'backup', 'helpdesk'],
  ['drift', 'backup', 'm365'],
  ['drift', 'backup'],
  ['m365', 'helpdesk'],
  ['helpdesk'],
  ['m365', 'helpdesk'],
  ['drift', 'm365', 'helpdesk'],
  ['drift', 'backup'],
  ['m365'],
  ['backup', 'm365'],
  ['helpdesk', 'm365'],
  ['drift', 'backup', 'hosting'],
  ['m365'],
  ['drift', 'backup', 'helpdesk'],
  ['drift', 'helpdesk'],
  ['backup'],
  ['m365', 'helpdesk'],
  ['hosting', 'backup'],
  ['m365'],
  ['m365', 'helpdesk'],
  ['drift', 'backup'],
  ['drift', 'backup', 'm365'],
  ['m365'],
  ['drift', 'helpdesk'],
  ['drift', 'backup'],
  ['m365', 'helpdesk'],
];

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** The register of processing, written through the feature services (inside the caller's transaction). */
/** Ids of the sample's rules and services by key, for the features that build on them. */
export interface SampleRefs {
  rules: Record<RuleKey, number>;
  services: Record<ServiceKey, number>;
  subprocessors: Record<SubprocessorKey, number>;
}

function writeSampleProcessing(session: Session, customers: Customer[], step: () => void): SampleRefs {
  const vocab = session.use(vocabulariesService).list();
  const term = (kind: string, code: string): number => {
    const t = vocab.find((v) => v.kind === kind && v.code === code);
    if (!t) throw new Error(`Built-in term ${kind}/${code} is missing.`);
    return t.id;
  };
  const ds = (...codes: string[]) => codes.map((c) => term('data_subject', c));
  const pd = (...codes: string[]) => codes.map((c) => term('personal_data', c));
  const pc = (...codes: string[]) => codes.map((c) => term('processing', c));

  // Sub-processors and systems.
  const sp = {} as Record<SubprocessorKey, number>;
  for (const [key, f] of Object.entries(SUBPROCESSORS) as [SubprocessorKey, (typeof SUBPROCESSORS)[SubprocessorKey]][]) {
    sp[key] = session.use(subprocessorsService).create(
      subprocessorFields.parse({
        orgNr: '',
        address: '',
        website: '',
        contactName: '',
        contactEmail: '',
        serviceDescription: '',
        dataProcessed: '',
        processingLocations: '',
        sccModule: null,
        transferNotes: '',
        agreementDate: null,
        agreementNotes: '',
        status: 'active',
        notes: '',
        ...f,
      }),
    ).id;
  }
  const sys = {} as Record<SystemKey, number>;
  for (const [key, { sub, ...f }] of Object.entries(SYSTEMS) as [SystemKey, (typeof SYSTEMS)[SystemKey]][]) {
    sys[key] = session
      .use(systemsService)
      .create(systemFields.parse({ supplierName: '', notes: '', ...f, subprocessorId: sub ? sp[sub] : null })).id;
  }
  step();

  // Retention rules and the status of each security measure.
  const rules = {} as Record<RuleKey, number>;
  for (const [key, f] of Object.entries(RULES) as [RuleKey, RetentionRuleFields][]) {
    rules[key] = session.use(retentionService).create(retentionRuleFields.parse(f)).id;
  }
  const measures = session.use(measuresService);
  const measure = new Map<string, number>();
  for (const m of measures.list()) {
    if (m.code) measure.set(m.code, m.id);
    const wanted = m.code ? MEASURES[m.code] : undefined;
    if (!wanted) continue;
    measures.update(
      m.id,
      m.revision,
      securityMeasureFields.parse({
        category: m.category,
        labelSv: m.labelSv,
        labelEn: m.labelEn,
        status: wanted[0],
        note: wanted[1],
        noteEn: MEASURE_NOTES_EN[m.code!] ?? '',
      }),
    );
  }
  const tom = (...codes: string[]) =>
    codes.map((c) => {
      const id = measure.get(c);
      if (id === undefined) throw new Error(`Built-in measure ${c} is missing.`);
      return id;
    });
  step();

  // Own processing activities (Art. 30(1)).
  const internal = (code = 'internal_staff') => ({
    kind: 'internal' as const,
    termId: term('recipient', code),
    subprocessorId: null,
    name: '',
  });
  const external = (code: string, name: string) => ({
    kind: 'external' as const,
    termId: term('recipient', code),
    subprocessorId: null,
    name,
  });
  const processor = (key: SubprocessorKey) => ({
    kind: 'processor' as const,
    termId: term('recipient', 'processor'),
    subprocessorId: sp[key],
    name: '',
  });
  const BASE_TOMS = ['ORG_ACCESS_POLICY', 'ORG_CONFIDENTIALITY', 'TECH_IAM', 'TECH_MFA', 'TECH_ENC_TRANSIT', 'TECH_BACKUP'];
  const activities: Partial<ActivityFields>[] = [
    {
      refNo: 'PA-01',
      name: 'Kundregister och avtalshantering',
      nameEn: 'Customer register and contract management',
      description: 'Uppgifter om kunder och deras kontaktpersoner för att ingå, administrera och följa upp avtal.',
      descriptionEn: 'Details of customers and their contact persons, used to enter into, manage and follow up contracts.',
      owner: 'Jonas Åberg, VD',
      purposes: [
        {
          description: 'Ingå och administrera avtal med kunder och hålla kontakt med deras kontaktpersoner',
          descriptionEn: 'Enter into and manage contracts with customers and keep in touch with their contact persons',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: 'Avtalet är med kundföretaget; kontaktpersonerna behandlas med stöd av intresseavvägning.',
          legalBasisDetailEn:
            'The contract is with the customer company; the contact persons are processed on the basis of a balancing of interests.',
          liaText:
            'Vi behöver kunna nå de personer som kunden utsett för att fullgöra avtalet. Uppgifterna är få (namn, roll, kontaktuppgifter), personerna förväntar sig att bli kontaktade i sin yrkesroll och kan be kunden utse någon annan. Intresset väger tyngre än intrånget.',
          liaTextEn:
            'We need to be able to reach the people the customer has appointed in order to perform the contract. The data is limited (name, role, contact details), the people expect to be contacted in their professional role and can ask the customer to appoint someone else. The interest outweighs the intrusion.',
        },
        {
          description: 'Informera kunder om nya underbiträden och ändrade villkor enligt personuppgiftsbiträdesavtalet',
          descriptionEn: 'Inform customers of new sub-processors and changed terms under the data processing agreement',
          legalBasis: 'legal_obligation',
          legalBasisDetail: 'Dataskyddsförordningen art. 28.2 (information om ändringar av underbiträden)',
          legalBasisDetailEn: 'GDPR Art. 28(2) (information about changes of sub-processors)',
          liaText: '',
        },
      ],
      dataSubjectTermIds: ds('customer_contact'),
      personalDataTermIds: pd('identity', 'contact', 'contract'),
      recipients: [internal(), processor('datacenter')],
      systemIds: [sys.crm],
      retention: [{ termId: null, retentionRuleId: rules.customerData }],
      measureIds: tom(...BASE_TOMS, 'ORG_ACCESS_REVIEW'),
      dataSources: ['data_subject', 'customer_controller', 'public_register'],
      volumeEstimate: 'Cirka 60 kontaktpersoner',
    },
    {
      refNo: 'PA-02',
      name: 'Fakturering och bokföring',
      nameEn: 'Invoicing and bookkeeping',
      description: 'Fakturor, betalningar och verifikationer för kunder och leverantörer.',
      descriptionEn: 'Invoices, payments and vouchers for customers and suppliers.',
      owner: 'Jonas Åberg, VD',
      purposes: [
        {
          description: 'Fakturera kunder, betala leverantörer och bokföra affärshändelser',
          descriptionEn: 'Invoice customers, pay suppliers and record business transactions',
          legalBasis: 'legal_obligation',
          legalBasisDetail: 'Bokföringslagen (1999:1078) 4–7 kap.; mervärdesskattelagen (2023:200)',
          legalBasisDetailEn: 'Swedish Bookkeeping Act (1999:1078), chapters 4–7; Swedish VAT Act (2023:200)',
          liaText: '',
        },
        {
          description: 'Påminna om och driva in obetalda fakturor',
          descriptionEn: 'Send reminders for and collect unpaid invoices',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText:
            'Vi har ett berättigat intresse av att få betalt för utfört arbete. Endast uppgifter som redan finns på fakturan används, och kunden har informerats om betalningsvillkoren i avtalet.',
          liaTextEn:
            'We have a legitimate interest in being paid for work done. Only data already on the invoice is used, and the customer has been informed of the payment terms in the contract.',
        },
      ],
      dataSubjectTermIds: ds('customer_contact', 'supplier_contact'),
      personalDataTermIds: pd('identity', 'contact', 'financial', 'contract'),
      recipients: [
        internal(),
        external('auditor_accountant', 'Revisorn och redovisningsbyrån'),
        external('public_authority', 'Skatteverket'),
        external('bank_payment', 'Vår bank'),
        external('debt_collection', 'Inkassoföretag vid obetalda fakturor'),
        processor('finance'),
      ],
      systemIds: [sys.finance],
      retention: [{ termId: null, retentionRuleId: rules.bookkeeping }],
      measureIds: tom(...BASE_TOMS, 'TECH_RBAC'),
      dataSources: ['data_subject', 'generated_by_system'],
    },
    {
      refNo: 'PA-03',
      name: 'Supportärenden',
      nameEn: 'Support tickets',
      description: 'Ärenden som kunders kontaktpersoner och användare skickar till vår support.',
      descriptionEn: 'Tickets sent to our support by customer contact persons and users.',
      owner: 'Linda Sjögren, supportchef',
      purposes: [
        {
          description: 'Ta emot, prioritera och lösa supportärenden',
          descriptionEn: 'Receive, prioritise and resolve support tickets',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText:
            'Ärendena behövs för att leverera den support kunderna köpt. Användarna vänder sig själva till oss och förväntar sig att ärendet sparas medan det hanteras. Innehållet begränsas genom att vi ber användare att inte skicka känsliga uppgifter.',
          liaTextEn:
            'The tickets are needed to deliver the support customers have bought. Users contact us themselves and expect the ticket to be kept while it is handled. The content is limited by asking users not to send sensitive data.',
        },
        {
          description: 'Följa upp svarstider och kvalitet per kund',
          descriptionEn: 'Follow up response times and quality per customer',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: 'Statistiken tas fram per kund och ärendetyp, inte per användare; uppföljningen ger liten påverkan på de registrerade.',
          liaTextEn:
            'The statistics are compiled per customer and ticket type, not per user; the follow-up has little impact on the data subjects.',
        },
      ],
      dataSubjectTermIds: ds('customer_contact', 'customer_end_user'),
      personalDataTermIds: pd('identity', 'contact', 'support_content', 'technical_identifiers'),
      recipients: [internal(), processor('helpdesk')],
      systemIds: [sys.ticketing],
      retention: [{ termId: null, retentionRuleId: rules.tickets }],
      measureIds: tom(...BASE_TOMS, 'TECH_LOGGING'),
      dataSources: ['data_subject', 'customer_controller'],
      volumeEstimate: 'Cirka 4 000 ärenden per år',
    },
    {
      refNo: 'PA-04',
      name: 'Övervakning och loggning av vår egen IT-miljö',
      nameEn: 'Monitoring and logging of our own IT environment',
      description: 'Loggar från våra egna servrar, brandväggar och administratörskonton.',
      descriptionEn: 'Logs from our own servers, firewalls and administrator accounts.',
      owner: 'Mattias Holm, säkerhetsansvarig',
      purposes: [
        {
          description: 'Upptäcka, utreda och åtgärda säkerhetsincidenter i vår egen IT-miljö',
          descriptionEn: 'Detect, investigate and remedy security incidents in our own IT environment',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: 'Intresseavvägning dokumenterad 2025-10-01',
          legalBasisDetailEn: 'Balancing of interests documented on 2025-10-01',
          liaText:
            'Loggning behövs för att upptäcka intrång och visa vad som hänt vid en incident, vilket också skyddar kundernas data. Loggarna innehåller användarnamn, IP-adresser och tidpunkter, inte innehåll. Endast säkerhetsansvarig och driftpersonal har åtkomst, loggarna rensas efter 30 dagar och används inte för att följa upp enskilda anställdas arbete.',
          liaTextEn:
            'Logging is needed to detect intrusions and show what happened in an incident, which also protects the data of our customers. The logs contain user names, IP addresses and times, not content. Only the security officer and operations staff have access, the logs are purged after 30 days and are not used to follow up the work of individual employees.',
        },
        {
          description: 'Felsöka driftstörningar i våra system',
          descriptionEn: 'Troubleshoot disruptions in our systems',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: 'Samma loggar, samma begränsningar; felsökning sker bara när en störning har inträffat.',
          liaTextEn: 'The same logs, the same limits; troubleshooting only takes place after a disruption has occurred.',
        },
      ],
      dataSubjectTermIds: ds('employee', 'consultant'),
      personalDataTermIds: pd('log_data', 'technical_identifiers', 'account_credentials'),
      recipients: [internal(), processor('datacenter')],
      systemIds: [sys.monitoring],
      retention: [{ termId: null, retentionRuleId: rules.logs }],
      measureIds: tom(...BASE_TOMS, 'TECH_LOGGING', 'TECH_MONITORING', 'TECH_PAM'),
      dataSources: ['generated_by_system'],
      dpiaStatus: 'not_needed',
      dpiaNote: 'Bedömt 2025-10-01: systematisk övervakning men inte av anställdas beteende och i liten skala; ett kriterium uppfyllt.',
      dpiaCriteria: ['systematic_monitoring'],
    },
    {
      refNo: 'PA-05',
      name: 'CMDB – utrustning och platser hos kunder',
      nameEn: 'CMDB – equipment and sites at customers',
      description: 'Förteckning över utrustning vi placerat hos kunder, var den står och vem som är kontakt på plats.',
      descriptionEn: 'A list of the equipment we have placed at customers, where it is and who the contact on site is.',
      purposes: [
        {
          description: 'Hålla ordning på utrustning hos kunder för drift, service och återtagande när avtalet upphör',
          descriptionEn: 'Keep track of equipment at customers for operation, service and retrieval when the contract ends',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText:
            'Uppgifterna om kontaktpersoner på plats är få och behövs för att komma åt utrustningen. De kopplas inte till användarnas beteende.',
          liaTextEn:
            'The details of contact persons on site are few and needed to reach the equipment. They are not linked to the behaviour of users.',
        },
      ],
      dataSubjectTermIds: ds('customer_contact', 'customer_end_user'),
      personalDataTermIds: pd('identity', 'contact', 'location', 'technical_identifiers'),
      recipients: [internal()],
      systemIds: [sys.cmdb],
      retention: [{ termId: null, retentionRuleId: rules.cmdb }],
      measureIds: tom(...BASE_TOMS, 'ORG_ASSET_INV', 'PHYS_CUSTOMER_SITE'),
      dataSources: ['customer_controller', 'generated_by_system'],
    },
    {
      refNo: 'PA-06',
      name: 'Personaladministration och lön',
      nameEn: 'HR administration and payroll',
      description: 'Anställningsavtal, lön, skatt, frånvaro och rehabilitering för våra anställda.',
      descriptionEn: 'Employment contracts, pay, tax, absence and rehabilitation for our employees.',
      owner: 'Jonas Åberg, VD',
      purposes: [
        {
          description: 'Betala lön, göra skatteavdrag och lämna arbetsgivardeklaration',
          descriptionEn: 'Pay salaries, deduct tax and file employer declarations',
          legalBasis: 'legal_obligation',
          legalBasisDetail: 'Skatteförfarandelagen (2011:1244) 26 kap.; bokföringslagen (1999:1078)',
          legalBasisDetailEn: 'Swedish Tax Procedures Act (2011:1244), chapter 26; Swedish Bookkeeping Act (1999:1078)',
          liaText: '',
        },
        {
          description: 'Administrera anställningen (avtal, semester, utrustning, behörigheter)',
          descriptionEn: 'Administer the employment (contract, holiday, equipment, access rights)',
          legalBasis: 'contract',
          legalBasisDetail: 'Anställningsavtalet',
          legalBasisDetailEn: 'The employment contract',
          liaText: '',
        },
        {
          description: 'Hantera sjukfrånvaro och arbetslivsinriktad rehabilitering',
          descriptionEn: 'Handle sick leave and work-oriented rehabilitation',
          legalBasis: 'legal_obligation',
          legalBasisDetail: 'Sjuklönelagen (1991:1047); socialförsäkringsbalken 30 kap. 6 §',
          legalBasisDetailEn: 'Swedish Sick Pay Act (1991:1047); Social Insurance Code, chapter 30, section 6',
          liaText: '',
        },
      ],
      dataSubjectTermIds: ds('employee'),
      personalDataTermIds: pd('identity', 'personnummer', 'contact', 'employment', 'financial', 'special_category'),
      specialCategories: ['health'],
      art9Conditions: ['employment_social_security'],
      art9Note: 'Uppgifter om sjukfrånvaro och rehabilitering; endast VD och löneadministratör har åtkomst.',
      personnummer: true,
      pnrJustification: 'specific_statute',
      pnrNote: 'Personnummer krävs i arbetsgivardeklaration på individnivå (SFL 26 kap.) och i kontrolluppgifter.',
      pnrNoteEn:
        'Personal identity numbers are required in the employer declaration at individual level (Tax Procedure Act, chapter 26) and in income statements.',
      recipients: [
        internal(),
        external('public_authority', 'Skatteverket och Försäkringskassan'),
        external('bank_payment', 'Banken (löneutbetalning)'),
        external('other_third_party', 'Pensionsbolag och försäkringsgivare'),
        processor('payroll'),
      ],
      systemIds: [sys.payroll, sys.m365],
      retention: [
        { termId: null, retentionRuleId: rules.hr },
        { termId: term('personal_data', 'financial'), retentionRuleId: rules.bookkeeping },
      ],
      measureIds: tom(...BASE_TOMS, 'TECH_RBAC', 'ORG_ACCESS_REVIEW'),
      dataSources: ['data_subject', 'generated_by_system'],
      volumeEstimate: '14 anställda',
    },
    {
      refNo: 'PA-07',
      name: 'Rekrytering',
      nameEn: 'Recruitment',
      description: 'Ansökningar, CV och intervjuanteckningar när vi anställer.',
      descriptionEn: 'Applications, CVs and interview notes when we hire.',
      owner: 'Jonas Åberg, VD',
      purposes: [
        {
          description: 'Bedöma sökande och välja vem som ska anställas',
          descriptionEn: 'Assess applicants and choose whom to hire',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText:
            'Den sökande har själv skickat in uppgifterna för att söka tjänsten och förväntar sig att de bedöms. Endast de som deltar i rekryteringen har åtkomst.',
          liaTextEn:
            'The applicant has sent in the data to apply for the position and expects it to be assessed. Only those taking part in the recruitment have access.',
        },
        {
          description: 'Spara ansökan för framtida rekryteringar',
          descriptionEn: 'Keep the application for future recruitments',
          legalBasis: 'consent',
          legalBasisDetail: 'Samtycke i ansökningsformuläret; kan återkallas när som helst',
          legalBasisDetailEn: 'Consent in the application form; can be withdrawn at any time',
          liaText: '',
        },
      ],
      dataSubjectTermIds: ds('job_applicant'),
      personalDataTermIds: pd('identity', 'contact', 'employment'),
      recipients: [internal(), processor('microsoftIe')],
      systemIds: [sys.m365],
      retention: [{ termId: null, retentionRuleId: rules.recruitment }],
      measureIds: tom(...BASE_TOMS),
      dataSources: ['data_subject'],
    },
    {
      refNo: 'PA-08',
      name: 'Kontaktformulär på webbplatsen',
      nameEn: 'Contact form on the website',
      description: 'Frågor som skickas via formuläret på exempelit.se.',
      descriptionEn: 'Questions sent through the form on exempelit.se.',
      owner: 'Sara Nyberg, sälj och marknad',
      purposes: [
        {
          description: 'Besvara frågor och offertförfrågningar från webbplatsen',
          descriptionEn: 'Answer questions and requests for quotes from the website',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: 'Den som skriver vill ha svar. Vi sparar bara det som skickas i formuläret och använder det inte för marknadsföring.',
          liaTextEn: 'Whoever writes wants an answer. We keep only what is sent in the form and do not use it for marketing.',
        },
      ],
      dataSubjectTermIds: ds('website_visitor', 'prospect'),
      personalDataTermIds: pd('identity', 'contact', 'other'),
      recipients: [internal(), processor('webhost'), processor('microsoftIe')],
      systemIds: [sys.website, sys.m365],
      retention: [{ termId: null, retentionRuleId: rules.contactForm }],
      measureIds: tom(...BASE_TOMS, 'TECH_EMAIL_SEC'),
      dataSources: ['data_subject'],
    },
    {
      refNo: 'PA-09',
      name: 'Marknadsföring och nyhetsbrev',
      nameEn: 'Marketing and newsletter',
      description: 'Nyhetsbrev om IT-säkerhet och våra tjänster till den som anmält sig.',
      descriptionEn: 'Newsletters about IT security and our services to those who have signed up.',
      owner: 'Sara Nyberg, sälj och marknad',
      purposes: [
        {
          description: 'Skicka nyhetsbrev till den som anmält sig',
          descriptionEn: 'Send newsletters to those who have signed up',
          legalBasis: 'consent',
          legalBasisDetail: 'Samtycke via anmälan på webbplatsen med dubbel bekräftelse; avregistrering i varje utskick',
          legalBasisDetailEn: 'Consent by signing up on the website with double opt-in; an unsubscribe link in every mailing',
          liaText: '',
        },
      ],
      dataSubjectTermIds: ds('customer_contact', 'prospect'),
      personalDataTermIds: pd('identity', 'contact'),
      recipients: [internal(), processor('newsletterUs')],
      transfers: [
        {
          country: 'US',
          recipient: 'Mailwave Inc.',
          mechanism: 'scc_2021_914',
          safeguards: 'Standardavtalsklausuler modul 2 och överföringsbedömning 2025-03-04.',
        },
      ],
      systemIds: [sys.newsletter],
      retention: [{ termId: null, retentionRuleId: rules.newsletter }],
      measureIds: tom('ORG_ACCESS_POLICY', 'TECH_MFA', 'TECH_ENC_TRANSIT'),
      dataSources: ['data_subject'],
      volumeEstimate: 'Cirka 350 prenumeranter',
    },
    // Two drafts that are not finished, so the completeness check has something to show.
    {
      refNo: 'PA-10',
      name: 'Kamerabevakning i entrén',
      description: 'Kamera vid entrén och serverrummet. Under utredning.',
      owner: '',
      status: 'draft',
      purposes: [
        {
          description: 'Förebygga inbrott och skydda utrustning i serverrummet',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: '',
        },
      ],
      dataSubjectTermIds: ds('employee', 'visitor_premises'),
      personalDataTermIds: pd('images_video'),
      recipients: [internal()],
      measureIds: tom('PHYS_ACCESS'),
      dpiaStatus: 'screening_pending',
      lastReviewedAt: null,
      nextReviewAt: null,
    },
    {
      refNo: 'PA-11',
      name: 'Leverantörsregister',
      description: 'Kontaktpersoner hos våra leverantörer och underbiträden.',
      status: 'draft',
      purposes: [
        {
          description: 'Hålla kontakt med leverantörer och följa upp avtal med underbiträden',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: 'Kontaktpersonerna behandlas i sin yrkesroll och uppgifterna är få.',
        },
      ],
      dataSubjectTermIds: ds('supplier_contact'),
      personalDataTermIds: pd('identity', 'contact'),
      recipients: [internal()],
      systemIds: [sys.crm],
      nextReviewAt: null,
    },
  ];
  // Review dates relative to the day the sample is written, so it never looks stale: most are
  // due within the year; the monitoring logs (PA-04) are two weeks overdue.
  const today = session.today();
  const months = (n: number) => addDuration(today, { years: 0, months: n, weeks: 0, days: 0 });
  activities.forEach((a, i) => {
    const review =
      a.nextReviewAt === null
        ? {}
        : {
            lastReviewedAt: months(-(2 + (i % 5))),
            nextReviewAt: i === 3 ? addDuration(today, { years: 0, months: 0, weeks: -2, days: 0 }) : months(3 + ((i * 5) % 9)),
          };
    session.use(activitiesService).create(activityFields.parse({ ...ACTIVITY_DEFAULTS, ...a, ...review }));
  });
  step();

  // Services (what the firm does as processor) and the customers' subscriptions.
  const service = (f: Partial<ServiceFields> & Pick<ServiceFields, 'name'>): number =>
    session.use(servicesService).create(
      serviceFields.parse({
        ...emptyService,
        ...f,
      }),
    ).id;
  const SERVICE_TOMS = ['ORG_CONFIDENTIALITY', 'ORG_INCIDENT', 'ORG_SUPPLIER', 'TECH_MFA', 'TECH_PAM', 'TECH_ENC_TRANSIT', 'TECH_LOGGING'];
  const services: Record<ServiceKey, number> = {
    drift: service({
      name: 'Drift och övervakning',
      subjectMatter: 'Drift, övervakning och underhåll av kundens servrar, nätverk och arbetsplatser',
      purpose: 'Att kundens IT-miljö fungerar, är uppdaterad och skyddad, och att fel upptäcks och åtgärdas i tid',
      subjectMatterEn: "Operation, monitoring and maintenance of the customer's servers, network and workstations",
      purposeEn: "That the customer's IT environment works, is up to date and protected, and that faults are found and fixed in time",
      nature: ['collection', 'recording', 'storage', 'retrieval', 'consultation', 'use', 'erasure'],
      processingTermIds: pc('hosting_operations', 'monitoring', 'remote_support', 'security_services'),
      personalDataTermIds: pd('identity', 'account_credentials', 'technical_identifiers', 'log_data'),
      dataSubjectTermIds: ds('customer_end_user'),
      subprocessorIds: [sp.rmmUs, sp.datacenter, sp.disposal],
      systemIds: [sys.rmm, sys.monitoring, sys.cmdb],
      measureIds: tom(
        ...SERVICE_TOMS,
        'TECH_REMOTE_ACCESS',
        'TECH_MONITORING',
        'TECH_PATCH',
        'TECH_ENDPOINT',
        'ORG_DISPOSAL',
        'PHYS_CUSTOMER_SITE',
        'TECH_PENTEST',
      ),
      endOfContractAction: 'delete',
      retentionRuleId: rules.logs,
      notes: 'Agenten i RMM-plattformen installeras på alla enheter som ingår i avtalet.',
    }),
    backup: service({
      name: 'Backup',
      subjectMatter: 'Säkerhetskopiering av kundens servrar och Microsoft 365 och återläsning på begäran',
      purpose: 'Att kunna återställa kundens data efter fel, misstag eller angrepp',
      subjectMatterEn: "Backup of the customer's servers and Microsoft 365, and restores on request",
      purposeEn: "Being able to restore the customer's data after faults, mistakes or attacks",
      nature: ['storage', 'retrieval', 'restriction', 'erasure'],
      processingTermIds: pc('backup'),
      personalDataTermIds: pd('identity', 'contact', 'communication_content', 'other'),
      dataSubjectTermIds: ds('customer_end_user', 'customer_contact'),
      subprocessorIds: [sp.backupDe, sp.datacenter],
      systemIds: [sys.backup],
      measureIds: tom(...SERVICE_TOMS, 'TECH_BACKUP', 'TECH_ENC_REST', 'TECH_KEY_MGMT', 'TECH_RESTORE_TEST', 'PHYS_DATACENTER'),
      endOfContractAction: 'return_then_delete',
      retentionRuleId: rules.customerBackups,
    }),
    m365: service({
      name: 'Microsoft 365-administration',
      subjectMatter: 'Administration av kundens Microsoft 365: användare, licenser, e-post, Teams, SharePoint och enheter i Intune',
      purpose: 'Att kundens användare har fungerande och säkra konton, e-post och enheter',
      subjectMatterEn: "Administration of the customer's Microsoft 365: users, licences, e-mail, Teams, SharePoint and devices in Intune",
      purposeEn: "That the customer's users have working and secure accounts, e-mail and devices",
      nature: ['recording', 'organisation', 'storage', 'adaptation', 'retrieval', 'consultation', 'erasure'],
      processingTermIds: pc('email_m365_admin', 'device_management'),
      personalDataTermIds: pd('identity', 'contact', 'account_credentials', 'communication_content', 'technical_identifiers'),
      dataSubjectTermIds: ds('customer_end_user'),
      // Microsoft Corporation (USA) joins through the sample's completed change notice (sample-change-notices.ts).
      subprocessorIds: [sp.microsoftIe],
      systemIds: [sys.m365],
      measureIds: tom(...SERVICE_TOMS, 'TECH_IAM', 'TECH_MOBILE', 'TECH_EMAIL_SEC'),
      endOfContractAction: 'return',
      retentionRuleId: rules.contractEnd,
      notes: 'Kunden äger sin Microsoft 365-miljö; vid avtalets slut lämnas administratörsbehörigheten tillbaka.',
    }),
    helpdesk: service({
      name: 'Helpdesk',
      subjectMatter: 'Support till kundens användare via telefon, e-post och fjärrstöd',
      purpose: 'Att hjälpa kundens användare med frågor och fel',
      subjectMatterEn: "Support for the customer's users by phone, e-mail and remote support",
      purposeEn: "Helping the customer's users with questions and faults",
      nature: ['collection', 'recording', 'storage', 'retrieval', 'consultation', 'use'],
      processingTermIds: pc('helpdesk', 'remote_support'),
      personalDataTermIds: pd('identity', 'contact', 'support_content', 'technical_identifiers'),
      dataSubjectTermIds: ds('customer_end_user'),
      subprocessorIds: [sp.helpdesk, sp.rmmUs],
      systemIds: [sys.ticketing, sys.rmm],
      measureIds: tom(...SERVICE_TOMS, 'TECH_REMOTE_ACCESS'),
      endOfContractAction: 'return_then_delete',
      retentionRuleId: rules.tickets,
    }),
    // Left without a retention rule on purpose: the completeness check shows it.
    hosting: service({
      name: 'Hosting',
      subjectMatter: 'Drift av kundens servrar och applikationer på vår driftplattform',
      purpose: 'Att kundens system är tillgängliga och skyddade',
      subjectMatterEn: "Operation of the customer's servers and applications on our hosting platform",
      purposeEn: "That the customer's systems are available and protected",
      nature: ['storage', 'retrieval', 'erasure'],
      processingTermIds: pc('hosting_operations'),
      personalDataTermIds: pd('other', 'communication_content'),
      dataSubjectTermIds: ds('customer_end_user'),
      subprocessorIds: [sp.datacenter],
      systemIds: [sys.hosting],
      measureIds: tom(...SERVICE_TOMS, 'TECH_REDUNDANCY', 'TECH_FIREWALL', 'PHYS_DATACENTER'),
      endOfContractAction: 'return_then_delete',
      notes: 'Vilka personuppgifter som finns i kundens system bestämmer kunden; se kundens egna tillägg.',
    }),
  };
  step();

  const subscriptions = session.use(subscriptionsService);
  const subscribe = (customer: Customer, key: ServiceKey, startDate: string, extra: Partial<SubscriptionFields> = {}) =>
    subscriptions.create(
      subscriptionFields.parse({
        customerId: customer.id,
        serviceId: services[key],
        startDate,
        endDate: customer.contractEnd,
        notes: '',
        addedTermIds: [],
        removedTermIds: [],
        addedSubprocessorIds: [],
        removedSubprocessorIds: [],
        ...extra,
      }),
    );
  // Per-customer additions and exceptions, by customer index.
  const extras: Record<number, Partial<Record<ServiceKey, Partial<SubscriptionFields>>>> = {
    1: {
      backup: { addedTermIds: pd('special_category'), notes: 'Säkerhetskopiorna omfattar patientjournaler (hälsouppgifter).' },
      hosting: { addedTermIds: pd('special_category', 'personnummer'), notes: 'Journalsystemets databas körs på vår plattform.' },
    },
    5: {
      drift: { removedSubprocessorIds: [sp.rmmUs], notes: 'Advokatbyrån har inte godkänt RMM-plattformen; fjärrstöd sker via egen VPN.' },
      // Its exception from Microsoft's US support is written when its objection is resolved (sample-change-notices.ts).
    },
    9: { m365: { addedTermIds: ds('other'), notes: 'E-post med vårdnadshavare om barn i förskolan.' } },
    13: { backup: { addedTermIds: pd('personnummer', 'financial'), notes: 'Klienters deklarationsunderlag med personnummer.' } },
    17: {
      backup: { addedTermIds: pd('special_category', 'personnummer'), notes: 'Omsorgsdokumentation i säkerhetskopiorna.' },
      helpdesk: {
        removedTermIds: pd('support_content'),
        notes: 'Användarna får inte beskriva brukare i ärenden; ärenden rör bara teknik.',
      },
    },
    21: { hosting: { addedSubprocessorIds: [sp.webhost], notes: 'Webbutiken ligger hos Webbhotellet i Mälardalen.' } },
  };
  customers.forEach((customer, i) => {
    const start = customer.contractStart ?? '2024-01-01';
    (SUBSCRIPTIONS[i] ?? []).forEach((key, n) => {
      // Later services were added a year or two after the first.
      const startDate = n === 0 ? start : addYears(start, n);
      const first = customer.contractEnd && startDate > customer.contractEnd ? start : startDate;
      subscribe(customer, key, first, extras[i]?.[key] ?? {});
    });
  });
  // One customer left Hosting for a server of its own: an ended subscription.
  const ramnas = customers[27]!;
  subscribe(ramnas, 'hosting', ramnas.contractStart ?? '2020-01-01', {
    endDate: '2024-12-31',
    notes: 'Flyttade till egen server i januari 2025.',
  });
  step();
  return { rules, services, subprocessors: sp };
}

const SAMPLE_NOTICE = {
  introSv:
    'Exempel IT AB är ett IT-företag i Västerås som sköter drift, support och säkerhet åt små och medelstora företag.\n\n' +
    'Vi tar hand om de personuppgifter du lämnar till oss. Här berättar vi vilka uppgifter vi behandlar när du är kund, leverantör, besökare på vår webbplats eller söker jobb hos oss, och vad du kan göra om du har frågor.',
  introEn:
    'Exempel IT AB is an IT company in Västerås that runs operations, support and security for small and medium-sized businesses.\n\n' +
    'We take care of the personal data you give us. This notice tells you which data we process when you are a customer, a supplier, a visitor to our website or apply for a job with us, and what you can do if you have questions.',
  // The website's cookie answer: the notice prints a cookie paragraph only from it.
  cookies: 'necessary_only' as const,
};

/** Steps reported by writeSampleProcessing after the customers. */
const PROCESSING_STEPS = 5;

/**
 * Fills an open, newly created register with the sample data: everything but the agreements in one
 * transaction, then the agreements (their documents are rendered asynchronously, one version per
 * transaction). The caller removes the file if this fails or is cancelled.
 */
export async function writeSampleRegister(session: Session, progress: (done: number, total: number) => void = () => {}): Promise<void> {
  const customers = sampleCustomers();
  const total = customers.length + 2 + PROCESSING_STEPS;
  let done = 0;
  const step = () => progress(++done, total);
  // The data without history (it would all be one change, dated today), then its believable past.
  const withoutHistory = <T>(fn: () => T): T => session.history.withoutHistory(() => session.tx(fn));
  const { created, refs } = withoutHistory(() => {
    const org = session.organisation.get();
    session.organisation.update(organisationFields.parse(ORGANISATION), org.revision);
    step();
    const created = customers.map((c) => {
      const customer = session.customers.create(customerFields.parse(c));
      step();
      return customer;
    });
    const refs = writeSampleProcessing(session, created, step);
    writeSampleSites(session, created, refs);
    writeSampleOwnDataRules(session, refs);
    // The privacy notice: a short introduction of our own; everything else comes from the register.
    const notice = session.use(privacyNoticeService);
    notice.update({ ...SAMPLE_NOTICE, excludedActivityIds: [], sections: [] }, notice.get().revision);
    return { created, refs };
  });
  await writeSampleHistory(session, {
    customers: created,
    agreementSteps: sampleAgreementSteps(session, created),
    // The sub-processor changes happen in the past, among the agreements they depend on; so do the
    // requests from data subjects and the breaches, with their clocks counted from today.
    more: (past) => {
      sampleChangeNotices(past, { customers: created, ...refs });
      sampleRequestsAndBreaches(past, { customers: created });
    },
  });
  step();
}
