import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/PageHeader';
import { SecurityTab } from '../security/SecurityTab';
import { BackupsTab } from './BackupsTab';
import { HistoryTab } from './HistoryTab';

const TAB_PATHS = { history: paths.history, backups: paths.backups, security: paths.security } as const;
type Tab = keyof typeof TAB_PATHS;

/**
 * /historik, /historik/sakerhetskopior and /historik/losenord: the register's change history, its
 * backups, and its password (which the backups follow).
 */
export function HistoryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab: Tab = pathname.startsWith(paths.backups) ? 'backups' : pathname.startsWith(paths.security) ? 'security' : 'history';
  return (
    <Stack gap="sm">
      <PageHeader title={t('area.history')} description={t('history.description')} />
      <Tabs value={tab} onChange={(v) => void navigate(TAB_PATHS[(v ?? 'history') as Tab] ?? paths.history)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="history">{t('history.tabHistory')}</Tabs.Tab>
          <Tabs.Tab value="backups">{t('history.tabBackups')}</Tabs.Tab>
          <Tabs.Tab value="security">{t('security.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab />
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupsTab />
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <SecurityTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
