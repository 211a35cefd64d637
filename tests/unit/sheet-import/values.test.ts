// The value layer of the spreadsheet import (issue 18): one cell → a typed value or a problem that
// says what was read or what to write instead. Table-driven, both ways, plus property tests that
// no input makes any reader throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../electron/core/sheet-import/model';
import {
  cellText,
  fold,
  readBool,
  readCountry,
  readDate,
  readEnum,
  readNumber,
  readOrgNr,
  readText,
  splitList,
  type Read,
} from '../../../electron/core/sheet-import/values';
import { valuesWords } from '../../../electron/core/sheet-import/values.words';
import { labels, type LabelKind } from '../../../shared/domain/labels';

const text = (value: string): RawCell => ({ value });
const num = (value: number): RawCell => ({ value });
const key = <T>(r: Read<T>) => r.problem?.key;

describe('fold', () => {
  it.each([
    ['Rättslig Förpliktelse', 'rattslig forpliktelse'],
    ['  Öl,  ÅÄÖ – é  ', 'ol aao e'],
    ['Org.nr', 'org nr'],
    ['6(1)(b)', '6 1 b'],
    ['Søren Ærø', 'soren aero'],
    ['\t\n', ''],
  ])('%j → %j', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('cellText', () => {
  it.each<[RawCell | undefined, string]>([
    [undefined, ''],
    [{ value: null }, ''],
    [text('  Acme AB  '), 'Acme AB'],
    [num(5561234567), '5561234567'],
    [num(198001011234), '198001011234'],
    [num(0.1 + 0.2), '0.3'],
    [num(1234.5), '1234.5'],
    [num(1e-7), '0.0000001'],
    [num(1e21), '1000000000000000000000'],
    [num(-0), '0'],
    [{ value: true }, 'true'],
    [{ value: false }, 'false'],
    [{ value: '2026-01-31', date: true }, '2026-01-31'],
    [{ value: '2026-01-31T00:00:00', date: true }, '2026-01-31'],
    [{ value: '2026-01-31T14:30:00', date: true }, '2026-01-31T14:30:00'],
  ])('%j → %j', (cell, expected) => expect(cellText(cell)).toBe(expected));
});

describe('readText', () => {
  it('gives the text, and says when a formula’s cached value was used', () => {
    expect(readText(text(' Ekonomi '))).toEqual({ value: 'Ekonomi' });
    expect(readText({ value: 'Summa', formula: true })).toEqual({
      value: 'Summa',
      problem: { severity: 'warning', key: 'values.formula' },
    });
  });
  it('reads a formula error as empty, with a warning naming it', () => {
    const r = readText({ value: '#N/A', formula: true });
    expect(r.value).toBe('');
    expect(r.problem).toMatchObject({ key: 'values.formulaError', params: { text: '#N/A' } });
    expect(readText(text('#REF!')).value).toBe('');
  });
  it('keeps text that only looks like a formula as text', () => {
    expect(readText(text('=SUM(A1:A3)'))).toEqual({ value: '=SUM(A1:A3)' });
    expect(readText(text('@home'))).toEqual({ value: '@home' });
  });
});

describe('splitList', () => {
  it.each([
    ['a, b; c', ['a, b', 'c']],
    ['a, b ,, c', ['a', 'b', 'c']],
    ['Namn, e-post\nTelefon; mobil\r\n\n', ['Namn, e-post', 'Telefon; mobil']],
    ['• Kunder\n- Leverantörer\n* Anställda', ['Kunder', 'Leverantörer', 'Anställda']],
    ['Endast en', ['Endast en']],
    ['  ;  ; ', []],
    ['', []],
  ])('%j → %j', (input, expected) => expect(splitList(input)).toEqual(expected));
});

describe('readDate', () => {
  it.each<[RawCell, string]>([
    [{ value: '2026-01-31', date: true }, '2026-01-31'],
    [{ value: '2026-01-31T00:00:00', date: true }, '2026-01-31'],
    [{ value: 45292, date: true }, '2024-01-01'],
    [text('2026-01-31'), '2026-01-31'],
    [text('2026-1-3'), '2026-01-03'],
    [text('2026-01-31T10:15:00'), '2026-01-31'],
    [text('2026-01-31T23:30:00Z'), '2026-02-01'], // Swedish date of the instant
    [text('2026-06-30T23:30:00+02:00'), '2026-06-30'],
    [text('2024-02-29'), '2024-02-29'],
  ])('reads %j as %s without a word', (cell, expected) => expect(readDate(cell)).toEqual({ value: expected }));

  it.each<[string, string]>([
    ['20260131', '2026-01-31'],
    ['31/1/2026', '2026-01-31'],
    ['31.1.2026', '2026-01-31'],
    ['31-01-2026', '2026-01-31'],
    ['1/31/2026', '2026-01-31'],
    ['31/1/2026 14:05', '2026-01-31'],
    ['2026/01/31', '2026-01-31'],
    ['1/2 2026', '2026-02-01'],
    ['31 jan 2026', '2026-01-31'],
    ['31 januari 2026', '2026-01-31'],
    ['den 3 maj 2026', '2026-05-03'],
    ['fredag 30 januari 2026', '2026-01-30'],
    ['January 31, 2026', '2026-01-31'],
    ['Friday, the 30th of January 2026', '2026-01-30'],
    ['Okt 5 2026', '2026-10-05'],
  ])('reads the text %j as %s and says how it was read', (input, expected) => {
    const r = readDate(text(input));
    expect(r.value).toBe(expected);
    expect(r.problem).toMatchObject({ severity: 'warning', key: 'values.dateText', params: { text: input, date: expected } });
  });

  it('reads 01/02/2026 day first, and says it could be either', () => {
    const r = readDate(text('01/02/2026'));
    expect(r.value).toBe('2026-02-01');
    expect(key(r)).toBe('values.dateAmbiguous');
    expect(readDate(text('05/05/2026'))).toMatchObject({ value: '2026-05-05', problem: { key: 'values.dateText' } });
  });

  it('expands a two-digit year and says so', () => {
    expect(readDate(text('31/1/26'))).toMatchObject({ value: '2026-01-31', problem: { key: 'values.dateShortYear' } });
    expect(readDate(text('31-Jan-99'))).toMatchObject({ value: '1999-01-31', problem: { key: 'values.dateShortYear' } });
  });

  it('reads an Excel serial number in a number cell, saying how', () => {
    const r = readDate(num(45292));
    expect(r).toEqual({
      value: '2024-01-01',
      problem: { severity: 'warning', key: 'values.dateSerial', params: { text: '45292', date: '2024-01-01' } },
    });
    expect(readDate(num(46053.75)).value).toBe('2026-01-31');
    expect(readDate(num(61)).value).toBe('1900-03-01');
  });

  it('takes a whole number 1900–2200 for a year, not a date', () => {
    expect(readDate(num(2026))).toMatchObject({ value: null, problem: { key: 'values.dateYearOnly', params: { text: '2026' } } });
  });

  it('reads an eight-digit number as YYYYMMDD', () => {
    expect(readDate(num(20260131))).toMatchObject({ value: '2026-01-31', problem: { key: 'values.dateText' } });
  });

  it.each<[RawCell]>([
    [text('2026-02-30')],
    [text('30.2.2026')],
    [text('13/13/2026')],
    [text('31 foo 2026')],
    [text('jan 2026')],
    [text('snart')],
    [text('2026-13-01')],
    [num(-5)],
    [num(10)],
    [{ value: true }],
  ])('refuses %j with null and a warning that names the text and the form to write', (cell) => {
    const r = readDate(cell);
    expect(r.value).toBeNull();
    expect(r.problem).toMatchObject({ severity: 'warning', key: 'values.dateUnreadable', params: { text: cellText(cell) } });
    expect(valuesWords['values.dateUnreadable'].sv).toContain('ÅÅÅÅ-MM-DD');
  });

  it('refuses days the register does not take (before 1900, after 2199)', () => {
    expect(readDate(text('1899-12-31'))).toMatchObject({ value: null, problem: { key: 'values.dateRange' } });
    expect(readDate(text('2200-01-01'))).toMatchObject({ value: null, problem: { key: 'values.dateRange' } });
    expect(readDate(num(2_958_465))).toMatchObject({ value: null, problem: { key: 'values.dateRange' } });
  });

  it('gives null without a word for an empty cell, and flags a formula error', () => {
    expect(readDate(undefined)).toEqual({ value: null });
    expect(readDate(text('   '))).toEqual({ value: null });
    expect(readDate({ value: '#VALUE!', formula: true })).toMatchObject({ value: null, problem: { key: 'values.formulaError' } });
  });
});

describe('readNumber', () => {
  it.each<[RawCell, number]>([
    [num(12), 12],
    [num(0.1 + 0.2), 0.1 + 0.2],
    [text('42'), 42],
    [text('-3'), -3],
    [text('−3'), -3],
    [text('1 234,5'), 1234.5],
    [text('1\u00a0234,5'), 1234.5],
    [text('1\u202f234\u202f567'), 1234567],
    [text('1,234.5'), 1234.5],
    [text('1.234,5'), 1234.5],
    [text('1,234,567'), 1234567],
    [text('12,5'), 12.5],
    [text('0,125'), 0.125],
    [text(',5'), 0.5],
    [text('1.5e3'), 1500],
  ])('reads %j as %d', (cell, expected) => expect(readNumber(cell)).toEqual({ value: expected }));

  it('reads 1,500 as decimals the Swedish way, and says it might be thousands', () => {
    expect(readNumber(text('1,500'))).toMatchObject({ value: 1.5, problem: { key: 'values.numberAmbiguous', params: { number: '1.5' } } });
  });

  it.each<[RawCell]>([
    [text('tolv')],
    [text('1,2,3')],
    [text('1.234.5')],
    [text('12 %')],
    [text('1,23.4')],
    [{ value: true }],
    [{ value: '2026-01-31', date: true }],
  ])('refuses %j with null and a warning', (cell) =>
    expect(readNumber(cell)).toMatchObject({ value: null, problem: { severity: 'warning', key: 'values.numberUnreadable' } }),
  );

  it('gives null for an empty cell', () => expect(readNumber(text(''))).toEqual({ value: null }));
});

describe('readBool', () => {
  it.each(['Ja', 'j', 'YES', 'y', 'X', 'x', 'Sant', 'TRUE', '1', 'Ingår', '✓', 'Ja – sjukfrånvaro, art. 9.2 b'])('%j is true', (t) =>
    expect(readBool(text(t))).toEqual({ value: true }),
  );
  it.each(['Nej', 'N', 'no', 'Falskt', 'false', '0', 'Ingår ej', '–', '-'])('%j is false', (t) =>
    expect(readBool(text(t))).toEqual({ value: false }),
  );
  it('reads boolean and 1/0 number cells', () => {
    expect(readBool({ value: true })).toEqual({ value: true });
    expect(readBool({ value: false })).toEqual({ value: false });
    expect(readBool(num(1))).toEqual({ value: true });
    expect(readBool(num(0))).toEqual({ value: false });
  });
  it('gives null without a word when empty', () => {
    expect(readBool(undefined)).toEqual({ value: null });
    expect(readBool(text(' '))).toEqual({ value: null });
  });
  it.each<[RawCell]>([[text('Kanske')], [text('Jaså')], [num(2)], [{ value: '2026-01-01', date: true }]])(
    'refuses %j with null and a warning',
    (cell) =>
      expect(readBool(cell)).toMatchObject({
        value: null,
        problem: { severity: 'warning', key: 'values.boolUnreadable', params: { text: cellText(cell) } },
      }),
  );
});

describe('readEnum', () => {
  it.each([
    'Avtal',
    'avtal (art. 6.1 b)',
    'Avtal (art. 6.1 b)',
    'Contract (Art. 6(1)(b))',
    'contract',
    'Art 6.1 b',
    'art. 6.1.b',
    '6(1)(b)',
    '6.1b',
    'Artikel 6.1 b',
    'Article 6(1)(b) GDPR',
    'Fullgörande av avtal',
    'Performance of a contract',
    'Avtal (kundavtalet)',
  ])('legalBasis %j → contract', (t) => expect(readEnum('legalBasis', t)).toEqual({ value: 'contract' }));

  it.each<[string, string]>([
    ['Consent', 'consent'],
    ['Samtycke', 'consent'],
    ['SAMTYCKE (nyhetsbrev)', 'consent'],
    ['6.1 a', 'consent'],
    ['Rättslig förpliktelse', 'legal_obligation'],
    ['Rattslig forpliktelse', 'legal_obligation'],
    ['Lagkrav', 'legal_obligation'],
    ['Legal obligation', 'legal_obligation'],
    ['Art. 6(1)(c)', 'legal_obligation'],
    ['Berättigat intresse', 'legitimate_interests'],
    ['Intresseavvägning', 'legitimate_interests'],
    ['Legitimate interest', 'legitimate_interests'],
    ['Legitimate interests', 'legitimate_interests'],
    ['art 6 f', 'legitimate_interests'],
    ['Allmänt intresse', 'public_task'],
    ['Myndighetsutövning', 'public_task'],
    ['Public task', 'public_task'],
    ['Grundläggande intresse', 'vital_interests'],
    ['Vital interests', 'vital_interests'],
    ['legal_obligation', 'legal_obligation'],
    ['Art. 6.1 c – bokföringslagen', 'legal_obligation'],
  ])('legalBasis %j → %s', (t, expected) => expect(readEnum('legalBasis', t)).toEqual({ value: expected }));

  it.each<[LabelKind, string, string]>([
    ['activityStatus', 'Aktiv', 'active'],
    ['activityStatus', 'Utkast', 'draft'],
    ['activityStatus', 'archived', 'archived'],
    ['activityRole', 'Gemensamt personuppgiftsansvarig', 'joint_controller'],
    ['activityRole', 'PUA', 'controller'],
    ['specialCategory', 'Hälsa', 'health'],
    ['specialCategory', 'Uppgifter om hälsa', 'health'],
    ['specialCategory', 'Trade union membership', 'trade_union_membership'],
    ['dataSource', 'Den registrerade själv', 'data_subject'],
    ['dataSource', 'Kunden', 'customer_controller'],
    ['dataSource', 'Offentligt register', 'public_register'],
    ['dpiaStatus', 'Ej bedömd ännu', 'screening_pending'],
    ['dpiaStatus', 'Genomförd', 'done'],
    ['dpiaStatus', 'Krävs inte', 'not_needed'],
    ['transferMechanism', 'SCC', 'scc_2021_914'],
    ['transferMechanism', 'Standardavtalsklausuler', 'scc_2021_914'],
    ['transferMechanism', 'Art. 46(2)(c)', 'scc_2021_914'],
    ['transferMechanism', 'Adequacy', 'adequacy'],
    ['transferMechanism', 'Beslut om adekvat skyddsnivå', 'adequacy'],
    ['transferMechanism', 'Art 45', 'adequacy'],
    ['transferMechanism', 'DPF', 'adequacy_us_dpf'],
    ['transferMechanism', 'EU-US Data Privacy Framework', 'adequacy_us_dpf'],
    ['transferMechanism', 'Inom EU/EES', 'none_eea'],
    ['transferMechanism', 'BCR', 'bcr'],
    ['transferMechanism', 'art 49', 'derogation_art49'],
    ['subprocessorStatus', 'Aktivt', 'active'],
    ['subprocessorStatus', 'Terminated', 'terminated'],
    ['serviceStatus', 'Arkiverad', 'archived'],
    ['equipmentType', 'Brandvägg', 'firewall'],
    ['equipmentType', 'Laptop', 'pc'],
    ['equipmentType', 'NAS', 'nas'],
    ['equipmentStatus', 'I förråd', 'in_storage'],
    ['equipmentStatus', 'In use', 'in_use'],
    ['encryptionState', 'Krypterad', 'yes'],
    ['encryptionState', 'Inte krypterad', 'no'],
    ['encryptionState', 'Ej krypterad', 'no'],
    ['retentionAction', 'Radera', 'delete'],
    ['retentionAction', 'Anonymisera', 'anonymise'],
    ['retentionAction', 'Radera eller anonymisera', 'delete_or_anonymise'],
    ['retentionAnchor', 'Räkenskapsårets utgång', 'fiscal_year_end'],
    ['legalForm', 'Enskild firma', 'sole_trader'],
    ['sccModule', 'Modul 2', 'C2P'],
    ['sccModule', 'Module 3', 'P2P'],
    ['art9Condition', 'Art. 9.2 h', 'health_social_care'],
    ['transferMechanism', 'Art. 46.3 b', 'public_authority_instrument'],
  ])('%s %j → %s', (kind, t, expected) => expect(readEnum(kind, t)).toEqual({ value: expected }));

  it('reads every label of every enum back as its value, in both languages', () => {
    for (const kind of Object.keys(labels) as LabelKind[]) {
      for (const [value, label] of Object.entries(labels[kind] as Record<string, { sv: string; en: string }>)) {
        expect(readEnum(kind, label.sv).value, `${kind} ${label.sv}`).toBe(value);
        expect(readEnum(kind, label.en).value, `${kind} ${label.en}`).toBe(value);
        expect(readEnum(kind, value).value, `${kind} ${value}`).toBe(value);
      }
    }
  });

  it('reads a label found among other words, and asks to check it', () => {
    const r = readEnum('legalBasis', 'Rättslig förpliktelse enligt bokföringslagen');
    expect(r.value).toBe('legal_obligation');
    expect(r.problem).toMatchObject({
      severity: 'warning',
      key: 'values.enumGuessed',
      params: { label: labels.legalBasis.legal_obligation.sv },
    });
    expect(readEnum('encryptionState', 'Disken är inte krypterad').value).toBe('no');
  });

  it.each<[LabelKind, string]>([
    ['legalBasis', 'Kanske'],
    ['legalBasis', 'Samtycke eller avtal'],
    ['legalBasis', 'Art. 6.1 g'],
    ['legalBasis', 'art 6.1 a och 6.1 b'],
    ['activityStatus', 'Ja'],
    ['equipmentType', 'Kaffebryggare'],
    ['legalBasis', 'Inget samtycke'],
    ['encryptionState', 'Not encrypted at all, not sure'],
    ['dsrOutcome', 'Avslagen'],
  ])('refuses %s %j with null and a warning listing the labels in each language', (kind, t) => {
    const r = readEnum(kind, t);
    expect(r.value).toBeNull();
    expect(r.problem?.key).toBe('values.enumUnknown');
    const params = r.problem!.params!;
    expect(params.text).toBe(t);
    const table = Object.values(labels[kind] as Record<string, { sv: string; en: string }>);
    for (const l of table) {
      expect(String(params.choices)).toContain(l.sv);
      expect(String(params.choices_en)).toContain(l.en);
    }
    expect(valuesWords['values.enumUnknown'].sv).toContain('{{choices}}');
    expect(valuesWords['values.enumUnknown'].en).toContain('{{choices}}');
  });

  it('gives null without a word for empty text', () => {
    expect(readEnum('legalBasis', '')).toEqual({ value: null });
    expect(readEnum('legalBasis', '   ')).toEqual({ value: null });
  });
});

describe('readOrgNr', () => {
  it.each<[RawCell, string]>([
    [text('556123-4567'), '556123-4567'],
    [text('5561234567'), '556123-4567'],
    [text(' 556123 4567 '), '556123-4567'],
    [text('556123–4567'), '556123-4567'],
    [num(5561234567), '556123-4567'],
    [text('16556123-4567'), '556123-4567'],
  ])('company %j → %s', (cell, expected) => expect(readOrgNr(cell, 'company')).toEqual({ value: expected }));

  it.each<[RawCell, string]>([
    [text('19800101-1231'), '800101-1231'],
    [text('800101-1231'), '800101-1231'],
    [num(198001011231), '800101-1231'],
    [text('20050101-1233'), '050101-1233'],
  ])('sole trader %j → %s', (cell, expected) => expect(readOrgNr(cell, 'sole_trader')).toEqual({ value: expected }));

  it('restores a leading zero that Excel dropped, and says so', () => {
    const r = readOrgNr(num(501011233), 'sole_trader');
    expect(r).toEqual({
      value: '050101-1233',
      problem: { severity: 'warning', key: 'values.orgNrLeadingZero', params: { text: '501011233', value: '050101-1233' } },
    });
  });

  it('refuses a wrong check digit with an error and no value (the register would refuse it)', () => {
    expect(readOrgNr(text('556123-4568'), 'company')).toEqual({
      value: '',
      problem: { severity: 'error', key: 'values.orgNrChecksum', params: { text: '556123-4568' } },
    });
    expect(readOrgNr(text('800101-1232'), 'sole_trader')).toMatchObject({
      value: '',
      problem: { severity: 'error', key: 'values.personnummerChecksum' },
    });
    expect(valuesWords['values.orgNrChecksum'].sv).toContain('kontrollsiffran');
  });

  it.each<[RawCell, 'company' | 'sole_trader', string]>([
    [text('556123-456'), 'company', 'values.orgNrFormat'],
    [text('Acme AB'), 'company', 'values.orgNrFormat'],
    [text('12345'), 'company', 'values.orgNrFormat'],
    [text('556123-4567'), 'sole_trader', 'values.personnummerFormat'],
    [text('5,56123E+09'), 'company', 'values.orgNrExponent'],
    [text('1.98E+11'), 'sole_trader', 'values.orgNrExponent'],
  ])('refuses %j (%s) with %s', (cell, form, expected) =>
    expect(readOrgNr(cell, form)).toMatchObject({ value: '', problem: { severity: 'error', key: expected } }),
  );

  it('refuses a masked personnummer (as our workbook writes it) with a warning', () => {
    expect(readOrgNr(text('800101-XXXX'), 'sole_trader')).toMatchObject({
      value: '',
      problem: { severity: 'warning', key: 'values.personnummerMasked' },
    });
    expect(readOrgNr(text('XXXXXX-XXXX'), 'sole_trader')).toMatchObject({ value: '', problem: { key: 'values.personnummerMasked' } });
  });

  it('gives empty without a word for an empty cell', () => expect(readOrgNr(undefined, 'company')).toEqual({ value: '' }));
});

describe('readCountry', () => {
  it.each<[string, string]>([
    ['SE', 'SE'],
    ['se', 'SE'],
    ['Sverige', 'SE'],
    ['Sweden', 'SE'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['Tyskland', 'DE'],
    ['germany', 'DE'],
    ['UK', 'GB'],
    ['Storbritannien', 'GB'],
    ['England', 'GB'],
    ['United Kingdom', 'GB'],
    ['Holland', 'NL'],
    ['Nederländerna', 'NL'],
    ['The Netherlands', 'NL'],
    ['Österrike', 'AT'],
    ['osterrike', 'AT'],
    ['Irland (Dublin)', 'IE'],
    ['Dublin, Irland', 'IE'],
    ['Sverige (SE)', 'SE'],
    ['Chile', 'CL'], // not in our table: the runtime's own country names
    ['Egypten', 'EG'],
    ['NOR', 'NO'],
    ['Qatar', 'QA'],
    ['QA', 'QA'],
  ])('%j → %s', (t, expected) => expect(readCountry(t)).toEqual({ value: expected }));

  it.each(['Narnia', 'XX', 'EU', 'Europa', 'ZZ'])('refuses %j with empty and a warning', (t) =>
    expect(readCountry(t)).toEqual({ value: '', problem: { severity: 'warning', key: 'values.countryUnknown', params: { text: t } } }),
  );

  it('gives empty without a word for empty text', () => expect(readCountry('  ')).toEqual({ value: '' }));
});

describe('messages', () => {
  it('has a Swedish and an English text for every key, with the same placeholders', () => {
    for (const [k, words] of Object.entries(valuesWords)) {
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(words.sv.trim(), k).not.toBe('');
      expect(words.en.trim(), k).not.toBe('');
      const sv = placeholders(words.sv).map((p) => p?.replace(/Sv$/, ''));
      const en = placeholders(words.en).map((p) => p?.replace(/En$/, ''));
      expect(sv, k).toEqual(en);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests: no input throws, and every result is a value or a value with a problem whose key
// has words.

const cellArb: fc.Arbitrary<RawCell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      value: fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constantFrom(
          '2026-02-30',
          '#N/A',
          '1/2/3',
          '556123-4567',
          '∞',
          '\u0000',
          '\ud800',
          '1e400',
          '31 januari',
          '2026-01-31T25:00:00Z',
        ),
      ),
      date: fc.constant(true as const),
      formula: fc.constant(true as const),
    },
    { requiredKeys: ['value'] },
  ),
);
const textArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('(', ')(', '[[', 'art 6', '6 1 b 6 1 c'),
);
const kindArb = fc.constantFrom(...(Object.keys(labels) as LabelKind[]));

function wellFormed<T>(r: Read<T>): void {
  expect(r).toHaveProperty('value');
  if (r.problem) {
    expect(['error', 'warning']).toContain(r.problem.severity);
    expect(Object.keys(valuesWords)).toContain(r.problem.key);
  }
}

describe('no input throws', () => {
  it('the cell readers', () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        expect(typeof cellText(cell)).toBe('string');
        wellFormed(readText(cell));
        const date = readDate(cell);
        wellFormed(date);
        if (date.value !== null) expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const n = readNumber(cell);
        wellFormed(n);
        if (n.value !== null) expect(Number.isFinite(n.value)).toBe(true);
        wellFormed(readBool(cell));
        for (const form of ['company', 'sole_trader'] as const) {
          const o = readOrgNr(cell, form);
          wellFormed(o);
          if (o.value !== '') expect(o.value).toMatch(/^\d{6}-\d{4}$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the text readers', () => {
    fc.assert(
      fc.property(textArb, kindArb, (t, kind) => {
        expect(typeof fold(t)).toBe('string');
        expect(splitList(t).every((item) => item === item.trim() && item !== '')).toBe(true);
        const e = readEnum(kind, t);
        wellFormed(e);
        if (e.value !== null) expect(Object.keys(labels[kind])).toContain(e.value);
        const c = readCountry(t);
        wellFormed(c);
        expect(c.value).toMatch(/^([A-Z]{2})?$/);
        wellFormed(readDate({ value: t }));
        wellFormed(readNumber({ value: t }));
      }),
      { numRuns: 2000 },
    );
  });

  it('a date read from any real day written in any supported form is that day', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-').map(Number) as [number, number, number];
        expect(readDate({ value: iso }).value).toBe(iso);
        expect(readDate({ value: `${dd}.${m}.${y}` }).value).toBe(iso);
        expect(readDate({ value: `${y}${String(m).padStart(2, '0')}${String(dd).padStart(2, '0')}` }).value).toBe(iso);
      }),
    );
  });
});
