import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolderOpen, IconLockOpen } from '@tabler/icons-react';
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
  /**
   * The file holds data taken out of the open register (every export: Excel, Word, JSON), so it
   * is not protected by the register's password. Default true; false for a restored backup or
   * an imported register, which are registers of their own.
   */
  plainCopy?: boolean;
}

// Which register the exports come from (kept by renderer/app/state.tsx), and which encrypted
// registers have already had their warning in this session of the app.
let source: { path: string; encrypted: boolean } | null = null;
const warned = new Set<string>();

/** The open register changed: its exports are warned about if it is encrypted. */
export function exportsComeFrom(register: { path: string; encrypted: boolean } | null): void {
  source = register ? { path: register.path, encrypted: register.encrypted } : null;
}

/**
 * Exporting from a password-protected register: the exported file is not protected. Said once
 * per register in a session, and it stays until closed (it is read once, then known).
 */
function warnPlainCopy(t: TFunction): void {
  if (!source?.encrypted || warned.has(source.path)) return;
  warned.add(source.path);
  notifications.show({
    id: `plain-copy-${source.path}`,
    color: 'yellow',
    icon: <IconLockOpen size={18} />,
    title: t('files.plainTitle'),
    message: <Text size="sm">{t('files.plainText')}</Text>,
    autoClose: false,
  });
}

/** Where a file (or a folder of files) was written; it stays a while, as the path is the point. */
export function notifySaved(t: TFunction, { title, path, summary, reveal, color = 'teal', label, plainCopy = true }: Saved): void {
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
  if (plainCopy) warnPlainCopy(t);
}
