import { IconAlertTriangle } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { RequestsPage } from './RequestsPage';

export const manifest: FeatureManifest = {
  key: 'requests',
  routes: [{ path: paths.requests, element: <RequestsPage /> }],
  nav: { path: paths.requests, icon: IconAlertTriangle, order: 130 },
  texts: { sv: { 'area.requests': 'Begäranden och incidenter' }, en: { 'area.requests': 'Requests and incidents' } },
};
