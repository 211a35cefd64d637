import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { sqliteFailure } from '../../../electron/core/db/sqlite-errors';
import { acquireOwnerLock, lockPathOf } from '../../../electron/core/register/owner-lock';
import { formatMessage } from '../../../shared/messages';
import { blankCustomer, call, coreWithRegister, ok, testCore } from '../helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');

/** A second Node process running `script` (TypeScript, under tsx) with `args`. */
function nodeScript(script: string, args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

const OTHER_PROCESS = path.join(here, 'owner-lock.other-process.ts');

/** Runs the helper script to completion: its one JSON line. */
function runOther(args: string[]): unknown[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', OTHER_PROCESS, ...args], { cwd: repoRoot, encoding: 'utf8' });
  const lines = result.stdout.trim().split('\n').filter(Boolean);
  if (!lines.length) throw new Error(`helper wrote nothing: ${result.stderr}`);
  return lines.map((line) => JSON.parse(line) as unknown);
}

describe('owner lock (issue 12, fault 2)', () => {
  it('a second core on the same file gets LOCKED naming who has it, and can open it read-only', async () => {
    const { core, info } = await coreWithRegister();
    const { core: second } = testCore();
    const refused = await call(second, 'register.open', { path: info.path });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('LOCKED');
    const details = refused.error.details as { path: string; holder: { osUser: string; host: string; pid: number; since: string } };
    expect(details.path).toBe(info.path);
    expect(details.holder).toMatchObject({ host: os.hostname(), pid: process.pid, since: '2026-11-22T09:00:00.000Z' });
    expect(refused.error.message).toContain(os.hostname());
    expect(refused.error.message).toContain('2026-11-22 10:00');
    expect(formatMessage('e.LOCKED.heldBy', 'sv', { osUser: 'anna', host: 'pc', since: 'x' })).toContain('Öppna det skrivskyddat');

    const readOnly = await ok(second, 'register.open', { path: info.path, readOnly: true });
    expect(readOnly?.readOnly).toMatchObject({ reason: 'locked', holder: { pid: process.pid } });
    expect((await ok(second, 'organisation.get', {})).name).toBe('Test AB');

    // Every change is refused with READ_ONLY before it runs; the writer is unaffected.
    const write = await call(second, 'customers.create', blankCustomer);
    expect(write.ok ? null : write.error.code).toBe('READ_ONLY');
    expect(write.ok ? '' : write.error.message).toMatch(/read-only/);
    await ok(core, 'customers.create', blankCustomer);
    // The reader sees what the writer committed.
    expect((await ok(second, 'customers.list', {})).total).toBe(1);

    // Closing the writer frees the file; closing the reader removes nothing of anyone's.
    second.close();
    expect(fs.existsSync(lockPathOf(info.path))).toBe(true);
    core.close();
    expect(fs.existsSync(lockPathOf(info.path))).toBe(false);
    const reopened = await ok(second, 'register.open', { path: info.path });
    expect(reopened?.readOnly).toBeNull();
  });

  it('the CLI reads a register that is open elsewhere read-only, and a writing command gets LOCKED', async () => {
    const { info } = await coreWithRegister();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    expect(await runCli(['info', info.path], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ counts: { customers: 0 } });
    expect(err.join('\n')).toContain('läser det skrivskyddat');
    err.length = 0;
    expect(await runCli(['purge', info.path, '--on', '2026-11-01', '--yes'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/LOCKED: The register is already open by .* on the computer/);
  });

  it('the same core opening its own register again keeps it open', async () => {
    const { core, info } = await coreWithRegister();
    const again = await ok(core, 'register.open', { path: info.path });
    expect(again?.readOnly).toBeNull();
    await ok(core, 'customers.create', blankCustomer);
  });

  it('a stale lock of this computer (its process is gone) is taken over; a taker that then finds a live lock is refused', async () => {
    const { core, info } = await coreWithRegister();
    core.close();
    const lockFile = lockPathOf(info.path);
    // A process that ran and ended: its pid is certainly not alive now.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale = {
      app: 'Förteckna',
      osUser: 'gone',
      host: os.hostname(),
      pid: Number(gone.stdout),
      since: '2026-01-01T00:00:00.000Z',
      appVersion: '0',
      token: 'x',
    };
    fs.writeFileSync(lockFile, JSON.stringify(stale));
    const first = acquireOwnerLock(info.path, { osUser: 'a', appVersion: '1' });
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ osUser: 'a', pid: process.pid });
    // A second taker, reading the now live lock, is refused.
    expect(() => acquireOwnerLock(info.path, { osUser: 'b', appVersion: '1' })).toThrow(/already open by a/);
    first.release();
    expect(fs.existsSync(lockFile)).toBe(false);

    // A lock from another computer is never judged stale from here.
    fs.writeFileSync(lockFile, JSON.stringify({ ...stale, host: 'other-pc' }));
    const { core: next } = testCore();
    const refused = await call(next, 'register.open', { path: info.path });
    expect(refused.ok ? null : refused.error.code).toBe('LOCKED');
    expect(refused.ok ? null : refused.error.message).toContain('other-pc');
  });

  it('two processes: the second gets LOCKED; after the first is killed (SIGKILL) the next opener takes over', async () => {
    const { core, info } = await coreWithRegister();
    core.close();
    const holder = nodeScript(OTHER_PROCESS, ['hold', info.path]);
    try {
      const opened = await new Promise<string>((resolve, reject) => {
        let out = '';
        holder.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        holder.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      expect(JSON.parse(opened)).toMatchObject({ code: null });

      // Another process (the CLI, browser mode) gets LOCKED with the holder's pid, then opens it read-only.
      expect(runOther(['probe', info.path])).toEqual([
        expect.objectContaining({ code: 'LOCKED', holder: expect.objectContaining({ pid: holder.pid }) }),
        expect.objectContaining({ code: null, readOnly: expect.objectContaining({ reason: 'locked' }) }),
      ]);
      const { core: here2 } = testCore();
      const refused = await call(here2, 'register.open', { path: info.path });
      expect(refused.ok ? null : refused.error.code).toBe('LOCKED');

      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
      expect(fs.existsSync(lockPathOf(info.path))).toBe(true); // SIGKILL left it behind
      const taken = await ok(here2, 'register.open', { path: info.path });
      expect(taken?.readOnly).toBeNull();
      await ok(here2, 'customers.create', blankCustomer);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('SQLITE_BUSY, SQLITE_CORRUPT and SQLITE_READONLY reaching dispatch are clear codes, never INTERNAL', () => {
    const sqlite = (code: string) => Object.assign(new Error('x'), { code });
    expect(sqliteFailure(sqlite('SQLITE_BUSY'))?.code).toBe('LOCKED');
    expect(sqliteFailure(sqlite('SQLITE_BUSY_SNAPSHOT'))?.code).toBe('LOCKED');
    expect(sqliteFailure(sqlite('SQLITE_LOCKED'))?.code).toBe('LOCKED');
    expect(sqliteFailure(sqlite('SQLITE_CORRUPT'))?.code).toBe('DAMAGED');
    expect(sqliteFailure(sqlite('SQLITE_NOTADB'))?.code).toBe('DAMAGED');
    expect(sqliteFailure(sqlite('SQLITE_READONLY'))?.code).toBe('READ_ONLY');
    expect(sqliteFailure(sqlite('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(sqliteFailure(new Error('plain'))).toBeNull();
  });
});
