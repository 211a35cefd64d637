// The processor-side import targets (issue 18): customers, sub-processors, services,
// subscriptions, sites and equipment read back from our own workbook into an empty register, and a
// foreign customer list. The targets are driven directly (rows → build → write), as the preview and
// commit do, so that what each target carries back is checked on its own.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { measuresService } from '../../../electron/core/measures/measures.service';
import { processorRegisterService } from '../../../electron/core/services/processor-register.service';
import { servicesService } from '../../../electron/core/services/services.service';
import { subscriptionsService } from '../../../electron/core/services/subscriptions.service';
import { sitesService } from '../../../electron/core/sites/sites.service';
import { subprocessorsService } from '../../../electron/core/subprocessors/subprocessors.service';
import { openSession, type Session } from '../../../electron/core/session';
import type {
  ImportTargetDef,
  MappedCell,
  MappedRow,
  Problem,
  RawCell,
  RefTarget,
  WriteContext,
} from '../../../electron/core/sheet-import/model';
import { createRowReader, NameCollector } from '../../../electron/core/sheet-import/row-reader';
import { customersTarget } from '../../../electron/core/sheet-import/targets/customers';
import { equipmentTarget } from '../../../electron/core/sheet-import/targets/equipment';
import { TargetRefusal } from '../../../electron/core/sheet-import/targets/processor.shared';
import { processorWords } from '../../../electron/core/sheet-import/targets/processor.words';
import { servicesTarget } from '../../../electron/core/sheet-import/targets/services';
import { sitesTarget } from '../../../electron/core/sheet-import/targets/sites';
import { subprocessorsTarget } from '../../../electron/core/sheet-import/targets/subprocessors';
import { subscriptionsTarget } from '../../../electron/core/sheet-import/targets/subscriptions';
import { fold } from '../../../electron/core/sheet-import/values';
import { SHEETS } from '../../../electron/core/workbook/sheets';
import { vocabulariesService } from '../../../electron/core/vocabularies/vocabularies.service';
import type { ProcessorEntry, WorkbookSheet } from '../../../shared/contract';
import { FIXED_NOW, ok, testCore } from '../helpers';
import { SHEETS as OWN_SHEETS } from '../../../electron/core/workbook/sheets';

/** Rows of our own workbook are read as the preview reads them: lists one item per line. */
const isOwn = (row: { sheet: string }) => Object.values(OWN_SHEETS).some((s) => s.name.sv === row.sheet || s.name.en === row.sheet);

const letter = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26);

/** A cell as the import's reader gives it: dates as YYYY-MM-DD marked as dates. */
function rawCell(value: ExcelJS.CellValue): RawCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), date: true };
  if (typeof value === 'object' && 'richText' in value) return { value: value.richText.map((t) => t.text).join('') };
  if (typeof value === 'object') return { value: String((value as { result?: unknown }).result ?? '') };
  return { value };
}

/** Sheet rows (arrays of cells, header row first) mapped to a target by header → field. */
function mapRows(
  sheet: string,
  table: (RawCell | undefined)[][],
  headerRow: number,
  fieldOf: (header: string) => string | null,
): MappedRow[] {
  const headers = (table[headerRow - 1] ?? []).map((c) => String(c?.value ?? ''));
  const columns = headers.map((h, i) => ({ field: fieldOf(h), letter: letter(i), header: h }));
  const out: MappedRow[] = [];
  for (let n = headerRow; n < table.length; n++) {
    const cells = new Map<string, MappedCell>();
    columns.forEach((c, i) => {
      const cell = table[n]![i];
      if (c.field && cell && String(cell.value).trim() !== '') cells.set(c.field, { cell, column: c.letter, header: c.header });
    });
    if (cells.size) out.push({ sheet, row: n + 1, cells });
  }
  return out;
}

interface Built<F = unknown> {
  def: ImportTargetDef<F>;
  drafts: { draft: ReturnType<ImportTargetDef<F>['build']>; rows: number[]; problems: Problem[] }[];
}

/** What the preview does per target: group the rows by record, build each record. */
function buildAll<F>(def: ImportTargetDef<F>, rows: MappedRow[]): Built<F> {
  const ignore = new NameCollector();
  const groups = new Map<string, MappedRow[]>();
  for (const row of rows) {
    const key = def.recordKey ? def.recordKey(createRowReader(row, [], ignore, fold, isOwn(row))) : `row:${row.row}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return {
    def,
    drafts: [...groups.values()].map((group) => {
      const problems: Problem[] = [];
      const names = new NameCollector();
      const draft = def.build(group.map((row) => createRowReader(row, problems, names, fold, isOwn(row))));
      return { draft, rows: group.map((r) => r.row), problems };
    }),
  };
}

/** The small WriteContext the test needs: names → ids of what it wrote, terms and measures by label. */
function writeContext(
  session: Session,
): WriteContext & { remember(target: string, name: string, parent: string | undefined, id: number): void } {
  const ids = new Map<string, number>();
  const key = (target: string, name: string, parent?: string) => `${target}|${fold(parent ?? '')}|${fold(name)}`;
  return {
    session,
    remember: (target, name, parent, id) => ids.set(key(target, name, parent), id),
    warn: () => {},
    memo: (_key, compute) => compute(),
    idOf: (target: RefTarget, name: string, parent?: string) => ids.get(key(target, name, parent)) ?? null,
    termId(kind, label) {
      const vocab = session.use(vocabulariesService);
      const found = vocab.list(kind, true).find((t) => fold(t.labelSv) === fold(label) || fold(t.labelEn) === fold(label));
      return found ? found.id : vocab.create({ kind, labelSv: label, labelEn: label, flag: 'none' }).id;
    },
    idOrCreate(target, name) {
      const known = ids.get(key(target, name));
      if (known !== undefined) return known;
      if (target !== 'measures') throw new Error('the processor targets create no systems');
      const id = session
        .use(measuresService)
        .create({ category: 'organisational', labelSv: name, labelEn: '', status: 'implemented', note: '', noteEn: '' }).id;
      ids.set(key(target, name), id);
      return id;
    },
  };
}

/** Writes every draft of a target, each in its own transaction; refusals are collected, not thrown. */
function writeAll<F>(session: Session, w: ReturnType<typeof writeContext>, built: Built<F>) {
  const refused: { label: string; key: string }[] = [];
  for (const { draft } of built.drafts) {
    if (!draft) continue;
    try {
      const id = session.tx(() => built.def.write(draft, null, w));
      w.remember(built.def.key, draft.matchKeys.name, draft.matchKeys.parent, id);
    } catch (error) {
      if (!(error instanceof TargetRefusal)) throw error;
      refused.push({ label: draft.label, key: error.key });
    }
  }
  return refused;
}

async function sampleWorkbook() {
  const { core, dir } = testCore();
  await ok(core, 'register.openSample', { path: path.join(dir, 'sample.forteckna') });
  const file = path.join(dir, 'register.xlsx');
  await ok(core, 'workbook.export', { path: file });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  /** Our sheet's rows mapped to a target through its `own` columns. */
  const rowsFor = (sheet: WorkbookSheet, def: ImportTargetDef<never> | ImportTargetDef) => {
    const sheetDef = SHEETS[sheet];
    const ws = book.getWorksheet(sheetDef.name.sv)!;
    const table: (RawCell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      table[n - 1] = Array.from({ length: sheetDef.columns.length }, (_, i) => rawCell(row.getCell(i + 1).value));
    });
    const own = def.own![sheet]!;
    const byHeader = new Map(sheetDef.columns.map((c) => [c.header.sv, own[c.key] ?? null]));
    return mapRows(ws.name, table, 2, (h) => byHeader.get(h) ?? null);
  };
  return { core, dir, rowsFor };
}

async function emptySession(dir: string): Promise<Session> {
  const { core } = testCore();
  const file = path.join(dir, 'empty.forteckna');
  await ok(core, 'register.create', { organisationName: 'Tom AB', path: file });
  core.close();
  return openSession(file, { now: () => FIXED_NOW });
}

/** The Art. 30(2) register by names: what the processor sheet shows, which an import must give back. */
const entryView = (e: ProcessorEntry) => ({
  customer: e.customerName,
  orgNr: e.customerOrgNr,
  contact: e.customerContact,
  dpo: e.customerDpo,
  service: e.serviceName,
  startDate: e.startDate,
  endDate: e.endDate,
  subjectMatter: e.subjectMatter,
  purpose: e.purpose,
  nature: e.nature,
  processing: e.processingCategories.map((t) => t.labelSv).sort(),
  personalData: e.personalDataCategories.map((t) => t.labelSv).sort(),
  dataSubjects: e.dataSubjectCategories.map((t) => t.labelSv).sort(),
  specialCategories: e.specialCategories,
  subprocessors: e.subprocessors.map((s) => s.name),
  transfers: e.transfers.map((t) => `${t.name} ${t.mechanism}`),
  measures: e.securityMeasures.map((m) => m.labelSv).sort(),
  endOfContract: e.endOfContractAction,
});

async function listAll(core: Core) {
  const customers = (await ok(core, 'customers.list', { limit: 1000 })).items;
  return { customers };
}

describe('processor-side import targets: our workbook back into an empty register', () => {
  it('gives back the customers, sub-processors, services, subscriptions, sites and equipment that the workbook carries', async () => {
    const { core, dir, rowsFor } = await sampleWorkbook();

    const subprocessors = buildAll(subprocessorsTarget, rowsFor('subprocessors', subprocessorsTarget));
    const services = buildAll(servicesTarget, rowsFor('processor', servicesTarget));
    const customers = buildAll(customersTarget, rowsFor('processor', customersTarget));
    const subscriptions = buildAll(subscriptionsTarget, rowsFor('processor', subscriptionsTarget));
    const sites = buildAll(sitesTarget, rowsFor('sites', sitesTarget));
    const equipment = buildAll(equipmentTarget, rowsFor('equipment', equipmentTarget));
    // Our own workbook reads without a single error; the only warnings are the derived columns' absence.
    for (const built of [subprocessors, services, customers, subscriptions, sites, equipment]) {
      const problems = built.drafts.flatMap((d) => d.problems);
      expect(
        problems.filter((p) => p.severity === 'error'),
        built.def.key,
      ).toEqual([]);
      expect(built.drafts.every((d) => d.draft !== null)).toBe(true);
    }

    const session = await emptySession(dir);
    try {
      const w = writeContext(session);
      expect(writeAll(session, w, subprocessors)).toEqual([]);
      expect(writeAll(session, w, services)).toEqual([]);
      expect(writeAll(session, w, customers)).toEqual([]);
      expect(writeAll(session, w, subscriptions)).toEqual([]);
      const sitesRefused = writeAll(session, w, sites);
      const equipmentRefused = writeAll(session, w, equipment);

      // Sub-processors: every column of their sheet, as the sample has them.
      const strip = ({
        id: _i,
        revision: _r,
        updatedAt: _u,
        services: _s,
        systems: _y,
        customerCount: _c,
        ...rest
      }: Record<string, unknown>) => rest;
      const sampleSubs = await ok(core, 'subprocessors.list', { query: '' });
      expect(session.use(subprocessorsService).list('').map(strip)).toEqual(sampleSubs.map(strip));

      // Customers: one per organisation number, with name, number, first contact person, DPO and contract start.
      const sampleCustomers = (await listAll(core)).customers;
      const sampleEntries = (await ok(core, 'processorRegister.list', {})).entries;
      const withSubscription = new Set(sampleEntries.map((e) => e.customerId));
      const imported = session.customers.list({
        query: '',
        status: 'all',
        includeArchived: false,
        agreementStatus: 'all',
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: 1000,
      }).items;
      expect(imported.map((c) => [c.name, c.orgNr])).toEqual(
        sampleCustomers.filter((c) => withSubscription.has(c.id)).map((c) => [c.name, c.orgNr]),
      );
      for (const c of imported) {
        const mine = session.customers.get(c.id);
        const theirs = await ok(core, 'customers.get', { id: sampleCustomers.find((s) => s.name === c.name)!.id });
        const person = theirs.contactPersons[0];
        expect(
          mine.contactPersons.map(({ id: _id, ...p }) => p),
          c.name,
        ).toEqual(person ? [{ name: person.name, role: person.role, email: person.email, phone: person.phone }] : []);
        expect(mine.dpo, c.name).toEqual(theirs.dpo);
        expect(mine.contractStart, c.name).toEqual(theirs.contractStart);
      }

      // Services, subscriptions and each customer's additions and exceptions: the Art. 30(2) register reads the same.
      const mineEntries = session.use(processorRegisterService).list().entries;
      expect(mineEntries.map(entryView)).toEqual(sampleEntries.map(entryView));
      const sampleServices = await ok(core, 'services.list', {});
      const serviceView = (s: { name: string; subjectMatter: string; purpose: string; endOfContractAction: string; nature: string[] }) => [
        s.name,
        s.subjectMatter,
        s.purpose,
        s.endOfContractAction,
        s.nature,
      ];
      const used = new Set(sampleEntries.map((e) => e.serviceId));
      expect(session.use(servicesService).list().map(serviceView)).toEqual(sampleServices.filter((s) => used.has(s.id)).map(serviceView));
      // A customer's exception (the law firm without the US RMM platform) is an exception of its subscription, not of the service.
      const changed = session
        .use(subscriptionsService)
        .list()
        .filter(
          (s) => s.removedSubprocessorIds.length + s.addedSubprocessorIds.length + s.addedTermIds.length + s.removedTermIds.length > 0,
        );
      const sampleSubscriptions = await ok(core, 'subscriptions.list', {});
      const sampleChanged = sampleSubscriptions.filter(
        (s) =>
          s.active && s.removedSubprocessorIds.length + s.addedSubprocessorIds.length + s.addedTermIds.length + s.removedTermIds.length > 0,
      );
      expect(changed.map((s) => `${s.customerName} / ${s.serviceName}`).sort()).toEqual(
        sampleChanged.map((s) => `${s.customerName} / ${s.serviceName}`).sort(),
      );

      // Sites and equipment: those of the customers the workbook carries are equal; the others are refused by name.
      const sampleSites: Record<string, unknown>[] = [];
      for (const c of sampleCustomers)
        for (const s of await ok(core, 'sites.list', { customerId: c.id })) sampleSites.push({ customer: c.name, ...s });
      const siteView = (s: Record<string, unknown>) => [
        s.customer,
        s.name,
        s.street,
        s.postalCode,
        s.city,
        s.contactName,
        s.contactPhone,
        s.contactEmail,
        s.accessNotes,
        s.closedOn,
      ];
      const mineSites = imported.flatMap((c) =>
        session
          .use(sitesService)
          .sites(c.id)
          .map((s) => ({ customer: c.name, ...s })),
      );
      const carried = new Set(imported.map((c) => c.name));
      expect(mineSites.map(siteView)).toEqual(sampleSites.filter((s) => carried.has(s.customer as string)).map(siteView));
      expect(sitesRefused.map((r) => r.key)).toEqual(
        sampleSites.filter((s) => !carried.has(s.customer as string)).map(() => 'targets.unknownCustomer'),
      );

      const sampleDevices = (await ok(core, 'equipment.list', { limit: 1000 })).items;
      const deviceView = async (get: (id: number) => Promise<Record<string, unknown>> | Record<string, unknown>, id: number) => {
        const e = await get(id);
        return [
          e.customerName,
          e.siteName,
          e.type,
          e.make,
          e.model,
          e.serialNumber,
          e.hostname,
          e.networkNotes,
          e.personalData,
          e.encrypted,
          (e.services as { name: string }[]).map((s) => s.name),
          e.status,
          e.installedOn,
          e.removedOn,
          e.notes,
        ];
      };
      const mineDevices = session.use(sitesService).list({ query: '', sort: 'placement', direction: 'asc', offset: 0, limit: 1000 }).items;
      const mineViews = await Promise.all(mineDevices.map((d) => deviceView((id) => session.use(sitesService).get(id) as never, d.id)));
      const sampleViews = await Promise.all(
        sampleDevices
          .filter((d) => carried.has(d.customerName))
          .map((d) => deviceView((id) => ok(core, 'equipment.get', { id }) as never, d.id)),
      );
      expect(mineViews).toEqual(sampleViews);
      expect(equipmentRefused).toHaveLength(sampleDevices.filter((d) => !carried.has(d.customerName)).length);
      expect(sampleDevices.length - equipmentRefused.length).toBeGreaterThan(0);
    } finally {
      session.close();
    }
  }, 60_000);
});

/** A foreign sheet as rows of text (a CSV file as the reader gives it), mapped by the targets' header synonyms. */
function foreignRows(def: ImportTargetDef, lines: string[][], sheet = 'kunder.csv'): MappedRow[] {
  const table = lines.map((line) => line.map((v) => (v === '' ? undefined : ({ value: v } as RawCell))));
  const fieldOf = (header: string) => def.fields.find((f) => f.synonyms.some((s) => fold(s) === fold(header)))?.key ?? null;
  return mapRows(sheet, table, 1, fieldOf);
}

describe('processor-side import targets: foreign sheets', () => {
  const csv = [
    [
      'Kundnr',
      'Namn',
      'Organisationsnummer',
      'Utdelningsadress',
      'Postnr',
      'Ort',
      'Land',
      'Telefon',
      'E-post',
      'Er referens',
      'Vår referens',
    ],
    [
      '1001',
      'Köpings Rör & Värme AB',
      '5560360793',
      'Storgatan 1',
      '731 30',
      'Köping',
      'Sverige',
      '0221-123 45',
      'info@koror.se',
      'Lena Holm',
      'Per Säljare',
    ],
    ['1002', 'Arboga Bageri AB', '556036-0794', 'Nygatan 2', '732 30', 'Arboga', '', '0589-11 22', 'inte en adress', '', ''],
    ['1003', '', '', 'Lillgatan 3', '', '', '', '', '', '', ''],
    ['1004', 'Hälsans Hus', '', '', '', '', '', '', 'kontakt@halsanshus.se', '', ''],
  ];

  it('reads an accounting program’s semicolon customer list: number, address, contact person, customer number in the notes', () => {
    const built = buildAll(customersTarget, foreignRows(customersTarget, csv));
    const [koping, arboga, noName, halsan] = built.drafts;
    expect(koping!.draft!.fields).toEqual({
      name: 'Köpings Rör & Värme AB',
      orgNr: '556036-0793',
      visitingAddress: { street: 'Storgatan 1', postalCode: '731 30', city: 'Köping', country: 'Sverige' },
      contactPersons: [{ name: 'Lena Holm', role: '', email: 'info@koror.se', phone: '0221-123 45' }],
      notes: 'Kundnummer: 1001',
    });
    expect(koping!.draft!.matchKeys).toEqual({ name: 'Köpings Rör & Värme AB', orgNr: '556036-0793' });
    expect(koping!.problems).toEqual([]);

    // A wrong check digit is the reader's error at the number's cell; an e-mail that is none is left out with a warning at its cell.
    expect(arboga!.problems.map((p) => [p.severity, p.row, p.column, p.key])).toEqual([
      ['error', 3, 'C', 'values.orgNrChecksum'],
      ['warning', 3, 'I', 'targets.customer.contactNoName'],
      ['warning', 3, 'I', 'targets.email'],
    ]);
    expect(arboga!.draft!.fields.orgNr).toBeUndefined();
    expect(arboga!.draft!.fields.contactPersons).toEqual([{ name: 'Arboga Bageri AB', role: '', email: '', phone: '0589-11 22' }]);

    // No name: an error on its row (an empty cell has no column in the mapped row), and no record.
    expect(noName!.draft).toBeNull();
    expect(noName!.problems.map((p) => [p.severity, p.row, p.key])).toEqual([['error', 4, 'targets.customer.noName']]);

    // Contact details without a person: the company's name stands in, with a warning that says so.
    expect(halsan!.draft!.fields.contactPersons).toEqual([{ name: 'Hälsans Hus', role: '', email: 'kontakt@halsanshus.se', phone: '' }]);
    expect(halsan!.problems.map((p) => [p.severity, p.column, p.key])).toEqual([['warning', 'I', 'targets.customer.contactNoName']]);
  });

  it('writes a customer list into the register and updates an existing customer with only what the file gives', async () => {
    const { dir } = testCore();
    const session = await emptySession(dir);
    try {
      const w = writeContext(session);
      const existing = session.customers.create({
        name: 'Köpings Rör och Värme',
        legalForm: 'company',
        orgNr: '556036-0793',
        visitingAddress: { street: '', postalCode: '', city: '', country: '' },
        invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
        invoiceSameAsVisiting: true,
        contactPersons: [{ name: 'Lena Holm', role: 'VD', email: '', phone: '' }],
        dpo: { name: '', email: '', phone: '' },
        contractStart: '2020-01-01',
        contractEnd: null,
        status: 'active',
        notes: '',
      });
      const built = buildAll(customersTarget, foreignRows(customersTarget, csv.slice(0, 2)));
      const id = session.tx(() => customersTarget.write(built.drafts[0]!.draft!, existing.id, w));
      const after = session.customers.get(id);
      expect(after.name).toBe('Köpings Rör & Värme AB');
      expect(after.contractStart).toBe('2020-01-01');
      expect(after.visitingAddress.city).toBe('Köping');
      // The same person (by name) keeps the role the register has and gains the e-mail and phone of the file.
      expect(after.contactPersons.map(({ id: _id, ...p }) => p)).toEqual([
        { name: 'Lena Holm', role: 'VD', email: 'info@koror.se', phone: '0221-123 45' },
      ]);
    } finally {
      session.close();
    }
  });

  it('reports missing and unknown values at their cells: a sub-processor, a subscription, a device', () => {
    const subs = buildAll(
      subprocessorsTarget,
      foreignRows(subprocessorsTarget, [
        ['Leverantör', 'Land', 'Överföringsverktyg', 'E-post'],
        ['Cloudy Inc.', 'USA', 'Inom EU/EES', 'privacy@cloudy.example'],
        ['Lagret AB', 'Sverige', '', ''],
        ['SCC Ltd', 'Indien', 'Standardavtalsklausuler', ''],
        ['', 'Sverige', '', ''],
      ]),
    );
    expect(subs.drafts.map((d) => d.problems.map((p) => [p.severity, p.row, p.column, p.key]))).toEqual([
      [['error', 2, 'C', 'targets.subprocessor.eeaOutside']],
      [],
      [['warning', 4, undefined, 'targets.subprocessor.sccModuleAssumed']],
      [['error', 5, undefined, 'targets.subprocessor.noName']],
    ]);
    expect(subs.drafts[1]!.draft!.fields.place).toEqual({ locationKind: 'country', country: 'SE', regionName: '', regionInEea: true });

    const subscriptions = buildAll(
      subscriptionsTarget,
      foreignRows(subscriptionsTarget, [
        ['Kund', 'Tjänst', 'Startdatum', 'Slutdatum'],
        ['Arboga Bageri AB', 'Backup', '2024-01-01', '2023-01-01'],
        ['', 'Backup', '2024-01-01', ''],
        ['Arboga Bageri AB', 'Helpdesk', '', ''],
      ]),
    );
    expect(subscriptions.drafts.map((d) => d.problems.map((p) => [p.severity, p.row, p.column, p.key]))).toEqual([
      [['warning', 2, 'D', 'targets.endBeforeStart']],
      [['error', 3, undefined, 'targets.subscription.noCustomer']],
      [['warning', 4, undefined, 'targets.subscription.noStart']],
    ]);
    expect(subscriptions.drafts[0]!.draft!.fields).toEqual({ customer: 'Arboga Bageri AB', service: 'Backup', startDate: '2024-01-01' });

    const devices = buildAll(
      equipmentTarget,
      foreignRows(equipmentTarget, [
        ['Kund', 'Typ', 'Serienummer', 'Status', 'Kryptering'],
        ['Arboga Bageri AB', 'Kaffebryggare', 'X1', 'Borttagen', 'Krypterad'],
      ]),
    );
    expect(devices.drafts[0]!.problems.map((p) => [p.severity, p.column, p.key])).toEqual([
      ['warning', 'B', 'values.enumUnknown'],
      ['warning', 'B', 'targets.equipment.noType'],
      ['warning', 'D', 'targets.equipment.removedWithoutDate'],
    ]);
    expect(devices.drafts[0]!.draft!.fields).toMatchObject({
      customer: 'Arboga Bageri AB',
      serialNumber: 'X1',
      status: 'in_storage',
      encrypted: 'yes',
    });
    expect(devices.drafts[0]!.draft!.matchKeys).toEqual({ name: 'X1', parent: 'Arboga Bageri AB' });
  });

  it('refuses a subscription whose customer or service is neither in the register nor in the file, saying which', async () => {
    const { dir } = testCore();
    const session = await emptySession(dir);
    try {
      const w = writeContext(session);
      const built = buildAll(
        subscriptionsTarget,
        foreignRows(subscriptionsTarget, [
          ['Kund', 'Tjänst'],
          ['Okänd AB', 'Backup'],
        ]),
      );
      expect(writeAll(session, w, built)).toEqual([{ label: 'Okänd AB / Backup', key: 'targets.unknownCustomer' }]);
    } finally {
      session.close();
    }
  });

  it('has every message in Swedish and English', () => {
    for (const [key, text] of Object.entries(processorWords)) {
      expect(text.sv.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(text.sv, key).not.toBe(text.en);
    }
  });
});

// Labels of the targets (what the column drop-downs show) are in both languages.
describe('processor-side import targets: fields', () => {
  it('name every field in Swedish and English and map every column of our sheets that is not derived', () => {
    const defs = [
      customersTarget,
      subprocessorsTarget,
      servicesTarget,
      subscriptionsTarget,
      sitesTarget,
      equipmentTarget,
    ] as ImportTargetDef[];
    for (const def of defs) {
      const keys = new Set(def.fields.map((f) => f.key));
      for (const f of def.fields) expect(f.label.sv && f.label.en, `${def.key}.${f.key}`).toBeTruthy();
      for (const [sheet, columns] of Object.entries(def.own ?? {})) {
        const sheetColumns = new Set<string>(SHEETS[sheet as WorkbookSheet].columns.map((c) => c.key));
        for (const [column, fieldKey] of Object.entries(columns)) {
          expect(sheetColumns.has(column), `${sheet}.${column}`).toBe(true);
          expect(keys.has(fieldKey), `${def.key}.${fieldKey}`).toBe(true);
        }
      }
    }
    const unmapped = (sheet: WorkbookSheet, defsOf: ImportTargetDef[]) =>
      SHEETS[sheet].columns.map((c) => c.key).filter((k) => !defsOf.some((d) => d.own?.[sheet]?.[k]));
    // What is not read is derived from what is: the transfers from the sub-processors, counts from the records.
    expect(unmapped('processor', defs)).toEqual(['transfers']);
    expect(unmapped('subprocessors', defs)).toEqual(['services', 'customerCount']);
    expect(unmapped('sites', defs)).toEqual(['equipmentCount']);
    expect(unmapped('equipment', defs)).toEqual([]);
  });
});
