import { describe, expect, it } from 'vitest';
import { maskIdentity } from '../../../shared/orgnr';
import { blankCustomer, call, coreWithRegister, ok } from '../helpers';

// A valid personnummer (the Skatteverket test series) and what lists and notices show of it.
const PNR = '19811218-9876';
const MASKED = '811218-XXXX';

describe('sole traders (enskild firma)', () => {
  it('saves the organisation as a sole trader with the owner’s personnummer, checked as one', async () => {
    const { core } = await coreWithRegister();
    const org = await ok(core, 'organisation.get', {});
    expect(org.legalForm).toBe('company');
    // An organisationsnummer is not a personnummer: no real month.
    const bad = await call(core, 'organisation.update', { ...org, legalForm: 'sole_trader', orgNr: '556677-8899' });
    expect(bad.ok || bad.error.issues).toEqual([{ path: ['orgNr'], message: 'v.personnummer.format' }]);
    const checksum = await call(core, 'organisation.update', { ...org, legalForm: 'sole_trader', orgNr: '811218-9875' });
    expect(checksum.ok || checksum.error.issues).toEqual([{ path: ['orgNr'], message: 'v.personnummer.checksum' }]);
    const missing = await call(core, 'organisation.update', { ...org, legalForm: 'sole_trader', orgNr: ' ' });
    expect(missing.ok || missing.error.issues).toEqual([{ path: ['orgNr'], message: 'v.required' }]);

    const saved = await ok(core, 'organisation.update', { ...org, legalForm: 'sole_trader', orgNr: PNR });
    expect(saved).toMatchObject({ legalForm: 'sole_trader', orgNr: '811218-9876', complete: true });
    expect(maskIdentity(saved.orgNr, saved.legalForm)).toBe(MASKED);
    // Back to a company: the number is checked as an organisationsnummer again.
    const company = await ok(core, 'organisation.update', { ...saved, legalForm: 'company', orgNr: '5566778899' });
    expect(company).toMatchObject({ legalForm: 'company', orgNr: '556677-8899' });
  });

  it('saves a customer as a sole trader; the list carries the legal form so it can mask the number', async () => {
    const { core } = await coreWithRegister();
    const c = await ok(core, 'customers.create', { ...blankCustomer, name: 'Anna Svensson Konsult', legalForm: 'sole_trader', orgNr: PNR });
    expect(c).toMatchObject({ legalForm: 'sole_trader', orgNr: '811218-9876' });
    const company = await ok(core, 'customers.create', { ...blankCustomer, name: 'Bolaget AB', orgNr: '5566778899' });
    expect(company.legalForm).toBe('company');
    const list = await ok(core, 'customers.list', {});
    expect(list.items.map((i) => [i.name, i.legalForm, maskIdentity(i.orgNr, i.legalForm)])).toEqual([
      ['Anna Svensson Konsult', 'sole_trader', MASKED],
      ['Bolaget AB', 'company', '556677-8899'],
    ]);
    // Optional for a customer, but checked as a personnummer when given.
    expect((await ok(core, 'customers.create', { ...blankCustomer, name: 'Utan nummer', legalForm: 'sole_trader' })).orgNr).toBe('');
    const bad = await call(core, 'customers.update', {
      id: c.id,
      revision: c.revision,
      fields: { ...blankCustomer, name: c.name, legalForm: 'sole_trader', orgNr: '556677-8899', status: 'ended' },
    });
    // Every problem at once: the number and the ended contract without an end date.
    expect(bad.ok || bad.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['fields', 'orgNr'], message: 'v.personnummer.format' },
        { path: ['fields', 'contractEnd'], message: 'v.contractEnd.requiredWhenEnded' },
      ]),
    );
  });

  it('tells the processor register which customers are sole traders', async () => {
    const { core } = await coreWithRegister();
    const c = await ok(core, 'customers.create', { ...blankCustomer, name: 'Anna Svensson Konsult', legalForm: 'sole_trader', orgNr: PNR });
    const s = await ok(core, 'services.create', {
      name: 'Drift',
      subjectMatter: 'Drift av kundens servrar',
      purpose: 'Att hålla servrarna igång',
      subjectMatterEn: 'Running the customer’s servers',
      purposeEn: 'To keep the servers running',
      nature: ['storage'],
      processingTermIds: [],
      personalDataTermIds: [],
      dataSubjectTermIds: [],
      specialCategories: [],
      subprocessorIds: [],
      systemIds: [],
      measureIds: [],
      endOfContractAction: 'return_then_delete',
      retentionRuleId: null,
      status: 'active',
      notes: '',
    });
    await ok(core, 'subscriptions.create', {
      customerId: c.id,
      serviceId: s.id,
      startDate: '2026-01-01',
      endDate: null,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });
    const { entries } = await ok(core, 'processorRegister.list', {});
    expect(entries.map((e) => [e.customerLegalForm, e.customerOrgNr, e.subjectMatterEn, e.purposeEn])).toEqual([
      ['sole_trader', '811218-9876', 'Running the customer’s servers', 'To keep the servers running'],
    ]);
  });
});
