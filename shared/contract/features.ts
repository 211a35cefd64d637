import { activityMethods } from './activities';
import { attentionMethods } from './attention';
import { agreementMethods } from './agreements';
import { backupMethods } from './backups';
import { breachMethods } from './breaches';
import { changeNoticeMethods } from './change-notices';
import { customerMethods } from './customers';
import { historyMethods } from './history';
import { measureMethods } from './measures';
import { organisationMethods } from './organisation';
import { overviewMethods } from './overview';
import { portableMethods } from './portable';
import { preflightMethods } from './preflight';
import { privacyNoticeMethods } from './privacy-notice';
import { purgeMethods } from './purge';
import { requestMethods } from './requests';
import { registerMethods } from './register';
import { retentionMethods } from './retention';
import { searchMethods } from './search';
import { serviceMethods } from './services';
import { sheetImportMethods } from './sheet-import';
import { siteMethods } from './sites';
import { subprocessorMethods } from './subprocessors';
import { systemMethods } from './systems';
import { vocabularyMethods } from './vocabularies';
import { workbookMethods } from './workbook';

// Each feature's schemas and types, re-exported by the contract's index.
export * from './customers';
export * from './organisation';
export * from './register';
export * from './activities';
export * from './measures';
export * from './privacy-notice';
export * from './retention';
export * from './search';
export * from './services';
export * from './subprocessors';
export * from './systems';
export * from './vocabularies';
export * from './agreements';
export * from './sites';
export * from './purge';
export * from './workbook';
export * from './portable';
export * from './history';
export * from './backups';
export * from './preflight';
export * from './change-notices';
export * from './requests';
export * from './breaches';
export * from './attention';
export * from './overview';
export * from './sheet-import';

/** Each feature's method map: a new feature adds its map here, and the contract's `methods` merges them. */
export const featureMethods = [
  registerMethods,
  organisationMethods,
  customerMethods,
  vocabularyMethods,
  systemMethods,
  retentionMethods,
  measureMethods,
  subprocessorMethods,
  activityMethods,
  serviceMethods,
  searchMethods,
  privacyNoticeMethods,
  agreementMethods,
  siteMethods,
  purgeMethods,
  workbookMethods,
  sheetImportMethods,
  portableMethods,
  historyMethods,
  backupMethods,
  preflightMethods,
  changeNoticeMethods,
  requestMethods,
  breachMethods,
  attentionMethods,
  overviewMethods,
] as const;
