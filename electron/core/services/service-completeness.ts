import type { Completeness } from '../../../shared/contract';
import { scoreOf } from '../activities/completeness';

/** What the completeness check of a service looks at (already resolved against the database). */
export interface ServiceCompletenessInput {
  subjectMatter: string;
  purpose: string;
  nature: readonly string[];
  processingTermIds: readonly number[];
  personalDataTermIds: readonly number[];
  dataSubjectTermIds: readonly number[];
  endOfContractAction: string | null;
  /** Linked measures whose status is "implemented" (planned ones protect nothing yet). */
  implementedMeasureCount: number;
  retentionRuleId: number | null;
}

/**
 * The Art. 28(3) / Art. 30(2) description of a service, checked field by field: what the
 * processing is about, why, how (nature and processing categories), whose and which data, what
 * happens at contract end, the security measures and the retention rule. Special categories need
 * nothing extra here: the controller (the customer) decides their legal condition.
 */
export function serviceCompleteness(s: ServiceCompletenessInput): Completeness {
  const checks: [field: string, ok: boolean][] = [
    ['subjectMatter', s.subjectMatter.trim() !== ''],
    ['purpose', s.purpose.trim() !== ''],
    ['nature', s.nature.length > 0],
    ['processingTermIds', s.processingTermIds.length > 0],
    ['personalDataTermIds', s.personalDataTermIds.length > 0],
    ['dataSubjectTermIds', s.dataSubjectTermIds.length > 0],
    ['endOfContractAction', s.endOfContractAction !== null && s.endOfContractAction !== ''],
    ['measureIds', s.implementedMeasureCount > 0],
    ['retentionRuleId', s.retentionRuleId !== null],
  ];
  const missing = checks.filter(([, ok]) => !ok).map(([field]) => ({ field, message: `c.service.${field}` }));
  // The same score as for activities: one decimal, rounded down, so anything missing is < 100.
  return { score: scoreOf(checks.length - missing.length, checks.length), missing };
}
