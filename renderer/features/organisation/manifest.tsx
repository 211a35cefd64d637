import { IconBuilding } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { OrganisationPage } from './OrganisationPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'organisation',
  routes: [{ path: paths.organisation, element: <OrganisationPage /> }],
  nav: { path: paths.organisation, icon: IconBuilding, order: 160 },
  // The profile's texts (org.*) are still in renderer/i18n/sv.ts and en.ts; the legal form's (party.*) beside it.
  texts,
};
