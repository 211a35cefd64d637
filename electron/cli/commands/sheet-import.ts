import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  IMPORT_ACTIONS,
  IMPORT_TARGETS,
  sheetMapping,
  type ImportAction,
  type ImportOpened,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportResult,
  type ImportRowProblem,
  type ImportTarget,
  type SheetMapping,
} from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Core } from '../../core/core';
import { call, cliPassword, passwordOption, unwrap, UsageError, withRegister, type CliCommand, type CliIo } from '../kit';

// Import from a spreadsheet on the command line (issue 18): the same open → preview → commit as the
// app's stepper. The preview is printed first; nothing is written when it shows problems unless the
// user passes --yes, and never with --dry-run.

/** The exit code when the preview shows problems (or nothing to import) and nothing was written. */
export const EXIT_PROBLEMS = 3;

const COMMAND = 'import-xlsx';
/** Rows per call of sheetImport.rows (the contract's maximum). */
const PAGE = 500;

type Counts = Record<ImportTarget, number>;

const WORDS = {
  sv: {
    target: {
      systems: 'system',
      subprocessors: 'underbiträden',
      retentionRules: 'gallringsregler',
      services: 'tjänster',
      activities: 'behandlingar',
      customers: 'kunder',
      subscriptions: 'kunders tjänster',
      sites: 'kundplatser',
      equipment: 'utrustning',
    } satisfies Record<ImportTarget, string>,
    action: { create: 'nya', update: 'uppdateras', skip: 'hoppas över' } satisfies Record<ImportAction, string>,
    done: { create: 'nya', update: 'uppdaterade', skip: 'överhoppade' } satisfies Record<ImportAction, string>,
    severity: { error: 'fel', warning: 'varning' },
    file: (o: NonNullable<ImportOpened>) =>
      `Fil: ${o.fileName} (${o.kind}${o.detected ? `, ${o.detected}` : ''})${o.ownWorkbook ? ' – Förtecknas egen arbetsbok' : ''}${o.remembered ? ' – kopplingen från en tidigare fil med samma upplägg' : ''}`,
    mapping: (m: SheetMapping, target: string, used: number, ignored: string[]) =>
      `Blad "${m.sheet}", rubriker på rad ${m.headerRow} → ${target} (${used} ${used === 1 ? 'kolumn' : 'kolumner'}${ignored.length ? `; läses inte: ${ignored.join(', ')}` : ''})`,
    notImported: (sheet: string, hidden: boolean, note: string | null) =>
      `Blad "${sheet}" importeras inte${hidden ? ' (dolt)' : ''}${note ? `: ${note}` : ''}`,
    omission: (text: string) => `Följer inte med: ${text}`,
    summary: (rows: number, p: ImportPreview) => `Förhandsgranskning: ${rows} poster · ${p.errors} fel · ${p.warnings} varningar`,
    newNames: 'Läggs till i registret:',
    problems: 'Problem:',
    savedMapping: (file: string) => `Kopplingen är sparad i ${file} (ändra den och ge den tillbaka med --mapping).`,
    nothing:
      'inget att importera: inget blad i filen är kopplat till något i registret. Ange blad och kolumner med --mapping (skriv förslaget med --save-mapping och ändra det).',
    dryRun: 'Provkörning (--dry-run): inget har skrivits.',
    blocked: (p: ImportPreview) =>
      `inget har skrivits: förhandsgranskningen visar ${p.errors} fel och ${p.warnings} varningar. Rätta filen (eller kopplingen med --mapping) och kör igen, eller ge --yes för att importera ändå (poster med fel hoppas över).`,
    written: 'Importerat:',
    change: (id: number) => `Hela importen är ändring ${id} i historiken; ångra den med: forteckna undo-change <fil.forteckna> ${id}`,
    nothingWritten: 'Inget ändrades i registret.',
  },
  en: {
    target: {
      systems: 'systems',
      subprocessors: 'sub-processors',
      retentionRules: 'retention rules',
      services: 'services',
      activities: 'processing activities',
      customers: 'customers',
      subscriptions: 'customers’ services',
      sites: 'customer sites',
      equipment: 'equipment',
    } satisfies Record<ImportTarget, string>,
    action: { create: 'new', update: 'to update', skip: 'skipped' } satisfies Record<ImportAction, string>,
    done: { create: 'created', update: 'updated', skip: 'skipped' } satisfies Record<ImportAction, string>,
    severity: { error: 'error', warning: 'warning' },
    file: (o: NonNullable<ImportOpened>) =>
      `File: ${o.fileName} (${o.kind}${o.detected ? `, ${o.detected}` : ''})${o.ownWorkbook ? ' – Förteckna’s own workbook' : ''}${o.remembered ? ' – the mapping of an earlier file with the same layout' : ''}`,
    mapping: (m: SheetMapping, target: string, used: number, ignored: string[]) =>
      `Sheet "${m.sheet}", headers in row ${m.headerRow} → ${target} (${used} ${used === 1 ? 'column' : 'columns'}${ignored.length ? `; not read: ${ignored.join(', ')}` : ''})`,
    notImported: (sheet: string, hidden: boolean, note: string | null) =>
      `Sheet "${sheet}" is not imported${hidden ? ' (hidden)' : ''}${note ? `: ${note}` : ''}`,
    omission: (text: string) => `Not carried over: ${text}`,
    summary: (rows: number, p: ImportPreview) => `Preview: ${rows} records · ${p.errors} errors · ${p.warnings} warnings`,
    newNames: 'Added to the register:',
    problems: 'Problems:',
    savedMapping: (file: string) => `The mapping is saved in ${file} (edit it and pass it back with --mapping).`,
    nothing:
      'nothing to import: no sheet of the file is mapped to anything in the register. Give the sheets and columns with --mapping (write the proposal with --save-mapping and edit it).',
    dryRun: 'Dry run (--dry-run): nothing was written.',
    blocked: (p: ImportPreview) =>
      `nothing was written: the preview shows ${p.errors} errors and ${p.warnings} warnings. Fix the file (or the mapping with --mapping) and run again, or pass --yes to import anyway (records with errors are skipped).`,
    written: 'Imported:',
    change: (id: number) => `The whole import is change ${id} in the history; undo it with: forteckna undo-change <file.forteckna> ${id}`,
    nothingWritten: 'Nothing changed in the register.',
  },
} satisfies Record<Language, unknown>;

/** One line for a terminal: no line breaks or control characters from a cell reach it. */
const oneLine = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();

/** Where a problem is: Blad!rad kolumn (a problem of the whole file has no place). */
function place(p: ImportRowProblem): string {
  if (p.sheet === '') return '';
  return `${oneLine(p.sheet)}${p.row > 0 ? `!${p.row}` : ''}${p.column ? ` ${p.column}` : ''}: `;
}

/** The problem as one line: severity, place, message. */
export function problemLine(p: ImportRowProblem, lang: Language): string {
  return `${WORDS[lang].severity[p.severity].padEnd(7)}  ${place(p)}${oneLine(p.message)}`;
}

/** "kunder: 24 nya, 1 hoppas över" for each target with anything, in the order of writing. */
function countLines(byAction: Record<ImportAction, Counts>, words: Record<ImportAction, string>, lang: Language): string[] {
  const lines: string[] = [];
  for (const target of IMPORT_TARGETS) {
    const parts = IMPORT_ACTIONS.filter((a) => (byAction[a][target] ?? 0) > 0).map((a) => `${byAction[a][target]} ${words[a]}`);
    if (parts.length) lines.push(`  ${WORDS[lang].target[target]}: ${parts.join(', ')}`);
  }
  return lines;
}

/** The file, its mapping and the preview as lines (problems one per line, in the rows' order). */
export function previewLines(
  opened: NonNullable<ImportOpened>,
  mappings: readonly SheetMapping[],
  preview: ImportPreview,
  problemRows: readonly ImportPreviewRow[],
  lang: Language,
): string[] {
  const w = WORDS[lang];
  const lines = [w.file(opened)];
  for (const sheet of opened.sheets) {
    const used = mappings.filter((m) => m.sheet === sheet.name && m.target !== null);
    if (used.length === 0) lines.push(w.notImported(oneLine(sheet.name), sheet.hidden, sheet.note ? oneLine(sheet.note) : null));
    // The columns no mapping of the sheet reads, said once, on its last line.
    const read = new Set(used.flatMap((m) => Object.entries(m.columns).flatMap(([letter, field]) => (field === null ? [] : [letter]))));
    const ignored = sheet.columns
      .filter((c) => c.header.trim() !== '' && !read.has(c.letter))
      .map((c) => `${c.letter} ${oneLine(c.header)}`);
    used.forEach((m, i) => {
      const mapped = Object.values(m.columns).filter((field) => field !== null).length;
      lines.push(w.mapping({ ...m, sheet: oneLine(m.sheet) }, w.target[m.target!], mapped, i === used.length - 1 ? ignored : []));
    });
  }
  for (const text of opened.omissions) lines.push(w.omission(oneLine(text)));
  lines.push('', w.summary(preview.rows, preview), ...countLines(preview, w.action, lang));
  const named = preview.newNames.filter((n) => n.names.length > 0);
  if (named.length) {
    lines.push('', w.newNames);
    for (const n of named) lines.push(`  ${oneLine(n.label)}: ${n.names.map(oneLine).join(', ')}`);
  }
  const problems = [...preview.fileProblems, ...problemRows.flatMap((r) => r.problems)];
  if (problems.length) lines.push('', w.problems, ...problems.map((p) => `  ${problemLine(p, lang)}`));
  return lines;
}

/** The result of the commit as lines: per target created, updated, skipped, and the history change. */
export function resultLines(result: ImportResult, lang: Language): string[] {
  const w = WORDS[lang];
  const counts = countLines({ create: result.created, update: result.updated, skip: result.skipped }, w.done, lang);
  return [w.written, ...counts, result.changeId === null ? w.nothingWritten : w.change(result.changeId)];
}

// ---------------------------------------------------------------------------------------------
// --mapping

const mappingFile = z.array(sheetMapping).min(1).max(100);

/** What a wrong part of a mapping file should be, by where it is. */
function mappingHint(pathParts: readonly PropertyKey[]): string {
  const last = pathParts.filter((p) => typeof p === 'string').at(-1);
  if (pathParts.length === 0 || typeof pathParts[0] !== 'number')
    return 'filen ska vara en lista av blad, som --save-mapping skriver den: [{ "sheet": …, "target": …, "headerRow": …, "columns": { … } }]';
  switch (last) {
    case 'sheet':
      return '"sheet" ska vara bladets namn som text';
    case 'target':
      return `"target" ska vara ett av ${IMPORT_TARGETS.join(', ')} eller null (bladet importeras inte)`;
    case 'headerRow':
      return '"headerRow" ska vara radnumret för rubrikerna, ett heltal 1–1000';
    case 'columns':
      return '"columns" ska ge kolumnbokstav → fält, t.ex. { "A": "name", "B": null } (stora bokstäver; null = läs inte kolumnen)';
    default:
      return pathParts.includes('columns')
        ? '"columns" ska ge kolumnbokstav → fält, t.ex. { "A": "name", "B": null } (stora bokstäver; null = läs inte kolumnen)'
        : 'varje blad ska ha "sheet", "target", "headerRow" och "columns"';
  }
}

const pathText = (parts: readonly PropertyKey[]) =>
  parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(hela filen)';

/** The mappings of a --mapping file, or a UsageError saying what is wrong where. */
export function readMappingFile(file: string): SheetMapping[] {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(resolved, 'utf8');
  } catch (error) {
    throw new Error(`--mapping: kan inte läsa ${resolved} (${(error as NodeJS.ErrnoException).code ?? 'okänt fel'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`--mapping: ${path.basename(resolved)} är inte giltig JSON (${(error as Error).message})`);
  }
  const parsed = mappingFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--mapping: ${path.basename(resolved)}, ${pathText(issue.path)}: ${mappingHint(issue.path)}`);
  }
  return parsed.data;
}

/** A mapping must name the file's sheets and the target's fields; said before anything is previewed. */
function checkAgainstFile(mappings: readonly SheetMapping[], opened: NonNullable<ImportOpened>): void {
  const sheets = opened.sheets.map((s) => s.name);
  for (const [i, m] of mappings.entries()) {
    if (!sheets.includes(m.sheet))
      throw new UsageError(`--mapping: [${i}]: filen har inget blad "${m.sheet}"; den har ${sheets.map((s) => `"${s}"`).join(', ')}`);
    if (m.target === null) continue;
    const keys = (opened.fields[m.target] ?? []).map((f) => f.key);
    for (const [letter, field] of Object.entries(m.columns)) {
      if (field !== null && !keys.includes(field))
        throw new UsageError(
          `--mapping: [${i}].columns.${letter}: ${m.target} har inget fält "${field}"; välj bland ${keys.join(', ')} eller null`,
        );
    }
  }
}

// ---------------------------------------------------------------------------------------------

async function allRows(core: Core, importId: string, show: 'all' | 'problems'): Promise<ImportPreviewRow[]> {
  const rows: ImportPreviewRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = unwrap(await call(core, 'sheetImport.rows', { importId, offset, limit: PAGE, show }));
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

interface Options {
  sheetFile: string;
  lang: Language;
  mappings: SheetMapping[] | null;
  saveMapping: string | null;
  onMatch: 'update' | 'create';
  dryRun: boolean;
  yes: boolean;
  json: boolean;
}

async function importInto(core: Core, o: Options, io: CliIo): Promise<number> {
  const w = WORDS[o.lang];
  const opened = unwrap(await call(core, 'sheetImport.open', { path: o.sheetFile, lang: o.lang }));
  if (!opened) throw new Error(`${COMMAND}: filen öppnades inte`);
  const { importId } = opened;
  try {
    if (o.mappings) checkAgainstFile(o.mappings, opened);
    const mappings = o.mappings ?? opened.mappings;
    if (o.saveMapping) fs.writeFileSync(o.saveMapping, `${JSON.stringify(mappings, null, 2)}\n`);
    const preview = unwrap(await call(core, 'sheetImport.preview', { importId, mappings, onMatch: o.onMatch, lang: o.lang }));
    const rows = await allRows(core, importId, o.json ? 'all' : 'problems');
    const problems = preview.errors + preview.warnings;
    const blocked = preview.rows === 0 || (problems > 0 && !o.yes);
    const write = !blocked && !o.dryRun;
    const result = write ? unwrap(await call(core, 'sheetImport.commit', { importId })) : null;

    if (o.json) {
      const file = {
        fileName: opened.fileName,
        kind: opened.kind,
        detected: opened.detected,
        ownWorkbook: opened.ownWorkbook,
        remembered: opened.remembered,
        omissions: opened.omissions,
      };
      io.out(JSON.stringify({ file, mappings, preview, rows, written: result }, null, 2));
    } else {
      for (const line of previewLines(opened, mappings, preview, rows, o.lang)) io.out(line);
      if (o.saveMapping) io.out(w.savedMapping(o.saveMapping));
      io.out('');
      if (result) for (const line of resultLines(result, o.lang)) io.out(line);
      else if (o.dryRun) io.out(w.dryRun);
    }
    if (preview.rows === 0) {
      io.err(`forteckna: ${w.nothing}`);
      return EXIT_PROBLEMS;
    }
    if (blocked) {
      io.err(`forteckna: ${w.blocked(preview)}`);
      return EXIT_PROBLEMS;
    }
    return 0;
  } finally {
    // Forget the file (a commit already has; then this changes nothing).
    await call(core, 'sheetImport.discard', { importId });
  }
}

export const sheetImportCommands: Record<string, CliCommand> = {
  [COMMAND]: {
    usage: `  ${COMMAND} <fil.forteckna> <ark.xlsx|ark.csv> [--mapping <fil.json>] [--save-mapping <fil.json>]
          [--on-match update|create] [--dry-run] [--yes] [--json] [--lang sv|en]
                                                 importera behandlingar, kunder, underbiträden … från Excel eller CSV:
                                                 visar först vad varje rad blir; med fel eller varningar skrivs inget
                                                 utan --yes (slutkod 3), med --dry-run skrivs aldrig något
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          mapping: { type: 'string' },
          'save-mapping': { type: 'string' },
          'on-match': { type: 'string' },
          'dry-run': { type: 'boolean' },
          yes: { type: 'boolean' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          ...passwordOption,
        },
      });
      const [file, sheetFile, ...extra] = positionals;
      if (!file || !sheetFile)
        throw new UsageError(`${COMMAND}: ange registerfilen och kalkylarket, t.ex. forteckna ${COMMAND} register.forteckna kunder.xlsx`);
      if (extra.length) throw new UsageError(`${COMMAND}: för många argument: ${extra.join(' ')}`);
      const lang = values.lang ?? 'sv';
      if (lang !== 'sv' && lang !== 'en') throw new UsageError(`${COMMAND}: --lang ska vara sv eller en`);
      const onMatch = values['on-match'] ?? 'update';
      if (onMatch !== 'update' && onMatch !== 'create')
        throw new UsageError(`${COMMAND}: --on-match ska vara update (uppdatera posten som finns) eller create (skapa en ny bredvid)`);
      const options: Options = {
        sheetFile: path.resolve(sheetFile),
        lang,
        mappings: values.mapping === undefined ? null : readMappingFile(values.mapping),
        saveMapping: values['save-mapping'] === undefined ? null : path.resolve(values['save-mapping']),
        onMatch,
        dryRun: values['dry-run'] === true,
        yes: values.yes === true,
        json: values.json === true,
      };
      // A writing command: the import needs the register open for writing, also for --dry-run
      // (the preview writes inside a transaction that it rolls back).
      return withRegister(path.resolve(file), (core) => importInto(core, options, io), { io, password: cliPassword(values) });
    },
  },
};
