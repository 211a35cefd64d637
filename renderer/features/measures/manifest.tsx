import { IconShieldCheck } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { MeasuresPage } from './MeasuresPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'measures',
  routes: [{ path: paths.measures, element: <MeasuresPage /> }],
  nav: { path: paths.measures, icon: IconShieldCheck, order: 100 },
  texts,
};
