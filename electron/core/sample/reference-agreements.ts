// Agreements of the reference register (quality.md): 2 versions for each of the first 500
// customers. Version 1 was signed in 2024; version 2 (2025) is signed, which supersedes version 1,
// or sent, or a draft, while version 1 stays in force. Real documents, rendered as the app does.
// Deterministic dates from the seed.
import { agreementsService } from '../agreements/agreements.service';
import type { Session } from '../session';
import { createRng } from './reference-register';

const MAX_CUSTOMERS = 500;
const SIGNATORIES = [
  ['Anna Lindqvist', 'VD'],
  ['Per Sandberg', 'IT-chef'],
  ['Maria Holm', 'Ekonomichef'],
  ['Johan Berg', 'Verksamhetschef'],
  ['Sara Nyström', 'Dataskyddsansvarig'],
] as const;

function date(year: number, dayOfYear: number): string {
  const d = new Date(Date.UTC(year, 0, 1));
  d.setUTCDate(d.getUTCDate() + dayOfYear);
  return d.toISOString().slice(0, 10);
}

function plusDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface ReferenceAgreementOptions {
  seed?: number;
  /** Called after each customer with customers done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Writes 2 versions for each of the first 500 customers; returns the number of versions. */
export async function writeReferenceAgreements(session: Session, options: ReferenceAgreementOptions = {}): Promise<number> {
  const rng = createRng((options.seed ?? 1) * 7919 + 4);
  const agreements = session.use(agreementsService);
  const customers = session.customers.list({
    query: '',
    status: 'all',
    includeArchived: true,
    agreementStatus: 'all',
    sort: 'name',
    direction: 'asc',
    offset: 0,
    limit: MAX_CUSTOMERS,
  }).items;
  let written = 0;
  for (const [i, customer] of customers.entries()) {
    const [name, title] = rng.pick(SIGNATORIES);
    const base = { ...agreements.defaults(customer.id), controllerSignatory: { name, title }, noticeDays: rng.pick([30, 30, 30, 60, 90]) };

    // Version 1: generated, sent and signed in 2024.
    const first = date(2024, rng.int(0, 300));
    const v1 = await agreements.generateVersion(
      customer.id,
      { ...base, lang: 'sv', effectiveOn: null, notes: '' },
      `${first}T09:00:00.000Z`,
    );
    let a = agreements.setStatus(v1.id, 1, 'sent', plusDays(first, 1));
    agreements.setStatus(a.id, a.revision, 'signed', plusDays(first, rng.int(3, 20)));

    // Version 2, in 2025: 60 % signed, 25 % sent, 15 % draft.
    const second = date(2025, rng.int(0, 330));
    const lang = rng.chance(0.1) ? 'en' : 'sv';
    const v2 = await agreements.generateVersion(customer.id, { ...base, lang, effectiveOn: null, notes: '' }, `${second}T09:00:00.000Z`);
    const roll = rng.next();
    if (roll < 0.85) {
      a = agreements.setStatus(v2.id, 1, 'sent', plusDays(second, 1));
      if (roll < 0.6) agreements.setStatus(a.id, a.revision, 'signed', plusDays(second, rng.int(2, 25)));
    }
    written += 2;
    options.onProgress?.(i + 1, customers.length);
  }
  return written;
}
