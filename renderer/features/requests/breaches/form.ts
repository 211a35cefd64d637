import type { z } from 'zod';
import { breachFields, emptyBreach, type Breach, type BreachFields } from '../../../../shared/contract/breaches';
import { schemaResolver } from '../../../ui/forms';
import { fromStockholmWallClock, stockholmWallClock } from './time';

// The breach form's own shape: times as Stockholm wall-clock text ('' = none), counts and the
// closing day as text. What the IMY box and the dialogs record (the notice to IMY, supplements,
// other reports) rides along as the record has it, so that a save keeps it.

export type BreachOutput = z.output<typeof breachFields>;

type WallTime = 'discoveredAt' | 'occurredFrom' | 'occurredTo' | 'endedAt' | 'subjectsInformedAt';

export type BreachForm = Omit<BreachFields, WallTime | 'approxSubjects' | 'approxRecords' | 'closedOn'> & {
  [K in WallTime]: string;
} & { approxSubjects: string; approxRecords: string; closedOn: string };

export const FIELD_ROOTS: ReadonlySet<string> = new Set(Object.keys(breachFields.shape));

/** The saved fields as breaches.update takes them again. */
export const fieldsOf = (b: Breach): BreachFields => ({ ...b.fields });

const count = (n: number | null) => (n === null ? '' : String(n));

export function toForm(b: Breach): BreachForm {
  const f = b.fields;
  return {
    ...f,
    discoveredAt: stockholmWallClock(f.discoveredAt),
    occurredFrom: stockholmWallClock(f.occurredFrom),
    occurredTo: stockholmWallClock(f.occurredTo),
    endedAt: stockholmWallClock(f.endedAt),
    subjectsInformedAt: stockholmWallClock(f.subjectsInformedAt),
    approxSubjects: count(f.approxSubjects),
    approxRecords: count(f.approxRecords),
    closedOn: f.closedOn ?? '',
  };
}

export function emptyForm(discoveredAt: string): BreachForm {
  return {
    ...emptyBreach,
    discoveredAt,
    occurredFrom: '',
    occurredTo: '',
    endedAt: '',
    subjectsInformedAt: '',
    approxSubjects: '',
    approxRecords: '',
    closedOn: '',
  };
}

/** A wall-clock time as the instant the schema wants; text that is no time goes on, so the schema names it. */
export function toInstant(text: string): string | null {
  const s = text.trim();
  if (s === '') return null;
  return fromStockholmWallClock(s) ?? s;
}

const toCount = (text: string): unknown => {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  const n = Number(s);
  // Text that is no count becomes a number the schema refuses as invalid (a string would read as "required").
  return /^\d+$/.test(s) && Number.isSafeInteger(n) ? n : -1;
};

export function prepare(v: BreachForm): unknown {
  return {
    ...v,
    // Unset is "required", not "invalid".
    discoveredAt: toInstant(v.discoveredAt) ?? undefined,
    occurredFrom: toInstant(v.occurredFrom),
    occurredTo: toInstant(v.occurredTo),
    endedAt: toInstant(v.endedAt),
    subjectsInformedAt: toInstant(v.subjectsInformedAt),
    approxSubjects: toCount(v.approxSubjects),
    approxRecords: toCount(v.approxRecords),
    closedOn: v.closedOn.trim() === '' ? null : v.closedOn.trim(),
  };
}

export const breachResolver = schemaResolver<BreachForm, BreachOutput>(breachFields, prepare);
