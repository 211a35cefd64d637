import { toNestErrors } from '@hookform/resolvers';
import type { TFunction } from 'i18next';
import type { FieldError, FieldErrors, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import type { Issue } from '../../shared/errors';

// Forms validate with the same zod schemas as the core. Schema messages are message keys
// (`v.orgNr.checksum`); a field error's message carries the key and its params so that the
// text is rendered in the current language (and follows a language switch).

const SEPARATOR = '\u001f';

/** Packs a message key and its params into a field-error message. */
export function encodeIssue(message: string, params?: Record<string, string | number>): string {
  return params && Object.keys(params).length ? `${message}${SEPARATOR}${JSON.stringify(params)}` : message;
}

/** Renders an encoded field-error message (or a plain key) in the current language. */
export function issueText(t: TFunction, encoded: string | undefined): string | undefined {
  if (!encoded) return undefined;
  const [key = '', json] = encoded.split(SEPARATOR);
  let params: Record<string, unknown> = {};
  if (json) {
    try {
      params = JSON.parse(json) as Record<string, unknown>;
    } catch {
      params = {};
    }
  }
  if (!key.startsWith('v.') && !key.startsWith('e.')) return key;
  return t(key, params);
}

/** The same mapping as the core's dispatch: zod issue → message key (+ max). */
export function toIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const max = issue.code === 'too_big' ? Number(issue.maximum) : undefined;
  if (issue.message.startsWith('v.')) {
    return { path, message: issue.message, ...(max !== undefined ? { params: { max } } : {}) };
  }
  if (max !== undefined) return { path, message: 'v.tooLong', params: { max } };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { path, message: 'v.required' };
  return { path, message: 'v.invalid' };
}

/**
 * A react-hook-form resolver over a shared zod schema. `prepare` turns the form's values into the
 * schema's input (e.g. '' → null for optional dates); the submit handler gets the schema output.
 */
export function schemaResolver<TForm extends FieldValues, TOut>(
  schema: z.ZodType<TOut>,
  prepare: (values: TForm) => unknown = (v) => v,
): Resolver<TForm, unknown, TOut> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(prepare(values));
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const raw of result.error.issues) {
      const issue = toIssue(raw);
      const name = issue.path.join('.');
      if (!(name in flat)) flat[name] = { type: raw.code, message: encodeIssue(issue.message, issue.params) };
    }
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) as FieldErrors<TForm> };
  };
}

/**
 * Puts server-side INVALID_INPUT issues on the form's fields. `prefix` is removed from each path
 * (e.g. 'fields' for `customers.update`). Returns the issues that match no known field.
 */
export function applyServerIssues<TForm extends FieldValues>(
  setError: UseFormSetError<TForm>,
  issues: Issue[] | undefined,
  isField: (name: string) => boolean,
  prefix?: string,
): Issue[] {
  const unmatched: Issue[] = [];
  let focused = false;
  for (const issue of issues ?? []) {
    const path = prefix && issue.path[0] === prefix ? issue.path.slice(1) : issue.path;
    const name = path.join('.');
    if (name && isField(name)) {
      setError(name as Path<TForm>, { type: 'server', message: encodeIssue(issue.message, issue.params) }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(issue);
    }
  }
  return unmatched;
}

/** Reads a nested error (`address.city`) from react-hook-form's error tree. */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as FieldError | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * A record's values for its form: the fields its schema declares, taken from the record as loaded
 * (the one `toForm` for records whose form is their fields; add what the form has beyond them).
 */
export function formValues<S extends z.ZodObject, R extends { [K in keyof z.input<S>]: unknown }>(schema: S, record: R): z.input<S> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) out[key] = record[key as keyof R];
  return out as z.input<S>;
}
