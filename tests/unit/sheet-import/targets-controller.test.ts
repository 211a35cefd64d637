import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Activity, RetentionRule } from '../../../shared/contract';
import type { VocabularyKind } from '../../../shared/domain/enums';
import { activitiesService } from '../../../electron/core/activities/activities.service';
import { measuresService } from '../../../electron/core/measures/measures.service';
import { retentionService } from '../../../electron/core/retention/retention.service';
import { openSession, type Session } from '../../../electron/core/session';
import { matchKeysOf, readExisting } from '../../../electron/core/sheet-import/existing';
import type {
  Draft,
  ImportTargetDef,
  MappedCell,
  MappedRow,
  Problem,
  RawCell,
  RefTarget,
  WriteContext,
} from '../../../electron/core/sheet-import/model';
import { createRowReader, NameCollector } from '../../../electron/core/sheet-import/row-reader';
import { activitiesTarget } from '../../../electron/core/sheet-import/targets/activities';
import { controllerWords } from '../../../electron/core/sheet-import/targets/controller.words';
import { retentionRulesTarget } from '../../../electron/core/sheet-import/targets/retention-rules';
import { minimalSystem, systemsTarget } from '../../../electron/core/sheet-import/targets/systems';
import { fold } from '../../../electron/core/sheet-import/values';
import { systemsService } from '../../../electron/core/systems/systems.service';
import { vocabulariesService } from '../../../electron/core/vocabularies/vocabularies.service';
import { SHEETS } from '../../../electron/core/workbook/sheets';
import type { Core } from '../../../electron/core/core';
import { subprocessor } from '../activities/fixtures';
import { FIXED_NOW, ok, testCore } from '../helpers';
import { SHEETS as OWN_SHEETS } from '../../../electron/core/workbook/sheets';

/** Rows of our own workbook are read as the preview reads them: lists one item per line. */
const isOwn = (row: { sheet: string }) => Object.values(OWN_SHEETS).some((s) => s.name.sv === row.sheet || s.name.en === row.sheet);

// The controller-side targets on their own: rows of a sheet (our exported workbook, or a foreign
// register typed here) → drafts → records written into an empty register through the services.

type Cells = Record<string, string | number | boolean | Date | null>;

/** Rows of one sheet as the import maps them: field key → cell, the header row given. */
function mapped(
  sheet: string,
  headerRow: number,
  header: string[],
  rows: (RawCell | undefined)[][],
  columns: Record<string, string>,
): MappedRow[] {
  const fieldOf = header.map((h) => columns[h]);
  return rows.flatMap((cells, i) => {
    const map = new Map<string, MappedCell>();
    cells.forEach((cell, j) => {
      const field = fieldOf[j];
      if (!field || !cell || cell.value === null || String(cell.value).trim() === '') return;
      map.set(field, { cell, column: String.fromCharCode(65 + j), header: header[j]! });
    });
    return map.size ? [{ sheet, row: headerRow + 1 + i, cells: map }] : [];
  });
}

const rawCell = (v: ExcelJS.CellValue): RawCell | undefined => {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), date: true };
  if (typeof v === 'object') return { value: 'result' in v ? String(v.result) : JSON.stringify(v), formula: true };
  return { value: v };
};

/** Our workbook's sheet read back with exceljs, its columns mapped by the target's `own` table. */
async function ownSheet(
  file: string,
  key: 'controller' | 'retention',
  def: ImportTargetDef,
  lang: 'sv' | 'en' = 'sv',
): Promise<MappedRow[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheetDef = SHEETS[key];
  const sheet = book.getWorksheet(sheetDef.name[lang])!;
  const width = sheetDef.columns.length;
  const header = Array.from({ length: width }, (_, j) => String(sheet.getRow(2).getCell(j + 1).value));
  expect(header).toEqual(sheetDef.columns.map((c) => c.header[lang]));
  const columns = Object.fromEntries(
    sheetDef.columns.flatMap((c) => (def.own![key]![c.key] ? [[c.header[lang], def.own![key]![c.key]!]] : [])),
  );
  const rows: (RawCell | undefined)[][] = [];
  for (let n = 3; n <= sheet.rowCount; n++)
    rows.push(Array.from({ length: width }, (_, j) => rawCell(sheet.getRow(n).getCell(j + 1).value)));
  return mapped(sheet.name, 2, header, rows, columns);
}

/** A foreign sheet typed as rows of cells by header (the header row is row 1). */
function foreignSheet(name: string, rows: Cells[], columns: Record<string, string>): MappedRow[] {
  const header = Object.keys(columns);
  return mapped(
    name,
    1,
    header,
    rows.map((r) => header.map((h) => rawCell((r[h] ?? null) as ExcelJS.CellValue))),
    columns,
  );
}

interface Built<F> {
  drafts: { draft: Draft<F>; rows: number[] }[];
  problems: Problem[];
}

/** Groups the rows by the target's recordKey and builds each record, as the preview does. */
function buildAll<F>(def: ImportTargetDef<F>, rows: MappedRow[]): Built<F> {
  const problems: Problem[] = [];
  const names = new NameCollector();
  const groups = new Map<string, MappedRow[]>();
  for (const row of rows) {
    const key = def.recordKey ? def.recordKey(createRowReader(row, [], new NameCollector(), fold, isOwn(row))) : `row:${row.row}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const drafts: Built<F>['drafts'] = [];
  for (const group of groups.values()) {
    const draft = def.build(group.map((r) => createRowReader(r, problems, names, fold, isOwn(r))));
    if (draft) drafts.push({ draft, rows: group.map((r) => r.row) });
  }
  return { drafts, problems };
}

/** Names → ids as the import's commit resolves them: what this import created, else the register's own. */
function writeContext(session: Session): WriteContext {
  const existing = readExisting(session.db);
  const created = new Map<string, number>();
  const idOf = (target: RefTarget, name: string) => {
    for (const key of matchKeysOf({ name })) {
      const id = created.get(`${target}|${key}`);
      if (id !== undefined) return id;
    }
    return existing.find(target, { name })?.id ?? null;
  };
  return {
    session,
    idOf,
    warn: () => {},
    memo: (_key, compute) => compute(),
    termId(kind: VocabularyKind, label: string) {
      const key = `term:${kind}|${fold(label)}`;
      const known = created.get(key) ?? existing.term(kind, label);
      if (known !== null && known !== undefined) return known;
      const id = session.use(vocabulariesService).create({ kind, labelSv: label, labelEn: '', flag: 'none' }).id;
      created.set(key, id);
      return id;
    },
    idOrCreate(target, name) {
      const found = idOf(target, name);
      if (found !== null) return found;
      const id =
        target === 'systems'
          ? session.use(systemsService).create(minimalSystem(name)).id
          : session
              .use(measuresService)
              .create({ category: 'organisational', labelSv: name, labelEn: '', status: 'implemented', note: '', noteEn: '' }).id;
      created.set(`${target}|${matchKeysOf({ name })[0]}`, id);
      return id;
    },
  };
}

function writeAll<F>(def: ImportTargetDef<F>, built: Built<F>, session: Session, w: WriteContext): number[] {
  const existing = readExisting(session.db);
  return session.tx(() =>
    built.drafts.map(({ draft }) => {
      const match = existing.find(def.key, draft.matchKeys);
      return def.write(draft, match?.id ?? null, w);
    }),
  );
}

/** An empty register made through the contract, then opened as the import's session. */
async function emptyRegister(seed?: (core: Core) => Promise<unknown>): Promise<Session> {
  const { core, dir } = testCore();
  const file = path.join(dir, 'tom.forteckna');
  await ok(core, 'register.create', { organisationName: 'Tom AB', path: file });
  await seed?.(core);
  await ok(core, 'register.close', {});
  const session = openSession(file, { now: () => FIXED_NOW });
  return session;
}

async function exportedSample(lang: 'sv' | 'en' = 'sv') {
  const { core, dir } = testCore();
  await ok(core, 'register.openSample', { path: path.join(dir, 'exempel.forteckna') });
  const file = path.join(dir, 'register.xlsx');
  await ok(core, 'workbook.export', { lang, path: file, sheets: ['controller', 'retention'] });
  const rules = await ok(core, 'retentionRules.list', {});
  const list = (await ok(core, 'activities.list', {})).items;
  const activities = await Promise.all(list.map((a) => ok(core, 'activities.get', { id: a.id })));
  const measures = new Map((await ok(core, 'securityMeasures.list', {})).map((m) => [m.id, m.labelSv]));
  const recipientTerms = new Map((await ok(core, 'vocabularies.list', { kind: 'recipient' })).map((t) => [t.id, t.labelSv]));
  const personalTerms = new Map((await ok(core, 'vocabularies.list', { kind: 'personal_data' })).map((t) => [t.id, t.labelSv]));
  return { file, rules, activities, measures, recipientTerms, personalTerms };
}

/** A rule as a user compares it: every parameter, the event by its label, no ids and no English texts. */
const rulePortrait = (r: RetentionRule) => ({
  name: r.nameSv,
  storageLocation: r.storageLocation,
  purpose: r.purpose,
  policy: r.policySv,
  exception: r.exceptionSv,
  anchor: [r.anchorKind, r.anchorEvent, r.anchorEventLabel?.sv ?? null],
  rounding: r.roundAnchorTo,
  period: [r.durationMin, r.duration],
  inclusive: r.inclusive,
  backupLag: r.backupLag,
  action: r.action,
  legalMinimum: [r.legalMinimumDuration, r.legalMinimumSource],
  legalBasisRef: r.legalBasisRef,
  legalHoldAllowed: r.legalHoldAllowed,
  appliesTo: r.appliesTo,
  summary: r.summary.sv,
});

type Lookups = { measures: Map<number, string>; recipientTerms: Map<number, string>; personalTerms: Map<number, string> };

/** An activity as a user compares it: every field, references by name, no ids and no English texts. */
function activityPortrait(a: Activity, l: Lookups) {
  return {
    refNo: a.refNo,
    name: a.name,
    description: a.description,
    role: a.role,
    jointControllers: a.jointControllers,
    owner: a.owner,
    status: a.status,
    purposes: a.purposes.map((p) => ({
      description: p.description,
      legalBasis: p.legalBasis,
      legalBasisDetail: p.legalBasisDetail,
      liaText: p.liaText,
      scope: p.basisScopeSv,
      moreBases: p.moreBases.map((b) => [b.legalBasis, b.scopeSv, b.detail]),
    })),
    dataSubjects: a.dataSubjectTerms.map((t) => t.labelSv).sort(),
    personalData: a.personalDataTerms.map((t) => t.labelSv).sort(),
    special: [a.specialCategories, a.art9Conditions, a.art9Note],
    criminal: [a.criminalData, a.art10Basis, a.art10Note],
    personnummer: [a.personnummer, a.pnrJustification, a.pnrNote],
    noRecipients: a.noRecipients,
    // A sub-processor recipient is written by the sub-processor's name alone: its category term is not in the workbook.
    recipients: a.recipients
      .map((r) => [r.kind, r.termId === null || r.kind === 'processor' ? null : l.recipientTerms.get(r.termId), r.label])
      .sort(),
    transfers: a.transfers,
    systems: a.systems.map((s) => s.name).sort(),
    retention: a.retention.map((r) => [r.ruleName, r.termId === null ? null : l.personalTerms.get(r.termId)]).sort(),
    measures: a.measureIds.map((id) => l.measures.get(id)).sort(),
    securitySummary: a.securitySummary,
    dataSources: a.dataSources,
    dpia: [a.dpiaStatus, a.dpiaCriteria, a.dpiaNote],
    volume: a.volumeEstimate,
    childrenData: a.childrenData,
    automated: [a.automatedDecisions, a.automatedDecisionsNote],
    reviews: [a.lastReviewedAt, a.nextReviewAt],
  };
}

function lookupsOf(session: Session): Lookups {
  const terms = (kind: VocabularyKind) =>
    new Map(
      session
        .use(vocabulariesService)
        .list(kind, true)
        .map((t) => [t.id, t.labelSv]),
    );
  return {
    measures: new Map(
      session
        .use(measuresService)
        .list()
        .map((m) => [m.id, m.labelSv]),
    ),
    recipientTerms: terms('recipient'),
    personalTerms: terms('personal_data'),
  };
}

/** The Swedish text of a problem, with its parameters. */
const say = (p: Problem) =>
  ((controllerWords as Record<string, { sv: string }>)[p.key]?.sv ?? p.key).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
    String(p.params?.[n] ?? ''),
  );

describe('our workbook into an empty register: retention rules and activities', () => {
  it('gives back the sample’s rules and activities, field by field', async () => {
    const sample = await exportedSample();
    const session = await emptyRegister();
    const w = writeContext(session);

    const rules = buildAll(retentionRulesTarget, await ownSheet(sample.file, 'retention', retentionRulesTarget));
    expect(rules.problems.map(say)).toEqual([]);
    writeAll(retentionRulesTarget, rules, session, w);
    const imported = session.use(retentionService).list();
    const byName = (list: RetentionRule[]) => list.map(rulePortrait).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    expect(byName(imported)).toEqual(byName(sample.rules));

    const activities = buildAll(activitiesTarget, await ownSheet(sample.file, 'controller', activitiesTarget));
    expect(activities.problems.map(say)).toEqual([]);
    // One record per activity, from its rows (one per purpose).
    expect(activities.drafts).toHaveLength(sample.activities.length);
    expect(activities.drafts.find((d) => d.draft.label === 'PA-01 Kundregister och avtalshantering')?.rows).toEqual([3, 4]);
    writeAll(activitiesTarget, activities, session, w);

    const service = session.use(activitiesService);
    const got = service.list({ query: '', includeArchived: true }).items.map((a) => service.get(a.id));
    const l = lookupsOf(session);
    const portrait = (list: Activity[], lookups: Lookups) =>
      list.map((a) => activityPortrait(a, lookups)).sort((a, b) => a.refNo.localeCompare(b.refNo, 'sv', { numeric: true }));
    const expected = portrait(sample.activities, sample);
    const actual = portrait(got, l);
    // Without the sub-processors sheet in this test, a processor recipient comes back by its name, unlinked.
    expect(actual.map((a) => a.name)).toEqual(expected.map((a) => a.name));
    for (let i = 0; i < expected.length; i++) expect(actual[i]).toEqual(expected[i]);
    expect(
      got
        .flatMap((a) => a.recipients)
        .filter((r) => r.kind === 'processor')
        .every((r) => r.subprocessorId === null && r.name !== ''),
    ).toBe(true);
    session.close();
  });

  it('reads the English workbook too: every rule parameter and every purpose’s basis, with the [sv] marks taken off', async () => {
    const sample = await exportedSample('en');
    const session = await emptyRegister();
    const w = writeContext(session);
    const rules = buildAll(retentionRulesTarget, await ownSheet(sample.file, 'retention', retentionRulesTarget, 'en'));
    expect(rules.problems.map(say)).toEqual([]);
    writeAll(retentionRulesTarget, rules, session, w);
    // The English workbook names a rule in English: the parameters are what must come back.
    const params = (r: RetentionRule) => [
      r.anchorKind,
      r.anchorEvent,
      r.roundAnchorTo,
      r.durationMin,
      r.duration,
      r.inclusive,
      r.backupLag,
      r.action,
      r.legalMinimumDuration,
      r.appliesTo,
    ];
    const en = (r: RetentionRule) => r.nameEn || r.nameSv;
    const imported = new Map(
      session
        .use(retentionService)
        .list()
        .map((r) => [r.nameSv, r]),
    );
    for (const rule of sample.rules)
      expect(params(imported.get(en(rule)) ?? imported.get(rule.nameSv)!), rule.nameSv).toEqual(params(rule));

    const activities = buildAll(activitiesTarget, await ownSheet(sample.file, 'controller', activitiesTarget, 'en'));
    expect(activities.problems.map(say)).toEqual([]);
    writeAll(activitiesTarget, activities, session, w);
    const service = session.use(activitiesService);
    const got = service.list({ query: '', includeArchived: true }).items.map((a) => service.get(a.id));
    const bases = (list: Activity[]) =>
      list.map((a) => [a.refNo, a.purposes.map((p) => [p.legalBasis, p.moreBases.map((b) => b.legalBasis)])]).sort();
    expect(bases(got)).toEqual(bases(sample.activities));
    expect(got.every((a) => !a.name.endsWith('[sv]') && a.purposes.every((p) => !p.description.endsWith('[sv]')))).toBe(true);
    expect(got.map((a) => a.retention.length)).toEqual(
      got.map((a) => sample.activities.find((s) => s.refNo === a.refNo)!.retention.length),
    );
    session.close();
  });

  it('links a processor recipient to the sub-processor the register has, and an update keeps what the file does not give', async () => {
    const sample = await exportedSample();
    const session = await emptyRegister((core) =>
      ok(core, 'subprocessors.create', { ...subprocessor, name: 'Supportdesk Nordic AB', orgNr: '' }),
    );
    const w = writeContext(session);
    writeAll(
      retentionRulesTarget,
      buildAll(retentionRulesTarget, await ownSheet(sample.file, 'retention', retentionRulesTarget)),
      session,
      w,
    );
    const rows = await ownSheet(sample.file, 'controller', activitiesTarget);
    writeAll(activitiesTarget, buildAll(activitiesTarget, rows), session, w);
    const service = session.use(activitiesService);
    const support = () => service.get(service.list({ query: 'Supportärenden', includeArchived: false }).items[0]!.id);
    const before = support();
    expect(before.recipients.map((r) => [r.kind, r.label, r.subprocessorId !== null])).toEqual([
      ['internal', 'Egen personal med behörighet', false],
      ['processor', 'Supportdesk Nordic AB', true],
    ]);
    // English texts the workbook does not carry stay when the same activity is imported again.
    service.update(before.id, before.revision, {
      ...(await import('../../../electron/core/sheet-import/targets/activities')).activityInput(before),
      nameEn: 'Support tickets',
      purposes: before.purposes.map(({ id: _id, ...p }) => ({ ...p, descriptionEn: `EN ${p.description}` })),
    });
    // Only the name, refNo and owner columns this time: the rest of the record stays as it is.
    const slim = rows
      .filter((r) => String(r.cells.get('name')?.cell.value) === 'Supportärenden')
      .map((r) => ({
        ...r,
        cells: new Map([...r.cells].filter(([k]) => ['refNo', 'name', 'owner', 'purpose', 'legalBasis'].includes(k))),
      }));
    slim[0]!.cells.set('owner', { cell: { value: 'Ny ägare' }, column: 'AC', header: 'Behandlingsägare' });
    const again = buildAll(activitiesTarget, slim);
    const existing = readExisting(session.db);
    session.tx(() => activitiesTarget.write(again.drafts[0]!.draft, existing.find('activities', again.drafts[0]!.draft.matchKeys)!.id, w));
    const after = support();
    expect(after.owner).toBe('Ny ägare');
    expect(after.nameEn).toBe('Support tickets');
    expect(after.purposes.map((p) => p.descriptionEn)).toEqual(before.purposes.map((p) => `EN ${p.description}`));
    expect(after.systems.map((s) => s.name)).toEqual(before.systems.map((s) => s.name));
    expect(after.recipients.length).toBe(before.recipients.length);
    session.close();
  });
});

const FOREIGN = {
  Behandling: 'name',
  Syfte: 'purpose',
  'Laglig grund': 'legalBasis',
  Registrerade: 'dataSubjects',
  Personuppgifter: 'personalData',
  Mottagare: 'recipients',
  'IT-system': 'systems',
  Gallringsfrist: 'retention',
  'Överföring till tredjeland': 'transfers',
  Ansvarig: 'owner',
  Personnummer: 'personnummer',
  Status: 'status',
};

describe('a foreign register with one row per activity', () => {
  it('reads Swedish headers and synonyms ("Syfte", "Laglig grund" = "Art 6.1 b"), lists in one cell and names of rules', async () => {
    const session = await emptyRegister();
    const w = writeContext(session);
    const rules = foreignSheet(
      'Gallring',
      [
        { Typ: 'Bokföring', Lagringstid: '7 år', 'Räknas från': 'Räkenskapsårets utgång', Avrundning: 'Till slutet av kalenderåret' },
        { Typ: 'Supportärenden', Lagringstid: '2 years', 'Räknas från': 'Ärendet stängt' },
        { Typ: 'Offerter', Lagringstid: '6 månader', 'Räknas från': 'Offerten besvarad' },
      ],
      { Typ: 'type', Lagringstid: 'duration', 'Räknas från': 'anchor', Avrundning: 'rounding' },
    );
    const builtRules = buildAll(retentionRulesTarget, rules);
    expect(builtRules.problems.map(say)).toEqual([]);
    writeAll(retentionRulesTarget, builtRules, session, w);
    const saved = session.use(retentionService).list();
    expect(saved.find((r) => r.nameSv === 'Bokföring')).toMatchObject({
      duration: 'P7Y',
      anchorKind: 'fiscal_year_end',
      roundAnchorTo: 'end_of_calendar_year',
    });
    expect(saved.find((r) => r.nameSv === 'Supportärenden')).toMatchObject({
      duration: 'P2Y',
      anchorKind: 'event',
      anchorEvent: 'ticket_closed',
    });
    // An event the register does not know becomes one of its own.
    expect(saved.find((r) => r.nameSv === 'Offerter')).toMatchObject({
      duration: 'P6M',
      anchorEvent: null,
      anchorEventLabel: { sv: 'Offerten besvarad', en: '' },
    });

    const sheet = foreignSheet(
      'Registerförteckning',
      [
        {
          Behandling: 'Kundsupport',
          Syfte: 'Hjälpa kunder med deras ärenden',
          'Laglig grund': 'Art 6.1 b',
          Registrerade: 'Kunders kontaktpersoner; Kunders användare och anställda',
          Personuppgifter: 'Namn och titel\nInnehåll i supportärenden',
          Mottagare: 'Egen personal med behörighet, Supportpartner AB',
          'IT-system': 'Ärendesystem; E-post',
          Gallringsfrist: 'Supportärenden',
          'Överföring till tredjeland': 'USA – Ticket Inc. – Standardavtalsklausuler',
          Ansvarig: 'Linda Sjögren',
          Personnummer: 'Nej',
          Status: 'Aktiv',
        },
        {
          Behandling: 'Bokföring',
          Syfte: 'Bokföra affärshändelser\nBetala leverantörer',
          'Laglig grund': 'Rättslig förpliktelse',
          Gallringsfrist: 'Bokföring',
          Personnummer: 'Ja – Särskild lag medger behandlingen. Kontrolluppgifter.',
        },
      ],
      FOREIGN,
    );
    const built = buildAll(activitiesTarget, sheet);
    expect(built.problems.map(say)).toEqual([]);
    writeAll(activitiesTarget, built, session, w);
    const service = session.use(activitiesService);
    const get = (name: string) => service.get(service.list({ query: name, includeArchived: true }).items.find((a) => a.name === name)!.id);

    const support = get('Kundsupport');
    expect(support.purposes).toMatchObject([{ description: 'Hjälpa kunder med deras ärenden', legalBasis: 'contract' }]);
    expect(support.status).toBe('active');
    expect(support.owner).toBe('Linda Sjögren');
    expect(support.dataSubjectTerms.map((t) => t.labelSv)).toEqual(
      expect.arrayContaining(['Kunders kontaktpersoner', 'Kunders användare och anställda']),
    );
    expect(support.personalDataTerms.map((t) => t.labelSv).sort()).toEqual(['Innehåll i supportärenden', 'Namn och titel']);
    expect(support.recipients.map((r) => [r.kind, r.label]).sort()).toEqual([
      ['external', 'Egen personal med behörighet'],
      ['external', 'Supportpartner AB'],
    ]);
    expect(support.recipients.find((r) => r.label === 'Egen personal med behörighet')?.termId).not.toBeNull();
    expect(support.systems.map((s) => s.name).sort()).toEqual(['E-post', 'Ärendesystem']);
    expect(support.retention.map((r) => r.ruleName)).toEqual(['Supportärenden']);
    expect(support.transfers).toEqual([{ country: 'US', recipient: 'Ticket Inc.', mechanism: 'scc_2021_914', safeguards: '' }]);
    expect(support.personnummer).toBe(false);

    const books = get('Bokföring');
    // Two purposes in one cell, one basis for both.
    expect(books.purposes.map((p) => [p.description, p.legalBasis])).toEqual([
      ['Bokföra affärshändelser', 'legal_obligation'],
      ['Betala leverantörer', 'legal_obligation'],
    ]);
    expect([books.personnummer, books.pnrJustification, books.pnrNote]).toEqual([true, 'specific_statute', 'Kontrolluppgifter.']);
    expect(books.retention.map((r) => r.ruleName)).toEqual(['Bokföring']);
    session.close();
  });

  it('reports a missing name, a missing or unknown legal basis and unreadable values at their cells', async () => {
    const session = await emptyRegister();
    const w = writeContext(session);
    const sheet = foreignSheet(
      'Registerförteckning',
      [
        { Syfte: 'Något', 'Laglig grund': 'Avtal' },
        { Behandling: 'Nyhetsbrev', Syfte: 'Skicka nyhetsbrev', 'Laglig grund': 'För att vi vill', Status: 'Aktiv' },
        { Behandling: 'Webbplats', Status: 'Aktiv', 'Överföring till tredjeland': 'Ja, till USA' },
        {
          Behandling: 'Rekrytering',
          Syfte: 'Anställa personal\nSpara ansökningar',
          'Laglig grund': 'Avtal\nSamtycke\nBerättigat intresse',
        },
        { Behandling: 'Kamera', Syfte: 'Förebygga brott', Personnummer: 'Kanske' },
      ],
      FOREIGN,
    );
    const built = buildAll(activitiesTarget, sheet);
    const at = (key: string) =>
      built.problems.filter((p) => p.key === key).map((p) => ({ row: p.row, column: p.column ?? null, severity: p.severity }));
    // Columns: A Behandling, B Syfte, C Laglig grund … I Överföring, K Personnummer.
    expect(at('targets.activity.noName')).toEqual([{ row: 2, column: null, severity: 'error' }]);
    expect(at('targets.activity.unknownBasis')).toEqual([{ row: 3, column: 'C', severity: 'warning' }]);
    expect(say(built.problems.find((p) => p.key === 'targets.activity.unknownBasis')!)).toContain('”För att vi vill”');
    expect(at('targets.activity.transfer')).toEqual([{ row: 4, column: 'I', severity: 'warning' }]);
    expect(at('targets.activity.basesCount')).toEqual([{ row: 5, column: 'C', severity: 'warning' }]);
    expect(at('targets.activity.noBasis')).toEqual([{ row: 6, column: null, severity: 'warning' }]);
    expect(at('targets.activity.unreadableFlag')).toEqual([{ row: 6, column: 'K', severity: 'warning' }]);
    // Every activity with a name is still imported; without a purpose and basis it is a draft, never active.
    expect(at('targets.activity.noPurpose').map((p) => p.row)).toEqual([3, 4, 5, 6]);
    expect(built.drafts.map((d) => d.draft.label)).toEqual(['Nyhetsbrev', 'Webbplats', 'Rekrytering', 'Kamera']);
    writeAll(activitiesTarget, built, session, w);
    const list = session.use(activitiesService).list({ query: '', includeArchived: true }).items;
    expect(list.map((a) => [a.name, a.status, a.purposeCount]).sort()).toEqual([
      ['Kamera', 'draft', 0],
      ['Nyhetsbrev', 'draft', 0],
      ['Rekrytering', 'draft', 0],
      ['Webbplats', 'draft', 0],
    ]);
    session.close();
  });

  it('reads a system list: kind, hosting, country or EU/EEA, and a supplier by name', async () => {
    const session = await emptyRegister();
    const w = writeContext(session);
    const sheet = foreignSheet(
      'System',
      [
        { Systemnamn: 'Fortnox', Typ: 'Ekonomisystem', Driftform: 'SaaS', Land: 'Sverige', Leverantör: 'Fortnox AB' },
        { Systemnamn: 'Backup', Typ: 'Säkerhetskopiering', Land: 'EU/EES' },
        { Systemnamn: 'Jira', Land: 'Norden' },
        { Typ: 'CRM' },
      ],
      { Systemnamn: 'name', Typ: 'kind', Driftform: 'hosting', Land: 'place', Leverantör: 'supplier' },
    );
    const built = buildAll(systemsTarget, sheet);
    expect(built.problems.map((p) => [p.key, p.row, p.column ?? null])).toEqual([
      ['targets.system.place', 4, 'D'],
      ['targets.system.noName', 5, null],
    ]);
    writeAll(systemsTarget, built, session, w);
    const systems = session.use(systemsService).list();
    expect(systems.map((s) => [s.name, s.kind, s.hosting, s.locationKind, s.country, s.location, s.supplierName]).sort()).toEqual([
      ['Backup', 'backup', 'saas', 'eea', '', '', ''],
      ['Fortnox', 'finance', 'saas', 'country', 'SE', '', 'Fortnox AB'],
      ['Jira', 'other', 'saas', 'country', 'SE', 'Norden', ''],
    ]);
    session.close();
  });

  it('reports a rule without type or with a period it cannot read, and keeps the rest', async () => {
    const session = await emptyRegister();
    const sheet = foreignSheet(
      'Gallring',
      [{ Lagringstid: '7 år' }, { Typ: 'Loggar', Lagringstid: 'ett tag' }, { Typ: 'Rekrytering', Lagringstid: '2 år' }],
      { Typ: 'type', Lagringstid: 'duration', 'Räknas från': 'anchor' },
    );
    const built = buildAll(retentionRulesTarget, sheet);
    expect(built.problems.map((p) => [p.key, p.row, p.column ?? null])).toEqual([
      ['targets.retention.noType', 2, null],
      ['targets.retention.duration', 3, 'B'],
      ['targets.retention.noDuration', 3, 'B'],
      ['targets.retention.noAnchor', 4, null],
    ]);
    writeAll(retentionRulesTarget, built, session, writeContext(session));
    const rules = session.use(retentionService).list();
    expect(rules.find((r) => r.nameSv === 'Loggar')?.duration).toBeNull();
    expect(rules.find((r) => r.nameSv === 'Rekrytering')?.duration).toBe('P2Y');
    session.close();
  });
});
