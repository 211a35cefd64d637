import { IconAlertTriangle } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { BreachPage } from './breaches/BreachPage';
import { BreachesPage } from './breaches/BreachesPage';
import { breachTexts } from './breaches/texts';
import { RequestPage } from './RequestPage';
import { RequestsPage } from './RequestsPage';
import { texts } from './texts';

// The area "Begäranden och incidenter": the requests register and the breach log, a tab each
// (RequestsArea). The area's own address opens the requests tab.
export const manifest: FeatureManifest = {
  key: 'requests',
  routes: [
    { path: paths.requests.area, element: <Navigate to={paths.requests.list} replace /> },
    { path: paths.requests.list, element: <RequestsPage /> },
    { path: paths.requests.new, element: <RequestPage /> },
    { path: paths.requests.pattern, element: <RequestPage /> },
    { path: paths.breaches.list, element: <BreachesPage /> },
    { path: paths.breaches.new, element: <BreachPage /> },
    { path: paths.breaches.pattern, element: <BreachPage /> },
  ],
  nav: { path: paths.requests.area, icon: IconAlertTriangle, order: 130 },
  texts: { sv: { ...breachTexts.sv, ...texts.sv }, en: { ...breachTexts.en, ...texts.en } },
  searchHits: {
    dsrRequest: (hit) => paths.requests.one(hit.id),
    breach: (hit) => paths.breaches.one(hit.id),
  },
};
