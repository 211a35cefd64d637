import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { formatMessage } from '../../shared/messages';
import { createCore, type Core } from '../core/core';
import { configureDocxWorkers } from '../core/documents/docx-workers';
import { memorySettings } from '../core/settings/settings-stores';

// What every CLI command shares: the core, typed calls, one-line errors, argument checks.

export class UsageError extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function cliCore(): Core {
  // Agreements render in worker threads; under tsx the worker runs the TypeScript source.
  configureDocxWorkers({ path: new URL('../core/documents/docx-worker.ts', import.meta.url), typescript: true });
  // The CLI keeps no recent-files list: scripts should not change the app's preferences.
  return createCore({
    host: 'cli',
    version: process.env.npm_package_version ?? '0.0.0',
    dataFolder: os.tmpdir(),
    settings: memorySettings(),
    logError: (message, error) => process.stderr.write(`forteckna: ${message}: ${String(error)}\n`),
  });
}

/** Typed dispatch for the CLI. */
export function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return core.dispatch(method, input) as Promise<Result<MethodOutput<M>>>;
}

/** A Result turned into its value, or an Error whose message is one readable line. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const issue = result.error.issues?.[0];
  const detail = issue ? `${issue.path.join('.') || 'input'}: ${formatMessage(issue.message, 'en', issue.params)}` : result.error.message;
  throw new Error(`${result.error.code}: ${issue ? detail : result.error.message}`);
}

export function fileArgument(positionals: string[], command: string): string {
  const file = positionals[0];
  if (!file) throw new UsageError(`${command}: ange en registerfil, t.ex. forteckna ${command} register.forteckna`);
  if (positionals.length > 1) throw new UsageError(`${command}: för många argument: ${positionals.slice(1).join(' ')}`);
  return path.resolve(file);
}

/** A command of its own module: usage lines for the help text, and what it does. */
export interface CliCommand {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * Opens `file` in `core`. A command that only reads (`readOnlyIfLocked`) opens a register that the
 * app has open read-only instead of failing, and says so on stderr; a writing command gets LOCKED
 * naming who has it.
 */
export async function openRegister(core: Core, file: string, options: { readOnlyIfLocked?: boolean; io?: CliIo } = {}): Promise<void> {
  const result = await call(core, 'register.open', { path: file });
  if (!result.ok && result.error.code === 'LOCKED' && options.readOnlyIfLocked) {
    const info = unwrap(await call(core, 'register.open', { path: file, readOnly: true }));
    const holder = info?.readOnly?.holder;
    (options.io ?? stdio).err(
      `forteckna: registret är öppet${holder ? ` hos ${holder.osUser} på ${holder.host}` : ''}; läser det skrivskyddat.`,
    );
    return;
  }
  unwrap(result);
}

/** Runs `fn` with a core that has `file` open, closing it afterwards whatever happens. */
export async function withRegister<T>(
  file: string,
  fn: (core: Core) => Promise<T>,
  options: { readOnlyIfLocked?: boolean; io?: CliIo } = {},
): Promise<T> {
  const core = cliCore();
  try {
    await openRegister(core, file, options);
    return await fn(core);
  } finally {
    core.close();
  }
}

/** For commands that only read: open read-only when the register is open elsewhere. */
export const reading = { readOnlyIfLocked: true } as const;
