// Agreements rendered in worker threads (as the apps and the CLI do) are the same documents as
// those rendered in-process, a batch keeps the customers' order, and a worker that cannot start
// only means the work is done in this thread.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { configureDocxWorkers, docxParallelism } from '../../../electron/core/documents/docx-workers';
import { ok } from '../helpers';
import { agreementRegister } from './fixture';

const WORKER = { path: path.resolve(__dirname, '../../../electron/core/documents/docx-worker.ts'), typescript: true, size: 2 };

async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
}

describe('agreements in worker threads', () => {
  afterEach(() => configureDocxWorkers(null));

  it('renders the same document as this thread, and a batch in the customers’ order', async () => {
    const r = await agreementRegister();
    const names = ['Alfa AB', 'Beta AB', 'Ceta AB', 'Delta AB', 'Epsilon AB'];
    const [alfa] = [await r.subscribed(names[0]!)];
    for (const name of names.slice(1)) await r.subscribed(name);

    const inThread = await r.generate(alfa.id);
    const here = path.join(r.dir, 'here.docx');
    await ok(r.core, 'agreements.saveDocument', { id: inThread.id, path: here });

    configureDocxWorkers(WORKER);
    expect(docxParallelism()).toBe(2);
    const folder = path.join(r.dir, 'batch');
    fs.mkdirSync(folder);
    const result = await ok(r.core, 'agreements.batch', { scope: 'all', lang: 'sv', folder });
    expect(result).toMatchObject({ generated: 5, total: 5, cancelled: false });
    expect(docxParallelism()).toBe(2); // the workers did the rendering: no fallback happened
    expect(result!.files.map((f) => path.basename(f).split(' – ')[1])).toEqual(names);
    // Alfa's v2 differs from v1 only in its version number.
    const v1 = await documentXml(here);
    const v2 = await documentXml(result!.files[0]!);
    expect(v2.replaceAll('version 2', 'version 1')).toBe(v1);
  }, 60_000);

  it('falls back to this thread when the worker cannot start', async () => {
    const r = await agreementRegister();
    await r.subscribed('Alfa AB');
    await r.subscribed('Beta AB');
    configureDocxWorkers({ path: path.join(r.dir, 'no-such-worker.js'), size: 2 });
    const folder = path.join(r.dir, 'batch');
    fs.mkdirSync(folder);
    const result = await ok(r.core, 'agreements.batch', { scope: 'all', lang: 'sv', folder });
    expect(result).toMatchObject({ generated: 2, total: 2, cancelled: false });
    expect(docxParallelism()).toBe(1); // the pool was given up
  }, 60_000);
});
