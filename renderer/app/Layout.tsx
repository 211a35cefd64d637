import { Alert, AppShell, Box, Button, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { IconLock, IconX } from '@tabler/icons-react';
import type { ReadOnlyState } from '../../shared/contract';
import { formatDateTime } from '../ui/format';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { BackupWatcher } from '../features/history/BackupWatcher';
import { SearchButton } from '../features/search/SearchBox';
import { useRegisterActions } from '../features/welcome/RegisterActions';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { AREAS } from './areas';
import { paths } from './paths';
import { useAppState } from './state';

/** While the register is read-only: why, and that changes are not saved. */
function ReadOnlyBanner({ state }: { state: ReadOnlyState }) {
  const { t } = useTranslation();
  const text =
    state.reason === 'locked' && state.holder
      ? t('layout.readOnly.locked', {
          osUser: state.holder.osUser || '?',
          host: state.holder.host || '?',
          since: formatDateTime(state.holder.since),
        })
      : state.reason === 'damaged'
        ? t('layout.readOnly.damaged')
        : t('layout.readOnly.requested');
  return (
    <Alert
      color={state.reason === 'damaged' ? 'red' : 'yellow'}
      variant="light"
      mb="md"
      icon={<IconLock size={18} />}
      data-testid="read-only-banner"
    >
      {text}
    </Alert>
  );
}

/** The frame around every area: header with the open register, navigation on the left. */
export function Layout() {
  const { t } = useTranslation();
  const { register } = useAppState();
  const { closeRegister } = useRegisterActions();
  const { pathname } = useLocation();

  const isActive = (path: string) =>
    path === paths.dashboard ? pathname === paths.dashboard : pathname === path || pathname.startsWith(`${path}/`);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 270, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md" bg="white">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={700} size="lg" c="forteckna.8">
              Förteckna
            </Text>
            {register && (
              <Box style={{ minWidth: 0 }} aria-label={t('layout.openRegister')} role="group">
                <Text fw={600} size="sm" truncate data-testid="register-organisation">
                  {register.organisationName}
                </Text>
                <Text size="xs" c="dimmed" truncate title={register.path} data-testid="register-file">
                  {register.fileName}
                </Text>
              </Box>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {register && <SearchButton />}
            <LanguageSwitch />
            <Button variant="default" size="xs" leftSection={<IconX size={14} />} onClick={closeRegister}>
              {t('layout.close')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" bg="gray.0" aria-label={t('layout.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          <div>
            {AREAS.map((area) => (
              <NavLink
                key={area.key}
                component={RouterLink}
                to={area.path}
                label={t(`area.${area.key}`)}
                leftSection={<area.icon size={18} stroke={1.6} />}
                active={isActive(area.path)}
                variant="light"
                style={{ borderRadius: 6 }}
              />
            ))}
          </div>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="white">
        {register?.readOnly && <ReadOnlyBanner state={register.readOnly} />}
        <BackupWatcher />
        <Box maw={1280}>
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
