import { IconHistory } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { HistoryPage } from './HistoryPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'history',
  routes: [
    { path: paths.backups, element: <HistoryPage /> },
    { path: paths.security, element: <HistoryPage /> },
    { path: paths.history, element: <HistoryPage /> },
  ],
  nav: { path: paths.history, icon: IconHistory, order: 140 },
  texts,
};
