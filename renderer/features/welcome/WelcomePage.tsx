import { ActionIcon, Alert, Badge, Box, Button, Center, Group, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFileDatabase, IconFileImport, IconFilePlus, IconFolderOpen, IconLock, IconSparkles, IconX } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { useAppState } from '../../app/state';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { notifyError } from '../../ui/notify';
import { formatDateTime } from '../../ui/format';
import { useExportActions } from '../exports/ExportActions';
import { useRegisterActions } from './RegisterActions';

/** Shown when no register is open: create, open, sample, recent files. */
export function WelcomePage() {
  const { t } = useTranslation();
  const { settings, startupError, refreshSettings } = useAppState();
  const actions = useRegisterActions();
  const exchange = useExportActions();
  const recent = settings?.recentFiles ?? [];

  // Whether each recent file still exists is checked when the list is read.
  useEffect(() => {
    refreshSettings().catch(() => undefined);
  }, [refreshSettings]);

  return (
    <Box mih="100vh" bg="gray.0" py={48} px="md">
      <Center>
        <Stack w="100%" maw={760} gap="lg">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>Förteckna</Title>
              <Text c="dimmed">{t('welcome.tagline')}</Text>
            </div>
            <LanguageSwitch />
          </Group>

          {startupError ? (
            <Alert color="red" title={t('common.error')}>
              {t(errorKey(startupError))}
            </Alert>
          ) : null}

          <Paper withBorder p="lg" radius="md">
            <Stack>
              <Text>{t('welcome.intro')}</Text>
              <Group>
                <Button leftSection={<IconFilePlus size={18} />} onClick={actions.newRegister}>
                  {t('welcome.new')}
                </Button>
                <Button variant="default" leftSection={<IconFolderOpen size={18} />} onClick={actions.openRegister}>
                  {t('welcome.openRegister')}
                </Button>
                <Button variant="light" leftSection={<IconSparkles size={18} />} onClick={actions.openSample}>
                  {t('welcome.sample')}
                </Button>
                <Button
                  variant="subtle"
                  leftSection={<IconFileImport size={18} />}
                  onClick={exchange.importPortable}
                  disabled={exchange.busy}
                >
                  {t('exports.import.button')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('welcome.sampleHint')}
              </Text>
            </Stack>
          </Paper>

          <Paper withBorder p="lg" radius="md">
            <Title order={2} size="h4" mb="sm">
              {t('welcome.recent')}
            </Title>
            {recent.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('welcome.noRecent')}
              </Text>
            ) : (
              <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('welcome.recent')}>
                {recent.map((file) => (
                  <RecentRow key={file.path} file={file} onOpen={() => void actions.openPath(file.path)} />
                ))}
              </Stack>
            )}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}

/** The last part of a path, on any system ("C:\\Kunder\\A.forteckna" or "/home/a/A.forteckna"). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

function RecentRow({ file, onOpen }: { file: RecentFile; onOpen: () => void }) {
  const { t } = useTranslation();
  // An encrypted register keeps its organisation's name inside: the list shows the file name.
  const name = file.encrypted || !file.organisationName ? fileNameOf(file.path) : file.organisationName;
  const forget = () => call('settings.forgetRecent', { path: file.path }).catch((error: unknown) => notifyError(t, error));
  return (
    <Group component="li" wrap="nowrap" gap="xs" justify="space-between">
      <UnstyledButton
        onClick={onOpen}
        disabled={!file.exists}
        aria-label={t('welcome.openRecent', { name, path: file.path })}
        style={{ flex: 1, minWidth: 0, borderRadius: 6, padding: '6px 8px', opacity: file.exists ? 1 : 0.6 }}
        className="recent-file"
      >
        <Group wrap="nowrap" gap="sm">
          {file.encrypted ? (
            <IconLock size={22} stroke={1.5} aria-label={t('welcome.encrypted')} role="img" />
          ) : (
            <IconFileDatabase size={22} stroke={1.5} />
          )}
          <Box style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={500}>{name}</Text>
              {!file.exists && (
                <Badge color="orange" variant="light" size="sm">
                  {t('welcome.missing')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" truncate title={file.path}>
              {file.path}
            </Text>
          </Box>
        </Group>
      </UnstyledButton>
      <Text size="xs" c="dimmed" visibleFrom="sm">
        {formatDateTime(file.openedAt)}
      </Text>
      <Tooltip label={t('welcome.forget')}>
        <ActionIcon variant="subtle" color="gray" onClick={forget} aria-label={t('welcome.forgetFile', { name })}>
          <IconX size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
