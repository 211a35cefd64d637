// Rendering an agreement is CPU-bound, and most of it happens inside the docx library, so a batch
// of 500 renders in worker threads to use every core. Each host says how to start the worker
// (the bundled file in the Electron app, the TypeScript source under tsx); without that, or if a
// worker fails, rendering simply stays in this thread.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Packer } from 'docx';
import { agreementDocx } from './agreement.docx';
import type { AgreementView } from './agreement.model';

export interface DocxWorkerConfig {
  /** The worker module: its bundled .js in the app, or docx-worker.ts with `typescript`. */
  path: string | URL;
  /** The path is TypeScript source (hosts run under tsx): the worker registers tsx first. */
  typescript?: boolean;
  /** Worker threads; default: the number of cores, at most 4. */
  size?: number;
}

/**
 * One document needs a few MB; without a cap each worker's heap grows far beyond that before V8
 * collects, which a batch pays for in memory. A worker that hits the cap dies, and the work is
 * done in this thread (below).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** The worker itself failed (could not start, crashed), as opposed to a document that could not be rendered. */
class WorkerFailure extends Error {}

interface Job {
  resolve(data: Buffer): void;
  reject(error: Error): void;
}

class DocxPool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private next = 0;
  private nextId = 0;

  constructor(
    private readonly config: DocxWorkerConfig,
    readonly size: number,
  ) {}

  private worker(): Worker {
    if (this.workers.length < this.size) {
      const worker = this.config.typescript
        ? typescriptWorker(this.config.path)
        : new Worker(this.config.path, { resourceLimits: WORKER_LIMITS });
      worker.on('message', (message: { id: number; data?: Uint8Array; error?: string }) => {
        const job = this.jobs.get(message.id);
        this.jobs.delete(message.id);
        if (this.jobs.size === 0) for (const w of this.workers) w.unref(); // idle: let the process exit
        if (!job) return;
        if (message.data) job.resolve(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
        else job.reject(new Error(message.error ?? 'render failed'));
      });
      worker.on('error', (error) => this.fail(new WorkerFailure(error.message)));
      worker.on('exit', (code) => {
        if (this.jobs.size > 0) this.fail(new WorkerFailure(`docx worker exited (${code})`));
      });
      this.workers.push(worker);
    }
    const worker = this.workers[this.next++ % this.workers.length]!;
    return worker;
  }

  render(view: AgreementView): Promise<Buffer> {
    const id = this.nextId++;
    const worker = this.worker();
    return new Promise<Buffer>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      for (const w of this.workers) w.ref();
      worker.postMessage({ id, view });
    });
  }

  /** A worker that cannot start or crashes ends the pool; its jobs are rendered in this thread. */
  private fail(error: WorkerFailure): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    this.close();
    for (const job of jobs) job.reject(error);
  }

  close(): void {
    for (const w of this.workers.splice(0)) void w.terminate();
  }
}

/** A worker running TypeScript source: `--import tsx` does not reach a worker's entry module. */
function typescriptWorker(source: string | URL): Worker {
  // tsx's ESM register(): its CommonJS twin registers a loader path that does not resolve here.
  const require = createRequire(import.meta.url);
  const tsxRoot = path.dirname(require.resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = (source instanceof URL ? source : pathToFileURL(path.resolve(source))).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits: WORKER_LIMITS });
}

let config: DocxWorkerConfig | null = null;
let pool: DocxPool | null = null;

/** Called once by a host that can start worker threads. */
export function configureDocxWorkers(next: DocxWorkerConfig | null): void {
  pool?.close();
  pool = null;
  config = next;
}

/** How many agreements are worth rendering at once: the pool's size, or 1 in this thread. */
export function docxParallelism(): number {
  if (!config) return 1;
  return Math.max(1, config.size ?? Math.min(4, os.availableParallelism()));
}

function inThisThread(view: AgreementView): Promise<Buffer> {
  return Packer.toBuffer(agreementDocx(view));
}

/**
 * The DOCX bytes of an agreement view-model. `inWorker` (a batch) uses a worker thread when the
 * host configured them; one agreement at a time renders here, where the code is already warm.
 */
export async function renderAgreementBytes(view: AgreementView, inWorker = false): Promise<Buffer> {
  if (!config || !inWorker) return inThisThread(view);
  pool ??= new DocxPool(config, docxParallelism());
  try {
    return await pool.render(view);
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    // The workers could not start (or died): render here from now on, so the work still gets done.
    configureDocxWorkers(null);
    return inThisThread(view);
  }
}
