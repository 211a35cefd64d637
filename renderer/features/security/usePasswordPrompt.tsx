import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { passwordFailureText, retryAfterMs, useCountdown } from './passwords';

interface Asking {
  error: string | null;
  /** Date.now() time before which the core refuses another try. */
  until: number | null;
}

/**
 * Work that may need a password the app does not have (restoring an encrypted backup): it runs
 * without one (or with `first`), and while the core answers PASSWORD_REQUIRED or WRONG_PASSWORD a
 * small dialog asks for it and the work runs again. Resolves null when the user gives up.
 */
export function usePasswordPrompt(): {
  withPassword<T>(work: (password: string | undefined) => Promise<T>, first?: string): Promise<T | null>;
  modal: ReactNode;
} {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = useRef<((password: string | null) => void) | null>(null);

  const ask = useCallback(
    (error: unknown) =>
      new Promise<string | null>((resolve) => {
        answer.current = resolve;
        const wait = retryAfterMs(error);
        setBusy(false);
        setAsking({
          error: isApiError(error, 'WRONG_PASSWORD') ? passwordFailureText(t, error) : null,
          until: wait > 0 ? Date.now() + wait : null,
        });
      }),
    [t],
  );

  const withPassword = useCallback(
    async <T,>(work: (password: string | undefined) => Promise<T>, first?: string): Promise<T | null> => {
      let password = first;
      try {
        for (;;) {
          try {
            return await work(password);
          } catch (error) {
            if (!isApiError(error, 'PASSWORD_REQUIRED') && !isApiError(error, 'WRONG_PASSWORD')) throw error;
            const given = await ask(error);
            if (given === null) return null;
            password = given;
          }
        }
      } finally {
        answer.current = null;
        setAsking(null);
        setBusy(false);
      }
    },
    [ask],
  );

  const reply = (password: string | null) => {
    const resolve = answer.current;
    answer.current = null;
    if (password !== null) setBusy(true);
    resolve?.(password);
  };

  const modal = <PasswordPrompt asking={asking} busy={busy} onAnswer={reply} />;
  return { withPassword, modal };
}

function PasswordPrompt({ asking, busy, onAnswer }: { asking: Asking | null; busy: boolean; onAnswer: (password: string | null) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [shownError, setShownError] = useState<Asking | null>(null);
  const wait = useCountdown(asking?.until ?? null);

  // Each new question starts with an empty field.
  if (asking !== shownError) {
    setShownError(asking);
    setPassword('');
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === '' || wait > 0) return;
    onAnswer(password);
  };

  return (
    <Modal opened={asking !== null} onClose={() => onAnswer(null)} title={t('security.backupPasswordTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('security.backupPasswordText')}</Text>
          <PasswordInput
            label={t('security.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={asking?.error}
            autoComplete="current-password"
            data-autofocus
          />
          {wait > 0 && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('security.waiting', { seconds: wait })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onAnswer(null)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={wait > 0 || password === ''}>
              {t('security.backupPasswordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
