import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsTab } from './BackupsTab';
import { HistoryTab } from './HistoryTab';

/** /historik and /historik/sakerhetskopior: the register's change history, and its backups. */
export function HistoryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tab = pathname.startsWith(paths.backups) ? 'backups' : 'history';
  return (
    <Stack gap="sm">
      <PageHeader title={t('area.history')} description={t('history.description')} />
      <Tabs value={tab} onChange={(v) => void navigate(v === 'backups' ? paths.backups : paths.history)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="history">{t('history.tabHistory')}</Tabs.Tab>
          <Tabs.Tab value="backups">{t('history.tabBackups')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab />
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
