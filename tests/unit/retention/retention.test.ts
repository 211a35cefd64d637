import { describe, expect, it } from 'vitest';
import { retentionRuleFields, type RetentionRuleFields } from '../../../shared/contract/retention';
import { formatMessage } from '../../../shared/messages';
import { retentionService } from '../../../electron/core/retention/retention.service';
import { call, coreWithRegister, ok } from '../helpers';
import { blankActivity, blankService, newSession } from '../vocabularies/fixtures';

const logs: RetentionRuleFields = {
  nameSv: 'Loggfiler',
  nameEn: 'Log files',
  storageLocation: 'Övervakningsserver',
  purpose: 'Säkerhet och drift',
  anchorKind: 'created',
  anchorEvent: null,
  roundAnchorTo: 'none',
  duration: 'p30d',
  inclusive: true,
  backupLag: 'P7D',
  action: 'delete',
  legalMinimumDuration: null,
  legalMinimumSource: '',
  legalBasisRef: '',
  legalHoldAllowed: true,
  policySv: 'Loggar rensas automatiskt.',
  policyEn: 'Logs are purged automatically.',
};

const bookkeeping: RetentionRuleFields = {
  ...logs,
  nameSv: 'Bokföring',
  nameEn: 'Bookkeeping',
  storageLocation: 'Ekonomisystem',
  purpose: 'Rättslig förpliktelse (BFL)',
  anchorKind: 'fiscal_year_end',
  roundAnchorTo: 'end_of_calendar_year',
  duration: 'P7Y',
  backupLag: null,
  legalMinimumDuration: 'P7Y',
  legalMinimumSource: 'BFL 7 kap. 2 §',
  legalBasisRef: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
};

describe('retention rules', () => {
  it('creates a rule with every field, its words and no warnings', async () => {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', logs);
    expect(rule).toMatchObject({
      ...logs,
      duration: 'P30D',
      revision: 1,
      warnings: [],
      usedBy: { activities: 0, services: 0 },
      summary: {
        sv: 'Rensas 30 dagar efter att uppgifterna skapats och 7 dagar därefter ur säkerhetskopiorna',
        en: 'Deleted 30 days after the data was created, and from backups 7 days later',
      },
    });
    expect(await ok(core, 'retentionRules.get', { id: rule.id })).toEqual(rule);
  });

  it('lists rules in Swedish order of their names', async () => {
    const { core } = await coreWithRegister();
    for (const nameSv of ['Supportärenden', 'Ärendebilagor', 'Bokföring', 'Loggfiler'])
      await ok(core, 'retentionRules.create', { ...logs, nameSv });
    // With the requests' rule every register starts with (migration 9).
    expect((await ok(core, 'retentionRules.list', {})).map((r) => r.nameSv)).toEqual([
      'Begäranden från registrerade',
      'Bokföring',
      'Loggfiler',
      'Supportärenden',
      'Ärendebilagor',
    ]);
  });

  it('validates with field paths: name, durations, event for an event anchor', async () => {
    const { core } = await coreWithRegister();
    const bad = await call(core, 'retentionRules.create', { ...logs, nameSv: '', duration: '7 år', backupLag: 'P' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const byPath = Object.fromEntries(bad.error.issues!.map((i) => [i.path.join('.'), i.message]));
      expect(byPath).toEqual({ nameSv: 'v.required', duration: 'v.duration', backupLag: 'v.duration' });
    }
    const noEvent = await call(core, 'retentionRules.create', { ...logs, anchorKind: 'event', anchorEvent: null });
    expect(noEvent.ok || noEvent.error.issues).toEqual([{ path: ['anchorEvent'], message: 'v.required' }]);
  });

  it('drops an event that does not belong to the anchor', async () => {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', { ...logs, anchorKind: 'created', anchorEvent: 'ticket_closed' });
    expect(rule.anchorEvent).toBeNull();
  });

  it('warns, with a message in both languages, when the duration is below the legal minimum', async () => {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', { ...bookkeeping, duration: 'P5Y' });
    expect(rule.warnings).toEqual(['w.retention.belowLegalMinimum']);
    expect(formatMessage(rule.warnings[0]!, 'sv')).toMatch(/kortare än den minsta tid som lagen kräver/);
    const fixed = await ok(core, 'retentionRules.update', { id: rule.id, revision: rule.revision, fields: bookkeeping });
    expect(fixed.warnings).toEqual([]);
    expect(fixed.summary.sv).toBe(
      'Sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades och rensas därefter',
    );
  });

  it('describes unsaved fields, with no register needed', async () => {
    const { core } = await coreWithRegister();
    const words = await ok(core, 'retentionRules.describe', {
      ...logs,
      anchorKind: 'event',
      anchorEvent: 'contract_ended',
      duration: 'P1Y',
      backupLag: null,
    });
    expect(words).toEqual({ sv: 'Rensas ett år efter avslutat avtal', en: 'Deleted one year after the contract ended', warnings: [] });
    await ok(core, 'register.close', {});
    expect((await ok(core, 'retentionRules.describe', bookkeeping)).warnings).toEqual([]);
  });

  it('refuses a stale update with CONFLICT and the current rule', async () => {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', logs);
    await ok(core, 'retentionRules.update', { id: rule.id, revision: rule.revision, fields: { ...logs, duration: 'P90D' } });
    const stale = await call(core, 'retentionRules.update', {
      id: rule.id,
      revision: rule.revision,
      fields: { ...logs, duration: 'P60D' },
    });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('CONFLICT');
    expect((stale.error.details as { current: { duration: string } }).current.duration).toBe('P90D');
  });

  it('counts activities and services using a rule and refuses delete while used', async () => {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', logs);
    const personal = (await ok(core, 'vocabularies.list', { kind: 'personal_data' })).find((t) => t.code === 'log_data')!;
    await ok(core, 'activities.create', {
      ...blankActivity,
      personalDataTermIds: [personal.id],
      retention: [
        { termId: null, retentionRuleId: rule.id },
        { termId: personal.id, retentionRuleId: rule.id },
      ],
    });
    await ok(core, 'services.create', { ...blankService, retentionRuleId: rule.id });
    const used = await ok(core, 'retentionRules.get', { id: rule.id });
    expect(used.usedBy).toEqual({ activities: 1, services: 1 });
    const refused = await call(core, 'retentionRules.delete', { id: rule.id, revision: used.revision });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('IN_USE');
      expect(refused.error.details).toMatchObject({ messageKey: 'e.inUse.retentionRule', params: { activities: 1, services: 1 } });
    }

    const unused = await ok(core, 'retentionRules.create', bookkeeping);
    expect(await ok(core, 'retentionRules.delete', { id: unused.id, revision: unused.revision })).toEqual({ id: unused.id });
    const gone = await call(core, 'retentionRules.get', { id: unused.id });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');
  });

  it('gives other features a rule with its words and checks that ids exist', () => {
    const retention = newSession().use(retentionService);
    const rule = retention.create(retentionRuleFields.parse(logs));
    expect(retention.get(rule.id).summary.en).toBe('Deleted 30 days after the data was created, and from backups 7 days later');
    expect(() => retention.assertExist([rule.id], ['retentionRuleId'])).not.toThrow();
    expect(() => retention.assertExist([rule.id + 1], ['retentionRuleId'])).toThrow(
      expect.objectContaining({ issues: [{ path: ['retentionRuleId'], message: 'v.unknownReference', params: { id: rule.id + 1 } }] }),
    );
    expect(
      retention.describe(
        retentionRuleFields.parse({ ...logs, duration: 'P3Y', anchorKind: 'event', anchorEvent: 'ticket_closed', backupLag: null }),
      ).sv,
    ).toBe('Rensas tre år efter att ärendet stängts');
  });
});
