// UI texts of this feature, Swedish first; merged into i18n by renderer/i18n/features.ts.
const sv = {} as const;

const en: Record<keyof typeof sv, string> = {};

export const texts = { sv, en };
