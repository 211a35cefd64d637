import type { MethodName } from '../../shared/contract';
import { activityHandlers } from './activities/activities.handlers';
import { attentionHandlers } from './attention/attention.handlers';
import { agreementHandlers } from './agreements/agreements.handlers';
import { backupHandlers } from './backups/backups.handlers';
import { breachHandlers } from './breaches/breaches.handlers';
import { changeNoticeHandlers } from './change-notices/change-notices.handlers';
import { noticeLetterHandlers } from './change-notices/notice-letters.handlers';
import { customerHandlers } from './customers/customers.handlers';
import type { Handlers } from './handlers';
import { historyHandlers } from './history/history.handlers';
import { measureHandlers } from './measures/measures.handlers';
import { organisationHandlers } from './organisation/organisation.handlers';
import { overviewHandlers } from './overview/overview.handlers';
import { portableHandlers } from './portable/portable.handlers';
import { preflightHandlers } from './preflight/preflight.handlers';
import { privacyNoticeHandlers } from './privacy-notice/privacy-notice.handlers';
import { purgeHandlers } from './purge/purge.handlers';
import { registerHandlers } from './register/register.handlers';
import { requestHandlers } from './requests/requests.handlers';
import { retentionHandlers } from './retention/retention.handlers';
import { searchHandlers } from './search/search.handlers';
import { serviceHandlers } from './services/services.handlers';
import { sheetImportHandlers } from './sheet-import/sheet-import.handlers';
import { siteHandlers } from './sites/sites.handlers';
import { subprocessorListHandlers } from './subprocessor-list/subprocessor-list.handlers';
import { subprocessorHandlers } from './subprocessors/subprocessors.handlers';
import { systemHandlers } from './systems/systems.handlers';
import { vocabularyHandlers } from './vocabularies/vocabularies.handlers';
import { workbookHandlers } from './workbook/workbook.handlers';

/** What a core feature contributes; its handlers file declares the handlers. */
export interface CoreFeature {
  handlers: Partial<Handlers<MethodName>>;
}

/** Every core feature: a new feature adds its manifest here, and createCore serves what they declare. */
export const coreFeatures = [
  { handlers: registerHandlers },
  { handlers: organisationHandlers },
  { handlers: customerHandlers },
  { handlers: vocabularyHandlers },
  { handlers: systemHandlers },
  { handlers: retentionHandlers },
  { handlers: measureHandlers },
  { handlers: subprocessorHandlers },
  { handlers: subprocessorListHandlers },
  { handlers: activityHandlers },
  { handlers: serviceHandlers },
  { handlers: searchHandlers },
  { handlers: privacyNoticeHandlers },
  { handlers: agreementHandlers },
  { handlers: siteHandlers },
  { handlers: purgeHandlers },
  { handlers: workbookHandlers },
  { handlers: portableHandlers },
  { handlers: sheetImportHandlers },
  { handlers: historyHandlers },
  { handlers: backupHandlers },
  { handlers: preflightHandlers },
  { handlers: changeNoticeHandlers },
  { handlers: noticeLetterHandlers },
  { handlers: requestHandlers },
  { handlers: breachHandlers },
  { handlers: attentionHandlers },
  { handlers: overviewHandlers },
] as const satisfies readonly CoreFeature[];
