import { describe, expect, it } from 'vitest';
import { parseOrgNr } from '../../../shared/orgnr';

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
