// The process that rekey-crash.test.ts kills: it opens a register through the core (with the
// current password, or none for a plain one), changes the password and reports each step of the
// change on stdout, one line each ("start", "step <name> <n>", "rename <n>", "done"). It loads
// and waits for "go <kill at>" on stdin first, so that the parent can start it while it still
// checks the previous run. It SIGKILLs itself when the change reaches that step ("verified",
// "swapped", "backup:2", …) or just before its n-th rename ("rename:3": a file about to replace
// another); with none given the parent kills it at a random moment. After "done" it stays alive
// (the register open) until killed.
//   node rekey-crash.child.cjs <register> <data folder> <current password or ''> <new password>
import fs from 'node:fs';
import { createCore } from '../../../electron/core/core';
import { rekeySteps } from '../../../electron/core/register/rekey';
import { memorySettings } from '../../../electron/core/settings/settings-stores';

const args = process.argv.slice(2);
if (args.length !== 4) throw new Error('usage: rekey-crash.child <register> <data folder> <from> <to>');
const [file, dataFolder, current, next] = args as [string, string, string, string];
let killAt = '';

// Pipes are written synchronously on Linux: a line is out before the kill that follows it.
const say = (line: string) => process.stdout.write(`${line}\n`);

const reached = new Map<string, number>();
rekeySteps.reached = (step) => {
  const n = (reached.get(step) ?? 0) + 1;
  reached.set(step, n);
  say(`step ${step} ${n}`);
  if (killAt === step || killAt === `${step}:${n}`) process.kill(process.pid, 'SIGKILL');
};

// The core's own fs module (the same object in this bundle): each rename of the change, counted.
const rename = fs.renameSync;
let renames = 0;
let changing = false;
fs.renameSync = (from, to) => {
  if (changing) {
    renames++;
    say(`rename ${renames}`);
    if (killAt === `rename:${renames}`) process.kill(process.pid, 'SIGKILL');
  }
  rename(from, to);
};

async function main() {
  const go = await new Promise<string>((resolve) => {
    let input = '';
    process.stdin.setEncoding('utf8').on('data', (chunk: string) => {
      input += chunk;
      if (input.includes('\n')) resolve(input.slice(0, input.indexOf('\n')));
    });
  });
  killAt = go.replace(/^go ?/, '');
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder,
    settings: memorySettings(),
    autoBackup: false,
    logError: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
  });
  const call = async (method: string, input: unknown) => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  await call('register.open', { path: file, ...(current ? { password: current } : {}) });
  say('start');
  changing = true;
  await call('register.setPassword', { ...(current ? { currentPassword: current } : {}), password: next });
  say('done');
  // Held open (with its owner lock) until the parent kills it, as an app would be (stdin keeps it alive).
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
