import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
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

/** What does not add up about a record (message keys from the core), one line each; nothing when there is none. */
export function WarningsAlert({ title, warnings }: { title: string; warnings: readonly string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={title} role="status">
      <Stack gap={4}>
        {warnings.map((w) => (
          <Text size="sm" key={w}>
            {t(w)}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
