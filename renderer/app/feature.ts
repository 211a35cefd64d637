import type { Icon } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import type { SearchHit } from '../../shared/contract';

/** A feature's UI texts, Swedish first; en has the same keys. */
export interface FeatureTexts {
  sv: Record<string, string>;
  en: Record<string, string>;
}

/** One page of a feature. `path` is a pattern from paths.ts ('/kunder/:id'). */
export interface FeatureRoute {
  path: string;
  element: ReactElement;
}

/**
 * What one renderer feature adds to the app, declared in its own `manifest.tsx` and listed once
 * in renderer/app/features.ts. A feature without a page of its own declares only its texts.
 */
export interface FeatureManifest {
  /** Names the feature; its navigation entry's text is `area.<key>` in `texts`. */
  key: string;
  /** More specific patterns before `:id` ('/pub-avtal/mall' before '/pub-avtal/:id'). */
  routes?: FeatureRoute[];
  /** The entry in the navigation on the left; `order` sorts the entries (product.md §3). */
  nav?: { path: string; icon: Icon; order: number };
  texts: FeatureTexts;
  /** Where a search hit of a kind this feature owns opens. */
  searchHits?: Partial<Record<SearchHit['kind'], (hit: Pick<SearchHit, 'id'>) => string>>;
}
