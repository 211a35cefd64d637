import { IconLayoutDashboard } from '@tabler/icons-react';
import { paths } from '../../app/paths';
import type { FeatureManifest } from '../../app/feature';
import { attentionTexts } from './attention.texts';
import { calendarTexts } from './calendar.texts';
import { chartTexts } from './charts.texts';
import { DashboardPage } from './DashboardPage';
import { reminderTexts } from './reminders.texts';

export const manifest: FeatureManifest = {
  key: 'dashboard',
  routes: [{ path: paths.dashboard, element: <DashboardPage /> }],
  nav: { path: paths.dashboard, icon: IconLayoutDashboard, order: 10 },
  texts: {
    sv: { 'area.dashboard': 'Översikt', ...attentionTexts.sv, ...chartTexts.sv, ...calendarTexts.sv, ...reminderTexts.sv },
    en: { 'area.dashboard': 'Overview', ...attentionTexts.en, ...chartTexts.en, ...calendarTexts.en, ...reminderTexts.en },
  },
};
