import { Box, Button, Center, Code, Group, Paper, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockedRegister } from '../../../shared/contract';
import { useAppState } from '../../app/state';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { passwordFailureText, retryAfterMs, useCountdown } from '../security/passwords';
import { RememberOption } from '../security/PasswordFields';
import { useRegisterActions } from './RegisterActions';

/**
 * Shown while an encrypted register waits for its password: its file name only (the
 * organisation's name is inside the file), the password, "Lås upp", and a way back. A wrong
 * password says so under the field; after a few the core asks for a pause, counted down here.
 */
export function UnlockPage({ locked }: { locked: LockedRegister }) {
  const { t } = useTranslation();
  const { register } = useAppState();
  const actions = useRegisterActions();
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [until, setUntil] = useState<number | null>(() => (locked.retryAfterMs > 0 ? Date.now() + locked.retryAfterMs : null));
  const wait = useCountdown(until);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || wait > 0) return;
    if (password === '') {
      setError(t('v.required'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    // On success the app state moves on to the register and this page goes away.
    const refused = await actions.unlock(locked.path, password, remember);
    setBusy(false);
    if (refused) {
      setError(passwordFailureText(t, refused));
      const pause = retryAfterMs(refused);
      setUntil(pause > 0 ? Date.now() + pause : null);
      setPassword('');
      input.current?.focus();
    }
  }

  return (
    <Box mih="100vh" bg="gray.0" py={48} px="md">
      <Center>
        <Stack w="100%" maw={480} gap="lg">
          <Group justify="space-between" align="flex-start">
            <Text fw={700} size="lg" c="forteckna.8">
              Förteckna
            </Text>
            <LanguageSwitch />
          </Group>
          <Paper withBorder p="xl" radius="md">
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack>
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" size="lg" radius="xl">
                    <IconLock size={20} />
                  </ThemeIcon>
                  <Title order={1} size="h3">
                    {t('unlock.title')}
                  </Title>
                </Group>
                <Text size="sm">{t('unlock.intro')}</Text>
                <Code block style={{ wordBreak: 'break-all' }} data-testid="locked-file" title={locked.fileName}>
                  {locked.fileName}
                </Code>
                <PasswordInput
                  ref={input}
                  label={t('unlock.password')}
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={error}
                  autoComplete="current-password"
                  autoFocus
                  maxLength={1024}
                />
                <RememberOption checked={remember} onChange={setRemember} />
                {wait > 0 && (
                  <Text size="sm" c="dimmed" aria-live="polite" data-testid="unlock-wait">
                    {t('unlock.wait', { seconds: wait })}
                  </Text>
                )}
                <Group justify="space-between" wrap="wrap-reverse">
                  <Button variant="subtle" onClick={actions.leaveUnlock} disabled={busy}>
                    {register ? t('unlock.back') : t('unlock.other')}
                  </Button>
                  <Button type="submit" leftSection={<IconLock size={16} />} loading={busy} disabled={wait > 0}>
                    {t('unlock.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
