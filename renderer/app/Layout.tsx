import { Alert, AppShell, Box, Button, Group, NavLink, ScrollArea, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconLock, IconX } from '@tabler/icons-react';
import type { ReadOnlyState } from '../../shared/contract';
import { formatDateTime } from '../ui/format';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { BackupWatcher } from '../features/history/BackupWatcher';
import { SearchButton } from '../features/search/SearchBox';
import { AutoLock } from '../features/security/AutoLock';
import { useRegisterActions } from '../features/welcome/RegisterActions';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { AREAS } from './areas';
import { paths } from './paths';
import { useAppState } from './state';

/** The lock shortcut as the keyboard shows it. */
const LOCK_KEYS = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘L' : 'Ctrl+L';

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
  const { register, settings } = useAppState();
  const { closeRegister, lockRegister } = useRegisterActions();
  const { pathname } = useLocation();
  const encrypted = register?.encrypted === true;
  const autoLockMinutes = settings?.autoLockMinutes ?? null;

  // Ctrl+L / Cmd+L locks an encrypted register, also while typing in a field.
  useHotkeys([['mod+L', () => encrypted && lockRegister()]], []);

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
            {encrypted && (
              <Tooltip label={t('layout.lockHint', { keys: LOCK_KEYS })}>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconLock size={14} />}
                  onClick={lockRegister}
                  aria-keyshortcuts={LOCK_KEYS === '⌘L' ? 'Meta+L' : 'Control+L'}
                >
                  {t('layout.lock')}
                </Button>
              </Tooltip>
            )}
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
        {encrypted && autoLockMinutes !== null && autoLockMinutes > 0 && <AutoLock minutes={autoLockMinutes} onIdle={lockRegister} />}
        <Box maw={1280}>
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
