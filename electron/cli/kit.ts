import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppError, Result } from '../../shared/errors';
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

/** The environment variable a script can give a register's password in. */
export const PASSWORD_ENV = 'FORTECKNA_PASSWORD';

/** The one option every command that opens a register takes for its password. */
export const passwordOption = { 'password-file': { type: 'string' } } as const;

/**
 * Options that would put a password on the command line, where other users see it in the process
 * list and the shell keeps it in its history. Refused before anything else, without echoing them.
 */
const PASSWORD_ARGUMENT = /^--(?:new-)?(?:password|passwd|pass|pw)(?:=|$)/i;

export function refusePasswordArguments(args: readonly string[]): void {
  if (args.some((arg) => PASSWORD_ARGUMENT.test(arg))) {
    throw new UsageError(
      `lösenord tas aldrig emot som argument (de syns i processlistan och i skalets historik); ange lösenordet med --password-file <fil> eller miljövariabeln ${PASSWORD_ENV}`,
    );
  }
}

/**
 * A password from a file: its first line, without the line break (CR LF or LF) and without the
 * byte-order mark some Windows editors put first. Nothing of the content goes into an error.
 */
export function readPasswordFile(file: string, option = '--password-file'): string {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(resolved, 'utf8');
  } catch (error) {
    throw new Error(`${option}: kan inte läsa ${resolved} (${(error as NodeJS.ErrnoException).code ?? 'okänt fel'})`);
  }
  const firstLine = text
    .replace(/^\uFEFF/, '')
    .split('\n', 1)[0]!
    .replace(/\r+$/, '');
  if (firstLine === '') throw new UsageError(`${option}: första raden i ${resolved} är tom; skriv lösenordet på första raden`);
  return firstLine;
}

/**
 * The register's password for this command: the first line of `--password-file`, else
 * FORTECKNA_PASSWORD, else none (a plain register needs none). Never a command-line argument.
 */
export function cliPassword(values: { 'password-file'?: string }): string | undefined {
  if (values['password-file'] !== undefined) return readPasswordFile(values['password-file']);
  const fromEnv = process.env[PASSWORD_ENV];
  return fromEnv ? fromEnv : undefined;
}

/** One line for the two password errors, saying where the CLI takes a password from. */
function passwordFailure(error: AppError): string | null {
  if (error.code !== 'PASSWORD_REQUIRED' && error.code !== 'WRONG_PASSWORD') return null;
  const details = (error.details ?? {}) as { fileName?: string; messageKey?: string; params?: Record<string, string | number> };
  const name = details.fileName ? `${details.fileName}: ` : '';
  if (error.code === 'PASSWORD_REQUIRED') {
    return `PASSWORD_REQUIRED: ${name}filen är lösenordsskyddad; ange lösenordet med --password-file <fil> eller miljövariabeln ${PASSWORD_ENV}`;
  }
  return `WRONG_PASSWORD: ${name}${formatMessage(details.messageKey ?? 'e.WRONG_PASSWORD', 'sv', details.params)}`;
}

/** A Result turned into its value, or an Error whose message is one readable line. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const password = passwordFailure(result.error);
  if (password) throw new Error(password);
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

export interface OpenOptions {
  /** Open read-only when the register is open elsewhere (commands that only read). */
  readOnlyIfLocked?: boolean;
  io?: CliIo;
  /** The password of an encrypted register (cliPassword); ignored for a plain one. */
  password?: string;
}

/**
 * Opens `file` in `core`. A command that only reads (`readOnlyIfLocked`) opens a register that the
 * app has open read-only instead of failing, and says so on stderr; a writing command gets LOCKED
 * naming who has it. An encrypted register needs `password`: without it PASSWORD_REQUIRED, with a
 * wrong one WRONG_PASSWORD, each one line saying where the password comes from.
 */
export async function openRegister(core: Core, file: string, options: OpenOptions = {}): Promise<void> {
  const password = options.password === undefined ? {} : { password: options.password };
  const result = await call(core, 'register.open', { path: file, ...password });
  if (!result.ok && result.error.code === 'LOCKED' && options.readOnlyIfLocked) {
    const info = unwrap(await call(core, 'register.open', { path: file, readOnly: true, ...password }));
    const holder = info?.readOnly?.holder;
    (options.io ?? stdio).err(
      `forteckna: registret är öppet${holder ? ` hos ${holder.osUser} på ${holder.host}` : ''}; läser det skrivskyddat.`,
    );
    return;
  }
  unwrap(result);
}

/** Runs `fn` with a core that has `file` open, closing it afterwards whatever happens. */
export async function withRegister<T>(file: string, fn: (core: Core) => Promise<T>, options: OpenOptions = {}): Promise<T> {
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
