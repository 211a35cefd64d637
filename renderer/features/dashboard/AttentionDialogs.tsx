import { Alert, Button, Divider, Group, Modal, NumberInput, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionItem, AttentionSettings, DismissalMode } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import type { Issue } from '../../../shared/errors';
import { call, isApiError } from '../../app/api';
import { conflictCurrent, failureText } from '../../ui/failures';
import { ErrorLine } from '../../ui/FormBits';
import { encodeIssue, issueText } from '../../ui/forms';
import { notifySuccess } from '../../ui/notify';
import { useCall } from '../../ui/useCall';

// The answers to an attention item ("Påminn mig senare", "Inte aktuellt") and the register's
// reminder settings. The core checks what is asked (a day after today, a reason); its answers are
// shown beside the field they concern.

/** The field a core issue is about, by its path's first part. */
function fieldIssues(t: TFunction, issues: Issue[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const name = String(issue.path[0] ?? '');
    out[name] ??= issueText(t, encodeIssue(issue.message, issue.params)) ?? '';
  }
  return out;
}

/** The quick choices for a snooze, from the list's day: tomorrow, next Monday, the first of next month. */
export function snoozeChoices(on: string): { tomorrow: string; nextWeek: string; nextMonth: string } {
  const day = new Date(`${on}T00:00:00Z`);
  const weekday = day.getUTCDay(); // 0 = Sunday
  const toMonday = (8 - weekday) % 7 || 7;
  const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
  return { tomorrow: addDays(on, 1), nextWeek: addDays(on, toMonday), nextMonth: first.toISOString().slice(0, 10) };
}

function ItemSummary({ item }: { item: AttentionItem }) {
  return (
    <Alert variant="light" color="gray" p="xs">
      <Text size="sm" fw={500}>
        {item.subject}
      </Text>
      <Text size="sm">{item.text}</Text>
    </Alert>
  );
}

/**
 * Puts an item aside until a day, or marks it not relevant with a reason. `onStale`: the item is
 * gone or its facts changed since the list was read (the list reloads).
 */
export function DismissDialog({
  item,
  mode,
  on,
  onClose,
  onStale,
}: {
  item: AttentionItem;
  mode: DismissalMode;
  on: string;
  onClose: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const choices = snoozeChoices(on);
  const [until, setUntil] = useState(mode === 'snooze' ? choices.nextWeek : '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const snooze = mode === 'snooze';
  const title = snooze ? t('attention.snooze') : t('attention.notRelevant');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const day = until.trim();
      await call('attention.dismiss', {
        key: item.key,
        fingerprint: item.fingerprint,
        mode,
        until: snooze ? day || null : null,
        reason: reason.trim(),
      });
      notifySuccess(snooze ? t('attention.snooze.done', { date: day }) : t('attention.notRelevant.done'));
      onClose();
    } catch (e) {
      const issues = isApiError(e, 'INVALID_INPUT') ? fieldIssues(t, e.error.issues) : null;
      if (isApiError(e, 'NOT_FOUND') || issues?.fingerprint) {
        notifications.show({ color: 'orange', message: issues?.fingerprint ?? t('attention.gone'), autoClose: 8000 });
        onStale();
      } else if (issues && (issues.until || issues.reason)) {
        setErrors(issues);
      } else {
        setError(failureText(t, e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="md">
          <ItemSummary item={item} />
          <Text size="sm">{snooze ? t('attention.snooze.intro') : t('attention.notRelevant.intro')}</Text>
          {snooze ? (
            <>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('attention.snooze.quick')}
                </Text>
                <Group gap="xs">
                  {(['tomorrow', 'nextWeek', 'nextMonth'] as const).map((c) => (
                    <Button
                      key={c}
                      size="xs"
                      variant={until === choices[c] ? 'light' : 'default'}
                      aria-pressed={until === choices[c]}
                      onClick={() => setUntil(choices[c])}
                    >
                      {t(`attention.snooze.${c}`)} · {choices[c]}
                    </Button>
                  ))}
                </Group>
              </Stack>
              <TextInput
                label={t('attention.snooze.until')}
                placeholder={t('field.datePlaceholder')}
                value={until}
                onChange={(e) => setUntil(e.currentTarget.value)}
                error={errors.until}
                w={200}
                data-autofocus
              />
              <Textarea
                label={t('attention.snooze.note')}
                description={t('attention.snooze.noteHelp')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.reason}
                autosize
                minRows={2}
              />
            </>
          ) : (
            <Textarea
              label={t('attention.notRelevant.reason')}
              description={t('attention.notRelevant.reasonHelp')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
              withAsterisk
              autosize
              minRows={3}
              data-autofocus
            />
          )}
          <ErrorLine message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {snooze ? t('attention.snooze.submit') : t('attention.notRelevant.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * "Inställningar för påminnelser": when a sent agreement counts as unsigned (the register's
 * setting, with its revision), and `extra` below it (the desktop notifications' switch).
 */
export function ReminderSettingsDialog({ onClose, extra }: { onClose: () => void; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { data, error: loadError } = useCall('attention.getSettings', {}, { reloadOn: [] });
  return (
    <Modal opened onClose={onClose} title={t('attention.settings')} size="md">
      {loadError ? <ErrorLine message={failureText(t, loadError)} /> : null}
      {data ? <SettingsForm settings={data} onClose={onClose} /> : loadError ? null : <Skeleton h={80} />}
      {extra ? (
        <Stack gap="xs" mt="lg">
          <Divider />
          <Title order={3} size="h6">
            {t('attention.settings.notifications')}
          </Title>
          {extra}
        </Stack>
      ) : null}
    </Modal>
  );
}

function SettingsForm({ settings, onClose }: { settings: AttentionSettings; onClose: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(settings);
  const [days, setDays] = useState<number | string>(settings.sentAgreementDays);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setFieldError(undefined);
    setError(null);
    // NumberInput gives '' when the field is empty.
    if (typeof days !== 'number') {
      setFieldError(t('v.attention.reminderDays'));
      return;
    }
    setBusy(true);
    try {
      await call('attention.setSettings', { revision: current.revision, sentAgreementDays: days });
      notifySuccess(t('attention.settings.saved'));
      onClose();
    } catch (e) {
      const latest = conflictCurrent<AttentionSettings>(e);
      if (latest) {
        // Show the latest, for the user to change and save again.
        setCurrent(latest);
        setDays(latest.sentAgreementDays);
        setError(t('attention.settings.conflict'));
      } else if (isApiError(e, 'INVALID_INPUT') && fieldIssues(t, e.error.issues).sentAgreementDays) {
        setFieldError(fieldIssues(t, e.error.issues).sentAgreementDays);
      } else {
        setError(failureText(t, e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('attention.settings')}>
      <Stack gap="md">
        <NumberInput
          label={t('attention.settings.sentAgreementDays')}
          description={t('attention.settings.sentAgreementDaysHelp')}
          value={days}
          onChange={setDays}
          error={fieldError}
          allowDecimal={false}
          allowNegative={false}
          w={320}
          data-autofocus
        />
        <ErrorLine message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
