import { activitiesAttention } from '../activities/activities.attention';
import { agreementsAttention } from '../agreements/agreements.attention';
import { servicesAttention } from '../services/services.attention';
import { breachesAttention } from '../breaches/breaches.attention';
import { changeNoticesAttention } from '../change-notices/change-notices.attention';
import { requestsAttention } from '../requests/requests.attention';
import { purgeAttention } from '../purge/purge.attention';
import { subprocessorsAttention } from '../subprocessors/subprocessors.attention';
import { organisationAttention } from '../organisation/organisation.attention';
import { privacyNoticeAttention } from '../privacy-notice/privacy-notice.attention';
import type { AttentionSource } from './attention.source';

// Every feature's contribution to the attention list: a feature adds its source here.
export const attentionSources: readonly AttentionSource[] = [
  agreementsAttention,
  activitiesAttention,
  servicesAttention,
  changeNoticesAttention,
  requestsAttention,
  breachesAttention,
  purgeAttention,
  subprocessorsAttention,
  organisationAttention,
  privacyNoticeAttention,
];
