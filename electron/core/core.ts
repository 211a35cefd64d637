import os from 'node:os';
import { mergeAll, type EventName, type EventPayload, type MethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { createAutoBackups } from './backups/auto-backups';
import { backupEnv } from './backups/backups.handlers';
import { createDispatch } from './dispatch';
import { DomainError } from './errors';
import { coreFeatures } from './features';
import type { HandlerContext, Handlers } from './handlers';
import { systemClock, type CoreEventListener, type CorePorts } from './ports';
import { openSession, type Session } from './session';
import { createSettingsService } from './settings/settings.service';
import { createTasks } from './tasks';

function safeOsUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/** Every feature's handlers in one map; the type checks that each contract method has one. */
const handlers: Handlers<MethodName> = mergeAll(coreFeatures.map((feature) => feature.handlers));

export interface Core {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to core events; returns the unsubscribe function. */
  subscribe(listener: CoreEventListener): () => void;
  /** Lets a host raise an event of its own (e.g. a native menu command) to every subscriber. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  close(): void;
}

/** The whole application behind one function: every host (Electron, browser, CLI, tests) calls dispatch. */
export function createCore(ports: CorePorts): Core {
  const clock = ports.clock ?? systemClock;
  const listeners = new Set<CoreEventListener>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(event, payload);
  };
  const settings = createSettingsService(ports.settings, clock);
  // Who the change history names: the OS account, and the name the user gave in the settings.
  const osUser = ports.osUser ?? safeOsUser();
  const actor = () => ({ osUser, displayName: settings.stored().displayName });
  const tasks = createTasks((progress) => emit('task.progressed', progress));
  let session: Session | null = null;
  // Automatic backups (on open, after 15 minutes of editing, on close); off in the CLI and tests unless asked.
  const autoBackups = createAutoBackups({
    enabled: ports.autoBackup ?? (ports.host === 'electron' || ports.host === 'browser'),
    env: () => backupEnv(ctx),
    current: () => session,
    emit,
    logError: (message, error) => logError(message, error),
  });

  function closeRegister(): void {
    if (!session) return;
    const closing = session;
    session = null;
    autoBackups.closing(closing);
    closing.close();
    emit('register.closed', {});
  }

  const ctx: HandlerContext = {
    ports,
    settings,
    tasks,
    emit,
    currentSession: () => session,
    session() {
      if (!session) throw new DomainError('NO_REGISTER', 'No register is open. Create or open one first.');
      return session;
    },
    openRegister(filePath, options = {}) {
      // Open the new file first: a failure leaves the current register open and untouched.
      const next = openSession(filePath, clock, { create: options.create, nativeBinding: ports.nativeBinding, actor });
      try {
        if (options.create) next.organisation.initialise(options.organisationName ?? 'Ny organisation');
      } catch (error) {
        next.close();
        throw error;
      }
      closeRegister();
      session = next;
      autoBackups.opened(next, { created: options.create === true });
      return next;
    },
    closeRegister,
  };

  const logError = ports.logError ?? ((message: string, error: unknown) => console.error(`[förteckna] ${message}`, error));
  const dispatch = autoBackups.wrap(createDispatch(handlers, ctx, { validateOutputs: ports.validateOutputs ?? false, logError }));

  if (ports.registerPath) ctx.openRegister(ports.registerPath);

  return {
    dispatch,
    emit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: closeRegister,
  };
}
