import { Alert, Box, Button, Group, Loader, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypeHtml, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages';
import { call, errorKey } from '../../app/api';
import { useAppState } from '../../app/state';
import { ErrorLine } from '../../ui/FormBits';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { usePreflight } from '../../ui/Preflight';
import { useCall } from '../../ui/useCall';

type Format = 'docx' | 'html';

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
];

/**
 * The inner part of the core's HTML document: its <body> content. The core builds and escapes the
 * HTML (the same as the HTML export); the page renders it inside its own styles, so the document's
 * <head> (title, styles) is dropped, and anything executable is removed as a second line of defence.
 */
export function bodyOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.body.querySelectorAll('script, style, link, iframe, object, embed')) node.remove();
  for (const element of doc.body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.toLowerCase().startsWith('on')) element.removeAttribute(attribute.name);
    }
  }
  return doc.body.innerHTML;
}

/** A page-sized document inside a panel: smaller headings than the page's own. */
const DOCUMENT_SCALE = {
  fontSize: 'var(--mantine-font-size-sm)',
  '--mantine-h1-font-size': '1.6rem',
  '--mantine-h2-font-size': '1.2rem',
  '--mantine-h3-font-size': '1.05rem',
  '--mantine-h4-font-size': '0.95rem',
} as CSSProperties;

/**
 * The document's own look (letterhead, blue headings, bordered retention table), scoped to the
 * preview; the core's <head> styles are dropped with the rest of the outer document.
 */
const PREVIEW_CSS = `
[data-notice-preview] .letterhead{display:flex;align-items:center;gap:.75rem;border-bottom:2px solid #1f4e79;padding-bottom:.4rem;font-weight:700;color:#1f4e79}
[data-notice-preview] .letterhead img{max-height:36px;max-width:180px;margin:0}
[data-notice-preview] h1,[data-notice-preview] h2{color:#1f4e79}
[data-notice-preview] h1{margin-top:var(--mantine-spacing-md);margin-bottom:.25rem}
[data-notice-preview] .subtitle{color:var(--mantine-color-dimmed);margin:0}
[data-notice-preview] section{margin-top:var(--mantine-spacing-lg)}
[data-notice-preview] table{width:100%;table-layout:fixed;border-collapse:collapse;font-size:var(--mantine-font-size-xs);overflow-wrap:break-word;hyphens:auto}
[data-notice-preview] th,[data-notice-preview] td{border:1px solid var(--mantine-color-gray-4);padding:.25rem .35rem;text-align:left;vertical-align:top}
[data-notice-preview] th:nth-child(1),[data-notice-preview] th:nth-child(3){width:21%}
[data-notice-preview] th:nth-child(2){width:22%}
[data-notice-preview] thead th{background:#1f4e79;color:#fff}
[data-notice-preview] footer{margin-top:var(--mantine-spacing-lg);color:var(--mantine-color-dimmed);font-size:var(--mantine-font-size-xs)}
`;

/**
 * The notice as the core builds it, in a chosen language, with the DOCX and HTML exports beside it.
 * It is built again after any change in the register (a saved notice, a new activity, the profile).
 */
export function PrivacyNoticePreview({ unsaved }: { unsaved: boolean }) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const [lang, setLang] = useState<Language>(uiLang);
  // The other language's preview stays on screen (dimmed) until this one has come.
  const { data: preview, error, loading, reload } = useCall('privacyNotice.preview', { lang }, { keepPrevious: true });

  const body = useMemo(() => (preview ? bodyOf(preview.html) : ''), [preview]);

  return (
    <Stack gap="sm">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={3} size="h4">
              {t('documents.preview.title')}
            </Title>
            <Group gap="xs">
              <Button.Group aria-label={t('documents.preview.language')}>
                {LANGUAGES.map(({ value, label }) => (
                  <Button
                    key={value}
                    size="xs"
                    variant={lang === value ? 'filled' : 'default'}
                    aria-pressed={lang === value}
                    lang={value}
                    onClick={() => setLang(value)}
                  >
                    {label}
                  </Button>
                ))}
              </Button.Group>
              <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={reload} loading={loading}>
                {t('documents.preview.refresh')}
              </Button>
            </Group>
          </Group>
          <ExportButtons lang={lang} />
          {unsaved && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} py="xs">
              <Text size="sm">{t('documents.preview.unsaved')}</Text>
            </Alert>
          )}
          <ErrorLine message={error ? t(errorKey(error)) : null} />
          {preview && preview.leftOut.length > 0 && (
            <Text size="xs" c="dimmed" data-testid="left-out">
              {t('documents.preview.leftOut')}{' '}
              {preview.leftOut.map((a) => t(`documents.preview.leftOut.${a.reason}`, { name: a.name })).join(', ')}
            </Text>
          )}
          {preview && (
            <Text size="xs" c="dimmed" data-testid="register-version">
              {t('documents.preview.registerVersion', { version: preview.registerVersion })}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper
        withBorder
        radius="md"
        p="lg"
        role="document"
        aria-label={t('documents.preview.label')}
        aria-busy={loading}
        style={{ maxHeight: 'calc(100vh - 290px)', minHeight: 240, overflowY: 'auto', position: 'relative' }}
      >
        {preview ? (
          <Typography lang={lang} style={{ ...DOCUMENT_SCALE, opacity: loading ? 0.5 : 1 }}>
            {/* The core builds and escapes this HTML; see bodyOf. */}
            <style>{PREVIEW_CSS}</style>
            <Box data-notice-preview dangerouslySetInnerHTML={{ __html: body }} />
          </Typography>
        ) : loading ? (
          <Group justify="center" p="xl">
            <Loader />
          </Group>
        ) : null}
      </Paper>
    </Stack>
  );
}

/** "Spara som Word (DOCX)" and "Spara som HTML" for the chosen language. */
function ExportButtons({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const [busy, setBusy] = useState<Format | null>(null);
  const preflight = usePreflight();

  async function save(format: Format) {
    setBusy(format);
    try {
      // What the register lacks for the notice: errors stop here, warnings only if the user says so.
      if (!(await preflight.run({ document: 'privacyNotice', lang }))) return;
      const result = await call('privacyNotice.export', { lang, format });
      if (!result) return; // the user cancelled the save dialog
      notifySaved(t, { title: t('documents.export.done'), path: result.path, reveal: appInfo?.nativeDialogs === true });
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          leftSection={<IconFileTypeDocx size={16} />}
          onClick={() => void save('docx')}
          loading={busy === 'docx'}
          disabled={busy !== null && busy !== 'docx'}
        >
          {t('documents.export.docx')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileTypeHtml size={16} />}
          onClick={() => void save('html')}
          loading={busy === 'html'}
          disabled={busy !== null && busy !== 'html'}
        >
          {t('documents.export.html')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('documents.export.htmlHelp')}
      </Text>
    </Stack>
  );
}
