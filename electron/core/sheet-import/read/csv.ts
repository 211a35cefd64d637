// A CSV (or tab-separated) text file → RawBook with one sheet named after the file. The encoding
// is UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else Windows-1252 (which always
// decodes); the delimiter is the one of ; , tab that splits the first lines most consistently
// (Swedish Excel writes ;), or what an Excel "sep=" first line says. Fields may be quoted, with
// delimiters, doubled quotes and line breaks inside. Every cell is text: the value layer decides
// what is a number or a date.
import fs from 'node:fs';
import path from 'node:path';
import type { RawBook, RawCell } from '../model';
import { cleanText } from './clean';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_LINES, MAX_ROWS } from './limits';
import type { Pace } from './pace';
import { letter, place } from './refuse';
import type { Refuse } from './zip';

export type Encoding = NonNullable<RawBook['encoding']>;
export type Delimiter = NonNullable<RawBook['delimiter']>;

const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];
/** Lines (or characters) of the start of the file that decide the delimiter. */
const SAMPLE_LINES = 30;
const SAMPLE_CHARS = 64 * 1024;

/** The sheet's name: the file's name without its extension. */
export const csvSheetName = (fileName: string) => cleanText(path.parse(fileName).name).trim().slice(0, 100) || 'CSV';

export async function readCsv(filePath: string, fileName: string, bytes: number, pace: Pace, refuse: Refuse): Promise<RawBook> {
  const fh = await fs.promises.open(filePath, 'r');
  const head = Buffer.alloc(3);
  try {
    await fh.read(head, 0, 3, 0);
  } finally {
    await fh.close();
  }
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const sheet = csvSheetName(fileName);
  let read = await readAs(bom ? 'utf-8-bom' : 'utf-8', filePath, sheet, pace, refuse);
  if (!read) {
    // Not UTF-8: read again from the start as Windows-1252, which decodes any byte.
    pace.restart();
    read = (await readAs('windows-1252', filePath, sheet, pace, refuse))!;
  }
  return {
    kind: 'csv',
    fileName,
    bytes,
    sheets: [{ name: sheet, hidden: false, rows: read.rows, merges: [] }],
    encoding: read.encoding,
    delimiter: read.delimiter,
  };
}

interface Read {
  rows: (RawCell | undefined)[][];
  encoding: Encoding;
  delimiter: Delimiter;
}

/** The file read in one encoding; null when it is not valid UTF-8 (then it is read again as Windows-1252). */
async function readAs(encoding: Encoding, filePath: string, sheet: string, pace: Pace, refuse: Refuse): Promise<Read | null> {
  const decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', { fatal: encoding === 'utf-8' });
  const rows: (RawCell | undefined)[][] = [];
  let contentRows = 0;
  let parser: CsvParser | null = null;
  let sample = '';
  let delimiter: Delimiter = ',';
  const onRow = (cells: (RawCell | undefined)[], content: boolean) => {
    if (rows.length >= MAX_LINES || (content && ++contentRows > MAX_ROWS))
      throw refuse('read.tooManyRows', { max: MAX_ROWS.toLocaleString('sv-SE') });
    rows.push(cells);
    pace.tally();
  };
  /** The parser for the delimiter that the start of the file shows, fed that start. */
  const start = (text: string): CsvParser => {
    const sep = /^sep=([;,\t])\r?\n/.exec(text);
    delimiter = sep ? (sep[1] as Delimiter) : detectDelimiter(text);
    const started = new CsvParser(delimiter, sheet, onRow, refuse);
    started.push(sep ? text.slice(sep[0].length) : text);
    return started;
  };

  const stream = fs.createReadStream(filePath, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw refuse('read.binary');
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return null;
      }
      if (parser) parser.push(text);
      else {
        sample += text;
        if (sample.length >= SAMPLE_CHARS || lineCount(sample) > SAMPLE_LINES) {
          parser = start(sample);
          sample = '';
        }
      }
      await pace.step();
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      return null;
    }
    if (parser) parser.push(rest);
    else parser = start(sample + rest);
    parser.end();
  } finally {
    stream.destroy();
  }
  return { rows, encoding, delimiter };
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The delimiter that splits the first lines most consistently: the same count (above zero) on as
 * many lines as the first line has; ties to ; then tab then , (a Swedish "12,5" holds a comma).
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines: Record<Delimiter, number>[] = [];
  let counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  let blank = true;
  for (let i = 0; i < sample.length && lines.length < SAMPLE_LINES; i++) {
    const c = sample[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') {
      if (!blank) lines.push(counts);
      counts = { ';': 0, '\t': 0, ',': 0 };
      blank = true;
      continue;
    } else if (c === ';' || c === '\t' || c === ',') counts[c]++;
    blank = false;
  }
  if (!blank && lines.length < SAMPLE_LINES) lines.push(counts);
  const first = lines[0];
  if (!first) return ',';
  let best: Delimiter | null = null;
  let bestScore = -1;
  for (const d of DELIMITERS) {
    if (first[d] === 0) continue;
    const score = lines.filter((line) => line[d] === first[d]).length * 10_000 + first[d];
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  if (best) return best;
  // The first line has none (one column of headers): the one used most in the rest, else a comma.
  const total = (d: Delimiter) => lines.reduce((sum, line) => sum + line[d], 0);
  return DELIMITERS.reduce<Delimiter>((a, d) => (total(d) > total(a) ? d : a), ',');
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const enum State {
  /** At the start of a field. */
  Start,
  /** In a field without quotes (or after a quoted part's closing quote: the rest is taken as it is). */
  Plain,
  Quoted,
  /** A quote inside a quoted field: a doubled one, or the closing one. */
  QuoteSeen,
}

/** RFC 4180 fields, pushed in pieces of text of any size; rows go to `onRow` as they end. */
export class CsvParser {
  private readonly delimiter: number;
  private state = State.Start;
  private field = '';
  private cells: (RawCell | undefined)[] = [];
  private column = 0;
  private content = false;
  /** The row (1-based) being read, as Excel would number it. */
  private row = 1;
  /** A \r ended the last piece: a \n at the start of the next one belongs to it. */
  private skipLf = false;
  private quoteRow = 0;
  private quoteColumn = 0;

  constructor(
    delimiter: Delimiter,
    private readonly sheet: string,
    private readonly onRow: (cells: (RawCell | undefined)[], content: boolean) => void,
    private readonly refuse: Refuse,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.skipLf && n > 0) {
      if (text.charCodeAt(0) === LF) i = 1;
      this.skipLf = false;
    }
    while (i < n) {
      switch (this.state) {
        case State.Start:
          if (text.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            this.quoteRow = this.row;
            this.quoteColumn = this.column;
            i++;
          } else this.state = State.Plain;
          break;
        case State.Plain: {
          let j = i;
          for (; j < n; j++) {
            const c = text.charCodeAt(j);
            if (c === this.delimiter || c === LF || c === CR) break;
          }
          this.append(text, i, j);
          i = j < n ? this.separator(text, j) : n;
          break;
        }
        case State.Quoted: {
          const j = text.indexOf('"', i);
          this.append(text, i, j < 0 ? n : j);
          if (j < 0) i = n;
          else {
            this.state = State.QuoteSeen;
            i = j + 1;
          }
          break;
        }
        case State.QuoteSeen:
          if (text.charCodeAt(i) === QUOTE) {
            this.append('"', 0, 1);
            this.state = State.Quoted;
            i++;
          } else this.state = State.Plain;
          break;
      }
    }
  }

  /** The end of the text: the last row, unless a quoted field never closed. */
  end(): void {
    if (this.state === State.Quoted)
      throw this.refuse('read.unclosedQuote', {}, place(this.sheet, letter(this.quoteColumn), this.quoteRow));
    if (this.state !== State.Start || this.column > 0) {
      this.endField();
      this.endRow();
    }
  }

  private append(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.field += text.slice(from, to);
    if (this.field.length > MAX_CELL_CHARS)
      throw this.refuse(
        'read.cellTooLong',
        { max: MAX_CELL_CHARS.toLocaleString('sv-SE') },
        place(this.sheet, letter(this.column), this.row),
      );
  }

  /** At a delimiter or a line break outside quotes; returns where reading goes on. */
  private separator(text: string, at: number): number {
    const c = text.charCodeAt(at);
    this.endField();
    if (c === this.delimiter) return at + 1;
    this.endRow();
    if (c === CR) {
      if (at + 1 < text.length) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      this.skipLf = true;
    }
    return at + 1;
  }

  private endField(): void {
    if (this.field !== '') {
      if (this.column >= MAX_COLUMNS)
        throw this.refuse(
          'read.tooManyColumns',
          { column: letter(this.column), max: MAX_COLUMNS, last: letter(MAX_COLUMNS - 1) },
          place(this.sheet, letter(this.column), this.row),
        );
      const value = cleanText(this.field);
      if (value !== '') {
        this.cells[this.column] = { value };
        this.content = true;
      }
      this.field = '';
    }
    this.column++;
    this.state = State.Start;
  }

  private endRow(): void {
    this.onRow(this.cells, this.content);
    this.cells = [];
    this.column = 0;
    this.content = false;
    this.row++;
  }
}
