import { Alert, Button, Card, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Breach, BreachDocument } from '../../../../shared/contract/breaches';
import type { Language } from '../../../../shared/messages';
import { call, isApiError } from '../../../app/api';
import { useAppState } from '../../../app/state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { notifySaved } from '../../../ui/notifySaved';
import { usePreflight } from '../../../ui/Preflight';

// The breach's documents: each goes through the preflight first, then the core writes it through
// its save port (a dialog in the desktop app, the data folder in browser mode) and says where.

export function useBreachDocuments(breach: Breach) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const preflight = usePreflight();
  const [busy, setBusy] = useState<string | null>(null);
  const reveal = appInfo?.nativeDialogs === true;

  async function generate(document: BreachDocument, lang: Language, customerId?: number): Promise<void> {
    const key = `${document}-${customerId ?? ''}`;
    setBusy(key);
    try {
      const go = await preflight.run({
        document: 'breachDocument',
        lang,
        breachId: breach.id,
        breachDocument: document,
        ...(customerId === undefined ? {} : { customerId }),
      });
      if (!go) return;
      const saved = await call('breaches.document', {
        id: breach.id,
        document,
        lang,
        ...(customerId === undefined ? {} : { customerId }),
      });
      if (saved) notifySaved(t, { title: t(`breaches.doc.saved.${document}`), path: saved.path, reveal });
    } catch (e) {
      if (isApiError(e, 'CANCELLED')) notifySuccess(t('e.CANCELLED'));
      else notifyError(t, e);
    } finally {
      setBusy(null);
    }
  }

  /** Every affected customer's notice into one folder, after each customer's check. */
  async function generateAll(): Promise<void> {
    setBusy('all');
    try {
      for (const c of breach.customers) {
        const go = await preflight.run({
          document: 'breachDocument',
          lang: c.lang,
          breachId: breach.id,
          breachDocument: 'customerNotice',
          customerId: c.customerId,
        });
        if (!go) return;
      }
      const result = await call('breaches.customerNotices', { id: breach.id });
      if (result)
        notifySaved(t, {
          title: t('breaches.doc.savedAll', { count: result.files.length }),
          path: result.folder,
          label: t('breaches.doc.folder'),
          reveal,
        });
    } catch (e) {
      if (isApiError(e, 'CANCELLED')) notifySuccess(t('e.CANCELLED'));
      else notifyError(t, e);
    } finally {
      setBusy(null);
    }
  }

  return { generate, generateAll, busy };
}

/** As controller: the draft for IMY's e-service and the notice to the data subjects. */
export function ControllerDocuments({ breach }: { breach: Breach }) {
  const { t, i18n } = useTranslation();
  const { generate, busy } = useBreachDocuments(breach);
  const [lang, setLang] = useState<Language>(i18n.language === 'en' ? 'en' : 'sv');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="breach-documents-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="breach-documents-title">
          {t('breaches.doc.title')}
        </Title>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="breach-documents-lang">
            {t('breaches.doc.lang')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="breach-documents-lang"
            value={lang}
            onChange={(v) => setLang(v as Language)}
            data={[
              { value: 'sv', label: 'Svenska' },
              { value: 'en', label: 'English' },
            ]}
            w="fit-content"
          />
        </Stack>
        <Button
          variant="light"
          leftSection={<IconFileText size={16} />}
          loading={busy === 'imyDraft-'}
          onClick={() => void generate('imyDraft', lang)}
        >
          {t('breaches.doc.imyDraft')}
        </Button>
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={16} />} p="xs">
          <Text size="xs">{t('breaches.doc.imyDraftNote')}</Text>
        </Alert>
        <Button
          variant="light"
          leftSection={<IconFileText size={16} />}
          loading={busy === 'subjectNotice-'}
          onClick={() => void generate('subjectNotice', lang)}
        >
          {t('breaches.doc.subjectNotice')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('breaches.doc.fromSaved')}
        </Text>
      </Stack>
    </Card>
  );
}
