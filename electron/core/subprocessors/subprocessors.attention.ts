// What the attention list (issue 17) needs to know of the sub-processors: a place outside the
// EU/EEA with no transfer tool, or with one that cannot hold there (the checks the sub-processor
// page warns about, subprocessorWarnings, from the adequacy list of domain.md §4.3), and a
// sub-processor we use with no agreement of our own recorded (Art. 28(4)). The register holds
// only the agreement's date, no expiry, so no item says an agreement runs out.
import { countryName, locationLabel } from '../../../shared/domain/labels';
import type { Words } from '../../../shared/glossary';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';
import { createSubprocessorsRepo } from './subprocessors.repo';
import { subprocessorsService, subprocessorWarnings } from './subprocessors.service';

/** The warnings that say the transfer tool is missing or contradicts the place. */
const TRANSFER_PROBLEMS = [
  'w.subprocessor.thirdCountryWithoutMechanism',
  'w.subprocessor.usNeedsDpf',
  'w.subprocessor.noAdequacyDecision',
  'w.subprocessor.dpfOnlyUs',
] as const;
type TransferProblem = (typeof TRANSFER_PROBLEMS)[number];
const isTransferProblem = (key: string): key is TransferProblem => (TRANSFER_PROBLEMS as readonly string[]).includes(key);

const count = (one: string, other: string) => (n: number) => `${n} ${n === 1 ? one : other}`;

const sv = {
  transfer: {
    'w.subprocessor.thirdCountryWithoutMechanism': (place: string) =>
      `Uppgifterna behandlas i ${place}, utanför EU/EES, men ingen överföringsmekanism är angiven. ` +
      'Ange vilket stöd i kapitel V som används, till exempel standardavtalsklausuler (2021/914).',
    'w.subprocessor.usNeedsDpf': () =>
      'För USA gäller beslutet om adekvat skyddsnivå bara mottagare som är certifierade enligt EU–US Data Privacy Framework. ' +
      'Ange ”EU–US Data Privacy Framework” om mottagaren är certifierad, annars den mekanism som används, till exempel standardavtalsklausuler.',
    'w.subprocessor.noAdequacyDecision': (place: string) =>
      `Överföringen anges bygga på ett beslut om adekvat skyddsnivå, men ${place} har inget sådant beslut. ` +
      'Ange den mekanism som faktiskt används, till exempel standardavtalsklausuler.',
    'w.subprocessor.dpfOnlyUs': (place: string) =>
      `EU–US Data Privacy Framework gäller bara mottagare i USA, men uppgifterna behandlas i ${place}. ` +
      'Ange rätt plats, eller den mekanism som används där.',
  } satisfies Record<TransferProblem, (place: string) => string>,
  /** A region outside the EU/EEA has no adequacy decision of its own. */
  region: (name: string) => `regionen ${name}`,
  agreementMissing: (usedBy: string) =>
    `Underbiträdet används av ${usedBy}, men inget avtal med det är registrerat. ` +
    'Artikel 28.4 kräver ett avtal med samma dataskyddsskyldigheter som i kundavtalen. Ange avtalsdatumet när avtalet finns.',
  service: (name: string) => `tjänsten ${name}`,
  services: count('tjänst', 'tjänster'),
  system: (name: string) => `systemet ${name}`,
  systems: count('system', 'system'),
  activity: (name: string) => `behandlingen ${name}`,
  activities: count('behandling', 'behandlingar'),
  customers: count('kund', 'kunder'),
  and: 'och',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    transfer: {
      'w.subprocessor.thirdCountryWithoutMechanism': (place) =>
        `The data is processed outside the EU/EEA (${place}), but no transfer mechanism is recorded. ` +
        'Record which Chapter V tool is used, for example standard contractual clauses (2021/914).',
      'w.subprocessor.usNeedsDpf': () =>
        'For the US the adequacy decision covers only recipients certified under the EU–US Data Privacy Framework. ' +
        'Record “EU–US Data Privacy Framework” if the recipient is certified, otherwise the mechanism used, for example standard contractual clauses.',
      'w.subprocessor.noAdequacyDecision': (place) =>
        `The transfer is recorded as resting on an adequacy decision, but there is none for the place of processing (${place}). ` +
        'Record the mechanism actually used, for example standard contractual clauses.',
      'w.subprocessor.dpfOnlyUs': (place) =>
        `The EU–US Data Privacy Framework applies only to recipients in the US, but the place of processing is another (${place}). ` +
        'Record the right place, or the mechanism used there.',
    },
    region: (name) => `the region ${name}`,
    agreementMissing: (usedBy) =>
      `The sub-processor is used by ${usedBy}, but no agreement with it is recorded. ` +
      'Article 28(4) requires a contract with the same data protection obligations as in the customer agreements. Enter the agreement date once it exists.',
    service: (name) => `the service ${name}`,
    services: count('service', 'services'),
    system: (name) => `the system ${name}`,
    systems: count('system', 'systems'),
    activity: (name) => `the activity ${name}`,
    activities: count('activity', 'activities'),
    customers: count('customer', 'customers'),
    and: 'and',
  },
};

type W = (typeof words)[keyof typeof words];

/** "tjänsten Backup och 2 system": one named, more counted. */
function usedByInWords(refs: { services: string[]; systems: string[]; activities: string[]; customers: number }, w: W): string {
  const one = (names: string[], named: (n: string) => string, counted: (n: number) => string) =>
    names.length === 0 ? [] : [names.length === 1 ? named(names[0]!) : counted(names.length)];
  const parts = [
    ...one(refs.services, w.service, w.services),
    ...one(refs.systems, w.system, w.systems),
    ...one(refs.activities, w.activity, w.activities),
    // Customers reached only through their own subscription's addition.
    ...(refs.services.length === 0 && refs.customers > 0 ? [w.customers(refs.customers)] : []),
  ];
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${w.and} ${parts.at(-1)!}`;
}

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  // A terminated sub-processor no longer receives anything: nothing to transfer, no agreement needed.
  const current = ctx.session
    .use(subprocessorsService)
    .list('')
    .filter((s) => s.status !== 'terminated');
  if (current.length === 0) return [];
  const activities = createSubprocessorsRepo(ctx.session.db).activitiesOf(current.map((s) => s.id));
  const facts: AttentionFact[] = [];
  for (const s of current) {
    const record = `subprocessor:${s.id}`;
    const problem = subprocessorWarnings(s).find(isTransferProblem);
    if (problem) {
      const place = s.locationKind === 'region' ? w.region(locationLabel(s, ctx.lang)) : countryName(s.country, ctx.lang);
      facts.push({
        kind: 'subprocessor.transfer',
        record,
        subject: s.name,
        dueOn: null,
        text: w.transfer[problem](place),
        fix: { kind: 'subprocessor', id: s.id, field: 'transferMechanism' },
        facts: { problem, locationKind: s.locationKind, country: s.country, regionName: s.regionName, mechanism: s.transferMechanism },
      });
    }
    const used = {
      services: s.services.map((x) => x.name),
      systems: s.systems.map((x) => x.name),
      activities: (activities.get(s.id) ?? []).map((x) => x.name),
      customers: s.customerCount,
    };
    const inUse = used.services.length + used.systems.length + used.activities.length + used.customers > 0;
    if (inUse && s.agreementDate === null) {
      facts.push({
        kind: 'subprocessor.agreementMissing',
        record,
        subject: s.name,
        dueOn: null,
        text: w.agreementMissing(usedByInWords(used, w)),
        fix: { kind: 'subprocessor', id: s.id, field: 'agreementDate' },
        facts: { agreementDate: null },
      });
    }
  }
  return facts;
}

export const subprocessorsAttention: AttentionSource = {
  kinds: ['subprocessor.transfer', 'subprocessor.agreementMissing'],
  collect,
};
