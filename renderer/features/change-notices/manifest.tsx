import { IconMailForward } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { ChangeNoticePage } from './ChangeNoticePage';
import { ChangeNoticesPage } from './ChangeNoticesPage';
import { NoticeLetterPage } from './NoticeLetterPage';
import { texts } from './texts';

export const manifest: FeatureManifest = {
  key: 'changeNotices',
  routes: [
    { path: paths.changeNotices.list, element: <ChangeNoticesPage /> },
    { path: paths.changeNotices.letter, element: <NoticeLetterPage /> },
    { path: paths.changeNotices.new, element: <ChangeNoticePage /> },
    { path: paths.changeNotices.pattern, element: <ChangeNoticePage /> },
  ],
  // Right after Underbiträden, where the changes start.
  nav: { path: paths.changeNotices.list, icon: IconMailForward, order: 65 },
  texts,
};
