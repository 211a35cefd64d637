import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LockedRegister, MethodOutput, RegisterInfo, Settings } from '../../shared/contract';
import type { Language } from '../../shared/messages';
import { exportsComeFrom } from '../ui/notifySaved';
import { api, call } from './api';

export type AppInfo = MethodOutput<'app.info'>;

interface AppState {
  /** undefined while loading, null when no register is open. */
  register: RegisterInfo | null | undefined;
  /** An encrypted register waiting for its password (the unlock screen), if any. */
  locked: LockedRegister | null;
  settings: Settings | undefined;
  appInfo: AppInfo | undefined;
  /** Set when the first calls failed (e.g. the bridge is down). */
  startupError: unknown;
  setLanguage(language: Language): Promise<void>;
  refreshRegister(): Promise<void>;
  /** Shows the unlock screen for a register (PASSWORD_REQUIRED), or leaves it ("Avbryt"). */
  setLocked(locked: LockedRegister | null): void;
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
  const [locked, setLocked] = useState<LockedRegister | null>(null);
  // The open register's path, for the event handlers below (registered once).
  const openPath = useRef<string | null>(null);
  openPath.current = register?.path ?? null;
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
    Promise.all([call('app.info', {}), call('settings.get', {}), call('register.current', {}), call('register.lockedFile', {})])
      .then(([info, s, current, waiting]) => {
        if (!alive) return;
        setAppInfo(info);
        applySettings(s);
        setRegister(current);
        setLocked(current ? null : waiting);
      })
      .catch((error: unknown) => {
        if (!alive) return;
        setStartupError(error);
        setRegister(null);
      });
    const offs = [
      // Another register: start from the overview, whatever page was open. The same register
      // again (a new password, a remembered key) only brings its new info.
      api().on('register.opened', (info) => {
        const same = openPath.current === info.path;
        openPath.current = info.path;
        setRegister(info);
        setLocked(null);
        if (!same) void navigateRef.current('/');
      }),
      // An encrypted register waits for its password: locked, or opened without one.
      api().on('register.locked', (waiting) => setLocked(waiting)),
      api().on('register.closed', () => {
        openPath.current = null;
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

  // Exports from an encrypted register warn that the file they write is not protected.
  useEffect(() => {
    exportsComeFrom(register ?? null);
  }, [register]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  const value = useMemo<AppState>(
    () => ({
      register,
      locked,
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
      setLocked,
    }),
    [register, locked, settings, appInfo, startupError, i18n, applySettings],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(Ctx);
  if (!value) throw new Error('useAppState outside AppStateProvider');
  return value;
}
