import { IconFileExport } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { DocumentsPage } from './DocumentsPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'documents',
  routes: [{ path: paths.documents, element: <DocumentsPage /> }],
  nav: { path: paths.documents, icon: IconFileExport, order: 120 },
  texts,
};
