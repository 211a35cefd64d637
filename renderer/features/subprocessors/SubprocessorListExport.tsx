import { Button, Checkbox, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBPROCESSOR_LIST_FORMATS } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { call } from '../../app/api';
import { useAppState } from '../../app/state';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';
import { useCall } from '../../ui/useCall';

type Format = (typeof SUBPROCESSOR_LIST_FORMATS)[number];

/** Each language named in itself, as in the workbook's choice. */
const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'sv', label: 'Svenska' },
  { value: 'en', label: 'English' },
];

const ALL = 'all';

/**
 * "Exportera lista": the public sub-processor list (for the website, or a customer who asks) as
 * Word, Excel or a web page, in either language, for all services or one.
 */
export function SubprocessorListExport({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const uiLang = useLang();
  const { appInfo } = useAppState();
  const [format, setFormat] = useState<Format>('docx');
  const [lang, setLang] = useState<Language>(uiLang);
  const [service, setService] = useState<string>(ALL);
  const [includePlanned, setIncludePlanned] = useState(true);
  const [busy, setBusy] = useState(false);
  const { data: services } = useCall('services.list', opened ? {} : null, { reloadOn: ['services'] });
  // Each time it opens: the document in the UI's current language.
  useEffect(() => {
    if (opened) setLang(uiLang);
  }, [opened, uiLang]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const result = await call('subprocessorList.export', {
        format,
        lang,
        includePlanned,
        ...(service === ALL ? {} : { serviceId: Number(service) }),
      });
      if (!result) return; // the save dialog was cancelled
      onClose();
      notifySaved(t, { title: t('subprocessors.export.done'), path: result.path, reveal: appInfo?.nativeDialogs === true });
    } catch (error) {
      notifyError(t, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('subprocessors.export.title')} centered size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('subprocessors.export.intro')}</Text>
          <Radio.Group label={t('subprocessors.export.format')} value={format} onChange={(v) => setFormat(v as Format)}>
            <Group mt={4}>
              {SUBPROCESSOR_LIST_FORMATS.map((f) => (
                <Radio key={f} value={f} label={t(`subprocessors.export.${f}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group label={t('subprocessors.export.language')} value={lang} onChange={(v) => setLang(v as Language)}>
            <Group mt={4}>
              {LANGUAGES.map((l) => (
                <Radio key={l.value} value={l.value} label={l.label} lang={l.value} />
              ))}
            </Group>
          </Radio.Group>
          <Select
            label={t('subprocessors.export.service')}
            value={service}
            onChange={(v) => setService(v ?? ALL)}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('subprocessors.export.allServices') },
              ...(services ?? []).map((s) => ({ value: String(s.id), label: s.name })),
            ]}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={t('subprocessors.export.planned')}
            description={t('subprocessors.export.plannedHelp')}
            checked={includePlanned}
            onChange={(e) => setIncludePlanned(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('subprocessors.export.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
