// The unlock screen's side in the core: which encrypted register waits for its password, and a
// growing pause after repeated wrong passwords (1 s after the third, doubling, at most 30 s), so
// that guessing is slow even through the command line or a script against browser mode.
import path from 'node:path';
import type { LockedRegister } from '../../../shared/contract';
import { DomainError } from '../errors';

const FREE_TRIES = 2;
const MAX_PAUSE_MS = 30_000;

export interface Unlocker {
  /** The encrypted register waiting for its password, if any. */
  current(): LockedRegister | null;
  /** Makes `file` the locked register; the PASSWORD_REQUIRED error to answer with. */
  needsPassword(file: string): DomainError;
  /** Throws WRONG_PASSWORD (with the time left) while the pause after wrong passwords lasts. */
  refuseWhilePausing(file: string): void;
  /** Counts a wrong password for `file`; the WRONG_PASSWORD error to answer with. */
  wrongPassword(file: string): DomainError;
  /** `file` opened: its count starts again, and nothing waits any more. */
  unlocked(file: string): void;
  /** Back to the welcome screen: nothing waits for a password. */
  clear(): void;
}

export function createUnlocker(now: () => number): Unlocker {
  let locked: string | null = null;
  const failures = new Map<string, { count: number; nextAt: number }>();
  const waitOf = (file: string) => Math.max(0, (failures.get(file)?.nextAt ?? 0) - now());
  const describe = (file: string): LockedRegister => ({ path: file, fileName: path.basename(file), retryAfterMs: waitOf(file) });
  const wrong = (file: string, messageKey: string) => {
    const retryAfterMs = waitOf(file);
    return new DomainError('WRONG_PASSWORD', `The password does not open ${path.basename(file)}.`, {
      ...describe(file),
      failures: failures.get(file)?.count ?? 0,
      messageKey,
      params: { seconds: Math.ceil(retryAfterMs / 1000) },
    });
  };
  return {
    current: () => (locked ? describe(locked) : null),
    needsPassword(file) {
      locked = file;
      return new DomainError('PASSWORD_REQUIRED', `${path.basename(file)} is password-protected: give its password.`, describe(file));
    },
    refuseWhilePausing(file) {
      if (waitOf(file) > 0) throw wrong(file, 'e.WRONG_PASSWORD.wait');
    },
    wrongPassword(file) {
      const count = (failures.get(file)?.count ?? 0) + 1;
      const pause = count > FREE_TRIES ? Math.min(MAX_PAUSE_MS, 1000 * 2 ** (count - FREE_TRIES - 1)) : 0;
      failures.set(file, { count, nextAt: now() + pause });
      return wrong(file, pause > 0 ? 'e.WRONG_PASSWORD.wait' : 'e.WRONG_PASSWORD');
    },
    unlocked(file) {
      failures.delete(file);
      locked = null;
    },
    clear() {
      locked = null;
    },
  };
}
