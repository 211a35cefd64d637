import { Alert, Badge, Button, Group, Modal, NativeSelect, Paper, PasswordInput, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterInfo } from '../../../shared/contract';
import { call, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { ErrorLine } from '../../ui/FormBits';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useTask } from '../../ui/useTask';
import { emptyNewPassword, newPasswordErrors, passwordFailureText, type NewPasswordValues } from './passwords';
import { NewPasswordFields, NoRecoveryNote, RememberOption } from './PasswordFields';

/** "Lås automatiskt efter": the choices, in minutes (null: never). */
export const AUTO_LOCK_CHOICES = [null, 5, 10, 15, 30, 60] as const;

type Change = 'add' | 'change' | 'remove';

/**
 * "Lösenord" beside the backups: whether the register is encrypted and its password remembered
 * here, adding, changing and removing the password, remembering it, and the automatic lock.
 */
export function SecurityTab() {
  const { t } = useTranslation();
  const { register, appInfo } = useAppState();
  const [change, setChange] = useState<Change | null>(null);
  if (!register) return null;
  const readOnly = register.readOnly !== null;
  const encrypted = register.encrypted;

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap">
            {encrypted ? <IconLock size={22} stroke={1.6} /> : <IconLockOpen size={22} stroke={1.6} />}
            <Title order={2} size="h4">
              {t('security.title')}
            </Title>
            <Badge variant="light" color={encrypted ? 'teal' : 'gray'} style={{ textTransform: 'none' }} data-testid="encryption-status">
              {encrypted ? t('security.statusOn') : t('security.statusOff')}
            </Badge>
          </Group>
          <Text size="sm">{encrypted ? t('security.onText') : t('security.offText')}</Text>
          {encrypted && appInfo?.keyStore === 'available' && (
            <Text size="sm" c="dimmed" data-testid="remembered-status">
              {register.passwordRemembered ? t('security.remembered') : t('security.notRemembered')}
            </Text>
          )}
          {/* Where passwords cannot be kept, why not (the switch below is only where they can). */}
          {encrypted && appInfo?.keyStore !== 'available' && <RememberOption checked={false} onChange={() => undefined} />}
          {readOnly && (
            <Alert color="yellow" variant="light" icon={<IconLock size={18} />} py="xs">
              {t('security.readOnly')}
            </Alert>
          )}
          <Group gap="sm">
            {encrypted ? (
              <>
                <Button variant="default" disabled={readOnly} onClick={() => setChange('change')}>
                  {t('security.change')}
                </Button>
                <Button variant="subtle" color="red" disabled={readOnly} onClick={() => setChange('remove')}>
                  {t('security.remove')}
                </Button>
              </>
            ) : (
              <Button leftSection={<IconLock size={16} />} disabled={readOnly} onClick={() => setChange('add')}>
                {t('security.add')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      {encrypted && appInfo?.keyStore === 'available' && <RememberSetting register={register} />}
      <AutoLockSetting encrypted={encrypted} />

      <PasswordChangeModal change={change} onClose={() => setChange(null)} />
    </Stack>
  );
}

/** "Kom ihåg lösenordet på den här datorn" for the open register (only where there is a key store). */
function RememberSetting({ register }: { register: RegisterInfo }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);

  async function toggle(remember: boolean) {
    setSaving(true);
    try {
      // The core announces the new info (register.opened for the same file): the switch follows it.
      await call('register.setRemembered', { remember });
      notifySuccess(t(remember ? 'security.rememberedNow' : 'security.forgotten'));
    } catch (e) {
      notifyError(t, e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Switch
          label={t('security.remember')}
          checked={register.passwordRemembered}
          disabled={saving}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          {t('security.rememberHelp')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** "Lås automatiskt efter": Aldrig, 5 … 60 minuter (an app setting, for every encrypted register). */
function AutoLockSetting({ encrypted }: { encrypted: boolean }) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const current = settings?.autoLockMinutes ?? null;
  const choices: (number | null)[] = [...AUTO_LOCK_CHOICES];
  // A value set elsewhere (the settings file) is still shown.
  if (current !== null && !choices.includes(current)) choices.push(current);

  async function choose(value: string) {
    try {
      await call('settings.setAutoLock', { minutes: value === '' ? null : Number(value) });
      notifySuccess(t('security.autoLockSaved'));
    } catch (e) {
      notifyError(t, e);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <NativeSelect
          label={t('security.autoLock')}
          value={current === null ? '' : String(current)}
          onChange={(e) => void choose(e.currentTarget.value)}
          data={choices.map((minutes) => ({
            value: minutes === null ? '' : String(minutes),
            label: minutes === null ? t('security.autoLockNever') : t('security.autoLockMinutes', { count: minutes }),
          }))}
          maw={320}
        />
        <Text size="xs" c="dimmed">
          {t('security.autoLockHelp')}
          {encrypted && ` ${t('security.lockHint')}`}
        </Text>
      </Stack>
    </Paper>
  );
}

const TITLES: Record<Change, string> = { add: 'security.addTitle', change: 'security.changeTitle', remove: 'security.removeTitle' };
const RUNNING: Record<Change, string> = {
  add: 'security.running.add',
  change: 'security.running.change',
  remove: 'security.running.remove',
};
const DONE: Record<Change, string> = { add: 'security.added', change: 'security.changed', remove: 'security.removed' };

/** Add (new + repeat), change (current + new + repeat) or remove (current, with a warning) the password. */
function PasswordChangeModal({ change, onClose }: { change: Change | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={change !== null} onClose={onClose} title={change ? t(TITLES[change]) : ''} centered>
      {change && <PasswordChangeForm key={change} change={change} onClose={onClose} />}
    </Modal>
  );
}

function PasswordChangeForm({ change, onClose }: { change: Change; onClose: () => void }) {
  const { t } = useTranslation();
  const task = useTask();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [next, setNext] = useState<NewPasswordValues>(emptyNewPassword);
  const [nextErrors, setNextErrors] = useState<{ password?: string; repeat?: string } | null>(null);
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsCurrent = change !== 'add';
  const choosesNew = change !== 'remove';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (task.running) return;
    setError(null);
    const missingCurrent = needsCurrent && current === '' ? t('v.required') : null;
    const wrongNew = choosesNew ? newPasswordErrors(t, next) : null;
    setCurrentError(missingCurrent);
    setNextErrors(wrongNew);
    if (missingCurrent || wrongNew) return;
    try {
      await task.run(
        t(RUNNING[change]),
        () =>
          call('register.setPassword', {
            ...(needsCurrent ? { currentPassword: current } : {}),
            password: choosesNew ? next.password : null,
            ...(change === 'add' && remember ? { remember: true } : {}),
          }),
        <Text size="sm">{t('security.runningIntro')}</Text>,
      );
      notifySuccess(t(DONE[change]));
      onClose();
    } catch (e) {
      if (isApiError(e, 'CANCELLED')) {
        notifySuccess(t('security.cancelled'));
        onClose();
      } else if (isApiError(e, 'WRONG_PASSWORD')) {
        setCurrent('');
        setCurrentError(passwordFailureText(t, e));
      } else {
        setError(passwordFailureText(t, e));
      }
    }
  }

  return (
    <>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {change === 'remove' ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {t('security.removeWarning')}
            </Alert>
          ) : (
            <Text size="sm">{t('security.protectHelp')}</Text>
          )}
          {needsCurrent && (
            <PasswordInput
              label={t('security.currentPassword')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={currentError}
              autoComplete="current-password"
              data-autofocus
            />
          )}
          {choosesNew && (
            <NewPasswordFields
              value={next}
              onChange={setNext}
              errors={nextErrors}
              label={change === 'change' ? 'security.newPassword' : 'security.password'}
              autoFocus={!needsCurrent}
            />
          )}
          {change === 'add' && <RememberOption checked={remember} onChange={setRemember} />}
          {choosesNew && <NoRecoveryNote />}
          <ErrorLine message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={change === 'remove' ? 'red' : undefined} loading={task.running}>
              {change === 'remove' ? t('security.removeConfirm') : t(TITLES[change])}
            </Button>
          </Group>
        </Stack>
      </form>
      {task.modal}
    </>
  );
}
