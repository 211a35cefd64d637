import { Anchor, Center, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorKey } from '../app/api';
import { ErrorLine } from './FormBits';
import { NotFound } from './NotFound';
import { NO_SUCH_ADDRESS } from './useRecordEditor';

/** "← Alla kunder": the link from a record page back to its list. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {label}
      </Group>
    </Anchor>
  );
}

/** What a record page shows until its record has come: a spinner, or why it could not be read. */
export function RecordLoading({ back, loadError }: { back: React.ReactNode; loadError: unknown }) {
  const { t } = useTranslation();
  if (loadError === NO_SUCH_ADDRESS) return <NotFound />;
  return (
    <Stack>
      {back}
      {loadError ? (
        <ErrorLine message={t(errorKey(loadError))} />
      ) : (
        <Center p="xl">
          <Loader aria-label={t('common.working')} />
        </Center>
      )}
    </Stack>
  );
}
