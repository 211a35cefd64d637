// The reference register (quality.md): a large, realistic register for the bench and the
// end-to-end tests. Deterministic for a seed: its own PRNG, no Date.now(), no Math.random().
// Everything is written through the services (the same validation as the app), never raw SQL.
//
// Structure: one generator per entity kind in SECTIONS, run in order. Each section yields its
// rows one at a time; the driver batches them into transactions and reports progress. Later
// features (activities, services, sub-processors, devices, agreements…) add a section here.
import type { CustomerFields } from '../../../shared/contract';
import {
  activityFields,
  customerFields,
  retentionRuleFields,
  securityMeasureFields,
  serviceFields,
  subprocessorFields,
  subscriptionFields,
  systemFields,
} from '../../../shared/contract';
import type {
  HostingKind,
  RetentionAction,
  RetentionAnchorKind,
  RetentionEvent,
  SystemKind,
  TransferMechanism,
} from '../../../shared/domain/enums';
import { withCheckDigit } from '../../../shared/orgnr';
import { activitiesService } from '../activities/activities.service';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import { servicesService } from '../services/services.service';
import { subscriptionsService } from '../services/subscriptions.service';
import type { Session } from '../session';
import { siteSections } from './reference-sites';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';

export interface ReferenceOptions {
  seed?: number;
  customers?: number;
  /** Rows per transaction; progress is reported after each. */
  chunkSize?: number;
  /** Called after each chunk with rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReferenceSummary {
  seed: number;
  counts: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast, good enough for test data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Swedish building blocks

const TOWNS: readonly [town: string, postalPrefix: string, areaCode: string][] = [
  ['Västerås', '72', '021'],
  ['Eskilstuna', '63', '016'],
  ['Örebro', '70', '019'],
  ['Uppsala', '75', '018'],
  ['Enköping', '74', '0171'],
  ['Köping', '73', '0221'],
  ['Sala', '73', '0224'],
  ['Arboga', '73', '0589'],
  ['Strängnäs', '64', '0152'],
  ['Norrtälje', '76', '0176'],
  ['Södertälje', '15', '08'],
  ['Stockholm', '11', '08'],
  ['Täby', '18', '08'],
  ['Åkersberga', '18', '08'],
  ['Göteborg', '41', '031'],
  ['Mölndal', '43', '031'],
  ['Borås', '50', '033'],
  ['Malmö', '21', '040'],
  ['Lund', '22', '046'],
  ['Helsingborg', '25', '042'],
  ['Linköping', '58', '013'],
  ['Norrköping', '60', '011'],
  ['Jönköping', '55', '036'],
  ['Växjö', '35', '0470'],
  ['Kalmar', '39', '0480'],
  ['Gävle', '80', '026'],
  ['Sundsvall', '85', '060'],
  ['Östersund', '83', '063'],
  ['Umeå', '90', '090'],
  ['Luleå', '97', '0920'],
  ['Falun', '79', '023'],
  ['Borlänge', '78', '0243'],
  ['Karlstad', '65', '054'],
  ['Nyköping', '61', '0155'],
  ['Hässleholm', '28', '0451'],
  ['Skövde', '54', '0500'],
  ['Trollhättan', '46', '0520'],
  ['Ängelholm', '26', '0431'],
  ['Örnsköldsvik', '89', '0660'],
  ['Härnösand', '87', '0611'],
];

const REGIONS = [
  'Mälardalens',
  'Mälarens',
  'Bergslagens',
  'Roslagens',
  'Västmanlands',
  'Upplands',
  'Sörmlands',
  'Östergötlands',
  'Västkustens',
  'Norrlands',
  'Dalarnas',
  'Värmlands',
  'Hälsinglands',
  'Skånes',
  'Smålands',
  'Österlens',
  'Ådalens',
  'Jämtlands',
  'Östra',
  'Södra',
  'Norra',
  'Västra',
] as const;

const FAMILY_NAMES = [
  'Åkesson',
  'Öberg',
  'Ström',
  'Sjöberg',
  'Lindqvist',
  'Bergström',
  'Håkansson',
  'Nyström',
  'Söderlund',
  'Engström',
  'Forsberg',
  'Ekdahl',
  'Åström',
  'Sundberg',
  'Löfgren',
  'Björk',
  'Holmgren',
  'Wallin',
  'Dahlström',
  'Hedlund',
  'Nordström',
  'Blomqvist',
  'Ågren',
  'Östlund',
  'Mårtensson',
  'Pettersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Jönsson',
  'Lundgren',
  'Sandström',
  'Fält',
  'Grönlund',
] as const;

const NATURE_PREFIXES = [
  'Björk',
  'Ek',
  'Lind',
  'Gran',
  'Sjö',
  'Ål',
  'Äng',
  'Öst',
  'Väst',
  'Berg',
  'Strand',
  'Fjäll',
  'Hav',
  'Lövs',
  'Rönn',
  'Älv',
];
const NATURE_SUFFIXES = [
  'dalens',
  'backens',
  'vikens',
  'holmens',
  'ängens',
  'åsens',
  'torpets',
  'udden',
  'sjöns',
  'hagens',
  'lidens',
  'bäckens',
];

const TRADES = [
  'Bygg',
  'Bygg & Måleri',
  'Ventilation',
  'VVS',
  'El & Tele',
  'Elektriska',
  'Redovisning',
  'Revision',
  'Tandvård',
  'Fastigheter',
  'Fastighetsförvaltning',
  'Logistik',
  'Åkeri',
  'Transport',
  'Bilservice',
  'Mekaniska Verkstad',
  'Städservice',
  'Förskolor',
  'Vårdboende',
  'Hemtjänst',
  'Advokatbyrå',
  'Konsult',
  'Konsultgrupp',
  'Arkitekter',
  'Trädgård',
  'Kyl & Värme',
  'Måleri',
  'Snickeri',
  'Plåtslageri',
  'Golv',
  'Tryckeri',
  'Bokhandel',
  'Café & Bageri',
  'Restaurang',
  'Hotell',
  'Optik',
  'Veterinärklinik',
  'Fysioterapi',
  'Trafikskola',
  'Lantbruk',
  'Skog & Mark',
  'Marin',
  'Däck',
  'Järnhandel',
  'Blommor',
  'Frisörer',
  'Reklambyrå',
  'Mäkleri',
  'Begravningsbyrå',
  'Bemanning',
] as const;

const LEGAL_FORMS: readonly [form: string, weight: number, orgNrPrefixes: readonly string[]][] = [
  ['AB', 78, ['556', '559']],
  ['HB', 10, ['969', '916']],
  ['KB', 4, ['969', '916']],
  ['ekonomisk förening', 4, ['769']],
  ['ideell förening', 4, ['802']],
];

const FIRST_NAMES = [
  'Anna',
  'Åsa',
  'Märta',
  'Björn',
  'Göran',
  'Jörgen',
  'Örjan',
  'Maria',
  'Karin',
  'Eva',
  'Lena',
  'Kristina',
  'Sofia',
  'Sara',
  'Elin',
  'Ingrid',
  'Birgitta',
  'Helena',
  'Linnéa',
  'Maja',
  'Per',
  'Lars',
  'Johan',
  'Erik',
  'Anders',
  'Mikael',
  'Fredrik',
  'Magnus',
  'Patrik',
  'Daniel',
  'Olof',
  'Gunnar',
  'Håkan',
  'Stefan',
  'Tomas',
  'Ahmed',
  'Fatima',
  'Mehmet',
  'Aleksandra',
  'Nils',
  'Agneta',
  'Ulla',
  'Sören',
  'Kjell',
  'Ingela',
  'Tove',
] as const;

const ROLES = [
  'VD',
  'Ekonomichef',
  'IT-ansvarig',
  'Kontorschef',
  'Verksamhetschef',
  'Driftchef',
  'HR-ansvarig',
  'Delägare',
  'Ägare',
  'Systemförvaltare',
  'Administratör',
  'Ordförande',
  'Kassör',
  'Projektledare',
] as const;

const STREETS = [
  'Storgatan',
  'Kungsgatan',
  'Drottninggatan',
  'Industrivägen',
  'Järnvägsgatan',
  'Skolgatan',
  'Ågatan',
  'Östra Långgatan',
  'Västra Vägen',
  'Björkvägen',
  'Hamngatan',
  'Smedjegatan',
  'Verkstadsgatan',
  'Kopparbergsvägen',
  'Sjötullsgatan',
  'Ängsvägen',
  'Åsgatan',
  'Mästargatan',
  'Tegelbruksvägen',
  'Köpmangatan',
] as const;

const NOTES = [
  'Ekonomisystemet körs hos leverantören; vi sköter nätverk och arbetsplatser.',
  'Kunden har eget dataskyddsombud via kommunförbundet.',
  'Säkerhetskopiering till extern molntjänst sedan 2023.',
  'Avtalet förlängs automatiskt med ett år i taget.',
  'Journalsystem med patientuppgifter – extra behörighetsstyrning.',
] as const;

function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function weighted<T>(rng: Rng, items: readonly (readonly [T, number, ...unknown[]])[]): readonly [T, number, ...unknown[]] {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const item of items) {
    r -= item[1];
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}

// ---------------------------------------------------------------------------------------------
// Customers

function companyBase(rng: Rng, town: string): string {
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return `${rng.pick(REGIONS)} ${rng.pick(TRADES)}`;
    case 2:
      return `${rng.pick(FAMILY_NAMES)}s ${rng.pick(TRADES)}`;
    case 3:
      return `${rng.pick(NATURE_PREFIXES)}${rng.pick(NATURE_SUFFIXES)} ${rng.pick(TRADES)}`;
    case 4:
      return `${town}s ${rng.pick(TRADES)}`.replace(/ss /, 's ');
    default:
      return `${rng.pick(TRADES)} i ${town}`;
  }
}

function phone(rng: Rng, areaCode: string): string {
  const digits = 8 - (areaCode.length - 1);
  let rest = '';
  for (let i = 0; i < digits; i++) rest += String(rng.int(0, 9));
  if (rest.startsWith('0')) rest = `1${rest.slice(1)}`;
  return `${areaCode}-${rest.slice(0, rest.length - 4)} ${rest.slice(-4, -2)} ${rest.slice(-2)}`;
}

/** Yields `count` valid customers (as the form would send them), deterministic for the rng. */
export function* referenceCustomers(rng: Rng, count: number): Generator<CustomerFields> {
  const names = new Set<string>();
  const orgNrs = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [town, postalPrefix, areaCode] = rng.pick(TOWNS);
    const [form, , prefixes] = weighted(rng, LEGAL_FORMS) as readonly [string, number, readonly string[]];
    let name = `${companyBase(rng, town)} ${form}`;
    for (let attempt = 0; names.has(name) && attempt < 4; attempt++) name = `${companyBase(rng, town)} ${form}`;
    if (names.has(name)) name = `${companyBase(rng, town)} i ${town} ${form}`;
    for (let n = 2; names.has(name); n++) name = `${companyBase(rng, town)} ${n} ${form}`;
    names.add(name);

    let orgNr: string;
    do {
      let nine = rng.pick(prefixes);
      while (nine.length < 9) nine += String(rng.int(0, 9));
      orgNr = withCheckDigit(nine);
    } while (orgNrs.has(orgNr));
    orgNrs.add(orgNr);

    const domain = `${slug(name.replace(/ (AB|HB|KB|ekonomisk förening|ideell förening)$/, ''))}.se`;
    const postalCode = `${postalPrefix}${rng.int(1, 9)} ${pad(rng.int(10, 99))}`;
    const street = `${rng.pick(STREETS)} ${rng.int(1, 120)}${rng.chance(0.1) ? rng.pick(['A', 'B', 'C']) : ''}`;
    const separateInvoice = rng.chance(0.2);

    const contactCount = rng.int(1, 3);
    const contactPersons = Array.from({ length: contactCount }, (_, n) => {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(FAMILY_NAMES);
      return {
        name: `${first} ${last}`,
        role: n === 0 ? rng.pick(['VD', 'Ägare', 'Verksamhetschef', 'Ekonomichef', 'Ordförande']) : rng.pick(ROLES),
        email: `${slug(first)}.${slug(last)}@${domain}`,
        phone: rng.chance(0.85) ? phone(rng, areaCode) : '',
      };
    });

    const startYear = rng.int(2012, 2025);
    const contractStart = `${startYear}-${pad(rng.int(1, 12))}-01`;
    const ended = rng.chance(0.1);
    let contractEnd: string | null = null;
    if (ended) {
      const endYear = Math.min(2025, startYear + rng.int(1, 6));
      contractEnd = `${endYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
      if (contractEnd < contractStart) contractEnd = `${startYear}-12-31`;
    } else if (rng.chance(0.2)) {
      contractEnd = `${rng.int(2026, 2029)}-${pad(rng.int(1, 12))}-${rng.pick(['01', '15', '28'])}`;
    }

    yield {
      name,
      orgNr,
      visitingAddress: { street, postalCode, city: town, country: 'Sverige' },
      invoiceAddress: separateInvoice
        ? { street: `Box ${rng.int(10, 9999)}`, postalCode, city: town, country: 'Sverige' }
        : { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: !separateInvoice,
      contactPersons,
      dpo: rng.chance(0.15)
        ? { name: 'Dataskyddsombud', email: `dataskydd@${domain}`, phone: phone(rng, areaCode) }
        : { name: '', email: '', phone: '' },
      contractStart,
      contractEnd,
      status: ended ? 'ended' : 'active',
      notes: rng.chance(0.1) ? rng.pick(NOTES) : '',
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The register of processing: sub-processors, systems, retention rules, security measures,
// activities (40 × 3 purposes), services (12) and about two subscriptions per customer.

const SUBPROCESSOR_PLAN: readonly [name: string, country: string, mechanism: TransferMechanism, service: string][] = [
  ['Mälardalens Datacenter AB', 'SE', 'none_eea', 'Colocation och IaaS'],
  ['Norrlands Serverhall AB', 'SE', 'none_eea', 'Reservdatacenter'],
  ['Öresunds Fiber AB', 'SE', 'none_eea', 'Förbindelser och nätdrift'],
  ['Ärendeportalen Sverige AB', 'SE', 'none_eea', 'Ärendesystem som tjänst'],
  ['Lönekraft AB', 'SE', 'none_eea', 'Lönesystem'],
  ['Ekonomimolnet Sverige AB', 'SE', 'none_eea', 'Ekonomisystem'],
  ['Säker Destruktion Mälardalen AB', 'SE', 'none_eea', 'Destruktion av lagringsmedia'],
  ['Åkesson Telefoni AB', 'SE', 'none_eea', 'Molnväxel'],
  ['Webbhotellet i Mälardalen AB', 'SE', 'none_eea', 'Webbhotell'],
  ['Göta Säkerhetscenter AB', 'SE', 'none_eea', 'Säkerhetsövervakning (SOC)'],
  ['Datensafe Backup GmbH', 'DE', 'none_eea', 'Lagring av säkerhetskopior'],
  ['Rechenzentrum Nord GmbH', 'DE', 'none_eea', 'Objektlagring'],
  ['Microsoft Ireland Operations Ltd', 'IE', 'none_eea', 'Microsoft 365'],
  ['Polderdata B.V.', 'NL', 'none_eea', 'E-postfiltrering'],
  ['Suomen Pilvi Oy', 'FI', 'none_eea', 'Lösenordsvalv'],
  ['Nordlys Datasenter AS', 'NO', 'none_eea', 'Andra backupplats'],
  ['Københavns Netværk ApS', 'DK', 'none_eea', 'Brandvägg som tjänst'],
  ['RemoteWatch Inc.', 'US', 'adequacy_us_dpf', 'RMM och fjärrstöd'],
  ['Microsoft Corporation', 'US', 'adequacy_us_dpf', 'Support för Microsoft 365'],
  ['Mailwave Inc.', 'US', 'scc_2021_914', 'Nyhetsbrev'],
  ['Patchly Inc.', 'US', 'adequacy_us_dpf', 'Uppdatering av tredjepartsprogram'],
  ['Endpoint Shield Inc.', 'US', 'scc_2021_914', 'EDR'],
  ['Thames Monitoring Ltd', 'GB', 'adequacy', 'Övervakning av webbplatser'],
  ['Alpine Secure Mail AG', 'CH', 'adequacy', 'Krypterad e-post'],
  ['Bangalore Service Desk Pvt Ltd', 'IN', 'scc_2021_914', 'Jourhelpdesk nattetid'],
];

const SYSTEM_PLAN: readonly [name: string, kind: SystemKind, hosting: HostingKind, country: string, subprocessor: number | null][] = [
  ['Ekonomisystem', 'finance', 'saas', 'SE', 5],
  ['Ärendesystem', 'ticketing', 'saas', 'SE', 3],
  ['CRM och kundregister', 'crm', 'own_datacenter', 'SE', 0],
  ['RMM-plattform', 'rmm', 'saas', 'DE', 17],
  ['Övervakningsserver', 'monitoring', 'own_datacenter', 'SE', 0],
  ['CMDB', 'cmdb', 'office_server', 'SE', null],
  ['Microsoft 365', 'email', 'saas', 'IE', 12],
  ['Backup-lagring', 'backup', 'cloud', 'DE', 10],
  ['Driftplattform', 'hosting', 'own_datacenter', 'SE', 0],
  ['Webbplats', 'website', 'cloud', 'SE', 8],
  ['Lönesystem', 'hr_payroll', 'saas', 'SE', 4],
  ['Molnväxel', 'other', 'saas', 'SE', 7],
  ['SIEM', 'monitoring', 'saas', 'SE', 9],
  ['Lösenordsvalv', 'other', 'saas', 'FI', 14],
  ['Filserver', 'file_storage', 'office_server', 'SE', null],
];

const RULE_PLAN: readonly [
  sv: string,
  en: string,
  anchor: RetentionAnchorKind,
  event: RetentionEvent | null,
  duration: string,
  action: RetentionAction,
][] = [
  ['Bokföring', 'Bookkeeping', 'fiscal_year_end', null, 'P7Y', 'delete'],
  ['Loggfiler', 'Log files', 'created', null, 'P30D', 'delete'],
  ['CMDB', 'CMDB', 'event', 'contract_ended', 'P1Y', 'delete'],
  ['Supportärenden', 'Support tickets', 'event', 'ticket_closed', 'P3Y', 'delete'],
  ['Kunduppgifter', 'Customer details', 'event', 'contract_ended', 'P2Y', 'delete'],
  ['Personaluppgifter', 'Staff records', 'event', 'employment_ended', 'P2Y', 'delete'],
  ['Rekrytering', 'Recruitment', 'event', 'recruitment_decided', 'P2Y', 'delete'],
  ['Nyhetsbrev', 'Newsletter', 'event', 'consent_withdrawn', 'P30D', 'delete'],
  ['Kunders säkerhetskopior', "Customers' backups", 'created', null, 'P90D', 'delete'],
  ['Kunddata när avtalet upphör', 'Customer data when the contract ends', 'event', 'contract_ended', 'P30D', 'return_to_controller'],
];

const ACTIVITY_NAMES = [
  'Kundregister och avtal',
  'Fakturering',
  'Bokföring',
  'Supportärenden',
  'Övervakning av egen IT-miljö',
  'CMDB och utrustning hos kunder',
  'Lön',
  'Personaladministration',
  'Rekrytering',
  'Kontaktformulär',
  'Nyhetsbrev',
  'Kundundersökningar',
  'Leverantörsregister',
  'Passerkontroll',
  'Kamerabevakning',
  'Tidrapportering',
  'Friskvård och förmåner',
  'Utbildningsregister',
  'Incidenthantering',
  'Behörighetshantering',
] as const;

const PURPOSE_TEXTS = [
  'Fullgöra avtal med kunder',
  'Uppfylla krav i bokföringslagen',
  'Upptäcka och utreda säkerhetsincidenter',
  'Följa upp kvalitet och svarstider',
  'Planera bemanning och arbete',
  'Betala ut lön och ersättningar',
  'Svara på frågor från intresserade',
  'Informera om nyheter och tjänster',
  'Skydda lokaler och utrustning',
  'Hålla ordning på behörigheter',
  'Utveckla våra tjänster',
  'Bemöta rättsliga anspråk',
] as const;

const SERVICE_PLAN: readonly [name: string, processingCodes: readonly string[]][] = [
  ['Drift och övervakning', ['hosting_operations', 'monitoring']],
  ['Backup', ['backup']],
  ['Microsoft 365-administration', ['email_m365_admin']],
  ['Helpdesk', ['helpdesk', 'remote_support']],
  ['Hosting', ['hosting_operations']],
  ['Nätverksdrift', ['monitoring']],
  ['Brandvägg som tjänst', ['security_services']],
  ['E-postfiltrering', ['email_m365_admin', 'security_services']],
  ['Enhetshantering (MDM)', ['device_management']],
  ['Säkerhetsövervakning (SOC)', ['security_services', 'monitoring']],
  ['Telefoni och växel', ['hosting_operations']],
  ['Webbhotell', ['hosting_operations']],
];

/** A few distinct items of `items`, between min and max of them. */
function someOf<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const wanted = Math.min(items.length, rng.int(min, max));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < wanted) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
  return out;
}

export interface RegisterRefs {
  customers: { id: number; start: string; end: string | null }[];
  subprocessors: number[];
  systems: number[];
  rules: number[];
  measures: number[];
  services: number[];
  terms: Record<'data_subject' | 'personal_data' | 'recipient' | 'processing', { id: number; code: string | null; flag: string }[]>;
}

function processingSections(session: Session, rng: Rng, refs: RegisterRefs, customerCount: number): Section[] {
  const loadTerms = () => {
    for (const t of session.use(vocabulariesService).list()) refs.terms[t.kind].push({ id: t.id, code: t.code, flag: t.flag });
  };
  const plainTerms = (kind: 'data_subject' | 'personal_data') =>
    refs.terms[kind].filter((t) => t.flag === 'none' && t.code !== 'other').map((t) => t.id);
  // How many services each customer takes (1–3, two on average), fixed up front so progress knows the total.
  const plan = createRng(rng.int(1, 2 ** 30));
  const perCustomer = Array.from({ length: customerCount }, () => plan.int(1, 3));
  const measureCodes = (session.use(measuresService).list() ?? []).length;

  return [
    {
      name: 'subprocessors',
      count: SUBPROCESSOR_PLAN.length,
      rows: function* () {
        for (const [name, country, transferMechanism, serviceDescription] of SUBPROCESSOR_PLAN) {
          yield () => {
            const swedish = country === 'SE';
            const fields = subprocessorFields.parse({
              name,
              orgNr: swedish ? withCheckDigit(`559${String(rng.int(100000, 999999))}`) : '',
              country,
              address: '',
              website: `https://www.${slug(name)}.example`,
              contactName: '',
              contactEmail: `privacy@${slug(name)}.example`,
              serviceDescription,
              dataProcessed: 'Uppgifter i de tjänster vi levererar till kunder',
              processingLocations: country,
              transferMechanism,
              sccModule: transferMechanism === 'scc_2021_914' ? 'P2P' : null,
              transferNotes: '',
              agreementDate: `20${rng.int(19, 25)}-${pad(rng.int(1, 12))}-01`,
              agreementNotes: '',
              status: 'active',
              notes: '',
            });
            refs.subprocessors.push(session.use(subprocessorsService).create(fields).id);
          };
        }
      },
    },
    {
      name: 'systems',
      count: SYSTEM_PLAN.length,
      rows: function* () {
        for (const [name, kind, hosting, country, sub] of SYSTEM_PLAN) {
          yield () => {
            const fields = systemFields.parse({
              name,
              kind,
              hosting,
              country,
              location: '',
              subprocessorId: sub === null ? null : refs.subprocessors[sub]!,
              supplierName: sub === null ? 'Egen drift' : '',
              notes: '',
            });
            refs.systems.push(session.use(systemsService).create(fields).id);
          };
        }
      },
    },
    {
      name: 'retentionRules',
      count: RULE_PLAN.length,
      rows: function* () {
        for (const [nameSv, nameEn, anchorKind, anchorEvent, duration, action] of RULE_PLAN) {
          yield () => {
            const bookkeeping = anchorKind === 'fiscal_year_end';
            const fields = retentionRuleFields.parse({
              nameSv,
              nameEn,
              storageLocation: '',
              purpose: '',
              anchorKind,
              anchorEvent,
              roundAnchorTo: bookkeeping ? 'end_of_calendar_year' : 'none',
              duration,
              inclusive: true,
              backupLag: rng.chance(0.5) ? 'P7D' : null,
              action,
              legalMinimumDuration: bookkeeping ? 'P7Y' : null,
              legalMinimumSource: bookkeeping ? 'BFL 7 kap. 2 §' : '',
              legalBasisRef: '',
              legalHoldAllowed: true,
              policySv: '',
              policyEn: '',
            });
            refs.rules.push(session.use(retentionService).create(fields).id);
          };
        }
      },
    },
    {
      // The built-in catalogue: most measures implemented, some planned.
      name: 'securityMeasures',
      count: measureCodes,
      rows: function* () {
        for (const m of session.use(measuresService).list()) {
          yield () => {
            const status = rng.chance(0.8) ? 'implemented' : 'planned';
            session
              .use(measuresService)
              .update(
                m.id,
                m.revision,
                securityMeasureFields.parse({ category: m.category, labelSv: m.labelSv, labelEn: m.labelEn, status, note: '' }),
              );
            refs.measures.push(m.id);
          };
        }
      },
    },
    {
      name: 'activities',
      count: 40,
      rows: function* () {
        loadTerms();
        for (let i = 0; i < 40; i++) {
          yield () => {
            const base = ACTIVITY_NAMES[i % ACTIVITY_NAMES.length]!;
            const name =
              i < ACTIVITY_NAMES.length ? base : `${base} – ${rng.pick(['Göteborgskontoret', 'Malmökontoret', 'Örebrokontoret'])}`;
            const purposes = someOf(rng, PURPOSE_TEXTS, 3, 3).map((description) => {
              const legalBasis = rng.pick([
                'contract',
                'legal_obligation',
                'legitimate_interests',
                'legitimate_interests',
                'consent',
              ] as const);
              return {
                description,
                legalBasis,
                legalBasisDetail: legalBasis === 'legal_obligation' ? 'Bokföringslagen (1999:1078)' : '',
                // One activity in ten lacks its balancing test, so the completeness check has work.
                liaText:
                  legalBasis === 'legitimate_interests' && rng.chance(0.9)
                    ? 'Intresseavvägning: behovet väger tyngre än intrånget; få uppgifter, förväntad behandling.'
                    : '',
              };
            });
            const fields = activityFields.parse({
              refNo: `PA-${pad(i + 1)}`,
              name,
              description: '',
              role: 'controller',
              jointControllers: '',
              owner: `${rng.pick(FIRST_NAMES)} ${rng.pick(FAMILY_NAMES)}`,
              status: rng.chance(0.9) ? 'active' : 'draft',
              purposes,
              dataSubjectTermIds: someOf(rng, plainTerms('data_subject'), 1, 3),
              personalDataTermIds: someOf(rng, plainTerms('personal_data'), 2, 5),
              specialCategories: [],
              art9Conditions: [],
              art9Note: '',
              criminalData: false,
              art10Basis: null,
              art10Note: '',
              personnummer: false,
              pnrJustification: null,
              pnrNote: '',
              recipients: [{ kind: 'internal', termId: refs.terms.recipient[0]!.id, subprocessorId: null, name: '' }],
              transfers: [],
              systemIds: someOf(rng, refs.systems, 1, 2),
              retention: [{ termId: null, retentionRuleId: rng.pick(refs.rules) }],
              measureIds: someOf(rng, refs.measures, 3, 8),
              securitySummary: '',
              dataSources: ['data_subject'],
              dpiaStatus: 'not_needed',
              dpiaCriteria: [],
              dpiaNote: '',
              volumeEstimate: '',
              childrenData: false,
              automatedDecisions: false,
              automatedDecisionsNote: '',
              lastReviewedAt: '2025-10-01',
              nextReviewAt: rng.chance(0.9) ? `2026-${pad(rng.int(1, 12))}-01` : null,
            });
            session.use(activitiesService).create(fields);
          };
        }
      },
    },
    {
      name: 'services',
      count: SERVICE_PLAN.length,
      rows: function* () {
        for (const [name, processingCodes] of SERVICE_PLAN) {
          yield () => {
            const fields = serviceFields.parse({
              name,
              subjectMatter: `${name} för kundens verksamhet`,
              purpose: 'Att kundens IT-miljö fungerar och är skyddad',
              nature: someOf(rng, ['collection', 'recording', 'storage', 'retrieval', 'consultation', 'use', 'erasure'] as const, 2, 5),
              processingTermIds: refs.terms.processing.filter((t) => processingCodes.includes(t.code ?? '')).map((t) => t.id),
              personalDataTermIds: someOf(rng, plainTerms('personal_data'), 2, 5),
              dataSubjectTermIds: someOf(rng, plainTerms('data_subject'), 1, 2),
              specialCategories: [],
              subprocessorIds: someOf(rng, refs.subprocessors, 1, 4),
              systemIds: someOf(rng, refs.systems, 1, 3),
              measureIds: someOf(rng, refs.measures, 4, 10),
              endOfContractAction: rng.pick(['return', 'delete', 'return_then_delete'] as const),
              retentionRuleId: rng.pick(refs.rules),
              status: 'active',
              notes: '',
            });
            refs.services.push(session.use(servicesService).create(fields).id);
          };
        }
      },
    },
    {
      name: 'subscriptions',
      count: perCustomer.reduce((s, n) => s + n, 0),
      rows: function* () {
        const extraTerms = plainTerms('personal_data');
        for (const [index, customer] of refs.customers.entries()) {
          const services = someOf(rng, refs.services, perCustomer[index]!, perCustomer[index]!);
          for (const [n, serviceId] of services.entries()) {
            yield () => {
              // Later services were added a year or so after the first, but never after the contract ended.
              let startDate = n === 0 ? customer.start : `${Number(customer.start.slice(0, 4)) + n}${customer.start.slice(4)}`;
              if (customer.end !== null && startDate > customer.end) startDate = customer.start;
              const changed = rng.chance(0.05);
              session.use(subscriptionsService).create(
                subscriptionFields.parse({
                  customerId: customer.id,
                  serviceId,
                  startDate,
                  endDate: customer.end,
                  notes: changed ? 'Tillägg enligt kundens instruktion' : '',
                  addedTermIds: changed ? [rng.pick(extraTerms)] : [],
                  removedTermIds: [],
                  addedSubprocessorIds: changed && rng.chance(0.5) ? [rng.pick(refs.subprocessors)] : [],
                  removedSubprocessorIds: [],
                }),
              );
            };
          }
        }
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Driver

export interface Section {
  name: string;
  count: number;
  /** Writes one row; called inside a transaction. */
  rows: () => Iterator<() => void>;
}

function sections(session: Session, rng: Rng, options: Required<Pick<ReferenceOptions, 'customers'>>): Section[] {
  const refs: RegisterRefs = {
    customers: [],
    subprocessors: [],
    systems: [],
    rules: [],
    measures: [],
    services: [],
    terms: { data_subject: [], personal_data: [], recipient: [], processing: [] },
  };
  return [
    {
      name: 'customers',
      count: options.customers,
      rows: function* () {
        for (const fields of referenceCustomers(rng, options.customers)) {
          yield () => {
            const c = session.customers.create(customerFields.parse(fields));
            refs.customers.push({
              id: c.id,
              start: c.contractStart ?? '2020-01-01',
              end: c.contractEnd && c.status === 'ended' ? c.contractEnd : null,
            });
          };
        }
      },
    },
    ...processingSections(session, rng, refs, options.customers),
    ...siteSections(session, rng, refs, options.customers),
    // The agreements are rendered asynchronously, after these sections: writeReferenceAgreements
    // (reference-file.ts). Later: history.
  ];
}

/**
 * Fills an open, newly created register with the reference data. Each section is written in
 * transactions of `chunkSize` rows, so 50,000 customers report progress as they go (and an
 * interrupted run leaves whole chunks, never half a row).
 */
export function writeReferenceRegister(session: Session, options: ReferenceOptions = {}): ReferenceSummary {
  const seed = options.seed ?? 1;
  const chunkSize = Math.max(1, options.chunkSize ?? 2000);
  const rng = createRng(seed);
  const list = sections(session, rng, { customers: options.customers ?? 500 });
  const total = list.reduce((s, section) => s + section.count, 0);
  const counts: Record<string, number> = {};
  // Without history: tens of thousands of creations would flood it (reference-file.ts writes its past).
  const quietly = (fn: () => void) => session.history.withoutHistory(() => session.tx(fn));
  let done = 0;
  for (const section of list) {
    const rows = section.rows();
    let written = 0;
    let finished = false;
    while (!finished) {
      const before = done;
      quietly(() => {
        for (let n = 0; n < chunkSize; n++) {
          const row = rows.next();
          if (row.done) {
            finished = true;
            return;
          }
          row.value();
          written++;
          done++;
        }
      });
      if (done > before) options.onProgress?.(done, total);
    }
    counts[section.name] = written;
  }
  return { seed, counts };
}
