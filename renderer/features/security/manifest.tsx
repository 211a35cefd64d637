import type { FeatureManifest } from '../../app/feature';
import { texts } from './texts';

/**
 * No page of its own: the password tab sits on the history page beside the backups
 * (/historik/losenord, declared by the history manifest), the unlock screen in welcome.
 */
export const manifest: FeatureManifest = { key: 'security', texts };
