import type { FeatureManifest } from '../../app/feature';
import { texts } from './texts';

/** No page of its own: the export actions sit on the documents page and the welcome page. */
export const manifest: FeatureManifest = { key: 'exports', texts };
