// The spreadsheet import's reader: a file (.xlsx or .csv, told apart by content) → RawBook, or
// IMPORT_INVALID with one problem that says what is wrong with the file and what to do. Nothing is
// evaluated and nothing is written; hostile files are refused before they are read in full.
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../../shared/messages';
import { DomainError } from '../../errors';
import type { RawBook } from '../model';
import { readCsv } from './csv';
import { MAX_FILE_BYTES } from './limits';
import { Pace } from './pace';
import { refused } from './refuse';
import { OleScan, SNIFF_BYTES, sniff } from './sniff';
import { readXlsx } from './xlsx';
import type { Refuse } from './zip';

export interface ReadOptions {
  lang: Language;
  signal?: AbortSignal;
  /** Called now and then with the rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

const MB = 1024 * 1024;

export async function readSpreadsheet(filePath: string, opts: ReadOptions): Promise<RawBook> {
  const fileName = path.basename(filePath);
  const refuse: Refuse = (key, params = {}, where = fileName) => refused(where, key, opts.lang, { file: fileName, ...params });
  const pace = new Pace(opts.signal, opts.onProgress);
  pace.check();
  try {
    const stat = await fs.promises.stat(filePath);
    if (stat.isDirectory()) throw refuse('read.isFolder');
    if (!stat.isFile()) throw refuse('read.notSpreadsheet');
    if (stat.size === 0) throw refuse('read.empty');
    if (stat.size > MAX_FILE_BYTES) throw refuse('read.tooBig', { size: Math.ceil(stat.size / MB), max: MAX_FILE_BYTES / MB });

    const head = await readHead(filePath);
    const kind = sniff(head, fileName);
    let book: RawBook;
    switch (kind.kind) {
      case 'refuse':
        throw refuse(kind.key);
      case 'ole':
        throw refuse(await oleVerdict(filePath, pace));
      case 'zip':
        book = await readXlsx(filePath, fileName, stat.size, pace, refuse);
        break;
      case 'text':
        book = await readCsv(filePath, fileName, stat.size, pace, refuse);
        break;
    }
    pace.done();
    return book;
  } catch (error) {
    throw fileProblem(error, refuse) ?? error;
  }
}

async function readHead(filePath: string): Promise<Buffer> {
  const fh = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** An old .xls, an encrypted .xlsx or another Office file: by the stream names in its directory. */
async function oleVerdict(filePath: string, pace: Pace) {
  const scan = new OleScan();
  const stream = fs.createReadStream(filePath, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      scan.push(chunk);
      if (scan.encrypted) break;
      await pace.step();
    }
  } finally {
    stream.destroy();
  }
  return scan.verdict();
}

/** A file-system failure a user can cause, in words; null for anything else. */
function fileProblem(error: unknown, refuse: Refuse): DomainError | null {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENAMETOOLONG':
    case 'ERR_INVALID_ARG_VALUE': // a NUL in the path
      return refuse('read.missing');
    case 'EISDIR':
      return refuse('read.isFolder');
    case 'EACCES':
    case 'EPERM':
      return refuse('read.unreadable');
    case 'EBUSY':
    case 'ETXTBSY':
      return refuse('read.inUse');
    case 'EIO':
      return refuse('read.damaged');
    default:
      return null;
  }
}
