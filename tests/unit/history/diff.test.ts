// What an entry says changed (issue 11), on plain rows: fields before → after, list items added
// and removed by their labels, and the redacted form that keeps the facts without the values.
import { describe, expect, it } from 'vitest';
import { diffFields, diffRecord, redactChanges } from '../../../electron/core/history/diff';
import type { NameLookup } from '../../../electron/core/history/history.tables';

const TERMS: Record<number, string> = { 1: 'Kunders kontaktpersoner', 2: 'Anställda', 3: 'Namn och titel', 4: 'Personnummer' };
const lookup: NameLookup = (kind, id) => (kind === 'vocabularyTerm' ? (TERMS[Number(id)] ?? '') : '');

const customer = {
  __key: '1',
  id: 1,
  revision: 3,
  name: 'Ängby Bygg AB',
  org_nr: '',
  visiting_city: 'Västerås',
  contract_end: null,
  invoice_same_as_visiting: 1,
  notes: '',
  search_text: 'ängby bygg ab västerås',
  sort_key: 'angby bygg ab',
  updated_at: '2026-11-02T08:00:00.000Z',
};

describe('field diffs', () => {
  it('lists each changed field once, camelCase, before → after', () => {
    const after = {
      ...customer,
      revision: 4,
      name: 'Ängby Bygg & Måleri AB',
      contract_end: '2026-12-31',
      invoice_same_as_visiting: 0,
      notes: 'Ny ägare',
      search_text: 'ängby bygg & måleri ab västerås',
      sort_key: 'angby bygg & maleri ab',
      updated_at: '2026-11-03T08:00:00.000Z',
    };
    expect(diffFields(customer, after)).toEqual([
      { field: 'name', before: 'Ängby Bygg AB', after: 'Ängby Bygg & Måleri AB' },
      { field: 'contractEnd', before: null, after: '2026-12-31' },
      { field: 'invoiceSameAsVisiting', before: 1, after: 0 },
      { field: 'notes', before: '', after: 'Ny ägare' },
    ]);
  });

  it('says nothing when only the revision, timestamps and derived columns moved', () => {
    expect(diffFields(customer, { ...customer, revision: 9, updated_at: 'later', search_text: 'x', sort_key: 'y' })).toEqual([]);
  });

  it('lists what a new record holds and what a removed one held, not its empty fields', () => {
    expect(diffFields(undefined, customer)).toEqual([
      { field: 'name', before: null, after: 'Ängby Bygg AB' },
      { field: 'visitingCity', before: null, after: 'Västerås' },
      { field: 'invoiceSameAsVisiting', before: null, after: 1 },
    ]);
    expect(diffFields(customer, undefined).map((f) => [f.field, f.before, f.after])).toEqual([
      ['name', 'Ängby Bygg AB', null],
      ['visitingCity', 'Västerås', null],
      ['invoiceSameAsVisiting', 1, null],
    ]);
  });

  it('shows no bytes: a blob that changed is not a value', () => {
    const before = { __key: '1', file_name: 'avtal.pdf', document: Buffer.from('a') };
    const after = { __key: '1', file_name: 'avtal-v2.pdf', document: { $hex: '62' } };
    expect(diffFields(before, after)).toEqual([{ field: 'fileName', before: 'avtal.pdf', after: 'avtal-v2.pdf' }]);
  });
});

describe('list diffs', () => {
  const activity = { __key: '7', id: 7, name: 'Kundadministration', revision: 1 };
  const purpose = (key: string, description: string, legal_basis: string, position: number) => ({
    __key: key,
    id: Number(key),
    activity_id: 7,
    position,
    description,
    legal_basis: legal_basis,
  });
  const term = (termId: number, role: string) => ({ __key: `[7,${termId}]`, activity_id: 7, term_id: termId, role });

  const before = {
    activities: [activity],
    activity_purposes: [purpose('1', 'Avtal med kunder', 'contract', 0), purpose('2', 'Bokföring', 'legal_obligation', 1)],
    activity_terms: [term(1, 'data_subject'), term(3, 'personal_data'), term(4, 'personal_data')],
  };

  it('names the items added and removed, by their labels, and not the ones kept', () => {
    const after = {
      activities: [activity],
      activity_purposes: [purpose('1', 'Avtal med kunder', 'contract', 0), purpose('3', 'Nyhetsbrev', 'consent', 1)],
      activity_terms: [term(1, 'data_subject'), term(2, 'data_subject'), term(3, 'personal_data')],
    };
    expect(diffRecord('activities', before, after, lookup)).toEqual({
      fields: [],
      lists: [
        { list: 'purposes', added: ['Nyhetsbrev · consent'], removed: ['Bokföring · legal_obligation'] },
        { list: 'terms', added: ['Anställda'], removed: ['Personnummer'] },
      ],
    });
  });

  it('does not count a list written again (new row ids) or reordered as a change', () => {
    const after = {
      activities: [{ ...activity, revision: 2 }],
      activity_purposes: [purpose('11', 'Bokföring', 'legal_obligation', 0), purpose('12', 'Avtal med kunder', 'contract', 1)],
      activity_terms: [...before.activity_terms].reverse(),
    };
    expect(diffRecord('activities', before, after, lookup)).toEqual({ fields: [], lists: [] });
  });

  it('shows an edited item as the old one removed and the new one added', () => {
    const after = {
      ...before,
      activity_purposes: [purpose('1', 'Avtal med kunder och leverantörer', 'contract', 0), before.activity_purposes[1]!],
    };
    expect(diffRecord('activities', before, after, lookup).lists).toEqual([
      { list: 'purposes', added: ['Avtal med kunder och leverantörer · contract'], removed: ['Avtal med kunder · contract'] },
    ]);
  });

  it('counts duplicates: one of two equal items removed is one removal', () => {
    const twice = { ...before, activity_purposes: [...before.activity_purposes, purpose('5', 'Bokföring', 'legal_obligation', 2)] };
    expect(diffRecord('activities', twice, before, lookup).lists).toEqual([
      { list: 'purposes', added: [], removed: ['Bokföring · legal_obligation'] },
    ]);
  });

  it('lists every item of a new record as added, and of a removed record as removed', () => {
    const created = diffRecord('activities', { activities: [] }, before, lookup);
    expect(created.fields).toEqual([{ field: 'name', before: null, after: 'Kundadministration' }]);
    expect(created.lists).toEqual([
      { list: 'purposes', added: ['Avtal med kunder · contract', 'Bokföring · legal_obligation'], removed: [] },
      { list: 'terms', added: ['Kunders kontaktpersoner', 'Namn och titel', 'Personnummer'], removed: [] },
    ]);
    const removed = diffRecord('activities', before, { activities: [] }, lookup);
    expect(removed.lists.map((l) => [l.list, l.added.length, l.removed.length])).toEqual([
      ['purposes', 0, 2],
      ['terms', 0, 3],
    ]);
  });
});

describe('redacted changes', () => {
  it('keeps which fields and lists changed and drops every value', () => {
    const changes = {
      fields: [{ field: 'name', before: 'Åsa Öberg', after: 'Åsa Lind' }],
      lists: [{ list: 'purposes', added: ['Nyhetsbrev · consent'], removed: ['Bokföring · legal_obligation'] }],
    };
    expect(redactChanges(changes)).toEqual({
      fields: [{ field: 'name', before: null, after: null }],
      lists: [{ list: 'purposes', added: [], removed: [] }],
    });
    const redaction = { reason: 'purge' as const, rule: 'Kunduppgifter efter avslutat avtal', entries: 3 };
    expect(redactChanges({ ...changes, redaction }).redaction).toEqual(redaction);
  });
});
