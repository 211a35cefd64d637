// When backups happen by themselves: on open, after the first change of every 15 minutes of
// editing, and on close when something changed since the last one. A failure never fails the
// user's call: it is announced as `backups.failed`.
import { isMethodName, methodChanges, type EventName, type EventPayload } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { DomainError } from '../errors';
import type { Session } from '../session';
import type { BackupEnv } from './backup-folder';
import { backupState, takeBackup } from './backups.service';
import { backupWords, type BackupProblem } from './backups.words';

/** A backup after a change is due when the last one was made (or tried) this long ago. */
export const BACKUP_INTERVAL_MS = 15 * 60_000;

/** While the connection is busy (a long read across calls), the backup is tried again this often, this many times. */
const BUSY_RETRY_MS = 1000;
const BUSY_RETRIES = 30;

type AutoReason = 'open' | 'interval' | 'close';

export interface AutoBackupDeps {
  enabled: boolean;
  env(): BackupEnv;
  /** The register open now: a backup scheduled for another one is dropped. */
  current(): Session | null;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  logError(message: string, error: unknown): void;
  /** Runs `fn` after the current call has answered (setImmediate; tests may run it at once). */
  defer?(fn: () => void): void;
}

const PROBLEMS: readonly BackupProblem[] = ['folderMissing', 'diskFull', 'notWritable', 'unverified'];

const isBusy = (error: unknown) => error instanceof DomainError && (error.details as { problem?: unknown } | undefined)?.problem === 'busy';

function problemOf(error: unknown): { problem: BackupProblem; folder: string } {
  const details = error instanceof DomainError ? (error.details as { problem?: unknown; folder?: unknown } | undefined) : undefined;
  const problem = PROBLEMS.find((p) => p === details?.problem) ?? 'other';
  return { problem, folder: typeof details?.folder === 'string' ? details.folder : '' };
}

/** Methods whose changes are the register's records (not only opening/closing it, nor a backup). */
function editsRecords(method: string): boolean {
  return isMethodName(method) && methodChanges(method).some((kind) => kind !== 'register' && kind !== 'backups');
}

export function createAutoBackups(deps: AutoBackupDeps) {
  const defer = deps.defer ?? ((fn: () => void) => void setImmediate(fn));

  function run(session: Session, reason: AutoReason, retries = BUSY_RETRIES): void {
    const env = deps.env();
    try {
      takeBackup(session, env, reason);
      deps.emit('data.changed', { kinds: ['backups'], method: 'backups.auto' });
    } catch (error) {
      if (isBusy(error) && retries > 0 && reason !== 'close') {
        const state = session.use(backupState);
        state.pending = true;
        setTimeout(() => {
          state.pending = false;
          if (deps.current() === session) run(session, reason, retries - 1);
        }, BUSY_RETRY_MS).unref();
        return;
      }
      const { problem, folder } = problemOf(error);
      if (problem === 'other') deps.logError(`Automatic backup (${reason}) of ${session.path} failed`, error);
      deps.emit('backups.failed', {
        registerPath: session.path,
        reason,
        code: error instanceof DomainError ? error.code : 'INTERNAL',
        message: { sv: backupWords.sv.failed[problem](folder), en: backupWords.en.failed[problem](folder) },
        at: env.now().toISOString(),
      });
    }
  }

  function schedule(session: Session, reason: AutoReason): void {
    const state = session.use(backupState);
    if (state.pending) return;
    state.pending = true;
    defer(() => {
      state.pending = false;
      if (deps.current() === session && !session.readOnly()) run(session, reason);
    });
  }

  return {
    /** After a register was opened; a new, empty one waits for its first change instead. */
    opened(session: Session, options: { created: boolean }): void {
      // A read-only session changes nothing, and its file is someone else's to back up (or damaged).
      if (deps.enabled && !options.created && !session.readOnly()) schedule(session, 'open');
    },
    /** Before the register closes (the database is still open): a backup if anything changed since the last. */
    closing(session: Session): void {
      if (deps.enabled && !session.readOnly() && session.use(backupState).dirty) run(session, 'close');
    },
    /** `dispatch` with the 15-minute trigger after every call that changed the register's records. */
    wrap(dispatch: (method: string, input: unknown) => Promise<Result<unknown>>) {
      if (!deps.enabled) return dispatch;
      return async (method: string, input: unknown): Promise<Result<unknown>> => {
        const result = await dispatch(method, input);
        // A cancelled batch keeps what it finished, so it changed the register too.
        const changed = result.ok || result.error.code === 'CANCELLED';
        const session = deps.current();
        if (changed && session && editsRecords(method)) {
          const state = session.use(backupState);
          state.dirty = true;
          const now = deps.env().now().getTime();
          if (state.lastAttemptAt === null || now - state.lastAttemptAt >= BACKUP_INTERVAL_MS) schedule(session, 'interval');
        }
        return result;
      };
    },
  };
}
