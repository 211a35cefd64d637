// The attention list's items about the register's own upkeep (issue 17): retention due on the
// register's own records and the legal holds that keep them, sub-processors' transfers and
// agreements, the organisation profile and the privacy notice. Each item shows while its facts
// hold, with its severity, day, texts in both languages and where it is fixed, and goes once the
// user has done what it asks. The tests' day is FIXED_NOW, Sunday 22 November 2026.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { fixPath } from '../../../renderer/app/fixPath';
import {
  emptyRetentionRule,
  emptyService,
  emptySubprocessor,
  type AttentionItem,
  type AttentionKind,
  type Organisation,
  type SubprocessorFields,
} from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { fullActivity, seedRefs } from '../activities/fixtures';
import { addDevice, addSite, customerInput } from '../purge/fixtures';
import { coreWithRegister, ok, testCore } from '../helpers';

/** The active items of some kinds, on the tests' fixed day, a year ahead. */
async function items(core: Core, kinds: AttentionKind[], lang: Language = 'sv', horizonDays = 366): Promise<AttentionItem[]> {
  return (await ok(core, 'attention.list', { kinds, lang, horizonDays })).items;
}

async function item(core: Core, key: string, lang: Language = 'sv'): Promise<AttentionItem | undefined> {
  const kind = key.slice(0, key.indexOf(':')) as AttentionKind;
  return (await items(core, [kind], lang)).find((i) => i.key === key);
}

const ended = (contractEnd: string) => ({ status: 'ended' as const, contractStart: '2020-01-01', contractEnd });

describe('purge.due and legalHold.review', () => {
  /**
   * CMDB purges sites and devices a year after the contract ended:
   * - Gamla Tryckeriet AB ended 2025-10-01: its site and two devices were due 2026-10-01
   * - Sommarkunden AB ended 2025-12-10: its device falls due 2026-12-10, the rule's next day
   * - Sena Kunden AB ended 2025-12-20: its device falls due after that, on no item of its own
   */
  async function register() {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', {
      ...emptyRetentionRule,
      nameSv: 'CMDB',
      nameEn: 'Asset register',
      appliesTo: ['site', 'equipment'],
    });
    const old = await ok(core, 'customers.create', customerInput('Gamla Tryckeriet AB', ended('2025-10-01')));
    const site = await addSite(core, old.id, 'Tryckeriet, källaren');
    await addDevice(core, old.id, site.id, { hostname: 'tryck-srv01' });
    await addDevice(core, old.id, site.id, { hostname: 'tryck-nas' });
    const summer = await ok(core, 'customers.create', customerInput('Sommarkunden AB', ended('2025-12-10')));
    await addDevice(core, summer.id, null, { hostname: 'sommar-fw' });
    const late = await ok(core, 'customers.create', customerInput('Sena Kunden AB', ended('2025-12-20')));
    await addDevice(core, late.id, null, { hostname: 'sena-srv' });
    return { core, rule, old, summer };
  }

  it('groups what is due by rule, one item for all that is due and one for the next day, never one per record', async () => {
    const { core, rule } = await register();
    const list = await items(core, ['purge.due']);
    expect(list.map((i) => i.key)).toEqual([`purge.due:rule:${rule.id}`, `purge.due:rule:${rule.id}:next`]);

    const due = list[0]!;
    expect(due).toMatchObject({
      severity: 'overdue',
      dueOn: '2026-10-01',
      subject: 'CMDB',
      fix: { kind: 'retentionRule', id: rule.id, field: 'purgeList' },
    });
    expect(due.text).toBe(
      '3 poster (1 kundplats och 2 enheter) ska raderas enligt regeln CMDB, sedan 2026-10-01. ' +
        'Uppgifterna ska inte sparas längre än regeln säger. Genomför gallringen i listan Att gallra.',
    );
    // "Åtgärda" opens the purge list, the retention page's tab "Att gallra".
    expect(fixPath(due.fix)).toBe('/gallring?flik=att-gallra');

    const next = list[1]!;
    expect(next).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-10', fix: due.fix });
    expect(next.text).toBe('1 enhet ska raderas enligt regeln CMDB den 2026-12-10. Genomför gallringen i listan Att gallra.');

    const [dueEn, nextEn] = await items(core, ['purge.due'], 'en');
    expect(dueEn).toMatchObject({ key: due.key, subject: 'Asset register' });
    expect(dueEn!.text).toBe(
      '3 records (1 site and 2 devices) are due to be deleted under the rule Asset register, since 2026-10-01. ' +
        'The data is not to be kept longer than the rule says. Carry out the purge on the list Due for purging.',
    );
    expect(nextEn!.text).toBe(
      '1 device is due to be deleted under the rule Asset register on 2026-12-10. Carry out the purge on the list Due for purging.',
    );

    // The next day is within the default 30 days; the list of the next 10 days leaves it out.
    expect((await ok(core, 'attention.list', { kinds: ['purge.due'], horizonDays: 10 })).items.map((i) => i.key)).toEqual([due.key]);

    // Purged: what was due is gone, what comes next stays.
    await ok(core, 'purge.run', { on: '2026-11-22' });
    expect((await items(core, ['purge.due'])).map((i) => i.key)).toEqual([next.key]);
  });

  it('says a rule done by hand is gone through by hand', async () => {
    const { core } = await coreWithRegister();
    const rule = await ok(core, 'retentionRules.create', {
      ...emptyRetentionRule,
      nameSv: 'Kundplatser',
      action: 'review',
      appliesTo: ['site'],
    });
    const old = await ok(core, 'customers.create', customerInput('Gamla Tryckeriet AB', ended('2025-10-01')));
    await addSite(core, old.id, 'Källaren');
    await addSite(core, old.id, 'Kontoret');
    expect(await item(core, `purge.due:rule:${rule.id}`)).toMatchObject({
      severity: 'overdue',
      text:
        '2 kundplatser ska gås igenom enligt regeln Kundplatser, sedan 2026-10-01. Uppgifterna ska inte sparas längre än regeln säger. ' +
        'Det görs för hand: gå igenom posterna i listan Att gallra.',
    });
    expect((await item(core, `purge.due:rule:${rule.id}`, 'en'))!.text).toBe(
      '2 sites are due to be reviewed under the rule Kundplatser, since 2026-10-01. The data is not to be kept longer than the rule says. ' +
        'This is done by hand: go through the records on the list Due for purging.',
    );
  });

  it('moves what a legal hold keeps from the purge items to a review of the hold, until the hold is released', async () => {
    const { core, rule, old, summer } = await register();
    const dispute = await ok(core, 'legalHolds.create', { customerId: old.id, ruleId: null, reason: 'Tvist om fakturor, mål T 123-26' });
    const coming = await ok(core, 'legalHolds.create', { customerId: summer.id, ruleId: null, reason: 'Incidentutredning' });

    // What is held is no purge item: what is due now is held, and the next day is the unheld device's.
    expect((await items(core, ['purge.due'])).map((i) => [i.key, i.dueOn])).toEqual([[`purge.due:rule:${rule.id}:next`, '2026-12-20']]);

    const held = await item(core, `legalHold.review:legalHold:${dispute.id}`);
    expect(held).toMatchObject({
      severity: 'overdue',
      dueOn: '2026-10-01',
      subject: 'Gamla Tryckeriet AB',
      fix: { kind: 'legalHold', id: dispute.id, field: null },
    });
    expect(held!.text).toBe(
      'Spärren ”Tvist om fakturor, mål T 123-26” håller kvar 3 poster (1 kundplats och 2 enheter) som annars skulle ha gallrats, från 2026-10-01. ' +
        'Se över om uppgifterna fortfarande behövs och häv spärren när de inte gör det.',
    );
    expect(fixPath(held!.fix)).toBe('/gallring?flik=sparrar');
    expect((await item(core, held!.key, 'en'))!.text).toBe(
      'The hold “Tvist om fakturor, mål T 123-26” keeps 3 records (1 site and 2 devices) that would otherwise have been purged, from 2026-10-01. ' +
        'Check whether the data is still needed and release the hold when it is not.',
    );

    // A hold that keeps nothing yet is due on the day it starts to.
    const soon = await item(core, `legalHold.review:legalHold:${coming.id}`);
    expect(soon).toMatchObject({ severity: 'dueSoon', dueOn: '2026-12-10', subject: 'Sommarkunden AB' });
    expect(soon!.text).toBe(
      'Spärren ”Incidentutredning” håller från 2026-12-10 kvar 1 enhet som annars skulle gallras då. ' +
        'Se över om uppgifterna fortfarande behövs och häv spärren när de inte gör det.',
    );
    expect((await item(core, soon!.key, 'en'))!.text).toBe(
      'From 2026-12-10 the hold “Incidentutredning” keeps 1 device that would otherwise be purged then. ' +
        'Check whether the data is still needed and release the hold when it is not.',
    );

    // Released: the hold's item goes and the records are due for purging again.
    await ok(core, 'legalHolds.release', { id: dispute.id, revision: dispute.revision });
    expect((await items(core, ['legalHold.review'])).map((i) => i.key)).toEqual([soon!.key]);
    expect((await items(core, ['purge.due'])).map((i) => [i.key, i.dueOn])).toEqual([
      [`purge.due:rule:${rule.id}`, '2026-10-01'],
      [`purge.due:rule:${rule.id}:next`, '2026-12-20'],
    ]);
  });
});

describe('subprocessor.transfer and subprocessor.agreementMissing', () => {
  const place = (country: string): Partial<SubprocessorFields> => ({ locationKind: 'country', country });
  const sub = (core: Core, name: string, fields: Partial<SubprocessorFields>) =>
    ok(core, 'subprocessors.create', { ...emptySubprocessor, name, agreementDate: '2024-01-01', ...fields });

  it.each([
    {
      name: 'an adequacy decision for a country that has none',
      fields: { ...place('IN'), transferMechanism: 'adequacy' as const },
      sv: 'Överföringen anges bygga på ett beslut om adekvat skyddsnivå, men Indien har inget sådant beslut. Ange den mekanism som faktiskt används, till exempel standardavtalsklausuler.',
      en: 'The transfer is recorded as resting on an adequacy decision, but there is none for the place of processing (India). Record the mechanism actually used, for example standard contractual clauses.',
    },
    {
      name: 'the adequacy decision for the US without the Data Privacy Framework',
      fields: { ...place('US'), transferMechanism: 'adequacy' as const },
      sv: 'För USA gäller beslutet om adekvat skyddsnivå bara mottagare som är certifierade enligt EU–US Data Privacy Framework. Ange ”EU–US Data Privacy Framework” om mottagaren är certifierad, annars den mekanism som används, till exempel standardavtalsklausuler.',
      en: 'For the US the adequacy decision covers only recipients certified under the EU–US Data Privacy Framework. Record “EU–US Data Privacy Framework” if the recipient is certified, otherwise the mechanism used, for example standard contractual clauses.',
    },
    {
      name: 'the Data Privacy Framework for a place that is not the US',
      fields: { ...place('GB'), transferMechanism: 'adequacy_us_dpf' as const },
      sv: 'EU–US Data Privacy Framework gäller bara mottagare i USA, men uppgifterna behandlas i Storbritannien. Ange rätt plats, eller den mekanism som används där.',
      en: 'The EU–US Data Privacy Framework applies only to recipients in the US, but the place of processing is another (United Kingdom). Record the right place, or the mechanism used there.',
    },
    {
      name: 'an adequacy decision for a region outside the EU/EEA',
      fields: {
        locationKind: 'region' as const,
        regionName: 'Asien och Stillahavsområdet',
        regionInEea: false,
        transferMechanism: 'adequacy' as const,
      },
      sv: 'Överföringen anges bygga på ett beslut om adekvat skyddsnivå, men regionen Asien och Stillahavsområdet har inget sådant beslut. Ange den mekanism som faktiskt används, till exempel standardavtalsklausuler.',
      en: 'The transfer is recorded as resting on an adequacy decision, but there is none for the place of processing (the region Asien och Stillahavsområdet). Record the mechanism actually used, for example standard contractual clauses.',
    },
  ])('flags $name, and goes once a mechanism that fits is recorded', async ({ fields, sv, en }) => {
    const { core } = await coreWithRegister();
    const s = await sub(core, 'Molnbolaget Ltd', fields);
    const key = `subprocessor.transfer:subprocessor:${s.id}`;
    expect(await item(core, key)).toMatchObject({
      severity: 'toFix',
      dueOn: null,
      subject: 'Molnbolaget Ltd',
      text: sv,
      fix: { kind: 'subprocessor', id: s.id, field: 'transferMechanism' },
    });
    expect((await item(core, key, 'en'))!.text).toBe(en);
    expect(fixPath((await item(core, key))!.fix)).toBe(`/underbitraden/${s.id}?falt=transferMechanism`);

    await ok(core, 'subprocessors.update', {
      id: s.id,
      revision: s.revision,
      fields: { ...emptySubprocessor, ...s, transferMechanism: 'scc_2021_914', sccModule: 'P2P' },
    });
    expect(await items(core, ['subprocessor.transfer'])).toEqual([]);
  });

  it('leaves alone places with a mechanism that holds there, and sub-processors no longer used', async () => {
    const { core } = await coreWithRegister();
    await sub(core, 'Svensk drift AB', place('SE'));
    await sub(core, 'Schweizisk backup AG', { ...place('CH'), transferMechanism: 'adequacy' });
    await sub(core, 'Amerikansk e-post Inc', { ...place('US'), transferMechanism: 'adequacy_us_dpf' });
    await sub(core, 'Indisk support Pvt Ltd', { ...place('IN'), transferMechanism: 'scc_2021_914', sccModule: 'P2P' });
    await sub(core, 'Gammal leverantör Ltd', { ...place('IN'), transferMechanism: 'adequacy', status: 'terminated' });
    expect(await items(core, ['subprocessor.transfer'])).toEqual([]);
  });

  it('flags a sub-processor a service uses without our agreement with it, and goes once the agreement is recorded', async () => {
    const { core } = await coreWithRegister();
    const used = await sub(core, 'Backupbolaget AB', { ...place('SE'), agreementDate: null });
    await sub(core, 'Oanvänd AB', { ...place('SE'), agreementDate: null });
    await ok(core, 'services.create', { ...emptyService, name: 'Backup', subprocessorIds: [used.id] });

    const list = await items(core, ['subprocessor.agreementMissing']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      key: `subprocessor.agreementMissing:subprocessor:${used.id}`,
      severity: 'toFix',
      dueOn: null,
      subject: 'Backupbolaget AB',
      fix: { kind: 'subprocessor', id: used.id, field: 'agreementDate' },
    });
    expect(list[0]!.text).toBe(
      'Underbiträdet används av tjänsten Backup, men inget avtal med det är registrerat. ' +
        'Artikel 28.4 kräver ett avtal med samma dataskyddsskyldigheter som i kundavtalen. Ange avtalsdatumet när avtalet finns.',
    );
    expect((await items(core, ['subprocessor.agreementMissing'], 'en'))[0]!.text).toBe(
      'The sub-processor is used by the service Backup, but no agreement with it is recorded. ' +
        'Article 28(4) requires a contract with the same data protection obligations as in the customer agreements. Enter the agreement date once it exists.',
    );

    await ok(core, 'subprocessors.update', {
      id: used.id,
      revision: used.revision,
      fields: { ...emptySubprocessor, ...used, agreementDate: '2026-11-20' },
    });
    expect(await items(core, ['subprocessor.agreementMissing'])).toEqual([]);
  });
});

describe('organisation.profile', () => {
  const update = (core: Core, org: Organisation, patch: Partial<Organisation>) => ok(core, 'organisation.update', { ...org, ...patch });

  it('names what a new register lacks in one item, and goes once the profile has it', async () => {
    const { core } = await coreWithRegister();
    const [profile] = await items(core, ['organisation.profile']);
    expect(profile).toMatchObject({
      key: 'organisation.profile:organisation',
      severity: 'toFix',
      dueOn: null,
      subject: 'Test AB',
      fix: { kind: 'organisation', id: null, field: 'orgNr' },
    });
    expect(profile!.text).toBe(
      'Organisationsprofilen saknar organisationsnummer, adress och e-postadress eller telefonnummer. ' +
        'Dokumenten hämtar dem härifrån: PUB-avtalen anger vem personuppgiftsbiträdet är, och integritetspolicyn, brev och incidentanmälningar talar om hur man når er.',
    );
    expect(fixPath(profile!.fix)).toBe('/organisation?falt=orgNr');
    expect((await items(core, ['organisation.profile'], 'en'))[0]!.text).toBe(
      'The organisation profile lacks company registration number, address and e-mail address or phone number. ' +
        'The documents take them from here: the data processing agreements say who the processor is, and the privacy notice, letters and breach notifications say how to reach you.',
    );

    let org = await update(core, await ok(core, 'organisation.get', {}), {
      orgNr: '556677-8899',
      address: { street: 'Storgatan 1', postalCode: '722 12', city: 'Västerås', country: 'Sverige' },
    });
    expect(await items(core, ['organisation.profile'])).toMatchObject([
      { fix: { field: 'email' }, text: expect.stringMatching(/^Organisationsprofilen saknar e-postadress eller telefonnummer\. /) },
    ]);
    // The data protection officer's e-mail is a way to reach us, as the letters and breach documents take it.
    org = await update(core, org, { dpo: { name: '', email: 'dataskydd@test.se', phone: '' } });
    expect(await items(core, ['organisation.profile'])).toEqual([]);

    // A DPO named without a way to reach them.
    org = await update(core, org, { email: 'info@test.se', dpo: { name: 'Karin Ödman', email: '', phone: '' } });
    expect(await items(core, ['organisation.profile'])).toMatchObject([
      {
        fix: { kind: 'organisation', id: null, field: 'dpo.email' },
        text: expect.stringMatching(/^Organisationsprofilen saknar dataskyddsombudets e-postadress eller telefonnummer\. /),
      },
    ]);
    await update(core, org, { dpo: { name: 'Karin Ödman', email: '', phone: '021-12 34 50' } });
    expect(await items(core, ['organisation.profile'])).toEqual([]);
  });
});

describe('privacyNotice.missing and privacyNotice.stale', () => {
  async function setNotice(core: Core, patch: { validFrom?: string | null; excludedActivityIds?: number[] }) {
    await ok(core, 'privacyNotice.update', { ...(await ok(core, 'privacyNotice.get', {})), ...patch });
  }

  it('says what stops the notice, then that none is issued, then that it is older than an activity it describes', async () => {
    const { core } = await coreWithRegister();
    const kinds: AttentionKind[] = ['privacyNotice.missing', 'privacyNotice.stale'];

    // A new register: no activity in the notice, and no way to reach us.
    const [blocked] = await items(core, kinds);
    expect(blocked).toMatchObject({
      key: 'privacyNotice.missing:privacyNotice',
      severity: 'toFix',
      dueOn: null,
      subject: 'Integritetspolicyn',
      fix: { kind: 'privacyNotice', id: null, field: 'excludedActivityIds' },
    });
    expect(blocked!.text).toBe(
      'Integritetspolicyn kan inte tas fram förrän 2 fel är rättade. Ingen behandling är med i integritetspolicyn. ' +
        'Den skulle då inte beskriva några ändamål eller rättsliga grunder. Välj behandlingar att ta med.',
    );
    expect((await items(core, kinds, 'en'))[0]).toMatchObject({
      subject: 'The privacy notice',
      text: expect.stringMatching(/^The privacy notice cannot be generated until 2 errors are fixed\. No processing activity is included/),
    });

    // An activity's error names the activity.
    const refs = await seedRefs(core);
    const activity = await ok(core, 'activities.create', { ...fullActivity(refs), noRecipients: false, recipients: [] });
    const org = await ok(core, 'organisation.get', {});
    await ok(core, 'organisation.update', { ...org, orgNr: '556677-8899', email: 'info@test.se' });
    expect(await items(core, kinds)).toMatchObject([
      {
        fix: { kind: 'activity', id: activity.id, field: 'recipients' },
        text: expect.stringMatching(
          /^Integritetspolicyn kan inte tas fram förrän ett fel är rättat\. Kund- och avtalsadministration: Det är inte angivet om uppgifterna lämnas till någon\./,
        ),
      },
    ]);
    await ok(core, 'activities.update', { id: activity.id, revision: activity.revision, fields: fullActivity(refs) });

    // Nothing stops it: it has no "Gäller från", so none has been issued from the register.
    const [unissued] = await items(core, kinds);
    expect(unissued).toMatchObject({
      key: 'privacyNotice.missing:privacyNotice',
      severity: 'toFix',
      fix: { kind: 'privacyNotice', id: null, field: 'validFrom' },
      text:
        'Integritetspolicyn har inget ”Gäller från”-datum, så registret visar inte att någon policy har getts ut. ' +
        'Ta fram policyn, publicera den och ange dagen då den börjar gälla.',
    });
    expect(fixPath(unissued!.fix)).toBe('/dokument?falt=validFrom');
    expect((await items(core, kinds, 'en'))[0]!.text).toBe(
      'The privacy notice has no “Valid from” date, so the register does not show that a notice has been issued. ' +
        'Generate the notice, publish it and enter the day it takes effect.',
    );

    // Issued today, after the activity's last change: nothing to do.
    await setNotice(core, { validFrom: '2026-11-22' });
    expect(await items(core, kinds)).toEqual([]);

    // Issued on 1 November: the activity changed since.
    await setNotice(core, { validFrom: '2026-11-01' });
    const [stale] = await items(core, kinds);
    expect(stale).toMatchObject({
      key: 'privacyNotice.stale:privacyNotice',
      severity: 'toFix',
      dueOn: null,
      subject: 'Integritetspolicyn',
      fix: { kind: 'privacyNotice', id: null, field: 'validFrom' },
      text:
        'Integritetspolicyn gäller från 2026-11-01, men behandlingen Kund- och avtalsadministration som den beskriver har ändrats sedan dess (senast 2026-11-22). ' +
        'Ta fram en ny policy, publicera den och ange dagen då den börjar gälla.',
    });
    expect((await items(core, kinds, 'en'))[0]!.text).toBe(
      'The privacy notice is valid from 2026-11-01, but the activity Kund- och avtalsadministration it describes has changed since then (last on 2026-11-22). ' +
        'Generate a new notice, publish it and enter the day it takes effect.',
    );

    const second = await ok(core, 'activities.create', { ...fullActivity(refs), refNo: 'PA-02', name: 'Personaladministration' });
    expect((await items(core, kinds)).map((i) => i.text)).toEqual([
      expect.stringMatching(/^Integritetspolicyn gäller från 2026-11-01, men 2 behandlingar som den beskriver har ändrats sedan dess/),
    ]);
    expect((await items(core, kinds, 'en'))[0]!.text).toMatch(
      /^The privacy notice is valid from 2026-11-01, but 2 activities it describes have changed/,
    );
    // An activity the notice leaves out does not make it stale.
    await setNotice(core, { excludedActivityIds: [second.id] });
    expect((await items(core, kinds)).map((i) => i.text)).toEqual([
      expect.stringContaining('men behandlingen Kund- och avtalsadministration'),
    ]);

    // Issued anew: nothing to do.
    await setNotice(core, { validFrom: '2026-11-22' });
    expect(await items(core, kinds)).toEqual([]);
  });
});

describe('the sample register', () => {
  it('holds its purge items and an unissued privacy notice, and a complete profile', async () => {
    const { core, dir } = testCore();
    await ok(core, 'register.openSample', { path: path.join(dir, 'exempel.forteckna') });
    const rules = await ok(core, 'retentionRules.list', {});
    const ruleId = (start: string) => rules.find((r) => r.nameSv.startsWith(start))!.id;
    const list = await items(core, [
      'purge.due',
      'legalHold.review',
      'organisation.profile',
      'privacyNotice.missing',
      'privacyNotice.stale',
    ]);
    expect(list.map((i) => [i.key, i.severity, i.dueOn])).toEqual([
      // The two ended customers' sites and devices, a year after their contracts ended.
      [`purge.due:rule:${ruleId('CMDB')}`, 'overdue', '2026-05-16'],
      // Their contact persons, two years after.
      [`purge.due:rule:${ruleId('Kunduppgifter')}:next`, 'dueSoon', '2027-05-16'],
      ['privacyNotice.missing:privacyNotice', 'toFix', null],
    ]);
    expect(list[0]!.text).toMatch(/^8 poster \(2 kundplatser och 6 enheter\) ska raderas enligt regeln CMDB/);
    expect(list[1]!.text).toMatch(/^1 kontaktperson ska raderas enligt regeln Kunduppgifter/);
    expect(list[2]!.fix).toEqual({ kind: 'privacyNotice', id: null, field: 'validFrom' });
  });
});
