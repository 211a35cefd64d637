import { IconLicense } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';
import { AgreementTemplatePage } from './AgreementTemplatePage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'agreements',
  routes: [
    { path: paths.agreements.list, element: <AgreementsPage /> },
    { path: paths.agreements.template, element: <AgreementTemplatePage /> },
    { path: paths.agreements.pattern, element: <AgreementPage /> },
  ],
  nav: { path: paths.agreements.list, icon: IconLicense, order: 70 },
  texts,
};
