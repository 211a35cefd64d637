// Processing activities (Art. 30(1)) from a sheet: our controller sheet (one row per activity and
// purpose, the activity's other columns repeated) or another firm's register (one row per activity,
// purposes and bases perhaps as lines in one cell). Names of terms, systems, measures, recipients
// and retention rules are resolved when the record is written.
import type { z } from 'zod';
import {
  activityFields,
  emptyActivity,
  type Activity,
  type purposeInput,
  type transferInput,
} from '../../../../shared/contract/activities';
import type { LegalBasis, RecipientKind } from '../../../../shared/domain/enums';
import { labels, type Label, type LabelKind } from '../../../../shared/domain/labels';
import { activitiesService } from '../../activities/activities.service';
import { retentionService } from '../../retention/retention.service';
import { vocabulariesService } from '../../vocabularies/vocabularies.service';
import { controllerSheet } from '../../workbook/sheets';
import { workbookWords } from '../../workbook/workbook.words';
import type { Draft, FieldDef, ImportTargetDef, NameRef, RowReader, WriteContext } from '../model';
import { readCountry, readEnum, splitList } from '../values';
import { flagWithDetail, folded, labelValue, leadingLabel, lines, withoutSvMark } from './controller.parse';
import { checkAgainst, inputOf } from './processor.shared';

type Fields = z.output<typeof activityFields>;
type Purpose = z.output<typeof purposeInput>;
type Transfer = z.output<typeof transferInput>;

/** The fields of the service input that the file gives (purposes and transfers included), nothing else. */
type Given = Partial<Omit<Fields, 'dataSubjectTermIds' | 'personalDataTermIds' | 'recipients' | 'systemIds' | 'retention' | 'measureIds'>>;

/** A recipient as the cell writes it: "Revisor och redovisningsbyrå: Revisorn (externt)", "Leverantör AB (personuppgiftsbiträde)". */
export interface RecipientDraft {
  text: string;
  kind: RecipientKind | null;
}

export interface ActivityDraft {
  given: Given;
  dataSubjects?: NameRef[];
  personalData?: NameRef[];
  recipients?: RecipientDraft[];
  /** "<what>: <rule in words>" as our workbook writes it, or a rule's name. */
  retention?: string[];
  systems?: NameRef[];
  measures?: NameRef[];
}

// ---------------------------------------------------------------------------------------------
// Fields

const header = (key: string): Label => controllerSheet.columns.find((c) => c.key === key)?.header ?? { sv: key, en: key };

function field(
  key: string,
  synonyms: readonly string[],
  flags: { required?: true; expected?: true } = {},
  label: Label = header(key),
): FieldDef {
  return { key, label, synonyms: [label.sv, label.en, ...synonyms], ...flags };
}

const fields: readonly FieldDef[] = [
  field('refNo', ['Referensnummer', 'Ref nr', 'Nr', 'Löpnummer', 'Id', 'Reference', 'Ref', 'No']),
  field(
    'name',
    [
      'Behandlingsaktivitet',
      'Namn',
      'Namn på behandlingen',
      'Behandlingens namn',
      'Activity',
      'Name of processing',
      'Processing',
      'Name',
      'Business function',
    ],
    { required: true },
  ),
  field(
    'purpose',
    [
      'Syfte',
      'Ändamål med behandlingen',
      'Syfte med behandlingen',
      'Ändamålen',
      'Purposes',
      'Purpose of processing',
      'Purpose of the processing',
      'Purposes of the processing',
    ],
    { expected: true },
  ),
  field(
    'legalBasis',
    [
      'Laglig grund',
      'Rättslig grund (art. 6)',
      'Laglig grund (art. 6)',
      'Rättslig grund för behandlingen',
      'Legal basis',
      'Lawful basis for processing',
      'Article 6 lawful basis',
      'Article 6 lawful basis for processing personal data',
    ],
    { expected: true },
  ),
  field('legalBasisDetail', ['Lagstöd', 'Hänvisning', 'Stöd för grunden', 'Legal reference', 'Statutory reference']),
  field('lia', ['LIA', 'Legitimate interests for the processing', 'Legitimate interests for the processing (if applicable)']),
  field('description', ['Beskrivning av behandlingen', 'Description of processing', 'Description of the processing']),
  field('role', ['Vår roll', 'Role']),
  field('jointControllers', ['Gemensamt personuppgiftsansvarig', 'Joint controller', 'Name and contact details of joint controller']),
  field('dataSubjects', ['Registrerade', 'Registrerade personer', 'De registrerade', 'Categories of individuals', 'Data subjects'], {
    expected: true,
  }),
  field('personalData', ['Personuppgifter', 'Personuppgiftskategorier', 'Typ av personuppgifter', 'Personal data', 'Data categories'], {
    expected: true,
  }),
  field('specialCategories', [
    'Känsliga personuppgifter',
    'Känsliga uppgifter',
    'Särskilda kategorier',
    'Special categories',
    'Special category data',
  ]),
  field('art9Conditions', [
    'Undantag art. 9',
    'Art. 9-undantag',
    'Article 9 basis',
    'Article 9 basis for processing special category data',
  ]),
  field('criminalData', [
    'Lagöverträdelser',
    'Brottsuppgifter',
    'Uppgifter om lagöverträdelser',
    'Criminal offence data',
    'Article 10 data',
  ]),
  field('personnummer', ['Personnummer', 'Behandlas personnummer', 'Personal identity numbers']),
  field('dataSources', ['Källa', 'Källor', 'Uppgifternas källa', 'Data source', 'Data sources', 'Source of the data']),
  field('recipients', ['Mottagare', 'Recipients'], { expected: true }),
  field('transfers', [
    'Överföring till tredjeland',
    'Överföring till tredje land',
    'Överföringar till tredje land',
    'Tredje land',
    'Tredjeland',
    'Third countries',
    'Names of third countries or international organisations that personal data are transferred to',
    'Tredjelandsöverföring',
    'Tredjelandsöverföringar',
    'Third country transfers',
    'Transfers to third countries',
  ]),
  field('retention', ['Gallringsfrist', 'Gallring', 'Lagringstid', 'Bevarandetid', 'Retention', 'Retention schedule', 'Retention period'], {
    expected: true,
  }),
  field('systems', ['IT-system', 'System som används', 'IT systems', 'Applications']),
  field('securitySummary', [
    'Beskrivning av säkerhetsåtgärder',
    'Tekniska och organisatoriska åtgärder',
    'Technical and organisational measures',
    'General description of technical and organisational security measures',
  ]),
  field('measures', ['Skyddsåtgärder', 'Security measure list']),
  field('dpiaStatus', ['Konsekvensbedömning', 'DPIA', 'DPIA status', 'Impact assessment', 'DPIA required']),
  field('dpiaCriteria', []),
  field('dpiaNote', []),
  field('automatedDecisions', [
    'Automatiserat beslutsfattande',
    'Profilering',
    'Automated decision-making',
    'Existence of automated decision-making, including profiling',
  ]),
  field('childrenData', ['Barn', 'Children']),
  field('volume', ['Omfattning', 'Volym', 'Antal', 'Volume']),
  field('owner', ['Ansvarig', 'Ansvarig person', 'Processägare', 'Owner', 'Responsible', 'Process owner']),
  field('status', []),
  field('lastReviewedAt', ['Senast reviderad', 'Senast uppdaterad', 'Uppdaterad', 'Granskad', 'Reviewed', 'Last reviewed', 'Last updated']),
  field('nextReviewAt', ['Nästa revision', 'Review date']),
];

/** A field's name for a message, in both languages (importText picks `field_en` in English). */
const fieldWords = (key: string) => {
  const label = fields.find((f) => f.key === key)?.label;
  return { field: label?.sv ?? key, field_en: label?.en ?? key };
};

/** Our controller sheet: every column that holds something to read back (updatedAt is the register's own). */
const own = Object.fromEntries(controllerSheet.columns.filter((c) => c.key !== 'updatedAt').map((c) => [c.key, c.key])) as Record<
  string,
  string
>;

// ---------------------------------------------------------------------------------------------
// Reading cells

/**
 * An enum value from one item of a cell: the label as we write it, else the synonyms and article
 * references of values.ts. A guess (a label found inside a longer text) only when `guess` says
 * where to report it.
 */
function enumItem(kind: LabelKind, text: string, guess?: { r: RowReader; key: string }): string | null {
  const exact = labelValue(kind, text);
  if (exact) return exact;
  const read = readEnum(kind, text);
  if (!read.problem) return read.value;
  if (!guess || read.value === null) return null;
  guess.r.problem(guess.key, read.problem.severity, { key: read.problem.key, params: read.problem.params });
  return read.value;
}

/** "Berättigat intresse" as our workbook writes a basis beside its scope, as well as every label and synonym. */
const basisShort = new Map<string, LegalBasis>(
  (['sv', 'en'] as const).flatMap((lang) =>
    Object.entries(workbookWords[lang].basisShort).map(([v, w]) => [folded(w), v as LegalBasis] as const),
  ),
);
const basisOf = (text: string): LegalBasis | null => basisShort.get(folded(text)) ?? (enumItem('legalBasis', text) as LegalBasis | null);

/** Items of a list cell: lines, else ';', else ',' outside brackets ("Kontaktuppgifter (adress, telefon)" stays one). */
const items = splitList;

/**
 * A column of our own controller sheet (its header as we write it): a list there is one item per
 * line, so a one-line cell is one item even with commas in it ("Skalskydd, passerkontroll och larm").
 */
function ownColumn(r: RowReader, key: string): boolean {
  return r.ownSheet && r.row.cells.has(key);
}

/** The names of a list cell: the reader's (which collects them for the preview), or one per line in our own sheet. */
function namesIn(r: RowReader, key: string, read: () => NameRef[]): NameRef[] {
  const refs = read();
  const list = ownColumn(r, key)
    ? r
        .text(key)
        .split(/\r\n|\r|\n/)
        .map((name) => ({ name: name.trim() }))
    : refs;
  return list.map((x) => ({ name: withoutSvMark(x.name) })).filter((x) => x.name !== '');
}

/** Enum values of a list cell; an item that is none of them is reported and left out. */
function enumList(r: RowReader, key: string, kind: LabelKind): string[] {
  // "Nej" / "Inga" answers the question: there are none.
  if (NONE.has(folded(withoutSvMark(r.text(key))))) return [];
  const whole = enumItem(kind, r.text(key));
  if (whole) return [whole];
  const out: string[] = [];
  for (const item of items(withoutSvMark(r.text(key)))) {
    const value = enumItem(kind, withoutSvMark(item), { r, key });
    if (value === null) r.problem(key, 'warning', { key: 'targets.activity.unknownItem', params: { value: item, ...fieldWords(key) } });
    else if (!out.includes(value)) out.push(value);
  }
  return out;
}

const NONE = new Set(['nej', 'no', 'inga', 'ingen', 'none', 'n/a', '-', '–', 'saknas', 'ej aktuellt', 'not applicable']);

/** "Ja – <label>. <note>": the flag, the enum value that leads the detail, and the rest. */
function flagged(r: RowReader, key: string, kind: LabelKind | null) {
  const text = r.text(key);
  const read = flagWithDetail(text);
  if (!read) {
    r.problem(key, 'warning', { key: 'targets.activity.unreadableFlag', params: { value: text } });
    return null;
  }
  if (kind === null) return { flag: read.flag, value: null, note: read.detail };
  const lead = leadingLabel(kind, read.detail);
  return { flag: read.flag, value: lead.value, note: lead.rest };
}

const parts = (text: string) => text.split(/\s+[–—-]\s+/).map((p) => p.trim());

/** "USA – Mailwave Inc. – Standardavtalsklausuler (art. 46.2 c) – <safeguards>", the workbook's empty parts left out. */
function transfersOf(r: RowReader): Transfer[] {
  const out: Transfer[] = [];
  for (const line of lines(withoutSvMark(r.text('transfers')))) {
    if (NONE.has(folded(line))) continue;
    // "USA (EU–US Data Privacy Framework)", as a short sheet writes it: country and tool.
    const short = /^([^()]+?)\s*\(([^()]+)\)$/.exec(line);
    const p =
      short && readCountry(short[1]!).value !== '' && enumItem('transferMechanism', short[2]!) !== null
        ? [short[1]!, short[2]!]
        : parts(line);
    const m = p.findIndex((x, i) => i > 0 && enumItem('transferMechanism', x) !== null);
    const country = readCountry(p[0]!).value;
    if (m < 0 || country === '') {
      r.problem('transfers', 'warning', { key: 'targets.activity.transfer', params: { value: line } });
      continue;
    }
    out.push({
      country,
      recipient: p.slice(1, m).join(' – '),
      mechanism: enumItem('transferMechanism', p[m]!) as Transfer['mechanism'],
      safeguards: p.slice(m + 1).join(' – '),
    });
  }
  return out;
}

const KIND_WORDS = new Map<string, RecipientKind>(
  Object.entries(labels.recipientKind).flatMap(([v, l]) => [
    [folded(l.sv), v as RecipientKind],
    [folded(l.en), v as RecipientKind],
  ]),
);

function recipientsOf(r: RowReader): { none: boolean; list: RecipientDraft[] } {
  const none = new Set([workbookWords.sv.noRecipients, workbookWords.en.noRecipients].map(folded));
  let saysNone = false;
  const list: RecipientDraft[] = [];
  const text = withoutSvMark(r.text('recipients'));
  for (const item of ownColumn(r, 'recipients') ? lines(text) : items(text)) {
    if (none.has(folded(item)) || NONE.has(folded(item))) {
      saysNone = true;
      continue;
    }
    const m = /^(.*\S)\s+\(([^()]+)\)$/s.exec(item);
    const kind = m ? KIND_WORDS.get(folded(m[2]!)) : undefined;
    list.push(kind && m ? { text: withoutSvMark(m[1]!), kind } : { text: withoutSvMark(item), kind: null });
  }
  if (saysNone && list.length > 0) r.problem('recipients', 'warning', { key: 'targets.activity.noRecipientsWithList' });
  return { none: saysNone && list.length === 0, list };
}

/** The bases of one purpose's cell: one basis, or several each with its scope ("Samtycke (trafikdata); Berättigat intresse (användardata)"). */
function basesOf(
  r: RowReader,
  text: string,
  purpose: string,
  whole: boolean,
): Pick<Purpose, 'legalBasis' | 'basisScopeSv' | 'moreBases'> | null {
  const t = text.trim();
  if (t === '') {
    r.problem('legalBasis', 'warning', { key: 'targets.activity.noBasis', params: { purpose } });
    return null;
  }
  const single = basisOf(t);
  if (single) return { legalBasis: single, basisScopeSv: '', moreBases: [] };
  const pieces = t
    .split(/;|\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (pieces.length >= 2) {
    const read = pieces.map((p) => {
      const m = /^(.*?)\s*\(([^()]+)\)$/.exec(p);
      const basis = basisOf(p) ?? (m ? basisOf(m[1]!) : null);
      return { basis, scope: m && basisOf(p) === null ? m[2]!.trim() : '', text: p };
    });
    if (read.every((x) => x.basis !== null)) {
      const [main, ...more] = read;
      if (more.every((x) => x.scope !== '')) {
        return {
          legalBasis: main!.basis!,
          basisScopeSv: main!.scope,
          moreBases: more.map((x) => ({ legalBasis: x.basis!, scopeSv: x.scope, scopeEn: '', detail: '' })),
        };
      }
      r.problem('legalBasis', 'warning', { key: 'targets.activity.moreBases', params: { purpose, basis: main!.text } });
      return { legalBasis: main!.basis!, basisScopeSv: '', moreBases: [] };
    }
  }
  // The reader knows the synonyms ("Art 6.1 b", "fullgörande av avtal") and says what it could not read.
  const value = whole
    ? (r.enumValue('legalBasis', 'legalBasis') as LegalBasis | null)
    : (readEnum('legalBasis', t).value as LegalBasis | null);
  if (value) return { legalBasis: value, basisScopeSv: '', moreBases: [] };
  r.problem('legalBasis', 'warning', { key: 'targets.activity.unknownBasis', params: { value: t, purpose } });
  return null;
}

/** The details of several bases, each led by its scope ("trafikdata: Cookiebannern; användardata: …"). */
function splitDetails(detail: string, p: Pick<Purpose, 'basisScopeSv' | 'moreBases'>): { main: string; more: string[] } {
  if (p.moreBases.length === 0) return { main: detail, more: [] };
  const scopes = [p.basisScopeSv, ...p.moreBases.map((b) => b.scopeSv)];
  const found = scopes.map(() => [] as string[]);
  let current = 0;
  for (const piece of detail.split(/;\s*/)) {
    const i = scopes.findIndex((s) => s !== '' && piece.startsWith(`${s}: `));
    if (i >= 0) {
      current = i;
      found[i]!.push(piece.slice(scopes[i]!.length + 2));
    } else found[current]!.push(piece);
  }
  const joined = found.map((f) => f.join('; ').trim());
  return { main: joined[0]!, more: joined.slice(1) };
}

/** The purposes one row gives: one, or several as lines of the purpose cell with a basis each (or one for all). */
function purposesOf(r: RowReader): Purpose[] {
  const descriptions = withoutSvMark(r.text('purpose'))
    .split(/\r\n|\r|\n/)
    .map((s) => withoutSvMark(s.trim()))
    .filter((s) => s !== '');
  const basisText = withoutSvMark(r.text('legalBasis'));
  const detail = withoutSvMark(r.text('legalBasisDetail'));
  const lia = withoutSvMark(r.text('lia'));
  if (descriptions.length === 0) {
    if (basisText !== '') r.problem('legalBasis', 'warning', { key: 'targets.activity.basisWithoutPurpose' });
    return [];
  }
  const purpose = (description: string, bases: ReturnType<typeof basesOf>, detailText: string, liaText: string): Purpose[] => {
    if (!bases) return [];
    const details = splitDetails(detailText, bases);
    return [
      {
        description,
        descriptionEn: '',
        legalBasis: bases.legalBasis,
        legalBasisDetail: details.main,
        legalBasisDetailEn: '',
        liaText,
        liaTextEn: '',
        basisScopeSv: bases.basisScopeSv,
        basisScopeEn: '',
        moreBases: bases.moreBases.map((b, i) => ({ ...b, detail: details.more[i] ?? '' })),
      },
    ];
  };
  if (descriptions.length === 1) return purpose(descriptions[0]!, basesOf(r, basisText, descriptions[0]!, true), detail, lia);

  const bases = lines(basisText);
  const detailLines = lines(detail);
  const liaLines = lines(lia);
  const nth = (list: string[], whole: string, i: number) => (list.length === descriptions.length ? list[i]! : whole);
  if (bases.length !== 1 && bases.length !== descriptions.length) {
    if (bases.length === 0)
      descriptions.forEach((d) => r.problem('legalBasis', 'warning', { key: 'targets.activity.noBasis', params: { purpose: d } }));
    else
      r.problem('legalBasis', 'warning', {
        key: 'targets.activity.basesCount',
        params: { purposes: descriptions.length, bases: bases.length },
      });
    return [];
  }
  return descriptions.flatMap((d, i) =>
    purpose(d, basesOf(r, bases.length === 1 ? bases[0]! : bases[i]!, d, false), nth(detailLines, detail, i), nth(liaLines, lia, i)),
  );
}

/** The measure's name without the status our workbook adds after one that is not implemented. */
const MEASURE_STATUS = new RegExp(
  `\\s+\\((${[workbookWords.sv.planned, workbookWords.sv.notApplicable, workbookWords.en.planned, workbookWords.en.notApplicable].join('|')})\\)$`,
  'i',
);

const SHARED = fields.map((f) => f.key).filter((k) => !['purpose', 'legalBasis', 'legalBasisDetail', 'lia'].includes(k));

/** The rows of one activity should agree on everything but the purpose: the first value is taken, a different one reported. */
function reportDifferences(rows: readonly RowReader[]): void {
  for (const key of SHARED) {
    const given = rows.filter((r) => r.has(key));
    const first = given[0];
    if (!first) continue;
    const value = String(first.row.cells.get(key)!.cell.value);
    const other = given.find((r) => String(r.row.cells.get(key)!.cell.value) !== value);
    if (other) other.problem(key, 'warning', { key: 'targets.activity.rowsDiffer', params: { ...fieldWords(key), row: first.row.row } });
  }
}

function build(rows: readonly RowReader[]): Draft<ActivityDraft> | null {
  const at = (key: string) => rows.find((r) => r.has(key)) ?? null;
  const nameRow = at('name');
  const name = nameRow ? withoutSvMark(nameRow.text('name').trim()) : '';
  if (name === '') {
    rows[0]!.problem('name', 'error', { key: 'targets.activity.noName' });
    return null;
  }
  reportDifferences(rows);
  const given: Given = { name };
  const draft: ActivityDraft = { given };
  const text = (key: string, target: keyof Given) => {
    const r = at(key);
    if (r) (given as Record<string, unknown>)[target] = withoutSvMark(r.text(key));
  };
  text('refNo', 'refNo');
  text('description', 'description');
  text('jointControllers', 'jointControllers');
  text('securitySummary', 'securitySummary');
  text('dpiaNote', 'dpiaNote');
  text('volume', 'volumeEstimate');
  text('owner', 'owner');

  const one = <K extends LabelKind>(key: string, kind: K, target: keyof Given) => {
    const r = at(key);
    const value = r ? r.enumValue(key, kind) : null;
    if (value !== null) (given as Record<string, unknown>)[target] = value;
  };
  one('role', 'activityRole', 'role');
  one('status', 'activityStatus', 'status');
  one('dpiaStatus', 'dpiaStatus', 'dpiaStatus');

  const many = (key: string, kind: LabelKind, target: keyof Given) => {
    const r = at(key);
    if (r) (given as Record<string, unknown>)[target] = enumList(r, key, kind);
  };
  many('specialCategories', 'specialCategory', 'specialCategories');
  many('dataSources', 'dataSource', 'dataSources');
  many('dpiaCriteria', 'dpiaCriterion', 'dpiaCriteria');

  const art9 = at('art9Conditions');
  if (art9) {
    const conditions: string[] = [];
    const notes: string[] = [];
    for (const item of lines(withoutSvMark(art9.text('art9Conditions')))) {
      const value = enumItem('art9Condition', item);
      if (value === null) notes.push(item);
      else if (!conditions.includes(value)) conditions.push(value);
    }
    given.art9Conditions = conditions as Given['art9Conditions'];
    given.art9Note = notes.join('\n');
  }

  const criminal = at('criminalData');
  const c = criminal ? flagged(criminal, 'criminalData', 'art10Basis') : null;
  if (c) Object.assign(given, { criminalData: c.flag, art10Basis: c.flag ? c.value : null, art10Note: c.note });
  const pnr = at('personnummer');
  const p = pnr ? flagged(pnr, 'personnummer', 'pnrJustification') : null;
  if (p) Object.assign(given, { personnummer: p.flag, pnrJustification: p.flag ? p.value : null, pnrNote: p.note });
  const automated = at('automatedDecisions');
  const a = automated ? flagged(automated, 'automatedDecisions', null) : null;
  if (a) Object.assign(given, { automatedDecisions: a.flag, automatedDecisionsNote: a.note });
  const children = at('childrenData');
  const childrenValue = children ? children.bool('childrenData') : null;
  if (childrenValue !== null) given.childrenData = childrenValue;

  for (const key of ['lastReviewedAt', 'nextReviewAt'] as const) {
    const r = at(key);
    const date = r ? r.date(key) : null;
    if (date !== null) given[key] = date;
  }

  const subjects = at('dataSubjects');
  if (subjects) draft.dataSubjects = namesIn(subjects, 'dataSubjects', () => subjects.terms('dataSubjects', 'data_subject'));
  const data = at('personalData');
  if (data) draft.personalData = namesIn(data, 'personalData', () => data.terms('personalData', 'personal_data'));
  const systems = at('systems');
  if (systems) draft.systems = namesIn(systems, 'systems', () => systems.refs('systems', 'systems'));
  const measures = at('measures');
  if (measures) {
    draft.measures = namesIn(measures, 'measures', () => measures.refs('measures', 'measures')).map((m) => ({
      name: m.name.replace(MEASURE_STATUS, ''),
    }));
  }
  const recipients = at('recipients');
  if (recipients) {
    const read = recipientsOf(recipients);
    given.noRecipients = read.none;
    draft.recipients = read.list;
  }
  const transfers = at('transfers');
  if (transfers) given.transfers = transfersOf(transfers);
  const retention = at('retention');
  if (retention) draft.retention = lines(retention.text('retention')).map(withoutSvMark);

  // One purpose per row in our sheet; the same purpose twice (a repeated row) is kept once.
  const purposes: Purpose[] = [];
  for (const r of rows) {
    for (const purpose of purposesOf(r)) {
      if (!purposes.some((x) => folded(x.description) === folded(purpose.description) && x.legalBasis === purpose.legalBasis))
        purposes.push(purpose);
    }
  }
  if (rows.some((r) => r.has('purpose') || r.has('legalBasis')) || purposes.length > 0) given.purposes = purposes;
  if (purposes.length === 0) rows[0]!.problem(rows[0]!.has('purpose') ? 'purpose' : null, 'warning', { key: 'targets.activity.noPurpose' });

  // The register's own checks (lengths, dates …): a value it cannot take is reported and left out.
  const fieldOf = (path: readonly PropertyKey[]): string | null => {
    const top = String(path[0] ?? '');
    if (top === 'purposes') return 'purpose';
    if (top === 'volumeEstimate') return 'volume';
    if (top === 'art10Basis' || top === 'art10Note') return 'criminalData';
    if (top === 'pnrJustification' || top === 'pnrNote') return 'personnummer';
    if (top === 'automatedDecisionsNote') return 'automatedDecisions';
    if (top === 'art9Note') return 'art9Conditions';
    return fields.some((f) => f.key === top) ? top : null;
  };
  if (!checkAgainst(activityFields, given, () => ({ ...emptyActivity, ...given }), rows[0]!, fieldOf)) {
    rows[0]!.problem(null, 'error', { key: 'targets.activity.invalid', params: { field: name } });
    return null;
  }
  return {
    label: given.refNo ? `${given.refNo} ${name}` : name,
    fields: draft,
    matchKeys: { name },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A saved activity as the service input, to save it again with the file's fields over it. */
export function activityInput(a: Activity): Fields {
  return {
    ...(inputOf(emptyActivity, a) as Fields),
    purposes: a.purposes.map(({ id: _id, ...p }) => p),
    recipients: a.recipients.map(({ label: _label, ...r }) => r),
    retention: a.retention.map((r) => ({ termId: r.termId, retentionRuleId: r.retentionRuleId })),
  };
}

/** A purpose the register already has keeps its English texts when the file gives the same purpose. */
function keepEnglish(before: readonly Purpose[], after: readonly Purpose[]): Purpose[] {
  return after.map((p) => {
    const old = before.find((o) => folded(o.description) === folded(p.description));
    if (!old) return p;
    return {
      ...p,
      descriptionEn: p.descriptionEn || old.descriptionEn,
      legalBasisDetailEn:
        p.legalBasisDetailEn || (folded(p.legalBasisDetail) === folded(old.legalBasisDetail) ? old.legalBasisDetailEn : ''),
      liaTextEn: p.liaTextEn || (folded(p.liaText) === folded(old.liaText) ? old.liaTextEn : ''),
      basisScopeEn: p.basisScopeEn || (folded(p.basisScopeSv) === folded(old.basisScopeSv) ? old.basisScopeEn : ''),
      moreBases: p.moreBases.map((b) => ({
        ...b,
        scopeEn: b.scopeEn || (old.moreBases.find((o) => folded(o.scopeSv) === folded(b.scopeSv))?.scopeEn ?? ''),
      })),
    };
  });
}

function recipientLinks(list: readonly RecipientDraft[], w: WriteContext): Fields['recipients'] {
  const terms = w.session.use(vocabulariesService).list('recipient');
  const termOf = (label: string) =>
    terms.find((t) => folded(t.labelSv) === folded(label) || folded(t.labelEn) === folded(label))?.id ?? null;
  return list.map(({ text, kind }) => {
    if (kind === 'processor' || kind === null) {
      const subprocessorId = w.idOf('subprocessors', text);
      if (subprocessorId !== null) return { kind: 'processor', termId: null, subprocessorId, name: '' };
      if (kind === 'processor') return { kind, termId: null, subprocessorId: null, name: text };
    }
    const known = termOf(text);
    if (known !== null) return { kind: kind ?? 'external', termId: known, subprocessorId: null, name: '' };
    // "<term>: <name>", as the workbook writes a recipient of a category with its own name.
    const m = /^(.+?):\s+(.+)$/s.exec(text);
    if (m && kind !== null) return { kind, termId: termOf(m[1]!) ?? w.termId('recipient', m[1]!), subprocessorId: null, name: m[2]! };
    return { kind: kind ?? 'external', termId: null, subprocessorId: null, name: text };
  });
}

/**
 * Links to retention rules: an item is a rule's name, or "<what>: <the rule in words>" where <what>
 * is the rule's name or a personal-data category. An item that names no rule of the register (or
 * of this import) is left out.
 */
function retentionLinks(list: readonly string[], w: WriteContext): Fields['retention'] {
  const rules = w.session.use(retentionService).list();
  const byName = (s: string) => rules.filter((r) => folded(r.nameSv) === folded(s) || (r.nameEn !== '' && folded(r.nameEn) === folded(s)));
  const bySummary = (s: string) => rules.filter((r) => folded(r.summary.sv) === folded(s) || folded(r.summary.en) === folded(s));
  const out: Fields['retention'] = [];
  const add = (termId: number | null, retentionRuleId: number) => {
    if (!out.some((x) => x.termId === termId && x.retentionRuleId === retentionRuleId)) out.push({ termId, retentionRuleId });
  };
  for (const item of list) {
    const named = byName(item)[0] ?? bySummary(item)[0];
    if (named) {
      add(null, named.id);
      continue;
    }
    for (let i = item.indexOf(': '); i > 0; i = item.indexOf(': ', i + 1)) {
      const what = item.slice(0, i).trim();
      const words = item.slice(i + 2).trim();
      const candidates = bySummary(words);
      if (candidates.length === 0) continue;
      const rule = candidates.find((r) => byName(what).includes(r));
      if (rule) add(null, rule.id);
      else add(w.termId('personal_data', what), candidates[0]!.id);
      break;
    }
  }
  return out;
}

function write(draft: Draft<ActivityDraft>, existing: number | null, w: WriteContext): number {
  const service = w.session.use(activitiesService);
  const current = existing === null ? null : service.get(existing);
  const before = current ? activityInput(current) : structuredClone(emptyActivity);
  const d = draft.fields;
  const f: Fields = { ...before, ...(d.given as Partial<Fields>) };
  if (d.given.purposes) f.purposes = keepEnglish(before.purposes, d.given.purposes);
  if (d.dataSubjects) f.dataSubjectTermIds = d.dataSubjects.map((t) => w.termId('data_subject', t.name));
  if (d.personalData) f.personalDataTermIds = d.personalData.map((t) => w.termId('personal_data', t.name));
  if (d.systems) f.systemIds = d.systems.map((s) => w.idOrCreate('systems', s.name));
  if (d.measures) f.measureIds = d.measures.map((m) => w.idOrCreate('measures', m.name));
  if (d.recipients) f.recipients = recipientLinks(d.recipients, w);
  if (f.recipients.length > 0) f.noRecipients = false;
  if (d.retention) f.retention = retentionLinks(d.retention, w);
  // Without a purpose and its basis the activity is not complete: it must not read as active.
  if (f.purposes.length === 0 && f.status === 'active') f.status = 'draft';
  const fields = activityFields.parse(f);
  return current ? service.update(current.id, current.revision, fields).id : service.create(fields).id;
}

export const activitiesTarget: ImportTargetDef<ActivityDraft> = {
  key: 'activities',
  label: { sv: 'Behandlingar', en: 'Processing activities' },
  fields,
  own: { controller: own },
  // Our sheet: one row per purpose, the ref. no. and name repeated. A row without a name is its own record (and refused).
  recordKey: (r) => {
    const name = folded(withoutSvMark(r.text('name')));
    return name === '' ? `row:${r.row.row}` : `${folded(r.text('refNo'))}|${name}`;
  },
  build,
  write,
};
