import type { FeatureManifest } from '../../app/feature';
import { texts } from './texts';

/** No page of its own: the search box sits in the header (Layout); hits open other features' pages. */
export const manifest: FeatureManifest = { key: 'search', texts };
