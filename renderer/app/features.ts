// Every renderer feature, one line each. Adding a feature is its folder with a manifest.tsx and
// one line here; routes, navigation, texts and search hits all come from this list.
import { manifest as activities } from '../features/activities/manifest';
import { manifest as agreements } from '../features/agreements/manifest';
import { manifest as changeNotices } from '../features/change-notices/manifest';
import { manifest as customers } from '../features/customers/manifest';
import { manifest as dashboard } from '../features/dashboard/manifest';
import { manifest as documents } from '../features/documents/manifest';
import { manifest as exportsFeature } from '../features/exports/manifest';
import { manifest as history } from '../features/history/manifest';
import { manifest as measures } from '../features/measures/manifest';
import { manifest as organisation } from '../features/organisation/manifest';
import { manifest as processorRegister } from '../features/processor-register/manifest';
import { manifest as requests } from '../features/requests/manifest';
import { manifest as retention } from '../features/retention/manifest';
import { manifest as search } from '../features/search/manifest';
import { manifest as security } from '../features/security/manifest';
import { manifest as services } from '../features/services/manifest';
import { manifest as sheetImport } from '../features/sheet-import/manifest';
import { manifest as sites } from '../features/sites/manifest';
import { manifest as subprocessors } from '../features/subprocessors/manifest';
import { manifest as systems } from '../features/systems/manifest';
import { manifest as vocabularies } from '../features/vocabularies/manifest';
import { manifest as welcome } from '../features/welcome/manifest';
import type { FeatureManifest } from './feature';

export const FEATURES: readonly FeatureManifest[] = [
  activities,
  agreements,
  changeNotices,
  customers,
  dashboard,
  documents,
  exportsFeature,
  history,
  measures,
  organisation,
  processorRegister,
  requests,
  retention,
  search,
  security,
  services,
  sheetImport,
  sites,
  subprocessors,
  systems,
  vocabularies,
  welcome,
];
