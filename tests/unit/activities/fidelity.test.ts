import { describe, expect, it } from 'vitest';
import { emptyPurpose, type ActivityFields } from '../../../shared/contract';
import { call, coreWithRegister, ok } from '../helpers';
import { draftActivity } from './fixtures';

// Issue 14: "no recipients" is an answer of its own, English beside the Swedish, a purpose split
// over several legal bases.

const issuesOf = (result: { ok: boolean; error?: { code: string; issues?: { path: (string | number)[]; message: string }[] } }) => {
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe('INVALID_INPUT');
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
};

const missingFields = (a: { completeness: { missing: { field: string }[] } }) => a.completeness.missing.map((m) => m.field);

/** A purpose under consent for traffic data and legitimate interests for user data. */
const splitPurpose: ActivityFields['purposes'][number] = {
  ...emptyPurpose,
  description: 'Analysera hur webbplatsen används',
  descriptionEn: 'Analyse how the website is used',
  legalBasis: 'consent',
  legalBasisDetail: 'Samtycke via cookiebannern',
  legalBasisDetailEn: 'Consent through the cookie banner',
  basisScopeSv: 'trafikdata',
  basisScopeEn: 'traffic data',
  liaText: 'Vi behöver veta hur inloggade användare hittar i tjänsten; uppgifterna är få och pseudonyma.',
  liaTextEn: 'We need to know how signed-in users find their way; the data is sparse and pseudonymous.',
  moreBases: [{ legalBasis: 'legitimate_interests', scopeSv: 'användardata', scopeEn: 'user data', detail: '' }],
};

describe('recipients: an explicit answer', () => {
  it('an empty list without the answer is incomplete; "no recipients" answers it', async () => {
    const { core } = await coreWithRegister();
    const unanswered = await ok(core, 'activities.create', draftActivity('Webbanalys'));
    expect(unanswered.noRecipients).toBe(false);
    expect(missingFields(unanswered)).toContain('recipients');

    const none = await ok(core, 'activities.update', {
      id: unanswered.id,
      revision: unanswered.revision,
      fields: draftActivity('Webbanalys', { noRecipients: true }),
    });
    expect(none.noRecipients).toBe(true);
    expect(none.recipients).toEqual([]);
    expect(missingFields(none)).not.toContain('recipients');
    expect((await ok(core, 'activities.get', { id: none.id })).noRecipients).toBe(true);
  });

  it('refuses "no recipients" beside a list of recipients, at the field', async () => {
    const { core } = await coreWithRegister();
    const result = await call(
      core,
      'activities.create',
      draftActivity('Lön', {
        noRecipients: true,
        recipients: [{ kind: 'external', termId: null, subprocessorId: null, name: 'Skatteverket' }],
      }),
    );
    expect(issuesOf(result)).toEqual({ noRecipients: 'v.activity.noRecipientsWithList' });
    expect((await ok(core, 'activities.list', {})).items).toHaveLength(0);
  });
});

describe('English variants and several legal bases', () => {
  it('saves and reads back the English texts and each further basis with its scope', async () => {
    const { core } = await coreWithRegister();
    const a = await ok(
      core,
      'activities.create',
      draftActivity('Webbanalys', { nameEn: 'Web analytics', descriptionEn: 'Statistics on visits', purposes: [splitPurpose] }),
    );
    expect(a).toMatchObject({ name: 'Webbanalys', nameEn: 'Web analytics', descriptionEn: 'Statistics on visits' });
    expect(a.purposes.map(({ id: _id, ...p }) => p)).toEqual([splitPurpose]);
    // The list shows every basis a purpose rests on.
    const [summary] = (await ok(core, 'activities.list', {})).items;
    expect(summary).toMatchObject({ nameEn: 'Web analytics', legalBases: ['consent', 'legitimate_interests'] });
  });

  it('finds an activity by its English name or purpose', async () => {
    const { core } = await coreWithRegister();
    await ok(core, 'activities.create', draftActivity('Webbanalys', { nameEn: 'Web analytics', purposes: [splitPurpose] }));
    await ok(core, 'activities.create', draftActivity('Lön'));
    expect((await ok(core, 'activities.list', { query: 'analytics' })).items.map((i) => i.name)).toEqual(['Webbanalys']);
    expect((await ok(core, 'activities.list', { query: 'how the website' })).items.map((i) => i.name)).toEqual(['Webbanalys']);
  });

  it('a copy keeps the English texts and the further bases', async () => {
    const { core } = await coreWithRegister();
    const a = await ok(core, 'activities.create', draftActivity('Webbanalys', { nameEn: 'Web analytics', purposes: [splitPurpose] }));
    const copy = await ok(core, 'activities.duplicate', { id: a.id });
    expect(copy.nameEn).toBe('Web analytics');
    expect(copy.purposes.map(({ id: _id, ...p }) => p)).toEqual([splitPurpose]);
  });

  it('a further basis needs its scope; at most five further bases', async () => {
    const { core } = await coreWithRegister();
    const noScope = { ...splitPurpose, moreBases: [{ legalBasis: 'contract' as const, scopeSv: ' ', scopeEn: '', detail: '' }] };
    expect(issuesOf(await call(core, 'activities.create', draftActivity('A', { purposes: [noScope] })))).toEqual({
      'purposes.0.moreBases.0.scopeSv': 'v.required',
    });
    const six = { ...splitPurpose, moreBases: Array.from({ length: 6 }, () => splitPurpose.moreBases![0]!) };
    expect(issuesOf(await call(core, 'activities.create', draftActivity('A', { purposes: [six] })))).toEqual({
      'purposes.0.moreBases': 'v.tooMany',
    });
  });

  it('completeness: the main scope, the statute of a further legal obligation, the assessment of a further legitimate interest', async () => {
    const { core } = await coreWithRegister();
    const purpose: ActivityFields['purposes'][number] = {
      ...emptyPurpose,
      description: 'Fakturera kunder',
      legalBasis: 'contract',
      moreBases: [
        { legalBasis: 'legal_obligation', scopeSv: 'verifikationer', scopeEn: '', detail: '' },
        { legalBasis: 'legitimate_interests', scopeSv: 'påminnelser', scopeEn: '', detail: '' },
      ],
    };
    const a = await ok(core, 'activities.create', draftActivity('Fakturering', { purposes: [purpose] }));
    expect(a.completeness.missing.filter((m) => m.field.startsWith('purposes.'))).toEqual([
      { field: 'purposes.0.liaText', message: 'c.liaText' },
      { field: 'purposes.0.basisScopeSv', message: 'c.basisScope' },
      { field: 'purposes.0.moreBases.0.detail', message: 'c.legalBasisDetail' },
    ]);
    const fixed = await ok(core, 'activities.update', {
      id: a.id,
      revision: a.revision,
      fields: draftActivity('Fakturering', {
        purposes: [
          {
            ...purpose,
            basisScopeSv: 'kunduppgifter',
            liaText: 'Påminnelser är väntade av kunden.',
            moreBases: [{ ...purpose.moreBases![0]!, detail: 'bokföringslagen (1999:1078)' }, purpose.moreBases![1]!],
          },
        ],
      }),
    });
    expect(fixed.completeness.missing.filter((m) => m.field.startsWith('purposes.'))).toEqual([]);
  });

  it('older callers without the new fields still save (English empty, no further bases, recipients unanswered)', async () => {
    const { core } = await coreWithRegister();
    const { nameEn: _n, descriptionEn: _d, noRecipients: _r, ...older } = draftActivity('Lön');
    const a = await ok(core, 'activities.create', {
      ...older,
      purposes: [{ description: 'Betala ut lön', legalBasis: 'contract', legalBasisDetail: '', liaText: '' }],
    });
    expect(a.purposes[0]).toMatchObject({ descriptionEn: '', basisScopeSv: '', moreBases: [] });
    expect(a).toMatchObject({ nameEn: '', descriptionEn: '', noRecipients: false });
  });
});
