// What a file is, from its first bytes (and, for a register, its name): a zip (maybe a workbook),
// an OLE compound file (.xls or an encrypted .xlsx), text (maybe CSV), or something to refuse.
import { PORTABLE_FORMAT } from '../../../../shared/contract';
import type { ReadWord } from './read.words';

export type Sniffed = { kind: 'zip' } | { kind: 'ole' } | { kind: 'text' } | { kind: 'refuse'; key: ReadWord };

/** How much of the start of a file is looked at. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, bytes: readonly number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, text: string, at = 0) => head.toString('latin1', at, at + text.length) === text;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(head: Buffer, fileName: string): Sniffed {
  // An encrypted register is random bytes, a plain one SQLite: by its name in both cases.
  if (/\.forteckna$/i.test(fileName) || ascii(head, 'SQLite format 3\0')) return { kind: 'refuse', key: 'read.register' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(head, OLE)) return { kind: 'ole' };
  if (ascii(head, '%PDF-')) return { kind: 'refuse', key: 'read.pdf' };
  if (
    startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(head, [0xff, 0xd8, 0xff]) || // JPEG
    ascii(head, 'GIF8') ||
    (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) ||
    (ascii(head, 'ftyp', 4) && /^(heic|heix|mif1|avif)$/.test(head.toString('latin1', 8, 12))) ||
    ascii(head, 'II*\0') ||
    ascii(head, 'MM\0*')
  )
    return { kind: 'refuse', key: 'read.image' };
  if (ascii(head, '{\\rtf')) return { kind: 'refuse', key: 'read.document' };
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return { kind: 'refuse', key: 'read.utf16' };
  if (head.includes(0)) return { kind: 'refuse', key: 'read.binary' };

  const text = head
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
  if (/^<(?:!doctype|html|\?xml|table|head|body|meta|workbook)\b/i.test(text)) return { kind: 'refuse', key: 'read.html' };
  if (/^[{[]/.test(text)) {
    if (new RegExp(`"format"\\s*:\\s*"${PORTABLE_FORMAT}"`).test(text)) return { kind: 'refuse', key: 'read.portable' };
    if (/\.json$/i.test(fileName)) return { kind: 'refuse', key: 'read.notSpreadsheet' };
  }
  // A file named as a workbook that is not one (a zip would have been found above).
  if (/\.(xlsx|xlsm|xltx)$/i.test(fileName)) return { kind: 'refuse', key: 'read.notSpreadsheet' };
  // Text has few control characters; junk has many.
  let control = 0;
  for (const byte of head) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  if (control > head.length / 10) return { kind: 'refuse', key: 'read.binary' };
  return { kind: 'text' };
}

/** What an OLE compound file holds, by the names of its streams (UTF-16LE in its directory). */
export class OleScan {
  private tail = Buffer.alloc(0);
  encrypted = false;
  word = false;
  workbook = false;

  private static readonly ENCRYPTION = Buffer.from('EncryptionInfo', 'utf16le');
  private static readonly WORD = Buffer.from('WordDocument', 'utf16le');
  private static readonly POWERPOINT = Buffer.from('PowerPoint Document', 'utf16le');
  private static readonly WORKBOOK = Buffer.from('Workbook', 'utf16le');
  private static readonly BOOK = Buffer.from('Book\0', 'utf16le');

  push(chunk: Buffer): void {
    const window = Buffer.concat([this.tail, chunk]);
    if (window.includes(OleScan.ENCRYPTION)) this.encrypted = true;
    if (window.includes(OleScan.WORD) || window.includes(OleScan.POWERPOINT)) this.word = true;
    if (window.includes(OleScan.WORKBOOK) || window.includes(OleScan.BOOK)) this.workbook = true;
    this.tail = window.subarray(Math.max(0, window.length - 64));
  }

  verdict(): ReadWord {
    // An encrypted .xlsx, .docx or .pptx is the same kind of file: Excel's is the one worth naming.
    if (this.encrypted) return 'read.encrypted';
    if (this.workbook || !this.word) return 'read.xls';
    return 'read.document';
  }
}
