import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconLayoutDashboard, IconMapPinOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../app/paths';
import { PageHeader } from './PageHeader';

/** An address inside the register that leads nowhere (an old link, a typed address): say so, and offer the way back. */
export function NotFound() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack>
      <PageHeader title={t('notFound.title')} />
      <Alert icon={<IconMapPinOff size={20} />} color="gray" variant="light">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('notFound.text', { address: pathname })}</Text>
          <Button component={Link} to={paths.dashboard} size="xs" leftSection={<IconLayoutDashboard size={14} />}>
            {t('notFound.toOverview')}
          </Button>
        </Stack>
      </Alert>
    </Stack>
  );
}
