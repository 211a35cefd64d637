// Customer sites: from our sites sheet (the device count is derived and not read) and from any
// list of addresses with the customer they belong to.
import { emptySite, siteFields, type Site, type SiteFields } from '../../../../shared/contract/sites';
import { sitesService } from '../../sites/sites.service';
import type { Draft, FieldDef, ImportTargetDef } from '../model';
import { checkAgainst, field, requireId, inputOf } from './processor.shared';

export type SiteDraft = Partial<SiteFields> & { customer: string; name: string };

export const siteImportFields: readonly FieldDef[] = [
  field('customer', 'Kund', 'Customer', ['Kundnamn', 'Företag', 'Customer name', 'Company'], { required: true }),
  field('name', 'Plats', 'Site', ['Platsens namn', 'Namn', 'Anläggning', 'Kontor', 'Site name', 'Location', 'Name'], { required: true }),
  field('street', 'Gatuadress', 'Street', ['Adress', 'Besöksadress', 'Address', 'Street address']),
  field('postalCode', 'Postnummer', 'Postcode', ['Postnr', 'Postal code', 'Zip', 'Zip code']),
  field('city', 'Ort', 'City', ['Postort', 'Stad', 'Town']),
  field('contactName', 'Kontaktperson', 'Contact person', ['Kontakt', 'Contact', 'Contact name']),
  field('contactPhone', 'Telefon', 'Phone', ['Telefonnummer', 'Tel', 'Mobil', 'Phone number', 'Telephone']),
  field('contactEmail', 'E-post', 'Email', ['Epost', 'E-postadress', 'E-mail', 'Mail']),
  field('accessNotes', 'Tillträde', 'Access', ['Tillträdesinformation', 'Passage', 'Nyckel', 'Access notes', 'Access information']),
  field('closedOn', 'Avvecklad', 'Closed', ['Stängd', 'Nedlagd', 'Closed on']),
];

const TEXTS = ['street', 'postalCode', 'city', 'contactName', 'contactPhone', 'contactEmail', 'accessNotes'] as const;

/** The service input: `base` with what the draft gives. */
function siteInput(base: SiteFields, d: SiteDraft): SiteFields {
  const { customer: _customer, ...rest } = d;
  const out: SiteFields = { ...base };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

const fieldsOf = (s: Site): SiteFields => inputOf(emptySite, s);

export const sitesTarget: ImportTargetDef<SiteDraft> = {
  key: 'sites',
  label: { sv: 'Kundplatser', en: 'Sites' },
  fields: siteImportFields,
  own: {
    sites: {
      customer: 'customer',
      name: 'name',
      street: 'street',
      postalCode: 'postalCode',
      city: 'city',
      contactName: 'contactName',
      contactPhone: 'contactPhone',
      contactEmail: 'contactEmail',
      accessNotes: 'accessNotes',
      closedOn: 'closedOn',
    },
  },
  build(rows): Draft<SiteDraft> | null {
    const r = rows[0]!;
    const customer = r.text('customer');
    const name = r.text('name');
    if (!customer) r.problem('customer', 'error', { key: 'targets.site.noCustomer' });
    if (!name) r.problem('name', 'error', { key: 'targets.site.noName' });
    if (!customer || !name) return null;
    const d: SiteDraft = { customer, name };
    for (const key of TEXTS) if (r.has(key)) d[key] = r.text(key);
    if (r.has('closedOn')) d.closedOn = r.date('closedOn');
    if (
      !checkAgainst(
        siteFields,
        d,
        () => siteInput(emptySite, d),
        r,
        (path) => (typeof path[0] === 'string' ? path[0] : null),
      )
    ) {
      r.problem(null, 'error', { key: 'targets.notAccepted' });
      return null;
    }
    return { label: `${customer} / ${name}`, fields: d, matchKeys: { name, parent: customer } };
  },
  write(draft, existing, w) {
    const sites = w.session.use(sitesService);
    if (existing !== null) {
      const current = sites.site(existing);
      return sites.updateSite(existing, current.revision, siteFields.parse(siteInput(fieldsOf(current), draft.fields))).id;
    }
    const customerId = requireId(w.idOf('customers', draft.fields.customer), 'targets.unknownCustomer', { name: draft.fields.customer });
    return sites.createSite(customerId, siteFields.parse(siteInput(emptySite, draft.fields))).id;
  },
};
