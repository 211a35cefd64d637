// Each feature keeps its own texts beside its code; this list merges them into i18next.
import { texts as activities } from '../features/activities/texts';
import { texts as vocabularies } from '../features/vocabularies/texts';
import { texts as retention } from '../features/retention/texts';
import { texts as measures } from '../features/measures/texts';
import { texts as systems } from '../features/systems/texts';
import { texts as services } from '../features/services/texts';
import { texts as subprocessors } from '../features/subprocessors/texts';
import { texts as processorRegister } from '../features/processor-register/texts';
import { texts as search } from '../features/search/texts';
import { texts as documents } from '../features/documents/texts';
import { texts as agreements } from '../features/agreements/texts';
import { texts as sites } from '../features/sites/texts';
import { texts as exportsTexts } from '../features/exports/texts';

const all = [
  activities,
  vocabularies,
  retention,
  measures,
  systems,
  services,
  subprocessors,
  processorRegister,
  search,
  documents,
  agreements,
  sites,
  exportsTexts,
];

export const featureTexts = {
  sv: Object.assign({}, ...all.map((t) => t.sv)) as Record<string, string>,
  en: Object.assign({}, ...all.map((t) => t.en)) as Record<string, string>,
};
