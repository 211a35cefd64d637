import { describe, expect, it } from 'vitest';
import * as enums from '../../../shared/domain/enums';
import { countryName, countryOptions, enumLabel, enumOptions, labels } from '../../../shared/domain/labels';

describe('labels', () => {
  it('has a Swedish and an English label for every value of every enum', () => {
    const pairs: [keyof typeof labels, readonly string[]][] = [
      ['legalBasis', enums.LEGAL_BASES],
      ['specialCategory', enums.SPECIAL_CATEGORIES],
      ['art9Condition', enums.ART9_CONDITIONS],
      ['art10Basis', enums.ART10_BASES],
      ['pnrJustification', enums.PNR_JUSTIFICATIONS],
      ['dataSource', enums.DATA_SOURCES],
      ['dpiaStatus', enums.DPIA_STATUSES],
      ['dpiaCriterion', enums.DPIA_CRITERIA],
      ['activityStatus', enums.ACTIVITY_STATUSES],
      ['activityRole', enums.ACTIVITY_ROLES],
      ['serviceStatus', enums.SERVICE_STATUSES],
      ['recipientKind', enums.RECIPIENT_KINDS],
      ['transferMechanism', enums.TRANSFER_MECHANISMS],
      ['sccModule', enums.SCC_MODULES],
      ['processingOperation', enums.PROCESSING_OPERATIONS],
      ['endOfContractAction', enums.END_OF_CONTRACT_ACTIONS],
      ['vocabularyKind', enums.VOCABULARY_KINDS],
      ['personalDataFlag', enums.PERSONAL_DATA_FLAGS],
      ['systemKind', enums.SYSTEM_KINDS],
      ['hostingKind', enums.HOSTING_KINDS],
      ['measureCategory', enums.MEASURE_CATEGORIES],
      ['measureStatus', enums.MEASURE_STATUSES],
      ['subprocessorStatus', enums.SUBPROCESSOR_STATUSES],
      ['retentionAnchor', enums.RETENTION_ANCHORS],
      ['retentionEvent', enums.RETENTION_EVENTS],
      ['retentionRounding', enums.RETENTION_ROUNDINGS],
      ['retentionAction', enums.RETENTION_ACTIONS],
      ['equipmentType', enums.EQUIPMENT_TYPES],
      ['equipmentStatus', enums.EQUIPMENT_STATUSES],
      ['encryptionState', enums.ENCRYPTION_STATES],
      ['changeKind', enums.CHANGE_KINDS],
      ['changeDecision', enums.CHANGE_DECISIONS],
      ['changeNoticeState', enums.CHANGE_NOTICE_STATES],
      ['sentVia', enums.SENT_VIA],
      ['objectionResolution', enums.OBJECTION_RESOLUTIONS],
      ['recipientState', enums.RECIPIENT_STATES],
      ['locationKind', enums.LOCATION_KINDS],
      ['legalForm', enums.LEGAL_FORMS],
      ['dsrRight', enums.DSR_RIGHTS],
      ['dsrChannel', enums.DSR_CHANNELS],
      ['ourRole', enums.OUR_ROLES],
      ['identityState', enums.IDENTITY_STATES],
      ['dsrStatus', enums.DSR_STATUSES],
      ['dsrOutcome', enums.DSR_OUTCOMES],
      ['deadlineState', enums.DEADLINE_STATES],
      ['breachType', enums.BREACH_TYPES],
      ['breachCause', enums.BREACH_CAUSES],
      ['breachRisk', enums.BREACH_RISKS],
      ['subjectNoticeExemption', enums.SUBJECT_NOTICE_EXEMPTIONS],
      ['otherAuthority', enums.OTHER_AUTHORITIES],
      ['breachNoticeVia', enums.BREACH_NOTICE_VIA],
    ];
    expect(pairs.map(([kind]) => kind).sort()).toEqual(Object.keys(labels).sort());
    for (const [kind, values] of pairs) {
      expect(Object.keys(labels[kind]), kind).toEqual([...values]);
      for (const value of values) {
        const label = (labels[kind] as Record<string, { sv: string; en: string }>)[value]!;
        expect(label.sv.trim(), `${kind}.${value}`).not.toBe('');
        expect(label.en.trim(), `${kind}.${value}`).not.toBe('');
      }
    }
  });

  it('uses the article letters and Swedish terms users know', () => {
    expect(enumLabel('legalBasis', 'contract', 'sv')).toBe('Avtal (art. 6.1 b)');
    expect(enumLabel('legalBasis', 'legitimate_interests', 'sv')).toMatch(/intresseavvägning.*6\.1 f/);
    expect(enumLabel('art9Condition', 'explicit_consent', 'sv')).toMatch(/art\. 9\.2 a\)$/);
    expect(enumLabel('transferMechanism', 'none_eea', 'sv')).toBe('Inom EU/EES');
    expect(enumLabel('transferMechanism', 'scc_2021_914', 'sv')).toBe('Standardavtalsklausuler (art. 46.2 c)');
    expect(enumLabel('transferMechanism', 'adequacy_us_dpf', 'en')).toMatch(/EU–US Data Privacy Framework/);
    expect(enumLabel('recipientKind', 'processor', 'sv')).toBe('Personuppgiftsbiträde');
    expect(enumLabel('processingOperation', 'collection', 'sv')).toBe('Insamling');
    expect(enumLabel('measureStatus', 'not_applicable', 'sv')).toBe('Ej tillämplig');
  });

  it('falls back to the value for unknown values, and offers options in enum order', () => {
    expect(enumLabel('legalBasis', 'made_up', 'sv')).toBe('made_up');
    expect(enumLabel('legalBasis', 'toString', 'en')).toBe('toString');
    expect(enumOptions('measureStatus', 'en')).toEqual([
      { value: 'implemented', label: 'Implemented' },
      { value: 'planned', label: 'Planned' },
      { value: 'not_applicable', label: 'Not applicable' },
    ]);
  });

  it('names every EEA and adequacy country and the usual supplier countries in both languages', () => {
    for (const code of [...enums.EEA_COUNTRIES, ...Object.keys(enums.ADEQUACY_DECISIONS), 'US', 'GB', 'CH', 'NO', 'IN', 'CA', 'JP', 'AU']) {
      expect(countryName(code, 'sv'), code).not.toBe(code);
      expect(countryName(code, 'en'), code).not.toBe(code);
    }
    expect(countryName('de', 'sv')).toBe('Tyskland');
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('zz', 'sv')).toBe('ZZ');
    const sv = countryOptions('sv').map((o) => o.label);
    expect(sv.indexOf('Österrike')).toBeGreaterThan(sv.indexOf('Ungern'));
    expect(sv.indexOf('Österrike')).toBe(sv.length - 1);
  });
});
