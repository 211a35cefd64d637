// Encrypted registers (quality.md, issue 13): the reference register with a password, side by side
// with the plain one. Budgets are ratios to the plain register, so both are measured here in turn
// (plain, encrypted, plain, …) and the plain median is the floor beside each row:
//   open + first page ≤ 2×, single-row durable save ≤ 1.5×, workbook ≤ 1.3×, batch ≤ 1.3×.
// The open is timed with a remembered key (no key derivation); the key derivation (PBKDF2, run
// off the main thread) is stated on its own row, and the open with the password typed beside it.
import fs from 'node:fs';
import path from 'node:path';
import type { AgreementBatchResult, Customer, CustomerSummary } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import type { SecretStore } from '../../electron/core/ports';
import { deriveKey, fileKind, saltOf } from '../../electron/core/register/cipher';
import { memorySettings } from '../../electron/core/settings/settings-stores';
import { infoRow, median, must, newCore, now, row, RUNS, type Keyring, type Row } from './kit';

const PASSWORD = 'bänkens lösenord 2026';
const MB = 1024 * 1024;

/** Stands in for Electron's safeStorage: reversible, and not the key in plain text. */
const fakeSecretStore: SecretStore = {
  isAvailable: () => true,
  encrypt: (plain) => Buffer.from(plain).toString('base64'),
  decrypt: (sealed) => Buffer.from(sealed, 'base64').toString(),
};

/**
 * Once the integrity check after an open has run. It starts 1.5 s after the open on an unref'd
 * timer, which alone does not keep a process alive: without the interval, awaiting it would
 * let this process exit, silently, before it starts.
 */
async function settled(core: Core): Promise<void> {
  const keepAlive = setInterval(() => {}, 250);
  try {
    await core.integrityChecked();
  } finally {
    clearInterval(keepAlive);
  }
}

interface Variant {
  name: 'plain' | 'encrypted';
  file: string;
  core(): Core;
}

async function openFirstPage(variant: Variant, password?: string): Promise<number> {
  const t0 = now();
  const core = variant.core();
  await must(core, 'register.open', { path: variant.file, ...(password ? { password } : {}) });
  await must<{ items: unknown[] }>(core, 'customers.list', { limit: 100 });
  const t = now() - t0;
  core.close();
  return t;
}

function fieldsOf(c: Customer, notes: string) {
  const { id: _id, revision: _revision, archivedAt: _archived, createdAt: _created, updatedAt: _updated, ...fields } = c;
  return { ...fields, notes };
}

/** Exports the workbook from a fresh core; ms. */
async function workbook(variant: Variant, target: string): Promise<number> {
  const core = variant.core();
  try {
    await must(core, 'register.open', { path: variant.file });
    const t0 = now();
    await must(core, 'workbook.export', { path: target });
    return now() - t0;
  } finally {
    core.close();
  }
}

/** Every customer's agreement in one batch, on a copy of the register (the batch adds versions); ms and peak RSS. */
async function batch(variant: Variant, dir: string, limit = 500): Promise<{ ms: number; generated: number }> {
  const copy = path.join(dir, `batch-${variant.name}.forteckna`);
  fs.copyFileSync(variant.file, copy);
  const folder = path.join(dir, `batch-${variant.name}`);
  fs.mkdirSync(folder, { recursive: true });
  const core = variant.core();
  try {
    await must(core, 'register.open', { path: copy });
    const customers = (await must<{ items: CustomerSummary[] }>(core, 'customers.list', { limit, includeArchived: true })).items;
    const t0 = now();
    const result = await must<AgreementBatchResult>(core, 'agreements.batch', {
      scope: 'selected',
      customerIds: customers.map((c) => c.id),
      lang: 'sv',
      folder,
    });
    const ms = now() - t0;
    if (result?.generated !== customers.length)
      throw new Error(`${variant.name} batch generated ${result?.generated} of ${customers.length}`);
    return { ms, generated: customers.length };
  } finally {
    core.close();
    fs.rmSync(folder, { recursive: true, force: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${copy}${suffix}`, { force: true });
  }
}

export async function benchEncrypted(dir: string, file: string, size: number): Promise<Row[]> {
  const keyring: Keyring = { settings: memorySettings(), secretStore: fakeSecretStore };
  const encryptedFile = path.join(dir, `encrypted-${size}.forteckna`);
  fs.copyFileSync(file, encryptedFile);
  const plain: Variant = { name: 'plain', file, core: () => newCore(dir) };
  const encrypted: Variant = { name: 'encrypted', file: encryptedFile, core: () => newCore(dir, keyring) };
  const rows: Row[] = [];
  const label = (text: string) => `encrypted: ${text}`;
  try {
    // The encrypted reference register: the plain one given a password (remembered).
    const setup = encrypted.core();
    // The change waits for the check after the open (see settled): timed once that is done.
    const keepAlive = setInterval(() => {}, 250);
    let addPassword: number;
    try {
      await must(setup, 'register.open', { path: encryptedFile });
      await setup.integrityChecked();
      const t0 = now();
      await must(setup, 'register.setPassword', { password: PASSWORD, remember: true });
      addPassword = now() - t0;
    } finally {
      clearInterval(keepAlive);
      setup.close();
    }
    if (fileKind(encryptedFile) !== 'encrypted') throw new Error('the copy is not encrypted');
    rows.push(
      infoRow(label(`adding the password (copy, encrypt, verify; ${(fs.statSync(file).size / MB).toFixed(1)} MB)`), size, [addPassword]),
    );

    // The key derivation alone: PBKDF2-HMAC-SHA512, 256,000 iterations, in libuv's thread pool.
    const salt = saltOf(encryptedFile);
    const kdf: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const k0 = now();
      await deriveKey(PASSWORD, salt);
      if (i > 0) kdf.push(now() - k0);
    }
    rows.push(infoRow(label('key derivation (PBKDF2-SHA512, 256,000 iterations)'), size, kdf));

    // Open + first page: plain, encrypted with the remembered key, encrypted with the password typed.
    const opens = { plain: [] as number[], remembered: [] as number[], typed: [] as number[] };
    for (let i = 0; i <= RUNS; i++) {
      const p = await openFirstPage(plain);
      const r = await openFirstPage(encrypted);
      const t = await openFirstPage(encrypted, PASSWORD);
      if (i === 0) continue; // warms the page cache and the code
      opens.plain.push(p);
      opens.remembered.push(r);
      opens.typed.push(t);
    }
    const plainOpen = median(opens.plain);
    rows.push(row(label('open + first page, key remembered (≤ 2× plain)'), size, opens.remembered, 2 * plainOpen, 'median', plainOpen));
    rows.push(infoRow(label('open + first page, password typed (with the key derivation)'), size, opens.typed, plainOpen));

    // A single-row durable save, alternately in the plain and the encrypted register.
    const cores = { plain: plain.core(), encrypted: encrypted.core() };
    const saves = { plain: [] as number[], encrypted: [] as number[] };
    try {
      const id = Math.ceil(size / 2);
      const current: Record<string, Customer> = {};
      for (const variant of [plain, encrypted]) {
        await must(cores[variant.name], 'register.open', { path: variant.file });
        current[variant.name] = await must<Customer>(cores[variant.name], 'customers.get', { id });
      }
      // Saves while the check after the open runs would time that check.
      await Promise.all([settled(cores.plain), settled(cores.encrypted)]);
      for (let i = 0; i <= RUNS; i++) {
        for (const variant of [plain, encrypted]) {
          const before = current[variant.name]!;
          const s0 = now();
          current[variant.name] = await must<Customer>(cores[variant.name], 'customers.update', {
            id,
            revision: before.revision,
            fields: fieldsOf(before, `Bänktest ${i}: ändrad anteckning.`),
          });
          if (i > 0) saves[variant.name].push(now() - s0);
        }
      }
    } finally {
      cores.plain.close();
      cores.encrypted.close();
    }
    const plainSave = median(saves.plain);
    rows.push(row(label('single-row save, durable (≤ 1.5× plain)'), size, saves.encrypted, 1.5 * plainSave, 'median', plainSave));

    // The register workbook, alternately (fewer runs: each is a second or more).
    const folder = path.join(dir, 'encrypted-workbook');
    fs.mkdirSync(folder, { recursive: true });
    const books = { plain: [] as number[], encrypted: [] as number[] };
    try {
      const runs = Math.max(3, Math.round(RUNS / 3));
      for (let i = 0; i <= runs; i++) {
        for (const variant of [plain, encrypted]) {
          const t = await workbook(variant, path.join(folder, `${variant.name}.xlsx`));
          if (i > 0) books[variant.name].push(t);
        }
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    const plainBook = median(books.plain);
    rows.push(row(label('register workbook XLSX (≤ 1.3× plain)'), size, books.encrypted, 1.3 * plainBook, 'median', plainBook));

    // All agreements as one batch (the reference register has them at 500 customers only).
    if (size <= 500) {
      // A small batch first loads the template and starts the render workers; then plain,
      // encrypted, encrypted, plain, so that a drift of the machine's speed weighs on both alike.
      await batch(plain, dir, 20);
      const batches = { plain: [] as number[], encrypted: [] as number[] };
      let generated = 0;
      for (const variant of [plain, encrypted, encrypted, plain]) {
        const result = await batch(variant, dir);
        batches[variant.name].push(result.ms);
        generated = result.generated;
      }
      const plainBatch = median(batches.plain);
      rows.push(
        row(label(`all ${generated} agreements, batch (≤ 1.3× plain)`), size, batches.encrypted, 1.3 * plainBatch, 'median', plainBatch),
      );
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${encryptedFile}${suffix}`, { force: true });
  }
  return rows;
}
