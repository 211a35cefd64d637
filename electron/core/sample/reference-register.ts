// The reference register (quality.md): a large, realistic register for the bench and the
// end-to-end tests. Deterministic for a seed: its own PRNG, no Date.now(), no Math.random().
// Everything is written through the services (the same validation as the app), never raw SQL.
//
// Structure: one generator per entity kind in SECTIONS, run in order. Each section yields its
// rows one at a time; the driver batches them into transactions and reports progress. Later
// features (activities, services, sub-processors, devices, agreements…) add a section here.
import { withCheckDigit } from '../../../shared/orgnr';
import type { CustomerFields } from '../../../shared/contract';
import { customerFields } from '../../../shared/contract';
import type { Session } from '../session';

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

const NATURE_PREFIXES = ['Björk', 'Ek', 'Lind', 'Gran', 'Sjö', 'Ål', 'Äng', 'Öst', 'Väst', 'Berg', 'Strand', 'Fjäll', 'Hav', 'Lövs', 'Rönn', 'Älv'];
const NATURE_SUFFIXES = ['dalens', 'backens', 'vikens', 'holmens', 'ängens', 'åsens', 'torpets', 'udden', 'sjöns', 'hagens', 'lidens', 'bäckens'];

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
  'Anna', 'Åsa', 'Märta', 'Björn', 'Göran', 'Jörgen', 'Örjan', 'Maria', 'Karin', 'Eva', 'Lena', 'Kristina',
  'Sofia', 'Sara', 'Elin', 'Ingrid', 'Birgitta', 'Helena', 'Linnéa', 'Maja', 'Per', 'Lars', 'Johan', 'Erik',
  'Anders', 'Mikael', 'Fredrik', 'Magnus', 'Patrik', 'Daniel', 'Olof', 'Gunnar', 'Håkan', 'Stefan', 'Tomas',
  'Ahmed', 'Fatima', 'Mehmet', 'Aleksandra', 'Nils', 'Agneta', 'Ulla', 'Sören', 'Kjell', 'Ingela', 'Tove',
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
// Driver

interface Section {
  name: string;
  count: number;
  /** Writes one row; called inside a transaction. */
  rows: () => Iterator<() => void>;
}

function sections(session: Session, rng: Rng, options: Required<Pick<ReferenceOptions, 'customers'>>): Section[] {
  return [
    {
      name: 'customers',
      count: options.customers,
      rows: function* () {
        for (const fields of referenceCustomers(rng, options.customers)) {
          yield () => {
            session.customers.create(customerFields.parse(fields));
          };
        }
      },
    },
    // Later: services, sub-processors, activities, subscriptions, sites, devices, agreements, history.
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
  let done = 0;
  for (const section of list) {
    const rows = section.rows();
    let written = 0;
    let finished = false;
    while (!finished) {
      const before = done;
      session.tx(() => {
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
