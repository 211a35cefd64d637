import { AsyncLocalStorage } from 'node:async_hooks';

/** The method a piece of core code runs for, also across awaits (a batch interleaved with a save). */
export interface CallContext {
  method: string;
}

const storage = new AsyncLocalStorage<CallContext>();

export const runInCall = <T>(context: CallContext, fn: () => T): T => storage.run(context, fn);

/** The method being served, or null outside dispatch (the sample writer, a host's own call). */
export const currentCall = (): CallContext | null => storage.getStore() ?? null;
