import { Alert, Badge, Button, Center, Code, Group, Loader, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconDatabaseExport, IconFolder, IconRestore } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, BackupList } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { call, errorKey, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { DataTable } from '../../ui/DataTable';
import { ErrorLine } from '../../ui/FormBits';
import { failureText } from '../../ui/failures';
import { formatDateTime } from '../../ui/format';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { useCall } from '../../ui/useCall';
import { usePasswordPrompt } from '../security/usePasswordPrompt';

/** "12 kB", "3,4 MB". */
export function sizeText(t: TFunction, lang: Language, bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024 * 1024) return t('backups.sizeKb', { size: number(Math.max(1, Math.round(bytes / 1024))) });
  return t('backups.sizeMb', { size: number(bytes / (1024 * 1024)) });
}

const reasonText = (t: TFunction, reason: BackupEntry['reason']) => t(`backups.reason.${reason ?? 'unknown'}`);

/** "Säkerhetskopior": where they go, the latest, "Säkerhetskopiera nu", and every copy with "Återställ". */
export function BackupsTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appInfo } = useAppState();
  const list = useCall('backups.list', {}, { reloadOn: ['backups', 'register'] });
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [folderOpen, setFolderOpen] = useState(false);
  const prompt = usePasswordPrompt();
  const data = list.data;

  async function createNow() {
    setCreating(true);
    try {
      const made = await call('backups.create', {});
      notifySuccess(t('backups.created', { file: made.fileName }));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setCreating(false);
    }
  }

  function confirmRestore(backup: BackupEntry) {
    const date = formatDateTime(backup.at);
    modals.openConfirmModal({
      title: t('backups.restoreTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('backups.restoreText', { date })}</Text>
          {!backup.verified && (
            <Text size="sm" c="dimmed">
              {t('backups.restoreUnverified')}
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: t('backups.restoreConfirm'), cancel: t('common.cancel') },
      onConfirm: () => void restore(backup, date),
    });
  }

  async function restore(backup: BackupEntry, date: string) {
    setRestoring(backup.path);
    try {
      // The core opens the new file and announces it: the app starts afresh on that register. A
      // backup under an older password (from before it was changed) asks for that one.
      const opened = await prompt.withPassword((password) =>
        call('backups.restore', { path: backup.path, ...(password === undefined ? {} : { password }) }),
      );
      if (!opened) {
        setRestoring(null);
        return;
      }
      notifySaved(t, {
        title: t('backups.restoredTitle'),
        summary: t('backups.restoredSummary', { date }),
        label: t('backups.openNow'),
        path: opened.path,
        reveal: appInfo?.nativeDialogs === true,
        plainCopy: false,
      });
    } catch (e) {
      notifyError(t, e);
      setRestoring(null);
    }
  }

  const columns: ColumnDef<BackupEntry, unknown>[] = [
    { id: 'at', header: t('backups.col.at'), size: 140, cell: ({ row: { original: b } }) => formatDateTime(b.at) },
    { id: 'size', header: t('backups.col.size'), size: 90, cell: ({ row: { original: b } }) => sizeText(t, lang, b.bytes) },
    { id: 'customers', header: t('backups.col.customers'), size: 80, cell: ({ row: { original: b } }) => b.counts?.customers ?? '–' },
    { id: 'activities', header: t('backups.col.activities'), size: 100, cell: ({ row: { original: b } }) => b.counts?.activities ?? '–' },
    { id: 'agreements', header: t('backups.col.agreements'), size: 90, cell: ({ row: { original: b } }) => b.counts?.agreements ?? '–' },
    {
      id: 'verified',
      header: t('backups.col.verified'),
      size: 100,
      cell: ({ row: { original: b } }) => (
        <Badge variant="light" color={b.verified ? 'teal' : 'gray'} style={{ textTransform: 'none' }}>
          {b.verified ? t('backups.verifiedYes') : t('backups.verifiedNo')}
        </Badge>
      ),
    },
    { id: 'reason', header: t('backups.col.reason'), size: 170, cell: ({ row: { original: b } }) => reasonText(t, b.reason) },
    {
      id: 'restore',
      header: '',
      size: 120,
      cell: ({ row: { original: b } }) => (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconRestore size={14} />}
          loading={restoring === b.path}
          disabled={restoring !== null && restoring !== b.path}
          onClick={(e: MouseEvent) => {
            e.stopPropagation();
            confirmRestore(b);
          }}
          aria-label={t('backups.restoreNamed', { date: formatDateTime(b.at) })}
        >
          {t('backups.restore')}
        </Button>
      ),
    },
  ];

  if (!data && !list.error) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.working')} />
      </Center>
    );
  }

  return (
    <Stack gap="sm">
      <ErrorLine message={list.error ? t(errorKey(list.error)) : null} />
      {data && (
        <>
          <Paper withBorder p="md" radius="md">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={600}>
                    {t('backups.folder')}{' '}
                    <Text span size="sm" c="dimmed" fw={400}>
                      – {data.customRoot ? t('backups.folderChosen') : t('backups.folderDefault')}
                    </Text>
                  </Text>
                  <Code style={{ wordBreak: 'break-all' }} data-testid="backup-folder">
                    {data.folder}
                  </Code>
                  <Text size="sm">
                    {t('backups.last')}:{' '}
                    <Text span size="sm" fw={600} data-testid="last-backup">
                      {data.lastBackupAt ? formatDateTime(data.lastBackupAt) : t('backups.lastNone')}
                    </Text>
                  </Text>
                </Stack>
                <Group gap="sm">
                  <Button variant="default" leftSection={<IconFolder size={16} />} onClick={() => setFolderOpen(true)}>
                    {t('backups.changeFolder')}
                  </Button>
                  <Button leftSection={<IconDatabaseExport size={16} />} onClick={() => void createNow()} loading={creating}>
                    {t('backups.createNow')}
                  </Button>
                </Group>
              </Group>
              <Text size="xs" c="dimmed">
                {t('backups.when')}
              </Text>
            </Stack>
          </Paper>
          {!data.available && (
            <Alert color="orange" icon={<IconAlertTriangle size={20} />} role="alert">
              {t('backups.folderUnavailable')}
            </Alert>
          )}
          <DataTable<BackupEntry>
            label={t('history.tabBackups')}
            rows={data.backups}
            columns={columns}
            getRowId={(b) => b.path}
            rowLabel={(b) => `${formatDateTime(b.at)} ${reasonText(t, b.reason)}`}
            emptyText={t('backups.empty')}
          />
          {prompt.modal}
          <Modal opened={folderOpen} onClose={() => setFolderOpen(false)} title={t('backups.folderTitle')} size="lg">
            {folderOpen && <FolderForm list={data} onClose={() => setFolderOpen(false)} onSaved={list.reload} />}
          </Modal>
        </>
      )}
    </Stack>
  );
}

/** "Byt mapp": a typed path (the host has no folder picker the renderer can reach), or back to the default. */
function FolderForm({ list, onClose, onSaved }: { list: BackupList; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const [value, setValue] = useState(settings?.backupFolder ?? (list.customRoot ? list.root : ''));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function apply(folder: string | null) {
    setSaving(true);
    setError(null);
    try {
      const next = await call('settings.setBackupFolder', { folder });
      notifySuccess(t('backups.folderSaved', { folder: next.backupFolder ?? t('backups.folderDefault') }));
      onSaved();
      onClose();
    } catch (e) {
      if (isApiError(e, 'FILE_NOT_FOUND')) setError(t('backups.folderMissing'));
      else if (isApiError(e, 'INVALID_INPUT') && e.error.issues?.[0])
        setError(t(e.error.issues[0].message, e.error.issues[0].params ?? {}));
      else setError(failureText(t, e));
    } finally {
      setSaving(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void apply(value.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('backups.folderHelp')}
        </Text>
        <TextInput
          label={t('backups.folderLabel')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          placeholder={list.root}
          data-autofocus
        />
        <Group justify="space-between">
          {list.customRoot ? (
            <Button variant="subtle" onClick={() => void apply(null)} disabled={saving}>
              {t('backups.folderUseDefault')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
