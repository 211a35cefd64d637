// Why Mantine: a complete component set (AppShell, forms, tables, modals, notifications) with
// accessible markup out of the box (labels, ARIA, focus handling), a theme we can make calm and
// professional, and plain CSS files instead of a runtime CSS-in-JS dependency — which also suits
// the strict CSP (`style-src 'self' 'unsafe-inline'`) and the offline desktop setting.
import { Center, Loader, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { RegisterActionsProvider } from '../features/welcome/RegisterActions';
import { UnlockPage } from '../features/welcome/UnlockPage';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { createI18n } from '../i18n';
import { RegisterRoutes } from './routes';
import { AppStateProvider, useAppState } from './state';
import { theme } from './theme';

export interface AppProps {
  /** Tests pass 'test' to switch off transitions and portals. */
  env?: 'default' | 'test';
  i18n?: i18n;
}

export function App({ env = 'default', i18n }: AppProps) {
  const instance = useMemo(() => i18n ?? createI18n('sv'), [i18n]);
  return (
    <I18nextProvider i18n={instance}>
      <MantineProvider theme={theme} env={env} forceColorScheme="light">
        <ModalsProvider>
          <Notifications position="bottom-right" />
          <HashRouter>
            <AppStateProvider>
              <RegisterActionsProvider>
                <Root />
              </RegisterActionsProvider>
            </AppStateProvider>
          </HashRouter>
        </ModalsProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

function Root() {
  const { t } = useTranslation();
  const { register, locked } = useAppState();
  if (register === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.working')} />
      </Center>
    );
  }
  // An encrypted register waits for its password: also when another is open (it stays open
  // until this one is unlocked, and "Avbryt" goes back to it).
  if (locked) return <UnlockPage key={locked.path} locked={locked} />;
  if (register === null) return <WelcomePage />;
  // Keyed by file: opening another register starts every page afresh.
  return <RegisterRoutes key={register.path} />;
}
