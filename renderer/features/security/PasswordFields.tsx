import { Alert, Checkbox, PasswordInput, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/state';
import type { NewPasswordValues } from './passwords';

/** A new password and its repetition (a new register, adding or changing a password). */
export function NewPasswordFields({
  value,
  onChange,
  errors,
  label = 'security.password',
  autoFocus = false,
}: {
  value: NewPasswordValues;
  onChange: (value: NewPasswordValues) => void;
  errors: { password?: string; repeat?: string } | null;
  label?: 'security.password' | 'security.newPassword';
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={t(label)}
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.currentTarget.value })}
        error={errors?.password}
        autoComplete="new-password"
        data-autofocus={autoFocus || undefined}
        maxLength={1024}
      />
      <PasswordInput
        label={t('security.repeatPassword')}
        value={value.repeat}
        onChange={(e) => onChange({ ...value, repeat: e.currentTarget.value })}
        error={errors?.repeat}
        autoComplete="new-password"
        maxLength={1024}
      />
    </>
  );
}

/** A forgotten password cannot be recovered: said once, plainly, wherever one is chosen. */
export function NoRecoveryNote() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
      <Text size="sm">{t('security.noRecovery')}</Text>
    </Alert>
  );
}

/**
 * "Kom ihåg lösenordet på den här datorn" where the desktop app has a key store; where it has
 * none, why not; in browser mode a short note that only the desktop app remembers passwords.
 */
export function RememberOption({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const state = appInfo?.keyStore ?? 'notHere';
  if (state === 'available') {
    return (
      <Checkbox
        label={t('security.remember')}
        description={t('security.rememberHelp')}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    );
  }
  return (
    <Text size="xs" c="dimmed" data-testid="key-store-note">
      {t(state === 'unavailable' ? 'security.keyStoreUnavailable' : 'security.keyStoreNotHere')}
    </Text>
  );
}
