import { Stack, Switch, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api';
import { useAppState } from '../../app/state';
import { notifyError } from '../../ui/notify';

/**
 * "Visa en avisering när något blir försenat": the user's setting (not the register's), for every
 * register; only the desktop app shows notifications, so elsewhere the help says so.
 */
export function NotificationToggle() {
  const { t } = useTranslation();
  const { settings, appInfo } = useAppState();
  const [saving, setSaving] = useState(false);
  const helpId = useId();

  async function toggle(notifyOverdue: boolean) {
    setSaving(true);
    try {
      // The settings follow from settings.changed.
      await call('settings.setNotifyOverdue', { notifyOverdue });
    } catch (error) {
      notifyError(t, error);
    } finally {
      setSaving(false);
    }
  }

  // The help beside the switch, not in its label (Mantine's description would make it part of the name).
  return (
    <Stack gap={4}>
      <Switch
        label={t('dashboard.reminders.notify')}
        aria-describedby={helpId}
        checked={settings?.notifyOverdue ?? true}
        disabled={saving || settings === undefined}
        onChange={(e) => void toggle(e.currentTarget.checked)}
      />
      <Text id={helpId} size="xs" c="dimmed">
        {t(appInfo?.host === 'electron' ? 'dashboard.reminders.notifyHelp' : 'dashboard.reminders.notifyDesktopOnly')}
      </Text>
    </Stack>
  );
}
