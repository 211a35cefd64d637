import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMethodName, mergeAll, methodChanges, type EventName, type EventPayload, type MethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { formatMessage } from '../../shared/messages';
import { createReminders } from './attention/reminders';
import { createAutoBackups } from './backups/auto-backups';
import { backupEnv } from './backups/backups.handlers';
import { backupRoot, registerBackupFolder } from './backups/backup-folder';
import { checksInline } from './db/open';
import { createDispatch } from './dispatch';
import { removeStaleTemps } from './files/stale-temps';
import { DomainError } from './errors';
import { coreFeatures } from './features';
import type { HandlerContext, Handlers } from './handlers';
import { systemClock, type CoreEventListener, type CorePorts } from './ports';
import { deriveKey, fileKind, saltOf, sameKey, type RegisterKey } from './register/cipher';
import { INLINE_QUICK_CHECK_BYTES, newestVerifiedBackup, quickCheckInWorker } from './register/integrity';
import { createKeyStore } from './register/key-store';
import { encryptPlainBackups } from './register/rekey';
import { createUnlocker } from './register/unlock';
import { acquireOwnerLock, currentHolder } from './register/owner-lock';
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

/** How long after opening a large register its integrity check starts, off the hot path. */
const QUICK_CHECK_DELAY_MS = 1500;

/** Every feature's handlers in one map; the type checks that each contract method has one. */
const handlers: Handlers<MethodName> = mergeAll(coreFeatures.map((feature) => feature.handlers));

export interface Core {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to core events; returns the unsubscribe function. */
  subscribe(listener: CoreEventListener): () => void;
  /** Lets a host raise an event of its own (e.g. a native menu command) to every subscriber. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  close(): void;
  /** Settles when every integrity check started after an open has finished (tests, the CLI). */
  integrityChecked(): Promise<void>;
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
  const keyStore = createKeyStore(ports, settings);
  const unlock = createUnlocker(() => clock.now().getTime());
  let session: Session | null = null;
  // Automatic backups (on open, after 15 minutes of editing, on close); off in the CLI and tests unless asked.
  const autoBackups = createAutoBackups({
    enabled: ports.autoBackup ?? (ports.host === 'electron' || ports.host === 'browser'),
    env: () => backupEnv(ctx),
    current: () => session,
    emit,
    logError: (message, error) => logError(message, error),
  });
  // Overdue notifications while a register is open (the desktop app's notifier; none elsewhere).
  const reminders = createReminders({
    notifier: ports.notifier,
    clock,
    settings,
    current: () => session,
    logError: (message, error) => logError(message, error),
  });

  function closeRegister(): void {
    if (!session) return;
    const closing = session;
    session = null;
    reminders.closed();
    autoBackups.closing(closing);
    closing.close();
    emit('register.closed', {});
  }

  /** PASSWORD_REQUIRED for `target`, which the unlock screen now shows. */
  function needsPassword(target: string): DomainError {
    const error = unlock.needsPassword(target);
    const locked = unlock.current();
    if (locked) emit('register.locked', locked);
    return error;
  }

  const ctx: HandlerContext = {
    ports,
    settings,
    tasks,
    emit,
    keyStore,
    unlock,
    async integrityChecked() {
      // Someone waits for the checks (a password change in the CLI): the process must not end first.
      const keepAlive = setInterval(() => undefined, 60_000);
      try {
        await Promise.all([...integrityChecks]);
      } finally {
        clearInterval(keepAlive);
      }
    },
    currentSession: () => session,
    session() {
      if (!session) throw new DomainError('NO_REGISTER', 'No register is open. Create or open one first.');
      return session;
    },
    openRegister(filePath, options = {}) {
      const target = path.resolve(filePath);
      // The same file again, the same way: it stays open (its owner lock is this core's already).
      if (session && !options.create && session.path === target && (options.readOnly === true) === (session.readOnly() !== null)) {
        return session;
      }
      // Open the new file first: a failure leaves the current register open and untouched.
      const next = openChecked(target, options);
      try {
        if (options.create) next.organisation.initialise(options.organisationName ?? 'Ny organisation');
      } catch (error) {
        next.close();
        throw error;
      }
      closeRegister();
      session = next;
      unlock.unlocked(target);
      autoBackups.opened(next, { created: options.create === true });
      reminders.opened(next, { created: options.create === true });
      if (!options.create) checkAfterOpen(next);
      // What an export or import killed half-way left beside the register (ours, its process gone).
      if (next.readOnly() === null) {
        removeStaleTemps(path.dirname(target));
        removeStaleTemps(registerBackupFolder(backupRoot(backupEnv(ctx)).root, target));
        // A password added by a process that died half-way: its remaining backups are encrypted now.
        if (next.key) encryptPlainBackups(next, backupEnv(ctx), (error) => logError(`Could not encrypt a backup of ${target}`, error));
      }
      return next;
    },
    async unlockRegister(filePath, { password, remember, readOnly }) {
      const target = path.resolve(filePath);
      if (fileKind(target) !== 'encrypted') return ctx.openRegister(target, { readOnly });
      const salt = saltOf(target);
      let key: RegisterKey | null;
      const remembered = password === undefined;
      if (remembered) {
        key = keyStore.recall(salt);
        if (!key) throw needsPassword(target);
      } else {
        unlock.refuseWhilePausing(target);
        key = await deriveKey(password, salt);
        // Open here already (openRegister keeps it open as it is): the password must still be its own.
        const open = session?.path === target ? session.key : null;
        if (open && !sameKey(key, open)) throw unlock.wrongPassword(target);
      }
      let opened: Session;
      try {
        opened = ctx.openRegister(target, { readOnly, key });
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'WRONG_PASSWORD') throw error;
        if (!remembered) throw unlock.wrongPassword(target);
        // The password was changed elsewhere since it was remembered here.
        keyStore.forget(salt);
        throw needsPassword(target);
      }
      if (remember === true) keyStore.remember(key);
      else if (remember === false) keyStore.forget(salt);
      return opened;
    },
    replaceRegisterFile(replacement, key) {
      const current = ctx.session();
      const { path: target, lock } = current;
      if (!lock || current.readOnly()) throw new DomainError('READ_ONLY', formatMessage('e.READ_ONLY', 'en'));
      session = null;
      current.close({ keepLock: true });
      const reopen = (withKey: RegisterKey | null) =>
        openSession(target, clock, { nativeBinding: ports.nativeBinding, actor, lock, key: withKey, quickCheckMaxBytes: 0 });
      try {
        // A reader elsewhere (the CLI, read-only) keeps the WAL: replacing the file under it would lose it.
        if (fs.existsSync(`${target}-wal`) || fs.existsSync(`${target}-shm`)) {
          throw new DomainError('LOCKED', formatMessage('e.LOCKED.readers', 'en'), { messageKey: 'e.LOCKED.readers', params: {} });
        }
        fs.renameSync(replacement, target);
        syncFolder(path.dirname(target));
      } catch (error) {
        fs.rmSync(replacement, { force: true });
        session = reopen(current.key);
        throw error;
      }
      session = reopen(key);
      autoBackups.opened(session, { created: false });
      reminders.opened(session, { created: false });
      return session;
    },
    closeRegister,
  };

  /** The session for `target`: the owner lock first (LOCKED naming the holder), or read-only without it. */
  function openChecked(target: string, options: { create?: boolean; readOnly?: boolean; key?: RegisterKey | null }): Session {
    const quickCheckMaxBytes = ports.quickCheckInlineBytes ?? INLINE_QUICK_CHECK_BYTES;
    try {
      if (options.readOnly && !options.create) {
        const holder = currentHolder(target);
        return openSession(target, clock, {
          nativeBinding: ports.nativeBinding,
          actor,
          readOnly: { reason: holder ? 'locked' : 'requested', holder },
          quickCheckMaxBytes,
          key: options.key,
        });
      }
      const lock = acquireOwnerLock(target, { osUser, appVersion: ports.version, now: () => clock.now() });
      return openSession(target, clock, {
        create: options.create,
        nativeBinding: ports.nativeBinding,
        actor,
        lock,
        quickCheckMaxBytes,
        key: options.key,
      });
    } catch (error) {
      throw withNewestBackup(error, target);
    }
  }

  /** A DAMAGED error also names the newest verified backup, for the offer to restore it. */
  function withNewestBackup(error: unknown, target: string): unknown {
    if (!(error instanceof DomainError) || error.code !== 'DAMAGED') return error;
    const details = (error.details ?? {}) as Record<string, unknown>;
    return new DomainError('DAMAGED', error.message, {
      ...details,
      path: target,
      newestBackup: newestVerifiedBackup(backupEnv(ctx), target),
    });
  }

  /** From now on `damagedSession` changes nothing; the renderer offers the newest backup. */
  function markDamaged(damagedSession: Session, problems: string[]): void {
    if (damagedSession.readOnly()?.reason === 'damaged') return;
    try {
      damagedSession.makeReadOnly({ reason: 'damaged', holder: null });
    } catch (error) {
      logError(`Could not switch ${damagedSession.path} to read-only`, error);
    }
    emit('register.damaged', {
      path: damagedSession.path,
      problems: problems.slice(0, 20),
      newestBackup: newestVerifiedBackup(backupEnv(ctx), damagedSession.path),
    });
  }

  /** A file too big to check during the open is checked right after it, in a worker thread. */
  function checkAfterOpen(opened: Session): void {
    if (checksInline(opened.path, ports.quickCheckInlineBytes ?? INLINE_QUICK_CHECK_BYTES)) return; // checked during the open
    if (opened.readOnly()?.reason === 'damaged') return;
    // Started once the first screen has had its queries (the check takes ~0.5 s of a core on the
    // reference register), and not at all when the register is closed again before then.
    // Unref'd (as the worker is), so that a check never keeps a process alive on its own.
    const check = new Promise<void>((resolve) => setTimeout(resolve, QUICK_CHECK_DELAY_MS).unref())
      .then(() => (session === opened ? quickCheckInWorker(opened.path, ports.nativeBinding, opened.key) : null))
      .then((outcome) => {
        if (!outcome || session !== opened) return;
        if ('failed' in outcome) logError(`Integrity check of ${opened.path} could not run`, outcome.failed);
        else if (outcome.problems.length) markDamaged(opened, outcome.problems);
      });
    integrityChecks.add(check);
    void check.finally(() => integrityChecks.delete(check));
  }
  const integrityChecks = new Set<Promise<void>>();

  /**
   * Read-only sessions refuse every method that changes the register (READ_ONLY, before it runs);
   * a call that hit a damaged page turns the session read-only.
   */
  function guardReadOnly(inner: (method: string, input: unknown) => Promise<Result<unknown>>) {
    return async (method: string, input: unknown): Promise<Result<unknown>> => {
      const current = session;
      const readOnly = current?.readOnly() ?? null;
      if (current && readOnly && isMethodName(method)) {
        const kinds = methodChanges(method);
        if (method === 'backups.create') return backupReadOnly(current, () => inner(method, input));
        if (kinds.some((kind) => kind !== 'register')) {
          return { ok: false, error: { code: 'READ_ONLY', message: formatMessage('e.READ_ONLY', 'en'), details: readOnly } };
        }
      }
      const result = await inner(method, input);
      if (!result.ok && result.error.code === 'DAMAGED' && current && session === current) {
        const detail = (result.error.details as { detail?: unknown } | undefined)?.detail;
        markDamaged(current, [typeof detail === 'string' ? detail : result.error.message]);
      }
      return result;
    };
  }

  /**
   * A backup of a read-only register (the CLI's `backup` while the app has it open): VACUUM INTO
   * writes only the copy, but query_only refuses it too. The handler runs synchronously inside
   * dispatch, so query_only is off for exactly that; were it ever to await first, the backup
   * would fail READ_ONLY rather than let anything else write.
   */
  function backupReadOnly(current: Session, run: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
    current.db.pragma('query_only = OFF');
    try {
      return run();
    } finally {
      current.db.pragma('query_only = ON');
    }
  }

  const logError = ports.logError ?? ((message: string, error: unknown) => console.error(`[förteckna] ${message}`, error));
  const dispatch = autoBackups.wrap(
    guardReadOnly(createDispatch(handlers, ctx, { validateOutputs: ports.validateOutputs ?? false, logError })),
  );

  if (ports.registerPath) ctx.openRegister(ports.registerPath);

  return {
    dispatch,
    emit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: closeRegister,
    integrityChecked: ctx.integrityChecked,
  };
}

/** Makes a rename in `folder` durable (not on Windows, where folders cannot be opened). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
