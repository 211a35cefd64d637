import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { call } from '../../app/api';
import { notifyError } from '../../ui/notify';

interface SavedFile {
  title: string;
  path: string;
  /** A line above the path, e.g. how much was written. */
  summary?: string;
  /** Offer "Visa i mappen": only where the host has a file manager to show it in (Electron). */
  reveal: boolean;
}

/**
 * The notification after a file has been written: where it went, and "Visa i mappen" on the
 * desktop. It stays a while, as the path is what the user needs to find the file.
 */
export function notifySaved(t: TFunction, { title, path, summary, reveal }: SavedFile): void {
  const show = () => {
    call('files.reveal', { path }).catch((e: unknown) => notifyError(t, e));
  };
  notifications.show({
    color: 'teal',
    title,
    autoClose: 12000,
    message: (
      <Stack gap={6}>
        {summary && <Text size="sm">{summary}</Text>}
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('exports.savedAs')} <Code>{path}</Code>
        </Text>
        {reveal && (
          <Group>
            <Button size="compact-xs" variant="light" leftSection={<IconFolderOpen size={14} />} onClick={show}>
              {t('exports.reveal')}
            </Button>
          </Group>
        )}
      </Stack>
    ),
  });
}
