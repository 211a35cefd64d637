import type { z } from 'zod';
import {
  CLOSED_DSR_STATUSES,
  dsrRequestFields,
  emptyDsrRequest,
  type DsrRequest,
  type DsrRequestFields,
  type RequestClock,
} from '../../../shared/contract';
import { isoDate } from '../../../shared/contract/common';
import { requestClock } from '../../../shared/deadlines';
import { schemaResolver } from '../../ui/forms';
import { todayIso } from '../../ui/lang';

// The request's form, shared by the page and its quick-action dialogs: dates and the fee as the
// text the user types ('' = none), turned into the contract's fields by `prepare`.

const DATE_FIELDS = [
  'receivedOn',
  'forwardedOn',
  'identityCheckedOn',
  'extensionNotifiedOn',
  'answeredOn',
  'recipientsNotifiedOn',
] as const;
type DateField = (typeof DATE_FIELDS)[number];

export type RequestForm = Omit<DsrRequestFields, DateField | 'feeSek'> & Record<DateField, string> & { feeSek: string };
export type RequestOutput = z.output<typeof dsrRequestFields>;

/** Top-level fields: a server issue on one of these goes beside the field. */
export const FIELD_ROOTS: ReadonlySet<string> = new Set(Object.keys(dsrRequestFields.shape));

export function toForm(r: DsrRequest): RequestForm {
  const f = r.fields;
  return {
    ...f,
    receivedOn: f.receivedOn,
    forwardedOn: f.forwardedOn ?? '',
    identityCheckedOn: f.identityCheckedOn ?? '',
    extensionNotifiedOn: f.extensionNotifiedOn ?? '',
    answeredOn: f.answeredOn ?? '',
    recipientsNotifiedOn: f.recipientsNotifiedOn ?? '',
    feeSek: f.feeSek === null ? '' : String(f.feeSek),
  };
}

/** A request logged today. */
export function emptyForm(): RequestForm {
  return {
    ...emptyDsrRequest,
    receivedOn: todayIso(),
    forwardedOn: '',
    identityCheckedOn: '',
    extensionNotifiedOn: '',
    answeredOn: '',
    recipientsNotifiedOn: '',
    feeSek: '',
  };
}

/** The form's values as dsrRequestFields takes them. */
export function prepare(v: RequestForm): unknown {
  const out: Record<string, unknown> = { ...v };
  for (const name of DATE_FIELDS) {
    const typed = v[name].trim();
    // An empty received date is "required", the others are simply unset.
    out[name] = typed === '' ? (name === 'receivedOn' ? undefined : null) : typed;
  }
  const fee = v.feeSek.trim();
  // Anything but whole kronor is left as text, so the schema says it is not a number.
  out.feeSek = fee === '' ? null : /^\d+$/.test(fee) ? Number(fee) : fee;
  if (v.ourRole === 'controller') out.customerId = null;
  return out;
}

export const requestResolver = schemaResolver<RequestForm, RequestOutput>(dsrRequestFields, prepare);

const validDate = (value: string): string | null => {
  const typed = value.trim();
  return isoDate.safeParse(typed).success ? typed : null;
};

/** The day the request closes for us (as the core counts it): answered or refused, or forwarded as processor. */
function closedOnOf(v: Pick<RequestForm, 'status' | 'ourRole' | 'answeredOn' | 'forwardedOn'>): string | null {
  if (CLOSED_DSR_STATUSES.includes(v.status)) return validDate(v.answeredOn);
  if (v.ourRole === 'processor' && v.status === 'forwarded') return validDate(v.forwardedOn);
  return null;
}

/** The clock for the values as typed (read today), or null until the received date is a date. */
export function previewClock(
  v: Pick<RequestForm, 'receivedOn' | 'extensionNotifiedOn' | 'status' | 'ourRole' | 'answeredOn' | 'forwardedOn'>,
): RequestClock | null {
  const receivedOn = validDate(v.receivedOn);
  if (receivedOn === null) return null;
  return requestClock({
    receivedOn,
    extensionNotifiedOn: validDate(v.extensionNotifiedOn),
    closedOn: closedOnOf(v),
    on: todayIso(),
  });
}
