import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportColumn, ImportTarget, SheetMapping } from '../../../shared/contract';
import { call } from '../../app/api';
import { failureText } from '../../ui/failures';

// A sheet's columns as read from the header row the user chose. The core proposed one header row
// per sheet (opened.sheets); when the user picks another, or gives a sheet a target, the core reads
// the sheet again (sheetImport.columns) and proposes the fields of its headers. The header row is
// one per sheet: every mapping of a sheet reads it from the same row, so the sheet has one set of
// columns that the table, the checks and the preview all share.

export interface SheetReading {
  headerRow: number;
  dataRows: number;
  columns: ImportColumn[];
}

/** Typing "12" must not read row 1 first. */
const TYPING_PAUSE_MS = 300;

export function useSheetReadings(importId: string | null, mappings: SheetMapping[], setMappings: Dispatch<SetStateAction<SheetMapping[]>>) {
  const { t } = useTranslation();
  /** The sheets read from another row than the proposed one (the others: opened.sheets). */
  const [readings, setReadings] = useState<Record<string, SheetReading>>({});
  /** Sheets waiting for the core (typing pause or call), and why the last read of a sheet failed. */
  const [pending, setPending] = useState<Record<string, true>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Only the latest question per sheet is answered; earlier answers are stale.
  const latest = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const current = useRef(mappings);
  current.current = mappings;

  const forget = useCallback((sheet: string) => {
    clearTimeout(timers.current.get(sheet));
    timers.current.delete(sheet);
    latest.current.set(sheet, (latest.current.get(sheet) ?? 0) + 1);
  }, []);

  const reset = useCallback(() => {
    for (const sheet of new Set([...latest.current.keys(), ...timers.current.keys()])) forget(sheet);
    setReadings({});
    setPending({});
    setErrors({});
  }, [forget]);
  useEffect(() => () => timers.current.forEach((timer) => clearTimeout(timer)), []);

  const mark = (sheet: string, waiting: boolean) =>
    setPending((all) => {
      const { [sheet]: _, ...rest } = all;
      return waiting ? { ...rest, [sheet]: true } : rest;
    });

  /** Reads the sheet from `headerRow` and gives the mappings with one of `targets` the proposed fields. */
  const ask = useCallback(
    async (sheet: string, headerRow: number, targets: ImportTarget[]) => {
      if (!importId) return;
      forget(sheet);
      const token = latest.current.get(sheet);
      const stale = () => latest.current.get(sheet) !== token;
      mark(sheet, true);
      const asked: (ImportTarget | null)[] = targets.length > 0 ? targets : [null];
      try {
        const answers = await Promise.all(asked.map((target) => call('sheetImport.columns', { importId, sheet, headerRow, target })));
        if (stale()) return;
        const { dataRows, columns } = answers[0]!;
        setReadings((all) => ({ ...all, [sheet]: { headerRow, dataRows, columns } }));
        const proposed = new Map(asked.map((target, i) => [target, answers[i]!.proposed]));
        setMappings((all) =>
          all.map((m) =>
            m.sheet === sheet && m.headerRow === headerRow && m.target && proposed.has(m.target)
              ? { ...m, columns: { ...proposed.get(m.target) } }
              : m,
          ),
        );
        setErrors(({ [sheet]: _, ...rest }) => rest);
        mark(sheet, false);
      } catch (error) {
        if (stale()) return;
        setErrors((all) => ({ ...all, [sheet]: failureText(t, error) }));
        mark(sheet, false);
      }
    },
    [importId, forget, setMappings, t],
  );

  /** Every mapping of the sheet reads from `row`; its columns come after a pause in typing. */
  const setHeaderRow = useCallback(
    (sheet: string, row: number) => {
      setMappings((all) => all.map((m) => (m.sheet === sheet ? { ...m, headerRow: row } : m)));
      forget(sheet);
      mark(sheet, true);
      timers.current.set(
        sheet,
        setTimeout(() => {
          timers.current.delete(sheet);
          const targets = current.current.filter((m) => m.sheet === sheet && m.target).map((m) => m.target as ImportTarget);
          void ask(sheet, row, [...new Set(targets)]);
        }, TYPING_PAUSE_MS),
      );
    },
    [ask, forget, setMappings],
  );

  /** A mapping (or a new one, index null) gets a target; the core proposes its columns from the sheet's headers. */
  const setTarget = useCallback(
    (sheet: string, index: number | null, target: ImportTarget | null, headerRow: number) => {
      const next: SheetMapping = { sheet, target, headerRow, columns: {} };
      const all = index === null ? [...current.current, next] : current.current.map((m, i) => (i === index ? next : m));
      setMappings(all);
      if (!target) return;
      // A read of another row still under way: its proposals for the sheet's other targets are asked again.
      const waiting = timers.current.has(sheet) || pending[sheet] === true;
      const targets = waiting ? all.filter((m) => m.sheet === sheet && m.target).map((m) => m.target as ImportTarget) : [target];
      void ask(sheet, headerRow, [...new Set(targets)]);
    },
    [ask, pending, setMappings],
  );

  return { readings, pending, errors, setHeaderRow, setTarget, reset };
}

export type SheetReadings = ReturnType<typeof useSheetReadings>;
