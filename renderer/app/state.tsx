import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodOutput, RegisterInfo, Settings } from '../../shared/contract';
import type { Language } from '../../shared/messages';
import { api, call } from './api';

export type AppInfo = MethodOutput<'app.info'>;

interface AppState {
  /** undefined while loading, null when no register is open. */
  register: RegisterInfo | null | undefined;
  settings: Settings | undefined;
  appInfo: AppInfo | undefined;
  /** Set when the first calls failed (e.g. the bridge is down). */
  startupError: unknown;
  setLanguage(language: Language): Promise<void>;
  refreshRegister(): Promise<void>;
  /** Re-reads the settings (e.g. which recent files still exist). */
  refreshSettings(): Promise<void>;
}

const Ctx = createContext<AppState | null>(null);

/** Holds what the whole app shares: the open register, settings, host info; follows core events. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  // useNavigate gives a new function on every route change; the effect below must run once, not
  // refetch the app's state and re-render everything after each navigation.
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  const [register, setRegister] = useState<RegisterInfo | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [appInfo, setAppInfo] = useState<AppInfo | undefined>(undefined);
  const [startupError, setStartupError] = useState<unknown>(null);

  const applySettings = useCallback(
    (next: Settings) => {
      setSettings(next);
      if (i18n.language !== next.language) void i18n.changeLanguage(next.language);
    },
    [i18n],
  );

  useEffect(() => {
    let alive = true;
    Promise.all([call('app.info', {}), call('settings.get', {}), call('register.current', {})])
      .then(([info, s, current]) => {
        if (!alive) return;
        setAppInfo(info);
        applySettings(s);
        setRegister(current);
      })
      .catch((error: unknown) => {
        if (!alive) return;
        setStartupError(error);
        setRegister(null);
      });
    const offs = [
      // Another register (or none): start from the overview, whatever page was open.
      api().on('register.opened', (info) => {
        setRegister(info);
        void navigateRef.current('/');
      }),
      api().on('register.closed', () => {
        setRegister(null);
        void navigateRef.current('/');
      }),
      api().on('settings.changed', (s) => applySettings(s)),
      // Found damaged after it opened: it is read-only now, and the header says so.
      api().on('register.damaged', () => {
        call('register.current', {})
          .then((current) => alive && setRegister(current))
          .catch(() => undefined);
      }),
    ];
    return () => {
      alive = false;
      for (const off of offs) off();
    };
  }, [applySettings]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  const value = useMemo<AppState>(
    () => ({
      register,
      settings,
      appInfo,
      startupError,
      async setLanguage(language) {
        void i18n.changeLanguage(language);
        applySettings(await call('settings.setLanguage', { language }));
      },
      async refreshSettings() {
        applySettings(await call('settings.get', {}));
      },
      async refreshRegister() {
        setRegister(await call('register.current', {}));
      },
    }),
    [register, settings, appInfo, startupError, i18n, applySettings],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
