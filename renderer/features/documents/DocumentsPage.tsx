import { Badge, Center, Grid, Group, Loader, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyNoticeSettings } from '../../../shared/contract';
import { call, errorKey } from '../../app/api';
import { ErrorLine } from '../../ui/FormBits';
import { PageHeader } from '../../ui/PageHeader';
import { PrivacyNoticeEditor } from './PrivacyNoticeEditor';
import { PrivacyNoticePreview } from './PrivacyNoticePreview';

/** /dokument: documents produced from the register – the privacy notice now, more exports later. */
export function DocumentsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('area.documents')} description={t('documents.description')} />
      <PrivacyNoticeSection />
      <LaterExports />
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

/** The exports that are planned but not built yet, said honestly. */
function LaterExports() {
  const { t } = useTranslation();
  const cards = [
    { key: 'excel', icon: IconFileSpreadsheet },
    { key: 'agreements', icon: IconFileText },
  ] as const;
  return (
    <Stack gap="sm" component="section" aria-labelledby="more-documents-title">
      <Title order={2} size="h3" id="more-documents-title">
        {t('documents.more.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {cards.map(({ key, icon: Icon }) => (
          <Paper key={key} withBorder p="md" radius="md" role="region" aria-label={t(`documents.more.${key}`)}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color="gray" size="lg" radius="md">
                <Icon size={20} />
              </ThemeIcon>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{t(`documents.more.${key}`)}</Text>
                  <Badge variant="light" color="gray" size="sm">
                    {t('documents.more.soon')}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t(`documents.more.${key}Text`)}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
