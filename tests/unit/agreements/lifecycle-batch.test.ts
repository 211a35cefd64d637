import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementFileName } from '../../../electron/core/agreements/agreements.service';
import type { TaskProgress } from '../../../shared/contract';
import { call, ok } from '../helpers';
import { agreementRegister, firstIssue, sha256 } from './fixture';

describe('batch generation', () => {
  it('makes a new version for every customer with an active subscription, into one folder, with progress', async () => {
    const r = await agreementRegister();
    const alfa = await r.subscribed('Alfa AB');
    const beta = await r.subscribed('Beta/Gamma: "Drift" AB');
    await r.subscribed('Ceta AB');
    await r.customer('Delta AB'); // no subscription: not included
    // Alfa already has a version: the batch keeps its values (signatories, notice) and adds v2.
    await r.generate(alfa.id, { noticeDays: 60, processorSignatory: { name: 'Bo Ek', title: 'Driftchef' } });

    const progress: TaskProgress[] = [];
    r.core.subscribe((event, payload) => {
      if (event === 'task.progressed') progress.push(payload as TaskProgress);
    });
    const folder = path.join(r.dir, 'ut');
    fs.mkdirSync(folder);
    const result = await ok(r.core, 'agreements.batch', { scope: 'all', lang: 'en', folder });
    expect(result).toMatchObject({ folder, generated: 3, total: 3, cancelled: false });
    expect(result!.files.map((f) => path.basename(f))).toEqual([
      'PUB-avtal – Alfa AB – v2 – 2026-11-22.docx',
      'PUB-avtal – Beta Gamma Drift AB – v1 – 2026-11-22.docx',
      'PUB-avtal – Ceta AB – v1 – 2026-11-22.docx',
    ]);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });

    const alfaV2 = (await ok(r.core, 'agreements.list', { customerId: alfa.id }))[0]!;
    expect(await ok(r.core, 'agreements.get', { id: alfaV2.id })).toMatchObject({
      version: 2,
      lang: 'en',
      noticeDays: 60,
      processorSignatory: { name: 'Bo Ek', title: 'Driftchef' },
    });
    // Each file is the stored snapshot of its version.
    expect(sha256(fs.readFileSync(result!.files[0]!))).toBe(alfaV2.documentSha256);

    // A selection, and the out-of-date ones.
    const selected = await ok(r.core, 'agreements.batch', { scope: 'selected', customerIds: [beta.id], lang: 'sv', folder });
    expect(selected!.files.map((f) => path.basename(f))).toEqual(['PUB-avtal – Beta Gamma Drift AB – v2 – 2026-11-22.docx']);
    expect(firstIssue(await call(r.core, 'agreements.batch', { scope: 'outOfDate', lang: 'sv', folder }))).toBe(
      'scope: v.agreement.noCustomers',
    );
    const service = await ok(r.core, 'services.get', { id: r.backup.id });
    await ok(r.core, 'services.update', {
      id: service.id,
      revision: service.revision,
      fields: { ...r.backup, purpose: 'Återställning efter incidenter' },
    });
    const outOfDate = await ok(r.core, 'agreements.batch', { scope: 'outOfDate', lang: 'sv', folder });
    expect(outOfDate!.generated).toBe(3);
    expect((await ok(r.core, 'customers.list', { agreementStatus: 'outOfDate' })).total).toBe(0);
    expect((await ok(r.core, 'customers.list', { agreementStatus: 'draft' })).total).toBe(3);
    expect(firstIssue(await call(r.core, 'agreements.batch', { scope: 'selected', lang: 'sv', folder }))).toBe('customerIds: v.required');
    expect(firstIssue(await call(r.core, 'agreements.batch', { scope: 'all', lang: 'sv', folder: path.join(r.dir, 'saknas') }))).toBe(
      'folder: v.folderMissing',
    );
  });

  it('writes into Export/PUB-avtal <date> when there is no folder dialog', async () => {
    const r = await agreementRegister();
    await r.subscribed('Alfa AB');
    const result = await ok(r.core, 'agreements.batch', { scope: 'all', lang: 'sv' });
    expect(result!.folder).toBe(path.join(r.dir, 'Export', 'PUB-avtal 2026-11-22'));
    expect(fs.readdirSync(result!.folder)).toEqual(['PUB-avtal – Alfa AB – v1 – 2026-11-22.docx']);
  });

  it('keeps the versions made before a cancel and says it was cancelled', async () => {
    const r = await agreementRegister();
    for (const name of ['A AB', 'B AB', 'C AB', 'D AB', 'E AB']) await r.subscribed(name);
    let taskId: string | null = null;
    r.core.subscribe((event, payload) => {
      if (event === 'task.progressed') taskId ??= (payload as TaskProgress).taskId;
    });
    // Watch the register between the batch's steps and cancel once two versions exist.
    let watching = true;
    const watch = async () => {
      while (watching) {
        await new Promise((resolve) => setImmediate(resolve));
        if (taskId && (await ok(r.core, 'agreements.list', {})).length >= 2) {
          await ok(r.core, 'tasks.cancel', { taskId });
          return;
        }
      }
    };
    const watcher = watch();
    const result = await ok(r.core, 'agreements.batch', { scope: 'all', lang: 'sv', folder: r.dir });
    watching = false;
    await watcher;
    expect(result).toMatchObject({ cancelled: true, generated: 2, total: 5 });
    expect(result!.files.map((f) => path.basename(f))).toEqual([
      'PUB-avtal – A AB – v1 – 2026-11-22.docx',
      'PUB-avtal – B AB – v1 – 2026-11-22.docx',
    ]);
    expect((await ok(r.core, 'agreements.list', {})).map((a) => a.customerName)).toEqual(['A AB', 'B AB']);
  });
});

describe('agreement file names', () => {
  it('reads "PUB-avtal – Kund – vN – date" and is safe on Windows and macOS', () => {
    expect(agreementFileName('Kund AB', 2, '2026-11-22')).toBe('PUB-avtal – Kund AB – v2 – 2026-11-22.docx');
    const odd = agreementFileName('A/S <Nord>: "Data"|Drift? AB*\\.', 1, '2026-01-02');
    expect(odd).toBe('PUB-avtal – A S Nord Data Drift AB . – v1 – 2026-01-02.docx');
    expect(odd).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    // A very long name is cut, never the version and date.
    const long = agreementFileName('Ö'.repeat(300), 12, '2026-11-22');
    expect(long.endsWith(' – v12 – 2026-11-22.docx')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(130);
  });
});
