// Issue 14, point 4: retention rules as firms write them — their own anchor events, ranges,
// exceptions, "delete or anonymise", "as long as needed" — and the sentence in words for each.
import { describe, expect, it } from 'vitest';
import { summarise, retentionWarnings, type RetentionFields } from '../../../electron/core/retention/retention.words';
import { computeRetention } from '../../../electron/core/retention/compute';
import { emptyRetentionRule, retentionRuleFields, type RetentionRuleFields } from '../../../shared/contract/retention';
import { call, coreWithRegister, ok } from '../helpers';

const rule = (patch: Partial<RetentionRuleFields>): RetentionFields =>
  retentionRuleFields.parse({ ...emptyRetentionRule, nameSv: 'Regel', ...patch });
const ticket = { anchorKind: 'event', anchorEvent: 'ticket_closed' } as const;

describe('the rule in words, for every new field', () => {
  it('writes a range: words while every number is twelve or less, digits otherwise, "till" between different units', () => {
    expect(summarise(rule({ ...ticket, durationMin: 'P3D', duration: 'P7D' }))).toEqual({
      sv: 'Rensas tre till sju dagar efter att ärendet stängts',
      en: 'Deleted three to seven days after the ticket was closed',
    });
    expect(summarise(rule({ ...ticket, durationMin: 'P3D', duration: 'P28D' }))).toEqual({
      sv: 'Rensas 3–28 dagar efter att ärendet stängts',
      en: 'Deleted 3–28 days after the ticket was closed',
    });
    expect(summarise(rule({ durationMin: 'P6M', duration: 'P1Y' }))).toEqual({
      sv: 'Rensas sex månader till ett år efter avslutat avtal',
      en: 'Deleted six months to one year after the contract ended',
    });
    expect(summarise(rule({ durationMin: 'P1Y', duration: 'P3Y' })).sv).toBe('Rensas ett till tre år efter avslutat avtal');
    expect(summarise(rule({ durationMin: 'P1M', duration: 'P3M' })).sv).toBe('Rensas en till tre månader efter avslutat avtal');
    // A range is never printed in the BFL form, which names one year.
    expect(
      summarise(
        rule({
          anchorKind: 'fiscal_year_end',
          anchorEvent: null,
          roundAnchorTo: 'end_of_calendar_year',
          inclusive: true,
          durationMin: 'P7Y',
          duration: 'P10Y',
        }),
      ).sv,
    ).toBe('Rensas sju till tio år efter utgången av det kalenderår då räkenskapsåret avslutades');
  });

  it('never mixes digits and number words in one sentence', () => {
    const bfl = {
      anchorKind: 'fiscal_year_end',
      anchorEvent: null,
      roundAnchorTo: 'end_of_calendar_year',
      inclusive: true,
      duration: 'P7Y',
    } as const;
    expect(summarise(rule({ ...bfl, backupLag: 'P30D' }))).toEqual({
      sv: 'Sparas till och med det 7:e året efter utgången av det kalenderår då räkenskapsåret avslutades och rensas därefter. Säkerhetskopiorna rensas 30 dagar senare',
      en: 'Kept up to and including the 7th year after the end of the calendar year in which the financial year ended, then deleted. Backup copies are deleted 30 days later',
    });
    expect(summarise(rule({ ...bfl, backupLag: 'P7D' })).sv).toBe(
      'Sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades och rensas därefter. Säkerhetskopiorna rensas sju dagar senare',
    );
    expect(summarise(rule({ duration: 'P1Y', backupLag: 'P30D' })).sv).toBe(
      'Rensas 1 år efter avslutat avtal och 30 dagar därefter ur säkerhetskopiorna',
    );
  });

  it('adds the firm’s exception after the rule, in the language asked for, Swedish marked where English is missing', () => {
    const withException = rule({
      duration: 'P1Y',
      exceptionSv: 'Utom underlag som ska sparas enligt bokföringslagen.',
      exceptionEn: 'records that must be kept under the Bookkeeping Act',
    });
    expect(summarise(withException)).toEqual({
      sv: 'Rensas ett år efter avslutat avtal, utom underlag som ska sparas enligt bokföringslagen',
      en: 'Deleted one year after the contract ended, except records that must be kept under the Bookkeeping Act',
    });
    expect(summarise({ ...withException, exceptionEn: '' }).en).toBe(
      'Deleted one year after the contract ended, except underlag som ska sparas enligt bokföringslagen [sv]',
    );
    // With backups the exception stays with the rule, the backups get their own sentence.
    expect(summarise({ ...withException, backupLag: 'P7D' }).sv).toBe(
      'Rensas ett år efter avslutat avtal, utom underlag som ska sparas enligt bokföringslagen. Säkerhetskopiorna rensas sju dagar senare',
    );
  });

  it('says "delete or anonymise" as one action', () => {
    expect(summarise(rule({ duration: 'P2Y', action: 'delete_or_anonymise' }))).toEqual({
      sv: 'Rensas eller anonymiseras två år efter avslutat avtal',
      en: 'Deleted or anonymised two years after the contract ended',
    });
  });

  it('prints "as long as needed" without a number, and warns that nothing is purged under it', () => {
    const needed = rule({ duration: null, exceptionSv: 'fakturor', exceptionEn: 'invoices' });
    expect(summarise(needed)).toEqual({
      sv: 'Sparas så länge det behövs för ändamålet och rensas därefter, utom fakturor',
      en: 'Kept as long as needed for the purpose, then deleted, except invoices',
    });
    expect(summarise(rule({ duration: null, action: 'anonymise', backupLag: 'P14D' })).sv).toBe(
      'Sparas så länge det behövs för ändamålet och anonymiseras därefter. Säkerhetskopiorna rensas 14 dagar senare',
    );
    expect(retentionWarnings(needed)).toEqual(['w.retention.noDuration']);
    // Nothing to count from: never due.
    expect(computeRetention({ ...needed, duration: null }, { events: { contract_ended: '2020-01-01' } })).toMatchObject({
      purgeDueAt: null,
    });
  });

  it('names a register-defined event in the firm’s words, quoted, also in the rounded forms', () => {
    const own = rule({ anchorEvent: null, anchorEventId: 1, duration: 'P1Y' });
    const paid = { sv: 'Fakturan betald', en: 'The invoice was paid' };
    expect(summarise(own, paid)).toEqual({
      sv: 'Rensas ett år efter händelsen ”fakturan betald”',
      en: 'Deleted one year after the event “the invoice was paid”',
    });
    expect(summarise(own, { sv: 'Fordran reglerad', en: '' }).en).toBe('Deleted one year after the event “fordran reglerad [sv]”');
    expect(summarise({ ...own, roundAnchorTo: 'end_of_calendar_year' }, paid).sv).toBe(
      'Rensas ett år efter utgången av det kalenderår då händelsen ”fakturan betald” inträffade',
    );
    expect(retentionWarnings(own)).toEqual([]);
  });
});

describe('retention rules as firms write them, through the core', () => {
  it('keeps the register’s own events: list, rename, refuse deleting one in use, delete once unused', async () => {
    const { core } = await coreWithRegister();
    const paid = await ok(core, 'retentionEvents.create', { labelSv: ' Fakturan betald ', labelEn: 'The invoice was paid' });
    const closed = await ok(core, 'retentionEvents.create', { labelSv: 'Ärendet stängt' });
    expect(paid).toMatchObject({ labelSv: 'Fakturan betald', labelEn: 'The invoice was paid', usedBy: 0, revision: 1 });
    expect((await ok(core, 'retentionEvents.list', {})).map((e) => e.labelSv)).toEqual(['Fakturan betald', 'Ärendet stängt']);
    const missing = await call(core, 'retentionEvents.create', { labelSv: '  ' });
    expect(!missing.ok && missing.error.code).toBe('INVALID_INPUT');

    const reminders = await ok(core, 'retentionRules.create', {
      ...emptyRetentionRule,
      nameSv: 'Betalningspåminnelser',
      anchorEvent: null,
      anchorEventId: paid.id,
      exceptionSv: 'underlag som ska sparas enligt bokföringslagen',
    });
    expect(reminders).toMatchObject({
      anchorKind: 'event',
      anchorEvent: null,
      anchorEventId: paid.id,
      anchorEventLabel: { sv: 'Fakturan betald', en: 'The invoice was paid' },
      summary: { sv: 'Rensas ett år efter händelsen ”fakturan betald”, utom underlag som ska sparas enligt bokföringslagen' },
      warnings: [],
    });
    // The form's live words know the register's own events too.
    const described = await ok(core, 'retentionRules.describe', {
      ...emptyRetentionRule,
      nameSv: 'x',
      anchorEvent: null,
      anchorEventId: closed.id,
    });
    expect(described.sv).toBe('Rensas ett år efter händelsen ”ärendet stängt”');

    const refused = await call(core, 'retentionEvents.delete', { id: paid.id, revision: paid.revision });
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'IN_USE',
      details: { messageKey: 'e.inUse.retentionEvent', params: { rules: 1 } },
    });

    // Renaming the event renames the rule's words.
    const renamed = await ok(core, 'retentionEvents.update', {
      id: paid.id,
      revision: paid.revision,
      fields: { labelSv: 'Fakturan slutbetald', labelEn: '' },
    });
    expect(renamed).toMatchObject({ revision: 2, usedBy: 1 });
    const after = await ok(core, 'retentionRules.get', { id: reminders.id });
    expect(after.summary.en).toBe(
      'Deleted one year after the event “fakturan slutbetald [sv]”, except underlag som ska sparas enligt bokföringslagen [sv]',
    );
    expect(after.anchorEventLabel).toEqual({ sv: 'Fakturan slutbetald', en: '' });

    // Counting from a built-in event again frees the register's own one.
    await ok(core, 'retentionRules.update', {
      id: after.id,
      revision: after.revision,
      fields: { ...emptyRetentionRule, nameSv: 'Betalningspåminnelser', anchorEvent: 'contract_ended', anchorEventId: null },
    });
    expect(await ok(core, 'retentionEvents.delete', { id: paid.id, revision: renamed.revision })).toEqual({ id: paid.id });
    expect((await ok(core, 'retentionEvents.list', {})).map((e) => e.labelSv)).toEqual(['Ärendet stängt']);

    // Each change is in the change history, under the event.
    const history = await ok(core, 'history.list', { kind: 'retentionEvent', recordId: paid.id });
    expect(history.rows.map((r) => r.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('refuses what a rule cannot mean: two events, an unknown event, a range the wrong way round, purging without a period', async () => {
    const { core } = await coreWithRegister();
    const event = await ok(core, 'retentionEvents.create', { labelSv: 'Fordran reglerad' });
    const refusal = async (patch: Partial<RetentionRuleFields>) => {
      const r = await call(core, 'retentionRules.create', { ...emptyRetentionRule, nameSv: 'Regel', ...patch });
      return r.ok ? null : r.error.issues;
    };
    expect(await refusal({ anchorEventId: event.id })).toEqual([
      expect.objectContaining({ path: ['anchorEvent'], message: 'v.retention.twoEvents' }),
    ]);
    expect(await refusal({ anchorEvent: null })).toEqual([expect.objectContaining({ path: ['anchorEvent'], message: 'v.required' })]);
    expect(await refusal({ anchorEvent: null, anchorEventId: event.id + 99 })).toEqual([
      expect.objectContaining({ path: ['anchorEvent'], message: 'v.unknownReference' }),
    ]);
    expect(await refusal({ durationMin: 'P2Y', duration: 'P1Y' })).toEqual([
      expect.objectContaining({ path: ['durationMin'], message: 'v.retention.rangeOrder' }),
    ]);
    expect(await refusal({ durationMin: 'P1Y', duration: null })).toEqual([
      expect.objectContaining({ path: ['durationMin'], message: 'v.retention.rangeWithoutMax' }),
    ]);
    expect(await refusal({ duration: null, appliesTo: ['site'] })).toEqual([
      expect.objectContaining({ path: ['appliesTo'], message: 'v.retention.noDurationNoPurge' }),
    ]);
    // The register holds no dates for its own events, so such a rule purges none of its records.
    expect(await refusal({ anchorEvent: null, anchorEventId: event.id, appliesTo: ['contact_person'] })).toEqual([
      expect.objectContaining({ path: ['appliesTo'], message: 'v.retention.anchorNotForKind' }),
    ]);
  });

  it('saves a range, an exception, English variants and "as long as needed", and gives them back as entered', async () => {
    const { core } = await coreWithRegister();
    const quarantine = await ok(core, 'retentionRules.create', {
      ...emptyRetentionRule,
      nameSv: 'Spamkarantän',
      storageLocation: 'E-postfilter',
      storageLocationEn: 'E-mail filter',
      purpose: 'Släppa fram e-post som stoppats av misstag',
      purposeEn: 'Releasing e-mail stopped by mistake',
      anchorKind: 'created',
      anchorEvent: null,
      durationMin: 'p3d',
      duration: 'P28D',
      exceptionSv: 'e-post som anmälts som bedrägeri',
      exceptionEn: 'e-mail reported as fraud',
    });
    expect(quarantine).toMatchObject({
      durationMin: 'P3D',
      duration: 'P28D',
      storageLocationEn: 'E-mail filter',
      purposeEn: 'Releasing e-mail stopped by mistake',
      anchorEventLabel: null,
      summary: {
        sv: 'Rensas 3–28 dagar efter att uppgifterna skapats, utom e-post som anmälts som bedrägeri',
        en: 'Deleted 3–28 days after the data was created, except e-mail reported as fraud',
      },
    });
    const needed = await ok(core, 'retentionRules.create', {
      ...emptyRetentionRule,
      nameSv: 'Kundregister',
      duration: null,
      durationMin: null,
    });
    expect(needed).toMatchObject({
      duration: null,
      anchorEventLabel: { sv: 'Avtalet har upphört', en: 'The contract ended' },
      summary: { sv: 'Sparas så länge det behövs för ändamålet och rensas därefter' },
      warnings: ['w.retention.noDuration'],
    });
    expect(await ok(core, 'retentionRules.get', { id: needed.id })).toEqual(needed);
    // A range's shorter end is what must meet a legal minimum.
    const short = await ok(core, 'retentionRules.create', {
      ...emptyRetentionRule,
      nameSv: 'Bokföring',
      durationMin: 'P5Y',
      duration: 'P10Y',
      legalMinimumDuration: 'P7Y',
      legalMinimumSource: 'BFL 7 kap. 2 §',
    });
    expect(short.warnings).toEqual(['w.retention.belowLegalMinimum']);
  });
});
