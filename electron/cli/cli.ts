import path from 'node:path';
import { parseArgs } from 'node:util';
import { agreementCommands } from './commands/agreements';
import { attentionCommands } from './commands/attention';
import { backupCommands } from './commands/backups';
import { breachCommands } from './commands/breaches';
import { changeNoticeCommands } from './commands/change-notices';
import { historyCommands } from './commands/history';
import { passwordCommands } from './commands/password';
import { portableCommands } from './commands/portable';
import { purgeCommands } from './commands/purge';
import { requestCommands } from './commands/requests';
import { sheetImportCommands } from './commands/sheet-import';
import { workbookCommands } from './commands/workbook';
import {
  call,
  cliCore,
  cliPassword,
  fileArgument,
  openRegister,
  passwordOption,
  PASSWORD_ENV,
  reading,
  refusePasswordArguments,
  stdio,
  unwrap,
  UsageError,
  type CliCommand,
  type CliIo,
} from './kit';

// `npm run cli -- <command>`: scripting over the same core as the app. Exit codes: 0 ok,
// 1 failure (one line on stderr), 2 wrong usage, 3 (`attention`) something is overdue.

const USAGE = `Förteckna – kommandorad

  new <fil.forteckna> --name "<organisation>" [--password-file <fil>]
                                                 skapa ett nytt, tomt register (krypterat om lösenord ges)
  sample <fil.forteckna>                         skriv exempelregistret "Exempel IT AB"
  info <fil.forteckna>                           skriv schemaversion och antal poster som JSON
  privacy-notice <fil.forteckna> --out <fil.docx> [--lang en] [--html <fil.html>]
                                                 skriv integritetspolicyn som Word-fil (och HTML)
`;

const PASSWORDS = `
Lösenordsskyddade register: varje kommando som öppnar eller skapar ett register tar lösenordet
från första raden i --password-file <fil>, annars från miljövariabeln ${PASSWORD_ENV}.
Lösenord tas aldrig emot som argument: de syns för andra i processlistan och sparas i skalets
historik. Kommandoraden sparar aldrig något lösenord.
`;

const EXIT_CODES = `
Slutkoder: 0 klart, 1 fel (en rad på stderr), 2 fel användning, 3 (attention) något är försenat.
`;

/** Commands that live in their own modules, one module per feature. */
const COMMANDS: Record<string, CliCommand> = {
  ...agreementCommands,
  ...purgeCommands,
  ...workbookCommands,
  ...sheetImportCommands,
  ...portableCommands,
  ...backupCommands,
  ...historyCommands,
  ...passwordCommands,
  ...changeNoticeCommands,
  ...requestCommands,
  ...breachCommands,
  ...attentionCommands,
};

const HELP = `${USAGE}${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('')}  help                                           visa den här hjälpen
${PASSWORDS}${EXIT_CODES}`;

export async function runCli(argv: string[], io: CliIo = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    refusePasswordArguments(rest);
    switch (command) {
      case 'new': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { name: { type: 'string' }, ...passwordOption },
        });
        const file = fileArgument(positionals, 'new');
        if (!values.name) throw new UsageError('new: ange organisationens namn med --name "Företag AB"');
        const password = cliPassword(values);
        const core = cliCore();
        try {
          const info = unwrap(
            await call(core, 'register.create', {
              path: file,
              organisationName: values.name,
              ...(password === undefined ? {} : { password }),
            }),
          );
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
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: passwordOption });
        const file = fileArgument(positionals, 'info');
        const password = cliPassword(values);
        const core = cliCore();
        try {
          await openRegister(core, file, { ...reading, io, password });
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
          options: { out: { type: 'string' }, lang: { type: 'string' }, html: { type: 'string' }, ...passwordOption },
        });
        const file = fileArgument(positionals, 'privacy-notice');
        if (!values.out) throw new UsageError('privacy-notice: ange Word-filen med --out policy.docx');
        const lang = values.lang ?? 'sv';
        if (lang !== 'sv' && lang !== 'en') throw new UsageError('privacy-notice: --lang ska vara sv eller en');
        const password = cliPassword(values);
        const core = cliCore();
        try {
          await openRegister(core, file, { ...reading, io, password });
          const written = [unwrap(await call(core, 'privacyNotice.export', { lang, format: 'docx', path: path.resolve(values.out) }))];
          if (values.html)
            written.push(unwrap(await call(core, 'privacyNotice.export', { lang, format: 'html', path: path.resolve(values.html) })));
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
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default: {
        const external = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (external) return await external.run(rest, io);
        throw new UsageError(`okänt kommando "${command}". Kör "npm run cli -- help" för att se kommandona.`);
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`forteckna: ${message.split('\n')[0]}`);
    return error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}
export type { CliIo } from './kit';
