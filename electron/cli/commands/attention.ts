import path from 'node:path';
import { parseArgs } from 'node:util';
import { ATTENTION_HORIZON_MAX, type AttentionList, type AttentionSeverity } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { call, cliPassword, fileArgument, passwordOption, reading, unwrap, UsageError, withRegister, type CliCommand } from '../kit';

// What needs attention, from the command line: the overview's list as lines or JSON, with an exit
// code a script can act on (3: something is overdue), and every dated item as an iCalendar file.

/** The exit code when something on the list is overdue (0 when nothing is). */
export const EXIT_OVERDUE = 3;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const WORDS = {
  sv: {
    severity: { overdue: 'försenat', dueSoon: 'snart', toFix: 'åtgärda' },
    head: (l: AttentionList) =>
      `Att göra ${l.on}: försenade ${l.counts.overdue} · inom ${l.horizonDays} dagar ${l.counts.dueSoon} · att åtgärda ${l.counts.toFix}`,
    header: ['Läge', 'Dag', 'Slag', 'Gäller', 'Vad'],
    none: (l: AttentionList) => `Inget behöver åtgärdas (${l.on}, inom ${l.horizonDays} dagar).`,
    dismissed: (n: number) => `${n} uppskjutna eller inte aktuella visas inte.`,
  },
  en: {
    severity: { overdue: 'overdue', dueSoon: 'due soon', toFix: 'to fix' },
    head: (l: AttentionList) =>
      `To do ${l.on}: overdue ${l.counts.overdue} · within ${l.horizonDays} days ${l.counts.dueSoon} · to fix ${l.counts.toFix}`,
    header: ['State', 'Day', 'Kind', 'Concerns', 'What'],
    none: (l: AttentionList) => `Nothing needs attention (${l.on}, within ${l.horizonDays} days).`,
    dismissed: (n: number) => `${n} snoozed or not relevant are not shown.`,
  },
} satisfies Record<Language, { severity: Record<AttentionSeverity, string>; [key: string]: unknown }>;

/** One line for a terminal: no control characters (an escape sequence in a name must not reach it). */
const oneLine = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
const width = (s: string) => Array.from(s).length;
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

/** The list as aligned lines: state, day, kind, subject, text (the last column unpadded). */
export function attentionLines(list: AttentionList, lang: Language): string[] {
  const w = WORDS[lang];
  if (list.items.length === 0) return [w.none(list), ...(list.dismissed.length ? [w.dismissed(list.dismissed.length)] : [])];
  const rows = list.items.map((i) => [w.severity[i.severity], i.dueOn ?? '–', i.kind, oneLine(i.subject), oneLine(i.text)]);
  const widths = w.header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ');
  return [w.head(list), '', line(w.header), ...rows.map(line), ...(list.dismissed.length ? ['', w.dismissed(list.dismissed.length)] : [])];
}

function language(value: string | undefined, command: string): Language {
  const lang = value ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new UsageError(`${command}: --lang ska vara sv eller en`);
  return lang;
}

function day(value: string | undefined, command: string): string | undefined {
  if (value !== undefined && !DATE_RE.test(value)) throw new UsageError(`${command}: --on ska vara ett datum som ÅÅÅÅ-MM-DD`);
  return value;
}

export const attentionCommands: Record<string, CliCommand> = {
  attention: {
    usage: `  attention <fil.forteckna> [--on ÅÅÅÅ-MM-DD] [--horizon 30] [--json] [--lang sv|en]
                                                 visa det som behöver åtgärdas (översiktens lista); slutkod 3 om något är försenat
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          on: { type: 'string' },
          horizon: { type: 'string' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          ...passwordOption,
        },
      });
      const file = fileArgument(positionals, 'attention');
      const on = day(values.on, 'attention');
      const lang = language(values.lang, 'attention');
      let horizonDays: number | undefined;
      if (values.horizon !== undefined) {
        horizonDays = Number(values.horizon);
        if (!/^\d+$/.test(values.horizon) || horizonDays > ATTENTION_HORIZON_MAX)
          throw new UsageError(`attention: --horizon ska vara ett antal dagar, 0–${ATTENTION_HORIZON_MAX}`);
      }
      const list = await withRegister(
        file,
        async (core) =>
          unwrap(
            await call(core, 'attention.list', {
              lang,
              ...(on === undefined ? {} : { on }),
              ...(horizonDays === undefined ? {} : { horizonDays }),
            }),
          ),
        { ...reading, io, password: cliPassword(values) },
      );
      io.out(values.json ? JSON.stringify(list) : attentionLines(list, lang).join('\n'));
      return list.counts.overdue > 0 ? EXIT_OVERDUE : 0;
    },
  },
  calendar: {
    usage: `  calendar <fil.forteckna> --out <fil.ics> [--on ÅÅÅÅ-MM-DD] [--lang sv|en]
                                                 skriv alla daterade åtgärder som kalenderfil (iCalendar) att importera
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string' }, on: { type: 'string' }, lang: { type: 'string' }, ...passwordOption },
      });
      const file = fileArgument(positionals, 'calendar');
      if (!values.out) throw new UsageError('calendar: ange kalenderfilen med --out frister.ics');
      const on = day(values.on, 'calendar');
      const lang = language(values.lang, 'calendar');
      const out = path.resolve(values.out);
      const written = await withRegister(
        file,
        async (core) => unwrap(await call(core, 'attention.calendar', { lang, path: out, ...(on === undefined ? {} : { on }) })),
        { ...reading, io, password: cliPassword(values) },
      );
      io.out(JSON.stringify(written));
      return 0;
    },
  },
};
