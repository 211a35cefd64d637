// Every sv/en table has the same keys in both languages, no empty text, and the same
// {{placeholders}} in both: the UI's tables (renderer/i18n, each feature's texts.ts, the merged
// i18next resources), shared/messages.ts, the glossary, and the core's word modules (*.words.ts).
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../shared/glossary';
import { messages } from '../../../shared/messages';
import { en } from '../../../renderer/i18n/en';
import { resources } from '../../../renderer/i18n/index';
import { sv } from '../../../renderer/i18n/sv';

type Table = { sv: unknown; en: unknown };

const featureTexts = import.meta.glob<{ texts: Table }>('../../../renderer/features/*/texts.ts', { eager: true });
const wordModules = import.meta.glob<Record<string, unknown>>('../../../electron/core/**/*.words.ts', { eager: true });

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const isPair = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).sort().join() === 'en,sv';

interface Options {
  /** Word modules may leave a part empty in both languages ("rensas" + ""). */
  bothEmptyAllowed?: boolean;
}

/** Texts left empty on purpose in one language (the UI then shows nothing). */
const EMPTY_ON_PURPOSE = new Set([
  // "The problems are described in English": nothing to say when the UI is in English.
  'exports.problems.inEnglish',
]);

/** What differs between the Swedish and the English side of one table, as readable lines. */
function differences(path: string, a: unknown, b: unknown, options: Options = {}): string[] {
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a !== 'string' || typeof b !== 'string') return [`${path}: text in one language only`];
    const emptyA = a.trim() === '';
    const emptyB = b.trim() === '';
    if (emptyA || emptyB) {
      const onPurpose = [...EMPTY_ON_PURPOSE].some((key) => path.endsWith(`.${key}`));
      const allowed = (emptyA && emptyB && options.bothEmptyAllowed) || onPurpose;
      return allowed ? [] : [`${path}: empty text`];
    }
    const [pa, pb] = [placeholders(a), placeholders(b)];
    return pa.join() === pb.join() ? [] : [`${path}: placeholders {{${pa.join(', ')}}} in sv but {{${pb.join(', ')}}} in en`];
  }
  if (typeof a === 'function' || typeof b === 'function') {
    if (typeof a !== 'function' || typeof b !== 'function') return [`${path}: a phrase in one language only`];
    return a.length === b.length ? [] : [`${path}: ${a.length} parameters in sv, ${b.length} in en`];
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return [`${path}: lists of different length`];
    return a.flatMap((x, i) => differences(`${path}[${i}]`, x, b[i], options));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
    return keys.flatMap((k) => {
      if (!(k in ra)) return [`${path}.${k}: missing in sv`];
      if (!(k in rb)) return [`${path}.${k}: missing in en`];
      return differences(`${path}.${k}`, ra[k], rb[k], options);
    });
  }
  return a === b ? [] : [`${path}: not a text (${typeof a}, ${typeof b})`];
}

/** A table of terms, each `{ sv, en }` (shared/messages.ts, the glossary), possibly nested. */
function termDifferences(path: string, table: unknown): string[] {
  if (isPair(table)) return differences(path, table.sv, table.en);
  if (typeof table !== 'object' || table === null) return [`${path}: not a term`];
  return Object.entries(table).flatMap(([k, v]) => termDifferences(`${path}.${k}`, v));
}

describe('sv/en parity', () => {
  it('finds what differs (the checker itself)', () => {
    const a = { same: 'Ja', count: '{{count}} st', gone: 'x', empty: 'Tom', phrase: (n: string) => n, list: ['a', 'b'] };
    const b = { same: 'Yes', count: '{{n}} pcs', extra: 'y', empty: ' ', phrase: () => '', list: ['a'] };
    expect(differences('t', a, b)).toEqual([
      't.count: placeholders {{count}} in sv but {{n}} in en',
      't.empty: empty text',
      't.extra: missing in sv',
      't.gone: missing in en',
      't.list: lists of different length',
      't.phrase: 1 parameters in sv, 0 in en',
    ]);
  });

  it('renderer/i18n: sv.ts and en.ts', () => {
    expect(differences('i18n', sv, en)).toEqual([]);
  });

  it('every feature texts.ts', () => {
    expect(Object.keys(featureTexts).length).toBeGreaterThan(0);
    for (const [file, { texts }] of Object.entries(featureTexts)) {
      expect(isPair(texts), `${file} exports texts = { sv, en }`).toBe(true);
      expect(differences(file.replace(/^(\.\.\/)+/, ''), texts.sv, texts.en)).toEqual([]);
    }
  });

  it('the merged i18next resources, with no key defined by two tables', () => {
    expect(differences('resources', resources.sv.translation, resources.en.translation)).toEqual([]);
    const tables = [
      ['shared/messages.ts', Object.keys(messages)],
      ['renderer/i18n/sv.ts', Object.keys(sv)],
      ...Object.entries(featureTexts).map(([file, { texts }]) => [file, Object.keys(texts.sv as object)] as const),
    ] as const;
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, keys] of tables) {
      for (const key of keys) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${file}`);
        else owner.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('shared/messages.ts', () => {
    expect(termDifferences('messages', messages)).toEqual([]);
  });

  it('the glossary', () => {
    expect(termDifferences('glossary', glossary)).toEqual([]);
  });

  it('every core word module (*.words.ts) exports { sv, en } tables with the same words', () => {
    expect(Object.keys(wordModules).length).toBeGreaterThan(0);
    for (const [file, module] of Object.entries(wordModules)) {
      const tables = Object.entries(module).filter(([, value]) => isPair(value)) as [string, Table][];
      expect(tables.length, `${file} exports a { sv, en } word table`).toBeGreaterThan(0);
      for (const [name, table] of tables) {
        expect(differences(`${file.replace(/^(\.\.\/)+/, '')} ${name}`, table.sv, table.en, { bothEmptyAllowed: true })).toEqual([]);
      }
    }
  });
});
