import { IconUsersGroup } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { SubprocessorMatrixPage } from './SubprocessorMatrixPage';
import { SubprocessorPage } from './SubprocessorPage';
import { SubprocessorsPage } from './SubprocessorsPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'subprocessors',
  routes: [
    { path: paths.subprocessors.list, element: <SubprocessorsPage /> },
    { path: paths.subprocessors.matrix, element: <SubprocessorMatrixPage /> },
    { path: paths.subprocessors.new, element: <SubprocessorPage /> },
    { path: paths.subprocessors.pattern, element: <SubprocessorPage /> },
  ],
  nav: { path: paths.subprocessors.list, icon: IconUsersGroup, order: 60 },
  texts,
  searchHits: { subprocessor: (hit) => paths.subprocessors.one(hit.id) },
};
