import { describe, expect, it } from 'vitest';
import { maskIdentity, maskPersonnummer, parseIdentity, parseOrgNr, parsePersonnummer } from '../../../shared/orgnr';

describe('organisationsnummer', () => {
  it('accepts valid numbers in any common spelling and normalises to NNNNNN-NNNN', () => {
    expect(parseOrgNr('556677-8899')).toEqual({ ok: true, value: '556677-8899' });
    expect(parseOrgNr('5566778899')).toEqual({ ok: true, value: '556677-8899' });
    expect(parseOrgNr(' 16556677-8899 ')).toEqual({ ok: true, value: '556677-8899' });
    // A sole trader's personnummer with century.
    expect(parseOrgNr('19811218-9876')).toEqual({ ok: true, value: '811218-9876' });
  });

  it('rejects a wrong check digit as a checksum problem', () => {
    expect(parseOrgNr('556677-8890')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('rejects wrong lengths, letters and odd centuries as format problems', () => {
    for (const bad of ['55667788', '556677-88999', 'abcdef-ghij', '', '99556677-8899']) {
      expect(parseOrgNr(bad)).toEqual({ ok: false, problem: 'format' });
    }
  });
});

describe('personnummer (a sole trader)', () => {
  it('accepts 10 or 12 digits with a real date and a valid check digit, normalised to YYMMDD-NNNN', () => {
    expect(parsePersonnummer('19811218-9876')).toEqual({ ok: true, value: '811218-9876' });
    expect(parsePersonnummer('8112189876')).toEqual({ ok: true, value: '811218-9876' });
    expect(parsePersonnummer('811218+9876')).toEqual({ ok: true, value: '811218-9876' });
  });

  it('refuses an organisationsnummer (no real month), a wrong check digit and odd centuries', () => {
    expect(parsePersonnummer('556677-8899')).toEqual({ ok: false, problem: 'format' });
    expect(parsePersonnummer('811218-9875')).toEqual({ ok: false, problem: 'checksum' });
    expect(parsePersonnummer('16811218-9876')).toEqual({ ok: false, problem: 'format' });
    expect(parsePersonnummer('')).toEqual({ ok: false, problem: 'format' });
  });

  it('checks by legal form', () => {
    expect(parseIdentity('556677-8899', 'company')).toEqual({ ok: true, value: '556677-8899' });
    expect(parseIdentity('556677-8899', 'sole_trader').ok).toBe(false);
  });

  it('masks the last four digits where the identity is not needed, and only for a sole trader', () => {
    expect(maskPersonnummer('19800101-1234')).toBe('800101-XXXX');
    expect(maskPersonnummer('811218-9876')).toBe('811218-XXXX');
    expect(maskPersonnummer('')).toBe('');
    expect(maskPersonnummer('12-34')).toBe('XXXXXX-XXXX');
    expect(maskIdentity('811218-9876', 'sole_trader')).toBe('811218-XXXX');
    expect(maskIdentity('556677-8899', 'company')).toBe('556677-8899');
  });
});
