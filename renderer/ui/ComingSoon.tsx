import { Alert, Stack, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './PageHeader';

/** An honest page for an area that is not built yet: what will be here, in one sentence. */
export function ComingSoon({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t(`area.${area}`)} />
      <Alert icon={<IconHourglass size={20} />} color="gray" variant="light" title={t('soon.title')}>
        <Text size="sm">{t(`soon.${area}`)}</Text>
      </Alert>
    </Stack>
  );
}
