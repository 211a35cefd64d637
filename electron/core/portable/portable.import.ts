// Reading a portable JSON file into a NEW register file. Everything is checked before anything is
// written: size, encoding, JSON syntax, format and versions, every row against its schema, keys and
// references between rows. Every problem is reported with its JSON path. Only then is the register
// built, in a temp file next to the target that is moved into place when all is well; on any
// error the temp file goes and the target is never created.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  ATTACHMENT_MAX_BYTES,
  LOGO_MAX_BYTES,
  PORTABLE_FORMAT,
  PORTABLE_FORMAT_VERSION,
  PORTABLE_SINGLETONS,
  portableHeader,
  type AttachmentType,
  type ImportInvalidDetails,
  type ImportProblem,
  type PortableTableName,
} from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { matchesType } from '../agreements/agreements.service';
import { migrations, LATEST_SCHEMA_VERSION } from '../db/migrations';
import { migrateNewFile, openRegisterDb } from '../db/open';
import type { RegisterKey } from '../register/cipher';
import type { Db } from '../db/types';
import { toIssues } from '../dispatch';
import { DomainError } from '../errors';
import { tempPathBeside } from '../files/export';
import { removeStaleTemps } from '../files/stale-temps';
import { removeRegisterFile } from '../register/register-file';
import type { TaskHandle } from '../tasks';
import {
  DERIVED_COLUMNS,
  fieldPlan,
  inFileOrder,
  recordInput,
  rowSchema,
  valueAt,
  type FieldPlan,
  type RowLookup,
} from './portable.format';
import { createRowWriter, describeTablesAtVersion, type SqlValue, type TableInfo } from './portable.repo';

/** Larger files are refused before they are read (the reference register of 500 customers exports to about 20 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Problems listed in full; the rest are counted. */
export const MAX_PROBLEMS = 100;

const ROWS_PER_STEP = 2000;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

class Problems {
  readonly list: ImportProblem[] = [];
  total = 0;
  add(where: string, message: string): void {
    this.total++;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path: where, message: printable(message) });
  }
}

/** Control characters from a hostile file stay out of error messages and terminals. */
function printable(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?').slice(0, 500);
}

function importInvalid(problems: ImportProblem[], total = problems.length): DomainError {
  const details: ImportInvalidDetails = { problems, more: total - problems.length };
  const first = problems[0];
  const rest = total > 1 ? ` (and ${total - 1} more ${total === 2 ? 'problem' : 'problems'})` : '';
  return new DomainError(
    'IMPORT_INVALID',
    `The file cannot be imported: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}${rest}`,
    details,
  );
}

const invalid = (where: string, message: string) => importInvalid([{ path: where, message: printable(message) }]);

/** `$.tables.customers[3].orgNr`; keys that are not plain names in brackets. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((acc, segment) => {
    if (typeof segment === 'number') return `${acc}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${acc}.${key}` : `${acc}[${JSON.stringify(key)}]`;
  }, '$');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------
// The file

/** The parsed JSON of the file, or IMPORT_INVALID saying why it is not readable. */
export function readPortableFile(filePath: string): unknown {
  if (!fs.existsSync(filePath)) throw new DomainError('FILE_NOT_FOUND', `The file ${filePath} does not exist.`);
  const stat = fs.statSync(filePath);
  if (!stat.isFile()) throw invalid('$', `${path.basename(filePath)} is not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) {
    throw invalid(
      '$',
      `The file is ${Math.ceil(stat.size / 1024 / 1024)} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported.`,
    );
  }
  if (stat.size === 0) throw invalid('$', 'The file is empty.');
  let text: string;
  try {
    // fatal: a file in another encoding is refused instead of being read with replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(filePath));
  } catch {
    throw invalid('$', 'The file is not UTF-8 text, so it is not a Förteckna JSON export.');
  }
  const deep = tooDeep(text, MAX_NESTING);
  if (deep !== null)
    throw invalid('$', `Not a Förteckna register export: ${where(text, deep)} the JSON nests deeper than the format ever does.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid('$', syntaxMessage(text, (error as Error).message));
  }
}

/** The format nests four levels deep; junk that nests thousands deep would take JSON.parse many seconds. */
const MAX_NESTING = 32;

/** The position where arrays and objects nest deeper than `limit`, or null. */
function tooDeep(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

/** "at line 4, column 3," for a character position in the text. */
function where(text: string, position: number): string {
  const before = text.slice(0, position);
  return `at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')},`;
}

function syntaxMessage(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (/end of JSON input/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
    return 'The JSON ends too early: the file is cut off or incomplete.';
  }
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '');
  if (!position) return `Not valid JSON: ${reason}.`;
  return `Not valid JSON ${where(text, Number(position[1])).slice(0, -1)}: ${reason}.`;
}

export interface PortableHeader {
  schemaVersion: number;
  tables: Record<string, unknown>;
}

/** The envelope: format, versions, application. A file from a newer Förteckna is refused with NEWER_VERSION. */
export function readHeader(doc: unknown): PortableHeader {
  if (!isRecord(doc)) throw invalid('$', 'Expected a JSON object: this is not a Förteckna register export.');
  if (doc.format !== PORTABLE_FORMAT) {
    throw invalid('$.format', `Not a Förteckna register export: "format" must be "${PORTABLE_FORMAT}".`);
  }
  const { formatVersion, schemaVersion } = doc;
  if (Number.isInteger(formatVersion) && (formatVersion as number) > PORTABLE_FORMAT_VERSION) {
    throw new DomainError(
      'NEWER_VERSION',
      `The file was written by a newer version of Förteckna (format version ${String(formatVersion)}; this version reads ${PORTABLE_FORMAT_VERSION}). Update Förteckna to import it.`,
      { fileVersion: formatVersion, appVersion: PORTABLE_FORMAT_VERSION },
    );
  }
  if (Number.isInteger(schemaVersion) && (schemaVersion as number) > LATEST_SCHEMA_VERSION) {
    throw new DomainError(
      'NEWER_VERSION',
      `The file was written by a newer version of Förteckna (schema ${String(schemaVersion)}; this version knows ${LATEST_SCHEMA_VERSION}). Update Förteckna to import it.`,
      { fileVersion: schemaVersion, appVersion: LATEST_SCHEMA_VERSION },
    );
  }
  const problems = new Problems();
  const { tables, ...envelope } = doc;
  const checked = portableHeader.safeParse(envelope);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const message =
        issue.path[0] === 'formatVersion'
          ? `Unknown format version ${JSON.stringify(formatVersion) ?? 'undefined'}; this version of Förteckna reads format version ${PORTABLE_FORMAT_VERSION}.`
          : issue.message;
      problems.add(jsonPath(issue.path), message);
    }
  }
  if (!isRecord(tables)) problems.add('$.tables', 'Expected an object with one array of rows per table.');
  if (problems.total) throw importInvalid(problems.list, problems.total);
  return { schemaVersion: schemaVersion as number, tables: tables as Record<string, unknown> };
}

// ---------------------------------------------------------------------------------------------
// The rows

export interface ValidatedTable {
  info: TableInfo;
  /** Values in column order, BLOBs decoded: ready to insert. */
  rows: SqlValue[][];
}

export interface ValidatedImport {
  schemaVersion: number;
  tables: ValidatedTable[];
  counts: Record<string, number>;
  organisationName: string;
}

/** Stored checksums that must match the bytes beside them. */
const CHECKSUMS: { table: string; data: string; sha256: string; size?: string }[] = [
  { table: 'organisation', data: 'logoData', sha256: 'logoSha256' },
  { table: 'agreements', data: 'document', sha256: 'documentSha256' },
  { table: 'agreementAttachments', data: 'data', sha256: 'sha256', size: 'size' },
];

/**
 * Checks every row of the file against the schema of its version and the references between rows,
 * collecting every problem (the first MAX_PROBLEMS listed); IMPORT_INVALID when there is any.
 * Reports progress per step as `done` of `total` rows (the insert after it counts the same rows again).
 */
export async function validatePortable(header: PortableHeader, task: TaskHandle, nativeBinding?: string): Promise<ValidatedImport> {
  const tables = inFileOrder(describeTablesAtVersion(header.schemaVersion, nativeBinding));
  const problems = new Problems();
  const known = new Set(tables.map((t) => t.key));
  for (const key of Object.keys(header.tables)) {
    if (!known.has(key))
      problems.add(jsonPath(['tables', key]), `Unknown table: schema version ${header.schemaVersion} has no table "${key}".`);
  }
  const total = tables.reduce((n, t) => n + (Array.isArray(header.tables[t.key]) ? (header.tables[t.key] as unknown[]).length : 0), 0);
  const totalSteps = total * 2;
  let done = 0;

  // Rows by table, aligned with the file's indices; null where the row itself is wrong.
  const parsed: Parsed = new Map();
  for (const info of tables) {
    const value = header.tables[info.key];
    const where = ['tables', info.key];
    if (value === undefined) {
      problems.add(jsonPath(where), 'Missing: expected an array of rows (it may be empty).');
      continue;
    }
    if (!Array.isArray(value)) {
      problems.add(jsonPath(where), 'Expected an array of rows.');
      continue;
    }
    if ((PORTABLE_SINGLETONS as readonly string[]).includes(info.key) && value.length !== 1) {
      problems.add(jsonPath(where), `Must hold exactly one row (it holds ${value.length}).`);
    }
    const schema = rowSchema(info);
    const plan = fieldPlan(info);
    const objects: (Record<string, unknown> | null)[] = [];
    const rows: (SqlValue[] | null)[] = [];
    for (let index = 0; index < value.length; index++) {
      const result = schema.safeParse(value[index]);
      if (!result.success) {
        for (const issue of result.error.issues) problems.add(jsonPath([...where, index, ...issue.path]), issue.message);
        objects.push(null);
        rows.push(null);
      } else {
        const object = value[index] as Record<string, unknown>;
        objects.push(object);
        rows.push(toSqlValues(info, object, [...where, index], problems));
        if (plan) checkFields(plan, object, [...where, index], problems);
      }
      if (++done % ROWS_PER_STEP === 0) {
        await tick();
        task.progress(done, totalSteps);
      }
    }
    parsed.set(info.name, { info, raw: value, objects, rows });
  }

  checkKeys(parsed, problems);
  checkReferences(parsed, problems);
  checkLists(parsed, problems);
  checkChecksums(parsed, problems);
  await checkStoredFiles(parsed, problems);
  if (problems.total) throw importInvalid(problems.list, problems.total);
  deriveColumns(parsed);

  task.progress(total, totalSteps);
  const organisation = parsed.get('organisation')?.objects[0];
  return {
    schemaVersion: header.schemaVersion,
    tables: [...parsed.values()].map(({ info, rows }) => ({ info, rows: rows as SqlValue[][] })),
    counts: Object.fromEntries([...parsed.values()].map(({ info, rows }) => [info.key, rows.length])),
    organisationName: typeof organisation?.name === 'string' ? organisation.name : '',
  };
}

function toSqlValues(info: TableInfo, object: Record<string, unknown>, where: PropertyKey[], problems: Problems): SqlValue[] {
  return info.columns.map((column) => {
    const value = object[column.key];
    if (column.type === 'BLOB' && typeof value === 'string') {
      const bytes = Buffer.from(value, 'base64');
      // Only canonical base64 survives a round trip byte for byte.
      if (bytes.toString('base64') !== value) problems.add(jsonPath([...where, column.key]), 'Invalid base64 (not in canonical form).');
      return bytes;
    }
    return value as SqlValue;
  });
}

type Parsed = Map<string, { info: TableInfo; raw: unknown[]; objects: (Record<string, unknown> | null)[]; rows: (SqlValue[] | null)[] }>;

/** No two rows of a table with the same primary key. */
function checkKeys(parsed: Parsed, problems: Problems): void {
  for (const { info, objects } of parsed.values()) {
    const keys = info.primaryKey.map((name) => info.columns.find((c) => c.name === name)!.key);
    if (!keys.length) continue;
    const seen = new Map<string, number>();
    objects.forEach((object, index) => {
      if (!object) return;
      const key = JSON.stringify(keys.map((k) => object[k]));
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      const what = keys.map((k) => `${k} ${JSON.stringify(object[k])}`).join(', ');
      problems.add(
        jsonPath(['tables', info.key, index, ...(keys.length === 1 ? [keys[0]!] : [])]),
        `Duplicate key (${what}): row ${first} has it too.`,
      );
    });
  }
}

/** Every foreign key points at a row in the file. */
function checkReferences(parsed: Parsed, problems: Problems): void {
  const parentKeys = new Map<string, Set<unknown>>();
  const keysOf = (table: string, column: string): Set<unknown> | null => {
    const parent = parsed.get(table);
    if (!parent) return null;
    const id = `${table}.${column}`;
    let set = parentKeys.get(id);
    if (!set) {
      const key = parent.info.columns.find((c) => c.name === column)?.key ?? column;
      // Rows with a wrong value elsewhere still count as there: one problem is reported once.
      set = new Set(parent.raw.filter(isRecord).map((o) => o[key]));
      parentKeys.set(id, set);
    }
    return set;
  };
  for (const { info, objects } of parsed.values()) {
    for (const fk of info.foreignKeys) {
      const set = keysOf(fk.parentTable, fk.parentColumn);
      if (!set) continue;
      const column = info.columns.find((c) => c.name === fk.column)!.key;
      const parentKey = parsed.get(fk.parentTable)!.info.key;
      objects.forEach((object, index) => {
        const value = object?.[column];
        if (value === null || value === undefined || set.has(value)) return;
        problems.add(
          jsonPath(['tables', info.key, index, column]),
          `Refers to ${parentKey} ${JSON.stringify(value)}, which is not in the file.`,
        );
      });
    }
  }
}

/** Stored SHA-256 sums (and sizes) match the bytes, so a damaged document or attachment is noticed. */
function checkChecksums(parsed: Parsed, problems: Problems): void {
  for (const check of CHECKSUMS) {
    const table = [...parsed.values()].find((t) => t.info.key === check.table);
    if (!table) continue;
    const indexOf = (key: string | undefined) => (key === undefined ? -1 : table.info.columns.findIndex((c) => c.key === key));
    const data = indexOf(check.data);
    const sum = indexOf(check.sha256);
    const size = indexOf(check.size);
    if (data < 0 || sum < 0) continue;
    table.rows.forEach((row, index) => {
      const bytes = row?.[data];
      if (!row || !Buffer.isBuffer(bytes)) return;
      if (crypto.createHash('sha256').update(bytes).digest('hex') !== row[sum]) {
        problems.add(
          jsonPath(['tables', check.table, index, check.sha256]),
          `Does not match the SHA-256 of ${check.data}: the data is damaged or was changed.`,
        );
      }
      if (size >= 0 && row[size] !== bytes.length) {
        problems.add(
          jsonPath(['tables', check.table, index, check.size!]),
          `Says ${String(row[size])} bytes, but ${check.data} holds ${bytes.length}.`,
        );
      }
    });
  }
}

/** A record the app could not save unchanged: its field schema refuses it, or would store other values. */
function checkFields(plan: FieldPlan, row: Record<string, unknown>, where: PropertyKey[], problems: Problems): void {
  if (plan.fields.when && !plan.fields.when(row)) return;
  const input = recordInput(plan, row);
  const result = plan.fields.schema.safeParse(input);
  if (!result.success) {
    for (const issue of toIssues(result.error)) {
      const column = plan.columnOf.get(issue.path.join('.'));
      problems.add(jsonPath(column ? [...where, column] : where), formatMessage(issue.message, 'en', issue.params));
    }
    return;
  }
  for (const column of plan.columns) {
    const given = valueAt(input, column.path);
    const saved = valueAt(result.data, column.path);
    if (given === saved || (typeof given === 'object' && JSON.stringify(given) === JSON.stringify(saved))) continue;
    problems.add(jsonPath([...where, column.key]), `Not as the app saves it: it would be saved as ${preview(saved)}.`);
  }
}

const preview = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const tableByKey = (parsed: Parsed, key: string) => [...parsed.values()].find((t) => t.info.key === key);

/** No record with more child rows than the app saves (contact persons, purposes…). */
function checkLists(parsed: Parsed, problems: Problems): void {
  for (const { info, objects } of parsed.values()) {
    const plan = fieldPlan(info);
    for (const list of plan?.lists ?? []) {
      const children = tableByKey(parsed, list.table)?.objects ?? [];
      const counts = new Map<unknown, number>();
      for (const child of children)
        if (child) counts.set(list.by ? child[list.by] : null, (counts.get(list.by ? child[list.by] : null) ?? 0) + 1);
      objects.forEach((object, index) => {
        const count = object ? (counts.get(list.by ? object.id : null) ?? 0) : 0;
        if (count > list.max) {
          problems.add(
            jsonPath(['tables', info.key, index]),
            `Has ${count} rows in ${list.table}; the app keeps at most ${list.max} (${list.field}).`,
          );
        }
      });
    }
  }
}

/** A ZIP archive (a DOCX is one) that holds `entry`: its central directory read, no file decompressed. */
export function zipHasEntry(bytes: Buffer, entry: string): boolean {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return false;
  // The end-of-central-directory record: in the last 22 bytes, or before a comment of at most 64 kB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return false;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const wanted = Buffer.from(entry, 'utf8');
  for (let n = 0; n < entries; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) return false;
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) return false;
    if (nameLength === wanted.length && bytes.subarray(at + 46, at + 46 + nameLength).equals(wanted)) return true;
    at = next;
  }
  return false;
}

/** Stored files the app would have refused: a document that is no DOCX, an attachment or logo that is not what its type says. */
const STORED_FILES: { table: PortableTableName; data: string; mime?: string; docx?: true; maxBytes?: number; what: string }[] = [
  { table: 'organisation', data: 'logoData', mime: 'logoMime', maxBytes: LOGO_MAX_BYTES, what: 'logo' },
  { table: 'agreements', data: 'document', docx: true, what: 'agreement document' },
  { table: 'agreementAttachments', data: 'data', mime: 'mime', maxBytes: ATTACHMENT_MAX_BYTES, what: 'attachment' },
];

async function checkStoredFiles(parsed: Parsed, problems: Problems): Promise<void> {
  for (const check of STORED_FILES) {
    const table = tableByKey(parsed, check.table);
    if (!table) continue;
    const data = table.info.columns.findIndex((c) => c.key === check.data);
    if (data < 0) continue;
    for (const [index, row] of table.rows.entries()) {
      const bytes = row?.[data];
      if (!Buffer.isBuffer(bytes)) continue;
      const where = jsonPath(['tables', check.table, index, check.data]);
      const mime = check.mime ? table.objects[index]?.[check.mime] : undefined;
      if (check.maxBytes !== undefined && bytes.length > check.maxBytes) {
        problems.add(where, `The ${check.what} is ${bytes.length} bytes; the app takes at most ${check.maxBytes}.`);
      } else if (check.docx && !(zipHasEntry(bytes, 'word/document.xml') && zipHasEntry(bytes, '[Content_Types].xml'))) {
        problems.add(where, `The ${check.what} is not a Word document (DOCX).`);
      } else if (typeof mime === 'string' && !matchesType(bytes, mime as AttachmentType)) {
        problems.add(where, `The ${check.what} is not a ${mime.replace(/^.*\//, '').toUpperCase()} file, as ${check.mime} says.`);
      }
      if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) await tick();
    }
  }
}

/** Replaces search texts and sort keys in the rows with what the app derives from the other columns. */
function deriveColumns(parsed: Parsed): void {
  const byId = new Map<string, Map<unknown, Record<string, unknown>>>();
  const grouped = new Map<string, Map<unknown, Record<string, unknown>[]>>();
  const objectsOf = (table: string) => (tableByKey(parsed, table)?.objects ?? []).filter((o): o is Record<string, unknown> => o !== null);
  const lookup: RowLookup = {
    row(table, id) {
      if (id === null || id === undefined) return undefined;
      let map = byId.get(table);
      if (!map) byId.set(table, (map = new Map(objectsOf(table).map((o) => [o.id, o]))));
      return map.get(id);
    },
    children(table, by, id) {
      const key = `${table}.${by}`;
      let map = grouped.get(key);
      if (!map) {
        map = new Map();
        // In the order the app lists them: by position, then id.
        const sorted = objectsOf(table).sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0) || Number(a.id) - Number(b.id));
        for (const child of sorted) map.set(child[by], [...(map.get(child[by]) ?? []), child]);
        grouped.set(key, map);
      }
      return map.get(id) ?? [];
    },
  };
  for (const { info, objects, rows } of parsed.values()) {
    const derive = (DERIVED_COLUMNS as Record<string, (typeof DERIVED_COLUMNS)[keyof typeof DERIVED_COLUMNS]>)[info.key];
    if (!derive) continue;
    let columns: [string, number][] | null = null;
    objects.forEach((object, index) => {
      const row = rows[index];
      if (!object || !row) return;
      const values = derive(object, lookup);
      columns ??= Object.keys(values).map((key) => [key, info.columns.findIndex((c) => c.key === key)]);
      for (const [key, at] of columns) if (at >= 0) row[at] = values[key]!;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The new register file

const fileExists = (target: string) =>
  new DomainError(
    'FILE_EXISTS',
    `${target} already exists. An import always creates a new register and never replaces a file: choose a new name.`,
  );

/** SQLite's files beside a register: a leftover `-wal` would be read into the new register as if it were its own. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * FILE_EXISTS when anything is at `target` (a file, a folder, a link, even a dangling one) or a
 * SQLite side file of that name is: the import never replaces a file, least of all a register.
 */
export function refuseExistingTarget(target: string): void {
  for (const file of [target, ...SIDE_FILES.map((suffix) => `${target}${suffix}`)]) {
    let found = false;
    try {
      fs.lstatSync(file);
      found = true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOENT/ENOTDIR: nothing there; anything else (no permission to look) fails later, when writing.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return;
    }
    if (found) throw fileExists(file === target ? target : `${file} (left by a register of that name)`);
  }
}

/** Moves the finished file into place without ever replacing a file that appeared meanwhile. */
function publish(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target); // fails with EEXIST instead of overwriting
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileExists(target);
    // File systems without hard links (FAT, some network drives): check, then rename.
    refuseExistingTarget(target);
    fs.renameSync(temp, target);
    return;
  }
  fs.rmSync(temp, { force: true });
}

const isSqliteError = (error: unknown): error is Error & { code: string } => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_');
};

/**
 * Builds the register at `target` from validated rows: created at the file's schema version, filled
 * in one transaction (the full-text indexes rebuilt once at the end), checked, migrated to the latest
 * version, then moved into place. Any error or a cancel leaves no file behind; a killed process
 * leaves its temp file, which the next import (or open, removeStaleTemps) removes.
 */
export async function writeRegisterFile(
  data: ValidatedImport,
  target: string,
  task: TaskHandle,
  nativeBinding?: string,
  key: RegisterKey | null = null,
): Promise<void> {
  refuseExistingTarget(target);
  // What an import or export killed before here left beside its target: up to a whole register.
  removeStaleTemps(path.dirname(target));
  const temp = tempPathBeside(target);
  const total = data.tables.reduce((n, t) => n + t.rows.length, 0);
  let db: Db | null = null;
  try {
    // Encrypted from its first page: the temp file never holds the rows in plain text.
    db = openRegisterDb(temp, { create: true, migrationList: migrations.slice(0, data.schemaVersion), nativeBinding, key });
    const writer = createRowWriter(db);
    writer.begin();
    const rebuildSearchIndexes = writer.suspendSearchIndexes();
    // The migrations seeded built-in terms, measures and singleton rows: the file's rows replace them.
    for (const table of data.tables) writer.clear(table.info);
    let done = 0;
    for (const table of data.tables) {
      const insert = writer.inserter(table.info);
      for (const [index, values] of table.rows.entries()) {
        try {
          insert(values);
        } catch (error) {
          if (isSqliteError(error)) throw invalid(jsonPath(['tables', table.info.key, index]), `Cannot be stored: ${error.message}.`);
          throw error;
        }
        if (++done % ROWS_PER_STEP === 0) {
          await tick();
          task.progress(total + done, total * 2);
        }
      }
    }
    rebuildSearchIndexes();
    try {
      writer.commit();
    } catch (error) {
      if (isSqliteError(error)) throw invalid('$.tables', `The rows do not fit together: ${error.message}.`);
      throw error;
    }
    const dangling = writer.foreignKeyViolations();
    if (dangling.length)
      throw invalid('$.tables', `Rows of ${dangling[0]!.table} refer to rows of ${dangling[0]!.parent} that are not there.`);
    migrateNewFile(db);
    if (writer.foreignKeyViolations().length) throw new Error('Foreign keys broken after migrating the imported register');
    const integrity = writer.integrity();
    if (integrity !== 'ok') throw new Error(`The imported register failed its integrity check: ${integrity}`);
    // The last chance to cancel: once the file is in place, the import is done.
    task.progress(total * 2, total * 2);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = null;
    publish(temp, target);
  } catch (error) {
    if (db?.open) db.close();
    removeRegisterFile(temp);
    throw error;
  }
}
