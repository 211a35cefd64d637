import { Center, Grid, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyNoticeSettings } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
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
  const [settings, setSettings] = useState<PrivacyNoticeSettings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [dirty, setDirty] = useState(false);
  /** Bumped after every save so that the preview is built again. */
  const [savedCount, setSavedCount] = useState(0);

  useEffect(() => {
    let alive = true;
    call('privacyNotice.get', {})
      .then((s) => alive && setSettings(s))
      .catch((e: unknown) => alive && setLoadError(e));
    return () => {
      alive = false;
    };
  }, []);

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
            <PrivacyNoticeEditor
              settings={settings}
              onSaved={(s) => {
                setSettings(s);
                setSavedCount((n) => n + 1);
              }}
              onDirtyChange={setDirty}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }} style={{ position: 'sticky', top: 72 }}>
            <PrivacyNoticePreview savedCount={savedCount} unsaved={dirty} />
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
