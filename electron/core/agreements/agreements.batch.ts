// Batch generation (issue 4 §5): a new version for each customer in scope, written into one
// folder, as a task with progress and cancel. Each customer's version is its own transaction,
// so a cancel keeps everything done before it.
import fs from 'node:fs';
import path from 'node:path';
import type { AgreementBatchResult } from '../../../shared/contract';
import { DomainError, invalidField } from '../errors';
import { checkedFolder, EXPORT_FOLDER, freeFileName, safeExportName, writeFileAtomic } from '../files/export';
import type { HandlerContext } from '../handlers';
import type { Session } from '../session';
import { docxParallelism } from '../documents/docx-workers';
import { agreementFileName, agreementsService } from './agreements.service';

export interface BatchRequest {
  scope: 'all' | 'selected' | 'outOfDate';
  customerIds?: number[];
  lang: 'sv' | 'en';
  folder?: string;
}

/** The customers a batch covers, by name. */
export function batchCustomers(session: Session, request: Pick<BatchRequest, 'scope' | 'customerIds'>): number[] {
  const agreements = session.use(agreementsService);
  if (request.scope === 'selected') {
    if (!request.customerIds?.length) throw invalidField(['customerIds'], 'v.required');
    return agreements.existingCustomerIds(request.customerIds);
  }
  if (request.scope === 'outOfDate') return agreements.existingCustomerIds(agreements.outOfDateCustomerIds());
  return agreements.activeCustomerIds();
}

/** The folder to write into: given (must exist), chosen in a dialog, or Export/PUB-avtal <date>. */
async function batchFolder(ctx: Pick<HandlerContext, 'ports'>, session: Session, given: string | undefined): Promise<string | null> {
  if (given !== undefined) {
    // Checked before any version is made: a folder that cannot be written fails now, not at the first file.
    return checkedFolder(path.resolve(given), 'folder');
  }
  if (ctx.ports.dialogs?.chooseFolder) {
    const chosen = await ctx.ports.dialogs.chooseFolder();
    return chosen === null ? null : checkedFolder(path.resolve(chosen), 'folder');
  }
  const folder = path.join(ctx.ports.dataFolder, EXPORT_FOLDER, safeExportName(`PUB-avtal ${session.today()}`));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runBatch(
  ctx: Pick<HandlerContext, 'ports' | 'tasks'>,
  session: Session,
  request: BatchRequest,
): Promise<AgreementBatchResult> {
  const customerIds = batchCustomers(session, request);
  if (customerIds.length === 0) throw invalidField(['scope'], 'v.agreement.noCustomers');
  const folder = await batchFolder(ctx, session, request.folder);
  if (folder === null) return null;
  const agreements = session.use(agreementsService);
  const files: string[] = [];
  let cancelled = false;
  // Several customers at once when documents render in worker threads; one at a time otherwise.
  const parallel = docxParallelism();
  await ctx.tasks.run('PUB-avtal', async (task) => {
    const total = customerIds.length;
    const inFlight = new Set<Promise<void>>();
    let done = 0;
    const written: (string | undefined)[] = [];
    const generate = async (customerId: number, index: number) => {
      // Each customer keeps the values of its latest version; only the language is the batch's.
      const fields = { ...agreements.defaults(customerId), lang: request.lang };
      const made = await agreements.generateVersion(customerId, fields, undefined, true);
      const target = freeFileName(folder, agreementFileName(made.customerName, made.version, made.generatedOn));
      writeFileAtomic(target, made.data, session.path);
      written[index] = target;
      done++;
    };
    let failed: PromiseSettledResult<void> | undefined;
    try {
      for (const [index, customerId] of customerIds.entries()) {
        try {
          task.progress(done, total);
        } catch (error) {
          if (error instanceof DomainError && error.code === 'CANCELLED') {
            // What is already rendering is finished and kept, like everything before it.
            cancelled = true;
            break;
          }
          throw error;
        }
        const job = generate(customerId, index).finally(() => inFlight.delete(job));
        job.catch(() => undefined); // its failure is reported by the race or the final wait
        inFlight.add(job);
        if (inFlight.size >= parallel) await Promise.race(inFlight);
        // Let a cancel (and the UI's other calls) in between customers.
        await nextTurn();
      }
    } finally {
      failed = (await Promise.allSettled(inFlight)).find((r) => r.status === 'rejected');
      // In the order of the customers, however the renders finished.
      files.push(...written.filter((f) => f !== undefined));
    }
    if (failed?.status === 'rejected') throw failed.reason;
    if (!cancelled) task.progress(total, total);
  });
  return { folder, files, generated: files.length, total: customerIds.length, cancelled };
}
