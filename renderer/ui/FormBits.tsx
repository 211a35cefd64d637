import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The CONFLICT message: nothing was saved; the user chooses to load the latest version. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconAlertCircle size={20} />} title={t('conflict.title')} role="alert">
      <Text size="sm" mb="xs">
        {t('e.CONFLICT')}
      </Text>
      <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} />} onClick={onReload}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}

/** A friendly error line for a failed save or load (never internals). */
export function ErrorLine({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle size={20} />} role="alert" py="xs">
      {message}
    </Alert>
  );
}

export function FormActions({ children }: { children: React.ReactNode }) {
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      {children}
    </Group>
  );
}
