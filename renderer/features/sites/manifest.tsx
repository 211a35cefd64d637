import { IconBuildingWarehouse } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { EquipmentPage } from './EquipmentPage';
import { SitesPage } from './SitesPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'sites',
  routes: [
    { path: paths.sites, element: <SitesPage /> },
    { path: paths.equipment.new, element: <EquipmentPage /> },
    { path: paths.equipment.pattern, element: <EquipmentPage /> },
  ],
  nav: { path: paths.sites, icon: IconBuildingWarehouse, order: 80 },
  texts,
  searchHits: { equipment: (hit) => paths.equipment.one(hit.id) },
};
