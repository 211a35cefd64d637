// A refused file as IMPORT_INVALID: one problem, at the file or at a place in it ("Kunder!C7"),
// in the user's language; the error's own message is English (logs, CLI).
import type { ImportInvalidDetails } from '../../../../shared/contract';
import { formatMessage, type Language } from '../../../../shared/messages';
import { DomainError } from '../../errors';
import { readWords, type ReadWord } from './read.words';

type Params = Record<string, string | number>;

export function readText(key: ReadWord, lang: Language, params: Params = {}): string {
  return readWords[key][lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Control characters from a hostile file name stay out of messages and terminals. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?').slice(0, 300);

export function refused(where: string, key: ReadWord, lang: Language, params: Params = {}): DomainError {
  const path = printable(where);
  const details: ImportInvalidDetails = { problems: [{ path, message: readText(key, lang, params) }], more: 0 };
  return new DomainError('IMPORT_INVALID', `The file cannot be imported: ${path}: ${readText(key, 'en', params)}`, details);
}

export const cancelled = () => new DomainError('CANCELLED', formatMessage('e.CANCELLED', 'en'));

/** "Kunder!C7", as Excel names a cell (a sheet name with spaces or punctuation in quotes). */
export function place(sheet: string, column: string, row: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${column}${row}`;
}

/** Column letter of a 0-based index (0 → A, 26 → AA). */
export function letter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
