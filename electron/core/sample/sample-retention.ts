import { emptyRetentionRule, retentionRuleFields, type RetentionRuleFields } from '../../../shared/contract';
import type { PurgeRecordKind } from '../../../shared/domain/enums';
import { retentionService, ruleFields } from '../retention/retention.service';
import type { Session } from '../session';
import type { RuleKey, SampleRefs } from './sample-register';

/** The rule for terminated agreements: kept for the general limitation period (Preskriptionslagen). */
const TERMINATED_AGREEMENTS: RetentionRuleFields = {
  ...emptyRetentionRule,
  nameSv: 'Uppsagda PUB-avtal',
  nameEn: 'Terminated data processing agreements',
  storageLocation: 'Förteckna (avtalsregistret)',
  purpose: 'Kunna visa vad som gällde om ett anspråk framställs',
  anchorEvent: 'agreement_terminated',
  duration: 'P10Y',
  inclusive: true,
  legalBasisRef: 'Preskriptionslagen (1981:130) 2 § som skäl för att spara avtal',
  policySv: 'Uppsagda och ersatta PUB-avtal med underskrivna kopior rensas tio år efter att de upphörde.',
  policyEn: 'Terminated and replaced data processing agreements and their signed copies are purged ten years after they ended.',
  appliesTo: ['agreement'],
};

/**
 * The sample's retention rules applied to the register's own records (issue 6): sites and
 * equipment under the CMDB rule, contact persons under the customer-data rule, and a rule of its
 * own for terminated agreements. Called inside the sample's transaction.
 */
export function writeSampleOwnDataRules(session: Session, refs: SampleRefs): void {
  const retention = session.use(retentionService);
  const apply = (key: RuleKey, appliesTo: PurgeRecordKind[]) => {
    const rule = retention.get(refs.rules[key]);
    retention.update(rule.id, rule.revision, retentionRuleFields.parse({ ...ruleFields(rule), appliesTo }));
  };
  apply('cmdb', ['site', 'equipment']);
  apply('customerData', ['contact_person']);
  retention.create(retentionRuleFields.parse(TERMINATED_AGREEMENTS));
}
