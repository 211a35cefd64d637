import { describe, expect, it } from 'vitest';
import { activityCompleteness, scoreOf, type CompletenessInput } from '../../../electron/core/activities/completeness';
import { formatMessage } from '../../../shared/messages';

/** An activity with every mandatory field filled in. */
const complete: CompletenessInput = {
  name: 'Kundregister',
  role: 'controller',
  jointControllers: '',
  owner: 'Anna Ek, VD',
  purposes: [{ description: 'Administrera kundavtal', legalBasis: 'contract', legalBasisDetail: '', liaText: '' }],
  dataSubjectTermIds: [1],
  personalDataTerms: [{ id: 12, flag: 'none' }],
  specialCategories: [],
  art9Conditions: [],
  criminalData: false,
  art10Basis: null,
  personnummer: false,
  pnrJustification: null,
  recipients: [{ kind: 'internal' }],
  transfers: [],
  retention: [{ termId: null, retentionRuleId: 1 }],
  measureIds: [3],
  securitySummary: '',
  dpiaStatus: 'not_needed',
  nextReviewAt: '2027-06-01',
};

const missingOf = (a: CompletenessInput) => activityCompleteness(a).missing;
const fields = (a: CompletenessInput) => missingOf(a).map((m) => m.field);

describe('activity completeness (Art. 30(1))', () => {
  it('a complete activity scores 100 with nothing missing', () => {
    expect(activityCompleteness(complete)).toEqual({ score: 100, missing: [] });
  });

  it('an empty draft lists every mandatory field, each with a message in both languages', () => {
    const draft: CompletenessInput = {
      ...complete,
      owner: '',
      purposes: [],
      dataSubjectTermIds: [],
      personalDataTerms: [],
      recipients: [],
      retention: [],
      measureIds: [],
      dpiaStatus: 'screening_pending',
      nextReviewAt: null,
    };
    const result = activityCompleteness(draft);
    expect(result.missing.map((m) => m.message)).toEqual([
      'c.purposes',
      'c.dataSubjects',
      'c.personalData',
      'c.recipients',
      'c.retention',
      'c.security',
      'c.dpiaScreening',
      'c.owner',
      'c.nextReview',
    ]);
    // Only the name is there: 1 of 10 checks.
    expect(result.score).toBe(10);
    for (const m of result.missing) {
      expect(formatMessage(m.message, 'sv')).not.toBe(m.message);
      expect(formatMessage(m.message, 'en')).not.toBe(m.message);
    }
    expect(formatMessage('c.purposes', 'sv')).toBe('Ändamål saknas.');
  });

  it('legal basis f without assessment text is incomplete', () => {
    const lia: CompletenessInput = {
      ...complete,
      purposes: [
        complete.purposes[0]!,
        {
          description: 'Skicka nyhetsbrev till befintliga kunder',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: '  ',
        },
      ],
    };
    expect(missingOf(lia)).toEqual([{ field: 'purposes.1.liaText', message: 'c.liaText' }]);
    expect(activityCompleteness(lia).score).toBeLessThan(100);
    expect(formatMessage('c.liaText', 'sv')).toBe('Intresseavvägning saknas för berättigat intresse.');
    const withLia = { ...lia, purposes: [lia.purposes[0]!, { ...lia.purposes[1]!, liaText: 'Kundernas intresse väger inte tyngre …' }] };
    expect(activityCompleteness(withLia).score).toBe(100);
  });

  it('a legal obligation or public task needs the statute', () => {
    const bfl: CompletenessInput = {
      ...complete,
      purposes: [{ description: 'Bokföring', legalBasis: 'legal_obligation', legalBasisDetail: '', liaText: '' }],
    };
    expect(fields(bfl)).toEqual(['purposes.0.legalBasisDetail']);
    expect(fields({ ...bfl, purposes: [{ ...bfl.purposes[0]!, legalBasisDetail: 'BFL 7 kap.' }] })).toEqual([]);
    expect(fields({ ...bfl, purposes: [{ ...bfl.purposes[0]!, legalBasis: 'public_task' }] })).toEqual(['purposes.0.legalBasisDetail']);
  });

  it('special categories without an Art. 9 condition are incomplete, whether ticked or from a flagged term', () => {
    expect(fields({ ...complete, specialCategories: ['health'] })).toEqual(['art9Conditions']);
    expect(
      fields({
        ...complete,
        personalDataTerms: [
          { id: 12, flag: 'none' },
          { id: 14, flag: 'special' },
        ],
      }),
    ).toEqual(['art9Conditions']);
    expect(fields({ ...complete, specialCategories: ['health'], art9Conditions: ['employment_social_security'] })).toEqual([]);
  });

  it('criminal-offence data needs an Art. 10 basis; personnummer needs a justification', () => {
    expect(fields({ ...complete, criminalData: true })).toEqual(['art10Basis']);
    expect(fields({ ...complete, personalDataTerms: [{ id: 15, flag: 'criminal' }] })).toEqual(['art10Basis']);
    expect(fields({ ...complete, criminalData: true, art10Basis: 'legal_obligation_statute' })).toEqual([]);
    expect(fields({ ...complete, personnummer: true })).toEqual(['pnrJustification']);
    expect(fields({ ...complete, personalDataTerms: [{ id: 2, flag: 'personnummer' }] })).toEqual(['pnrJustification']);
    expect(fields({ ...complete, personnummer: true, pnrJustification: 'clearly_justified_secure_id' })).toEqual([]);
  });

  it('third-country transfers need a fitting tool, and an Art. 49 derogation its documented safeguards', () => {
    const t = (country: string, mechanism: CompletenessInput['transfers'][number]['mechanism'], safeguards = '') => ({
      ...complete,
      transfers: [{ country, mechanism, safeguards }],
    });
    expect(fields(t('DE', 'none_eea'))).toEqual([]);
    expect(missingOf(t('US', 'none_eea'))).toEqual([{ field: 'transfers.0.mechanism', message: 'c.transferMechanism' }]);
    expect(missingOf(t('US', 'adequacy'))).toEqual([{ field: 'transfers.0.mechanism', message: 'c.transferNoAdequacy' }]);
    expect(missingOf(t('IN', 'adequacy'))).toEqual([{ field: 'transfers.0.mechanism', message: 'c.transferNoAdequacy' }]);
    expect(fields(t('US', 'adequacy_us_dpf'))).toEqual([]);
    expect(fields(t('GB', 'adequacy'))).toEqual([]);
    expect(fields(t('IN', 'scc_2021_914'))).toEqual([]);
    expect(fields(t('IN', 'derogation_art49'))).toEqual(['transfers.0.safeguards']);
    expect(fields(t('IN', 'derogation_art49', 'Enstaka överföring, IMY informerad'))).toEqual([]);
  });

  it('security is satisfied by linked measures or a written summary; joint controllers must be named', () => {
    expect(fields({ ...complete, measureIds: [], securitySummary: 'Behörighetsstyrning, MFA, kryptering' })).toEqual([]);
    expect(fields({ ...complete, measureIds: [], securitySummary: ' ' })).toEqual(['measureIds']);
    expect(fields({ ...complete, role: 'joint_controller' })).toEqual(['jointControllers']);
    expect(fields({ ...complete, role: 'joint_controller', jointControllers: 'Kund AB (art. 26-avtal)' })).toEqual([]);
  });

  it('recipients: an empty list is unanswered unless "no recipients" was chosen', () => {
    expect(fields({ ...complete, recipients: [] })).toEqual(['recipients']);
    expect(fields({ ...complete, recipients: [], noRecipients: true })).toEqual([]);
    expect(formatMessage('c.recipients', 'sv')).toContain('Inga mottagare');
  });

  it('several legal bases: the main scope, a statute for each legal obligation, one assessment for any legitimate interest', () => {
    const purpose = complete.purposes[0]!;
    const more = (legalBasis: 'legal_obligation' | 'legitimate_interests', detail = '') => ({ legalBasis, scopeSv: 'del', detail });
    expect(fields({ ...complete, purposes: [{ ...purpose, moreBases: [more('legal_obligation')] }] })).toEqual([
      'purposes.0.basisScopeSv',
      'purposes.0.moreBases.0.detail',
    ]);
    expect(
      fields({ ...complete, purposes: [{ ...purpose, basisScopeSv: 'kunddata', moreBases: [more('legitimate_interests')] }] }),
    ).toEqual(['purposes.0.liaText']);
    expect(
      fields({
        ...complete,
        purposes: [{ ...purpose, basisScopeSv: 'kunddata', liaText: 'Avvägd.', moreBases: [more('legal_obligation', 'BFL')] }],
      }),
    ).toEqual([]);
  });

  it('scores one decimal, rounded down so that anything missing never shows 100', () => {
    expect(scoreOf(2, 3)).toBe(66.6);
    expect(scoreOf(199, 200)).toBe(99.5);
    expect(scoreOf(999, 1000)).toBe(99.9);
    expect(scoreOf(0, 0)).toBe(100);
  });
});
