import { parseArgs } from 'node:util';
import {
  call,
  cliPassword,
  fileArgument,
  passwordOption,
  readPasswordFile,
  unwrap,
  UsageError,
  withRegister,
  type CliCommand,
} from '../kit';

// A register's password from the command line: add one, change it, or remove it. The register and
// every backup of it are rewritten as verified copies (register.setPassword), so a run stopped
// half-way leaves either the old password or the new one working.

export const passwordCommands: Record<string, CliCommand> = {
  password: {
    usage: `  password <fil.forteckna> [--password-file <nuvarande>] (--new-password-file <ny> | --remove)
                                                 lägg till, byt eller ta bort registrets lösenord (även i säkerhetskopiorna)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { ...passwordOption, 'new-password-file': { type: 'string' }, remove: { type: 'boolean' } },
      });
      const file = fileArgument(positionals, 'password');
      const newFile = values['new-password-file'];
      if (newFile !== undefined && values.remove) {
        throw new UsageError('password: ange antingen --new-password-file <fil> eller --remove, inte båda');
      }
      if (newFile === undefined && !values.remove) {
        throw new UsageError('password: ange det nya lösenordet med --new-password-file <fil>, eller ta bort lösenordet med --remove');
      }
      const password = values.remove ? null : readPasswordFile(newFile!, '--new-password-file');
      const currentPassword = cliPassword(values);
      // An encrypted register opens only with its current password, which then confirms the change.
      const info = await withRegister(
        file,
        async (core) =>
          unwrap(await call(core, 'register.setPassword', { password, ...(currentPassword === undefined ? {} : { currentPassword }) })),
        { io, password: currentPassword },
      );
      io.out(JSON.stringify(info));
      return 0;
    },
  },
};
