// A believable past for the sample and reference registers (issue 11), so the history screens
// have something to show on first open. Their data is written without history; this writes the
// history of how it came to be, through the real recorder (so the chain is valid):
//
// - creations: entries for records as they are, dated when they were entered;
// - edits: the record is first put back to its earlier version (without history), then the edit
//   is made again through its service, dated in the past, so the entry's diff and the record's
//   final state are both true;
// - a customer deleted by mistake and brought back, and steps that have dates of their own
//   (the sample's agreements), all in order of time, as the history lists them.
//
// Deterministic for a given seed and day: its own PRNG, dates relative to the register's today.
import {
  activityFields,
  customerFields,
  equipmentFields,
  organisationFields,
  subprocessorFields,
  subscriptionFields,
  type ContactPerson,
  type CustomerFields,
  type HistoryKind,
} from '../../../shared/contract';
import { activitiesService } from '../activities/activities.service';
import { daysBefore } from '../agreements/agreements.service';
import { createHistoryService } from '../history/history.service';
import type { Actor, PastCall } from '../history/recorder';
import type { Session } from '../session';
import { subscriptionsService } from '../services/subscriptions.service';
import { sitesService } from '../sites/sites.service';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { createRng, type Rng } from './reference-register';
import type { SampleAgreementStep } from './sample-agreements';

/** The people of Exempel IT AB (and of the reference firm): the VD, the DPO and a technician. */
export const SAMPLE_USERS = {
  jonas: { osUser: 'jonas', displayName: 'Jonas Åberg' },
  karin: { osUser: 'karin', displayName: 'Karin Ödman' },
  maria: { osUser: 'maria', displayName: 'Maria Lind' },
} as const satisfies Record<string, Actor>;

type Fields = Record<string, unknown>;
export type RecordRef = { kind: HistoryKind; recordId: number };

/** How a kind of record is read and saved again through its own service. */
interface Editor {
  method: string;
  read(session: Session, id: number): { revision: number; fields: Fields };
  write(session: Session, id: number, revision: number, fields: Fields): void;
}

const EDITORS: Partial<Record<HistoryKind, Editor>> = {
  organisation: {
    method: 'organisation.update',
    read: (s) => {
      const o = s.organisation.get();
      return { revision: o.revision, fields: organisationFields.parse(o) as Fields };
    },
    write: (s, _id, revision, fields) => void s.organisation.update(organisationFields.parse(fields), revision),
  },
  customer: {
    method: 'customers.update',
    read: (s, id) => {
      const c = s.customers.get(id);
      return { revision: c.revision, fields: customerFields.parse(c) as Fields };
    },
    write: (s, id, revision, fields) => {
      // A contact person that is not there any more comes back as a new one.
      const present = new Set(s.customers.get(id).contactPersons.map((p) => p.id));
      const persons = (fields.contactPersons as ContactPerson[]).map(({ id: personId, ...p }) =>
        present.has(personId) ? { id: personId, ...p } : p,
      );
      s.customers.update(id, revision, customerFields.parse({ ...fields, contactPersons: persons }));
    },
  },
  activity: {
    method: 'activities.update',
    read: (s, id) => {
      const a = s.use(activitiesService).get(id);
      return { revision: a.revision, fields: activityFields.parse(a) as Fields };
    },
    write: (s, id, revision, fields) => void s.use(activitiesService).update(id, revision, activityFields.parse(fields)),
  },
  subscription: {
    method: 'subscriptions.update',
    read: (s, id) => {
      const v = s.use(subscriptionsService).get(id);
      return { revision: v.revision, fields: subscriptionFields.parse(v) as Fields };
    },
    write: (s, id, revision, fields) => void s.use(subscriptionsService).update(id, revision, subscriptionFields.parse(fields)),
  },
  subprocessor: {
    method: 'subprocessors.update',
    read: (s, id) => {
      const v = s.use(subprocessorsService).get(id);
      return { revision: v.revision, fields: subprocessorFields.parse(v) as Fields };
    },
    write: (s, id, revision, fields) => void s.use(subprocessorsService).update(id, revision, subprocessorFields.parse(fields)),
  },
  equipment: {
    method: 'equipment.update',
    read: (s, id) => {
      const e = s.use(sitesService).get(id);
      return { revision: e.revision, fields: equipmentFields.parse(e) as Fields };
    },
    write: (s, id, revision, fields) => void s.use(sitesService).update(id, revision, equipmentFields.parse(fields)),
  },
};

export interface PastEdit {
  at: string;
  who: Actor;
  /** The record's version before this edit, made from the version after it. */
  earlier(fields: Fields): Fields;
}

type Item = { at: string; past: PastCall; write: () => void } | { at: string; past: PastCall; run: () => Promise<void> };

/** Collects the past of a register, then writes it in order of time (see write). */
export class PastWriter {
  private readonly items: Item[] = [];
  private readonly edits = new Map<string, { ref: RecordRef; edits: PastEdit[] }>();
  readonly rng: Rng;
  readonly today: string;

  constructor(
    readonly session: Session,
    seed: number,
  ) {
    this.rng = createRng(seed);
    this.today = session.today();
  }

  /**
   * An instant `days` before today at about `hour` (UTC, office hours in Sweden), moved back to
   * the Friday when it falls on a weekend; `minutes` more when given, otherwise a few at random.
   */
  at(days: number, hour: number, minutes = this.rng.int(0, 50)): string {
    let day = daysBefore(this.today, days);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) day = daysBefore(day, weekday === 0 ? 2 : 1);
    const t = new Date(`${day}T00:00:00Z`);
    t.setUTCMinutes(hour * 60 + minutes, this.rng.int(0, 59));
    return t.toISOString();
  }

  /** Records written without history, entered at `at` by `who` in one change (`records` is read when it is written). */
  created(at: string, who: Actor, method: string, records: () => RecordRef[]): void {
    this.change(at, who, method, () => this.session.history.recordExisting(records()));
  }

  /** A change made through the services at `at`. */
  change(at: string, who: Actor, method: string, write: () => void): void {
    this.items.push({ at, past: { at, actor: who, method }, write });
  }

  /** A step with transactions of its own (an agreement is rendered, then saved). */
  step(at: string, who: Actor, method: string, run: () => Promise<void>): void {
    this.items.push({ at, past: { at, actor: who, method }, run });
  }

  /** The record is edited at `at` (`change` makes the next version from the current one): its final state moves on. */
  update(ref: RecordRef, at: string, who: Actor, change: (fields: Fields) => Fields): void {
    const editor = EDITORS[ref.kind];
    if (!editor) throw new Error(`The sample's past cannot edit ${ref.kind}`);
    this.change(at, who, editor.method, () => {
      const current = editor.read(this.session, ref.recordId);
      editor.write(this.session, ref.recordId, current.revision, change(current.fields));
    });
  }

  /** The record was edited at `edit.at`: it is put back to its earlier version now, and edited again then. */
  edit(ref: RecordRef, edit: PastEdit): void {
    const key = `${ref.kind}:${ref.recordId}`;
    const entry = this.edits.get(key) ?? { ref, edits: [] };
    entry.edits.push(edit);
    this.edits.set(key, entry);
  }

  /** Writes the past: earlier versions first (without history), then every item in order of time. */
  async write(): Promise<void> {
    const { session } = this;
    session.history.withoutHistory(() =>
      session.tx(() => {
        for (const { ref, edits } of this.edits.values()) {
          const editor = EDITORS[ref.kind];
          if (!editor) throw new Error(`The sample's past cannot edit ${ref.kind}`);
          edits.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
          const current = editor.read(session, ref.recordId);
          // versions[i] is the record after edit i; versions[0] is how it was entered.
          const versions: Fields[] = [current.fields];
          for (const edit of [...edits].reverse()) versions.unshift(edit.earlier(structuredClone(versions[0]!)));
          editor.write(session, ref.recordId, current.revision, versions[0]!);
          edits.forEach((edit, i) =>
            this.change(edit.at, edit.who, editor.method, () =>
              editor.write(session, ref.recordId, editor.read(session, ref.recordId).revision, versions[i + 1]!),
            ),
          );
        }
      }),
    );

    const items = [...this.items].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    // The past is some fifty commits (changes between two steps share one): they need not each wait
    // for the disk. In WAL mode NORMAL keeps the file consistent on a crash; FULL is back after.
    const synchronous = Number(session.db.pragma('synchronous', { simple: true }));
    session.db.pragma('synchronous = NORMAL');
    try {
      await this.writeInOrder(items);
    } finally {
      session.db.pragma(`synchronous = ${synchronous}`);
    }
  }

  /** Changes between two steps go in one transaction, each a change of its own. */
  private async writeInOrder(items: Item[]): Promise<void> {
    const { session } = this;
    for (let i = 0; i < items.length;) {
      const item = items[i]!;
      if ('run' in item) {
        await session.history.asOf(item.past, item.run);
        i++;
        continue;
      }
      let j = i;
      while (j < items.length && 'write' in items[j]!) j++;
      const batch = items.slice(i, j) as Extract<Item, { write: () => void }>[];
      session.tx(() => {
        for (const change of batch) session.history.asOf(change.past, change.write);
      });
      i = j;
    }
  }

  /** A customer deleted by mistake and brought back a few minutes later from its delete entry. */
  deletedAndBroughtBack(customerId: number, deletedAt: string, deletedBy: Actor, backAt: string, backBy: Actor): void {
    const { session } = this;
    this.change(deletedAt, deletedBy, 'customers.delete', () => {
      session.customers.delete(customerId, session.customers.get(customerId).revision);
    });
    this.change(backAt, backBy, 'history.undelete', () => {
      const history = session.use(createHistoryService);
      const [deleted] = history.list({ kind: 'customer', recordId: customerId }, 0, 1).rows;
      if (deleted?.action !== 'delete') throw new Error(`The sample's past: customer ${customerId} was not deleted`);
      history.undelete(deleted.id);
    });
  }
}

const ids = (session: Session, kind: HistoryKind, parentId?: number) => session.history.repo.recordIds(kind, parentId);
const refs = (kind: HistoryKind, recordIds: number[]): RecordRef[] => recordIds.map((recordId) => ({ kind, recordId }));

/** A customer as entered: the customer with its contact persons in one change. */
function customerCreated(past: PastWriter, customerId: number, at: string, who: Actor): void {
  past.created(at, who, 'customers.create', () => [
    { kind: 'customer', recordId: customerId },
    ...refs('contactPerson', ids(past.session, 'contactPerson', customerId)),
  ]);
}

/** Each record of a kind entered on its own, one after the other from `at` (a sitting). */
function enteredOneByOne(
  past: PastWriter,
  kind: HistoryKind,
  method: string,
  recordIds: number[],
  days: number,
  who: Actor,
  perDay = 8,
): void {
  recordIds.forEach((recordId, i) => {
    const day = days - Math.floor(i / perDay);
    past.created(past.at(day, 7 + (i % perDay), past.rng.int(0, 45)), who, method, () => [{ kind, recordId }]);
  });
}

// ---------------------------------------------------------------------------------------------
// The sample register, "Exempel IT AB"

/** Customers by their place in the sample's list (sample-register.ts). */
const SAMPLE = {
  hallstahammar: 8,
  fagersta: 7,
  strangnas: 9,
  uppsala: 10,
  stadservice: 14,
  kungsor: 15,
  angshagen: 17,
  hokasen: 29,
} as const;

/**
 * Writes the sample's past: the register set up two and a half years ago, customers entered as
 * they came, agreements generated, sent and signed on their days, edits in the last months and a
 * customer deleted by mistake and brought back. `customers` in the sample's order.
 */
export async function writeSampleHistory(
  session: Session,
  input: {
    customers: readonly { id: number; contractStart: string | null }[];
    agreementSteps: readonly SampleAgreementStep[];
    /** Further changes of the past, scheduled on the same writer (in order of time with the rest). */
    more?: (past: PastWriter) => void;
  },
): Promise<void> {
  const past = new PastWriter(session, 11);
  const { jonas, karin, maria } = SAMPLE_USERS;
  const { customers } = input;
  // Set up a month before the oldest agreement.
  const setup = Math.max(200, ...input.agreementSteps.map((s) => s.days)) + 30;
  const setupDay = daysBefore(past.today, setup);

  // The profile was completed when the register was set up (the register itself was made today).
  past.edit({ kind: 'organisation', recordId: 1 }, { at: past.at(setup + 7, 8), who: jonas, earlier: profileBlank });
  enteredOneByOne(past, 'subprocessor', 'subprocessors.create', ids(session, 'subprocessor'), setup + 6, karin);
  enteredOneByOne(past, 'system', 'systems.create', ids(session, 'system'), setup + 4, karin);
  enteredOneByOne(past, 'retentionRule', 'retentionRules.create', ids(session, 'retentionRule'), setup + 2, karin);
  enteredOneByOne(past, 'service', 'services.create', ids(session, 'service'), setup + 1, jonas);
  enteredOneByOne(past, 'activity', 'activities.create', ids(session, 'activity'), setup, karin, 6);

  // Customers as they came: the existing ones in the first weeks, new ones a fortnight before their contract starts.
  customers.forEach((customer, i) => {
    const start = customer.contractStart;
    const days = start && start > setupDay ? Math.max(2, dayDiff(past.today, start) + 14) : setup - 3 - Math.floor(i / 4) * 2;
    const who = i % 3 === 2 ? jonas : maria;
    const at = past.at(days, 7 + (i % 4) * 2);
    customerCreated(past, customer.id, at, who);
    ids(session, 'subscription', customer.id).forEach((id, n) =>
      past.created(plusMinutes(at, 6 + n * 3), who, 'subscriptions.create', () => [{ kind: 'subscription', recordId: id }]),
    );
    // Sites and devices were entered on a visit a few days later.
    const sites = ids(session, 'site', customer.id);
    const devices = ids(session, 'equipment', customer.id);
    if (sites.length || devices.length) {
      const visit = past.at(Math.max(1, days - 3), 12);
      sites.forEach((id, n) => past.created(plusMinutes(visit, n * 2), maria, 'sites.create', () => [{ kind: 'site', recordId: id }]));
      devices.forEach((id, n) =>
        past.created(plusMinutes(visit, 10 + n * 2), maria, 'equipment.create', () => [{ kind: 'equipment', recordId: id }]),
      );
    }
  });

  // The agreements on their own days; Jonas generates and sends them, Karin files the signed copies.
  // Each step after the one before it, also on the same day.
  const last = new Map<number, string>();
  for (const step of input.agreementSteps) {
    const who = step.kind === 'signed' || step.kind === 'attach' ? karin : jonas;
    const method = { generate: 'agreements.generate', attach: 'agreements.attach' }[step.kind as string] ?? 'agreements.setStatus';
    const previous = last.get(step.customerIndex);
    let at = past.at(step.days, 8);
    if (previous && at <= previous) at = plusMinutes(previous, past.rng.int(5, 40));
    last.set(step.customerIndex, at);
    past.step(at, who, method, step.run);
  }

  // Edits of the last months (none of a customer with an agreement, so no agreement goes out of date).
  const customer = (index: number): RecordRef => ({ kind: 'customer', recordId: customers[index]!.id });
  const withFields = (change: (c: CustomerFields) => void) => (fields: Fields) => {
    change(fields as unknown as CustomerFields);
    return fields;
  };
  past.edit(customer(SAMPLE.hallstahammar), {
    at: past.at(150, 9),
    who: jonas,
    earlier: withFields((c) => void (c.name = 'Hallstahammars Bil AB')),
  });
  past.edit(customer(SAMPLE.fagersta), {
    at: past.at(75, 13),
    who: maria,
    earlier: withFields((c) => void (c.dpo = { name: '', email: '', phone: '' })),
  });
  past.edit(customer(SAMPLE.stadservice), {
    at: past.at(52, 10),
    who: maria,
    earlier: withFields((c) => void (c.visitingAddress = { ...c.visitingAddress, street: 'Saltängsvägen 18' })),
  });
  past.edit(customer(SAMPLE.angshagen), {
    at: past.at(41, 14),
    who: maria,
    earlier: withFields((c) => void (c.contactPersons = c.contactPersons.slice(0, 1))),
  });
  past.edit(customer(SAMPLE.uppsala), {
    at: past.at(20, 8),
    who: maria,
    // Mats Holmgren left the firm; he is gone from the register, his entries stay.
    earlier: withFields(
      (c) =>
        void c.contactPersons.push({
          name: 'Mats Holmgren',
          role: 'Ekonomichef',
          email: 'mats.holmgren@uppsalakonsultgr.se',
          phone: '018-10 20 30',
        }),
    ),
  });
  past.edit(customer(SAMPLE.strangnas), {
    at: past.at(12, 9),
    who: maria,
    earlier: withFields((c) => void (c.contactPersons[0] = { ...c.contactPersons[0]!, phone: '0152-100 00' })),
  });
  const hokasen = customers[SAMPLE.hokasen]!;
  past.edit(customer(SAMPLE.hokasen), {
    at: past.at(100, 10),
    who: jonas,
    earlier: withFields((c) => {
      c.status = 'active';
      c.contractEnd = null;
    }),
  });
  // Its access point was taken down when the contract ended.
  for (const id of ids(session, 'equipment', hokasen.id).slice(-1)) {
    past.edit(
      { kind: 'equipment', recordId: id },
      { at: past.at(98, 13), who: maria, earlier: (f) => ({ ...f, status: 'in_use', notes: '' }) },
    );
  }

  // The activities: reviewed, a purpose added, a volume estimated.
  const activities = ids(session, 'activity');
  const activity = (n: number): RecordRef => ({ kind: 'activity', recordId: activities[n % activities.length]! });
  past.edit(activity(2), {
    at: past.at(95, 9),
    who: karin,
    earlier: (f) => {
      const purposes = f.purposes as unknown[];
      return purposes.length > 1 ? { ...f, purposes: purposes.slice(0, -1) } : { ...f, description: '' };
    },
  });
  past.edit(activity(5), { at: past.at(33, 14), who: karin, earlier: (f) => ({ ...f, volumeEstimate: '' }) });
  past.edit(activity(0), { at: past.at(6, 10), who: karin, earlier: (f) => ({ ...f, securitySummary: '' }) });
  past.edit(activity(8), { at: past.at(3, 8), who: jonas, earlier: (f) => ({ ...f, owner: 'Jonas Åberg' }) });

  const kungsor = customers[SAMPLE.kungsor]!.id;
  past.deletedAndBroughtBack(kungsor, past.at(19, 12, 2), maria, past.at(19, 12, 9), karin);

  input.more?.(past);
  await past.write();
}

const dayDiff = (later: string, earlier: string) =>
  Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
const plusMinutes = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

/** An organisation profile with only its name and number filled in. */
const profileBlank = (f: Fields): Fields => ({
  ...f,
  address: { street: '', postalCode: '', city: '', country: '' },
  email: '',
  phone: '',
  website: '',
  dpo: { name: '', email: '', phone: '' },
  signatoryName: '',
  signatoryTitle: '',
});

// ---------------------------------------------------------------------------------------------
// The reference register (quality.md: 2,000 change-history entries)

const CUSTOMER_NOTES = [
  'Kontaktperson bytt enligt mejl från kunden.',
  'Ny fakturaadress från och med nästa kvartal.',
  'Kunden vill ha avtalet på engelska vid nästa version.',
  'Serviceavtal förlängt ett år.',
  'Har egen IT-ansvarig sedan i höstas.',
  'Flyttar kontoret under våren.',
  'Påminnelse om PUB-avtal skickad.',
  'Nya användare läggs upp via ärendesystemet.',
];
const DEVICE_NOTES = [
  'Bytt hårddisk',
  'Uppgraderat minne till 16 GB',
  'Ominstallerad efter virusangrepp',
  'Ny användare',
  'Batteri bytt',
  'Garanti förlängd',
];
const ACTIVITY_NOTES = [
  'Se även rutinen för incidenthantering.',
  'Granskad vid årlig genomgång.',
  'Uppgifterna hämtas från kundens avtal.',
  'Behörigheter ses över varje kvartal.',
];

/**
 * Writes the reference register's past and returns the number of entries: `entries` (2,000, as
 * quality.md asks of the 500-customer register) when the register is big enough, fewer for a
 * small test register. Set up in the autumn of 2023 (before its agreements of 2024), customers
 * entered over the following years (only the newest when there are more than fit), edits of the
 * last months, and a customer deleted by mistake and brought back. Edits move the data on: the
 * register ends as its last entries say (the sample register instead keeps its exact data).
 */
export async function writeReferenceHistory(session: Session, options: { seed?: number; entries?: number } = {}): Promise<number> {
  const target = options.entries ?? 2000;
  const past = new PastWriter(session, (options.seed ?? 1) * 104_729 + 11);
  const { rng } = past;
  const { jonas, karin, maria } = SAMPLE_USERS;
  const setup = Math.max(400, dayDiff(past.today, '2023-11-13'));
  let planned = 0;

  past.created(past.at(setup + 8, 8), jonas, 'register.create', () => [{ kind: 'organisation', recordId: 1 }]);
  planned += 1;
  const setupKinds: [HistoryKind, string, number, Actor][] = [
    ['subprocessor', 'subprocessors.create', setup + 6, karin],
    ['system', 'systems.create', setup + 4, karin],
    ['retentionRule', 'retentionRules.create', setup + 2, karin],
    ['service', 'services.create', setup + 1, jonas],
    ['activity', 'activities.create', setup, karin],
  ];
  for (const [kind, method, days, who] of setupKinds) {
    const recordIds = ids(session, kind);
    enteredOneByOne(past, kind, method, recordIds, days, who, 10);
    planned += recordIds.length;
  }

  // One customer deleted by mistake and brought back, with everything that went along.
  const customers = ids(session, 'customer');
  const unlucky = customers[Math.floor(customers.length / 3)];
  const along = unlucky === undefined ? 0 : KINDS_OF_A_CUSTOMER.reduce((n, kind) => n + ids(session, kind, unlucky).length, 1);
  const undelete = unlucky !== undefined && planned + 2 * along <= target / 2;
  if (undelete) planned += 2 * along;

  // Customers in the order of their numbers until a month ago; the newest when not all fit.
  const reserved = Math.min(2 * customers.length, 300);
  const entered: number[] = [];
  for (const id of [...customers].reverse()) {
    const n = 1 + ids(session, 'contactPerson', id).length;
    if (planned + n > target - reserved) break;
    entered.unshift(id);
    planned += n;
  }
  entered.forEach((id, i) => {
    const days = setup - 3 - Math.floor((i * (setup - 33)) / entered.length);
    customerCreated(past, id, past.at(days, 7 + (i % 9)), i % 4 === 0 ? jonas : maria);
  });
  if (undelete) {
    const day = rng.int(20, 60);
    past.deletedAndBroughtBack(unlucky, past.at(day, 13, 5), maria, past.at(day, 13, 12), karin);
  }

  // Edits of the last months, more of them lately: up to two per customer, to fill the history up.
  // Not what the unlucky customer took along: it is briefly gone.
  const gone = new Set(undelete ? KINDS_OF_A_CUSTOMER.flatMap((kind) => ids(session, kind, unlucky).map((id) => `${kind}:${id}`)) : []);
  if (undelete) gone.add(`customer:${unlucky}`);
  const pool = (kind: HistoryKind, recordIds: number[]) => recordIds.filter((id) => !gone.has(`${kind}:${id}`));
  const pools: [HistoryKind, number[], Actor[], string, readonly string[], number][] = [
    ['subscription', pool('subscription', ids(session, 'subscription')), [maria, jonas], 'notes', SUBSCRIPTION_NOTES, 0.4],
    ['customer', pool('customer', entered), [maria, maria, karin, jonas], 'notes', CUSTOMER_NOTES, 0.25],
    ['subprocessor', ids(session, 'subprocessor'), [karin], 'agreementNotes', SUBPROCESSOR_NOTES, 0.15],
    ['activity', ids(session, 'activity'), [karin], 'securitySummary', ACTIVITY_NOTES, 0.1],
    ['equipment', pool('equipment', ids(session, 'equipment')), [maria], 'notes', DEVICE_NOTES, 0.1],
  ];
  const usable = pools.filter(([, recordIds]) => recordIds.length > 0);
  const weight = usable.reduce((sum, pool) => sum + pool[5], 0);
  // A small register stops at two per customer; one with customers left out fills up exactly.
  const cap = entered.length === customers.length ? 2 * customers.length : Infinity;
  const edits = usable.length > 0 ? Math.max(0, Math.min(target - planned, cap)) : 0;
  for (let n = 0; n < edits; n++) {
    let roll = rng.next() * weight;
    const [kind, recordIds, people, field, texts] = usable.find((pool) => (roll -= pool[5]) < 0) ?? usable[0]!;
    const days = 1 + Math.floor(300 * rng.next() ** 2);
    past.update({ kind, recordId: rng.pick(recordIds) }, past.at(days, 7 + rng.int(0, 8)), rng.pick(people), (f) => ({
      ...f,
      [field]: other(rng, texts, f[field]),
    }));
    planned += 1;
  }
  await past.write();
  return planned;
}

/** What a customer takes along when it is deleted. */
const KINDS_OF_A_CUSTOMER: HistoryKind[] = ['contactPerson', 'subscription', 'site', 'equipment', 'agreement'];
const SUBSCRIPTION_NOTES = [
  'Utökat med fler användare från och med nästa månad.',
  'Kunden har själv ansvar för sina lokala servrar.',
  'Priset justerat enligt index.',
  'Övervakning även på helger enligt tillägg.',
];
const SUBPROCESSOR_NOTES = [
  'Nytt underbiträdesavtal undertecknat.',
  'Leverantören har bytt datacenter inom EU.',
  'Årlig kontroll genomförd utan anmärkning.',
];

/** One of `texts` (or none), never `current`: each edit changes what it edits. */
function other(rng: Rng, texts: readonly string[], current: unknown): string {
  const choices = ['', ...texts].filter((t) => t !== current);
  return rng.pick(choices);
}
