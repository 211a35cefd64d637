import { Alert, Anchor, Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call, errorKey, isApiError } from '../../app/api';
import { paths } from '../../app/paths';
import { useAppState } from '../../app/state';
import { failureText } from '../../ui/failures';
import { issueText } from '../../ui/forms';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatDateTime } from '../../ui/format';
import { useTask } from '../../ui/useTask';
import { MIN_PASSWORD_LENGTH, type LockedRegister, type LockHolder, type NewestBackup } from '../../../shared/contract';
import { ExportActionsProvider } from '../exports/ExportActions';
import { emptyNewPassword, newPasswordErrors, type NewPasswordValues } from '../security/passwords';
import { NewPasswordFields, NoRecoveryNote, RememberOption } from '../security/PasswordFields';
import { usePasswordPrompt } from '../security/usePasswordPrompt';

// Creating, opening and closing registers. The welcome screen, the header and the native menu
// (app.menuCommand) all go through these actions, so each dialog exists once.

interface RegisterActions {
  newRegister(): void;
  openRegister(): void;
  openPath(path: string): Promise<void>;
  openSample(): void;
  closeRegister(): void;
  about(): void;
  /**
   * Opens the register of the unlock screen with its password. Resolves with the refusal the
   * screen shows beside the field (WRONG_PASSWORD, INVALID_INPUT); null when it opened or when
   * the failure was shown otherwise (LOCKED and DAMAGED dialogs, a toast).
   */
  unlock(path: string, password: string, remember: boolean): Promise<unknown>;
  /** Locks the open encrypted register: it closes, and its unlock screen shows. */
  lockRegister(): void;
  /** Leaves the unlock screen: back to the open register, or (none open) to the welcome screen. */
  leaveUnlock(): void;
}

const Ctx = createContext<RegisterActions | null>(null);

export function useRegisterActions(): RegisterActions {
  const value = useContext(Ctx);
  if (!value) throw new Error('useRegisterActions outside RegisterActionsProvider');
  return value;
}

type Dialog = 'new' | 'open' | 'about' | null;

/** Why a register could not be opened for editing, and what the user may do instead. */
export type OpenProblem = (
  | { kind: 'locked'; path: string; holder: LockHolder | null }
  | { kind: 'damaged'; path: string; newestBackup: NewestBackup | null; opened: boolean }
) & {
  /** The password an encrypted register was opened with: opening it read-only, or restoring its backup, needs it again. */
  password?: string;
};

/** LOCKED and DAMAGED get a dialog with a choice; null for every other failure. */
export function openProblemOf(error: unknown, fallbackPath?: string, password?: string): OpenProblem | null {
  if (!isApiError(error)) return null;
  const details = (error.error.details ?? {}) as { path?: string; holder?: LockHolder | null; newestBackup?: NewestBackup | null };
  const path = details.path ?? fallbackPath;
  if (!path) return null;
  const withPassword = password === undefined ? {} : { password };
  if (error.code === 'LOCKED' && details.holder !== undefined) return { kind: 'locked', path, holder: details.holder, ...withPassword };
  if (error.code === 'DAMAGED')
    return { kind: 'damaged', path, newestBackup: details.newestBackup ?? null, opened: false, ...withPassword };
  return null;
}

/** The register PASSWORD_REQUIRED names (the unlock screen's), or null for any other failure. */
export function lockedOf(error: unknown): LockedRegister | null {
  if (!isApiError(error, 'PASSWORD_REQUIRED')) return null;
  const details = error.error.details as Partial<LockedRegister> | undefined;
  if (typeof details?.path !== 'string' || typeof details.fileName !== 'string') return null;
  return {
    path: details.path,
    fileName: details.fileName,
    retryAfterMs: typeof details.retryAfterMs === 'number' ? details.retryAfterMs : 0,
  };
}

export function RegisterActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { appInfo, register, setLocked } = useAppState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [problem, setProblem] = useState<OpenProblem | null>(null);
  const sampleTask = useTask();

  /**
   * A failed open: an encrypted register goes to its unlock screen without a word (the core also
   * announces it, register.locked), LOCKED and DAMAGED offer a way on, anything else is a toast.
   */
  const openFailed = useCallback(
    (error: unknown, path?: string, password?: string) => {
      const waiting = lockedOf(error);
      if (waiting) return setLocked(waiting);
      const found = openProblemOf(error, path, password);
      if (found) setProblem(found);
      else notifyError(t, error);
    },
    [t, setLocked],
  );

  const openPath = useCallback(
    async (path: string) => {
      try {
        await call('register.open', { path });
      } catch (error) {
        openFailed(error, path);
      }
    },
    [openFailed],
  );

  const unlock = useCallback(
    async (path: string, password: string, remember: boolean): Promise<unknown> => {
      try {
        // Unchecked leaves a remembered key as it is; "Glöm" is on the password tab.
        await call('register.open', { path, password, ...(remember ? { remember: true } : {}) });
        return null;
      } catch (error) {
        if (isApiError(error, 'WRONG_PASSWORD') || isApiError(error, 'INVALID_INPUT')) return error;
        openFailed(error, path, password);
        return null;
      }
    },
    [openFailed],
  );

  const encrypted = register?.encrypted === true;
  const lockRegister = useCallback(() => {
    if (!encrypted) return;
    // A second press while the first lock runs finds no register: nothing to say.
    call('register.lock', {}).catch((error: unknown) => {
      if (!isApiError(error, 'NO_REGISTER')) notifyError(t, error);
    });
  }, [encrypted, t]);

  const hasRegister = register != null;
  const leaveUnlock = useCallback(() => {
    // Another register is still open (the locked one was opened from its menu): back to it.
    if (hasRegister) return setLocked(null);
    call('register.close', {})
      .then(() => setLocked(null))
      .catch((error: unknown) => notifyError(t, error));
  }, [hasRegister, setLocked, t]);

  // Found damaged after it opened (the check runs off the hot path): it is read-only now.
  useEffect(
    () => api().on('register.damaged', ({ path, newestBackup }) => setProblem({ kind: 'damaged', path, newestBackup, opened: true })),
    [],
  );

  const openSample = useCallback(() => {
    if (sampleTask.running) return;
    sampleTask
      .run(t('welcome.sampleTitle'), () => call('register.openSample', {}), <Text size="sm">{t('welcome.sampleIntro')}</Text>)
      .then(() => notifySuccess(t('welcome.sampleOpened')))
      .catch((error: unknown) => {
        if (isApiError(error, 'CANCELLED')) notifySuccess(t('welcome.sampleCancelled'));
        else notifyError(t, error);
      });
  }, [t, sampleTask]);

  const openRegister = useCallback(() => {
    if (appInfo?.nativeDialogs) {
      call('register.open', {}).catch((error: unknown) => openFailed(error));
    } else {
      setDialog('open');
    }
  }, [appInfo, openFailed]);

  const closeRegister = useCallback(() => {
    call('register.close', {}).catch((error: unknown) => notifyError(t, error));
  }, [t]);

  const actions = useMemo<RegisterActions>(
    () => ({
      newRegister: () => setDialog('new'),
      openRegister,
      openPath,
      openSample,
      closeRegister,
      about: () => setDialog('about'),
      unlock,
      lockRegister,
      leaveUnlock,
    }),
    [openRegister, openPath, openSample, closeRegister, unlock, lockRegister, leaveUnlock],
  );

  const navigate = useNavigate();
  useEffect(
    () =>
      api().on('app.menuCommand', ({ command }) => {
        switch (command) {
          case 'newRegister':
            return actions.newRegister();
          case 'openRegister':
            return actions.openRegister();
          case 'openSample':
            return actions.openSample();
          case 'closeRegister':
            return actions.closeRegister();
          case 'lockRegister':
            return actions.lockRegister();
          case 'about':
            return actions.about();
          // A reminder notification was clicked: the overview lists what is overdue.
          case 'showOverview':
            return void navigate(paths.dashboard);
          // Arkiv → Importera från Excel…: the import page (features/sheet-import).
          case 'importSheet':
            return void navigate(paths.sheetImport);
        }
      }),
    [actions, navigate],
  );

  const close = () => setDialog(null);
  return (
    <Ctx.Provider value={actions}>
      {/* Export and import: their menu commands (exportWorkbook, exportPortable, importPortable) are handled there. */}
      <ExportActionsProvider>{children}</ExportActionsProvider>
      <NewRegisterModal opened={dialog === 'new'} onClose={close} />
      <OpenPathModal
        opened={dialog === 'open'}
        onClose={close}
        onProblem={(found) => {
          close();
          setProblem(found);
        }}
        onLocked={(waiting) => {
          close();
          setLocked(waiting);
        }}
      />
      <OpenProblemModal problem={problem} onClose={() => setProblem(null)} />
      {sampleTask.modal}
      <AboutModal opened={dialog === 'about'} onClose={close} />
    </Ctx.Provider>
  );
}

function NewRegisterModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState<NewPasswordValues>(emptyNewPassword);
  const [passwordErrors, setPasswordErrors] = useState<{ password?: string; repeat?: string } | null>(null);
  const [remember, setRemember] = useState(false);

  useEffect(() => {
    if (opened) {
      setName('');
      setError(null);
      setProtect(false);
      setPassword(emptyNewPassword);
      setPasswordErrors(null);
      setRemember(false);
    }
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const wrong = protect ? newPasswordErrors(t, password) : null;
    setPasswordErrors(wrong);
    if (wrong) return;
    setBusy(true);
    try {
      const info = await call('register.create', {
        organisationName: name,
        ...(protect ? { password: password.password, ...(remember && appInfo?.keyStore === 'available' ? { remember: true } : {}) } : {}),
      });
      if (info) {
        notifySuccess(t('welcome.created', { path: info.path }), t('welcome.createdTitle'), 12_000);
        onClose();
      }
    } catch (e) {
      const issue = isApiError(e, 'INVALID_INPUT') ? e.error.issues?.[0] : undefined;
      if (issue?.path[0] === 'password') setPasswordErrors({ password: t(issue.message, { min: MIN_PASSWORD_LENGTH, ...issue.params }) });
      else if (isApiError(e, 'INVALID_INPUT')) setError(issueText(t, issue?.message) ?? t('e.INVALID_INPUT'));
      else setError(t(errorKey(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('welcome.newTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('welcome.newIntro')}</Text>
          <TextInput
            label={t('welcome.orgName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
            required
            withAsterisk={false}
            data-autofocus
            maxLength={200}
          />
          {appInfo && !appInfo.nativeDialogs && (
            <Text size="xs" c="dimmed">
              {t('welcome.savedIn', { folder: appInfo.defaultFolder })}
            </Text>
          )}
          <Stack gap={4}>
            <Switch label={t('security.protect')} checked={protect} onChange={(e) => setProtect(e.currentTarget.checked)} />
            <Text size="xs" c="dimmed">
              {t('security.protectHelp')}
            </Text>
          </Stack>
          {protect && (
            <Stack gap="sm">
              <NewPasswordFields value={password} onChange={setPassword} errors={passwordErrors} autoFocus />
              <RememberOption checked={remember} onChange={setRemember} />
              <NoRecoveryNote />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('welcome.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function OpenPathModal({
  opened,
  onClose,
  onProblem,
  onLocked,
}: {
  opened: boolean;
  onClose: () => void;
  onProblem(problem: OpenProblem): void;
  onLocked(locked: LockedRegister): void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('register.open', { path });
      onClose();
    } catch (e) {
      const found = openProblemOf(e, path);
      const waiting = lockedOf(e);
      if (waiting) onLocked(waiting);
      else if (found) onProblem(found);
      else if (isApiError(e, 'INVALID_INPUT')) setError(issueText(t, e.error.issues?.[0]?.message) ?? t('e.INVALID_INPUT'));
      else setError(t(errorKey(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('welcome.openTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('welcome.path')}
            description={t('welcome.pathHelp')}
            placeholder="/home/anna/Dokument/Företaget.forteckna"
            value={path}
            onChange={(e) => setPath(e.currentTarget.value)}
            error={error}
            required
            withAsterisk={false}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('welcome.open')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * LOCKED: who has the register, with "Öppna skrivskyddat". DAMAGED: restore the newest verified
 * backup (as a new file), or open read-only.
 */
function OpenProblemModal({ problem, onClose }: { problem: OpenProblem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prompt = usePasswordPrompt();

  useEffect(() => setError(null), [problem]);

  /** Runs the choice; the dialog closes unless it answers false. */
  async function attempt(work: () => Promise<boolean | void>) {
    setBusy(true);
    setError(null);
    try {
      if ((await work()) !== false) onClose();
    } catch (e) {
      setError(failureText(t, e));
    } finally {
      setBusy(false);
    }
  }

  const openReadOnly = () =>
    attempt(async () => {
      if (problem)
        await call('register.open', { path: problem.path, readOnly: true, ...(problem.password ? { password: problem.password } : {}) });
    });
  // An encrypted register's backup has its password (or an older one): tried first with the one
  // the register was opened with, then asked for.
  const restore = (backup: NewestBackup) =>
    attempt(async () => {
      const restored = await prompt.withPassword(
        (password) => call('backups.restore', { path: backup.path, ...(password === undefined ? {} : { password }) }),
        problem?.password,
      );
      if (!restored) return false; // the password dialog was cancelled: the choice stays
      notifySuccess(t('welcome.damaged.restored', { fileName: restored.fileName }));
    });

  const title = problem?.kind === 'damaged' ? t('welcome.damaged.title') : t('welcome.locked.title');
  return (
    <>
      <Modal opened={problem !== null} onClose={onClose} title={title} centered>
        {problem && (
          <Stack>
            {problem.kind === 'locked' ? (
              <Text size="sm">
                {problem.holder
                  ? t('welcome.locked.text', {
                      osUser: problem.holder.osUser || '?',
                      host: problem.holder.host || '?',
                      since: formatDateTime(problem.holder.since),
                    })
                  : t('welcome.locked.unknown')}
              </Text>
            ) : (
              <>
                <Text size="sm">{t('welcome.damaged.text')}</Text>
                <Text size="sm" c="dimmed">
                  {problem.newestBackup
                    ? t('welcome.damaged.backup', { at: formatDateTime(problem.newestBackup.at) })
                    : t('welcome.damaged.noBackup')}
                </Text>
              </>
            )}
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {problem.path}
            </Text>
            {error && (
              <Alert color="red" variant="light">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              {!(problem.kind === 'damaged' && problem.opened) && (
                <Button
                  variant={problem.kind === 'damaged' && problem.newestBackup ? 'default' : 'filled'}
                  loading={busy}
                  onClick={openReadOnly}
                >
                  {t('welcome.openReadOnly')}
                </Button>
              )}
              {problem.kind === 'damaged' && problem.newestBackup && (
                <Button loading={busy} onClick={() => restore(problem.newestBackup!)}>
                  {t('welcome.damaged.restore')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Modal>
      {prompt.modal}
    </>
  );
}

function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} centered>
      <Stack>
        <Text fw={600}>Förteckna {appInfo?.version}</Text>
        <Text size="sm">{t('about.text')}</Text>
        <Alert color="gray" variant="light">
          {t('about.offline')}
        </Alert>
        <Group justify="flex-end">
          <Anchor component="button" type="button" onClick={onClose}>
            {t('common.close')}
          </Anchor>
        </Group>
      </Stack>
    </Modal>
  );
}
