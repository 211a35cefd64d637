// The owner lock: one writer per register file, across processes (a second app, browser mode,
// the CLI) and across cores in one process. A small JSON file beside the register,
// `<file>.forteckna.lock`, says who holds it; it is created atomically ('wx'), removed on close
// and on process exit. A lock whose process is gone (same computer, pid no longer alive) is taken
// over: under a takeover file of its own ('wx' again), and only if it still has the content that
// was judged stale, so of two racing takers only one wins.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LockHolder } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { DomainError } from '../errors';
import { stockholmMinute } from '../session';

export const LOCK_SUFFIX = '.lock';

/** A lock file that cannot be read is someone writing it right now, unless it is older than this. */
const UNREADABLE_GRACE_MS = 10_000;
/** A takeover file left by a taker that crashed is cleared after this long. */
const TAKEOVER_GRACE_MS = 10_000;

interface LockFile extends LockHolder {
  app: 'Förteckna';
  /** Tells this lock from an earlier one of the same process (release removes only its own). */
  token: string;
}

export interface OwnerLock {
  readonly file: string;
  readonly holder: LockHolder;
  release(): void;
}

export interface LockIdentity {
  osUser: string;
  appVersion: string;
  /** For tests: the clock that stamps `since`. */
  now?: () => Date;
}

/** Lock files this process holds, by lock path: a second core here gets LOCKED too; exit removes them. */
const held = new Map<string, string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, token] of held) removeIfOurs(file, token);
  });
}

/** The lock file of a register: beside it, named after its real path (a symlink locks its target). */
export function lockPathOf(registerPath: string): string {
  let real = path.resolve(registerPath);
  try {
    real = fs.realpathSync.native(real);
  } catch {
    // Not there yet (a register being created): its own name.
  }
  return `${real}${LOCK_SUFFIX}`;
}

function readLock(file: string): { text: string; lock: LockFile | null; mtimeMs: number } | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockFile>;
    const ok =
      typeof parsed.osUser === 'string' &&
      typeof parsed.host === 'string' &&
      Number.isInteger(parsed.pid) &&
      typeof parsed.since === 'string' &&
      typeof parsed.token === 'string';
    return { text, lock: ok ? ({ appVersion: '', ...parsed } as LockFile) : null, mtimeMs };
  } catch {
    return { text, lock: null, mtimeMs };
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock nobody holds any more: its process on this computer is gone, or it is this process's own leftover. */
function isStale(found: { lock: LockFile | null; mtimeMs: number }, file: string): boolean {
  const { lock } = found;
  if (!lock) return Date.now() - found.mtimeMs > UNREADABLE_GRACE_MS;
  if (lock.host !== os.hostname()) return false; // another computer: its processes cannot be seen from here
  if (lock.pid === process.pid) return held.get(file) !== lock.token; // ours only if this process took it
  return !processAlive(lock.pid);
}

function removeIfOurs(file: string, token: string): void {
  try {
    const found = readLock(file);
    if (found?.lock?.token === token) fs.rmSync(file, { force: true });
  } catch {
    // Gone already, or the folder is unreachable: the next opener sees a stale lock.
  }
}

/** When the lock was taken, in Swedish time for messages, like every date here. */
export function sinceText(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : stockholmMinute(at);
}

/** The LOCKED error naming who holds the register. */
export function lockedError(registerPath: string, holder: LockHolder | null): DomainError {
  const params = holder
    ? { osUser: holder.osUser || '?', host: holder.host || '?', since: sinceText(holder.since) }
    : { osUser: '?', host: '?', since: '?' };
  return new DomainError('LOCKED', formatMessage('e.LOCKED.heldBy', 'en', params), {
    path: registerPath,
    holder,
    messageKey: 'e.LOCKED.heldBy',
    params,
  });
}

function holderOf(lock: LockFile | null): LockHolder | null {
  if (!lock) return null;
  return { osUser: lock.osUser, host: lock.host, pid: lock.pid, since: lock.since, appVersion: lock.appVersion };
}

/** Removes `stale` (its exact text) under a takeover file, so that one racing taker wins; false when another got there first. */
function takeOver(file: string, staleText: string): boolean {
  const digest = crypto.createHash('sha256').update(staleText).digest('hex').slice(0, 16);
  const takeover = `${file}.takeover-${digest}`;
  try {
    fs.writeFileSync(takeover, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A taker that crashed left it behind: clear it once it is old, then let the caller try again.
    try {
      if (Date.now() - fs.statSync(takeover).mtimeMs > TAKEOVER_GRACE_MS) fs.rmSync(takeover, { force: true });
    } catch {
      // gone meanwhile
    }
    return false;
  }
  try {
    // Still the lock that was judged stale? A fresher one (another taker won) stays.
    const again = readLock(file);
    if (again && again.text === staleText) fs.rmSync(file, { force: true });
    return true;
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

function lockWriteFailure(error: unknown, registerPath: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new DomainError(
      'NOT_WRITABLE',
      `The folder of ${path.basename(registerPath)} cannot be written, so the register cannot be opened for editing. Open it read-only.`,
      { path: registerPath, problem: 'lock' },
    );
  }
  return error;
}

/**
 * Takes the owner lock of `registerPath`, or throws LOCKED naming the holder. A stale lock (its
 * process is gone) is taken over.
 */
export function acquireOwnerLock(registerPath: string, identity: LockIdentity): OwnerLock {
  const file = lockPathOf(registerPath);
  const token = crypto.randomBytes(12).toString('hex');
  const holder: LockHolder = {
    osUser: identity.osUser,
    host: os.hostname(),
    pid: process.pid,
    since: (identity.now?.() ?? new Date()).toISOString(),
    appVersion: identity.appVersion,
  };
  const content: LockFile = { app: 'Förteckna', ...holder, token };
  const text = `${JSON.stringify(content, null, 2)}\n`;
  // A few rounds: each either creates the lock, finds a live holder, or clears one stale lock.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, text, { flag: 'wx' });
      held.set(file, token);
      installExitHook();
      let released = false;
      return {
        file,
        holder,
        release() {
          if (released) return;
          released = true;
          if (held.get(file) === token) held.delete(file);
          removeIfOurs(file, token);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockWriteFailure(error, registerPath);
    }
    const found = readLock(file);
    if (!found) continue; // released meanwhile: try again
    if (!isStale(found, file)) throw lockedError(registerPath, holderOf(found.lock));
    takeOver(file, found.text);
  }
  throw lockedError(registerPath, holderOf(readLock(file)?.lock ?? null));
}

/** Who holds the lock of `registerPath` now, if anyone (a stale lock counts as nobody). */
export function currentHolder(registerPath: string): LockHolder | null {
  const file = lockPathOf(registerPath);
  const found = readLock(file);
  if (!found || isStale(found, file)) return null;
  return holderOf(found.lock);
}
