import { Alert, Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconLanguage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { call } from '../../app/api';
import { useAppState } from '../../app/state';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { usePreflight } from '../../ui/Preflight';

/**
 * The same version in the other language (issue 14 §3): made once while the version still
 * matches the register, then saved like the version's own document.
 */
export function LanguageVariant({ agreement: a, onChanged }: { agreement: Agreement; onChanged: (next: Agreement) => void }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const preflight = usePreflight();
  const [busy, setBusy] = useState<'make' | 'save' | null>(null);
  const other: Language = a.lang === 'sv' ? 'en' : 'sv';
  const variant = a.variants.find((v) => v.lang === other);
  const langName = t(`agreements.langName.${other}`);

  async function make() {
    setBusy('make');
    try {
      if (!(await preflight.run({ document: 'agreement', lang: other, customerId: a.customerId }))) return;
      const next = await call('agreements.addLanguage', { id: a.id, lang: other });
      notifySuccess(t(`agreements.variant.done.${other}`));
      onChanged(next);
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    setBusy('save');
    try {
      const saved = await call('agreements.saveDocument', { id: a.id, lang: other });
      if (saved) notifySaved(t, { title: t('agreements.savedTitle'), path: saved.path, reveal: appInfo?.nativeDialogs === true });
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreement-variant-title">
      <Title order={2} size="h4" id="agreement-variant-title" mb="sm">
        {t('agreements.variant.title')}
      </Title>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('agreements.variant.help', { lang: langName })}</Text>
        {variant ? (
          <>
            <Button leftSection={<IconFileTypeDocx size={16} />} onClick={() => void save()} loading={busy === 'save'}>
              {t(`agreements.variant.save.${other}`)}
            </Button>
            <Text size="xs" c="dimmed">
              {t('agreements.variant.generatedAt', { date: formatDateTime(variant.generatedAt) })}
            </Text>
            <div>
              <Text size="xs" c="dimmed">
                {t('agreements.variant.sha256', { lang: langName })}
              </Text>
              <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }} data-testid="variant-sha256">
                {variant.sha256}
              </Code>
            </div>
          </>
        ) : a.outOfDate ? (
          <Alert color="gray" p="xs">
            <Text size="sm">{t('agreements.variant.outOfDate', { lang: langName })}</Text>
          </Alert>
        ) : (
          <Button variant="default" leftSection={<IconLanguage size={16} />} onClick={() => void make()} loading={busy === 'make'}>
            {t(`agreements.variant.make.${other}`)}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
