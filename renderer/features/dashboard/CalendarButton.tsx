// "Lägg i kalendern": every dated attention item as an iCalendar file (attention.calendar), saved
// where the host saves documents (the save dialog in the app, the export folder in browser mode),
// with how many events went into which file and, beside the button, how to import it.
import { ActionIcon, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api';
import { useAppState } from '../../app/state';
import { useLang } from '../../ui/lang';
import { notifyError } from '../../ui/notify';
import { notifySaved } from '../../ui/notifySaved';

export function CalendarButton() {
  const { t } = useTranslation();
  const lang = useLang();
  const { appInfo } = useAppState();
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      const result = await call('attention.calendar', { lang });
      if (!result) return; // the save dialog was cancelled
      notifySaved(t, {
        title: t('dashboard.calendar.savedTitle'),
        path: result.path,
        summary: result.events === 0 ? t('dashboard.calendar.noEvents') : t('dashboard.calendar.events', { count: result.events }),
        reveal: appInfo?.nativeDialogs === true,
      });
    } catch (e) {
      notifyError(t, e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="default"
        leftSection={<IconCalendarPlus size={16} />}
        loading={busy}
        onClick={() => void save()}
        title={t('dashboard.calendar.help')}
      >
        {t('dashboard.calendar.button')}
      </Button>
      <Popover width={340} position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('dashboard.calendar.howTo')}>
            <IconInfoCircle size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('dashboard.calendar.howTo')}
            </Text>
            <Text size="sm">{t('dashboard.calendar.help')}</Text>
            <Text size="sm">{t('dashboard.calendar.importHint')}</Text>
            {appInfo && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {appInfo.nativeDialogs
                  ? t('dashboard.calendar.whereNative')
                  : t('dashboard.calendar.whereBrowser', { folder: appInfo.defaultFolder })}
              </Text>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
