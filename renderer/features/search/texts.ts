// UI texts of this feature, Swedish first; merged into i18n by renderer/i18n/features.ts.
export const texts = {
  sv: {},
  en: {},
} as const;
