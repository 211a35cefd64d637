import { IconTags } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { VocabulariesPage } from './VocabulariesPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'vocabularies',
  routes: [{ path: paths.vocabularies, element: <VocabulariesPage /> }],
  nav: { path: paths.vocabularies, icon: IconTags, order: 150 },
  texts,
};
