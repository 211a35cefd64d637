import { IconStack2 } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { ServicePage } from './ServicePage';
import { ServicesPage } from './ServicesPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'services',
  routes: [
    { path: paths.services.list, element: <ServicesPage /> },
    { path: paths.services.new, element: <ServicePage /> },
    { path: paths.services.pattern, element: <ServicePage /> },
  ],
  nav: { path: paths.services.list, icon: IconStack2, order: 40 },
  texts,
  searchHits: { service: (hit) => paths.services.one(hit.id) },
};
