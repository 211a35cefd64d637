import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { call } from '../app/api';
import { notifyError } from './notify';

interface Saved {
  title: string;
  path: string;
  /** A line above the path, e.g. how many files were written. */
  summary?: string;
  /** Offer "Visa i mappen": only where the host has a file manager (the desktop app). */
  reveal: boolean;
  color?: string;
  /** Before the path; "Sparat som" unless given. */
  label?: string;
}

/** Where a file (or a folder of files) was written; it stays a while, as the path is the point. */
export function notifySaved(t: TFunction, { title, path, summary, reveal, color = 'teal', label }: Saved): void {
  const show = () => {
    call('files.reveal', { path }).catch((e: unknown) => notifyError(t, e));
  };
  notifications.show({
    color,
    title,
    autoClose: 12000,
    message: (
      <Stack gap={6}>
        {summary && <Text size="sm">{summary}</Text>}
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {label ?? t('files.savedAs')} <Code>{path}</Code>
        </Text>
        {reveal && (
          <Group>
            <Button size="compact-xs" variant="light" leftSection={<IconFolderOpen size={14} />} onClick={show}>
              {t('files.reveal')}
            </Button>
          </Group>
        )}
      </Stack>
    ),
  });
}
