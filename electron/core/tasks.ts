import crypto from 'node:crypto';
import { DomainError } from './errors';
import type { TaskProgress } from '../../shared/contract';

export interface TaskHandle {
  readonly taskId: string;
  /** Reports progress (throttled to ~20 events a second) and throws CANCELLED once cancelled. */
  progress(done: number, total: number): void;
  readonly signal: AbortSignal;
}

/** Long work: progress events out, cancellation in. One registry per core. */
export function createTasks(emitProgress: (progress: TaskProgress) => void) {
  const running = new Map<string, AbortController>();

  return {
    async run<T>(label: string, work: (task: TaskHandle) => T | Promise<T>): Promise<T> {
      const taskId = crypto.randomUUID();
      const controller = new AbortController();
      running.set(taskId, controller);
      let lastEmit = 0;
      const handle: TaskHandle = {
        taskId,
        signal: controller.signal,
        progress(done, total) {
          if (controller.signal.aborted) throw new DomainError('CANCELLED', `${label} was cancelled.`);
          const now = Date.now();
          if (done === 0 || done >= total || now - lastEmit >= 50) {
            lastEmit = now;
            emitProgress({ taskId, label, done, total });
          }
        },
      };
      // Announce the task at once so the UI can offer Cancel before the first step is done.
      emitProgress({ taskId, label, done: 0, total: 0 });
      try {
        return await work(handle);
      } finally {
        running.delete(taskId);
      }
    },
    cancel(taskId: string): boolean {
      const controller = running.get(taskId);
      controller?.abort();
      return controller !== undefined;
    },
  };
}

export type Tasks = ReturnType<typeof createTasks>;
