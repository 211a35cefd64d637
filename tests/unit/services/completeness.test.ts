import { describe, expect, it } from 'vitest';
import { serviceCompleteness, type ServiceCompletenessInput } from '../../../electron/core/services/service-completeness';
import { formatMessage } from '../../../shared/messages';

const full: ServiceCompletenessInput = {
  subjectMatter: 'Drift av kundens servrar',
  purpose: 'Att hålla kundens IT-miljö i drift',
  nature: ['storage', 'consultation'],
  processingTermIds: [1],
  personalDataTermIds: [2],
  dataSubjectTermIds: [3],
  endOfContractAction: 'return_then_delete',
  implementedMeasureCount: 2,
  retentionRuleId: 7,
};

describe('service completeness', () => {
  it('is 100 % with nothing missing when every Art. 28(3) field is filled', () => {
    expect(serviceCompleteness(full)).toEqual({ score: 100, missing: [] });
  });

  it('names each missing field with a message key that has sv and en text', () => {
    const empty: ServiceCompletenessInput = {
      subjectMatter: '  ',
      purpose: '',
      nature: [],
      processingTermIds: [],
      personalDataTermIds: [],
      dataSubjectTermIds: [],
      endOfContractAction: null,
      implementedMeasureCount: 0,
      retentionRuleId: null,
    };
    const result = serviceCompleteness(empty);
    expect(result.score).toBe(0);
    expect(result.missing.map((m) => m.field)).toEqual([
      'subjectMatter',
      'purpose',
      'nature',
      'processingTermIds',
      'personalDataTermIds',
      'dataSubjectTermIds',
      'endOfContractAction',
      'measureIds',
      'retentionRuleId',
    ]);
    for (const m of result.missing) {
      expect(formatMessage(m.message, 'sv'), m.message).not.toBe(m.message);
      expect(formatMessage(m.message, 'en'), m.message).not.toBe(m.message);
    }
  });

  it('scores the share of fields present and counts only implemented measures', () => {
    const noMeasures = serviceCompleteness({ ...full, implementedMeasureCount: 0 });
    expect(noMeasures.missing).toEqual([{ field: 'measureIds', message: 'c.service.measureIds' }]);
    expect(noMeasures.score).toBe(88.8);
    expect(serviceCompleteness({ ...full, purpose: '', retentionRuleId: null }).score).toBe(77.7);
  });
});
