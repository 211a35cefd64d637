// The RowReader of model.ts: a row's mapped cells read through values.ts, every problem reported at
// its sheet, row and column, and every name the row refers to collected for the preview.
import type { VocabularyKind } from '../../../shared/domain/enums';
import type { LabelKind } from '../../../shared/domain/labels';
import type { MappedRow, NameRef, Problem, ProblemMessage, RefTarget, RowReader, Severity } from './model';
import { cellText, readBool, readCountry, readDate, readEnum, readNumber, readOrgNr, readText, splitList, type Read } from './values';

/** Names the rows refer to, by kind ('term:data_subject', 'systems', …), in first-seen spelling. */
export class NameCollector {
  readonly names = new Map<string, Map<string, string>>();
  add(kind: string, name: string, foldedName: string): void {
    let map = this.names.get(kind);
    if (!map) this.names.set(kind, (map = new Map()));
    if (!map.has(foldedName)) map.set(foldedName, name);
  }
}

/**
 * `ownSheet`: the row is from our own workbook, which writes a list one item per line, so an item
 * may hold a comma ("Skalskydd, passerkontroll och larm").
 */
export function createRowReader(
  row: MappedRow,
  problems: Problem[],
  names: NameCollector,
  fold: (s: string) => string,
  ownSheet = false,
): RowReader {
  const at = (field: string | null) => (field === null ? undefined : row.cells.get(field));
  const report = (field: string | null, severity: Severity, message: ProblemMessage) => {
    const cell = field === null ? undefined : (row.cells.get(field) ?? row.columns?.get(field));
    problems.push({ severity, sheet: row.sheet, row: row.row, column: cell?.column, header: cell?.header, ...message });
  };
  /** A read's value, its problem reported at the field's cell. */
  const take = <T>(field: string, read: Read<T>): T => {
    if (read.problem) report(field, read.problem.severity, { key: read.problem.key, params: read.problem.params });
    return read.value;
  };
  /** A typed read of a formula cell says that its cached value was used (readText says so itself). */
  const typed = <T>(field: string, read: Read<T>): T => {
    if (at(field)?.cell.formula && read.problem?.key !== 'values.formulaError') report(field, 'warning', { key: 'values.formula' });
    return take(field, read);
  };
  const textOf = (field: string) => cellText(at(field)?.cell);
  const namesIn = (field: string, kind: string): NameRef[] => {
    const list = reader.list(field);
    for (const name of list) names.add(kind, name, fold(name));
    return list.map((name) => ({ name }));
  };

  const reader: RowReader = {
    row,
    ownSheet,
    has: (field) => textOf(field) !== '',
    text(field) {
      const cell = at(field);
      return cell ? take(field, readText(cell.cell)) : '';
    },
    date(field) {
      const cell = at(field);
      if (!cell) return null;
      return typed(field, readDate(cell.cell));
    },
    number(field) {
      const cell = at(field);
      if (!cell) return null;
      return typed(field, readNumber(cell.cell));
    },
    bool(field) {
      const cell = at(field);
      if (!cell) return null;
      return typed(field, readBool(cell.cell));
    },
    list(field) {
      const cell = at(field);
      if (!cell) return [];
      const text = take(field, readText(cell.cell));
      return ownSheet
        ? text
            .split('\n')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : splitList(text);
    },
    enumValue<K extends LabelKind>(field: string, kind: K) {
      const text = reader.text(field);
      return text === '' ? null : take(field, readEnum(kind, text));
    },
    enumList<K extends LabelKind>(field: string, kind: K) {
      const out: string[] = [];
      for (const item of reader.list(field)) {
        const value = take(field, readEnum(kind, item));
        if (value !== null && !out.includes(value)) out.push(value);
      }
      return out;
    },
    orgNr(field, form = 'company') {
      const cell = at(field);
      if (!cell) return '';
      return typed(field, readOrgNr(cell.cell, form));
    },
    country(field) {
      const text = reader.text(field);
      return text === '' ? '' : take(field, readCountry(text));
    },
    terms: (field, kind: VocabularyKind) => namesIn(field, `term:${kind}`),
    refs: (field, target: RefTarget) => namesIn(field, target),
    problem: report,
  };
  return reader;
}
