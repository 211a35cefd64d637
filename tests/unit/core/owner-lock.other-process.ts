// A second process for owner-lock.test.ts: `hold <file>` opens the register and waits (to be
// killed); `probe <file>` tries to open it, then opens it read-only. One JSON line per open.
import os from 'node:os';
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';

const [mode, file] = process.argv.slice(2);
const core = createCore({ host: 'cli', version: '0.0.0-test', dataFolder: os.tmpdir(), settings: memorySettings(), logError: () => {} });

async function open(readOnly: boolean): Promise<boolean> {
  const result = await core.dispatch('register.open', { path: file, readOnly });
  const line = result.ok
    ? { code: null, readOnly: (result.value as { readOnly: unknown }).readOnly }
    : {
        code: result.error.code,
        message: result.error.message,
        holder: (result.error.details as { holder?: unknown } | undefined)?.holder,
      };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return result.ok;
}

if (mode === 'hold') {
  if (await open(false)) setInterval(() => undefined, 60_000);
} else {
  await open(false);
  await open(true);
  core.close();
}
