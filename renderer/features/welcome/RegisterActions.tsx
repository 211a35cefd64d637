import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, errorKey, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { issueText } from '../../ui/forms';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatDateTime } from '../../ui/format';
import { useTask } from '../../ui/useTask';
import type { LockHolder, NewestBackup } from '../../../shared/contract';
import { ExportActionsProvider } from '../exports/ExportActions';

// Creating, opening and closing registers. The welcome screen, the header and the native menu
// (app.menuCommand) all go through these actions, so each dialog exists once.

interface RegisterActions {
  newRegister(): void;
  openRegister(): void;
  openPath(path: string): Promise<void>;
  openSample(): void;
  closeRegister(): void;
  about(): void;
}

const Ctx = createContext<RegisterActions | null>(null);

export function useRegisterActions(): RegisterActions {
  const value = useContext(Ctx);
  if (!value) throw new Error('useRegisterActions outside RegisterActionsProvider');
  return value;
}

type Dialog = 'new' | 'open' | 'about' | null;

/** Why a register could not be opened for editing, and what the user may do instead. */
export type OpenProblem =
  | { kind: 'locked'; path: string; holder: LockHolder | null }
  | { kind: 'damaged'; path: string; newestBackup: NewestBackup | null; opened: boolean };

/** LOCKED and DAMAGED get a dialog with a choice; null for every other failure. */
export function openProblemOf(error: unknown, fallbackPath?: string): OpenProblem | null {
  if (!isApiError(error)) return null;
  const details = (error.error.details ?? {}) as { path?: string; holder?: LockHolder | null; newestBackup?: NewestBackup | null };
  const path = details.path ?? fallbackPath;
  if (!path) return null;
  if (error.code === 'LOCKED' && details.holder !== undefined) return { kind: 'locked', path, holder: details.holder };
  if (error.code === 'DAMAGED') return { kind: 'damaged', path, newestBackup: details.newestBackup ?? null, opened: false };
  return null;
}

export function RegisterActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [problem, setProblem] = useState<OpenProblem | null>(null);
  const sampleTask = useTask();

  /** A failed open: LOCKED and DAMAGED offer a way on, anything else is a toast. */
  const openFailed = useCallback(
    (error: unknown, path?: string) => {
      const found = openProblemOf(error, path);
      if (found) setProblem(found);
      else notifyError(t, error);
    },
    [t],
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
    }),
    [openRegister, openPath, openSample, closeRegister],
  );

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
          case 'about':
            return actions.about();
        }
      }),
    [actions],
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

  useEffect(() => {
    if (opened) {
      setName('');
      setError(null);
    }
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const info = await call('register.create', { organisationName: name });
      if (info) {
        notifySuccess(t('welcome.created', { path: info.path }), t('welcome.createdTitle'), 12_000);
        onClose();
      }
    } catch (e) {
      if (isApiError(e, 'INVALID_INPUT')) setError(issueText(t, e.error.issues?.[0]?.message) ?? t('e.INVALID_INPUT'));
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

function OpenPathModal({ opened, onClose, onProblem }: { opened: boolean; onClose: () => void; onProblem(problem: OpenProblem): void }) {
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
      if (found) onProblem(found);
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

  useEffect(() => setError(null), [problem]);

  async function attempt(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      onClose();
    } catch (e) {
      setError(t(errorKey(e)));
    } finally {
      setBusy(false);
    }
  }

  const openReadOnly = () =>
    attempt(async () => {
      if (problem) await call('register.open', { path: problem.path, readOnly: true });
    });
  const restore = (backup: NewestBackup) =>
    attempt(async () => {
      const restored = await call('backups.restore', { path: backup.path });
      notifySuccess(t('welcome.damaged.restored', { fileName: restored.fileName }));
    });

  const title = problem?.kind === 'damaged' ? t('welcome.damaged.title') : t('welcome.locked.title');
  return (
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
