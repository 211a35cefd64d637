// Shared by the portable-format tests: registers to export, and reading exports back.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import { writeReferenceRegister } from '../../../electron/core/sample/reference-register';
import { openSession } from '../../../electron/core/session';
import { FIXED_NOW, ok, tempDir, testCore } from '../helpers';

/** An export with its timestamp blanked, for byte-for-byte comparison. */
export function withoutTimestamp(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^ {2}"exportedAt": ".*",$/m, '  "exportedAt": "",');
}

/** The sample register "Exempel IT AB", open in a test core. */
export async function sampleCore(): Promise<{ core: Core; dir: string; file: string }> {
  const { core, dir } = testCore();
  const file = path.join(dir, 'exempel.forteckna');
  await ok(core, 'register.openSample', { path: file });
  return { core, dir, file };
}

/** A reference register of `customers` customers (quality.md), open in a test core. */
export async function referenceCore(customers: number): Promise<{ core: Core; dir: string; file: string }> {
  const file = path.join(tempDir(), 'referens.forteckna');
  const session = openSession(file, { now: () => FIXED_NOW }, { create: true });
  session.organisation.initialise('Referens IT AB');
  writeReferenceRegister(session, { customers, seed: 1 });
  session.close();
  const { core, dir } = testCore();
  await ok(core, 'register.open', { path: file });
  return { core, dir, file };
}

/** Writes a JSON document (an edited export) to a file in `dir`. */
export function writeJson(dir: string, name: string, doc: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

export type ExportDoc = { schemaVersion: number; formatVersion: number; tables: Record<string, Record<string, unknown>[]> } & Record<
  string,
  unknown
>;

export function readJson(file: string): ExportDoc {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ExportDoc;
}
