// Every literal translation key the renderer uses exists in both languages, so a misspelt key
// fails here instead of showing the key to the user. Keys built at run time (`t(`status.${s}`)`,
// `t(key)`) are not checked here; the tables they pick from are covered by parity.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/i18n/index';

const RENDERER = path.resolve(__dirname, '../../../renderer');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

// t('key'), t("key"), t(`key`) without ${…}, i18n.t('key'); and <Trans i18nKey="key">.
const CALL = /\bt\(\s*(['"`])([^'"`$\\\s]+)\1\s*[,)]/g;
const ATTRIBUTE = /\bi18nKey=\{?\s*(['"`])([^'"`$\\\s]+)\1/g;

interface Use {
  key: string;
  at: string;
}

function usesIn(text: string, name: string): Use[] {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  return [...text.matchAll(CALL), ...text.matchAll(ATTRIBUTE)].map((m) => ({ key: m[2]!, at: `${name}:${lineOf(m.index)}` }));
}

/** i18next finds `key_one` / `key_other` for t(key, { count }). */
const has = (table: Record<string, string>, key: string) => key in table || `${key}_other` in table;

describe('translation keys', () => {
  const uses = sourceFiles(RENDERER).flatMap((file) => usesIn(fs.readFileSync(file, 'utf8'), path.relative(RENDERER, file)));

  it('finds the literal keys the renderer uses', () => {
    const sample = 't(\'a.one\'); t(\n  "a.two", { n }); t(`a.three`); t(`a.${x}`); t(key); format(\'x\'); <Trans i18nKey="a.four" />';
    expect(usesIn(sample, 'x').map((u) => u.key)).toEqual(['a.one', 'a.two', 'a.three', 'a.four']);
    expect(uses.length).toBeGreaterThan(500);
  });

  it.each(['sv', 'en'] as const)('every literal key exists in %s', (lang) => {
    const table = resources[lang].translation as Record<string, string>;
    const missing = uses.filter((u) => !has(table, u.key)).map((u) => `${u.at} ${u.key}`);
    expect(missing).toEqual([]);
  });
});
