// Subscriptions: a customer × a service with its dates. From our processor sheet (one row per
// subscription active on the export's day) and from any sheet with a customer and a service column.
// Where the row lists the customer's categories and sub-processors (our sheet does), what differs
// from the service as written becomes the subscription's additions and exceptions.
import { subscriptionFields, type Subscription, type SubscriptionFields } from '../../../../shared/contract/services';
import type { VocabularyKind } from '../../../../shared/domain/enums';
import { servicesService } from '../../services/services.service';
import { subscriptionsService } from '../../services/subscriptions.service';
import { vocabulariesService } from '../../vocabularies/vocabularies.service';
import type { Draft, FieldDef, ImportTargetDef, NameRef } from '../model';
import { field, requireId, withoutSvMark } from './processor.shared';
import { subprocessorId, subprocessorNames } from './services';

export interface SubscriptionDraft {
  customer: string;
  /** The customer's organisation number, when the row gives it: two customers may share a name. */
  customerOrgNr?: string;
  service: string;
  startDate: string | null;
  endDate?: string | null;
  notes?: string;
  /** The customer's categories and sub-processors as the row lists them (only the kinds it gives). */
  processing?: NameRef[];
  personalData?: NameRef[];
  dataSubjects?: NameRef[];
  subprocessors?: NameRef[];
}

export const subscriptionImportFields: readonly FieldDef[] = [
  field(
    'customer',
    'Kund',
    'Customer',
    ['Personuppgiftsansvarig (kund)', 'Controller (customer)', 'Kundnamn', 'Customer name', 'Företag', 'Company'],
    {
      required: true,
    },
  ),
  field('customerOrgNr', 'Kundens organisationsnummer', "Customer's registration number", [
    'Organisationsnummer',
    'Org.nr',
    'Orgnr',
    'Registration number',
    'Company number',
  ]),
  field('service', 'Tjänst', 'Service', ['Tjänstens namn', 'Service name', 'Avtal', 'Produkt', 'Product'], { required: true }),
  field('startDate', 'Från', 'From', ['Startdatum', 'Start', 'Avtal från', 'Gäller från', 'Start date', 'Valid from'], { expected: true }),
  field('endDate', 'Till', 'Until', ['Slutdatum', 'Slut', 'Avtal till', 'Gäller till', 'End date', 'Valid until']),
  field('notes', 'Anteckningar', 'Notes', ['Anteckning', 'Kommentar', 'Comment']),
  field('processing', 'Kategorier av behandling', 'Categories of processing', []),
  field('personalData', 'Kategorier av personuppgifter', 'Categories of personal data', []),
  field('dataSubjects', 'Kategorier av registrerade', 'Categories of data subjects', []),
  field('subprocessors', 'Underbiträden', 'Sub-processors', []),
];

const TERM_KINDS = [
  ['processing', 'processing'],
  ['personalData', 'personal_data'],
  ['dataSubjects', 'data_subject'],
] as const satisfies readonly (readonly [keyof SubscriptionDraft, VocabularyKind])[];

type Changes = Pick<SubscriptionFields, 'addedTermIds' | 'removedTermIds' | 'addedSubprocessorIds' | 'removedSubprocessorIds'>;

const minus = (a: readonly number[], b: readonly number[]) => {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => !set.has(x));
};

export const subscriptionsTarget: ImportTargetDef<SubscriptionDraft> = {
  key: 'subscriptions',
  label: { sv: 'Abonnemang', en: 'Subscriptions' },
  fields: subscriptionImportFields,
  own: {
    processor: {
      customer: 'customer',
      orgNr: 'customerOrgNr',
      service: 'service',
      startDate: 'startDate',
      endDate: 'endDate',
      processing: 'processing',
      personalData: 'personalData',
      dataSubjects: 'dataSubjects',
      subprocessors: 'subprocessors',
    },
  },
  build(rows): Draft<SubscriptionDraft> | null {
    const r = rows[0]!;
    // One name per cell, as it is (a list reader would split "Berg, Lind & Co AB").
    const customer = r.text('customer');
    const service = r.text('service');
    if (!customer) r.problem('customer', 'error', { key: 'targets.subscription.noCustomer' });
    if (!service) r.problem('service', 'error', { key: 'targets.subscription.noService' });
    if (!customer || !service) return null;
    const d: SubscriptionDraft = { customer, service, startDate: r.date('startDate') };
    // Only to find the customer by (the customer's own row reports a wrong number).
    const digits = r.text('customerOrgNr').replace(/\D/g, '');
    if (digits.length === 10) d.customerOrgNr = `${digits.slice(0, 6)}-${digits.slice(6)}`;
    if (d.startDate === null) r.problem('startDate', 'warning', { key: 'targets.subscription.noStart' });
    if (r.has('endDate')) {
      const end = r.date('endDate');
      if (end !== null && d.startDate !== null && end < d.startDate)
        r.problem('endDate', 'warning', { key: 'targets.endBeforeStart', params: { value: end } });
      else d.endDate = end;
    }
    if (r.has('notes')) d.notes = r.text('notes');
    for (const [key, kind] of TERM_KINDS) if (r.has(key)) d[key] = r.terms(key, kind).map((n) => ({ name: withoutSvMark(n.name) }));
    if (r.has('subprocessors')) d.subprocessors = subprocessorNames(r, 'subprocessors');
    return { label: `${d.customer} / ${d.service}`, fields: d, matchKeys: { name: d.service, parent: d.customerOrgNr ?? d.customer } };
  },
  write(draft, existing, w) {
    const d = draft.fields;
    const customerId = requireId(w.idOf('customers', d.customer, undefined, d.customerOrgNr), 'targets.unknownCustomer', {
      name: d.customer,
    });
    const serviceId = requireId(w.idOf('services', d.service), 'targets.unknownService', { name: d.service });
    const subscriptions = w.session.use(subscriptionsService);
    const current: Subscription | null = existing === null ? null : subscriptions.get(existing);

    // The customer's lists against the service's: additions and exceptions, for the kinds the row gives.
    const service = w.memo(`service:${serviceId}`, () => w.session.use(servicesService).get(serviceId));
    const changes: Changes = current
      ? {
          addedTermIds: current.addedTermIds,
          removedTermIds: current.removedTermIds,
          addedSubprocessorIds: current.addedSubprocessorIds,
          removedSubprocessorIds: current.removedSubprocessorIds,
        }
      : { addedTermIds: [], removedTermIds: [], addedSubprocessorIds: [], removedSubprocessorIds: [] };
    const given = TERM_KINDS.filter(([key]) => d[key] !== undefined);
    if (given.length) {
      const kinds = new Set<string>(given.map(([, kind]) => kind));
      const kindOf = new Map(
        w.session
          .use(vocabulariesService)
          .termsByIds([...changes.addedTermIds, ...changes.removedTermIds])
          .map((t) => [t.id, t.kind]),
      );
      // Changes of the kinds the row gives are worked out again; the others stay.
      const other = (ids: number[]) => ids.filter((id) => !kinds.has(kindOf.get(id) ?? ''));
      let added = other(changes.addedTermIds);
      let removed = other(changes.removedTermIds);
      const base = {
        processing: service.processingTermIds,
        personal_data: service.personalDataTermIds,
        data_subject: service.dataSubjectTermIds,
      };
      for (const [key, kind] of given) {
        const row = [...new Set(d[key]!.map((n) => w.termId(kind, n.name)))];
        added = [...added, ...minus(row, base[kind])];
        removed = [...removed, ...minus(base[kind], row)];
      }
      changes.addedTermIds = added;
      changes.removedTermIds = removed;
    }
    if (d.subprocessors) {
      const row = [...new Set(d.subprocessors.map((n) => subprocessorId(w, n.name)))];
      changes.addedSubprocessorIds = minus(row, service.subprocessorIds);
      changes.removedSubprocessorIds = minus(service.subprocessorIds, row);
    }

    const startDate = d.startDate ?? current?.startDate ?? w.session.customers.get(customerId).contractStart ?? w.session.today();
    const fields = subscriptionFields.parse({
      customerId,
      serviceId,
      startDate,
      endDate: d.endDate !== undefined ? d.endDate : (current?.endDate ?? null),
      notes: d.notes ?? current?.notes ?? '',
      ...changes,
    });
    return current ? subscriptions.update(current.id, current.revision, fields).id : subscriptions.create(fields).id;
  },
};
