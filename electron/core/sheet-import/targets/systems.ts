// Systems from a firm's system list (our workbook has no systems sheet: the controller sheet names
// them, and those are created by name when an activity is written, see minimalSystem).
import type { z } from 'zod';
import { emptySystem, systemFields, type System } from '../../../../shared/contract/systems';
import { systemsService } from '../../systems/systems.service';
import type { Draft, FieldDef, ImportTargetDef, RowReader, WriteContext } from '../model';
import { readCountry } from '../values';
import { folded, withoutSvMark } from './controller.parse';
import { checkAgainst, inputOf } from './processor.shared';

type Fields = z.output<typeof systemFields>;
type Given = Partial<Fields>;

export interface SystemDraft {
  given: Given;
  /** A sub-processor of the register by this name becomes the supplier; otherwise the name is kept as text. */
  supplier?: string;
}

/** A valid system with just its name (as the form starts one): for names the controller sheet refers to. */
export function minimalSystem(name: string): Fields {
  return systemFields.parse({ ...emptySystem, name: name.trim().slice(0, 200) });
}

function field(key: string, sv: string, en: string, synonyms: readonly string[], flags: { required?: true } = {}): FieldDef {
  return { key, label: { sv, en }, synonyms: [sv, en, ...synonyms], ...flags };
}

const fields: readonly FieldDef[] = [
  field('name', 'System', 'System', ['Systemnamn', 'Namn', 'IT-system', 'Applikation', 'Tjänst', 'System name', 'Name', 'Application'], {
    required: true,
  }),
  field('nameEn', 'Namn på engelska', 'Name in English', ['Engelskt namn', 'English name']),
  field('kind', 'Slag av system', 'Kind of system', ['Typ', 'Systemtyp', 'Kategori', 'Type', 'Category', 'System type']),
  field('hosting', 'Drift', 'Hosting', ['Driftform', 'Driftsform', 'Hosting', 'Hosted', 'Deployment', 'Var systemet körs']),
  field('place', 'Land', 'Country', ['Land där uppgifterna finns', 'Plats', 'Lagringsland', 'Country', 'Data location country', 'Region']),
  field('location', 'Var uppgifterna finns', 'Where the data is', [
    'Placering',
    'Datacenter',
    'Lagringsplats',
    'Location',
    'Data location',
    'Hosting location',
  ]),
  field('supplier', 'Leverantör', 'Supplier', ['Leverantörer', 'Systemleverantör', 'Underbiträde', 'Supplier', 'Vendor', 'Provider']),
  field('notes', 'Anteckningar', 'Notes', ['Kommentar', 'Kommentarer', 'Övrigt', 'Beskrivning', 'Comments', 'Description', 'Notes']),
];

const EEA = new Set([
  'eu',
  'ees',
  'eea',
  'eu ees',
  'eu eea',
  'inom eu',
  'inom eu ees',
  'inom ees',
  'within the eu',
  'within the eea',
  'eu eu ees',
]);

/** Where the data is: a country, the EU/EEA, or (unknown) the text kept as the description of the place. */
function place(r: RowReader, given: Given): void {
  const text = withoutSvMark(r.text('place'));
  if (text === '') return;
  if (EEA.has(folded(text))) {
    Object.assign(given, { locationKind: 'eea', country: '' });
    return;
  }
  const country = readCountry(text).value;
  if (country !== '') {
    Object.assign(given, { locationKind: 'country', country });
    return;
  }
  r.problem('place', 'warning', { key: 'targets.system.place', params: { value: text } });
  if (!r.has('location')) given.location = text;
}

function build(rows: readonly RowReader[]): Draft<SystemDraft> | null {
  const r = rows[0]!;
  const name = withoutSvMark(r.text('name'));
  if (name === '') {
    r.problem('name', 'error', { key: 'targets.system.noName' });
    return null;
  }
  const given: Given = { name };
  const draft: SystemDraft = { given };
  for (const key of ['nameEn', 'location', 'notes'] as const) if (r.has(key)) given[key] = withoutSvMark(r.text(key));
  const kind = r.has('kind') ? r.enumValue('kind', 'systemKind') : null;
  if (kind) given.kind = kind as Fields['kind'];
  const hosting = r.has('hosting') ? r.enumValue('hosting', 'hostingKind') : null;
  if (hosting) given.hosting = hosting as Fields['hosting'];
  place(r, given);
  if (r.has('supplier')) draft.supplier = r.text('supplier');

  const fieldOf = (path: readonly PropertyKey[]) => {
    const top = String(path[0] ?? '');
    if (top === 'country' || top === 'locationKind' || top === 'regionName') return 'place';
    return fields.some((f) => f.key === top) ? top : null;
  };
  if (!checkAgainst(systemFields, given, () => ({ ...emptySystem, ...given, supplierName: draft.supplier ?? '' }), r, fieldOf)) {
    r.problem(null, 'error', { key: 'targets.system.invalid', params: { field: name } });
    return null;
  }
  return { label: name, fields: draft, matchKeys: { name } };
}

/** A saved system as the service input. */
function systemInput(s: System): Fields {
  return inputOf(emptySystem, s) as Fields;
}

function write(draft: Draft<SystemDraft>, existing: number | null, w: WriteContext): number {
  const service = w.session.use(systemsService);
  const current = existing === null ? null : service.get(existing);
  const f: Fields = { ...(current ? systemInput(current) : minimalSystem(draft.fields.given.name ?? '')), ...draft.fields.given };
  const supplier = draft.fields.supplier?.trim();
  if (supplier) {
    const subprocessorId = w.idOf('subprocessors', supplier);
    Object.assign(f, subprocessorId === null ? { subprocessorId: null, supplierName: supplier } : { subprocessorId, supplierName: '' });
  }
  const fields = systemFields.parse(f);
  return current ? service.update(current.id, current.revision, fields).id : service.create(fields).id;
}

export const systemsTarget: ImportTargetDef<SystemDraft> = {
  key: 'systems',
  label: { sv: 'System', en: 'Systems' },
  fields,
  build,
  write,
};
