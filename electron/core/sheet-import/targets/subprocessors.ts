// Sub-processors: from our sub-processors sheet (every column it writes; the services using one and
// its customer count are derived and not read) and from a supplier list.
import {
  emptySubprocessor,
  subprocessorFields,
  type Subprocessor,
  type SubprocessorFields,
} from '../../../../shared/contract/subprocessors';
import type { LocationKind, SccModule, SubprocessorStatus, TransferMechanism } from '../../../../shared/domain/enums';
import { countryName, locationIsInEea, NAMED_COUNTRIES } from '../../../../shared/domain/labels';
import { subprocessorsService } from '../../subprocessors/subprocessors.service';
import type { Draft, ImportTargetDef, RowReader } from '../model';
import { checkAgainst, field, fold, parseContact, TargetRefusal, inputOf } from './processor.shared';

interface Place {
  locationKind: LocationKind;
  country: string;
  regionName: string;
  regionInEea: boolean;
}

export type SubprocessorDraft = Partial<Omit<SubprocessorFields, 'locationKind' | 'country' | 'regionName' | 'regionInEea'>> & {
  name: string;
  place?: Place;
};

export const subprocessorImportFields = [
  field(
    'name',
    'Underbiträde',
    'Sub-processor',
    ['Namn', 'Leverantör', 'Företag', 'Name', 'Supplier', 'Vendor', 'Company', 'Subprocessor', 'Underleverantör'],
    {
      required: true,
    },
  ),
  field('orgNr', 'Organisationsnummer', 'Registration number', [
    'Org.nr',
    'Orgnr',
    'Registreringsnummer',
    'Company number',
    'Registration no',
  ]),
  field('country', 'Land', 'Country', ['Plats', 'Lokalisering', 'Location', 'Där uppgifterna behandlas'], { expected: true }),
  field('thirdCountry', 'Tredjeland', 'Third country', ['Utanför EU/EES', 'Outside EU/EEA', 'Third-country transfer']),
  field('address', 'Adress', 'Address', ['Postadress', 'Gatuadress', 'Street address']),
  field('website', 'Webbplats', 'Website', ['Hemsida', 'Webb', 'URL', 'Web']),
  field('contact', 'Kontaktperson', 'Contact', ['Kontakt', 'Contact person']),
  field('contactEmail', 'E-post', 'Email', ['Epost', 'E-postadress', 'E-mail', 'Mail']),
  field('serviceDescription', 'Vad underbiträdet gör', 'What the sub-processor does', [
    'Tjänst',
    'Beskrivning',
    'Uppdrag',
    'Service',
    'Description',
    'Purpose',
  ]),
  field('dataProcessed', 'Personuppgifter som behandlas', 'Personal data processed', [
    'Personuppgifter',
    'Kategorier av personuppgifter',
    'Personal data',
    'Data processed',
  ]),
  field('processingLocations', 'Var uppgifterna behandlas', 'Where the data is processed', [
    'Behandlingsplats',
    'Datacenter',
    'Processing locations',
    'Data location',
  ]),
  field(
    'transferMechanism',
    'Överföringsverktyg',
    'Transfer tool',
    ['Överföringsmekanism', 'Skyddsåtgärd', 'Rättslig grund för överföring', 'Transfer mechanism', 'Safeguard', 'Transfer safeguard'],
    {
      expected: true,
    },
  ),
  field('sccModule', 'Modul (standardavtalsklausuler)', 'SCC module', ['Modul', 'SCC-modul', 'Module']),
  field('transferNotes', 'Om överföringen', 'Transfer notes', ['Överföringsbedömning', 'TIA', 'Transfer impact assessment']),
  field('agreementDate', 'Underbiträdesavtal daterat', 'Sub-processing agreement dated', [
    'Avtalsdatum',
    'Avtal daterat',
    'DPA-datum',
    'Agreement date',
    'DPA date',
    'DPA signed',
  ]),
  field('agreementNotes', 'Om avtalet', 'Agreement notes', ['Avtal', 'DPA', 'Agreement']),
  field('status', 'Status', 'Status', ['Tillstånd', 'State']),
  field('notes', 'Anteckningar', 'Notes', ['Anteckning', 'Kommentar', 'Övrigt', 'Comment', 'Comments']),
] as const;

const EEA_WORDS = new Set(
  ['EU/EES', 'EU/EEA', 'EU', 'EES', 'EEA', 'EU och EES', 'EU and EEA', 'Inom EU/EES', 'Within the EU/EEA'].map(fold),
);
const KNOWN_COUNTRIES = new Set(NAMED_COUNTRIES.flatMap((c) => [fold(c), fold(countryName(c, 'sv')), fold(countryName(c, 'en'))]));

/** Where the data is: "EU/EES", a country (by name or code), else a named region (in or outside the EEA as the sheet says). */
function placeOf(r: RowReader, mechanism: TransferMechanism | null): Place | undefined {
  if (!r.has('country')) return undefined;
  const text = r.text('country');
  const folded = fold(text);
  if (EEA_WORDS.has(folded)) return { locationKind: 'eea', country: '', regionName: '', regionInEea: true };
  const third = r.has('thirdCountry') ? r.bool('thirdCountry') : null;
  if (!KNOWN_COUNTRIES.has(folded) && third !== null) {
    return { locationKind: 'region', country: '', regionName: text, regionInEea: !third };
  }
  const code = r.country('country');
  if (code !== '') return { locationKind: 'country', country: code, regionName: '', regionInEea: true };
  // Not a place we know (the reader said so): a region, outside the EEA unless the tool says otherwise.
  return { locationKind: 'region', country: '', regionName: text, regionInEea: mechanism === null || mechanism === 'none_eea' };
}

/** The service input: `base` with what the draft gives; the SCC module assumed where the clauses need one. */
export function subprocessorInput(base: SubprocessorFields, d: SubprocessorDraft): SubprocessorFields {
  const { place, ...rest } = d;
  const out: SubprocessorFields = { ...base, ...place };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (out.transferMechanism === 'scc_2021_914' && !out.sccModule) out.sccModule = 'P2P';
  return out;
}

const fieldsOf = (s: Subprocessor): SubprocessorFields => inputOf(emptySubprocessor, s);

const TEXTS = [
  'orgNr',
  'address',
  'website',
  'serviceDescription',
  'dataProcessed',
  'processingLocations',
  'transferNotes',
  'agreementNotes',
  'notes',
] as const;

function fieldOfIssue(path: readonly PropertyKey[]): string | null {
  const head = String(path[0] ?? '');
  if (head === 'contactName') return 'contact';
  if (head === 'contactEmail') return 'contactEmail';
  if (['place', 'locationKind', 'country', 'regionName', 'regionInEea'].includes(head)) return 'country';
  return head || null;
}

export const subprocessorsTarget: ImportTargetDef<SubprocessorDraft> = {
  key: 'subprocessors',
  label: { sv: 'Underbiträden', en: 'Sub-processors' },
  fields: subprocessorImportFields,
  own: {
    subprocessors: {
      name: 'name',
      orgNr: 'orgNr',
      country: 'country',
      thirdCountry: 'thirdCountry',
      address: 'address',
      website: 'website',
      contact: 'contact',
      serviceDescription: 'serviceDescription',
      dataProcessed: 'dataProcessed',
      locations: 'processingLocations',
      mechanism: 'transferMechanism',
      sccModule: 'sccModule',
      transferNotes: 'transferNotes',
      agreementDate: 'agreementDate',
      agreementNotes: 'agreementNotes',
      status: 'status',
      notes: 'notes',
    },
  },
  build(rows): Draft<SubprocessorDraft> | null {
    const r = rows[0]!;
    const name = r.text('name');
    if (name === '') {
      r.problem('name', 'error', { key: 'targets.subprocessor.noName' });
      return null;
    }
    const d: SubprocessorDraft = { name };
    for (const key of TEXTS) if (r.has(key)) d[key] = r.text(key);

    // Ours: "Privacy Team, privacy@leverantor.de"; a list may give the e-mail in a column of its own.
    if (r.has('contact')) {
      const c = parseContact(r.text('contact'));
      d.contactName = c.role ? `${c.name} (${c.role})` : c.name;
      if (c.email) d.contactEmail = c.email;
    }
    if (r.has('contactEmail')) d.contactEmail = r.text('contactEmail');

    const mechanism = r.has('transferMechanism')
      ? (r.enumValue('transferMechanism', 'transferMechanism') as TransferMechanism | null)
      : null;
    if (mechanism) d.transferMechanism = mechanism;
    const module = r.has('sccModule') ? (r.enumValue('sccModule', 'sccModule') as SccModule | null) : null;
    if (module) d.sccModule = module;
    if (mechanism === 'scc_2021_914' && !module) r.problem('sccModule', 'warning', { key: 'targets.subprocessor.sccModuleAssumed' });

    d.place = placeOf(r, mechanism);
    if (!d.place) r.problem('country', 'warning', { key: 'targets.subprocessor.noCountry' });
    else if (!locationIsInEea(d.place)) {
      if (mechanism === 'none_eea') {
        r.problem('transferMechanism', 'error', { key: 'targets.subprocessor.eeaOutside', params: { place: r.text('country') } });
        return null;
      }
      // Without a tool a new record cannot be written; an existing one keeps its own (see write).
      if (!mechanism && r.has('transferMechanism')) {
        r.problem('transferMechanism', 'error', { key: 'targets.subprocessor.noMechanism' });
        return null;
      }
    }
    if (r.has('agreementDate')) d.agreementDate = r.date('agreementDate');
    if (r.has('status')) {
      const status = r.enumValue('status', 'subprocessorStatus') as SubprocessorStatus | null;
      if (status) d.status = status;
    }

    const base = { ...emptySubprocessor, transferMechanism: 'adequacy' as const };
    // A record outside the EEA without a tool is checked with a stand-in (write refuses it if new).
    const checked = () => subprocessorInput(d.place && !locationIsInEea(d.place) && !d.transferMechanism ? base : emptySubprocessor, d);
    if (!checkAgainst(subprocessorFields, d, checked, r, fieldOfIssue)) {
      r.problem(null, 'error', { key: 'targets.notAccepted' });
      return null;
    }
    const digits = (d.orgNr ?? '').replace(/\D/g, '');
    return { label: name, fields: d, matchKeys: { name, ...(digits.length >= 6 ? { orgNr: d.orgNr } : {}) } };
  },
  write(draft, existing, w) {
    const service = w.session.use(subprocessorsService);
    if (existing !== null) {
      const current = service.get(existing);
      return service.update(existing, current.revision, subprocessorFields.parse(subprocessorInput(fieldsOf(current), draft.fields))).id;
    }
    const input = subprocessorInput(emptySubprocessor, draft.fields);
    if (!draft.fields.transferMechanism && draft.fields.place && !locationIsInEea(draft.fields.place))
      throw new TargetRefusal('targets.subprocessor.noMechanism');
    return service.create(subprocessorFields.parse(input)).id;
  },
};
