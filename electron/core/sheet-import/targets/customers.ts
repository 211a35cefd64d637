// Customers with their contact persons: from our processor sheet (one row per customer × service,
// so many rows make one customer) and from a customer list such as an accounting program's export
// (Fortnox, Visma: Kundnr, Namn, Organisationsnummer, Adress, Postnr, Ort, Telefon, E-post, Er referens).
import { customerFields, emptyCustomer, type Customer, type CustomerFields } from '../../../../shared/contract/customers';
import type { Address, Contact } from '../../../../shared/contract/common';
import type { LegalForm } from '../../../../shared/domain/enums';
import { parseIdentity } from '../../../../shared/orgnr';
import type { Draft, ImportTargetDef, RowReader } from '../model';
import { checkAgainst, field, firstGiven, fold, parseContact, type ContactParts, inputOf } from './processor.shared';

interface PersonDraft {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** What the file gives of a customer; what it does not give stays as it is on an update. */
export interface CustomerDraft {
  name: string;
  legalForm?: LegalForm;
  orgNr?: string;
  visitingAddress?: Partial<Address>;
  invoiceAddress?: Partial<Address>;
  contactPersons?: PersonDraft[];
  dpo?: Partial<Contact>;
  contractStart?: string | null;
  contractEnd?: string | null;
  notes?: string;
}

export const customerImportFields = [
  field(
    'name',
    'Kund',
    'Customer',
    [
      'Personuppgiftsansvarig (kund)',
      'Controller (customer)',
      'Kundnamn',
      'Namn',
      'Företag',
      'Företagsnamn',
      'Organisation',
      'Customer name',
      'Company',
      'Company name',
      'Name',
    ],
    { required: true },
  ),
  field(
    'orgNr',
    'Organisationsnummer',
    'Registration number',
    [
      'Org.nr',
      'Orgnr',
      'Org nr',
      'Organisationsnr',
      'Org.nummer',
      'Personnummer',
      'Person-/organisationsnummer',
      'Corporate identity number',
      'Company number',
      'Company registration number',
      'Organisation number',
    ],
    { expected: true },
  ),
  field('legalForm', 'Företagsform', 'Legal form', ['Bolagsform', 'Juridisk form', 'Form', 'Type of company']),
  field('vatNumber', 'Momsregistreringsnummer', 'VAT number', [
    'Momsreg.nr',
    'Momsregnr',
    'Momsnummer',
    'VAT',
    'VAT no',
    'VAT registration number',
  ]),
  field('customerNumber', 'Kundnummer', 'Customer number', ['Kundnr', 'Kund-nr', 'Kundnr.', 'Customer no', 'Customer ID', 'Kund-id']),
  field('street', 'Gatuadress', 'Street', [
    'Adress',
    'Besöksadress',
    'Utdelningsadress',
    'Address',
    'Street address',
    'Visiting address',
    'Adress 1',
  ]),
  field('postalCode', 'Postnummer', 'Postcode', ['Postnr', 'Post nr', 'Postal code', 'Zip', 'Zip code', 'Postcode']),
  field('city', 'Ort', 'City', ['Postort', 'Stad', 'Town']),
  field('country', 'Land', 'Country', ['Landskod']),
  field('invoiceStreet', 'Fakturaadress', 'Invoice address', ['Faktureringsadress', 'Billing address', 'Invoice street']),
  field('invoicePostalCode', 'Postnummer (faktura)', 'Invoice postcode', ['Fakturapostnummer', 'Billing postcode', 'Billing zip']),
  field('invoiceCity', 'Ort (faktura)', 'Invoice city', ['Fakturaort', 'Billing city']),
  field('contact', 'Kontaktperson', 'Contact person', [
    'Kontakt',
    'Er referens',
    'Ert ref',
    'Your reference',
    'Contact',
    'Contact name',
    'Kontaktpersonens namn',
  ]),
  field('contactRole', 'Kontaktpersonens roll', 'Contact’s role', ['Roll', 'Titel', 'Befattning', 'Role', 'Title', 'Position']),
  field('contactEmail', 'E-post', 'Email', ['Epost', 'E-postadress', 'E-mail', 'Mail', 'Email address', 'Kontaktpersonens e-post']),
  field('contactPhone', 'Telefon', 'Phone', [
    'Telefonnummer',
    'Tel',
    'Tel.',
    'Mobil',
    'Mobiltelefon',
    'Phone number',
    'Telephone',
    'Mobile',
  ]),
  field('dpo', 'Kundens dataskyddsombud', 'Customer’s data protection officer', [
    'Dataskyddsombud',
    'DSO',
    'DPO',
    'Data protection officer',
  ]),
  field('contractStart', 'Avtal från', 'Contract start', [
    'Från',
    'From',
    'Startdatum',
    'Avtalsstart',
    'Kund sedan',
    'Customer since',
    'Start date',
  ]),
  field('contractEnd', 'Avtal till', 'Contract end', ['Till', 'Until', 'Slutdatum', 'Avtalsslut', 'End date']),
  field('notes', 'Anteckningar', 'Notes', ['Anteckning', 'Kommentar', 'Kommentarer', 'Övrigt', 'Comment', 'Comments']),
] as const;

const MASKED = /^[\dx]{6,8}\s*[-+]?\s*x{4}$/i;

/** The identity number as the file gives it, checked against the legal form; masked ones are recognised. */
function identityOf(r: RowReader, form: LegalForm | undefined): { orgNr?: string; legalForm?: LegalForm } {
  if (r.has('orgNr')) {
    const raw = r.text('orgNr');
    if (MASKED.test(raw)) {
      r.problem('orgNr', 'warning', { key: 'targets.customer.maskedPersonnummer', params: { value: raw } });
      return { legalForm: 'sole_trader', orgNr: '' };
    }
    const value = r.orgNr('orgNr', form ?? 'company');
    // The reader has said what is wrong with a number that does not parse: it is left out.
    if (value === '' || !parseIdentity(value, form ?? 'company').ok) return form ? { legalForm: form } : {};
    return { orgNr: value, ...(form ? { legalForm: form } : {}) };
  }
  if (r.has('vatNumber')) {
    // A Swedish VAT number is SE + the organisation number + 01.
    const vat = r.text('vatNumber').replace(/[\s-]/g, '').toUpperCase();
    const m = /^SE(\d{10})01$/.exec(vat);
    if (m && parseIdentity(m[1]!, 'company').ok) {
      r.problem('vatNumber', 'warning', { key: 'targets.customer.orgNrFromVat', params: { value: r.text('vatNumber') } });
      return { orgNr: `${m[1]!.slice(0, 6)}-${m[1]!.slice(6)}`, legalForm: 'company' };
    }
  }
  return form ? { legalForm: form } : {};
}

/** The contact person of a row: the contact cell (ours: "Name (Role), email, phone") and the separate columns. */
function personOf(r: RowReader, customerName: string): PersonDraft | null {
  const parts: ContactParts = r.has('contact') ? parseContact(r.text('contact')) : { name: '', role: '', email: '', phone: '' };
  if (r.has('contactRole')) parts.role = r.text('contactRole');
  if (r.has('contactEmail')) parts.email = r.text('contactEmail');
  if (r.has('contactPhone')) parts.phone = r.text('contactPhone');
  if (!parts.name && !parts.email && !parts.phone) return null;
  if (!parts.name) {
    r.problem(r.has('contactEmail') ? 'contactEmail' : r.has('contact') ? 'contact' : 'contactPhone', 'warning', {
      key: 'targets.customer.contactNoName',
    });
    parts.name = customerName;
  }
  return parts;
}

function dpoOf(r: RowReader): Partial<Contact> | null {
  if (!r.has('dpo')) return null;
  const p = parseContact(r.text('dpo'));
  const name = p.role ? `${p.name} (${p.role})` : p.name;
  return { name, email: p.email, phone: p.phone };
}

function addressOf(r: RowReader, keys: readonly [string, string, string, string?]): Partial<Address> | undefined {
  const [street, postalCode, city, country] = keys;
  const out: Partial<Address> = {};
  if (r.has(street)) out.street = r.text(street);
  if (r.has(postalCode)) out.postalCode = r.text(postalCode);
  if (r.has(city)) out.city = r.text(city);
  if (country && r.has(country)) out.country = r.text(country);
  return Object.keys(out).length ? out : undefined;
}

const samePerson = (a: { name: string; email: string }, b: { name: string; email: string }) =>
  fold(a.name) === fold(b.name) || (a.email !== '' && a.email.toLowerCase() === b.email.toLowerCase());

/** The customer as the service input wants it: `base` (empty or the existing record) with what the draft gives. */
export function customerInput(base: CustomerFields, d: CustomerDraft): CustomerFields {
  const persons = (base.contactPersons ?? []).map((p) => ({ ...p }));
  for (const p of d.contactPersons ?? []) {
    const same = persons.find((q) => samePerson(q, p));
    if (same) {
      // Only what the file gives changes; an empty part keeps what the register has.
      same.name = p.name || same.name;
      same.role = p.role || (same.role ?? '');
      same.email = p.email || (same.email ?? '');
      same.phone = p.phone || (same.phone ?? '');
    } else persons.push({ ...p });
  }
  const invoiceGiven = d.invoiceAddress !== undefined;
  return {
    ...base,
    name: d.name,
    legalForm: d.legalForm ?? base.legalForm,
    orgNr: d.orgNr ?? base.orgNr,
    visitingAddress: { ...base.visitingAddress, ...d.visitingAddress },
    invoiceAddress: { ...base.invoiceAddress, ...d.invoiceAddress },
    invoiceSameAsVisiting: invoiceGiven ? false : base.invoiceSameAsVisiting,
    contactPersons: persons,
    dpo: { ...base.dpo, ...d.dpo },
    contractStart: d.contractStart !== undefined ? d.contractStart : base.contractStart,
    contractEnd: d.contractEnd !== undefined ? d.contractEnd : base.contractEnd,
    notes: d.notes !== undefined ? d.notes : base.notes,
  };
}

/** The existing record as service input (contact persons keep their ids). */
function fieldsOf(c: Customer): CustomerFields {
  return inputOf(emptyCustomer, c);
}

/** The import field a schema issue is about (for the message's cell). */
function fieldOfIssue(path: readonly PropertyKey[]): string | null {
  const [head, , sub] = path;
  if (head === 'contactPersons')
    return sub === 'email' ? 'contactEmail' : sub === 'phone' ? 'contactPhone' : sub === 'role' ? 'contactRole' : 'contact';
  if (head === 'dpo') return 'dpo';
  if (head === 'visitingAddress')
    return path[1] === 'postalCode' ? 'postalCode' : path[1] === 'country' ? 'country' : path[1] === 'city' ? 'city' : 'street';
  if (head === 'invoiceAddress')
    return path[1] === 'postalCode' ? 'invoicePostalCode' : path[1] === 'city' ? 'invoiceCity' : 'invoiceStreet';
  return typeof head === 'string' ? head : null;
}

export const customersTarget: ImportTargetDef<CustomerDraft> = {
  key: 'customers',
  label: { sv: 'Kunder', en: 'Customers' },
  fields: customerImportFields,
  own: {
    processor: { customer: 'name', orgNr: 'orgNr', contact: 'contact', dpo: 'dpo', startDate: 'contractStart', endDate: 'contractEnd' },
    // Customers without a running subscription are not in the processor sheet; their agreements,
    // sites and equipment still name them (the plan takes each customer once, from its first sheet).
    agreements: { customer: 'name', orgNr: 'orgNr' },
    sites: { customer: 'name' },
    equipment: { customer: 'name' },
  },
  // Our processor sheet has a row per customer and service: the rows of one organisation number
  // (else one name) are one customer.
  recordKey(r) {
    const digits = r.text('orgNr').replace(/\D/g, '');
    if (digits.length >= 10 && !MASKED.test(r.text('orgNr'))) return `o:${digits.slice(-10)}`;
    const name = fold(r.text('name'));
    return name ? `n:${name}` : `row:${r.row.row}`;
  },
  build(rows): Draft<CustomerDraft> | null {
    const first = rows[0]!;
    const named = firstGiven(rows, (r) => r.text('name'));
    if (!named) {
      first.problem('name', 'error', { key: 'targets.customer.noName' });
      return null;
    }
    const name = named.value;
    const r = named.r;
    const d: CustomerDraft = { name };

    const form = firstGiven(rows, (x) => (x.has('legalForm') ? x.enumValue('legalForm', 'legalForm') : null));
    const identity = identityOf(
      firstGiven(rows, (x) => (x.has('orgNr') || x.has('vatNumber') ? 'y' : null))?.r ?? r,
      (form?.value ?? undefined) as LegalForm | undefined,
    );
    Object.assign(d, identity);

    const visiting = firstGiven(
      rows,
      (x) => addressOf(x, ['street', 'postalCode', 'city', 'country']) ?? null,
      () => false,
    );
    if (visiting) d.visitingAddress = visiting.value;
    const invoice = firstGiven(
      rows,
      (x) => addressOf(x, ['invoiceStreet', 'invoicePostalCode', 'invoiceCity']) ?? null,
      () => false,
    );
    if (invoice) d.invoiceAddress = invoice.value;

    // One contact person per distinct person over the rows (ours repeat the first one on every row).
    const persons: PersonDraft[] = [];
    for (const x of rows) {
      const p = personOf(x, name);
      if (p && !persons.some((q) => samePerson(q, p))) persons.push(p);
    }
    if (persons.length) d.contactPersons = persons;
    const dpo = firstGiven(
      rows,
      (x) => dpoOf(x),
      () => false,
    );
    if (dpo) d.dpo = dpo.value;

    // The contract spans its services: from the earliest start to the latest end (none while one runs on).
    const starts = rows.map((x) => x.date('contractStart')).filter((s): s is string => s !== null);
    if (starts.length) d.contractStart = starts.reduce((a, b) => (b < a ? b : a));
    if (rows.some((x) => x.has('contractEnd'))) {
      const ends = rows.map((x) => x.date('contractEnd'));
      d.contractEnd = ends.some((e) => e === null) ? null : ends.reduce((a, b) => (b! > a! ? b : a));
    }

    const number = firstGiven(rows, (x) => x.text('customerNumber'));
    const notes = firstGiven(rows, (x) => x.text('notes'));
    if (number || notes) {
      d.notes = [number ? `Kundnummer: ${number.value}` : '', notes?.value ?? ''].filter((s) => s !== '').join('\n');
    }

    if (!checkAgainst(customerFields, d, () => customerInput(emptyCustomer, d), r, fieldOfIssue)) {
      r.problem(null, 'error', { key: 'targets.notAccepted' });
      return null;
    }
    return {
      label: name,
      fields: d,
      matchKeys: { name, ...(d.orgNr ? { orgNr: d.orgNr } : {}) },
    };
  },
  write(draft, existing, w) {
    const customers = w.session.customers;
    if (existing !== null) {
      const current = customers.get(existing);
      return customers.update(existing, current.revision, customerFields.parse(customerInput(fieldsOf(current), draft.fields))).id;
    }
    return customers.create(customerFields.parse(customerInput(emptyCustomer, draft.fields))).id;
  },
};
