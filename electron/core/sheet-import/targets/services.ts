// Services (the catalogue of what the firm does as processor). Our workbook has no services sheet:
// a service is read from the processor sheet, where each row shows it for one customer, merged
// with that customer's additions and exceptions. All rows of a service make it: a text is the one
// the rows agree on (else the most common, with a warning), a list holds the items that more than
// half of the rows have; what a customer has beyond that (or lacks) becomes its subscription's
// additions and exceptions (subscriptions.ts). Other files: a list of services, one per row.
import { emptyService, serviceFields, type Service, type ServiceFields } from '../../../../shared/contract/services';
import type { EndOfContractAction, ProcessingOperation, SERVICE_STATUSES, SpecialCategory } from '../../../../shared/domain/enums';

type ServiceStatus = (typeof SERVICE_STATUSES)[number];
import { measuresService } from '../../measures/measures.service';
import { retentionService } from '../../retention/retention.service';
import { servicesService } from '../../services/services.service';
import type { Draft, FieldDef, ImportTargetDef, NameRef, RowReader, WriteContext } from '../model';
import {
  checkAgainst,
  field,
  fold,
  mostCommon,
  TargetRefusal,
  withoutBrackets,
  withoutPlace,
  withoutSvMark,
  inputOf,
} from './processor.shared';

export interface ServiceDraft {
  name: string;
  subjectMatter?: string;
  purpose?: string;
  subjectMatterEn?: string;
  purposeEn?: string;
  nature?: ProcessingOperation[];
  processing?: NameRef[];
  personalData?: NameRef[];
  dataSubjects?: NameRef[];
  specialCategories?: SpecialCategory[];
  subprocessors?: NameRef[];
  systems?: NameRef[];
  measures?: NameRef[];
  /** A retention rule by its name or by the rule in words (as our processor sheet writes it). */
  retention?: string;
  endOfContractAction?: EndOfContractAction;
  status?: ServiceStatus;
  notes?: string;
}

export const serviceImportFields: readonly FieldDef[] = [
  field('name', 'Tjänst', 'Service', ['Tjänstens namn', 'Namn', 'Service name', 'Name', 'Tjänster', 'Services'], { required: true }),
  field(
    'subjectMatter',
    'Behandlingens föremål',
    'Subject matter',
    ['Föremål', 'Beskrivning', 'Vad tjänsten omfattar', 'Description', 'Subject matter of the processing'],
    {
      expected: true,
    },
  ),
  field('purpose', 'Ändamål', 'Purpose', ['Syfte', 'Ändamål med behandlingen', 'Purpose of the processing', 'Purposes'], {
    expected: true,
  }),
  field('subjectMatterEn', 'Behandlingens föremål (engelska)', 'Subject matter (English)', ['Description (English)']),
  field('purposeEn', 'Ändamål (engelska)', 'Purpose (English)', []),
  field('nature', 'Behandlingens art', 'Nature of the processing', ['Art', 'Behandlingsåtgärder', 'Nature', 'Processing operations'], {
    expected: true,
  }),
  field('processing', 'Kategorier av behandling', 'Categories of processing', [
    'Behandlingar',
    'Processing categories',
    'Categories of processing carried out',
  ]),
  field(
    'personalData',
    'Kategorier av personuppgifter',
    'Categories of personal data',
    ['Personuppgifter', 'Personuppgiftskategorier', 'Personal data', 'Data categories'],
    {
      expected: true,
    },
  ),
  field(
    'dataSubjects',
    'Kategorier av registrerade',
    'Categories of data subjects',
    ['Registrerade', 'Registrerade personer', 'Data subjects'],
    { expected: true },
  ),
  field('specialCategories', 'Känsliga personuppgifter (art. 9)', 'Special categories (Art. 9)', [
    'Känsliga personuppgifter',
    'Särskilda kategorier',
    'Special categories',
  ]),
  field('subprocessors', 'Underbiträden', 'Sub-processors', ['Underbiträde', 'Underleverantörer', 'Sub-processor', 'Subprocessors']),
  field('systems', 'System', 'Systems', ['System och verktyg', 'Verktyg', 'Tools']),
  field(
    'measures',
    'Säkerhetsåtgärder',
    'Security measures',
    ['Tekniska och organisatoriska åtgärder', 'Skyddsåtgärder', 'TOMs', 'Technical and organisational measures'],
    {
      expected: true,
    },
  ),
  field('retention', 'Lagringstid', 'Retention', ['Gallring', 'Gallringsregel', 'Gallringsfrist', 'Retention period', 'Retention rule']),
  field(
    'endOfContractAction',
    'När avtalet upphör',
    'When the contract ends',
    ['Vid avtalets slut', 'Efter avtalets slut', 'End of contract', 'On termination'],
    {
      expected: true,
    },
  ),
  field('status', 'Status', 'Status', []),
  field('notes', 'Anteckningar', 'Notes', ['Anteckning', 'Kommentar', 'Övrigt', 'Comment', 'Comments']),
];

const label = (key: string) => serviceImportFields.find((f) => f.key === key)!.label;

/** A text field over the rows: the value they agree on, else the most common one (with a warning). */
function textOver(rows: readonly RowReader[], key: string): string | undefined {
  const given = rows.filter((r) => r.has(key)).map((r) => ({ value: withoutSvMark(r.text(key)), row: r.row.row, r }));
  const best = mostCommon(given.map(({ value, row }) => ({ value, row })));
  if (!best) return undefined;
  if (!best.agreed || given.length < rows.length) {
    rows[0]!.problem(key, 'warning', {
      key: 'targets.service.differs',
      params: { field: label(key).sv.toLowerCase(), field_en: label(key).en.toLowerCase(), row: best.row },
    });
  }
  return best.value;
}

/** An enum field over the rows, as textOver. */
function enumOver<T extends string>(rows: readonly RowReader[], key: string, read: (r: RowReader) => T | null): T | undefined {
  const given = rows.flatMap((r) => {
    const v = r.has(key) ? read(r) : null;
    return v === null ? [] : [{ value: v, row: r.row.row }];
  });
  const best = mostCommon(given);
  if (!best) return undefined;
  if (!best.agreed)
    rows[0]!.problem(key, 'warning', {
      key: 'targets.service.differs',
      params: { field: label(key).sv.toLowerCase(), field_en: label(key).en.toLowerCase(), row: best.row },
    });
  return best.value;
}

/**
 * A list field over the rows: the items more than half of the rows have, in the order first seen.
 * `perCustomer` lists may differ by row (a subscription's additions and exceptions); other lists
 * must agree, else a warning.
 */
function listOver<T>(
  rows: readonly RowReader[],
  key: string,
  read: (r: RowReader) => T[],
  keyOf: (v: T) => string,
  perCustomer: boolean,
): T[] | undefined {
  if (!rows.some((r) => r.has(key))) return undefined;
  const counts = new Map<string, { item: T; n: number }>();
  const lists = rows.map((r) => (r.has(key) ? read(r) : []));
  for (const list of lists) {
    for (const k of new Set(list.map(keyOf))) {
      const item = list.find((x) => keyOf(x) === k)!;
      const seen = counts.get(k);
      if (seen) seen.n++;
      else counts.set(k, { item, n: 1 });
    }
  }
  const kept = [...counts.values()].filter((c) => c.n * 2 > rows.length);
  if (!perCustomer && [...counts.values()].some((c) => c.n !== rows.length)) {
    rows[0]!.problem(key, 'warning', {
      key: 'targets.service.differs',
      params: { field: label(key).sv.toLowerCase(), field_en: label(key).en.toLowerCase(), row: rows[0]!.row.row },
    });
  }
  return kept.map((c) => c.item);
}

const byName = (n: NameRef) => fold(n.name);
const names = (items: readonly string[]): NameRef[] => items.map((name) => ({ name }));

/** Sub-processor names as our processor sheet writes them ("Datensafe Backup GmbH (Tyskland)"), without the place. */
export const subprocessorNames = (r: RowReader, key: string): NameRef[] => names(r.list(key).map(withoutPlace));

/** The id of a sub-processor by name (a region's name in brackets after it tried off too); refused when none. */
export function subprocessorId(w: WriteContext, name: string): number {
  const id = w.idOf('subprocessors', name) ?? w.idOf('subprocessors', withoutBrackets(name));
  if (id === null) throw new TargetRefusal('targets.service.unknownSubprocessor', { name });
  return id;
}

/** A retention rule by its name, or by the rule in words as the register says it (what our processor sheet shows). */
function retentionId(w: WriteContext, text: string): number | null {
  const byName = w.idOf('retentionRules', text);
  if (byName !== null) return byName;
  const folded = fold(text);
  const rule = w.session
    .use(retentionService)
    .list()
    .find((r) => fold(r.summary.sv) === folded || fold(r.summary.en) === folded);
  return rule?.id ?? null;
}

/** The existing service as input. */
const fieldsOf = (s: Service): ServiceFields => inputOf(emptyService, s);

const TEXT_KEYS = ['subjectMatter', 'purpose', 'subjectMatterEn', 'purposeEn', 'notes'] as const;

export const servicesTarget: ImportTargetDef<ServiceDraft> = {
  key: 'services',
  label: { sv: 'Tjänster', en: 'Services' },
  fields: serviceImportFields,
  own: {
    processor: {
      service: 'name',
      processing: 'processing',
      subjectMatter: 'subjectMatter',
      purpose: 'purpose',
      nature: 'nature',
      personalData: 'personalData',
      dataSubjects: 'dataSubjects',
      specialCategories: 'specialCategories',
      subprocessors: 'subprocessors',
      measures: 'measures',
      retention: 'retention',
      endOfContract: 'endOfContractAction',
    },
  },
  recordKey(r) {
    const name = fold(r.text('name'));
    return name ? `n:${name}` : `row:${r.row.row}`;
  },
  build(rows): Draft<ServiceDraft> | null {
    const named = rows.find((r) => r.has('name'));
    if (!named) {
      rows[0]!.problem('name', 'error', { key: 'targets.service.noName' });
      return null;
    }
    const name = named.text('name');
    const d: ServiceDraft = { name };
    for (const key of TEXT_KEYS) {
      const v = textOver(rows, key);
      if (v !== undefined) d[key] = v;
    }
    const retention = textOver(rows, 'retention');
    if (retention !== undefined) d.retention = retention;
    const end = enumOver(
      rows,
      'endOfContractAction',
      (r) => r.enumValue('endOfContractAction', 'endOfContractAction') as EndOfContractAction | null,
    );
    if (end) d.endOfContractAction = end;
    const status = enumOver(rows, 'status', (r) => r.enumValue('status', 'serviceStatus') as ServiceStatus | null);
    if (status) d.status = status;

    const same = (v: string) => v;
    const nature = listOver(rows, 'nature', (r) => r.enumList('nature', 'processingOperation') as ProcessingOperation[], same, false);
    if (nature) d.nature = nature;
    const special = listOver(
      rows,
      'specialCategories',
      (r) => r.enumList('specialCategories', 'specialCategory') as SpecialCategory[],
      same,
      false,
    );
    if (special) d.specialCategories = special;
    const terms = [
      ['processing', 'processing'],
      ['personalData', 'personal_data'],
      ['dataSubjects', 'data_subject'],
    ] as const;
    for (const [key, kind] of terms) {
      const list = listOver(rows, key, (r) => r.terms(key, kind).map((n) => ({ name: withoutSvMark(n.name) })), byName, true);
      if (list) d[key] = list;
    }
    const subs = listOver(rows, 'subprocessors', (r) => subprocessorNames(r, 'subprocessors'), byName, true);
    if (subs) d.subprocessors = subs;
    const systems = listOver(rows, 'systems', (r) => r.refs('systems', 'systems'), byName, false);
    if (systems) d.systems = systems;
    const measures = listOver(
      rows,
      'measures',
      (r) => r.refs('measures', 'measures').map((n) => ({ name: withoutSvMark(n.name) })),
      byName,
      false,
    );
    if (measures) d.measures = measures;

    // Texts too long for the register are cut (with a warning); the references are checked when written.
    const r = named;
    const ok = checkAgainst(
      serviceFields,
      d,
      () => ({
        ...emptyService,
        ...Object.fromEntries(TEXT_KEYS.map((k) => [k, d[k] ?? ''])),
        name: d.name,
        nature: d.nature ?? [],
        specialCategories: d.specialCategories ?? [],
      }),
      r,
      (path) => (typeof path[0] === 'string' ? path[0] : null),
    );
    if (!ok) {
      r.problem(null, 'error', { key: 'targets.notAccepted' });
      return null;
    }
    return { label: name, fields: d, matchKeys: { name } };
  },
  write(draft, existing, w) {
    const services = w.session.use(servicesService);
    const current = existing === null ? null : services.get(existing);
    const d = draft.fields;
    const f: ServiceFields = current ? fieldsOf(current) : { ...emptyService };
    f.name = d.name;
    for (const key of TEXT_KEYS) if (d[key] !== undefined) f[key] = d[key];
    if (d.nature) f.nature = d.nature;
    if (d.specialCategories) f.specialCategories = d.specialCategories;
    if (d.endOfContractAction) f.endOfContractAction = d.endOfContractAction;
    if (d.status) f.status = d.status;
    const ids = (list: NameRef[], id: (name: string) => number) => [...new Set(list.map((n) => id(n.name)))];
    if (d.processing) f.processingTermIds = ids(d.processing, (n) => w.termId('processing', n));
    if (d.personalData) f.personalDataTermIds = ids(d.personalData, (n) => w.termId('personal_data', n));
    if (d.dataSubjects) f.dataSubjectTermIds = ids(d.dataSubjects, (n) => w.termId('data_subject', n));
    if (d.subprocessors) f.subprocessorIds = ids(d.subprocessors, (n) => subprocessorId(w, n));
    if (d.systems) f.systemIds = ids(d.systems, (n) => w.idOrCreate('systems', n));
    if (d.measures) {
      // Our sheet shows implemented measures only: planned ones linked to the service stay linked.
      const kept = current
        ? w.session
            .use(measuresService)
            .byIds(current.measureIds)
            .filter((m) => m.status !== 'implemented')
            .map((m) => m.id)
        : [];
      f.measureIds = [...new Set([...ids(d.measures, (n) => w.idOrCreate('measures', n)), ...kept])];
    }
    if (d.retention) {
      const rule = retentionId(w, d.retention);
      if (rule !== null) f.retentionRuleId = rule;
    }
    const input = serviceFields.parse(f);
    return current ? services.update(current.id, current.revision, input).id : services.create(input).id;
  },
};
