// The writer that crash.test.ts kills: it loads the core, waits for "go" on stdin (so the parent
// can start it while it still checks the previous run), opens the register through the core and
// saves customers in a loop, printing each change the core acknowledged as one JSON line, until
// it is killed.   node crash-child.mjs <register> <run> <seed>
import { createCore } from '../../../electron/core/core';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { emptyCustomer } from '../../../shared/contract';

const [file, run, seedText] = process.argv.slice(2);
if (!file || !run || !seedText) throw new Error('usage: crash-child <register> <run> <seed>');

let seed = Number(seedText) >>> 0;
/** mulberry32, as in the reference register: the same seed writes the same sequence. */
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Value = { id: number; revision: number; name: string };

async function main() {
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
  const core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: process.cwd(),
    settings: memorySettings({ displayName: 'Krock Testsson' }),
    osUser: 'crash',
    registerPath: file,
    logError: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
  });
  const call = async (method: string, input: unknown): Promise<Value> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as Value;
  };
  const ids = ((await call('customers.list', { limit: 1000 })) as unknown as { items: { id: number }[] }).items.map((c) => c.id);
  for (let n = 0; ; n++) {
    const notes = `${run}-${n}`;
    let saved: Value;
    if (ids.length === 0 || random() < 0.2) {
      saved = await call('customers.create', { ...emptyCustomer, name: `Krockkund ${run}-${n}`, notes });
      ids.push(saved.id);
    } else {
      const current = await call('customers.get', { id: ids[Math.floor(random() * ids.length)]! });
      saved = await call('customers.update', {
        id: current.id,
        revision: current.revision,
        fields: { ...emptyCustomer, name: current.name, notes },
      });
    }
    // Only now is the change acknowledged (pipes are written synchronously on Linux).
    process.stdout.write(`${JSON.stringify({ id: saved.id, revision: saved.revision, notes })}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
