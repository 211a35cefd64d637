import { IconClipboardList } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityPage } from './ActivityPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'activities',
  routes: [
    { path: paths.activities.list, element: <ActivitiesPage /> },
    { path: paths.activities.new, element: <ActivityPage /> },
    { path: paths.activities.pattern, element: <ActivityPage /> },
  ],
  nav: { path: paths.activities.list, icon: IconClipboardList, order: 20 },
  texts,
  searchHits: { activity: (hit) => paths.activities.one(hit.id) },
};
