import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { portableJsonSchemaText, type ImportInvalidDetails } from '../../../shared/contract';
import { call, cliCore, cliPassword, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// The portable JSON format from the command line: export a register, import one into a new file,
// and write the JSON Schema of the format (`npm run portable:schema` keeps resources/ up to date).

/** The two files of the command, and the password (--password-file or FORTECKNA_PASSWORD), if any. */
function twoFiles(args: string[], command: string, example: string): [string, string, string | undefined] {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: passwordOption });
  if (positionals.length !== 2) throw new UsageError(`${command}: ange två filer, t.ex. forteckna ${command} ${example}`);
  return [path.resolve(positionals[0]!), path.resolve(positionals[1]!), cliPassword(values)];
}

export const portableCommands: Record<string, CliCommand> = {
  'export-json': {
    usage: `  export-json <fil.forteckna> <ut.json>          exportera hela registret som JSON (det portabla formatet)
`,
    async run(args, io) {
      const [file, out, password] = twoFiles(args, 'export-json', 'register.forteckna register.json');
      await withRegister(
        file,
        async (core) => {
          io.out(JSON.stringify(unwrap(await call(core, 'portable.export', { path: out }))));
        },
        { ...reading, io, password },
      );
      return 0;
    },
  },
  'import-json': {
    usage: `  import-json <in.json> <ny.forteckna> [--password-file <fil>]
                                                 skapa ett nytt register från en JSON-export (krypterat om lösenord ges)
`,
    async run(args, io) {
      const [source, target, password] = twoFiles(args, 'import-json', 'register.json nytt.forteckna');
      const core = cliCore();
      try {
        const result = await call(core, 'portable.import', { source, target, ...(password === undefined ? {} : { password }) });
        if (!result.ok && result.error.code === 'IMPORT_INVALID') {
          // The first line as for every error; then every problem found, one per line.
          const { problems, more } = result.error.details as ImportInvalidDetails;
          io.err(`forteckna: IMPORT_INVALID: ${result.error.message}`);
          for (const problem of problems) io.err(`  ${problem.path}: ${problem.message}`);
          if (more > 0) io.err(`  … och ${more} till`);
          return 1;
        }
        io.out(JSON.stringify(unwrap(result)));
      } finally {
        core.close();
      }
      return 0;
    },
  },
  'portable-schema': {
    usage: `  portable-schema [<ut.json>]                    skriv JSON Schema för det portabla formatet
`,
    async run(args, io) {
      const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
      if (positionals.length > 1) throw new UsageError(`portable-schema: för många argument: ${positionals.slice(1).join(' ')}`);
      const text = portableJsonSchemaText();
      if (positionals[0]) fs.writeFileSync(path.resolve(positionals[0]), text);
      else io.out(text.trimEnd());
      return 0;
    },
  },
};
