import { IconServer } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { SystemsPage } from './SystemsPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'systems',
  routes: [{ path: paths.systems.list, element: <SystemsPage /> }],
  nav: { path: paths.systems.list, icon: IconServer, order: 90 },
  texts,
  searchHits: { system: (hit) => paths.systems.one(hit.id) },
};
