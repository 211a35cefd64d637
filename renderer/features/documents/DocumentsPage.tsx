import { Center, Grid, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
import { useCall } from '../../ui/useCall';
import { PrivacyNoticeEditor } from './PrivacyNoticeEditor';
import { PrivacyNoticePreview } from './PrivacyNoticePreview';
import { RegisterExports } from './RegisterExports';

/** /dokument: what is produced from the register – the whole register as Excel or JSON, and the privacy notice. */
export function DocumentsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('area.documents')} description={t('documents.description')} />
      <RegisterExports />
      <PrivacyNoticeSection />
    </Stack>
  );
}

function PrivacyNoticeSection() {
  const { t } = useTranslation();
  // Read once: the editor keeps what it read, and a change made elsewhere is offered on save (CONFLICT).
  const { data: settings, error: loadError } = useCall('privacyNotice.get', {}, { reloadOn: [] });
  const [dirty, setDirty] = useState(false);

  return (
    <Stack gap="sm" component="section" aria-labelledby="privacy-notice-title">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" radius="md">
          <IconShieldLock size={20} />
        </ThemeIcon>
        <div>
          <Title order={2} size="h3" id="privacy-notice-title">
            {t('documents.notice.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('documents.notice.description')}
          </Text>
        </div>
      </Group>
      <ErrorLine message={loadError ? t(errorKey(loadError)) : null} />
      {settings ? (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <PrivacyNoticeEditor initial={settings} onDirtyChange={setDirty} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }} style={{ position: 'sticky', top: 72 }}>
            <PrivacyNoticePreview unsaved={dirty} />
          </Grid.Col>
        </Grid>
      ) : loadError ? null : (
        <Center p="xl">
          <Loader />
        </Center>
      )}
    </Stack>
  );
}
