import { ActionIcon, Button, FileButton, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDownload, IconFileTypePdf, IconPaperclip, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type Agreement,
  type AgreementAttachment,
  type AttachmentType,
} from '../../../shared/contract';
import { call } from '../../app/api';
import { useAppState } from '../../app/state';
import { readBase64 } from '../../ui/files';
import { ErrorLine } from '../../ui/FormBits';
import { useLang } from '../../ui/lang';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { failureLine } from './failure';
import { formatBytes, localDate } from './format';

const MAX_MB = Math.round(ATTACHMENT_MAX_BYTES / (1024 * 1024));

/** The type the browser gives the file (from its name); the core refuses any other and checks the content. */
const mimeOf = (file: File) => file.type as AttachmentType;

interface Props {
  agreement: Agreement;
  onChanged: (agreement: Agreement) => void;
  /** The page's editor takes a CONFLICT (true when it was one). */
  onConflict: (error: unknown) => boolean;
}

/** The signed copy (PDF or scan) attached back to the agreement. */
export function AgreementAttachments({ agreement, onChanged, onConflict }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { appInfo } = useAppState();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function attach(file: File | null) {
    if (!file) return;
    setError(null);
    // Checked here too, so a huge scan is not read and sent only to be refused.
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setError(t('v.attachment.tooLarge', { max: MAX_MB }));
      return;
    }
    setBusy(true);
    try {
      const dataBase64 = await readBase64(file);
      const saved = await call('agreements.attach', {
        id: agreement.id,
        revision: agreement.revision,
        fileName: file.name,
        mime: mimeOf(file),
        dataBase64,
      });
      notifySuccess(t('agreements.attached', { name: file.name }));
      onChanged(saved);
    } catch (e) {
      if (!onConflict(e)) setError(failureLine(t, e));
    } finally {
      setBusy(false);
    }
  }

  async function save(attachment: AgreementAttachment) {
    try {
      const saved = await call('agreements.saveAttachment', { attachmentId: attachment.id });
      if (saved) notifySaved(t, { title: t('agreements.savedTitle'), path: saved.path, reveal: appInfo?.nativeDialogs === true });
    } catch (e) {
      notifyError(t, e);
    }
  }

  function confirmRemove(attachment: AgreementAttachment) {
    modals.openConfirmModal({
      title: t('agreements.removeCopyTitle'),
      children: <Text size="sm">{t('agreements.removeCopyText', { name: attachment.fileName })}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          const saved = await call('agreements.removeAttachment', {
            agreementId: agreement.id,
            revision: agreement.revision,
            attachmentId: attachment.id,
          });
          notifySuccess(t('agreements.copyRemoved', { name: attachment.fileName }));
          onChanged(saved);
        } catch (e) {
          if (!onConflict(e)) notifyError(t, e);
        }
      },
    });
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-copies-title">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="agreement-copies-title">
            {t('agreements.copies')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('agreements.copiesHelp', { max: MAX_MB })}
          </Text>
        </div>
        <FileButton onChange={(f) => void attach(f)} accept={ATTACHMENT_TYPES.join(',')}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconPaperclip size={16} />} loading={busy} style={{ flexShrink: 0 }}>
              {t('agreements.attach')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Stack gap="xs">
        {agreement.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreements.noCopies')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('agreements.copies')}>
            {agreement.attachments.map((a) => {
              const Icon = a.mime === 'application/pdf' ? IconFileTypePdf : IconPhoto;
              return (
                <Group
                  key={a.id}
                  component="li"
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                  py={4}
                  style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <Icon size={20} color="var(--mantine-color-gray-6)" style={{ flexShrink: 0 }} />
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate>
                        {a.fileName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatBytes(a.size, lang)} · {t('agreements.attachedOn', { date: localDate(a.createdAt) })}
                      </Text>
                    </div>
                  </Group>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('agreements.saveCopy', { name: a.fileName })}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => void save(a)}
                        aria-label={t('agreements.saveCopy', { name: a.fileName })}
                      >
                        <IconDownload size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('agreements.removeCopy', { name: a.fileName })}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => confirmRemove(a)}
                        aria-label={t('agreements.removeCopy', { name: a.fileName })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
              );
            })}
          </Stack>
        )}
        <ErrorLine message={error} />
      </Stack>
    </Paper>
  );
}
