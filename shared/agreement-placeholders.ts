// Placeholders in agreement clauses: {{customer.name}} and the like. One list, used by the
// editor (unknown names are an error shown beside the clause) and by the DOCX generator.
// (Filled in by the agreement-document work; the signatures are the contract between the two.)

export interface PlaceholderDef {
  /** As written between the braces, e.g. 'customer.name'. */
  name: string;
  sv: string;
  en: string;
}

export const PLACEHOLDERS: readonly PlaceholderDef[] = [];

/** Every {{name}} in `text`, in order of appearance (duplicates kept once). */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!))];
}

/** The placeholder names in `text` that are not in PLACEHOLDERS. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set(PLACEHOLDERS.map((p) => p.name));
  return findPlaceholders(text).filter((name) => !known.has(name));
}

/** `text` with every known placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
