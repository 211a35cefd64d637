import { IconListDetails } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { ProcessorRegisterPage } from './ProcessorRegisterPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'processorRegister',
  routes: [{ path: paths.processorRegister, element: <ProcessorRegisterPage /> }],
  nav: { path: paths.processorRegister, icon: IconListDetails, order: 50 },
  texts,
};
