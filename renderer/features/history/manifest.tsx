import { IconHistory } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { HistoryPage } from './HistoryPage';

export const manifest: FeatureManifest = {
  key: 'history',
  routes: [{ path: paths.history, element: <HistoryPage /> }],
  nav: { path: paths.history, icon: IconHistory, order: 140 },
  texts: { sv: { 'area.history': 'Historik och säkerhetskopior' }, en: { 'area.history': 'History and backups' } },
};
