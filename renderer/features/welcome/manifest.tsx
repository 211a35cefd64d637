import type { FeatureManifest } from '../../app/feature';

/**
 * No route: App shows the welcome page while no register is open. Its texts (welcome.*) are
 * still in renderer/i18n/sv.ts and en.ts.
 */
export const manifest: FeatureManifest = { key: 'welcome', texts: { sv: {}, en: {} } };
