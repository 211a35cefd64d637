import path from 'node:path';
import { parseArgs } from 'node:util';
import type { HistoryVerifyResult } from '../../../shared/contract';
import { call, cliPassword, fileArgument, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// The change history from the command line: walk its hash chain (for an auditor, or a script
// that checks a register file now and then), and write it as XLSX or CSV.

type BrokenReason = NonNullable<HistoryVerifyResult['brokenAt']>['reason'];

const REASON: Record<BrokenReason, string> = {
  order: 'en händelse saknas eller har flyttats',
  link: 'länken till händelsen före stämmer inte',
  content: 'innehållet har ändrats efter att det skrevs',
  redaction: 'en rensad händelse har ändrats efter rensningen',
};

const count = (n: number) => `${n} ${n === 1 ? 'händelse' : 'händelser'}`;

export const historyCommands: Record<string, CliCommand> = {
  'history-verify': {
    usage: `  history-verify <fil.forteckna>                 kontrollera ändringshistorikens kedja: OK, eller första brutna händelsen
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: passwordOption });
      const file = fileArgument(positionals, 'history-verify');
      const result = await withRegister(file, async (core) => unwrap(await call(core, 'history.verify', {})), {
        ...reading,
        io,
        password: cliPassword(values),
      });
      if (result.ok) {
        io.out(`OK: ändringshistoriken är obruten (${count(result.entries)}).`);
        return 0;
      }
      const broken = result.brokenAt!;
      io.out(`BRUTEN: ändringshistoriken är bruten vid händelse ${broken.id}: ${REASON[broken.reason]} (${broken.reason}).`);
      return 1;
    },
  },
  'history-export': {
    usage: `  history-export <fil.forteckna> <fil.xlsx|fil.csv> [--lang en]
                                                 skriv ändringshistoriken som Excel-fil eller CSV
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, ...passwordOption } });
      const [file, out, ...extra] = positionals;
      if (!file || !out) {
        throw new UsageError(
          'history-export: ange registerfilen och utfilen, t.ex. forteckna history-export register.forteckna historik.xlsx',
        );
      }
      if (extra.length) throw new UsageError(`history-export: för många argument: ${extra.join(' ')}`);
      const format = path.extname(out).toLowerCase().slice(1);
      if (format !== 'xlsx' && format !== 'csv') throw new UsageError('history-export: utfilen ska sluta på .xlsx eller .csv');
      const lang = values.lang ?? 'sv';
      if (lang !== 'sv' && lang !== 'en') throw new UsageError('history-export: --lang ska vara sv eller en');
      const written = await withRegister(
        path.resolve(file),
        async (core) => unwrap(await call(core, 'history.export', { format, lang, path: path.resolve(out) })),
        { ...reading, io, password: cliPassword(values) },
      );
      io.out(JSON.stringify(written));
      return 0;
    },
  },
  'undo-change': {
    usage: `  undo-change <fil.forteckna> <ändring>          ångra en hel ändring (t.ex. en import): det den lade till tas bort,
                                                 det den ändrade får tillbaka sina tidigare värden
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: passwordOption });
      const [file, change, ...extra] = positionals;
      if (!file || !change)
        throw new UsageError('undo-change: ange registerfilen och ändringens nummer, t.ex. forteckna undo-change register.forteckna 42');
      if (extra.length) throw new UsageError(`undo-change: för många argument: ${extra.join(' ')}`);
      const changeId = Number(change);
      if (!Number.isInteger(changeId) || changeId < 1) throw new UsageError(`undo-change: ändringen ska vara ett nummer, inte ${change}`);
      const undone = await withRegister(path.resolve(file), async (core) => unwrap(await call(core, 'history.undoChange', { changeId })), {
        io,
        password: cliPassword(values),
      });
      io.out(`Ändring ${changeId} är ångrad: ${undone.removed} poster borttagna, ${undone.restored} återställda.`);
      return 0;
    },
  },
};
