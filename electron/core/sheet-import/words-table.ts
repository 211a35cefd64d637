// The import keeps its messages keyed by message ({ key: { sv, en } }), as shared/messages.ts
// does; the core's word modules export { sv, en } tables, which the parity test compares.

export type KeyedWords = Record<string, { sv: string; en: string }>;

/** The same table as { sv, en }, each keyed by message. */
export function byLanguage<T extends KeyedWords>(table: T): { sv: Record<keyof T, string>; en: Record<keyof T, string> } {
  const sv = {} as Record<keyof T, string>;
  const en = {} as Record<keyof T, string>;
  for (const key of Object.keys(table) as (keyof T)[]) {
    sv[key] = table[key]!.sv;
    en[key] = table[key]!.en;
  }
  return { sv, en };
}
