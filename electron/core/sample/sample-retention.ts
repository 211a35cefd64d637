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
  storageLocationEn: 'Förteckna (the agreement register)',
  purposeEn: 'Being able to show what applied if a claim is made',
  anchorEvent: 'agreement_terminated',
  duration: 'P10Y',
  inclusive: true,
  legalBasisRef: 'Preskriptionslagen (1981:130) 2 § som skäl för att spara avtal',
  policySv: 'Uppsagda och ersatta PUB-avtal med underskrivna kopior rensas tio år efter att de upphörde.',
  policyEn: 'Terminated and replaced data processing agreements and their signed copies are purged ten years after they ended.',
  appliesTo: ['agreement'],
};

/** A range, as e-mail filters keep their quarantine (issue 14): purged at the longer end. */
const SPAM_QUARANTINE: RetentionRuleFields = {
  ...emptyRetentionRule,
  nameSv: 'Spamkarantän',
  nameEn: 'Spam quarantine',
  storageLocation: 'E-postfilter',
  storageLocationEn: 'E-mail filter',
  purpose: 'Kunna släppa fram e-post som stoppats av misstag',
  purposeEn: 'Releasing e-mail stopped by mistake',
  anchorKind: 'created',
  anchorEvent: null,
  durationMin: 'P3D',
  duration: 'P28D',
};

/** A rule counted from the register's own event, with an exception in the firm's words. */
const PAYMENT_REMINDERS = (eventId: number): RetentionRuleFields => ({
  ...emptyRetentionRule,
  nameSv: 'Betalningspåminnelser',
  nameEn: 'Payment reminders',
  storageLocation: 'Ekonomisystem',
  storageLocationEn: 'Finance system',
  purpose: 'Följa upp obetalda fakturor',
  purposeEn: 'Following up unpaid invoices',
  anchorEvent: null,
  anchorEventId: eventId,
  duration: 'P1Y',
  action: 'delete_or_anonymise',
  exceptionSv: 'underlag som ska sparas enligt bokföringslagen',
  exceptionEn: 'records that must be kept under the Swedish Bookkeeping Act',
});

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
  retention.create(retentionRuleFields.parse(SPAM_QUARANTINE));
  const invoicePaid = retention.events.create({ labelSv: 'Fakturan betald', labelEn: 'The invoice was paid' });
  retention.create(retentionRuleFields.parse(PAYMENT_REMINDERS(invoicePaid.id)));
}
