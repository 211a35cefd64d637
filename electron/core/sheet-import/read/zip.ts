// A workbook is a zip. Before exceljs reads anything its directory is checked here: the sizes it
// declares (a zip bomb declares gigabytes or an extreme ratio), that every entry lies where the
// directory says with nothing hidden between entries (exceljs's unzipper reads the local headers
// one after the other, not the directory), and then every entry is unpacked once with its bytes
// counted, so a directory that lies about sizes is caught too. The same pass keeps the small parts
// the reader needs (workbook.xml and its relationships) and the merged ranges of each sheet, which
// exceljs's streaming reader does not give.
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { DomainError } from '../../errors';
import { MAX_COMPRESSION_RATIO, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, RATIO_CHECKED_FROM } from './limits';
import type { ReadWord } from './read.words';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  offset: number;
  /** Where the compressed bytes start (after the local header). */
  dataStart: number;
}

/** The error for a refused file: at the file itself, or at a place in it ("Kunder!C7"). */
export type Refuse = (key: ReadWord, params?: Record<string, string | number>, where?: string) => DomainError;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;
const MB = 1024 * 1024;

async function readAt(fh: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The directory of the zip, each entry's position checked; refuses a damaged or bloated zip. */
export async function readZipDirectory(fh: fs.promises.FileHandle, size: number, refuse: Refuse): Promise<ZipEntry[]> {
  const damaged = () => refuse('read.damaged');
  // The end record is in the last 22 bytes, or before a comment of at most 65,535 bytes.
  const tailStart = Math.max(0, size - 22 - 65535);
  const tail = await readAt(fh, tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw damaged();
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw damaged(); // split archives
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const locatorAt = at - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw damaged();
    const record = await readAt(fh, Number(tail.readBigUInt64LE(locatorAt + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw damaged();
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > MAX_ZIP_ENTRIES) throw refuse('read.notSpreadsheet');
  if (cdOffset + cdSize > size) throw damaged();

  const cd = await readAt(fh, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw damaged();
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) throw damaged();
    const entry: ZipEntry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      offset: cd.readUInt32LE(p + 42),
      dataStart: 0,
    };
    zip64Sizes(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p = end;
  }

  checkDeclaredSizes(entries, refuse);
  await checkPositions(fh, entries, cdOffset, refuse);
  return entries;
}

/** Sizes and offset that do not fit in 32 bits are in the zip64 extra field, in this order. */
function zip64Sizes(entry: ZipEntry, extra: Buffer): void {
  if (entry.uncompressedSize !== MAX32 && entry.compressedSize !== MAX32 && entry.offset !== MAX32) return;
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        if (r + 8 > q + 4 + length) return MAX32;
        const value = Number(extra.readBigUInt64LE(r));
        r += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.offset === MAX32) entry.offset = next();
      return;
    }
    q += 4 + length;
  }
}

function checkDeclaredSizes(entries: readonly ZipEntry[], refuse: Refuse): void {
  const bomb = () => refuse('read.zipBomb', { max: MAX_UNZIPPED_BYTES / MB });
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x0001) throw refuse('read.encrypted');
    if (entry.method !== 0 && entry.method !== 8) throw refuse('read.damaged');
    total += entry.uncompressedSize;
    if (total > MAX_UNZIPPED_BYTES) throw bomb();
    if (entry.uncompressedSize > RATIO_CHECKED_FROM && entry.uncompressedSize > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize))
      throw bomb();
  }
}

/** Every entry where the directory says, one right after the other, and nothing else in the file. */
async function checkPositions(fh: fs.promises.FileHandle, entries: ZipEntry[], cdOffset: number, refuse: Refuse): Promise<void> {
  const damaged = () => refuse('read.damaged');
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (entry.offset !== expected) throw damaged();
    const header = await readAt(fh, entry.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw damaged();
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const name = (await readAt(fh, entry.offset + 30, nameLength)).toString('utf8');
    if (name !== entry.name || header.readUInt16LE(8) !== entry.method) throw damaged();
    entry.dataStart = entry.offset + 30 + nameLength + extraLength;
    expected = entry.dataStart + entry.compressedSize;
    if (header.readUInt16LE(6) & 0x0008) {
      // A data descriptor follows the data: crc and sizes (8 bytes each with zip64), maybe signed.
      const signed = (await readAt(fh, expected, 4)).readUInt32LE(0) === DESCRIPTOR;
      const zip64 = entry.compressedSize >= MAX32 || entry.uncompressedSize >= MAX32;
      expected += (signed ? 4 : 0) + (zip64 ? 20 : 12);
    } else if (header.readUInt32LE(18) !== MAX32 && header.readUInt32LE(18) !== entry.compressedSize) {
      throw damaged();
    }
  }
  if (expected !== cdOffset) throw damaged();
}

/** What the unpacking pass gives: the kept parts as text, and each sheet's merged ranges. */
export interface ZipScan {
  parts: Map<string, string>;
  merges: Map<string, string[]>;
}

const MAX_PART_BYTES = 20 * MB;
const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Z]{1,3}[0-9]{1,7}:[A-Z]{1,3}[0-9]{1,7})["']/g;
const MERGE_WORD = Buffer.from('mergeCell');
const crc32 = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;

/**
 * Unpacks every entry once, counting the bytes (a lying directory is caught here), checking each
 * entry's CRC, keeping the text of `keep` and collecting the merged ranges of `sheets`.
 */
export async function scanZip(
  filePath: string,
  entries: readonly ZipEntry[],
  keep: ReadonlySet<string>,
  sheets: ReadonlySet<string>,
  refuse: Refuse,
  step: () => Promise<void>,
): Promise<ZipScan> {
  const parts = new Map<string, string>();
  const merges = new Map<string, string[]>();
  let total = 0;
  for (const entry of entries) {
    const kept: Buffer[] = [];
    const found: string[] = [];
    let tail = Buffer.alloc(0);
    let bytes = 0;
    let crc = 0;
    if (entry.compressedSize > 0) {
      const source = fs.createReadStream(filePath, {
        start: entry.dataStart,
        end: entry.dataStart + entry.compressedSize - 1,
        highWaterMark: 256 * 1024,
      });
      const stream = entry.method === 8 ? source.pipe(zlib.createInflateRaw()) : source;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          total += chunk.length;
          if (total > MAX_UNZIPPED_BYTES) throw refuse('read.zipBomb', { max: MAX_UNZIPPED_BYTES / MB });
          if (bytes > entry.uncompressedSize) throw refuse('read.damaged');
          if (crc32) crc = crc32(chunk, crc);
          if (keep.has(entry.name)) {
            if (bytes > MAX_PART_BYTES) throw refuse('read.damaged');
            kept.push(chunk);
          }
          if (sheets.has(entry.name)) {
            // Merged ranges are ASCII: latin1 never splits them, and a short tail carries one across chunks.
            const window = tail.length ? Buffer.concat([tail, chunk]) : chunk;
            if (window.includes(MERGE_WORD)) {
              const text = window.toString('latin1');
              for (const match of text.matchAll(MERGE)) if (match.index + match[0].length > tail.length) found.push(match[1]!);
            }
            tail = Buffer.from(window.subarray(Math.max(0, window.length - 256)));
          }
          await step();
        }
      } catch (error) {
        const code = (error as DomainError).code;
        if (code === 'IMPORT_INVALID' || code === 'CANCELLED') throw error;
        throw refuse('read.damaged');
      } finally {
        source.destroy();
        if (stream !== source) stream.destroy();
      }
    }
    if (bytes !== entry.uncompressedSize || (crc32 && crc >>> 0 !== entry.crc >>> 0)) throw refuse('read.damaged');
    if (keep.has(entry.name)) parts.set(entry.name, Buffer.concat(kept).toString('utf8'));
    if (sheets.has(entry.name)) merges.set(entry.name, found);
  }
  return { parts, merges };
}

/** One small entry as text (to tell an OpenDocument file by its mimetype). */
export async function readSmallEntry(filePath: string, entry: ZipEntry): Promise<string> {
  if (entry.uncompressedSize > 1024 || entry.compressedSize > 1024) return '';
  const fh = await fs.promises.open(filePath, 'r');
  try {
    const raw = await readAt(fh, entry.dataStart, entry.compressedSize);
    return (entry.method === 8 ? zlib.inflateRawSync(raw, { maxOutputLength: 1024 }) : raw).toString('latin1');
  } catch {
    return '';
  } finally {
    await fh.close();
  }
}
