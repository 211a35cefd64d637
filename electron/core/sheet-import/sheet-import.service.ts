import crypto from 'node:crypto';
import {
  IMPORT_TARGETS,
  sheetMapping,
  type ImportOpened,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportResult,
  type ImportRowProblem,
  type ImportRows,
  type ImportTarget,
  type SheetMapping,
} from '../../../shared/contract';
import { formatMessage, type Language } from '../../../shared/messages';
import { DomainError } from '../errors';
import type { Session } from '../session';
import type { TaskHandle } from '../tasks';
import { tryPlan, writePlan } from './apply';
import { readExisting } from './existing';
import { importText } from './import.words';
import { dataRowCount, describeColumns, layoutFingerprint, proposeColumns, proposeMappings } from './mapping';
import type { Problem, RawBook } from './model';
import { buildPlan, type Plan } from './plan';
import { readSpreadsheet } from './read/read-file';
import { omissionsOf, sheetNote } from './sheet-import.words';
import { IMPORT_TARGET_DEFS, targetDef } from './targets';

/** Where the import remembers mappings (the app's settings: they belong to the user, not to one register). */
export interface MappingMemory {
  importMapping(fingerprint: string): unknown[] | null;
  rememberImportMapping(fingerprint: string, mappings: unknown[]): void;
}

interface Previewed {
  plan: Plan;
  rows: ImportPreviewRow[];
  mappings: SheetMapping[];
  /** The register's last history entry when the preview was made: a commit needs it unchanged. */
  mark: number;
  lang: Language;
}

interface OpenImport {
  id: string;
  book: RawBook;
  fingerprint: string;
  own: Map<string, string>;
  previewed: Previewed | null;
}

/** A refusal the UI shows in words (`details.messageKey`). */
const refusal = (code: 'NOT_FOUND' | 'CONFLICT', messageKey: string, params: Record<string, string> = {}) =>
  new DomainError(code, formatMessage(messageKey, 'en', params), { messageKey, params });

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const zero = (): Record<ImportTarget, number> => Object.fromEntries(IMPORT_TARGETS.map((t) => [t, 0])) as Record<ImportTarget, number>;

function shown(p: Problem, lang: Language): ImportRowProblem {
  return {
    severity: p.severity,
    sheet: p.sheet,
    row: p.row,
    column: p.column ?? null,
    header: p.header ?? null,
    message: importText(p.key, lang, p.params),
  };
}

/** Remembered mappings are used only when they are still valid and name sheets this file has. */
function validRemembered(raw: unknown[] | null, book: RawBook): SheetMapping[] | null {
  if (!raw) return null;
  const parsed = sheetMapping.array().safeParse(raw);
  if (!parsed.success) return null;
  // A CSV's one sheet has the name of its file, which may differ from the remembered one.
  if (book.kind === 'csv') return parsed.data.map((m) => ({ ...m, sheet: book.sheets[0]!.name }));
  const names = new Set(book.sheets.map((s) => s.name));
  return parsed.data.every((m) => names.has(m.sheet)) ? parsed.data : null;
}

export function createSheetImportService(session: Session) {
  // One file at a time per register: a new open forgets the previous one (and its memory).
  let current: OpenImport | null = null;

  const lastHistoryId = () => (session.db.prepare('SELECT max(id) AS id FROM history').get() as { id: number | null }).id ?? 0;
  const lastChangeId = () => (session.db.prepare('SELECT max(change_id) AS id FROM history').get() as { id: number | null }).id ?? null;

  function opened(id: string): OpenImport {
    if (!current || current.id !== id) throw refusal('NOT_FOUND', 'e.import.notOpen');
    return current;
  }

  function refuseReadOnly(): void {
    const readOnly = session.readOnly();
    if (readOnly) throw new DomainError('READ_ONLY', 'The register is open read-only: nothing can be imported into it.');
  }

  return {
    async open(filePath: string, lang: Language, memory: MappingMemory, task: TaskHandle): Promise<NonNullable<ImportOpened>> {
      refuseReadOnly();
      current = null;
      const book = await readSpreadsheet(filePath, { lang, signal: task.signal, onProgress: (rows) => task.progress(rows, 0) });
      const proposal = proposeMappings(book.sheets, IMPORT_TARGET_DEFS);
      const fingerprint = layoutFingerprint(book.sheets, book.kind);
      const remembered = proposal.ownWorkbook ? null : validRemembered(memory.importMapping(fingerprint), book);
      const mappings = remembered ?? proposal.mappings;
      const id = crypto.randomUUID();
      current = { id, book, fingerprint, own: proposal.own, previewed: null };
      const fields = Object.fromEntries(
        IMPORT_TARGETS.map((t) => [
          t,
          targetDef(t).fields.map((f) => ({
            key: f.key,
            label: f.label[lang],
            required: f.required === true,
            expected: f.expected === true,
          })),
        ]),
      ) as NonNullable<ImportOpened>['fields'];
      return {
        importId: id,
        fileName: book.fileName,
        kind: book.kind,
        detected:
          book.kind === 'csv'
            ? importText(`detected.${book.encoding}`, lang) + ', ' + importText(`detected.${book.delimiter}`, lang)
            : null,
        ownWorkbook: proposal.ownWorkbook,
        remembered: remembered !== null,
        sheets: book.sheets.map((sheet) => {
          const headerRow = mappings.find((m) => m.sheet === sheet.name)?.headerRow ?? 1;
          return {
            name: sheet.name,
            hidden: sheet.hidden,
            dataRows: dataRowCount(sheet, headerRow),
            columns: describeColumns(sheet, headerRow),
            note: sheetNote(proposal.own.get(sheet.name) ?? null, sheet.hidden, lang),
          };
        }),
        mappings,
        fields,
        omissions: omissionsOf(proposal.ownWorkbook ? [...proposal.own.values()] : null, lang),
      };
    },

    async preview(
      input: { importId: string; mappings: SheetMapping[]; onMatch: 'update' | 'create'; lang: Language },
      task: TaskHandle,
    ): Promise<ImportPreview> {
      refuseReadOnly();
      const state = opened(input.importId);
      state.previewed = null;
      const { lang } = input;
      const existing = readExisting(session.db);
      const plan = await buildPlan(state.book, input.mappings, IMPORT_TARGET_DEFS, existing, {
        onMatch: input.onMatch,
        ownSheets: new Set(state.own.keys()),
        checkpoint: async (done, total) => {
          task.progress(done, total * 2);
          await tick();
        },
      });
      const toWrite = plan.records.filter((r) => r.action !== 'skip').length;
      let written = 0;
      const total = plan.records.length;
      const { added } = tryPlan(session, plan, existing, lang, () =>
        task.progress(total + Math.round((++written / Math.max(1, toWrite)) * total), total * 2),
      );
      const create = zero();
      const update = zero();
      const skip = zero();
      let errors = 0;
      let warnings = 0;
      const rows = plan.records.map((r): ImportPreviewRow => {
        ({ create, update, skip })[r.action][r.def.key]++;
        for (const p of r.problems) {
          if (p.severity === 'error') errors++;
          else warnings++;
        }
        return {
          index: r.index,
          sheet: r.sheet,
          rows: r.rows,
          target: r.def.key,
          action: r.action,
          label: r.draft?.label ?? '',
          match: r.action === 'update' ? r.match : null,
          problems: r.problems.map((p) => shown(p, lang)),
        };
      });
      const fileProblems = plan.fileProblems.map((p) => shown(p, lang));
      if (plan.formulas > 0) {
        fileProblems.push(
          shown({ severity: 'warning', sheet: '', row: 0, key: 'preview.formulas', params: { count: plan.formulas } }, lang),
        );
      }
      errors += plan.fileProblems.filter((p) => p.severity === 'error').length;
      state.previewed = { plan, rows, mappings: input.mappings, mark: lastHistoryId(), lang };
      return {
        importId: state.id,
        create,
        update,
        skip,
        errors,
        warnings,
        rows: rows.length,
        newNames: [...added].map(([kind, names]) => ({ kind, label: importText(`added.${kind}`, lang), names: [...names] })),
        fileProblems,
      };
    },

    columns(input: { importId: string; sheet: string; headerRow: number; target: ImportTarget | null }) {
      const state = opened(input.importId);
      const sheet = state.book.sheets.find((s) => s.name === input.sheet);
      if (!sheet) throw refusal('NOT_FOUND', 'e.import.noSheet', { sheet: input.sheet });
      return {
        dataRows: dataRowCount(sheet, input.headerRow),
        columns: describeColumns(sheet, input.headerRow),
        proposed: input.target === null ? {} : proposeColumns(sheet, input.headerRow, targetDef(input.target)),
      };
    },

    rows(input: { importId: string; offset: number; limit: number; show: 'all' | 'problems' | 'create' | 'update' | 'skip' }): ImportRows {
      const state = opened(input.importId);
      const all = state.previewed?.rows ?? [];
      const chosen =
        input.show === 'all'
          ? all
          : input.show === 'problems'
            ? all.filter((r) => r.problems.length > 0)
            : all.filter((r) => r.action === input.show);
      return { total: chosen.length, rows: chosen.slice(input.offset, input.offset + input.limit) };
    },

    async commit(importId: string, memory: MappingMemory, task: TaskHandle): Promise<ImportResult> {
      refuseReadOnly();
      const state = opened(importId);
      const previewed = state.previewed;
      if (!previewed) throw refusal('NOT_FOUND', 'e.import.noPreview');
      if (previewed.mark !== lastHistoryId()) {
        state.previewed = null;
        throw refusal('CONFLICT', 'e.import.changedSincePreview');
      }
      task.progress(0, 1);
      await tick();
      task.progress(0, 1); // a cancel that arrived meanwhile stops here, before anything is written
      const before = lastChangeId();
      const existing = readExisting(session.db);
      const toWrite = previewed.plan.records.filter((r) => r.action !== 'skip').length;
      let written = 0;
      writePlan(session, previewed.plan, existing, previewed.lang, () => task.progress(++written, toWrite));
      const created = zero();
      const updated = zero();
      const skipped = zero();
      for (const r of previewed.plan.records) ({ create: created, update: updated, skip: skipped })[r.action][r.def.key]++;
      if (!state.own.size) memory.rememberImportMapping(state.fingerprint, previewed.mappings);
      current = null;
      const after = lastChangeId();
      return { created, updated, skipped, changeId: after !== before ? after : null };
    },

    discard(importId: string): void {
      if (current?.id === importId) current = null;
    },
  };
}

export type SheetImportService = ReturnType<typeof createSheetImportService>;

/** The spreadsheet import of the open register (`session.use(sheetImportService)`). */
export const sheetImportService = (s: Session): SheetImportService => createSheetImportService(s);
