import { IconTrash } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { RetentionPage } from './RetentionPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'retention',
  routes: [{ path: paths.retention, element: <RetentionPage /> }],
  nav: { path: paths.retention, icon: IconTrash, order: 110 },
  texts,
};
