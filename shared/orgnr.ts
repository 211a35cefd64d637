// Swedish organisationsnummer / personnummer: ten digits, the last a Luhn check digit.
// Accepts "556123-4567", "5561234567" and the 12-digit form with a century ("16" for companies,
// "19"/"20" for sole traders' personnummer). Canonical form: NNNNNN-NNNN.

export type OrgNrProblem = 'format' | 'checksum';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function parseOrgNr(raw: string): { ok: true; value: string } | { ok: false; problem: OrgNrProblem } {
  const compact = raw.trim().replace(/[\s-]/g, '');
  if (!/^\d{10}(\d{2})?$/.test(compact)) return { ok: false, problem: 'format' };
  const ten = compact.length === 12 ? compact.slice(2) : compact;
  if (compact.length === 12 && !['16', '18', '19', '20'].includes(compact.slice(0, 2))) {
    return { ok: false, problem: 'format' };
  }
  if (!luhnValid(ten)) return { ok: false, problem: 'checksum' };
  return { ok: true, value: `${ten.slice(0, 6)}-${ten.slice(6)}` };
}

/** Completes nine digits with their Luhn check digit: "556677889" → "556677-8899". */
export function withCheckDigit(nineDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = (nineDigits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${nineDigits.slice(0, 6)}-${nineDigits.slice(6, 9)}${check}`;
}

/** The legal form of an organisation or a customer: a sole trader's orgNr is a personnummer. */
export type IdentityForm = 'company' | 'sole_trader';

/**
 * A personnummer (or samordningsnummer, day + 60): 10 or 12 digits, a real month and day, Luhn.
 * Canonical form YYMMDD-NNNN, like an organisationsnummer, so lists and documents treat both alike.
 */
export function parsePersonnummer(raw: string): { ok: true; value: string } | { ok: false; problem: OrgNrProblem } {
  const compact = raw.trim().replace(/[\s\-+]/g, '');
  if (!/^\d{10}(\d{2})?$/.test(compact)) return { ok: false, problem: 'format' };
  if (compact.length === 12 && !['18', '19', '20'].includes(compact.slice(0, 2))) return { ok: false, problem: 'format' };
  const ten = compact.length === 12 ? compact.slice(2) : compact;
  const month = Number(ten.slice(2, 4));
  const rawDay = Number(ten.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, problem: 'format' };
  if (!luhnValid(ten)) return { ok: false, problem: 'checksum' };
  return { ok: true, value: `${ten.slice(0, 6)}-${ten.slice(6)}` };
}

/** The identity number checked as the legal form needs: an organisationsnummer or the owner's personnummer. */
export function parseIdentity(raw: string, form: IdentityForm): ReturnType<typeof parseOrgNr> {
  return form === 'sole_trader' ? parsePersonnummer(raw) : parseOrgNr(raw);
}

/**
 * A personnummer with its last four digits hidden: "19800101-1234" → "800101-XXXX". Where the
 * identity is not needed (the notice, lists), the birth date is enough to tell people apart.
 */
export function maskPersonnummer(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 10) return value.trim() === '' ? '' : 'XXXXXX-XXXX';
  const ten = digits.length >= 12 ? digits.slice(digits.length - 10) : digits.slice(0, 10);
  return `${ten.slice(0, 6)}-XXXX`;
}

/** The identity number to show where the law does not need it: masked for a sole trader, as is for a company. */
export function maskIdentity(orgNr: string, legalForm: IdentityForm): string {
  return legalForm === 'sole_trader' ? maskPersonnummer(orgNr) : orgNr;
}
