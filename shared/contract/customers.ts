import { z } from 'zod';
import {
  address,
  contact,
  emptyAddress,
  id,
  identityNumber,
  isoDateTime,
  optionalDate,
  optionalEmail,
  optionalPhone,
  paging,
  requiredText,
  revision,
  sortDirection,
  text,
  withIdentity,
} from './common';
import { LEGAL_FORMS } from '../domain/enums';
import { CUSTOMER_AGREEMENT_STATUSES } from './agreements';

export const CUSTOMER_STATUSES = ['active', 'ended'] as const;
export const customerStatus = z.enum(CUSTOMER_STATUSES);
export type CustomerStatus = z.output<typeof customerStatus>;

export const contactPersonInput = z.object({
  id: id.optional(),
  name: requiredText(200),
  role: text(200),
  email: optionalEmail,
  phone: optionalPhone,
});

export const MAX_CONTACT_PERSONS = 50;

function datesParsed(payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }): boolean {
  if (typeof payload.value !== 'object' || payload.value === null) return false;
  return !payload.issues.some((i) => !i.path?.length || ['contractStart', 'contractEnd', 'status'].includes(String(i.path[0])));
}

export const customerFields = withIdentity(
  z.object({
    name: requiredText(200),
    /** 'sole_trader' (enskild firma): orgNr is the owner's personnummer, personal data (shown masked in lists). */
    legalForm: z.enum(LEGAL_FORMS).default('company'),
    orgNr: identityNumber,
    visitingAddress: address,
    invoiceAddress: address,
    invoiceSameAsVisiting: z.boolean(),
    contactPersons: z.array(contactPersonInput).max(MAX_CONTACT_PERSONS, { error: 'v.tooMany' }),
    dpo: contact,
    contractStart: optionalDate,
    contractEnd: optionalDate,
    status: customerStatus,
    notes: text(5000),
  }),
  false,
)
  // Cross-field rules run even when other fields are invalid, so a form shows every problem at once.
  .refine((c) => !(c.contractStart && c.contractEnd && c.contractEnd < c.contractStart), {
    path: ['contractEnd'],
    message: 'v.contractEnd.beforeStart',
    when: datesParsed,
  })
  .refine((c) => !(c.status === 'ended' && !c.contractEnd), {
    path: ['contractEnd'],
    message: 'v.contractEnd.requiredWhenEnded',
    when: datesParsed,
  });
export type CustomerFields = z.input<typeof customerFields>;

/** A new, empty customer (active, invoiced at the visiting address): the starting point of the form and tests. */
export const emptyCustomer: CustomerFields = {
  name: '',
  legalForm: 'company',
  orgNr: '',
  visitingAddress: { ...emptyAddress },
  invoiceAddress: { ...emptyAddress },
  invoiceSameAsVisiting: true,
  contactPersons: [],
  dpo: { name: '', email: '', phone: '' },
  contractStart: null,
  contractEnd: null,
  status: 'active',
  notes: '',
};

const plainAddress = z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() });
const plainContact = z.object({ name: z.string(), email: z.string(), phone: z.string() });

export const contactPerson = z.object({
  id,
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
});
export type ContactPerson = z.output<typeof contactPerson>;

export const customer = z.object({
  id,
  revision,
  name: z.string(),
  legalForm: z.enum(LEGAL_FORMS),
  orgNr: z.string(),
  visitingAddress: plainAddress,
  invoiceAddress: plainAddress,
  invoiceSameAsVisiting: z.boolean(),
  contactPersons: z.array(contactPerson),
  dpo: plainContact,
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  status: customerStatus,
  notes: z.string(),
  archivedAt: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Customer = z.output<typeof customer>;

export const customerSummary = z.object({
  id,
  revision,
  name: z.string(),
  legalForm: z.enum(LEGAL_FORMS),
  /** As stored: a sole trader's personnummer too (the list shows it masked, see maskIdentity). */
  orgNr: z.string(),
  city: z.string(),
  status: customerStatus,
  contractEnd: z.string().nullable(),
  archivedAt: z.string().nullable(),
  contactPersonCount: z.number().int(),
  primaryContact: z.string(),
  /** The customer's current PUB-avtal: 'overdue' = sent and not signed after the register's reminder days (attention.getSettings). */
  agreement: z.object({
    status: z.enum(CUSTOMER_AGREEMENT_STATUSES),
    version: z.number().int().nullable(),
    /** When it got that status (generated, sent or signed on). */
    since: z.string().nullable(),
  }),
});
export type CustomerSummary = z.output<typeof customerSummary>;

export const CUSTOMER_SORT_FIELDS = ['name', 'orgNr', 'city', 'status', 'contractEnd'] as const;

export const customerListInput = z.object({
  query: z.string().max(200).default(''),
  status: z.enum(['all', ...CUSTOMER_STATUSES]).default('all'),
  includeArchived: z.boolean().default(false),
  /** Customers whose agreement is in this state ('outOfDate' is the slow one: it checks every customer). */
  agreementStatus: z.enum(['all', ...CUSTOMER_AGREEMENT_STATUSES]).default('all'),
  sort: z.enum(CUSTOMER_SORT_FIELDS).default('name'),
  direction: sortDirection.default('asc'),
  ...paging,
});
export type CustomerListInput = z.input<typeof customerListInput>;

/** Short searches (one or two characters) count at most SHORT_QUERY_COUNT_CAP matches. */
export const SHORT_QUERY_COUNT_CAP = 1000;
export const customerList = z.object({
  total: z.number().int(),
  /** True when `total` stopped at the cap: type more to narrow the list. */
  totalIsCapped: z.boolean(),
  items: z.array(customerSummary),
});

const ref = z.object({ id, revision });

export const customerMethods = {
  'customers.list': { input: customerListInput, output: customerList },
  'customers.get': { input: z.object({ id }), output: customer },
  'customers.create': { changes: ['customers'], input: customerFields, output: customer },
  'customers.update': { changes: ['customers'], input: z.object({ id, revision, fields: customerFields }), output: customer },
  'customers.setArchived': { changes: ['customers'], input: ref.extend({ archived: z.boolean() }), output: customer },
  'customers.delete': {
    // Requests lose their customer (SET NULL) and breaches their links to it, its sites and devices.
    changes: [
      'customers',
      'subscriptions',
      'agreements',
      'sites',
      'equipment',
      'legalHolds',
      'purge',
      'changeNotices',
      'requests',
      'breaches',
    ],
    input: ref,
    output: z.object({ id }),
  },
} as const;
