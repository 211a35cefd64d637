import type { FeatureManifest } from './feature';
import { FEATURES } from './features';

/** A navigation entry; `key` names the i18n text `area.<key>`. */
export type Area = NonNullable<FeatureManifest['nav']> & { key: string };

/** Every area of product.md §3 with a navigation entry, in navigation order. */
export const AREAS: Area[] = FEATURES.flatMap(({ key, nav }) => (nav ? [{ key, ...nav }] : [])).sort((a, b) => a.order - b.order);
