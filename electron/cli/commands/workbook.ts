import path from 'node:path';
import { parseArgs } from 'node:util';
import { WORKBOOK_SHEETS, type WorkbookSheet } from '../../../shared/contract';
import { call, cliPassword, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

const isSheet = (name: string): name is WorkbookSheet => (WORKBOOK_SHEETS as readonly string[]).includes(name);

export const workbookCommands: Record<string, CliCommand> = {
  'export-xlsx': {
    usage: `  export-xlsx <fil.forteckna> <fil.xlsx> [--lang en] [--sheets controller,processor,…]
                                                 skriv registerförteckningen som Excel-arbetsbok
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { lang: { type: 'string' }, sheets: { type: 'string' }, ...passwordOption },
      });
      const [file, out, ...extra] = positionals;
      if (!file || !out)
        throw new UsageError(
          'export-xlsx: ange registerfilen och Excel-filen, t.ex. forteckna export-xlsx register.forteckna register.xlsx',
        );
      if (extra.length) throw new UsageError(`export-xlsx: för många argument: ${extra.join(' ')}`);
      const lang = values.lang ?? 'sv';
      if (lang !== 'sv' && lang !== 'en') throw new UsageError('export-xlsx: --lang ska vara sv eller en');
      let sheets: WorkbookSheet[] | undefined;
      if (values.sheets !== undefined) {
        const names = values.sheets
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const unknown = names.filter((s) => !isSheet(s));
        if (names.length === 0 || unknown.length) {
          throw new UsageError(`export-xlsx: okänd flik ${unknown.join(', ') || '(ingen)'}; välj bland ${WORKBOOK_SHEETS.join(', ')}`);
        }
        sheets = names.filter(isSheet);
      }
      const written = await withRegister(
        path.resolve(file),
        async (core) => unwrap(await call(core, 'workbook.export', { lang, path: path.resolve(out), ...(sheets ? { sheets } : {}) })),
        { ...reading, io, password: cliPassword(values) },
      );
      io.out(JSON.stringify(written));
      return 0;
    },
  },
};
