import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, errorKey, isApiError } from '../../app/api';
import { useAppState } from '../../app/state';
import { issueText } from '../../ui/forms';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useTask } from '../../ui/useTask';
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

export function RegisterActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { appInfo } = useAppState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const sampleTask = useTask();

  const openPath = useCallback(
    async (path: string) => {
      try {
        await call('register.open', { path });
      } catch (error) {
        notifyError(t, error);
      }
    },
    [t],
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
      call('register.open', {}).catch((error: unknown) => notifyError(t, error));
    } else {
      setDialog('open');
    }
  }, [appInfo, t]);

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
      <OpenPathModal opened={dialog === 'open'} onClose={close} />
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

function OpenPathModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
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
      if (isApiError(e, 'INVALID_INPUT')) setError(issueText(t, e.error.issues?.[0]?.message) ?? t('e.INVALID_INPUT'));
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
