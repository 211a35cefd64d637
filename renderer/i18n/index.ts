import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages, type Language } from '../../shared/messages';
import { en } from './en';
import { featureTexts } from './features';
import { sv } from './sv';

// Swedish first. Keys are flat ('nav.customers', 'v.orgNr.checksum'), so the key separator is off.
// Validation and error texts come from shared/messages.ts, the same text the CLI prints.

function shared(lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) out[key] = value[lang];
  return out;
}

export const resources = {
  sv: { translation: { ...shared('sv'), ...featureTexts.sv, ...sv } },
  en: { translation: { ...shared('en'), ...featureTexts.en, ...en } },
} as const;

/** A fresh i18next instance (one per app; tests build one per render). */
export function createI18n(language: Language = 'sv'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'sv',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
