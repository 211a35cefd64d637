import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { formatMessage } from '../../shared/messages';
import { createCore, type Core } from '../core/core';
import { memorySettings } from '../core/settings/settings-stores';

// `npm run cli -- <command>`: scripting over the same core as the app. Exit codes: 0 ok,
// 1 failure (one line on stderr), 2 wrong usage.

const USAGE = `Förteckna – kommandorad

  new <fil.forteckna> --name "<organisation>"   skapa ett nytt, tomt register
  sample <fil.forteckna>                         skriv exempelregistret "Exempel IT AB"
  info <fil.forteckna>                           skriv schemaversion och antal poster som JSON
  privacy-notice <fil.forteckna> --out <fil.docx> [--lang en] [--html <fil.html>]
                                                 skriv integritetspolicyn som Word-fil (och HTML)
  help                                           visa den här hjälpen
`;

class UsageError extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function cliCore(): Core {
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
function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  return core.dispatch(method, input) as Promise<Result<MethodOutput<M>>>;
}

/** A Result turned into its value, or an Error whose message is one readable line. */
function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const issue = result.error.issues?.[0];
  const detail = issue
    ? `${issue.path.join('.') || 'input'}: ${formatMessage(issue.message, 'en', issue.params)}`
    : result.error.message;
  throw new Error(`${result.error.code}: ${issue ? detail : result.error.message}`);
}

function fileArgument(positionals: string[], command: string): string {
  const file = positionals[0];
  if (!file) throw new UsageError(`${command}: ange en registerfil, t.ex. forteckna ${command} register.forteckna`);
  if (positionals.length > 1) throw new UsageError(`${command}: för många argument: ${positionals.slice(1).join(' ')}`);
  return path.resolve(file);
}

export async function runCli(argv: string[], io: CliIo = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'new': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: 'string' } } });
        const file = fileArgument(positionals, 'new');
        if (!values.name) throw new UsageError('new: ange organisationens namn med --name "Företag AB"');
        const core = cliCore();
        try {
          const info = unwrap(await call(core, 'register.create', { path: file, organisationName: values.name }));
          io.out(JSON.stringify(info));
        } finally {
          core.close();
        }
        return 0;
      }
      case 'sample': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
        const file = fileArgument(positionals, 'sample');
        const core = cliCore();
        try {
          const info = unwrap(await call(core, 'register.openSample', { path: file }));
          io.out(JSON.stringify({ ...info, counts: unwrap(await call(core, 'register.info', {})).counts }));
        } finally {
          core.close();
        }
        return 0;
      }
      case 'info': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
        const file = fileArgument(positionals, 'info');
        const core = cliCore();
        try {
          unwrap(await call(core, 'register.open', { path: file }));
          io.out(JSON.stringify(unwrap(await call(core, 'register.info', {}))));
        } finally {
          core.close();
        }
        return 0;
      }
      case 'privacy-notice': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { out: { type: 'string' }, lang: { type: 'string' }, html: { type: 'string' } },
        });
        const file = fileArgument(positionals, 'privacy-notice');
        if (!values.out) throw new UsageError('privacy-notice: ange Word-filen med --out policy.docx');
        const lang = values.lang ?? 'sv';
        if (lang !== 'sv' && lang !== 'en') throw new UsageError('privacy-notice: --lang ska vara sv eller en');
        const core = cliCore();
        try {
          unwrap(await call(core, 'register.open', { path: file }));
          const written = [unwrap(await call(core, 'privacyNotice.export', { lang, format: 'docx', path: path.resolve(values.out) }))];
          if (values.html) written.push(unwrap(await call(core, 'privacyNotice.export', { lang, format: 'html', path: path.resolve(values.html) })));
          for (const w of written) io.out(JSON.stringify(w));
        } finally {
          core.close();
        }
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`okänt kommando "${command}". Kör "npm run cli -- help" för att se kommandona.`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`forteckna: ${message.split('\n')[0]}`);
    return error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}
