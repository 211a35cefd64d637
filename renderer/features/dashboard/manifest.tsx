import { IconLayoutDashboard } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { DashboardPage } from './DashboardPage';

export const manifest: FeatureManifest = {
  key: 'dashboard',
  routes: [{ path: paths.dashboard, element: <DashboardPage /> }],
  nav: { path: paths.dashboard, icon: IconLayoutDashboard, order: 10 },
  texts: { sv: { 'area.dashboard': 'Översikt' }, en: { 'area.dashboard': 'Overview' } },
};
