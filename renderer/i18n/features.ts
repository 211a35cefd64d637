// Each feature keeps its own texts beside its code and declares them in its manifest; this
// merges them into i18next.
import { FEATURES } from '../app/features';

const all = FEATURES.map((feature) => feature.texts);

export const featureTexts = {
  sv: Object.assign({}, ...all.map((t) => t.sv)) as Record<string, string>,
  en: Object.assign({}, ...all.map((t) => t.en)) as Record<string, string>,
};
