import { Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { failureText } from '../../ui/failures';
import { notifySuccess } from '../../ui/notify';

/**
 * "Ditt namn i historiken": the display name the history shows beside the OS user. An app setting
 * (stored on this computer, like the language), so it sits where the history is read.
 */
export function DisplayNameSetting() {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const [editing, setEditing] = useState(false);
  const name = settings?.displayName ?? '';
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{t('history.you')}:</Text>
        <Text size="sm" fw={name ? 600 : undefined} c={name ? undefined : 'dimmed'} data-testid="display-name">
          {name || t('history.youNoneShort')}
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={() => setEditing(true)} aria-label={t('history.youTitle')}>
          {t('history.youChange')}
        </Anchor>
      </Group>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('history.youTitle')}>
        {editing && <DisplayNameForm initial={name} onClose={() => setEditing(false)} />}
      </Modal>
    </>
  );
}

function DisplayNameForm({ initial, onClose }: { initial: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('settings.setDisplayName', { displayName: value });
      notifySuccess(t('history.youSaved'));
      onClose();
    } catch (e) {
      const issue = isApiError(e, 'INVALID_INPUT') ? e.error.issues?.[0] : undefined;
      setError(issue ? t(issue.message, issue.params ?? {}) : failureText(t, e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('history.youHelp')}
        </Text>
        <TextInput
          label={t('history.youLabel')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
